// The code-split bundle of the CLI (scripts/bundle.mjs), when it is built: one flat folder three levels below the
// package root, because the compiled code finds the lexicon (../../../lexicon/) and the worker scripts (./load-worker.js,
// ./worker.js) from its own import.meta.url.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const dir = path.join(root, 'dist/bundle/cli')
const has = existsSync(path.join(root, 'dist/bundle/modules.json'))

describe.skipIf(!has)('bundle', () => {
  const holds: Record<string, string[]> = has ? JSON.parse(readFileSync(path.join(root, 'dist/bundle/modules.json'), 'utf8')) : {}

  it('keeps the entry and both worker scripts beside every chunk, in one folder', () => {
    expect(readdirSync(dir).filter((f) => !f.endsWith('.js'))).toEqual([])
    for (const f of ['index.js', 'load-worker.js', 'worker.js']) expect(existsSync(path.join(dir, f))).toBe(true)
    expect(Object.keys(holds).every((f) => !f.includes('/') && existsSync(path.join(dir, f)))).toBe(true)
  })

  it('resolves the paths the compiled modules take from import.meta.url as they did in dist/', () => {
    const here = pathToFileURL(path.join(dir, 'chunk.js'))
    expect(new URL('../../../lexicon/', here).href).toBe(pathToFileURL(path.join(root, 'lexicon')).href + '/')
    const all = Object.values(holds).flat()
    for (const m of ['dist/core/agencies/data.js', 'dist/core/deadlines/data.js', 'dist/cli/load.js', 'dist/check/run.js']) expect(all).toContain(m)
  })

  it('holds the parser outside the entry: `plan --help` loads none of it', () => {
    expect(holds['index.js']).not.toContain('dist/core/parse.js')
  })
})
