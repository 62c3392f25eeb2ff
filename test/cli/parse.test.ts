import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../fake-io.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const PLAN = 'fixtures/party-plan-numbering.txt'

function scratch(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-parse-'))
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body)
  return dir
}

describe('plan parse', () => {
  it('prints one JSON document for one file, valid against the schema', async () => {
    const r = await run(['parse', PLAN, '--format', 'json'], { cwd: ROOT })
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout)
    expect(doc.meta).toMatchObject({ kind: 'ke-hoach', number: '07-KH/HU', issuedOn: '2024-03-12' })
    expect(doc.tasks[0].lead[0].name).toBe('Ủy ban Kiểm tra Huyện ủy')
  })

  it('prints an array for several files and one line each for jsonl', async () => {
    const many = await run(['parse', PLAN, 'fixtures/labelled-fields.txt', '--format', 'json'], { cwd: ROOT })
    expect(JSON.parse(many.stdout)).toHaveLength(2)
    const lines = await run(['parse', PLAN, 'fixtures/labelled-fields.txt', '--format', 'jsonl'], { cwd: ROOT })
    expect(lines.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).file)).toEqual([PLAN, 'fixtures/labelled-fields.txt'])
  })

  it('reads standard input with -', async () => {
    const r = await run(['parse', '-', '--format', 'json'], { cwd: ROOT, stdin: readFileSync(path.join(ROOT, PLAN)) })
    expect(JSON.parse(r.stdout).file).toBeNull()
    expect(JSON.parse(r.stdout).tasks.length).toBeGreaterThan(3)
  })

  it('bad input: one line naming the file (and line), exit 2, the other files still parsed', async () => {
    const dir = scratch({
      'good.txt': readFileSync(path.join(ROOT, PLAN)),
      'empty.txt': '',
      'binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]),
      'latin.txt': Buffer.concat([Buffer.from('Dòng một\n', 'utf8'), Buffer.from([0x4b, 0xe9, 0x20, 0x68])]),
    })
    const r = await run(['parse', 'missing.txt', 'empty.txt', 'binary.txt', 'latin.txt', 'good.txt', '--format', 'jsonl'], { cwd: dir })
    expect(r.code).toBe(2)
    const errors = r.stderr.trimEnd().split('\n')
    expect(errors).toEqual([
      'plan: missing.txt: no such file or folder',
      'plan: empty.txt: empty file',
      'plan: binary.txt:1: binary file (NUL byte), not a text document',
      'plan: latin.txt:2: not valid UTF-8, and not recognisably TCVN3, VNI or Windows-1258 either (try --encoding, or save the file as UTF-8)',
    ])
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/)
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).file)).toEqual(['good.txt'])
  })

  it('unknown format and unknown option are usage errors: exit 2', async () => {
    expect((await run(['parse', PLAN, '--format', 'xml'], { cwd: ROOT })).code).toBe(2)
    expect((await run(['parse', PLAN, '--frmat', 'json'], { cwd: ROOT })).code).toBe(2)
  })

  it('--output writes atomically and never replaces a file without --force', async () => {
    const dir = scratch({ 'plan.txt': readFileSync(path.join(ROOT, PLAN)), 'out.json': 'mine' })
    const refused = await run(['parse', 'plan.txt', '--format', 'json', '--output', 'out.json'], { cwd: dir })
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe('plan: out.json: already exists (pass --force to replace it)\n')
    expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe('mine')
    const forced = await run(['parse', 'plan.txt', '--format', 'json', '--output', 'out.json', '--force'], { cwd: dir })
    expect(forced.code).toBe(0)
    expect(JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')).meta.number).toBe('07-KH/HU')
    const fresh = await run(['parse', 'plan.txt', '--format', 'json', '-o', 'new.json'], { cwd: dir })
    expect(fresh.code).toBe(0)
    expect(existsSync(path.join(dir, 'new.json'))).toBe(true)
  })

  it('the outline says where each task came from, and colour follows NO_COLOR and FORCE_COLOR', async () => {
    const plain = await run(['parse', PLAN], { cwd: ROOT, tty: true, env: { NO_COLOR: '1' } })
    expect(plain.stdout).toContain(`${PLAN}:14:3`)
    expect(plain.stdout).not.toMatch(/\x1b\[/)
    const forced = await run(['parse', PLAN], { cwd: ROOT, env: { FORCE_COLOR: '1' } })
    expect(forced.stdout).toMatch(/\x1b\[/)
  })

  it('plan schema prints the JSON Schema of the document', async () => {
    const r = await run(['schema'])
    const schema = JSON.parse(r.stdout)
    expect(schema.properties.tasks.type).toBe('array')
    expect(schema.required).toEqual(expect.arrayContaining(['meta', 'sections', 'tasks', 'agencies', 'diagnostics']))
    // a deadline's notes (what its reading assumed) are optional: saved JSON from before them stays valid
    const deadline = schema.properties.tasks.items.properties.deadline.anyOf.find((s: { type: string }) => s.type === 'object')
    expect(deadline.properties.notes).toMatchObject({ type: 'array', items: { required: ['code', 'message'] } })
    expect(deadline.required).not.toContain('notes')
  })
})
