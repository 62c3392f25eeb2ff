import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

describe('the suite scratch folder', () => {
  it('is where the tests and the processes they start make their temporary files', () => {
    expect(path.basename(tmpdir())).toMatch(/^plan-test-/)
    const child = spawnSync(process.execPath, ['-p', 'require("node:os").tmpdir()'], { encoding: 'utf8' })
    expect(child.stdout.trim()).toBe(tmpdir())
  })
})
