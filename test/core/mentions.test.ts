// The bodies a block names (src/core/grammar/mentions.ts): the head of a body acting for it gives the body.
import { describe, expect, it } from 'vitest'
import { mentionsIn, withoutHeadTitles, withoutMentions } from '../../src/core/grammar/mentions.js'
import { findAgencies } from '../../src/core/agencies/index.js'
import { segment } from '../../src/core/read/segment.js'

const names = (text: string) => mentionsIn(segment([text], false)[0]).map((m) => m.name)

describe('mentionsIn: the head of a body', () => {
  it('"Bộ trưởng Bộ X", "Chủ tịch Ủy ban nhân dân tỉnh Y" give the body', () => {
    expect(names('Bộ trưởng Bộ Công an chỉ đạo lực lượng chức năng.')).toEqual(['Bộ Công an'])
    expect(names('Chủ tịch Ủy ban nhân dân tỉnh Lào Cai kiểm tra, chỉ đạo.')).toEqual(['Ủy ban nhân dân tỉnh Lào Cai'])
  })
  it('"Chánh Văn phòng X", "Chánh Thanh tra tỉnh": the office the chief heads opens the text, so it is the subject', () => {
    expect(withoutHeadTitles('Chánh Văn phòng Ban Chỉ đạo phòng thủ dân sự quốc gia phối hợp').trimStart()).toMatch(/^Văn phòng Ban Chỉ đạo/u)
    expect(withoutHeadTitles('Chánh Thanh tra tỉnh tổ chức kiểm tra.').trimStart()).toMatch(/^Thanh tra tỉnh/u)
    expect(names('Chánh Thanh tra tỉnh tổ chức kiểm tra.')).toEqual(['Thanh tra tỉnh'])
    // "Chánh án" heads a court: the court after it is named as before
    expect(withoutHeadTitles('Chánh án Tòa án nhân dân tỉnh chỉ đạo').trimStart()).toMatch(/^Tòa án/u)
  })
  it('a deputy is a person, not the body; titles are blanked, so offsets hold', () => {
    expect(names('Phó Chánh Văn phòng Ủy ban nhân dân tỉnh dự họp.')).not.toContain('Văn phòng Ủy ban nhân dân tỉnh')
    expect(withoutHeadTitles('Bộ trưởng Bộ Y tế')).toHaveLength('Bộ trưởng Bộ Y tế'.length)
  })
})

describe('withRegions: a national body\'s regional branch', () => {
  it('"Ngân hàng Nhà nước khu vực XII", "Kho bạc Nhà nước - Chi nhánh Khu vực 3" are bodies of their own, named as written', () => {
    expect(names('Ngân hàng Nhà nước khu vực XII chủ động triển khai thực hiện Kế hoạch.')).toEqual(['Ngân hàng Nhà nước khu vực XII'])
    expect(names('Kho bạc Nhà nước - Chi nhánh Khu vực 3 phối hợp.')).toEqual(['Kho bạc Nhà nước - Chi nhánh Khu vực 3'])
  })
  it('without a region the national body is named as the lexicon names it; "khu vực" with no number is no region', () => {
    expect(names('Ngân hàng Nhà nước chủ trì.')).toEqual(['Ngân hàng Nhà nước Việt Nam'])
    expect(names('Ngân hàng Nhà nước khu vực phía Nam chủ trì.')).toEqual(['Ngân hàng Nhà nước Việt Nam'])
  })
})

describe('withoutMentions', () => {
  it('leaves what stands around the names: a list of names leaves only its separators', () => {
    const text = 'Sở Y tế, Sở Tài chính và Sở Xây dựng;'
    expect(withoutMentions(text, findAgencies(text))).toBe(',  và ;')
    expect(withoutMentions('Sở Y tế kiểm tra', findAgencies('Sở Y tế kiểm tra'))).toBe(' kiểm tra')
  })
})
