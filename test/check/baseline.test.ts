// The baseline: findings known by file, rule and message (not line), counted; only new ones are left.
import { describe, expect, it } from 'vitest'
import { applyBaseline, makeBaseline, parseBaseline } from '../../src/check/baseline.js'
import type { FileResult, Finding } from '../../src/check/types.js'

const f = (line: number, message: string, severity: Finding['severity'] = 'warning'): Finding => ({ ruleId: 'task-no-lead', severity, line, column: 1, message })
const id = (s: string) => s

describe('baseline', () => {
  it('counts each file, rule and message, sorted', () => {
    const b = makeBaseline([{ file: 'b.txt', findings: [f(1, 'x'), f(9, 'x')] }, { file: 'a.txt', findings: [f(2, 'y', 'error')] }], id)
    expect(b).toEqual({
      version: 1,
      findings: [
        { file: 'a.txt', ruleId: 'task-no-lead', message: 'y', count: 1 },
        { file: 'b.txt', ruleId: 'task-no-lead', message: 'x', count: 2 },
      ],
    })
  })
  it('a known finding on another line stays known; one more copy of it, or a new message, is new', () => {
    const b = makeBaseline([{ file: 'a.txt', findings: [f(3, 'x'), f(5, 'y', 'error')] }], id)
    const now: FileResult[] = [{ file: 'a.txt', findings: [f(13, 'x'), f(14, 'x'), f(15, 'y', 'error'), f(16, 'z')] }, { file: 'b.txt', findings: [f(1, 'y')] }]
    const r = applyBaseline(now, b, id)
    expect(r.results).toEqual([{ file: 'a.txt', findings: [f(14, 'x'), f(16, 'z')] }, { file: 'b.txt', findings: [f(1, 'y')] }])
    expect(r.known).toEqual({ errors: 1, warnings: 1 })
  })
  it('names the other file of a duplicate as the baseline names files, so the run may start anywhere', () => {
    const dup = (other: string): Finding => ({ ruleId: 'duplicate-number', severity: 'error', line: 1, column: 1, message: `document number "1" is also used by ${other}`, related: other })
    const b = makeBaseline([{ file: 'docs/b.txt', findings: [dup('docs/a.txt')] }], (f) => `../${f}`)
    expect(b.findings[0]).toMatchObject({ file: '../docs/b.txt', message: 'document number "1" is also used by ../docs/a.txt' })
    expect(applyBaseline([{ file: '../docs/b.txt', findings: [dup('../docs/a.txt')] }], b, (f) => f.replace(/^\.\.\//, '../')).results).toEqual([])
    expect(applyBaseline([{ file: '../docs/b.txt', findings: [dup('../docs/c.txt')] }], b, id).results).toHaveLength(1)
  })
  it('refuses what is not a baseline, naming the file', () => {
    expect(() => parseBaseline('{', 'b.json')).toThrow(/^b\.json: not valid JSON/)
    expect(() => parseBaseline('{"version":2,"findings":[]}', 'b.json')).toThrow(/b\.json: not a plan check baseline \(expected "version": 1\)/)
    expect(() => parseBaseline('{"version":1,"findings":[{"file":"a","ruleId":"r","message":"m","count":0}]}', 'b.json')).toThrow(/findings\.0 needs/)
    expect(parseBaseline('{"version":1,"findings":[]}', 'b.json').findings).toEqual([])
  })
})
