// duplicate-number: the cross-file rule keeps one small key per number and reports every later file.
import { describe, expect, it } from 'vitest'
import { DuplicateNumbers, numberSummary } from '../../../src/check/rules/duplicate-number.js'
import { doc, ref } from '../build.js'

describe('duplicate-number', () => {
  it('reports the second file with the same number, issuer and year, naming the first, at the number', () => {
    const text = 'TỈNH ỦY\nSố 15-KH/TU   ngày 4/4/2024\n'
    const a = numberSummary(doc(), text)
    const b = numberSummary(doc({ meta: { number: '15 - KH/TU' } }), text.replace('15-KH/TU', '15 - KH/TU'))
    const seen = new DuplicateNumbers()
    expect(seen.see('a.txt', a)).toEqual([])
    const hits = seen.see('b.txt', b)
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({ line: 2, column: 4 })
    expect(hits[0].message).toBe('document number "15 - KH/TU" is also used by a.txt')
    expect(seen.see('c.txt', numberSummary(doc(), text))[0].message).toContain('a.txt')
  })

  it('does not fire for different numbers, issuers or years, nor for documents with no number', () => {
    const seen = new DuplicateNumbers()
    expect(seen.see('a.txt', numberSummary(doc(), null))).toEqual([])
    expect(seen.see('b.txt', numberSummary(doc({ meta: { number: '16-KH/TU' } }), null))).toEqual([])
    expect(seen.see('c.txt', numberSummary(doc({ meta: { issuer: ref('Tỉnh ủy Bến Tre') } }), null))).toEqual([])
    expect(seen.see('d.txt', numberSummary(doc({ meta: { issuedOn: '2025-01-02' } }), null))).toEqual([])
    expect(numberSummary(doc({ meta: { number: null } }), null)).toBeNull()
    expect(seen.see('e.txt', null)).toEqual([])
  })
})
