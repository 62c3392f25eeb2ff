// Parsing in worker threads (on the built dist/, when it exists) gives what the in-process run gives, in input order,
// with a file that fails reported on its own line while the others are still read.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fakeIo } from '../fake-io.js'

const root = path.resolve(import.meta.dirname, '../..')
const built = existsSync(path.join(root, 'dist/cli/load-worker.js')) && existsSync(path.join(root, 'dist/cli/index.js'))

/** A folder of 8 documents (four for each of two workers): fixtures, with an empty file (an error) among them. */
function corpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-workers-'))
  const texts = readdirSync(path.join(root, 'fixtures')).filter((f) => f.endsWith('.txt') && !/utf16/.test(f))
  for (let i = 0; i < 8; i++) {
    const f = texts[i % texts.length]
    writeFileSync(path.join(dir, `${String(i).padStart(2, '0')}-${f}`), i === 5 ? '' : readFileSync(path.join(root, 'fixtures', f)))
  }
  return dir
}

describe.skipIf(!built)('worker threads for parse and the queries (dist/)', () => {
  it('plan parse --jobs 2 writes what --jobs 1 writes, in input order, and the failing file is one error line', async () => {
    const { main } = await import(path.join(root, 'dist/cli/index.js'))
    const cwd = corpus()
    const go = async (jobs: string) => {
      const io = fakeIo({ cwd })
      const code = await main(['parse', '.', '--format', 'jsonl', '--jobs', jobs], io)
      return { code, out: io.out(), err: io.err() }
    }
    const one = await go('1')
    const two = await go('2')
    expect(two).toEqual(one)
    expect(two.code).toBe(2)
    expect(two.err.trimEnd().split('\n')).toEqual([expect.stringMatching(/^plan: 05-.*: empty file$/)])
    const files = two.out.trimEnd().split('\n').map((l) => JSON.parse(l).file)
    expect(files).toEqual(readdirSync(cwd).sort().filter((f) => !f.startsWith('05-')))
  }, 60_000)

  it('plan tasks and plan agencies --jobs 2 answer as --jobs 1 does', async () => {
    const { main } = await import(path.join(root, 'dist/cli/index.js'))
    const cwd = corpus()
    for (const argv of [['tasks', '.', '--format', 'jsonl'], ['agencies', '.', '--as-of', '2025-01-01', '--format', 'json']]) {
      const outs = []
      for (const jobs of ['1', '2']) {
        const io = fakeIo({ cwd })
        outs.push({ code: await main([...argv, '--jobs', jobs], io), out: io.out(), err: io.err() })
      }
      expect(outs[1]).toEqual(outs[0])
      expect(outs[1].out.length).toBeGreaterThan(100)
    }
  }, 60_000)

  it('plan report --jobs 2 writes the report --jobs 1 writes', async () => {
    const { main } = await import(path.join(root, 'dist/cli/index.js'))
    const cwd = corpus()
    const outs = []
    for (const jobs of ['1', '2']) {
      const io = fakeIo({ cwd })
      outs.push({ code: await main(['report', '.', '--as-of', '2026-01-01', '--jobs', jobs], io), out: io.out(), err: io.err() })
    }
    expect(outs[1]).toEqual(outs[0])
    expect(outs[1].out).toMatch(/^<!doctype html>/i)
    expect(outs[1].err.trimEnd().split('\n')).toEqual([expect.stringMatching(/^plan: 05-.*: empty file$/)])
  }, 60_000)

  it('--jobs takes a whole number', async () => {
    const { main } = await import(path.join(root, 'dist/cli/index.js'))
    const io = fakeIo({ cwd: root })
    expect(await main(['parse', 'fixtures/party-plan-numbering.txt', '--jobs', 'many'], io)).toBe(2)
    expect(io.err()).toBe('plan: --jobs "many": expected a whole number from 1 to 256\n')
  })
})
