// plan parse writes document by document: the same bytes as the whole output built at once, in several writes.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/index.js'
import { fakeIo, run } from '../fake-io.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const FILES = ['fixtures/party-plan-numbering.txt', 'fixtures/labelled-fields.txt', 'fixtures/news-article.txt'].filter((f) => existsSync(path.join(ROOT, f)))

/** Runs plan with a standard output that records every write it is given. */
async function chunks(argv: string[]): Promise<{ code: number; writes: string[] }> {
  const writes: string[] = []
  const io = fakeIo({ cwd: ROOT })
  io.stdout.write = (s: string) => writes.push(s)
  const code = await main(argv, io)
  return { code, writes }
}

describe('plan parse streams its output', () => {
  it('jsonl: one write per document, each line the document as parsed alone', async () => {
    const r = await chunks(['parse', ...FILES, '--format', 'jsonl'])
    expect(r.code).toBe(0)
    expect(r.writes.filter((w) => w.length).length).toBe(FILES.length)
    for (const [i, f] of FILES.entries()) {
      const alone = await run(['parse', f, '--format', 'json'], { cwd: ROOT })
      expect(r.writes.join('').split('\n')[i]).toBe(JSON.stringify(JSON.parse(alone.stdout)))
    }
  })

  it('json: an array written piece by piece, byte for byte what JSON.stringify(docs, null, 2) gives', async () => {
    const r = await chunks(['parse', ...FILES, '--format', 'json'])
    expect(r.writes.length).toBeGreaterThan(1)
    const docs = (await run(['parse', ...FILES, '--format', 'jsonl'], { cwd: ROOT })).stdout.trimEnd().split('\n').map((l) => JSON.parse(l))
    expect(r.writes.join('')).toBe(JSON.stringify(docs, null, 2) + '\n')
  })

  it('outline: the documents a blank line apart, as before', async () => {
    const r = await chunks(['parse', ...FILES, '--no-color'])
    const alone = await Promise.all(FILES.map(async (f) => (await run(['parse', f, '--no-color'], { cwd: ROOT })).stdout))
    expect(r.writes.join('')).toBe(alone.join('\n'))
  })

  it('-o: the file holds what standard output would, and no temporary file is left', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-stream-'))
    const out = path.join(dir, 'corpus.jsonl')
    const r = await run(['parse', ...FILES.map((f) => path.join(ROOT, f)), '-o', out], { cwd: ROOT })
    expect(r.code).toBe(0)
    const direct = await run(['parse', ...FILES.map((f) => path.join(ROOT, f)), '--format', 'jsonl'], { cwd: ROOT })
    expect(readFileSync(out, 'utf8')).toBe(direct.stdout)
    expect(readdirSync(dir)).toEqual(['corpus.jsonl'])
  })

  it('-o: an existing file is refused without --force and left as it was; nothing read, nothing written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-stream-'))
    writeFileSync(path.join(dir, 'mine.json'), 'keep')
    const r = await run(['parse', path.join(ROOT, FILES[0]), '-o', 'mine.json'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(readFileSync(path.join(dir, 'mine.json'), 'utf8')).toBe('keep')
    writeFileSync(path.join(dir, 'empty.txt'), '')
    const none = await run(['parse', 'empty.txt', '-o', 'new.jsonl'], { cwd: dir })
    expect(none.code).toBe(2)
    expect(readdirSync(dir).sort()).toEqual(['empty.txt', 'mine.json'])
  })
})

describe('openAtomic', () => {
  it('keeps the mode of the file it replaces, and an abort leaves the target and no temporary file', async () => {
    const { chmodSync, statSync } = await import('node:fs')
    const { openAtomic } = await import('../../src/cli/output.js')
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-stream-'))
    writeFileSync(path.join(dir, 'out.jsonl'), 'old')
    chmodSync(path.join(dir, 'out.jsonl'), 0o600)
    const io = fakeIo({ cwd: dir })
    let tmp = ''
    const dropped = await openAtomic('out.jsonl', io, { force: true, onTemp: (t) => (tmp = t) })
    await dropped.write('half')
    expect(existsSync(tmp)).toBe(true)
    await dropped.abort()
    expect(readdirSync(dir)).toEqual(['out.jsonl'])
    expect(readFileSync(path.join(dir, 'out.jsonl'), 'utf8')).toBe('old')
    const kept = await openAtomic('out.jsonl', io, { force: true })
    await kept.write('a\n')
    await kept.write('b\n')
    await kept.close()
    expect(readFileSync(path.join(dir, 'out.jsonl'), 'utf8')).toBe('a\nb\n')
    expect(statSync(path.join(dir, 'out.jsonl')).mode & 0o777).toBe(0o600)
    expect(readdirSync(dir)).toEqual(['out.jsonl'])
  })
})
