// `plan check` through main(): exit codes, formats, config errors, --as-of, --max-warnings, --init.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/index.js'
import { fakeIo } from './io.js'

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/check')

/** A scratch copy of the fixtures, so a plan.config.json above the repo cannot interfere and --init can write. */
function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-check-'))
  cpSync(fixtures, dir, { recursive: true })
  return dir
}

async function check(args: string[], cwd = scratch()) {
  const io = fakeIo(cwd)
  const code = await main(['check', ...args], io)
  return { code, out: io.out(), err: io.err(), cwd }
}

async function json(args: string[], cwd?: string) {
  const r = await check([...args, '--format', 'json'], cwd)
  return { ...r, data: JSON.parse(r.out) as { files: { file: string; findings: { ruleId: string; severity: string }[] }[]; summary: Record<string, number> } }
}

describe('exit codes', () => {
  it('0 when there are no errors', async () => {
    const r = await check(['pass'])
    expect(r.code).toBe(0)
  })
  it('1 when there are errors; the other files are still checked', async () => {
    const r = await json(['fail/unreadable.txt', 'pass'])
    expect(r.code).toBe(1)
    expect(r.data.summary.files).toBe(2)
    expect(r.data.files[0].findings[0].ruleId).toBe('unreadable')
  })
  it('1 when warnings exceed --max-warnings, 0 when they do not', async () => {
    const cwd = scratch()
    writeFileSync(path.join(cwd, 'w.json'), JSON.stringify({ rules: { 'meta-missing': 'warn', unreadable: 'warn' } }))
    const r = await json(['fail/unreadable.txt', '--config', 'w.json', '--max-warnings', '0'], cwd)
    expect(r.data.summary).toMatchObject({ errors: 0, warnings: 1 })
    expect(r.code).toBe(1)
    expect(r.err).toContain('more than --max-warnings 0')
    expect((await check(['fail/unreadable.txt', '--config', 'w.json', '--max-warnings', '1'], cwd)).code).toBe(0)
  })
  it('2 for bad usage: unknown format, missing path, bad --as-of, bad --max-warnings, standard input, no documents', async () => {
    const cwd = scratch()
    mkdirSync(path.join(cwd, 'empty'))
    for (const args of [['pass', '--format', 'xml'], ['nope'], ['pass', '--as-of', '31/4/2024'], ['pass', '--max-warnings', 'x'], ['-'], ['empty']]) {
      const r = await check(args, cwd)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err).toMatch(/^plan: /)
      expect(r.out).toBe('')
    }
  })
  it('2 for a bad config, with `message (at path)`', async () => {
    const cwd = scratch()
    writeFileSync(path.join(cwd, 'plan.config.json'), JSON.stringify({ rules: { 'task-no-lead': 'loud' } }))
    const r = await check(['pass'], cwd)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^plan: plan\.config\.json: .* \(at rules\.task-no-lead\)\n$/)
  })
})

describe('configuration in force', () => {
  it('turns a rule off, and skips excluded files', async () => {
    const cwd = scratch()
    writeFileSync(path.join(cwd, 'plan.config.json'), JSON.stringify({ rules: { unreadable: 'off' } }))
    expect((await check(['fail/unreadable.txt'], cwd)).code).toBe(0)
    writeFileSync(path.join(cwd, 'plan.config.json'), JSON.stringify({ exclude: ['unreadable.txt'] }))
    const r = await json(['fail'], cwd)
    expect(r.data.files.map((f) => f.file)).not.toContain(path.join('fail', 'unreadable.txt'))
  })
})

describe('formats', () => {
  it('github: annotations with file, line and col', async () => {
    const r = await check(['fail/unreadable.txt', '--format', 'github'])
    expect(r.out.split('\n')[0]).toMatch(/^::error file=fail\/unreadable\.txt,line=1,col=1,title=plan check%3A unreadable::not valid UTF-8/)
  })
  it('junit and sarif come out whole on standard output', async () => {
    expect((await check(['fail/unreadable.txt', 'pass', '--format', 'junit'])).out).toMatch(/^<\?xml[\s\S]*<testcase classname="plan check" name="fail\/unreadable.txt">[\s\S]*<\/testsuites>\n$/)
    const sarif = JSON.parse((await check(['fail/unreadable.txt', '--format', 'sarif'])).out)
    expect(sarif.runs[0].results[0].ruleId).toBe('unreadable')
  })
  it('pretty by default, without colour off a terminal', async () => {
    const r = await check(['fail/unreadable.txt'])
    expect(r.out).toMatch(/^fail\/unreadable\.txt\n {2}1:1 {2}error {4}not valid UTF-8.* {2}unreadable\n/)
    expect(r.out).not.toContain('\x1b[')
    expect(r.err).toBe('')
  })
})

