// How running text is read into bodies (src/core/agencies/find.ts): where a body may start, lists sharing one head,
// titles of persons, scopes lent along a list. A collective (generic) name is written with a leading "~".
import { describe, expect, it } from 'vitest'
import { findAgencies, isGenericName } from '../../../src/core/agencies/index.js'

const names = (text: string) => findAgencies(text).map((m) => (m.generic ? `~${m.name}` : m.name))
const spans = (text: string) => findAgencies(text).map((m) => [m.name, m.text])

describe('where a body starts', () => {
  it('an issuer code glued after a slash or a dash is no body: Quyết định số 1234/QĐ-TTg', () => {
    expect(names('Quyết định số 1234/QĐ-TTg ngày 15/8/2025')).toEqual([])
  })

  it('a body right after a bracket is a body: (UBND tỉnh chủ trì)', () => {
    expect(findAgencies('(UBND tỉnh chủ trì)').map((m) => [m.name, m.text, m.index])).toEqual([['Ủy ban nhân dân tỉnh', 'UBND tỉnh', 1]])
  })

  it('a specific name needs a capital within it, not elsewhere in the sentence: Giao ủy ban nhân dân tỉnh', () => {
    expect(names('Giao ủy ban nhân dân tỉnh')).toEqual([])
  })

  it('an abbreviation with a dash can start a body: ĐHQG-HCM', () => {
    expect(names('ĐHQG-HCM')).toEqual(['Đại học Quốc gia Thành phố Hồ Chí Minh'])
  })
})

