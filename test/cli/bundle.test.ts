// The code-split bundle of the CLI (scripts/bundle.mjs), when it is built: one flat folder three levels below the
// package root, because the compiled code finds the lexicon (../../../lexicon/) and the worker scripts (./load-worker.js,
// ./worker.js) from its own import.meta.url.
import { spawnSync } from 'node:child_process'
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

  it('writes the lexicon tries as data beside the bundle, as the compiled dist/ builds them from the lexicon', async () => {
    const { trieData } = await import(pathToFileURL(path.join(root, 'dist/core/agencies/vocab.js')).href)
    expect(JSON.parse(readFileSync(path.join(root, 'dist/bundle/tries.json'), 'utf8'))).toEqual(trieData())
  })

  it('writes the one-script bundle with a code cache of the same build, which V8 takes', () => {
    const script = path.join(root, 'dist/bundle/cli.vm.js')
    const cache = path.join(root, 'dist/bundle/cli.vm.cache')
    const source = readFileSync(script, 'utf8')
    const id = source.slice(source.lastIndexOf('\n') + 1)
    expect(id).toMatch(/^\/\/# plan-build [0-9a-f]{32}$/)
    expect(readFileSync(cache).subarray(0, id.length + 1).toString('latin1')).toBe(`${id}\n`)
    // in a node with no flags, as bin/plan.js runs (V8 refuses a cache made under other flags or by another version)
    const check = `const vm = require('node:vm'), fs = require('node:fs'); const s = fs.readFileSync(${JSON.stringify(script)}, 'utf8'); const c = fs.readFileSync(${JSON.stringify(cache)})
console.log(new vm.Script(s, { filename: ${JSON.stringify(script)}, cachedData: c.subarray(s.length - s.lastIndexOf('\\n')) }).cachedDataRejected)`
    const r = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } })
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe('false\n')
  })
})
