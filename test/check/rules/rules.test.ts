// Each per-document rule on a document that triggers it and on one that does not.
import { describe, expect, it } from 'vitest'
import { agencyUnknown } from '../../../src/check/rules/agency-unknown.js'
import { dateImpossible } from '../../../src/check/rules/date-impossible.js'
import { deadlineBeforeIssue } from '../../../src/check/rules/deadline-before-issue.js'
import { deadlineUnreadable } from '../../../src/check/rules/deadline-unreadable.js'
import { DOC_RULES, RULES, defaultSettings } from '../../../src/check/rules/index.js'
import { legacyTone } from '../../../src/check/rules/legacy-tone.js'
import { metaMissing } from '../../../src/check/rules/meta-missing.js'
import { taskNoDeadline } from '../../../src/check/rules/task-no-deadline.js'
import { taskNoLead } from '../../../src/check/rules/task-no-lead.js'
import { taskOverdue } from '../../../src/check/rules/task-overdue.js'
import { unicodeNormalised } from '../../../src/check/rules/unicode-normalised.js'
import { RULE_IDS, type RuleContext } from '../../../src/check/types.js'
import { buildRegistry } from '../../../src/config/registry.js'
import { agency, deadline, diag, doc, ref, task } from '../build.js'

const ctx: RuleContext = { asOf: null, registry: null }

describe('rule table', () => {
  it('describes every rule id once, with a default', () => {
    for (const id of RULE_IDS) {
      expect(RULES[id].id).toBe(id)
      expect(RULES[id].description.length).toBeGreaterThan(10)
    }
    expect(new Set(DOC_RULES.map((r) => r.id)).size).toBe(DOC_RULES.length)
  })

  it('keeps task-no-deadline, legacy-tone off by default; errors for impossible dates, warnings for early ones', () => {
    const d = defaultSettings()
    expect(d['task-no-deadline']).toBe('off')
    expect(d['legacy-tone']).toBe('off')
    expect(d['date-impossible']).toBe('error')
    expect(d['deadline-before-issue']).toBe('warn')
    expect(d.unreadable).toBe('error')
  })
})

describe('meta-missing', () => {
  it('names each missing field', () => {
    const hits = metaMissing.check(doc({ meta: { number: null, issuer: null } }), ctx)
    expect(hits).toHaveLength(1)
    expect(hits[0].message).toMatch(/number, issuer/)
    expect(hits[0].message).not.toMatch(/date/)
  })
  it('uses the position of the parser diagnostic when there is one', () => {
    const hits = metaMissing.check(doc({ meta: { issuedOn: null }, diagnostics: [diag('meta-missing', 3, 7)] }), ctx)
    expect(hits[0]).toMatchObject({ line: 3, column: 7 })
  })
  it('is silent on a complete document and on a news article', () => {
    expect(metaMissing.check(doc(), ctx)).toEqual([])
    expect(metaMissing.check(doc({ meta: { kind: 'tin-bai', number: null, issuer: null, issuedOn: null } }), ctx)).toEqual([])
  })
})

describe('task-no-lead', () => {
  it('reports a task with an empty lead at its line', () => {
    const hits = taskNoLead.check(doc({ tasks: [task(), task({ line: 22, lead: [], text: 'Rà soát\nquy chế' })] }), ctx)
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({ line: 22, column: 1 })
    expect(hits[0].message).toBe('task has no lead: "Rà soát quy chế"')
  })
  it('is silent when every task has a lead, generic ones included', () => {
    expect(taskNoLead.check(doc({ tasks: [task(), task({ lead: [ref('các cơ quan liên quan', true)] })] }), ctx)).toEqual([])
  })
})

describe('task-no-deadline', () => {
  it('reports a task with neither deadline nor recurrence', () => {
    expect(taskNoDeadline.check(doc({ tasks: [task({ line: 4 })] }), ctx)).toMatchObject([{ line: 4 }])
  })
  it('accepts a dated or a recurring task', () => {
    const d = doc({ tasks: [task({ deadline: deadline('2024-12-31') }), task({ recurrence: 'yearly' })] })
    expect(taskNoDeadline.check(d, ctx)).toEqual([])
  })
})