describe('collectives named by their role', () => {
  it('"các cơ quan tham mưu, giúp việc Đảng ủy" is one collective, the committee it serves and all, however the commas fall', () => {
    const heading = 'Các cơ quan tham mưu giúp việc Đảng uỷ, Uỷ ban Mặt trận Tổ quốc Việt Nam xã và các cấp uỷ, tổ chức Đảng trực thuộc:'
    expect(names(heading)).toEqual(['~các cơ quan tham mưu giúp việc Đảng ủy', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã', '~các cấp ủy, tổ chức Đảng trực thuộc'])
    expect(names('Các cơ quan, tham mưu giúp việc Đảng uỷ, Uỷ ban Mặt trận Tổ quốc Việt Nam xã')[1]).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam xã')
    expect(names('Các cơ quan tham mưu, giúp việc Đảng ủy; các đảng ủy trực thuộc')[0]).toBe('~các cơ quan tham mưu, giúp việc Đảng ủy')
  })
})

describe('one head over a list of fields', () => {
  it('"các Phòng: …" takes the longest field first: Phòng Tài chính - Kế hoạch, not Phòng Tài chính', () => {
    expect(findAgencies('các Phòng: Tài chính - Kế hoạch, Nội vụ').map((m) => [m.name, m.text, m.generic])).toEqual([
      ['Phòng Tài chính - Kế hoạch', 'các Phòng: Tài chính - Kế hoạch', false], ['Phòng Nội vụ', 'Nội vụ', false],
    ])
  })

  it('the fields are joined by commas, "và" or semicolons: các Sở: Tài chính và Y tế; các Bộ: Công an; Quốc phòng', () => {
    expect(names('các Sở: Tài chính và Y tế')).toEqual(['Sở Tài chính', 'Sở Y tế'])
    expect(names('các Bộ: Công an; Quốc phòng')).toEqual(['Bộ Công an', 'Bộ Quốc phòng'])
    expect(names('các Bộ Công an, Quốc phòng,')).toEqual(['Bộ Công an', 'Bộ Quốc phòng'])
  })

  it('one field after a capitalised head is read too: các Sở Tài chính', () => {
    expect(spans('các Sở Tài chính phối hợp')).toEqual([['Sở Tài chính', 'các Sở Tài chính']])
  })

  it('a lower-case head over fields in capitals shares itself as a capitalised one does: các bộ Xây dựng, Tài chính', () => {
    expect(names('Các bộ Xây dựng, Tài chính, Nông nghiệp và Môi trường và Ngân hàng Nhà nước Việt Nam khẩn trương rà soát')).toEqual([
      'Bộ Xây dựng', 'Bộ Tài chính', 'Bộ Nông nghiệp và Môi trường', 'Ngân hàng Nhà nước Việt Nam',
    ])
    expect(names('các sở: Tài chính, Y tế')).toEqual(['Sở Tài chính', 'Sở Y tế'])
  })

  it('a lower-case head over lower-case words, or a head with no field, is a collective: các bộ tài chính, các Bộ', () => {
    expect(names('các bộ tài chính thực hiện')).toEqual(['~các bộ'])
    expect(names('các bộ chỉ đạo Sở Y tế')).toEqual(['~các bộ', 'Sở Y tế'])
    expect(names('phối hợp với các Bộ')).toEqual(['~các Bộ'])
  })
})

describe('one head over a list of places', () => {
  it('a place in the list may say its own level: tỉnh Nghệ An, Thành phố Hải Phòng, Thành phố Bảo Lộc; a city under the centre is a city', () => {
    expect(names('Ủy ban nhân dân các tỉnh, thành phố: tỉnh Nghệ An, Thành phố Hải Phòng')).toEqual([
      'Ủy ban nhân dân tỉnh Nghệ An', 'Ủy ban nhân dân thành phố Hải Phòng',
    ])
    expect(names('Ủy ban nhân dân các huyện, thành phố: Lâm Hà, Thành phố Bảo Lộc')).toEqual([
      'Ủy ban nhân dân huyện Lâm Hà', 'Ủy ban nhân dân thành phố Bảo Lộc',
    ])
    expect(names('UBND các tỉnh, thành phố: Hà Nội, Thành phố Hồ Chí Minh')).toEqual([
      'Ủy ban nhân dân thành phố Hà Nội', 'Ủy ban nhân dân thành phố Hồ Chí Minh',
    ])
  })

  it('a place named with a number after its name is one place: UBND các xã: Bảo Lâm 1, Bảo Lâm 2', () => {
    expect(findAgencies('UBND các xã: Bảo Lâm 1, Bảo Lâm 2').map((m) => [m.name, m.text, m.generic])).toEqual([
      ['Ủy ban nhân dân xã Bảo Lâm 1', 'UBND các xã: Bảo Lâm 1', false], ['Ủy ban nhân dân xã Bảo Lâm 2', 'Bảo Lâm 2', false],
    ])
  })

  it('the places are joined by commas, "và" or semicolons, in lower-case "các tỉnh" too', () => {
    expect(names('các tỉnh Nghệ An và Hà Tĩnh')).toEqual(['Ủy ban nhân dân tỉnh Nghệ An', 'Ủy ban nhân dân tỉnh Hà Tĩnh'])
    expect(names('các tỉnh Nghệ An; Hà Tĩnh')).toEqual(['Ủy ban nhân dân tỉnh Nghệ An', 'Ủy ban nhân dân tỉnh Hà Tĩnh'])
    expect(names('các tỉnh Nghệ An, Quảng Ngãi,')).toEqual(['Ủy ban nhân dân tỉnh Nghệ An', 'Ủy ban nhân dân tỉnh Quảng Ngãi'])
  })

  it('one place is no list: các tỉnh Tây Nguyên is the provinces, not a People\'s Committee', () => {
    // (the region belongs to the collective: lexicon/collective-modifiers.tsv)
    expect(names('các tỉnh Tây Nguyên')).toEqual(['~các tỉnh Tây Nguyên'])
  })

  it("only a People's Committee or Council heads a list of places: Công an các tỉnh: … is the provinces' police", () => {
    expect(findAgencies('Công an các tỉnh: Nghệ An, Hà Tĩnh')[0]).toMatchObject({ name: 'Công an các tỉnh', text: 'Công an các tỉnh', generic: true })
  })

  it('a list head that ends the text, colon and all, is the collective: Ủy ban nhân dân các tỉnh, thành phố:', () => {
    expect(spans('Ủy ban nhân dân các tỉnh, thành phố:')).toEqual([['Ủy ban nhân dân các tỉnh, thành phố', 'Ủy ban nhân dân các tỉnh, thành phố']])
    expect(names('UBND các tỉnh:')).toEqual(['~Ủy ban nhân dân các tỉnh'])
  })

  it('a head with its plural level and no colon over one place is read as a collective: UBND các tỉnh Tây Nguyên', () => {
    // (over two places or more it lists them, as blind readers do: see "without a colon, a head over các tỉnh …")
    expect(findAgencies('UBND các tỉnh Tây Nguyên')[0]).toMatchObject({ name: 'Ủy ban nhân dân các tỉnh', text: 'UBND các tỉnh Tây Nguyên', generic: true })
  })
})

describe('titles of persons', () => {
  it('a title at the end of the text takes nothing: Ý kiến của đồng chí Bí thư', () => {
    expect(names('Ý kiến của đồng chí Bí thư')).toEqual([])
  })

  it('a title runs over a list of committees only: Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh is two titles', () => {
    expect(names('Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh')).toEqual([])
    expect(names('Bí thư Tỉnh ủy,')).toEqual([])
    expect(names('Bí thư Tỉnh ủy và Ủy ban nhân dân tỉnh')).toEqual(['Ủy ban nhân dân tỉnh'])
    expect(names('Bí thư Tỉnh ủy, Thường trực HĐND tỉnh')).toEqual(['Thường trực Hội đồng nhân dân tỉnh'])
  })

  it('after a title that names no committee, a committee in the list is a body: Giám đốc Sở Y tế, Thành ủy Đà Lạt', () => {
    expect(names('Giám đốc Sở Y tế, Thành ủy Đà Lạt phối hợp')).toEqual(['Thành ủy Đà Lạt'])
    expect(names('Trưởng Ban Tổ chức Tỉnh ủy, Sở Nội vụ')).toEqual(['Sở Nội vụ'])
  })
})

describe('a scope lent along a list', () => {
  it('only across connectors: Ban Tổ chức chủ trì, Văn phòng Tỉnh ủy keeps Ban Tổ chức bare', () => {
    expect(names('Ban Tổ chức chủ trì, Văn phòng Tỉnh ủy phối hợp')).toEqual(['Ban Tổ chức', 'Văn phòng Tỉnh ủy'])
  })

  it('only between bodies of one kind: a Party scope to a Party head, a place to a state or Front head', () => {
    expect(names('Ủy ban Mặt trận Tổ quốc, Ban Dân vận Tỉnh ủy')).toEqual(['Ủy ban Mặt trận Tổ quốc', 'Ban Dân vận Tỉnh ủy'])
    expect(names('Ban Dân vận, Ủy ban Mặt trận Tổ quốc tỉnh')).toEqual(['Ban Dân vận', 'Ủy ban Mặt trận Tổ quốc tỉnh'])
  })

  it('a bare head of the other kind lets the scope pass; a complete body stops it', () => {
    expect(names('Ban Dân vận, Ủy ban Mặt trận Tổ quốc và Ban Tuyên giáo Tỉnh ủy')).toEqual([
      'Ban Dân vận Tỉnh ủy', 'Ủy ban Mặt trận Tổ quốc', 'Ban Tuyên giáo Tỉnh ủy',
    ])
    expect(names('Ban Kinh tế, Bộ Tài chính và Văn phòng Tỉnh ủy')).toEqual(['Ban Kinh tế', 'Bộ Tài chính', 'Văn phòng Tỉnh ủy'])
  })

  it('a plural Party scope is lent and makes the head plural: Ban Tuyên giáo, Ban Dân vận các cấp', () => {
    expect(names('Ban Tuyên giáo, Ban Dân vận các cấp')).toEqual(['~Ban Tuyên giáo các cấp', '~Ban Dân vận các cấp'])
  })

  it('a mass organisation that may be national takes the level lent along the list: Hội Nông dân, Hội Cựu chiến binh xã', () => {
    expect(names('phối hợp với Uỷ ban MTTQVN, Hội Nông dân, Hội Liên hiệp phụ nữ, Hội Cựu Chiến binh xã tiếp thu')).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Hội Nông dân xã', 'Hội Liên hiệp Phụ nữ xã', 'Hội Cựu chiến binh xã'])
    expect(names('Hội Nông dân chủ trì, Hội Cựu chiến binh tỉnh phối hợp')).toEqual(['Hội Nông dân', 'Hội Cựu chiến binh tỉnh'])
  })

  it('Trung ương is lent to a Party board: Ban Tổ chức, Ban Tuyên giáo Trung ương', () => {
    expect(names('Ban Tổ chức, Ban Tuyên giáo Trung ương')).toEqual(['Ban Tổ chức Trung ương', 'Ban Tuyên giáo Trung ương'])
  })
})

describe('isGenericName on phrases that name no body', () => {
  it('spacing does not matter: " các cá nhân ", "người có  thẩm quyền"', () => {
    expect(isGenericName(' các cá nhân ')).toBe(true)
    expect(isGenericName('người có  thẩm quyền')).toBe(true)
  })

  it('case does not matter: "Các cá nhân liên quan"; a heading is not a collective', () => {
    expect(isGenericName('Các cá nhân liên quan')).toBe(true)
    expect(isGenericName('Mục đích, yêu cầu')).toBe(false)
  })
})

describe('lists of places and the spelling of places', () => {
  it('a place after a comma may say its level in lower case: UBND các tỉnh: Tuyên Quang, thành phố Hồ Chí Minh', () => {
    expect(names('UBND các tỉnh: Tuyên Quang, thành phố Hồ Chí Minh')).toEqual([
      'Ủy ban nhân dân tỉnh Tuyên Quang', 'Ủy ban nhân dân thành phố Hồ Chí Minh',
    ])
    expect(names('các tỉnh Nghệ An, tỉnh Hà Tĩnh và thành phố Cần Thơ')).toEqual([
      'Ủy ban nhân dân tỉnh Nghệ An', 'Ủy ban nhân dân tỉnh Hà Tĩnh', 'Ủy ban nhân dân thành phố Cần Thơ',
    ])
  })

  it('a count of places lists them as "các" does, and "Công" goes on inside a place: Ủy ban nhân dân 04 xã: …, Gò Công Đông', () => {
    expect(names('Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông')).toEqual([
      'Ủy ban nhân dân xã Gia Thuận', 'Ủy ban nhân dân xã Tân Điền', 'Ủy ban nhân dân xã Gò Công Đông', 'Ủy ban nhân dân xã Tân Phú Đông',
    ])
    // (a count alone names no place: still the collective)
    expect(names('Ủy ban nhân dân 3 huyện')).toEqual(['~Ủy ban nhân dân các huyện'])
    // ("Công an", "Công Thương" after a place still begin a body)
    expect(names('UBND tỉnh Gia Lai Công an tỉnh')).toEqual(['Ủy ban nhân dân tỉnh Gia Lai', 'Công an tỉnh'])
  })

  it('without a colon, a head over "các tỉnh" lists places when it names two at least', () => {
    expect(names('Ủy ban nhân dân các tỉnh, thành phố Hà Nội, Hải Phòng, Quảng Ninh chỉ đạo')).toEqual([
      'Ủy ban nhân dân thành phố Hà Nội', 'Ủy ban nhân dân thành phố Hải Phòng', 'Ủy ban nhân dân tỉnh Quảng Ninh',
    ])
    expect(names('UBND các tỉnh Lâm Đồng, Đồng Nai phối hợp')).toEqual(['Ủy ban nhân dân tỉnh Lâm Đồng', 'Ủy ban nhân dân tỉnh Đồng Nai'])
    expect(names('Ủy ban nhân dân các tỉnh Tây Nguyên chỉ đạo')).toEqual(['~Ủy ban nhân dân các tỉnh'])
  })

  it('the places listed after a local body of one place are each that body of their place', () => {
    expect(names('Ủy ban nhân dân thành phố Hà Nội, Thành phố Hồ Chí Minh và Ủy ban nhân dân các tỉnh')).toEqual([
      'Ủy ban nhân dân thành phố Hà Nội', 'Ủy ban nhân dân thành phố Hồ Chí Minh', '~Ủy ban nhân dân các tỉnh',
    ])
    expect(names('UBND thành phố Hà Nội, tỉnh Bắc Ninh, tỉnh Gia Lai đẩy nhanh tiến độ')).toEqual([
      'Ủy ban nhân dân thành phố Hà Nội', 'Ủy ban nhân dân tỉnh Bắc Ninh', 'Ủy ban nhân dân tỉnh Gia Lai',
    ])
    // a body, a unit or a person's title after the comma ends the list
    expect(names('UBND tỉnh Quảng Ninh, Tập đoàn Than')).toEqual(['Ủy ban nhân dân tỉnh Quảng Ninh'])
    expect(names('UBND tỉnh Lâm Đồng, Sở Tài chính phối hợp')).toEqual(['Ủy ban nhân dân tỉnh Lâm Đồng', 'Sở Tài chính'])
    expect(names('UBND tỉnh Lâm Đồng, Giám đốc Sở Y tế chỉ đạo')).toEqual(['Ủy ban nhân dân tỉnh Lâm Đồng'])
  })

  it('an Icelandic eth typed for Đ is Đ in the name, as written in the text: UBND xã Ðông Hà', () => {
    expect(spans('UBND xã \u00d0ông Hà chủ trì')).toEqual([['Ủy ban nhân dân xã \u0110ông Hà', 'UBND xã \u00d0ông Hà']])
  })

  it("a place with an apostrophe is one word: huyện Đắk R'Lấp, thị xã B'Lao, Ea H’Leo", () => {
    expect(names("UBND huyện Đắk R'Lấp chủ trì")).toEqual(["Ủy ban nhân dân huyện Đắk R'Lấp"])
    expect(names("UBND thị xã B'Lao")).toEqual(["Ủy ban nhân dân thị xã B'Lao"])
    expect(names('UBND huyện Ea H’Leo')).toEqual(["Ủy ban nhân dân huyện Ea H'Leo"])
  })
})

describe('the localities in general', () => {
  it('"UBND các địa phương" is one collective, not a committee with no scope', () => {
    expect(names('phối hợp với Công an tỉnh và UBND các địa phương rà soát')).toEqual(['Công an tỉnh', '~Ủy ban nhân dân các địa phương'])
  })
  it('"các địa phương Bắc Ninh, An Giang" names no committee: no level says what each place\'s body is', () => {
    expect(names('Bộ Công an và các địa phương Bắc Ninh, Bình Dương, An Giang').filter((n) => !n.startsWith('~'))).toEqual(['Bộ Công an'])
  })
})

describe('one Party head, plural, over a list of bodies', () => {
  it('"Các Đảng ủy Bộ Tài chính, Bộ Nội vụ": each body\'s own Party committee', () => {
    expect(names('Các Đảng uỷ Bộ Tài chính, Bộ Nội vụ khẩn trương thực hiện phân bổ ngân sách.')).toEqual(['Đảng ủy Bộ Tài chính', 'Đảng ủy Bộ Nội vụ'])
    expect(names('các Ban cán sự đảng Bộ Y tế và Bộ Tài chính chỉ đạo')).toEqual(['Ban cán sự đảng Bộ Y tế', 'Ban cán sự đảng Bộ Tài chính'])
  })
  it('one head, singular, leaves the bodies after it as they are', () => {
    expect(names('Đảng ủy Bộ Tài chính, Bộ Nội vụ chỉ đạo')).toEqual(['Đảng ủy Bộ Tài chính', 'Bộ Nội vụ'])
  })
})

describe('a committee named by a level whose bare form is a common word', () => {
  it('"cơ quan Uỷ ban Mặt trận …" holds the word "quan", not "Quận ủy"; "Quận ủy Ba Đình" with its marks is one', () => {
    expect(findAgencies('Giao cơ quan Uỷ ban Mặt trận Tổ quốc Việt Nam xã chủ trì').map((m) => m.name)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam xã'])
    expect(findAgencies('Quận ủy Ba Đình chỉ đạo').map((m) => m.name)).toEqual(['Quận ủy Ba Đình'])
  })
})

describe('the front abbreviated in part', () => {
  it('"Uỷ ban MTTQ VN xã", "Uỷ ban Mặt trận TQVN xã" and "Mặt trận TQVN tỉnh" name the front in full', () => {
    expect(findAgencies('phối hợp Uỷ ban MTTQ VN xã tham mưu').map((m) => m.name)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam xã'])
    expect(findAgencies('phối hợp với Uỷ ban Mặt trận TQVN xã').map((m) => m.name)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam xã'])
    expect(findAgencies('Mặt trận TQVN tỉnh').map((m) => m.name)).toEqual(['Mặt trận Tổ quốc Việt Nam tỉnh'])
  })
})

describe('the quality departments of the fisheries and agriculture ministries', () => {
  it('are read by their English acronyms, any case, and their names whole, comma and "và" in them', () => {
    expect(names('Phối hợp với NAFIQAVED xây dựng tiêu chuẩn')).toEqual(['Cục Quản lý chất lượng, an toàn vệ sinh và thú y thủy sản'])
    expect(names('Phối hợp với Trung tâm Khuyến ngư Quốc gia, Nafiqaved tổ chức khảo sát')).toContain('Cục Quản lý chất lượng, an toàn vệ sinh và thú y thủy sản')
    expect(names('Cục Quản lý chất lượng, an toàn vệ sinh và thú y thủy sản chủ trì')).toEqual(['Cục Quản lý chất lượng, an toàn vệ sinh và thú y thủy sản'])
    expect(names('NAFIQAD chủ trì')).toEqual(['Cục Quản lý chất lượng nông lâm sản và thủy sản'])
  })
})

describe('the units of the General Department of Customs', () => {
  it('names that hold words ending a name elsewhere ("quản lý", "về", "và") are read whole, and by their abbreviations', () => {
    expect(names('do Cục Giám sát quản lý về hải quan chủ trì')).toEqual(['Cục Giám sát quản lý về hải quan'])
    expect(names('6 đề án do Cục GSQL về hải quan chủ trì')).toEqual(['Cục Giám sát quản lý về hải quan'])
    expect(names('Cục Công nghệ thông tin và Thống kê hải quan (2) và Ban Cải cách hiện đại hóa hải quan (1) chủ trì')).toEqual(['Cục Công nghệ thông tin và Thống kê hải quan', 'Ban Cải cách hiện đại hóa hải quan'])
    expect(names('Cục KTSTQ phối hợp Cục ĐTCBL')).toEqual(['Cục Kiểm tra sau thông quan', 'Cục Điều tra chống buôn lậu'])
  })
  it('a ministry\'s own "Cục Công nghệ thông tin" is still read as it is', () => {
    expect(names('Cục Công nghệ thông tin phối hợp triển khai')).toEqual(['Cục Công nghệ thông tin'])
  })
})

describe('a collective that shares its last word', () => {
  it('"các Chi, Đảng bộ trực thuộc" is "các chi bộ, đảng bộ trực thuộc": Party cells and committees, a collective', () => {
    expect(names('Ban Thường vụ Đảng uỷ xã đề nghị các Chi, Đảng bộ trực thuộc tập trung thực hiện')).toEqual(['Ban Thường vụ Đảng ủy xã', '~các Chi, Đảng bộ trực thuộc'])
    expect(names('Kính gửi: Các chi, đảng bộ cơ sở')).toEqual(['~các chi, đảng bộ cơ sở'])
  })
})

describe('a Party board of the commune\'s committee, its level alone', () => {
  it('"Ủy ban Kiểm tra Đảng uỷ xã", "Ban Thường vụ Đảng ủy xã" keep "xã"; "… Đảng ủy cấp xã" is every commune\'s', () => {
    expect(names('Uỷ ban kiểm tra Đảng uỷ xã đưa nội dung vào chương trình kiểm tra')).toEqual(['Ủy ban Kiểm tra Đảng ủy xã'])
    expect(names('Ban Thường vụ Đảng ủy cấp xã quyết định')).toEqual(['~Ban Thường vụ Đảng ủy cấp xã'])
  })
  it('"Đảng ủy xã" alone is no body by this rule (the issuer\'s place names it)', () => {
    expect(names('Đảng ủy xã chỉ đạo')).toEqual([])
  })
})
