// What a run leaves on standard output: nothing when no document was read, the format --output names, each task once.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../fake-io.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const QUERY = path.join(ROOT, 'fixtures/query')
const PLAN = path.join(ROOT, 'fixtures/party-plan-numbering.txt')

function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-outputs-'))
  mkdirSync(path.join(dir, 'emptydir'))
  copyFileSync(PLAN, path.join(dir, 'plan.txt'))
  for (const f of ['ke-hoach-a.json', 'chi-thi-b.json']) copyFileSync(path.join(QUERY, f), path.join(dir, f))
  writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))
  return dir
}

describe('a run that reads no document prints nothing on standard output', () => {
  const dir = scratch()
  it('an empty folder: "no documents found", exit 2, for parse and the queries', async () => {
    for (const cmd of ['parse', 'tasks', 'overdue', 'agencies']) {
      const r = await run([cmd, 'emptydir/'], { cwd: dir })
      expect(r, cmd).toEqual({ code: 2, stdout: '', stderr: 'plan: no documents found in emptydir/\n' })
    }
  })

  it('parse of a bad file prints no "[]" in any format, and writes no --output file', async () => {
    for (const format of ['json', 'jsonl', 'outline']) {
      const r = await run(['parse', 'bad.txt', '--format', format], { cwd: dir })
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(/^plan: bad\.txt:1: binary file/)
    }
    const o = await run(['parse', 'bad.txt', '-o', 'none.json'], { cwd: dir })
    expect(o.code).toBe(2)
    expect(() => readFileSync(path.join(dir, 'none.json'))).toThrow()
  })

  it('a query whose every file fails prints no table header and no "0 tasks"', async () => {
    for (const format of ['table', 'json', 'csv', 'md']) {
      const r = await run(['tasks', 'bad.txt', 'nope.json', '--format', format], { cwd: dir })
      expect(r.code).toBe(2)
      expect(r.stdout, format).toBe('')
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(2)
    }
  })

  it('when some files are read the others still answer, exit 2', async () => {
    const r = await run(['tasks', 'ke-hoach-a.json', 'bad.txt', '-f', 'json'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(JSON.parse(r.stdout)).toHaveLength(6)
  })
})

describe('plan parse --output takes the format from the extension', () => {
  it('.json is JSON, .jsonl and .ndjson JSON Lines, anything else the outline (without colour); --format still wins', async () => {
    const dir = scratch()
    const at = (f: string) => readFileSync(path.join(dir, f), 'utf8')
    expect((await run(['parse', 'plan.txt', '-o', 'out.json'], { cwd: dir })).code).toBe(0)
    expect(JSON.parse(at('out.json')).meta.number).toBe('07-KH/HU')
    await run(['parse', 'plan.txt', 'plan.txt', '-o', 'out.jsonl'], { cwd: dir })
    expect(at('out.jsonl').trimEnd().split('\n').map((l) => JSON.parse(l).file)).toEqual(['plan.txt', 'plan.txt'])
    await run(['parse', 'plan.txt', '-o', 'out.ndjson'], { cwd: dir })
    expect(JSON.parse(at('out.ndjson')).file).toBe('plan.txt')
    await run(['parse', 'plan.txt', '-o', 'out.txt'], { cwd: dir, tty: true, env: { TERM: 'xterm', FORCE_COLOR: '1' } })
    expect(at('out.txt')).toMatch(/^plan\.txt {2}ke-hoach 07-KH\/HU/)
    expect(at('out.txt')).not.toContain('\x1b[')
    await run(['parse', 'plan.txt', '-o', 'forced.json', '--format', 'outline'], { cwd: dir })
    expect(at('forced.json')).toMatch(/^plan\.txt {2}ke-hoach/)
  })
})

describe('the same task seen twice', () => {
  it('same id from the same source file: reported once, with one warning line per file', async () => {
    const dir = scratch()
    const r = await run(['tasks', 'ke-hoach-a.json', 'ke-hoach-a.json', 'chi-thi-b.json', '-f', 'json'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).map((t: { id: string }) => t.id)).toEqual(['kh-a-1', 'kh-a-2', 'kh-a-3', 'kh-a-4', 'kh-a-5', 'kh-a-6', 'ct-b-1', 'ct-b-2'])
    expect(r.stderr).toBe('plan: ke-hoach-a.txt: 6 tasks read twice (the file named twice, or with saved JSON of it), counted once\n')
    // the counts of agencies and overdue are not doubled either
    const ag = await run(['agencies', 'ke-hoach-a.json', 'ke-hoach-a.json', '--as-of', '2013-12-31', '-f', 'json'], { cwd: dir })
    expect(JSON.parse(ag.stdout).find((a: { name: string }) => a.name === 'Ban Tổ chức Tỉnh ủy')).toMatchObject({ leads: 2, overdueLeads: 1 })
  })

  it('the same id from another source is another task', async () => {
    const dir = scratch()
    const copy = JSON.parse(readFileSync(path.join(dir, 'ke-hoach-a.json'), 'utf8'))
    writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ ...copy, file: 'ke-hoach-a-copy.txt' }))
    const r = await run(['tasks', 'ke-hoach-a.json', 'other.json', '-f', 'json'], { cwd: dir })
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toHaveLength(12)
  })
})

describe('usage errors', () => {
  it("commander's own errors carry the one prefix, plan:", async () => {
    const r = await run(['parse', 'x.txt', '--frmat', 'json'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe("plan: unknown option '--frmat'\n(Did you mean --format?)\n")
    expect((await run(['tasks'])).stderr).toBe("plan: missing required argument 'files'\n")
  })
})
