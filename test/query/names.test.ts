import { describe, expect, it } from 'vitest'
import { agencyKey } from '../../src/query/names.js'

describe('agencyKey (the matching rule of --chu-tri / --phoi-hop / --agency)', () => {
  it('case, diacritics, tone placement and abbreviations do not matter', () => {
    const k = agencyKey('Ban Tổ chức Trung ương')
    for (const q of ['ban to chuc tw', 'Ban Tổ chức TW', 'BAN TỔ CHỨC TRUNG ƯƠNG', 'ban tổ chức trung ương']) expect(agencyKey(q), q).toBe(k)
    expect(agencyKey('Ủy ban Kiểm tra Trung ương')).toBe(agencyKey('UBKT TW'))
    expect(agencyKey('Ban Tổ chức Tỉnh ủy')).toBe(agencyKey('BAN TỔ CHỨC TỈNH UỶ'))
  })
  it('different bodies keep different keys', () => {
    expect(agencyKey('Ban Tổ chức Trung ương')).not.toBe(agencyKey('Ban Tổ chức Tỉnh ủy'))
    expect(agencyKey('Ban Tổ chức Trung ương')).not.toBe(agencyKey('Ban Tuyên giáo Trung ương'))
  })
})