describe('--init', () => {
  it('writes a starter that validates, lowers rules that fail here, and then passes', async () => {
    const cwd = scratch()
    rmSync(path.join(cwd, 'plan.config.json'))
    const r = await check(['--init', 'fail/unreadable.txt', 'pass'], cwd)
    expect(r.code).toBe(0)
    expect(r.out).toContain('unreadable: lowered to "warn"')
    const cfg = JSON.parse(readFileSync(path.join(cwd, 'plan.config.json'), 'utf8'))
    expect(cfg.rules.unreadable).toBe('warn')
    expect(cfg.rules['task-no-deadline']).toBe('off')
    expect(cfg.asOf).toBeUndefined()
    expect((await check(['fail/unreadable.txt', 'pass'], cwd)).code).toBe(0)
  })
  it('refuses to overwrite without --force', async () => {
    const cwd = scratch()
    writeFileSync(path.join(cwd, 'plan.config.json'), '{}')
    const r = await check(['--init', 'pass'], cwd)
    expect(r.code).toBe(2)
    expect(r.err).toContain('already exists')
    expect(readFileSync(path.join(cwd, 'plan.config.json'), 'utf8')).toBe('{}')
    expect((await check(['--init', '--force', 'pass'], cwd)).code).toBe(0)
    expect(existsSync(path.join(cwd, 'plan.config.json'))).toBe(true)
  })
})

describe('--quiet and --max-warnings -1', () => {
  it('--quiet reports errors only, and still counts the warnings for --max-warnings', async () => {
    const loud = await json(['fail/meta-missing.txt', 'fail/date-impossible.txt'])
    expect(loud.data.files.flatMap((f) => f.findings).some((f) => f.severity === 'warning')).toBe(true)
    const quiet = await json(['fail/meta-missing.txt', 'fail/date-impossible.txt', '--quiet'])
    const sev = quiet.data.files.flatMap((f) => f.findings).map((f) => f.severity)
    expect(sev.length).toBeGreaterThan(0)
    expect(new Set(sev)).toEqual(new Set(['error']))
    expect(quiet.data.summary.warnings).toBe(0)
    expect(quiet.data.summary.errors).toBe(loud.data.summary.errors)
    const cwd = scratch()
    writeFileSync(path.join(cwd, 'w.json'), JSON.stringify({ rules: { unreadable: 'warn' } }))
    const r = await check(['fail/unreadable.txt', '--config', 'w.json', '-q', '--max-warnings', '0'], cwd)
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/no problems/)
  })
  it('--max-warnings -1 is no limit; other negatives are refused', async () => {
    const cwd = scratch()
    writeFileSync(path.join(cwd, 'w.json'), JSON.stringify({ rules: { unreadable: 'warn' } }))
    expect((await check(['fail/unreadable.txt', '--config', 'w.json', '--max-warnings', '-1'], cwd)).code).toBe(0)
    const bad = await check(['fail/unreadable.txt', '--config', 'w.json', '--max-warnings', '-2'], cwd)
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/^plan: --max-warnings expects a whole number \(or -1 for no limit\), not "-2"/)
  })
})

