import { describe, expect, it } from 'vitest'
import { findAgencies } from '../../../src/core/agencies/index.js'

const names = (text: string) => findAgencies(text).map((m) => (m.generic ? `~${m.name}` : m.name))

describe('findAgencies: where a name ends', () => {
  it.each([
    ['Ban Tổ chức Trung ương chủ trì', 'Ban Tổ chức Trung ương'],
    ['Ban Tổ chức Trung ương sẽ phối hợp với', 'Ban Tổ chức Trung ương'],
    ['Ban Tuyên giáo Tỉnh ủy hướng dẫn, chỉ đạo các địa phương', 'Ban Tuyên giáo Tỉnh ủy'],
    ['phối hợp với Văn phòng Trung ương', 'Văn phòng Trung ương Đảng'],
    ['Tỉnh ủy Trà Vinh thống nhất đề ra', 'Tỉnh ủy Trà Vinh'],
    ['TỈNH ỦY TRÀ VINH          ĐẢNG CỘNG SẢN VIỆT NAM', 'Tỉnh ủy Trà Vinh'],
    // (the board the 2025 arrangement made of the Party committees' organisation boards)
    ['Giao Ban xây dựng đảng Đảng ủy chủ trì', 'Ban Xây dựng Đảng Đảng ủy'],
    ['BXDĐ Tỉnh ủy hướng dẫn', 'Ban Xây dựng Đảng Tỉnh ủy'],
  ])('%s', (text, name) => {
    expect(names(text)[0]).toBe(name)
  })

  it('reports the text as written and its offsets', () => {
    const text = 'giao BCH TW và Ban Thường vụ Tỉnh uỷ'
    const ms = findAgencies(text)
    expect(ms.map((m) => m.name)).toEqual(['Ban Chấp hành Trung ương', 'Ban Thường vụ Tỉnh ủy'])
    for (const m of ms) expect(text.slice(m.index, m.index + m.length)).toBe(m.text)
    expect(ms[1].text).toBe('Ban Thường vụ Tỉnh uỷ')
  })

  it('keeps offsets in decomposed (NFD) text', () => {
    const text = 'Giao Ủy ban nhân dân tỉnh chủ trì'.normalize('NFD')
    const [m] = findAgencies(text)
    expect(m.name).toBe('Ủy ban nhân dân tỉnh')
    expect(text.slice(m.index, m.index + m.length)).toBe(m.text)
  })
})

describe('findAgencies: lists split into bodies', () => {
  it('three specific bodies and a collective', () => {
    expect(names('Ban Tổ chức Trung ương sẽ chủ trì, phối hợp với Ban Cán sự đảng Chính phủ, Đảng đoàn Quốc hội, Ban Cán sự đảng Bộ Nội vụ và các cơ quan liên quan tổng kết')).toEqual([
      'Ban Tổ chức Trung ương', 'Ban cán sự đảng Chính phủ', 'Đảng đoàn Quốc hội', 'Ban cán sự đảng Bộ Nội vụ', '~các cơ quan liên quan',
    ])
  })

  it('names that contain "các" stay whole', () => {
    expect(names('Chủ trì phối hợp với Đảng ủy Khối các cơ quan Trung ương, Đảng ủy Ngoài nước và một số cơ quan liên quan tham mưu')).toEqual([
      'Đảng ủy Khối các cơ quan Trung ương', 'Đảng ủy Ngoài nước', '~một số cơ quan liên quan',
    ])
  })

  it('a shared suffix goes to every bare head of the list', () => {
    expect(names('Thường trực Tỉnh ủy chủ trì, chỉ đạo Ủy ban Kiểm tra, Ban Tổ chức, Ban Tuyên giáo, Ban Dân vận và Văn phòng Tỉnh ủy tổ chức')).toEqual([
      'Thường trực Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Ban Dân vận Tỉnh ủy', 'Văn phòng Tỉnh ủy',
    ])
    expect(names('Hội đồng nhân dân, Ủy ban nhân dân tỉnh Ninh Bình')).toEqual(['Hội đồng nhân dân tỉnh Ninh Bình', 'Ủy ban nhân dân tỉnh Ninh Bình'])
  })

  it('commas and hyphens inside names', () => {
    expect(names('Bộ Văn hóa, Thể thao và Du lịch, Bộ Lao động - Thương binh và Xã hội, Học viện Chính trị - Hành chính quốc gia Hồ Chí Minh')).toEqual([
      'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Lao động - Thương binh và Xã hội', 'Học viện Chính trị - Hành chính quốc gia Hồ Chí Minh',
    ])
    expect(names('g)- Ban Chỉ đạo Phòng, chống tham nhũng tỉnh: Phối hợp các ngành liên quan')).toEqual(['Ban Chỉ đạo phòng, chống tham nhũng tỉnh', '~các ngành liên quan'])
  })
})

