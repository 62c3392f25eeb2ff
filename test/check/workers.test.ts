// Worker threads give the same findings, in the same order, as the in-process run (on the built dist/, when it exists).
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const built = existsSync(path.join(root, 'dist/check/worker.js')) && existsSync(path.join(root, 'dist/core/parse.js'))

describe.skipIf(!built)('worker threads (dist/)', () => {
  it('match the in-process run, duplicates included', async () => {
    const { checkFiles } = await import(path.join(root, 'dist/check/engine.js'))
    const { defaultSettings } = await import(path.join(root, 'dist/check/rules/index.js'))
    const cwd = path.join(root, 'fixtures/check')
    const base = (readdirSync(cwd, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort()
    // enough files for several batches, with every number seen many times
    const files = Array.from({ length: 3 }, () => base).flat()
    const run = async (threads: number) => {
      const seen: { file: string; findings: unknown[] }[] = []
      const summary = await checkFiles(files, { cwd, settings: defaultSettings(), asOf: '2024-07-01', agencies: null, threads, threshold: 1 }, (r: { file: string; findings: unknown[] }) => seen.push(r))
      return { seen, summary }
    }
    const one = await run(1)
    const two = await run(2)
    expect(two.seen.map((r) => r.file)).toEqual(files)
    expect(two).toEqual(one)
  })
})