describe('one error prefix', () => {
  it('every line on standard error starts "plan: ", commander\'s usage errors too (a hint line aside)', async () => {
    const cwd = scratch()
    writeFileSync(path.join(cwd, 'w.json'), JSON.stringify({ rules: { unreadable: 'warn' } }))
    const runs = [
      ['--frmat', 'json'],
      ['--format'],
      ['pass', '--threads', 'z'],
      ['fail/unreadable.txt', '--config', 'w.json', '--max-warnings', '0'],
      ['pass', '--config', 'missing.json'],
      ['-'],
    ]
    for (const args of runs) {
      const r = await check(args, cwd)
      expect(r.err, args.join(' ')).not.toBe('')
      for (const line of r.err.trimEnd().split('\n')) expect(line, args.join(' ')).toMatch(/^plan: |^\(Did you mean /)
    }
    const io = fakeIo(cwd)
    expect(await main(['chek'], io)).toBe(2)
    expect(io.err()).toBe("plan: unknown command 'chek'\n(Did you mean check?)\n")
  })
})

describe('several reports in one run', () => {
  it('--format github --format sarif -o plan.sarif: annotations on standard output, SARIF in the file, from one check', async () => {
    const cwd = scratch()
    const r = await check(['fail/unreadable.txt', 'pass', '--format', 'github', '--format', 'sarif', '-o', 'plan.sarif'], cwd)
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^::error file=fail\/unreadable\.txt/)
    const log = JSON.parse(readFileSync(path.join(cwd, 'plan.sarif'), 'utf8'))
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['unreadable'])
  })
  it('each -o takes the --format before it, else its extension; nothing on standard output when every report has a file', async () => {
    const cwd = scratch()
    const r = await check(['fail/unreadable.txt', '--output-file', 'a.xml', '--format', 'json', '-o', 'b.txt', '-o', 'c.sarif'], cwd)
    expect(r.out).toBe('')
    expect(readFileSync(path.join(cwd, 'a.xml'), 'utf8')).toMatch(/^<\?xml/)
    expect(JSON.parse(readFileSync(path.join(cwd, 'b.txt'), 'utf8')).version).toBe(1)
    expect(JSON.parse(readFileSync(path.join(cwd, 'c.sarif'), 'utf8')).version).toBe('2.1.0')
    // a pretty report written to a file has no colour
    await check(['fail/unreadable.txt', '--format', 'pretty', '-o', 'p.txt'], cwd)
    expect(readFileSync(path.join(cwd, 'p.txt'), 'utf8')).not.toContain('\x1b[')
  })
  it('refuses, before reading anything: two reports on standard output, a file named twice, an -o of unknown format, an existing file without --force', async () => {
    const cwd = scratch()
    writeFileSync(path.join(cwd, 'old.sarif'), 'mine')
    for (const [args, msg] of [
      [['--format', 'github', '--format', 'json'], /only one report can go to standard output/],
      [['--format', 'json', '-o', 'x.json', '--format', 'sarif', '-o', 'x.json'], /x\.json: named twice/],
      [['-o', 'report.txt'], /-o report\.txt: which format\?/],
      [['--format', 'sarif', '-o', 'old.sarif'], /old\.sarif: already exists \(pass --force/],
    ] as [string[], RegExp][]) {
      const r = await check(['pass', ...args], cwd)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err).toMatch(msg)
      expect(r.out).toBe('')
    }
    expect(readFileSync(path.join(cwd, 'old.sarif'), 'utf8')).toBe('mine')
    expect((await check(['pass', '--format', 'sarif', '-o', 'old.sarif', '--force'], cwd)).code).toBe(0)
    expect(JSON.parse(readFileSync(path.join(cwd, 'old.sarif'), 'utf8')).version).toBe('2.1.0')
  })
})

describe('config found from the files checked', () => {
  /** scratch/ci/plan.config.json turns unreadable off for ci/seeds; scratch/other has its own, and the root one stays. */
  function tree(): string {
    const cwd = scratch()
    mkdirSync(path.join(cwd, 'ci', 'seeds'), { recursive: true })
    mkdirSync(path.join(cwd, 'other'))
    cpSync(path.join(cwd, 'fail', 'unreadable.txt'), path.join(cwd, 'ci', 'seeds', 'bad.txt'))
    cpSync(path.join(cwd, 'fail', 'unreadable.txt'), path.join(cwd, 'other', 'bad.txt'))
    writeFileSync(path.join(cwd, 'ci', 'plan.config.json'), JSON.stringify({ rules: { unreadable: 'off' } }))
    writeFileSync(path.join(cwd, 'other', 'plan.config.json'), JSON.stringify({ rules: { unreadable: 'warn' } }))
    return cwd
  }
  it('`cd ci && plan check seeds` and `plan check ci/seeds` agree, and so does a run from elsewhere', async () => {
    const cwd = tree()
    expect((await check(['ci/seeds'], cwd)).code).toBe(0)
    expect((await check(['seeds'], path.join(cwd, 'ci'))).code).toBe(0)
    expect((await check(['../ci/seeds'], path.join(cwd, 'other'))).code).toBe(0)
    // the root's config (unreadable: error, the default) still holds for the files under it alone
    expect((await check(['../fail/unreadable.txt'], path.join(cwd, 'ci'))).code).toBe(1)
  })
  it('each file under its own config in one run; --config overrides them all', async () => {
    const cwd = tree()
    const r = await json(['ci/seeds', 'other', 'fail/unreadable.txt'], cwd)
    const sev = Object.fromEntries(r.data.files.map((f) => [f.file, f.findings.map((x) => x.severity)]))
    expect(sev).toEqual({ [path.join('other', 'bad.txt')]: ['warning'], [path.join('fail', 'unreadable.txt')]: ['error'] })
    expect(r.data.summary.files).toBe(3)
    writeFileSync(path.join(cwd, 'all.json'), '{}')
    expect((await json(['ci/seeds', '--config', 'all.json'], cwd)).data.summary.errors).toBe(1)
  })
  it('--print-config FILE prints the config in force for it, and whether it is checked', async () => {
    const cwd = tree()
    writeFileSync(path.join(cwd, 'other', 'plan.config.json'), JSON.stringify({ rules: { unreadable: 'warn' }, exclude: ['bad.txt'] }))
    const r = await check(['--print-config', '../other/bad.txt'], path.join(cwd, 'ci'))
    expect(r.code).toBe(0)
    const c = JSON.parse(r.out)
    expect(c.config).toBe(path.join('..', 'other', 'plan.config.json'))
    expect(c.checked).toBe(false)
    expect(c.exclude).toEqual(['bad.txt'])
    expect(c.rules.unreadable).toBe('warn')
    expect(c.rules['task-no-lead']).toBe('warn')
    const none = JSON.parse((await check(['--print-config', 'seeds/bad.txt'], path.join(cwd, 'ci'))).out)
    expect(none).toMatchObject({ config: 'plan.config.json', checked: true, rules: { unreadable: 'off' } })
  })
})

