// End to end on the written fixtures: each fail/<rule-id> document triggers its rule; the pass/ documents trigger none.
// The fixtures (fixtures/check) are documents written for these tests: fail/unreadable.txt is the passing plan saved
// in Windows-1258; fixtures/check/plan.config.json is the agency registry they are checked against.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/index.js'
import { fakeIo } from './io.js'

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/check')
const cwd = mkdtempSync(path.join(tmpdir(), 'plan-fixtures-'))
cpSync(fixtures, cwd, { recursive: true })

interface Found {
  file: string
  findings: { ruleId: string; severity: string; line: number; message: string }[]
}

async function findings(args: string[]): Promise<Found[]> {
  const io = fakeIo(cwd)
  const code = await main(['check', ...args, '--format', 'json'], io)
  expect(code, io.err()).toBeLessThan(2)
  return JSON.parse(io.out()).files
}

const ruleIds = (files: Found[]) => [...new Set(files.flatMap((f) => f.findings.map((x) => x.ruleId)))].sort()

describe('fixtures', () => {
  it('the passing plan has no findings, the agency registry included', async () => {
    expect(await findings(['pass'])).toEqual([])
  })

  const single = ['meta-missing', 'task-no-lead', 'deadline-unreadable', 'date-impossible', 'deadline-before-issue', 'agency-unknown', 'unicode-normalised', 'unreadable']
  for (const id of single) {
    it(`fail/${id}.txt triggers ${id}`, async () => {
      expect(ruleIds(await findings([`fail/${id}.txt`]))).toContain(id)
    })
  }

  it('fail/duplicate-number/ reports the second file only, naming the first', async () => {
    const files = await findings(['fail/duplicate-number'])
    const dup = files.flatMap((f) => f.findings.map((x) => ({ file: f.file, ...x }))).filter((x) => x.ruleId === 'duplicate-number')
    expect(dup).toHaveLength(1)
    expect(dup[0].file).toBe(path.join('fail', 'duplicate-number', 'b.txt'))
    expect(dup[0].message).toContain('a.txt')
  })

  it('agency-unknown names the unregistered lead, at its line, with registry names close to it', async () => {
    const f = (await findings(['fail/agency-unknown.txt'])).flatMap((x) => x.findings).filter((x) => x.ruleId === 'agency-unknown')
    expect(f).toHaveLength(1)
    expect(f[0].line).toBe(15)
    expect(f[0].message).toMatch(/"Ban Dân vận Tỉnh ủy" \(did you mean .*"Ban (Tuyên giáo|Tổ chức) Tỉnh ủy"/)
  })

  it('rules that are off by default fire when turned on', async () => {
    const on = (rules: Record<string, string>) => ['--config', path.join(cwd, 'on.json'), JSON.stringify({ rules })]
    for (const [id, file] of [
      ['task-no-deadline', 'fail/task-no-deadline.txt'],
      ['legacy-tone', 'fail/legacy-tone.txt'],
    ]) {
      const [flag, cfg, body] = on({ [id]: 'warn' })
      writeFileSync(cfg, body)
      expect(ruleIds(await findings([file, flag, cfg]))).toContain(id)
      expect(ruleIds(await findings(['pass', flag, cfg]))).not.toContain(id)
    }
  })

  it('--as-of reports the tasks overdue on that date, and only then', async () => {
    const overdue = (await findings(['pass', '--as-of', '2024-07-01'])).flatMap((f) => f.findings).filter((x) => x.ruleId === 'task-overdue')
    // quý II/2024 ends 2024-06-30 and "trước ngày 30/6/2024" ends 2024-06-29; September and December are still ahead
    expect(overdue).toHaveLength(2)
    expect(await findings(['pass', '--as-of', '2024-06-01'])).toEqual([])
  })

  it('a file-by-file rule fires only on its own fixture', async () => {
    const files = await findings(['fail/date-impossible.txt', 'fail/task-no-lead.txt'])
    expect(files.find((f) => f.file.endsWith('task-no-lead.txt'))!.findings.map((x) => x.ruleId)).toEqual(['task-no-lead'])
  })

  it('--init takes the bodies seen as the registry, so the same documents pass with agency-unknown as an error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-init-'))
    cpSync(path.join(fixtures, 'pass'), path.join(dir, 'pass'), { recursive: true })
    cpSync(path.join(fixtures, 'fail/agency-unknown.txt'), path.join(dir, 'agency-unknown.txt'))
    const io = fakeIo(dir)
    expect(await main(['check', '--init'], io)).toBe(0)
    const cfg = JSON.parse(readFileSync(path.join(dir, 'plan.config.json'), 'utf8'))
    const names = cfg.agencies.map((a: { name: string }) => a.name)
    expect(names).toEqual(expect.arrayContaining(['Văn phòng Tỉnh ủy', 'Ban Dân vận Tỉnh ủy', 'Sở Thông tin và Truyền thông']))
    expect(names.some((n: string) => n.startsWith('các '))).toBe(false)
    cfg.rules['agency-unknown'] = 'error'
    writeFileSync(path.join(dir, 'plan.config.json'), JSON.stringify(cfg))
    const again = fakeIo(dir)
    expect(await main(['check', '--format', 'json'], again)).toBe(0)
    expect(JSON.parse(again.out()).files.flatMap((f: Found) => f.findings).filter((x: { ruleId: string }) => x.ruleId === 'agency-unknown')).toEqual([])
  })
})
