// The tails that complete a head (src/core/agencies/scope.ts): a place, a level of local government, a Party scope.
// Read through findAgencies; a collective (generic) name is written with a leading "~".
import { describe, expect, it } from 'vitest'
import { findAgencies } from '../../../src/core/agencies/index.js'

const names = (text: string) => findAgencies(text).map((m) => (m.generic ? `~${m.name}` : m.name))
const spans = (text: string) => findAgencies(text).map((m) => [m.name, m.text])

describe('places', () => {
  it('a province named without its level completes a local body: Sở Xây dựng Lâm Đồng, Công an Hà Nội; other names do not', () => {
    expect(names('phối hợp với Sở Xây dựng Lâm Đồng và các cơ quan')).toEqual(['Sở Xây dựng Lâm Đồng', '~các cơ quan'])
    expect(names('Công an Hà Nội chủ trì')).toEqual(['Công an Hà Nội'])
    expect(names('Ban Quản lý các khu công nghiệp Bình Thuận chủ động')).toEqual(['Ban Quản lý các khu công nghiệp Bình Thuận'])
    expect(names('Sở Y tế Phòng chống dịch')).toEqual(['Sở Y tế'])
  })

  it('a place whose first word folds to an abbreviation is the place: "Cà Mau", "CÀ MAU" are no "CA" (Công an); "CA" still is', () => {
    expect(names('Ủy ban nhân dân tỉnh Cà Mau chỉ đạo')).toEqual(['Ủy ban nhân dân tỉnh Cà Mau'])
    expect(names('ỦY BAN NHÂN DÂN TỈNH CÀ MAU')).toEqual(['Ủy ban nhân dân tỉnh Cà Mau'])
    expect(names('CA tỉnh Lâm Đồng')).toEqual(['Công an tỉnh Lâm Đồng'])
  })

  it('a ward is named by a number of up to three digits: UBND phường 12', () => {
    expect(names('UBND phường 12 thực hiện')).toEqual(['Ủy ban nhân dân phường 12'])
  })

  it('HCM after a level is Hồ Chí Minh: UBND thành phố HCM', () => {
    expect(spans('UBND thành phố HCM chủ trì')).toEqual([['Ủy ban nhân dân thành phố Hồ Chí Minh', 'UBND thành phố HCM']])
  })

  it('a province\'s name a scan damaged is its true name (lexicon/provinces.tsv): UBND tỉnh Phú Tho, UBND tỉnh Dong } Nai', () => {
    expect(names('UBND tỉnh Phú Tho tập trung giải quyết')).toEqual(['Ủy ban nhân dân tỉnh Phú Thọ'])
    expect(spans('UBND tỉnh Dong } Nai chỉ đạo')).toEqual([['Ủy ban nhân dân tỉnh Đồng Nai', 'UBND tỉnh Dong } Nai']])
    // a place that is no province keeps the marks it has
    expect(names('UBND huyện Phú Tân chủ trì')).toEqual(['Ủy ban nhân dân huyện Phú Tân'])
  })

  it('a place written with a dash is one place: UBND tỉnh Bà Rịa - Vũng Tàu', () => {
    expect(names('UBND tỉnh Bà Rịa - Vũng Tàu chủ trì')).toEqual(['Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu'])
  })

  it('a place in capitals joined by a dash keeps each part\'s capital: "HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU"', () => {
    expect(names('HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU')).toEqual(['Hội đồng nhân dân tỉnh Bà Rịa-Vũng Tàu'])
  })

  it('a dash before a body, or at the end of the line, ends the place: UBND tỉnh Lâm Đồng - Sở Y tế', () => {
    expect(spans('UBND tỉnh Lâm Đồng - Sở Y tế')).toEqual([['Ủy ban nhân dân tỉnh Lâm Đồng', 'UBND tỉnh Lâm Đồng'], ['Sở Y tế', 'Sở Y tế']])
    expect(spans('Sở Y tế tỉnh Lâm Đồng -')).toEqual([['Sở Y tế tỉnh Lâm Đồng', 'Sở Y tế tỉnh Lâm Đồng']])
  })

  it('a place is at most five words, and a dash left at its end is not part of it: UBND xã Đinh Văn Lâm Hà - Đức Trọng', () => {
    expect(spans('UBND xã Đinh Văn Lâm Hà - Đức Trọng')).toEqual([['Ủy ban nhân dân xã Đinh Văn Lâm Hà', 'UBND xã Đinh Văn Lâm Hà']])
  })

  it('a number after the name of a place ends it: UBND xã Bảo Lâm 1 Lâm Đồng', () => {
    expect(spans('UBND xã Bảo Lâm 1 Lâm Đồng')).toEqual([['Ủy ban nhân dân xã Bảo Lâm 1', 'UBND xã Bảo Lâm 1']])
  })

  it('a place whose last word also begins bodies may end the text: Sở Y tế tỉnh Lâm Đồng, UBND thành phố Hải Phòng', () => {
    expect(names('Sở Y tế tỉnh Lâm Đồng')).toEqual(['Sở Y tế tỉnh Lâm Đồng'])
    expect(names('UBND thành phố Hải Phòng')).toEqual(['Ủy ban nhân dân thành phố Hải Phòng'])
  })

  it('a place written as one abbreviation is one specific place: UBND TP.HCM', () => {
    expect(findAgencies('UBND TP.HCM').map((m) => [m.name, m.generic])).toEqual([['Ủy ban nhân dân thành phố Hồ Chí Minh', false]])
  })
})

