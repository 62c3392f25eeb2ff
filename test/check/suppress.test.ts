// Inline suppression comments in markdown documents, and per-glob overrides in the config.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isSuppressed, suppressions, withoutDirectives } from '../../src/check/suppress.js'
import { main } from '../../src/cli/index.js'
import { fakeIo } from './io.js'

const END = Number.MAX_SAFE_INTEGER

describe('suppressions', () => {
  it('reads disable/enable stretches, -line, -next-line and -file, with or without rule ids', () => {
    const list = suppressions([
      'a <!-- plan-disable-line task-no-lead -->', // 1
      '<!-- plan-disable-next-line -->', // 2
      'x', // 3
      '<!-- plan-disable task-no-lead meta-missing -->', // 4
      'y', // 5
      '<!--plan-enable meta-missing-->', // 6
      '<!-- plan-disable -->', // 7
      '<!-- plan-enable -->', // 8
      '<!-- plan-disable-file legacy-tone -->', // 9
      '<!-- not-plan-disable --> <!-- plan-disabled -->', // 10
    ])
    expect(list).toEqual(
      expect.arrayContaining([
        { rules: ['task-no-lead'], from: 1, to: 1 },
        { rules: null, from: 3, to: 3 },
        { rules: ['meta-missing'], from: 4, to: 6 },
        { rules: ['task-no-lead'], from: 4, to: 8 },
        { rules: null, from: 7, to: 8 },
        { rules: ['legacy-tone'], from: 1, to: END },
      ]),
    )
    expect(list).toHaveLength(6)
    expect(isSuppressed({ ruleId: 'task-no-lead', line: 5 }, list)).toBe(true)
    expect(isSuppressed({ ruleId: 'task-no-lead', line: 9 }, list)).toBe(false)
    expect(isSuppressed({ ruleId: 'meta-missing', line: 7 }, list)).toBe(true)
    expect(isSuppressed({ ruleId: 'meta-missing', line: 9 }, list)).toBe(false)
    expect(isSuppressed({ ruleId: 'legacy-tone', line: 4000 }, list)).toBe(true)
  })
  it('the comments are taken out of the text, line numbers kept', () => {
    expect(withoutDirectives('<!-- plan-disable-next-line task-no-lead -->')).toBe('')
    expect(withoutDirectives('1. Làm việc <!-- plan-disable-line --> x')).toBe('1. Làm việc  x')
    expect(withoutDirectives('<!-- a comment -->')).toBe('<!-- a comment -->')
  })
  it('a disable with no enable runs to the end of the file', () => {
    expect(suppressions(['<!-- plan-disable date-impossible -->'])).toEqual([{ rules: ['date-impossible'], from: 1, to: END }])
  })
})

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/check')

async function run(args: string[], cwd: string) {
  const io = fakeIo(cwd)
  const code = await main(['check', ...args, '--format', 'json'], io)
  const out = io.out()
  return { code, err: io.err(), data: out ? (JSON.parse(out) as { files: { file: string; findings: { ruleId: string; line: number }[] }[]; summary: Record<string, number> }) : null }
}

function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-suppress-'))
  cpSync(fixtures, dir, { recursive: true })
  return dir
}

describe('in a markdown document', () => {
  it('<!-- plan-disable-next-line task-no-lead --> silences that finding only, and only in markdown', async () => {
    const cwd = scratch()
    const text = readFileSync(path.join(cwd, 'fail', 'task-no-lead.txt'), 'utf8')
    const lines = text.split('\n')
    const item = lines.findIndex((l) => l.startsWith('3. Tổ chức tuyên truyền'))
    const md = [...lines.slice(0, item), '<!-- plan-disable-next-line task-no-lead -->', ...lines.slice(item)].join('\n')
    mkdirSync(path.join(cwd, 'md'))
    writeFileSync(path.join(cwd, 'md', 'plan.md'), lines.join('\n'))
    const before = await run(['md/plan.md'], cwd)
    const noLead = (d: typeof before.data) => d!.files.flatMap((f) => f.findings).filter((f) => f.ruleId === 'task-no-lead')
    expect(noLead(before.data)).toHaveLength(1)
    writeFileSync(path.join(cwd, 'md', 'plan.md'), md)
    const after = await run(['md/plan.md'], cwd)
    expect(noLead(after.data)).toEqual([])
    // the same comment in a .txt file is text, and silences nothing
    writeFileSync(path.join(cwd, 'md', 'plan.txt'), md)
    expect(noLead((await run(['md/plan.txt'], cwd)).data).map((f) => f.line)).toContain(item + 2)
  })
})

describe('overrides in the config', () => {
  it('set rules for the files their globs match; the later override wins; --print-config shows them', async () => {
    const cwd = scratch()
    writeFileSync(
      path.join(cwd, 'plan.config.json'),
      JSON.stringify({ overrides: [{ files: ['fail/unreadable.txt'], rules: { unreadable: 'warn' } }, { files: ['fail/**', '!fail/unreadable.txt'], rules: { 'task-no-lead': 'off' } }] }),
    )
    const r = await run(['fail/unreadable.txt', 'fail/task-no-lead.txt', 'pass'], cwd)
    expect(r.data!.summary.errors).toBe(0)
    const rules = r.data!.files.flatMap((f) => f.findings.map((x) => x.ruleId))
    expect(rules).toContain('unreadable')
    expect(rules).not.toContain('task-no-lead')
    const io = fakeIo(cwd)
    await main(['check', '--print-config', 'fail/task-no-lead.txt'], io)
    expect(JSON.parse(io.out()).rules).toMatchObject({ unreadable: 'error', 'task-no-lead': 'off' })
  })
  it('a bad override is a config error naming the key', async () => {
    const cwd = scratch()
    writeFileSync(path.join(cwd, 'plan.config.json'), JSON.stringify({ overrides: [{ files: ['[z-a]'], rules: {} }] }))
    const r = await run(['pass'], cwd)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^plan: plan\.config\.json: "\[z-a\]": .* \(at overrides\.0\.files\.0\)\n$/)
    writeFileSync(path.join(cwd, 'plan.config.json'), JSON.stringify({ overrides: [{ files: ['x'], rules: { nope: 'off' } }] }))
    expect((await run(['pass'], cwd)).err).toMatch(/unknown key "nope" \(at overrides\.0\.rules\.nope\)/)
  })
})
