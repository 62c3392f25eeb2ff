// Saved `plan parse` output read as a stream: line by line, a cheap shape check (full schema with --strict), bad lines
// reported with their number while the others still answer.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { savedDocuments, shapeProblem } from '../../src/cli/saved.js'
import { run } from '../fake-io.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const FILES = ['fixtures/party-plan-numbering.txt', 'fixtures/labelled-fields.txt']

async function parsed(): Promise<string[]> {
  const r = await run(['parse', ...FILES, '--format', 'jsonl'], { cwd: ROOT })
  return r.stdout.trimEnd().split('\n')
}

async function* bytes(text: string, size: number): AsyncGenerator<Buffer> {
  const b = Buffer.from(text, 'utf8')
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size)
}

async function all<T>(g: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of g) out.push(x)
  return out
}

describe('savedDocuments', () => {
  it('reads JSON Lines split anywhere, a multi-byte letter cut between chunks included', async () => {
    const lines = await parsed()
    const text = '\uFEFF' + lines.join('\r\n') + '\n'
    for (const size of [1, 7, 4096]) {
      const docs = await all(savedDocuments(bytes(text, size), 'c.jsonl', { maxWholeBytes: 1 << 26 }))
      expect(docs).toEqual(lines.map((l) => JSON.parse(l)))
    }
  })

  it('reads one document or an array laid out over lines, whole', async () => {
    const docs = (await parsed()).map((l) => JSON.parse(l))
    expect(await all(savedDocuments(bytes(JSON.stringify(docs, null, 2), 100), 'c.json', { maxWholeBytes: 1 << 26 }))).toEqual(docs)
    expect(await all(savedDocuments(bytes(JSON.stringify(docs[0], null, 2), 100), 'c.json', { maxWholeBytes: 1 << 26 }))).toEqual([docs[0]])
    const big = await all(savedDocuments(bytes(JSON.stringify(docs, null, 2), 100), 'c.json', { maxWholeBytes: 1000 }))
    expect(big).toEqual([{ file: 'c.json', message: expect.stringMatching(/save a large corpus as JSON Lines/) }])
  })

  it('a bad line is one error with its number; the lines after it are still read', async () => {
    const [a, b] = await parsed()
    const shapeless = JSON.stringify({ ...JSON.parse(a), tasks: 'none' })
    const text = [a, '{"oops', '', shapeless, b].join('\n')
    const out = await all(savedDocuments(bytes(text, 64), 'c.jsonl', { maxWholeBytes: 1 << 26 }))
    expect(out.map((d) => ('message' in d && !('schemaVersion' in d) ? `${d.file}: ${d.message}` : (d as { file: string }).file))).toEqual([
      FILES[0],
      expect.stringMatching(/^c\.jsonl:2: not valid JSON: /),
      'c.jsonl:4: not a saved `plan parse` document: expected an array (at tasks)',
      FILES[1],
    ])
  })

  it('the shape check finds what the queries would trip on; --strict finds the rest', async () => {
    const [a] = await parsed()
    const doc = JSON.parse(a)
    expect(shapeProblem(doc)).toBeNull()
    expect(shapeProblem({ ...doc, schemaVersion: 2 })).toMatch(/schemaVersion/)
    expect(shapeProblem({ ...doc, tasks: [{ ...doc.tasks[0], lead: [{}] }] })).toBe('expected a body with a name (at tasks.0.lead.0)')
    // a wrong kind of diagnostic severity: no query reads it, so only the full schema minds
    const odd = JSON.stringify({ ...doc, diagnostics: [{ code: 'x', severity: 'fatal', message: '', line: 1, column: 1 }] })
    expect(await all(savedDocuments(bytes(odd, 1 << 16), 'c.jsonl', { maxWholeBytes: 1 << 26 }))).toHaveLength(1)
    const strict = await all(savedDocuments(bytes(odd, 1 << 16), 'c.jsonl', { maxWholeBytes: 1 << 26, strict: true }))
    expect(strict).toEqual([{ file: 'c.jsonl:1', message: expect.stringMatching(/^not a saved `plan parse` document: .*\(at diagnostics\.0\.severity\)$/) }])
  })
})

describe('queries over saved JSON Lines', () => {
  it('answer from the good lines, name each bad one, and exit 2', async () => {
    const [a, b] = await parsed()
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-saved-'))
    writeFileSync(path.join(dir, 'corpus.jsonl'), [a, 'not json', b].join('\n') + '\n')
    const good = await run(['tasks', path.join(ROOT, FILES[0]), path.join(ROOT, FILES[1]), '--format', 'jsonl'], { cwd: ROOT })
    writeFileSync(path.join(dir, 'clean.jsonl'), [a, b].join('\n') + '\n')
    const clean = await run(['tasks', 'clean.jsonl', '--format', 'jsonl'], { cwd: dir })
    expect(clean.code).toBe(0)
    expect(clean.stdout.split('\n').length).toBe(good.stdout.split('\n').length)
    const r = await run(['tasks', 'corpus.jsonl', '--format', 'jsonl'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^plan: corpus\.jsonl:2: not valid JSON: /)
    expect(r.stdout).toBe(clean.stdout)
    const strict = await run(['tasks', 'clean.jsonl', '--format', 'jsonl', '--strict'], { cwd: dir })
    expect(strict).toEqual(clean)
  })

  it('read from standard input as it arrives: plan parse … --format jsonl | plan tasks -', async () => {
    const lines = await parsed()
    const r = await run(['tasks', '-', '--format', 'jsonl'], { cwd: ROOT, stdin: lines.join('\n') + '\n' })
    const direct = await run(['tasks', ...FILES, '--format', 'jsonl'], { cwd: ROOT })
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(direct.stdout)
  })
})