describe('levels of local government', () => {
  it('a national association takes Việt Nam or a level: Hội Nông dân Việt Nam, Hội Nông dân tỉnh Lâm Đồng', () => {
    expect(names('Hội Nông dân Việt Nam')).toEqual(['Hội Nông dân Việt Nam'])
    expect(names('Hội Liên hiệp Phụ nữ Việt Nam chủ trì')).toEqual(['Hội Liên hiệp Phụ nữ Việt Nam'])
    expect(names('Hội Nông dân tỉnh Lâm Đồng')).toEqual(['Hội Nông dân tỉnh Lâm Đồng'])
  })

  it('"các cấp" and "cùng cấp" are plural scopes: Ủy ban nhân dân các cấp, Hội đồng nhân dân cùng cấp', () => {
    expect(names('Ủy ban nhân dân các cấp')).toEqual(['~Ủy ban nhân dân các cấp'])
    expect(spans('Hội đồng nhân dân cùng cấp giám sát')).toEqual([['Hội đồng nhân dân cùng cấp', 'Hội đồng nhân dân cùng cấp']])
  })

  it('levels joined by a comma, "và" or "/" are one plural scope: UBND các huyện và thành phố, UBND các xã/phường, UBND cấp tỉnh, huyện', () => {
    expect(spans('UBND các huyện và thành phố')).toEqual([['Ủy ban nhân dân các huyện, thành phố', 'UBND các huyện và thành phố']])
    expect(spans('UBND các xã/phường')).toEqual([['Ủy ban nhân dân các xã, phường', 'UBND các xã/phường']])
    expect(names('UBND cấp tỉnh, huyện')).toEqual(['~Ủy ban nhân dân cấp tỉnh, huyện'])
  })

  it('levels a dash joins are every one of them: Kho bạc Nhà nước quận - huyện, UBND phường - xã, thị trấn', () => {
    expect(names('Kho bạc Nhà nước Thành phố, Kho bạc Nhà nước quận - huyện')).toEqual(['Kho bạc Nhà nước thành phố', '~Kho bạc Nhà nước quận, huyện'])
    expect(names('Ủy ban nhân dân phường - xã, thị trấn')).toEqual(['~Ủy ban nhân dân phường, xã, thị trấn'])
    // (a dash before a body is no such join)
    expect(names('UBND tỉnh - Sở Y tế')).toEqual(['Ủy ban nhân dân tỉnh', 'Sở Y tế'])
  })

  it('a project management board takes its level and place: Ban Quản lý dự án đầu tư xây dựng xã Trấn Yên, Ban QLDA ĐTXD huyện Lâm Hà', () => {
    expect(names('Ban Quản lý dự án đầu tư xây dựng xã Trấn Yên chủ trì')).toEqual(['Ban Quản lý dự án đầu tư xây dựng xã Trấn Yên'])
    expect(names('Ban QLDA ĐTXD huyện Lâm Hà phối hợp')).toEqual(['Ban Quản lý dự án đầu tư xây dựng huyện Lâm Hà'])
    // (with no level it is none in particular)
    expect(names('Ban Quản lý dự án chủ trì')).toEqual([])
  })

  it('"thành phó", as OCR reads "thành phố", is the level: Uy ban nhân dân thành phó Hà Nội', () => {
    expect(names('phối hợp Uy ban nhân dân thành phó Hà Nội và Đài truyền hình Việt Nam')).toEqual(['Ủy ban nhân dân thành phố Hà Nội', 'Đài Truyền hình Việt Nam'])
  })

  it('one level after "các", or two levels, are plural; one level alone is not: UBND các xã, UBND tỉnh, huyện, UBND tỉnh', () => {
    expect(names('UBND các xã thực hiện')).toEqual(['~Ủy ban nhân dân các xã'])
    expect(names('UBND tỉnh, huyện')).toEqual(['~Ủy ban nhân dân tỉnh, huyện'])
    expect(names('UBND tỉnh thực hiện')).toEqual(['Ủy ban nhân dân tỉnh'])
  })

  it('"trực thuộc (Trung ương)" after plural levels belongs to them; other words after them do not', () => {
    expect(spans('Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương')).toEqual([
      ['Ủy ban nhân dân các tỉnh, thành phố', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
    ])
    expect(spans('UBND các xã trực thuộc')).toEqual([['Ủy ban nhân dân các xã', 'UBND các xã trực thuộc']])
    expect(spans('UBND các huyện có liên quan và Ban Chỉ đạo Trung ương')).toEqual([
      ['Ủy ban nhân dân các huyện', 'UBND các huyện'], ['Ban Chỉ đạo Trung ương', 'Ban Chỉ đạo Trung ương'],
    ])
  })

  it('a region after plural levels belongs to them, as the lexicon marks it ("các xã ven biển", "các tỉnh miền núi")', () => {
    expect(spans('Ủy ban nhân dân các xã ven biển sơ tán người dân')).toEqual([['Ủy ban nhân dân các xã', 'Ủy ban nhân dân các xã ven biển']])
    expect(spans('UBND các xã biên giới và Sở Y tế')).toEqual([['Ủy ban nhân dân các xã', 'UBND các xã biên giới'], ['Sở Y tế', 'Sở Y tế']])
    // (a word the lexicon keeps only after a collective's noun, "liên quan", is still not the levels')
    expect(spans('UBND các huyện liên quan')).toEqual([['Ủy ban nhân dân các huyện', 'UBND các huyện']])
  })

  it('one level followed by "trực thuộc" names a kind of place, not the scope of the head: Ủy ban nhân dân thành phố trực thuộc Trung ương', () => {
    expect(spans('Ủy ban nhân dân thành phố trực thuộc Trung ương')).toEqual([['Ủy ban nhân dân', 'Ủy ban nhân dân']])
  })
})

describe('Party scopes', () => {
  it('"Trung ương" before Đoàn or Hội is the Union\'s or the Association\'s centre, not the Party\'s', () => {
    const found = names('Ban Tuyên giáo Trung ương Đoàn')
    expect(found).not.toContain('Ban Tuyên giáo Trung ương')
    expect(found).toContain('Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh')
    expect(names('Ban Chấp hành Trung ương Hội Nông dân Việt Nam')).not.toContain('Ban Chấp hành Trung ương')
  })

  it('a committee of the lexicon is a scope: Ủy ban Kiểm tra Quân ủy Trung ương, Ủy ban Kiểm tra Đảng ủy Chính phủ', () => {
    expect(names('Ủy ban Kiểm tra Quân ủy Trung ương')).toEqual(['Ủy ban Kiểm tra Quân ủy Trung ương'])
    expect(names('Ủy ban Kiểm tra Đảng ủy Chính phủ')).toEqual(['Ủy ban Kiểm tra Đảng ủy Chính phủ'])
  })

  it('a committee with its place is the scope: Ban Tổ chức Tỉnh ủy Trà Vinh', () => {
    expect(names('Ban Tổ chức Tỉnh ủy Trà Vinh')).toEqual(['Ban Tổ chức Tỉnh ủy Trà Vinh'])
  })

  it('TU and Đảng ủy alone are one specific scope: Ban Tổ chức TU, Ủy ban Kiểm tra Đảng ủy', () => {
    expect(findAgencies('Ban Tổ chức TU').map((m) => [m.name, m.generic])).toEqual([['Ban Tổ chức Tỉnh ủy', false]])
    expect(names('Ủy ban Kiểm tra Đảng ủy')).toEqual(['Ủy ban Kiểm tra Đảng ủy'])
  })

  it('"cấp ủy", "cấp ủy cùng cấp", "cấp ủy các cấp" and "các cấp" are plural scopes', () => {
    expect(names('Ủy ban Kiểm tra cấp ủy chủ trì')).toEqual(['~Ủy ban Kiểm tra cấp ủy'])
    expect(names('Ủy ban Kiểm tra cấp ủy cùng cấp')).toEqual(['~Ủy ban Kiểm tra cấp ủy cùng cấp'])
    expect(names('Ủy ban Kiểm tra cấp ủy các cấp')).toEqual(['~Ủy ban Kiểm tra cấp ủy các cấp'])
    expect(names('Ủy ban Kiểm tra các cấp thường xuyên kiểm tra')).toEqual(['~Ủy ban Kiểm tra các cấp'])
  })
})

describe('where a level list ends', () => {
  it('a committee after "và" or a comma is a body of its own, not another level: UBND tỉnh và Tỉnh ủy, UBND huyện, Huyện ủy', () => {
    expect(names('UBND tỉnh và Tỉnh ủy chỉ đạo')).toEqual(['Ủy ban nhân dân tỉnh', 'Tỉnh ủy'])
    expect(names('UBND huyện, Huyện ủy')).toEqual(['Ủy ban nhân dân huyện', 'Huyện ủy'])
    expect(names('UBND thành phố và Thành ủy')).toEqual(['Ủy ban nhân dân thành phố', 'Thành ủy'])
    expect(names('UBND các huyện, thị xã')).toEqual(['~Ủy ban nhân dân các huyện, thị xã'])
  })

  it('"cấp" said again before each level is one plural scope: UBND cấp tỉnh, cấp huyện', () => {
    expect(spans('UBND cấp tỉnh, cấp huyện chủ trì')).toEqual([['Ủy ban nhân dân cấp tỉnh, huyện', 'UBND cấp tỉnh, cấp huyện']])
    expect(names('UBND cấp tỉnh, cấp huyện')).toEqual(['~Ủy ban nhân dân cấp tỉnh, huyện'])
  })
})
