// Every reporter on the same report: the text formats checked against their rules, the JSON ones against their shapes.
import { describe, expect, it } from 'vitest'
import { escapeData, escapeProperty, github } from '../../../src/check/reporters/github.js'
import { json } from '../../../src/check/reporters/json.js'
import { junit } from '../../../src/check/reporters/junit.js'
import { pretty } from '../../../src/check/reporters/pretty.js'
import { fileUri, sarif } from '../../../src/check/reporters/sarif.js'
import { RULE_IDS } from '../../../src/check/types.js'
import { opts, sample } from './sample.js'
import { parseXml, type XmlElement } from './xml-check.js'

describe('pretty', () => {
  it('groups by file, one `line:col severity message rule-id` per finding, then a summary', () => {
    const out = pretty(sample(), opts)
    const lines = out.split('\n')
    expect(lines[0]).toBe('docs/a, b: c.txt')
    expect(lines[1]).toMatch(/^ {2}3:14 {2}error {4}impossible date: .* {2}date-impossible$/)
    expect(lines[2]).toMatch(/^ {2}12:1 {2}warning {2}task has no lead: .* {2}task-no-lead$/)
    expect(out).toContain('docs/kế hoạch.txt')
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 3 problems (1 error, 2 warnings) in 2 of 3 files')
    expect(out).not.toMatch(/\x1b\[/)
  })
  it('colours only when asked, and says so when clean', () => {
    expect(pretty(sample(), { ...opts, color: 1 })).toMatch(/\x1b\[31m/)
    expect(pretty({ files: ['a.txt'], results: [], summary: { files: 1, errors: 0, warnings: 0 } }, opts)).toBe('✔ 1 file checked, no problems\n')
  })
})

describe('json', () => {
  it('has the documented stable shape', () => {
    const data = JSON.parse(json(sample(), opts))
    expect(Object.keys(data)).toEqual(['version', 'files', 'summary'])
    expect(data.version).toBe(1)
    expect(data.summary).toEqual({ errors: 1, warnings: 2, files: 3 })
    expect(data.files.map((f: { file: string }) => f.file)).toEqual(['docs/a, b: c.txt', 'docs/kế hoạch.txt'])
    for (const f of data.files) for (const x of f.findings) expect(Object.keys(x)).toEqual(['ruleId', 'severity', 'line', 'column', 'message'])
  })
})

describe('github', () => {
  it('escapes data and properties as workflow commands require', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac')
    expect(escapeProperty('x, y: 100%')).toBe('x%2C y%3A 100%25')
  })
  it('writes one ::error / ::warning command per finding, each on one line and parseable back', () => {
    const lines = github(sample(), opts).trimEnd().split('\n')
    const cmds = lines.filter((l) => l.startsWith('::'))
    expect(cmds).toHaveLength(3)
    const re = /^::(error|warning) ((?:[a-z]+=[^,:]*)(?:,[a-z]+=[^,:]*)*)::([^\r\n]*)$/
    const parsed = cmds.map((c) => {
      const m = re.exec(c)
      expect(m, c).not.toBeNull()
      const props = Object.fromEntries(m![2].split(',').map((p) => p.split('=').map(decodeURIComponent)))
      return { level: m![1], props, message: decodeURIComponent(m![3]) }
    })
    expect(parsed[0]).toEqual({
      level: 'error',
      props: { file: 'docs/a, b: c.txt', line: '3', col: '14', title: 'plan check: date-impossible' },
      message: 'impossible date: "31/4/2024" <100% sure> & more',
    })
    expect(parsed[1].level).toBe('warning')
    expect(parsed[2].message).toBe('line one\nline two\r')
    expect(lines.at(-1)).toBe('plan check: 1 errors, 2 warnings in 3 files')
  })
})

describe('junit', () => {
  it('is well-formed XML: one testsuite, one testcase per file, a failure for the file with errors', () => {
    const out = junit(sample(), opts)
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true)
    const root = parseXml(out)
    expect(root.name).toBe('testsuites')
    const suites = root.children.filter((c) => c.name === 'testsuite')
    expect(suites).toHaveLength(1)
    expect(suites[0].attrs).toMatchObject({ tests: '3', failures: '1', errors: '0' })
    const cases = suites[0].children as XmlElement[]
    expect(cases.map((c) => c.attrs.name)).toEqual(sample().files)
    const failure = cases[0].children.find((c) => c.name === 'failure')!
    expect(failure.attrs.type).toBe('date-impossible')
    expect(failure.attrs.message).toBe('1 error: impossible date: "31/4/2024" <100% sure> & more')
    expect(failure.text).toContain('3:14 error impossible date')
    expect(cases[0].children.find((c) => c.name === 'system-out')!.text).toContain('task-no-lead')
    expect(cases[1].children).toEqual([])
    expect(cases[2].children.map((c) => c.name)).toEqual(['system-out'])
  })
  it('replaces characters XML cannot carry', () => {
    const r = sample()
    r.results[0].findings[0].message = 'bad \u0001 byte'
    expect(() => parseXml(junit(r, opts))).not.toThrow()
    expect(junit(r, opts)).not.toContain('\u0001')
  })
})