describe('--ignore-pattern and !negated globs', () => {
  it('--ignore-pattern skips files (relative to the working folder), `!glob` takes some back, as does a `!glob` operand', async () => {
    const cwd = scratch()
    const files = async (args: string[], at = cwd) => (await json(args, at)).data.summary.files
    const all = await files(['fail'])
    expect(await files(['fail', '--ignore-pattern', 'fail/duplicate-number/'])).toBe(all - 2)
    expect(await files(['fail', '--ignore-pattern', 'duplicate-number/', '--ignore-pattern', '!b.txt'])).toBe(all - 1)
    expect(await files(['fail', '!fail/duplicate-number/**'])).toBe(all - 2)
    expect(await files(['.', '--ignore-pattern', '*.txt', '--ignore-pattern', '!pass/**'], path.join(cwd))).toBe(1)
  })
  it('config exclude with a negation takes a file back', async () => {
    const cwd = scratch()
    writeFileSync(path.join(cwd, 'c.json'), JSON.stringify({ exclude: ['fail/', '!unreadable.txt'] }))
    const r = await json(['fail', 'pass', '--config', 'c.json'], cwd)
    expect(r.data.summary.files).toBe(2)
    expect(r.data.files.map((f) => f.file)).toEqual([path.join('fail', 'unreadable.txt')])
  })
  it('a bad --ignore-pattern is a usage error', async () => {
    const r = await check(['pass', '--ignore-pattern', '[z-a]'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^plan: --ignore-pattern "\[z-a\]": /)
  })
})

describe('--baseline', () => {
  it('adopts a corpus: --update-baseline writes the findings, then only new ones are reported and fail, from any folder', async () => {
    const cwd = scratch()
    mkdirSync(path.join(cwd, 'ci'))
    const first = await check(['fail', '--baseline', 'ci/baseline.json', '--update-baseline'], cwd)
    expect(first.code).toBe(0)
    expect(first.err).toMatch(/^plan: ci\/baseline\.json: wrote the baseline, \d+ findings\n$/)
    const saved = JSON.parse(readFileSync(path.join(cwd, 'ci', 'baseline.json'), 'utf8'))
    expect(saved.version).toBe(1)
    expect(saved.findings.some((e: { file: string }) => e.file === '../fail/unreadable.txt')).toBe(true)
    const again = await json(['fail', '--baseline', 'ci/baseline.json'], cwd)
    expect(again.code).toBe(0)
    expect(again.data.files).toEqual([])
    expect(again.data.summary).toMatchObject({ errors: 0, warnings: 0 })
    // the same from inside ci/
    expect((await json(['../fail', '--baseline', 'baseline.json'], path.join(cwd, 'ci'))).data.files).toEqual([])
    // a new bad file fails the run, and it alone is reported
    cpSync(path.join(cwd, 'fail', 'unreadable.txt'), path.join(cwd, 'fail', 'new.txt'))
    const next = await json(['fail', '--baseline', 'ci/baseline.json'], cwd)
    expect(next.code).toBe(1)
    expect(next.data.files.map((f) => f.file)).toEqual([path.join('fail', 'new.txt')])
  })
  it('a missing or bad baseline, or --update-baseline alone, stops the run (exit 2)', async () => {
    const cwd = scratch()
    writeFileSync(path.join(cwd, 'bad.json'), '{"version":1}')
    for (const [args, msg] of [
      [['--baseline', 'none.json'], /^plan: none\.json: no such baseline \(write it with --update-baseline\)\n$/],
      [['--baseline', 'bad.json'], /^plan: bad\.json: not a plan check baseline/],
      [['--update-baseline'], /^plan: --update-baseline needs --baseline FILE/],
    ] as [string[], RegExp][]) {
      const r = await check(['fail', ...args], cwd)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err).toMatch(msg)
      expect(r.out).toBe('')
    }
  })
})
