// Whole phrases and user queries (src/core/agencies/canonical.ts): canonicalAgency and agencyKey, one rule a test.
import { describe, expect, it } from 'vitest'
import { agencyKey, canonicalAgency } from '../../../src/core/agencies/index.js'

describe('canonicalAgency', () => {
  it('markup marks stand for spaces: Ban_Tổ_chức_Tỉnh_ủy', () => {
    expect(canonicalAgency('Ban_Tổ_chức_Tỉnh_ủy')).toEqual({ name: 'Ban Tổ chức Tỉnh ủy', generic: false })
  })

  it('a bare Party board is a body of its own, a bare Văn phòng is not', () => {
    expect(canonicalAgency('Ban Tổ chức')).toEqual({ name: 'Ban Tổ chức', generic: false })
    expect(canonicalAgency('Ban Thường vụ')).toEqual({ name: 'Ban Thường vụ', generic: false })
    expect(canonicalAgency('Văn phòng Tỉnh ủy')).toEqual({ name: 'Văn phòng Tỉnh ủy', generic: false })
    expect(canonicalAgency('Văn phòng')).toBeNull()
  })
})

describe('agencyKey: queries that name no body', () => {
  it('an abbreviation written as the lexicon spells it is spelt out: Hội nghị TU, Hội nghị btctu', () => {
    expect(agencyKey('Hội nghị TU lần thứ 5')).toBe('hoi nghi tinh uy lan thu 5')
    expect(agencyKey('Hội nghị btctu')).toBe('hoi nghi ban to chuc tinh uy')
  })

  it('a lower-case form that is also a word stays a word among other words: hội nghị tu, tu hành', () => {
    expect(agencyKey('hội nghị tu')).toBe('hoi nghi tu')
    expect(agencyKey('tu hành')).toBe('tu hanh')
  })

  it('a form that lost its case reads as the abbreviation spelt without a mark: T.u is T.U (Tỉnh ủy), not T.Ư', () => {
    expect(agencyKey('T.u')).toBe('tinh uy')
    expect(agencyKey('btc t.u')).toBe('ban to chuc tinh uy')
  })

  it('a mark the abbreviation does not carry was not lost: HÚ is not HU', () => {
    expect(agencyKey('HÚ')).toBe('hu')
    expect(agencyKey('HU')).toBe('huyen uy')
  })

  it('a lone abbreviation is read with spaces around it, not with punctuation: " tư " is Trung ương, "(tư)" is not', () => {
    expect(agencyKey(' tư ')).toBe('trung uong')
    expect(agencyKey(' tu ')).toBe('tinh uy')
    expect(agencyKey('(tư)')).toBe('tu')
  })

  it('an empty query has an empty key', () => {
    expect(agencyKey('')).toBe('')
  })
})