describe('rules that surface parser diagnostics', () => {
  const cases = [
    [deadlineUnreadable, 'deadline-unreadable'],
    [dateImpossible, 'date-impossible'],
    [unicodeNormalised, 'unicode-normalised'],
    [legacyTone, 'legacy-tone'],
  ] as const
  for (const [rule, code] of cases) {
    it(`${rule.id} reports each "${code}" diagnostic, and nothing else`, () => {
      const d = doc({ diagnostics: [diag(code, 12, 5, `msg for ${code}`), diag('task-no-lead', 2, 1)] })
      expect(rule.check(d, ctx)).toEqual([{ line: 12, column: 5, message: `msg for ${code}` }])
      expect(rule.check(doc({ diagnostics: [diag('meta-missing', 1, 1)] }), ctx)).toEqual([])
    })
  }
})

describe('deadline-before-issue', () => {
  it('reports a deadline earlier than the date of issue, at the deadline', () => {
    const d = doc({ meta: { issuedOn: '2024-04-04' }, tasks: [task({ deadline: deadline('2024-03-31', 'quý I/2024', 14) })] })
    const hits = deadlineBeforeIssue.check(d, ctx)
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({ line: 14, column: 20 })
    expect(hits[0].message).toContain('2024-03-31')
    expect(hits[0].message).toContain('2024-04-04')
  })
  it('accepts deadlines on or after the date, and documents with no date', () => {
    expect(deadlineBeforeIssue.check(doc({ tasks: [task({ deadline: deadline('2024-04-04') })] }), ctx)).toEqual([])
    expect(deadlineBeforeIssue.check(doc({ meta: { issuedOn: null }, tasks: [task({ deadline: deadline('2000-01-01') })] }), ctx)).toEqual([])
  })
})

describe('task-overdue', () => {
  const d = doc({ tasks: [task({ deadline: deadline('2024-06-30') }), task({ deadline: deadline('2024-12-31') }), task()] })
  it('reports tasks whose deadline is before the as-of date', () => {
    const hits = taskOverdue.check(d, { ...ctx, asOf: '2024-07-01' })
    expect(hits).toHaveLength(1)
    expect(hits[0].message).toContain('since 2024-06-30')
  })
  it('is silent without an as-of date, and for a deadline on the as-of day', () => {
    expect(taskOverdue.check(d, ctx)).toEqual([])
    expect(taskOverdue.check(d, { ...ctx, asOf: '2024-06-30' })).toEqual([])
  })
})

describe('agency-unknown', () => {
  const registry = buildRegistry([{ name: 'Ban Tổ chức Tỉnh ủy', aliases: ['BTC Tỉnh ủy'] }, { name: 'Ban Tuyên giáo Tỉnh ủy' }, { name: 'Sở Nội vụ' }])
  it('reports a body not in the registry, with the nearest names', () => {
    const d = doc({ agencies: [agency('Ban Tổ chức Tỉnh ủy'), agency('Ban Tổ chức Tỉnh uỷ Trà Vinh', 8)] })
    const hits = agencyUnknown.check(d, { ...ctx, registry })
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({ line: 8, column: 3 })
    expect(hits[0].message).toContain('"Ban Tổ chức Tỉnh uỷ Trà Vinh"')
    expect(hits[0].message).toMatch(/did you mean "Ban Tổ chức Tỉnh ủy"/)
  })
  it('accepts names, aliases, old tone placement and generic collectives; silent with no registry', () => {
    const d = doc({
      agencies: [agency('Ban Tổ chức Tỉnh uỷ'), agency('X', 3, false, ['BTC Tỉnh ủy']), agency('các cơ quan liên quan', 4, true), agency('sở nội vụ')],
    })
    expect(agencyUnknown.check(d, { ...ctx, registry })).toEqual([])
    expect(agencyUnknown.check(doc({ agencies: [agency('Bộ Ngoại giao')] }), ctx)).toEqual([])
  })
  it('checks the bodies given work, reported to or issuing, not passing mentions or recipients', () => {
    const d = doc({ agencies: [agency('Công an tỉnh', 3, false, undefined, 'mention'), agency('Sở Y tế', 4, false, undefined, 'recipient'), agency('Sở Xây dựng', 6, false, undefined, 'reportsTo')] })
    expect(agencyUnknown.check(d, { ...ctx, registry }).map((h) => h.line)).toEqual([6])
  })
  it('offers no suggestion when nothing is close', () => {
    const hits = agencyUnknown.check(doc({ agencies: [agency('Công an tỉnh')] }), { ...ctx, registry })
    expect(hits[0].message).not.toContain('did you mean')
  })
})
