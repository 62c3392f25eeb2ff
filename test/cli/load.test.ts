import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { largeFiles, WORKER_MAX_BYTES } from '../../src/cli/load.js'

describe('the parse pool', () => {
  it('leaves to the main thread only the files over WORKER_MAX_BYTES; one that cannot be stat-ed stays with the workers', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-load-'))
    writeFileSync(path.join(dir, 'small.txt'), 'KẾ HOẠCH')
    writeFileSync(path.join(dir, 'edge.txt'), '')
    truncateSync(path.join(dir, 'edge.txt'), WORKER_MAX_BYTES)
    writeFileSync(path.join(dir, 'big.txt'), '')
    truncateSync(path.join(dir, 'big.txt'), WORKER_MAX_BYTES + 1)
    expect([...(await largeFiles(['small.txt', 'edge.txt', 'big.txt', 'missing.txt'], dir))]).toEqual(['big.txt'])
  })
})