describe('sarif', () => {
  it('is a minimal valid SARIF 2.1.0 log', () => {
    const log = JSON.parse(sarif(sample(), opts))
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toMatch(/sarif-2\.1\.0/)
    expect(log.runs).toHaveLength(1)
    const run = log.runs[0]
    expect(run.tool.driver).toMatchObject({ name: 'plan', version: '9.9.9' })
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([...RULE_IDS])
    for (const r of run.tool.driver.rules) expect(['error', 'warning', 'note', 'none']).toContain(r.defaultConfiguration.level)
    expect(run.results).toHaveLength(3)
    for (const res of run.results) {
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId)
      expect(['error', 'warning']).toContain(res.level)
      expect(typeof res.message.text).toBe('string')
      const loc = res.locations[0].physicalLocation
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1)
      expect(loc.region.startColumn).toBeGreaterThanOrEqual(1)
      expect(() => new URL(loc.artifactLocation.uri, 'file:///repo/')).not.toThrow()
    }
    expect(run.results[2].locations[0].physicalLocation.artifactLocation.uri).toBe('docs/k%E1%BA%BF%20ho%E1%BA%A1ch.txt')
  })
  it('encodes each path segment of a URI', () => {
    expect(fileUri('a b\\c#d.txt')).toBe('a%20b/c%23d.txt')
  })
})

describe('a file name or message with controls in it (issue 12, injection)', () => {
  const EVIL = 'docs/x\u001b]0;owned\u0007\u001b[2J 100%\r\nplan: forged.txt\u009b8m'
  const report = () => ({
    files: [EVIL, 'ok.txt'],
    results: [{ file: EVIL, findings: [{ ruleId: 'unreadable' as const, severity: 'error' as const, line: 1, column: 1, message: 'bad\u001b[1A\u001b[2K %\nnext' }] }],
    summary: { files: 2, errors: 1, warnings: 0 },
  })
  const C0C1 = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

  it('pretty shows them as text, one line per finding', () => {
    const out = pretty(report(), opts)
    expect(out).not.toMatch(C0C1)
    expect(out.split('\n')[0]).toBe('docs/x\\x1b]0;owned\\x07\\x1b[2J 100%\\r\\nplan: forged.txt\\x9b8m')
    expect(out.split('\n').filter((l) => l.startsWith('plan:'))).toEqual([])
  })

  it('github escapes %, CR and LF as %25, %0D, %0A and shows any other control', () => {
    const out = github(report(), opts)
    const lines = out.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(out).not.toMatch(C0C1)
    expect(lines[0]).toBe(
      '::error file=docs/x\\x1b]0;owned\\x07\\x1b[2J 100%25%0D%0Aplan%3A forged.txt\\x9b8m,line=1,col=1,title=plan check%3A unreadable::bad\\x1b[1A\\x1b[2K %25%0Anext',
    )
  })

  it('junit carries no C0 control, and an attribute no line break', () => {
    const out = junit(report(), opts)
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/)
    const doc = parseXml(out)
    const cases = doc.children[0].children
    expect(cases[0].attrs.name).toBe('docs/x\\x1b]0;owned\\x07\\x1b[2J 100%\\r\\nplan: forged.txt\\x9b8m')
    expect(cases[0].children[0].attrs.message).not.toMatch(/[\r\n]/)
  })
})

describe('property: no reporter lets a control character through', () => {
  it('pretty, github and junit, on any file name and message', async () => {
    const fc = (await import('fast-check')).default
    const text = fc.string({ unit: fc.oneof(fc.integer({ min: 0, max: 0xa0 }).map((c) => String.fromCharCode(c)), fc.constantFrom('%', ':', ',', '<', '&', '"', 'đ', '\u202e', '\u2028')) })
    fc.assert(
      fc.property(text, text, (file, message) => {
        const report = { files: [file], results: [{ file, findings: [{ ruleId: 'unreadable' as const, severity: 'error' as const, line: 1, column: 1, message }] }], summary: { files: 1, errors: 1, warnings: 0 } }
        expect(pretty(report, opts).replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u202e]/)
        const gh = github(report, opts)
        expect(gh.trimEnd().split('\n')).toHaveLength(2)
        expect(gh.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
        const xml = junit(report, opts)
        expect(xml).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/)
        expect(parseXml(xml).children[0].children[0].attrs.name).not.toMatch(/[\r\n\t]/)
      }),
      { numRuns: 500 },
    )
  })
})