describe('findAgencies: nesting', () => {
  it.each([
    'Ban cán sự đảng Ủy ban nhân dân tỉnh', 'Đảng đoàn Hội đồng nhân dân tỉnh', 'Đảng đoàn Ủy ban Mặt trận Tổ quốc tỉnh',
    'Đảng đoàn Quốc hội', 'Ban cán sự đảng Chính phủ', 'Thường trực Tỉnh ủy', 'Ban Thường vụ Huyện ủy', 'Ủy ban Thường vụ Quốc hội',
    'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Đảng đoàn Mặt trận Tổ quốc Việt Nam', 'Ủy ban Kiểm tra Trung ương',
    'Ban Thường vụ Đảng ủy Chính phủ', 'Đảng ủy Khối Doanh nghiệp Trung ương', 'Thường trực Hội đồng nhân dân tỉnh',
  ])('%s is one body', (name) => {
    expect(names(`${name} chủ trì`)).toEqual([name])
  })
})

describe('findAgencies: abbreviations and damaged text', () => {
  it.each([
    ['Sở KH&ĐT', 'Sở Kế hoạch và Đầu tư'], ['Phòng TC-KH', 'Phòng Tài chính - Kế hoạch'], ['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo'],
    ['Bộ LĐ-TB&XH', 'Bộ Lao động - Thương binh và Xã hội'], ['Sở NN&PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['Sở TT&TT', 'Sở Thông tin và Truyền thông'], ['Bộ VH-TT&DL', 'Bộ Văn hóa, Thể thao và Du lịch'], ['UBND tỉnh', 'Ủy ban nhân dân tỉnh'],
    ['HĐND huyện', 'Hội đồng nhân dân huyện'], ['Ủy ban MTTQ tỉnh', 'Ủy ban Mặt trận Tổ quốc tỉnh'], ['BCS đảng Bộ Y tế', 'Ban cán sự đảng Bộ Y tế'],
    ['UBKT Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy'], ['VPTW', 'Văn phòng Trung ương Đảng'], ['BTV Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy'],
    ['BTC TW', 'Ban Tổ chức Trung ương'], ['Ban Tổ chức T.Ư', 'Ban Tổ chức Trung ương'], ['TTg', 'Thủ tướng Chính phủ'],
    ['Đoàn TNCS HCM', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh'], ['BCT, BBT', 'Bộ Chính trị'], ['UBND TP.HCM', 'Ủy ban nhân dân thành phố Hồ Chí Minh'],
    ['Uy ban nhan dan tinh', 'Ủy ban nhân dân tỉnh'], ['BAN TO CHUC TRUNG UONG', 'Ban Tổ chức Trung ương'], ['Ðảng đoàn Quốc hội', 'Đảng đoàn Quốc hội'],
  ])('%s → %s', (text, name) => {
    expect(names(`giao ${text} thực hiện`)[0]).toBe(name)
  })
})

describe('findAgencies: collectives are generic', () => {
  it.each([
    'các cơ quan liên quan', 'các cấp ủy, tổ chức đảng', 'các đoàn thể chính trị - xã hội', 'các địa phương', 'các sở, ban, ngành',
    'cấp ủy các cấp', 'các ngành liên quan', 'một số cơ quan liên quan', 'cấp có thẩm quyền', 'các bộ, ngành, địa phương',
    'cơ quan, ban, ngành',
  ])('%s', (text) => {
    const ms = findAgencies(`phối hợp với ${text} thực hiện`)
    expect(ms).toHaveLength(1)
    expect(ms[0].generic).toBe(true)
    expect(ms[0].text).toBe(text)
  })

  it('a head with a plural scope is generic', () => {
    const [m] = findAgencies('UBND các huyện, thị xã, thành phố triển khai')
    expect(m.generic).toBe(true)
    expect(m.text).toBe('UBND các huyện, thị xã, thành phố')
  })

  // "cấp tỉnh" names a level, not a province: every reader who annotated real documents blind left "Ủy ban nhân dân cấp
  // tỉnh" out as a collective, like "các tỉnh"; a board of one level ("Ban Chỉ đạo … cấp tỉnh") stays one body
  it('"Ủy ban Kiểm tra các cấp" and "Ủy ban nhân dân cấp tỉnh" are generic; "Ủy ban nhân dân tỉnh Lâm Đồng" is not', () => {
    expect(findAgencies('Ủy ban Kiểm tra các cấp thường xuyên kiểm tra')[0].generic).toBe(true)
    expect(findAgencies('Ủy ban nhân dân cấp tỉnh xem xét')[0]).toMatchObject({ name: 'Ủy ban nhân dân cấp tỉnh', generic: true })
    expect(findAgencies('UBND cấp xã thực hiện')[0]).toMatchObject({ name: 'Ủy ban nhân dân cấp xã', generic: true })
    expect(findAgencies('Sở Tài chính cấp tỉnh hướng dẫn')[0]).toMatchObject({ generic: true })
    expect(findAgencies('Ủy ban nhân dân tỉnh Lâm Đồng xem xét')[0].generic).toBe(false)
    expect(findAgencies('Ban Chỉ đạo phòng chống dịch bệnh cấp tỉnh họp')[0].generic).toBe(false)
  })
})

describe('findAgencies: not bodies', () => {
  it.each([
    'đồng chí Bí thư Tỉnh ủy chủ trì', 'Bí thư Huyện ủy, Thành ủy', 'Chủ tịch Ủy ban nhân dân tỉnh ký', 'Trưởng Ban Tổ chức Tỉnh ủy', 'Ủy viên Bộ Chính trị',
    'Phó Thủ tướng Chính phủ Bùi Thanh Sơn', 'Bộ trưởng Bộ Nội vụ', 'Phó Trưởng ban Thường trực Ban Tổ chức Trung ương',
    'Nghị quyết Hội nghị Trung ương 4', 'Kết luận của Trung ương', 'Luật Tổ chức Quốc hội', 'Điều lệ Đảng', 'ở Trung ương',
    'trực thuộc Trung ương', 'Số 15-KH/TU', 'Số 02 - KL/BTCTW', 'Số: 112/KH-UBND', 'xây dựng Chính phủ điện tử',
    'các trường hợp sau', 'các quan hệ quốc tế', 'doanh nghiệp cung cấp dịch vụ', 'ủy ban nhân dân tỉnh', 'Ban Chỉ đạo',
  ])('%s', (text) => {
    expect(names(text).filter((n) => !n.startsWith('~'))).toEqual(text === 'Ban Chỉ đạo' ? ['Ban Chỉ đạo'] : [])
  })
})

describe('abbreviations keep their marks: TU is Tỉnh ủy, TƯ and TW are Trung ương', () => {
  const names = (s: string) => findAgencies(s).map((m) => m.name)
  it('reads each form as what it spells', () => {
    expect(names('Văn phòng TU; VPTU; Ban Tổ chức TU')).toEqual(['Văn phòng Tỉnh ủy', 'Văn phòng Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy'])
    expect(names('Ban Tổ chức TƯ; Ban Tổ chức TW; VPTW')).toEqual(['Ban Tổ chức Trung ương', 'Ban Tổ chức Trung ương', 'Văn phòng Trung ương Đảng'])
  })
  it('a form that lost its marks still matches one spelt with them when nothing is spelt like it', () => {
    expect(names('Sở KHĐT; Sở KH&ĐT')).toEqual(['Sở Kế hoạch và Đầu tư', 'Sở Kế hoạch và Đầu tư'])
  })
})

describe('one head over a list of fields', () => {
  const names = (s: string) => findAgencies(s).map((m) => m.name)
  it('"các Bộ: Quốc phòng, Công an, …" names each ministry, with or without the head of them', () => {
    expect(names('Bộ trưởng các Bộ: Công an, Quốc phòng, Nông nghiệp và Môi trường tiếp tục chỉ đạo')).toEqual(['Bộ Công an', 'Bộ Quốc phòng', 'Bộ Nông nghiệp và Môi trường'])
    expect(names('các Sở: Tài chính, Y tế phối hợp')).toEqual(['Sở Tài chính', 'Sở Y tế'])
  })
  it('"Các Bộ, cơ quan: Tài chính, Xây dựng, …": the head named with others of its kind before the colon still heads the list', () => {
    expect(names('Các Bộ, cơ quan: Tài chính, Xây dựng, Ngoại giao, Tập đoàn Điện lực Việt Nam khẩn trương rà soát')).toEqual(['Bộ Tài chính', 'Bộ Xây dựng', 'Bộ Ngoại giao', 'Tập đoàn Điện lực Việt Nam'])
    expect(names('các Sở, ngành: Tài chính, Y tế phối hợp')).toEqual(['Sở Tài chính', 'Sở Y tế'])
  })
  it('"các Bộ, ngành" stays a collective', () => {
    expect(findAgencies('các Bộ, ngành, địa phương').every((m) => m.generic)).toBe(true)
  })
})

describe('places that share words with bodies', () => {
  const names = (s: string) => findAgencies(s).map((m) => m.name)
  it('reads Lâm Đồng, Đồng Nai, Châu Thành, Hội An whole, and wards named by number', () => {
    expect(names('UBND tỉnh Đồng Nai, Sở Y tế tỉnh Lâm Đồng, UBND huyện Châu Thành, UBND thành phố Hội An')).toEqual([
      'Ủy ban nhân dân tỉnh Đồng Nai', 'Sở Y tế tỉnh Lâm Đồng', 'Ủy ban nhân dân huyện Châu Thành', 'Ủy ban nhân dân thành phố Hội An',
    ])
    expect(names('UBND phường 3 Bảo Lộc, UBND xã Đinh Văn Lâm Hà, UBND xã Bảo Lâm 1')).toEqual([
      'Ủy ban nhân dân phường 3 Bảo Lộc', 'Ủy ban nhân dân xã Đinh Văn Lâm Hà', 'Ủy ban nhân dân xã Bảo Lâm 1',
    ])
  })
  it('a body after a place is not part of it', () => {
    expect(names('Ủy ban nhân dân tỉnh Lâm Đồng Thành ủy Đà Lạt')).toEqual(['Ủy ban nhân dân tỉnh Lâm Đồng', 'Thành ủy Đà Lạt'])
  })
  it('the merged provincial press body', () => {
    expect(names('Báo và Phát thanh, Truyền hình Lâm Đồng chủ trì')).toEqual(['Báo và Phát thanh, Truyền hình Lâm Đồng'])
  })
})

describe('names that stop too early or run on', () => {
  const names = (s: string) => findAgencies(s).map((m) => m.name)
  it('Hải Phòng is one place; a body after a place is not part of it', () => {
    expect(names('UBND thành phố Hải Phòng chủ trì')).toEqual(['Ủy ban nhân dân thành phố Hải Phòng'])
    expect(names('UBND tỉnh Lâm Đồng Phòng Giáo dục')[0]).toBe('Ủy ban nhân dân tỉnh Lâm Đồng')
  })
  it('one head over a list of places names each, a city as a city', () => {
    expect(names('Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Hồ Chí Minh, Đồng Tháp quyết liệt chỉ đạo')).toEqual([
      'Ủy ban nhân dân tỉnh Tuyên Quang', 'Ủy ban nhân dân thành phố Hồ Chí Minh', 'Ủy ban nhân dân tỉnh Đồng Tháp',
    ])
    expect(names('Các tỉnh Nghệ An, Quảng Ngãi khẩn trương hoàn thiện')).toEqual(['Ủy ban nhân dân tỉnh Nghệ An', 'Ủy ban nhân dân tỉnh Quảng Ngãi'])
  })
  it('after a city under the central government, a province without its level is a province; after a city of a province, a city', () => {
    expect(names('UBND thành phố Hà Nội, Thành phố Hồ Chí Minh, Hòa Bình, Cần Thơ, Lâm Đồng chuẩn bị')).toEqual([
      'Ủy ban nhân dân thành phố Hà Nội', 'Ủy ban nhân dân thành phố Hồ Chí Minh', 'Ủy ban nhân dân tỉnh Hòa Bình',
      'Ủy ban nhân dân thành phố Cần Thơ', 'Ủy ban nhân dân tỉnh Lâm Đồng',
    ])
    expect(names('UBND thành phố Bảo Lộc, Đà Lạt chuẩn bị')).toEqual(['Ủy ban nhân dân thành phố Bảo Lộc', 'Ủy ban nhân dân thành phố Đà Lạt'])
  })
  it('a Youth Union committee named with "Thanh niên" is that committee, no place "Thanh"', () => {
    expect(names('Hội Cựu chiến binh tỉnh, Tỉnh đoàn Thanh niên chỉ đạo')).toEqual(['Hội Cựu chiến binh tỉnh', 'Tỉnh đoàn'])
    expect(names('Thành đoàn Thanh niên chủ trì')).toEqual(['Thành đoàn'])
    expect(names('Tỉnh đoàn Thanh Hóa chủ trì')).toEqual(['Tỉnh đoàn Thanh Hóa'])
  })
  it('a collective\'s "thuộc Bộ" goes on to the ministry\'s field when one follows', () => {
    expect(names('phối hợp với các cơ quan liên quan thuộc Bộ Xây dựng, Bộ Quốc phòng chỉ đạo')).toEqual(['các cơ quan liên quan thuộc Bộ Xây dựng', 'Bộ Quốc phòng'])
    expect(names('các đơn vị thuộc Bộ chủ động thực hiện')).toEqual(['các đơn vị thuộc Bộ'])
  })
  it('a collective holds the body it belongs to; a plural scope is not lent to the bare head before it', () => {
    const ms = findAgencies('các cơ quan chuyên môn thuộc UBND tỉnh, Ban Quản lý các khu công nghiệp và UBND các xã, phường')
    expect(ms.map((m) => [m.name, m.generic])).toEqual([
      ['các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh', true], ['Ban Quản lý các khu công nghiệp', false], ['Ủy ban nhân dân các xã, phường', true],
    ])
  })
  it('a steering board\'s office is a body of its own; a committee\'s office keeps its own name', () => {
    expect(names('6. Văn phòng Ban Chỉ đạo quốc gia 1237')).toEqual(['Văn phòng Ban Chỉ đạo quốc gia 1237'])
    expect(names('Văn phòng Ban Chỉ đạo 389 quốc gia chủ trì')).toEqual(['Văn phòng Ban Chỉ đạo 389 quốc gia'])
    expect(names('Văn phòng Đảng đoàn Quốc hội giúp Đảng đoàn Quốc hội theo dõi')).toEqual(['Văn phòng Đảng đoàn Quốc hội', 'Đảng đoàn Quốc hội'])
    expect(names('Văn phòng Tỉnh ủy chủ trì')).toEqual(['Văn phòng Tỉnh ủy'])
    expect(names('VĂN PHÒNG BAN CHẤP HÀNH TRUNG ƯƠNG')).toEqual(['Ban Chấp hành Trung ương'])
  })
  it("a council's committees hold their council, which is no body of its own there; a department's owner stays one", () => {
    const ms = findAgencies('Đề nghị Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh')
    expect(ms.map((m) => [m.name, m.generic])).toEqual([['Thường trực Hội đồng nhân dân tỉnh', false], ['các Ban Hội đồng nhân dân tỉnh', true]])
    expect(names('Các Ban của HĐND xã giám sát')).toEqual(['các Ban của Hội đồng nhân dân xã'])
    expect(names('các ban của Tỉnh ủy tham mưu')).toEqual(['các ban của Tỉnh ủy'])
    expect(names('phối hợp với các cơ quan thuộc Ủy ban Thường vụ Quốc hội và Văn phòng Quốc hội')).toEqual(['các cơ quan thuộc Ủy ban Thường vụ Quốc hội', 'Văn phòng Quốc hội'])
    expect(names('phối hợp với cơ quan chức năng của Bộ Nông nghiệp và Môi trường')).toEqual(['cơ quan chức năng', 'Bộ Nông nghiệp và Môi trường'])
  })
  it('state groups by their abbreviation', () => {
    expect(names('PVN phối hợp cùng EVN, TKV và ACV')).toEqual([
      'Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam', 'Tập đoàn Điện lực Việt Nam', 'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam', 'Tổng công ty Cảng hàng không Việt Nam',
    ])
  })
})

describe('bodies named in the real-documents issue', () => {
  const names = (s: string) => findAgencies(s).map((m) => m.name)
  it('a joint office of council and committee is one body', () => {
    expect(names('Văn phòng HĐND và UBND huyện thực hiện')).toEqual(['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện'])
  })
  it('National Assembly bodies, the press by its place', () => {
    expect(names('Hội đồng Dân tộc, Ủy ban Pháp luật, Ban Dân nguyện chủ trì')).toEqual(['Hội đồng Dân tộc', 'Ủy ban Pháp luật của Quốc hội', 'Ban Dân nguyện'])
    expect(names('Đài Phát thanh - Truyền hình Quảng Ngãi, Báo Lâm Đồng phối hợp')).toEqual(['Đài Phát thanh - Truyền hình Quảng Ngãi', 'Báo Lâm Đồng'])
  })
  it('a paper named after a ministry\'s field is no paper of a place called "Tài"', () => {
    expect(names('Báo Tài nguyên và Môi trường phối hợp')).not.toContain('Báo Tài')
  })
})

describe('findAgencies on a text read before', () => {
  it('gives each caller its own mentions: a change to one result is not seen by the next call', () => {
    const text = 'Bộ Tài chính chủ trì'
    const first = findAgencies(text)
    first[0].name = 'changed'
    expect(findAgencies(text)[0].name).toBe('Bộ Tài chính')
  })
})

describe('findAgencies: national bodies of the lexicon', () => {
  it('"Trung tâm dữ liệu quốc gia" is a body, as readers of the Government\'s data-centre scheme annotated it', () => {
    expect(findAgencies('Trung tâm dữ liệu quốc gia thực hiện giai đoạn đầu phát triển kho dữ liệu')[0]).toMatchObject({ name: 'Trung tâm dữ liệu quốc gia', generic: false })
  })
})

describe('findAgencies: a board\'s free name ends at the verbs of a meeting', () => {
  it('"diễn ra", "thảo luận", "phát biểu" (lexicon/subject-stop.tsv) are no words of a steering board\'s name', () => {
    expect(names('Hội nghị của Ban Chỉ đạo 138/CP và Ban Chỉ đạo 389 quốc gia diễn ra sáng nay')).toEqual(['Ban Chỉ đạo 138', 'Ban Chỉ đạo 389 quốc gia'])
    expect(names('Sau khi Ban Chỉ đạo thảo luận, Tổng Bí thư kết luận')).toEqual(['Ban Chỉ đạo'])
  })
})

describe('findAgencies: national councils and committees of lexicon/bodies.tsv', () => {
  it('"Hội đồng thẩm định nhà nước" acts in its own name, its verb the same word ("… thẩm định Báo cáo …")', () => {
    expect(names('Hội đồng thẩm định Nhà nước thẩm định Báo cáo đề xuất chủ trương đầu tư')).toEqual(['Hội đồng thẩm định nhà nước'])
  })
  it('"Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia", also where a scan lost the marks of its head and of "Đo"', () => {
    expect(names('Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia là đầu mối tiếp nhận')).toEqual(['Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia'])
    expect(names('3. Uy ban Tiêu chuẩn Do lường Chất lượng Quốc gia (Bộ Khoa học và Công nghệ) là đầu mối')[0]).toBe('Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia')
  })
})

describe('findAgencies: a steering board of one level, about a long subject', () => {
  it('the level before "về" is no word of the subject, which is read whole', () => {
    expect(names('Thành lập Ban Chỉ đạo xã về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, do đồng chí')).toEqual(['Ban Chỉ đạo xã về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số'])
    expect(names('Ban Chỉ đạo tỉnh về phòng, chống tham nhũng chủ trì')).toEqual(['Ban Chỉ đạo tỉnh về phòng, chống tham nhũng'])
  })
})

describe('findAgencies: the Party committee of the Party agencies', () => {
  it('is one body without a place, as a commune\'s or a province\'s document names its own; every province\'s is a collective', () => {
    expect(findAgencies('Đảng ủy Ủy ban nhân dân xã, Đảng ủy các cơ quan Đảng xây dựng báo cáo').map((m) => [m.name, m.generic])).toEqual([['Đảng ủy Ủy ban nhân dân xã', false], ['Đảng ủy các cơ quan Đảng', false]])
    expect(findAgencies('Đảng ủy các cơ quan Đảng tỉnh chủ trì')[0]).toMatchObject({ name: 'Đảng ủy các cơ quan Đảng tỉnh', generic: false })
    expect(findAgencies('Đảng ủy các cơ quan Đảng các tỉnh thực hiện')[0].generic).toBe(true)
  })
})

describe('findAgencies: a collective that a Party body follows in the list', () => {
  it('ends before the body: "Các tổ chức cơ sở Đảng, Đảng ủy UBND, …", "các tổ chức chính trị - xã hội, Ban Thường vụ Đoàn …"', () => {
    expect(names('Các tổ chức cơ sở Đảng, Đảng ủy UBND, Đảng ủy các cơ quan Đảng thực hiện')).toEqual(['~các tổ chức cơ sở Đảng', 'Đảng ủy Ủy ban nhân dân', 'Đảng ủy các cơ quan Đảng'])
    // (a collective's own nouns still run on: "các cấp ủy, đảng ủy trực thuộc")
    expect(names('các cấp ủy, đảng ủy trực thuộc thực hiện')).toEqual(['~các cấp ủy, đảng ủy trực thuộc'])
  })
})
