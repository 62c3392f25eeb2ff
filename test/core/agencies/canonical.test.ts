import { describe, expect, it } from 'vitest'
import { agencyKey, canonicalAgency, isGenericName, suggestAgencies } from '../../../src/core/agencies/index.js'

describe('canonicalAgency', () => {
  it.each([
    ['Ban Tổ chức Tỉnh ủy:', 'Ban Tổ chức Tỉnh ủy'],
    ['a)- Ban Tổ chức Tỉnh ủy:', 'Ban Tổ chức Tỉnh ủy'],
    ['2.2- Ban Tổ chức Trung ương', 'Ban Tổ chức Trung ương'],
    ['Ban Chỉ đạo Phòng, chống tham nhũng tỉnh:', 'Ban Chỉ đạo phòng, chống tham nhũng tỉnh'],
    ['Sở KH&ĐT', 'Sở Kế hoạch và Đầu tư'],
    ['f)- Ban Cán sự Đảng Ủy ban nhân dân tỉnh:', 'Ban cán sự đảng Ủy ban nhân dân tỉnh'],
    ['**BAN DÂN VẬN TỈNH UỶ**', 'Ban Dân vận Tỉnh ủy'],
    ['Bộ Công thương (chủ trì)', 'Bộ Công Thương'],
  ])('%s → %s', (phrase, name) => {
    expect(canonicalAgency(phrase)).toEqual({ name, generic: false })
  })

  it('collectives are named and flagged', () => {
    expect(canonicalAgency('Các cơ quan liên quan')).toEqual({ name: 'các cơ quan liên quan', generic: true })
  })

  it.each(['Ban Tổ chức Trung ương chủ trì', 'Văn phòng', 'Mục đích, yêu cầu', 'Sở KH&ĐT, Sở Tài chính', '', 'Bí thư Tỉnh ủy'])('%s → null', (phrase) => {
    expect(canonicalAgency(phrase)).toBeNull()
  })
})

describe('agencyKey', () => {
  it('one key for the written, abbreviated, capitalised and unmarked forms', () => {
    const key = agencyKey('Ban Tổ chức Trung ương')
    expect(key).toBe('ban to chuc trung uong')
    for (const q of ['ban to chuc tw', 'Ban Tổ chức TW', 'BAN TỔ CHỨC TRUNG ƯƠNG', 'Ban Tổ chức T.Ư']) expect(agencyKey(q)).toBe(key)
  })

  it('old tone placement and abbreviations of local bodies', () => {
    expect(agencyKey('UBND tỉnh')).toBe(agencyKey('Uỷ ban nhân dân tỉnh'))
    expect(agencyKey('van phong trung uong')).toBe(agencyKey('Văn phòng Trung ương Đảng'))
    expect(agencyKey('so kh&dt')).toBe(agencyKey('Sở Kế hoạch và Đầu tư'))
  })
})

describe('isGenericName', () => {
  it.each([
    ['các cơ quan liên quan', true], ['UBND các huyện, thị xã, thành phố', true], ['cấp có thẩm quyền', true], ['một số cơ quan liên quan', true],
    ['Đảng ủy Khối các cơ quan Trung ương', false], ['Ban Tổ chức Trung ương', false], ['Ủy ban Kiểm tra các cấp', true],
  ])('%s → %s', (name, generic) => {
    expect(isGenericName(name)).toBe(generic)
  })
})

describe('suggestAgencies', () => {
  const known = ['Ban Tổ chức Trung ương', 'Ban Tuyên giáo Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Ủy ban Kiểm tra Trung ương', 'Đảng đoàn Quốc hội']

  it('finds a name from a misspelt, unmarked query', () => {
    expect(suggestAgencies('ban to chuc trung uogn', known)[0]).toBe('Ban Tổ chức Trung ương')
    expect(suggestAgencies('dang doan quoc hoi', known, 1)).toEqual(['Đảng đoàn Quốc hội'])
  })

  it('names containing the query come first; far names are left out', () => {
    expect(suggestAgencies('Tỉnh ủy', known).slice(0, 2).sort()).toEqual(['Ban Tuyên giáo Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy'].sort())
    expect(suggestAgencies('Bộ Quốc phòng', known)).toEqual([])
  })
})
