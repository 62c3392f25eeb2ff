// The grammar of body names (src/core/agencies/grammar.ts), one rule a test, read through findAgencies.
// A collective (generic) name is written with a leading "~".
import { describe, expect, it } from 'vitest'
import { findAgencies } from '../../../src/core/agencies/index.js'

const names = (text: string) => findAgencies(text).map((m) => (m.generic ? `~${m.name}` : m.name))
const spans = (text: string) => findAgencies(text).map((m) => [m.name, m.text])

describe('Party committees: Đảng ủy and its scope', () => {
  it('a Đảng ủy Khối is named by its words and one scope: Đảng ủy Khối các cơ quan tỉnh, Đảng ủy Khối cơ quan và doanh nghiệp Trung ương', () => {
    expect(names('Đảng ủy Khối các cơ quan tỉnh chủ trì')).toEqual(['Đảng ủy Khối các cơ quan tỉnh'])
    expect(names('Đảng ủy Khối Doanh nghiệp tỉnh chủ trì')).toEqual(['Đảng ủy Khối doanh nghiệp tỉnh'])
    expect(names('Đảng ủy Khối cơ quan và doanh nghiệp Trung ương phối hợp')).toEqual(['Đảng ủy Khối cơ quan và doanh nghiệp Trung ương'])
    expect(names('Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh chỉ đạo')).toEqual(['Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh'])
    expect(names('Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh kiểm tra')).toEqual(['Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh'])
  })

  it('a Đảng ủy Khối without its words, or over a plural scope, is no body: Đảng ủy Khối tỉnh, Đảng ủy Khối cơ quan cùng cấp', () => {
    expect(names('Đảng ủy Khối tỉnh')).toEqual([])
    expect(names('Đảng ủy Khối cơ quan cùng cấp')).toEqual([])
  })

  it('Quân sự and Biên phòng come between Đảng ủy and its level, capitalised: Đảng ủy Quân sự tỉnh, Đảng ủy Biên phòng tỉnh', () => {
    expect(spans('Đảng ủy quân sự tỉnh chủ trì')).toEqual([['Đảng ủy Quân sự tỉnh', 'Đảng ủy quân sự tỉnh']])
    expect(names('Đảng ủy Biên phòng tỉnh phối hợp')).toEqual(['Đảng ủy Biên phòng tỉnh'])
  })

  it('a commune or ward committee needs its place by name or number: Đảng ủy xã Long Đức, Đảng ủy phường 3, not Đảng ủy xã', () => {
    expect(names('Đảng ủy xã Long Đức chủ trì')).toEqual(['Đảng ủy xã Long Đức'])
    expect(names('Đảng ủy phường 3 chủ trì')).toEqual(['Đảng ủy phường 3'])
    expect(names('Đảng ủy xã chủ trì')).toEqual([])
    expect(names('Ủy ban Kiểm tra Đảng ủy xã Long Đức kiểm tra')).toEqual(['Ủy ban Kiểm tra Đảng ủy xã Long Đức'])
  })
})

describe('Party boards and heads', () => {
  it("a People's Council board takes the council and its level: Ban Pháp chế HĐND tỉnh Lâm Đồng; a Party board does not", () => {
    expect(names('Ban Pháp chế HĐND tỉnh Lâm Đồng thẩm tra')).toEqual(['Ban Pháp chế Hội đồng nhân dân tỉnh Lâm Đồng'])
    expect(names('Ban Kinh tế - Ngân sách Hội đồng nhân dân các huyện')).toEqual(['~Ban Kinh tế - Ngân sách Hội đồng nhân dân các huyện'])
    expect(names('Ban Tổ chức Hội đồng nhân dân tỉnh')).toEqual(['Ban Tổ chức', 'Hội đồng nhân dân tỉnh'])
  })

  it('a board written alone is named as written: Ban Pháp chế, Ban Thường vụ', () => {
    expect(names('Ban Pháp chế chủ trì')).toEqual(['Ban Pháp chế'])
    expect(names('Ban Thường vụ chủ trì')).toEqual(['Ban Thường vụ'])
  })

  it('Văn phòng alone names no body: every body has an office', () => {
    expect(names('Văn phòng chủ trì, phối hợp')).toEqual([])
  })

  it('a glued abbreviation carries its scope and lends it to the bare heads before it: Ban Tổ chức, Ban Tuyên giáo và VPTU', () => {
    expect(spans('Ban Tổ chức, Ban Tuyên giáo và VPTU')).toEqual([
      ['Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức'], ['Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo'], ['Văn phòng Tỉnh ủy', 'VPTU'],
    ])
  })
})

describe('prefixes: a body made of another one', () => {
  it('Đảng đoàn and Ban cán sự đảng sit in a state or Front body, never under a Party committee: Đảng đoàn Tỉnh ủy is Tỉnh ủy', () => {
    expect(spans('Đảng đoàn Tỉnh ủy')).toEqual([['Tỉnh ủy', 'Tỉnh ủy']])
    expect(spans('Ban cán sự đảng Tỉnh ủy')).toEqual([['Tỉnh ủy', 'Tỉnh ủy']])
  })

  it('a ministry has a Ban cán sự đảng, not a Đảng đoàn: Ban cán sự đảng Bộ Tư pháp; Đảng đoàn Bộ Tư pháp is Bộ Tư pháp', () => {
    expect(names('Ban cán sự đảng Bộ Tư pháp')).toEqual(['Ban cán sự đảng Bộ Tư pháp'])
    expect(spans('Đảng đoàn Bộ Tư pháp')).toEqual([['Bộ Tư pháp', 'Bộ Tư pháp']])
  })

  it('of the prefixes only Ban Chấp hành takes Trung ương itself: BCH TW is a body, Ban Thường vụ TW is a bare Ban Thường vụ', () => {
    expect(names('BCH TW chỉ đạo')).toEqual(['Ban Chấp hành Trung ương'])
    expect(spans('Ban Thường vụ TW')).toEqual([['Ban Thường vụ', 'Ban Thường vụ']])
  })

  it('Ban Chấp hành Đảng bộ takes a level: Ban Chấp hành Đảng bộ tỉnh Lâm Đồng; over plural levels it is plural; without one it is nothing', () => {
    expect(names('Ban Chấp hành Đảng bộ tỉnh Lâm Đồng')).toEqual(['Ban Chấp hành Đảng bộ tỉnh Lâm Đồng'])
    expect(names('Ban Chấp hành Đảng bộ các huyện')).toEqual(['~Ban Chấp hành Đảng bộ các huyện'])
    expect(names('Ban Chấp hành Đảng bộ chủ trì')).toEqual([])
  })

  it('only the Ban Chấp hành is named by its Đảng bộ: Ban Thường vụ Đảng bộ tỉnh is not a Ban Chấp hành', () => {
    expect(names('Ban Thường vụ Đảng bộ tỉnh')).not.toContain('Ban Chấp hành Đảng bộ tỉnh')
  })

  it('Thường trực of an abbreviated council is one body: Thường trực HĐND tỉnh Lâm Đồng', () => {
    expect(spans('Thường trực HĐND tỉnh Lâm Đồng')).toEqual([['Thường trực Hội đồng nhân dân tỉnh Lâm Đồng', 'Thường trực HĐND tỉnh Lâm Đồng']])
  })

  it('a bare Ban Thường vụ takes the scope of the list it opens: Ban Thường vụ, Ủy ban Kiểm tra Tỉnh ủy', () => {
    expect(names('Ban Thường vụ, Ủy ban Kiểm tra Tỉnh ủy')).toEqual(['Ban Thường vụ Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy'])
  })

  it('Thường trực with its committee lends that committee to a bare head before it: Ban Tổ chức và Thường trực Tỉnh ủy', () => {
    expect(names('Ban Tổ chức và Thường trực Tỉnh ủy')).toEqual(['Ban Tổ chức Tỉnh ủy', 'Thường trực Tỉnh ủy'])
  })

  it('two prefixes over a ministry: Ban Thường vụ Đảng ủy Bộ Công an; Đảng ủy over a department: Đảng ủy Sở Y tế [tỉnh]', () => {
    expect(names('Ban Thường vụ Đảng ủy Bộ Công an')).toEqual(['Ban Thường vụ Đảng ủy Bộ Công an'])
    expect(names('Đảng ủy Sở Y tế chỉ đạo')).toEqual(['Đảng ủy Sở Y tế'])
    expect(names('Đảng ủy Sở Y tế tỉnh chỉ đạo')).toEqual(['Đảng ủy Sở Y tế tỉnh'])
  })
})

describe('state bodies: Bộ, Sở, Phòng and local heads', () => {
  it('a head takes only its own fields: Sở Ngoại vụ is a department, Sở Quốc phòng is nothing', () => {
    expect(names('Sở Ngoại vụ')).toEqual(['Sở Ngoại vụ'])
    expect(names('Sở Quốc phòng')).toEqual([])
  })

  it('a department lends the level after it to bare heads before it: Mặt trận Tổ quốc, Sở Nội vụ tỉnh', () => {
    expect(spans('Mặt trận Tổ quốc, Sở Nội vụ tỉnh')).toEqual([['Mặt trận Tổ quốc tỉnh', 'Mặt trận Tổ quốc'], ['Sở Nội vụ tỉnh', 'Sở Nội vụ tỉnh']])
  })

  it('a department over plural levels is plural: Sở Y tế các tỉnh, thành phố', () => {
    expect(names('Sở Y tế các tỉnh, thành phố')).toEqual(['~Sở Y tế các tỉnh, thành phố'])
  })

  it('a paper is named by its place only in title case: BÁO CÁO KẾT QUẢ and THÔNG BÁO KẾT LUẬN are headings, not papers', () => {
    expect(names('BÁO CÁO KẾT QUẢ THỰC HIỆN')).toEqual([])
    expect(names('THÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ')).toEqual(['Ban Thường vụ'])
    expect(names('Thông Báo Kết Luận')).toEqual([])
  })

  it('a head that needs a place is no body without one: Kết luận Thanh tra số 12; Thanh tra tỉnh is one', () => {
    expect(names('Kết luận Thanh tra số 12')).toEqual([])
    expect(names('Thanh tra tỉnh chủ trì')).toEqual(['Thanh tra tỉnh'])
  })

  it('a head that needs a place takes a numbered region instead: Bảo hiểm xã hội khu vực IX; "Công an khu vực" is none', () => {
    expect(spans('Bảo hiểm xã hội khu vực IX chi trả')).toEqual([['Bảo hiểm xã hội khu vực IX', 'Bảo hiểm xã hội khu vực IX']])
    expect(names('Tòa án nhân dân khu vực 2, Viện kiểm sát nhân dân Khu vực 2')).toEqual(['Tòa án nhân dân khu vực 2', 'Viện kiểm sát nhân dân khu vực 2'])
    expect(names('Công an khu vực')).toEqual([])
    expect(names('Thanh tra khu vực biên giới')).toEqual([])
  })

  it('"tổ chức" right after a collective is the verb; after a comma or "và" it is a noun of the list', () => {
    expect(names('các huyện, thành phố tổ chức tiêm chủng')).toEqual(['~các huyện, thành phố'])
    expect(names('các cơ quan, tổ chức liên quan')).toEqual(['~các cơ quan, tổ chức liên quan'])
    expect(names('các cơ quan và tổ chức đảng')).toEqual(['~các cơ quan và tổ chức đảng'])
  })

  it('a one-word head ends the text: giao UBND', () => {
    expect(spans('giao UBND')).toEqual([['Ủy ban nhân dân', 'UBND']])
  })
})

describe('Ban Chỉ đạo: level, "về", subject, scope', () => {
  it.each([
    ['Ban Chỉ đạo quốc gia về chuyển đổi số chủ trì', 'Ban Chỉ đạo quốc gia về chuyển đổi số'],
    ['Ban Chỉ đạo Nhà nước về du lịch chủ trì', 'Ban Chỉ đạo Nhà nước về du lịch'],
    ['Ban Chỉ đạo 389 quốc gia chủ trì', 'Ban Chỉ đạo 389 quốc gia'],
    ['Ban Chỉ đạo Tây Nguyên chủ trì', 'Ban Chỉ đạo Tây Nguyên'],
    ['Ban Chỉ đạo Trung ương chỉ đạo', 'Ban Chỉ đạo Trung ương'],
    ['Ban Chỉ đạo về phòng, chống tham nhũng, tiêu cực tỉnh chủ trì', 'Ban Chỉ đạo về phòng, chống tham nhũng, tiêu cực tỉnh'],
    ['Ban Chỉ đạo về Phòng, chống tham nhũng tỉnh chủ trì', 'Ban Chỉ đạo về phòng, chống tham nhũng tỉnh'],
    ['Ban Chỉ đạo về phòng, chống tham nhũng Trung ương', 'Ban Chỉ đạo về phòng, chống tham nhũng Trung ương'],
    ['Ban Chỉ đạo quốc phòng, an ninh tỉnh', 'Ban Chỉ đạo quốc phòng, an ninh tỉnh'],
    ['Ban Chỉ đạo trung tâm hành chính công', 'Ban Chỉ đạo trung tâm hành chính công'],
    ['Ban Chỉ đạo cấp nước sạch tỉnh', 'Ban Chỉ đạo cấp nước sạch tỉnh'],
    ['Ban Chỉ đạo thi hành án dân sự tỉnh', 'Ban Chỉ đạo thi hành án dân sự tỉnh'],
    ['Ban Chỉ đạo xây dựng nông thôn mới tỉnh', 'Ban Chỉ đạo xây dựng nông thôn mới tỉnh'],
    ['BCĐ 138 tỉnh', 'Ban Chỉ đạo 138 tỉnh'],
    ['Ban Chỉ đạo Đề án 06 tỉnh', 'Ban Chỉ đạo đề án 06 tỉnh'],
    ['Ban Chỉ đạo nhiệt liệt biểu dương sự nỗ lực', 'Ban Chỉ đạo'],
    // an hour or a day the sentence gives after the name, at a line's break, is no part of it
    ['gửi Ban Chỉ đạo phòng thủ dân sự quốc gia trước\n13 giờ hằng ngày', 'Ban Chỉ đạo phòng thủ dân sự quốc gia'],
    // nor is what it belongs to or who heads it ("thuộc", "do"), nor a "về" whose subject a verb ended
    ['Ban Chỉ đạo Nhà nước về kế hoạch bảo vệ và phát triển rừng thuộc Bộ', 'Ban Chỉ đạo Nhà nước về kế hoạch bảo vệ và phát triển rừng'],
    ['Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật do đồng chí', 'Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật'],
    ['Phiên họp Ban chỉ đạo về rà soát, tháo gỡ khó khăn', 'Ban Chỉ đạo'],
    // a long subject is counted without the level and "về" before it (thirteen words here)
    [
      'Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ ban hành quy trình',
      'Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ',
    ],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toEqual([name])
  })

  it('a subject may begin with "thực hiện" or "tổ chức", which end it anywhere else: Ban Chỉ đạo thực hiện chuyển đổi số tỉnh', () => {
    expect(names('Ban Chỉ đạo thực hiện chuyển đổi số tỉnh')).toEqual(['Ban Chỉ đạo thực hiện chuyển đổi số tỉnh'])
    expect(names('Ban Chỉ đạo tổ chức kỳ thi tốt nghiệp tỉnh')).toEqual(['Ban Chỉ đạo tổ chức kỳ thi tốt nghiệp tỉnh'])
  })

  it('a capitalised word after a lower-case subject begins another name: Ban Chỉ đạo phòng chống dịch Sở Y tế', () => {
    expect(names('Ban Chỉ đạo phòng chống dịch Sở Y tế họp')).toEqual(['Ban Chỉ đạo phòng chống dịch', 'Sở Y tế'])
  })

  it('a subject written in title case is written in lower case: Ban Chỉ đạo Chuyển đổi số', () => {
    expect(spans('Ban Chỉ đạo Chuyển đổi số chủ trì')).toEqual([['Ban Chỉ đạo chuyển đổi số', 'Ban Chỉ đạo Chuyển đổi số']])
  })

  it('"các cấp" right after the head makes every steering board: Ban Chỉ đạo các cấp', () => {
    expect(names('Ban Chỉ đạo các cấp')).toEqual(['~Ban Chỉ đạo các cấp'])
  })

  it('"hoặc" and "hay" after the subject end the name: Ban Chỉ đạo Chương trình hoặc chủ trì …', () => {
    expect(names('Đồng chủ trì các cuộc họp của Ban chỉ đạo Chương trình hoặc chủ trì các cuộc họp')).toEqual(['Ban Chỉ đạo chương trình'])
    expect(names('báo cáo Ban Chỉ đạo phòng, chống thiên tai hay các cơ quan')).toEqual(['Ban Chỉ đạo phòng, chống thiên tai', '~các cơ quan'])
  })
  it('a verb after the subject ends the name: Ban Chỉ đạo chuyển đổi số tổ chức hội nghị', () => {
    expect(names('Ban Chỉ đạo chuyển đổi số tổ chức hội nghị')).toEqual(['Ban Chỉ đạo chuyển đổi số'])
  })

  it('a comma is part of the subject only before a lower-case word that goes on with it: Ban Chỉ đạo phòng, chống dịch bệnh, chủ trì', () => {
    expect(spans('Ban Chỉ đạo phòng, chống dịch bệnh, chủ trì phối hợp')).toEqual([['Ban Chỉ đạo phòng, chống dịch bệnh', 'Ban Chỉ đạo phòng, chống dịch bệnh']])
    expect(spans('giao Ban Chỉ đạo chuyển đổi số,')).toEqual([['Ban Chỉ đạo chuyển đổi số', 'Ban Chỉ đạo chuyển đổi số']])
  })

  it('an all-capital heading is written in sentence case, a word with a digit kept: BAN CHỈ ĐẠO PHÒNG CHỐNG DỊCH CÚM H5N1 TỈNH', () => {
    expect(names('BAN CHỈ ĐẠO PHÒNG CHỐNG DỊCH CÚM H5N1 TỈNH')).toEqual(['Ban Chỉ đạo phòng chống dịch cúm H5N1 tỉnh'])
  })

  it('an abbreviation inside a subject in running text keeps its capitals: Ban Chỉ đạo phòng, chống dịch COVID tỉnh', () => {
    expect(names('Ban Chỉ đạo phòng, chống dịch COVID tỉnh')).toEqual(['Ban Chỉ đạo phòng, chống dịch COVID tỉnh'])
  })
})

describe('collectives', () => {
  it('a list of collective nouns runs on over "và", commas and juxtaposition: các sở, ngành và đoàn thể tỉnh; các sở, ngành địa phương', () => {
    expect(names('các sở, ngành và đoàn thể tỉnh')).toEqual(['~các sở, ngành và đoàn thể tỉnh'])
    expect(names('các sở, ban ngành')).toEqual(['~các sở, ban ngành'])
    expect(names('các sở, ngành địa phương')).toEqual(['~các sở, ngành địa phương'])
  })

  it('the name of a collective keeps the comma against the word before it: các cơ quan, đơn vị', () => {
    expect(names('phối hợp với các cơ quan, đơn vị')).toEqual(['~các cơ quan, đơn vị'])
  })

  it('a specific body ends the collective before it: các sở, ngành, Ban Dân vận Tỉnh ủy; các đơn vị Bộ Quốc phòng', () => {
    expect(names('các sở, ngành, Ban Dân vận Tỉnh ủy')).toEqual(['~các sở, ngành', 'Ban Dân vận Tỉnh ủy'])
    expect(names('các đơn vị Bộ Quốc phòng triển khai')).toEqual(['~các đơn vị', 'Bộ Quốc phòng'])
    expect(names('các cơ quan, đơn vị và UBND tỉnh')).toEqual(['~các cơ quan, đơn vị', 'Ủy ban nhân dân tỉnh'])
  })

  it('a collective holds the body it belongs to, whole with its place: các đơn vị thuộc Sở Y tế tỉnh Lâm Đồng', () => {
    expect(names('các đơn vị thuộc Sở Y tế tỉnh Lâm Đồng')).toEqual(['~các đơn vị thuộc Sở Y tế tỉnh Lâm Đồng'])
    expect(names('giao các đơn vị trực thuộc')).toEqual(['~các đơn vị trực thuộc'])
    expect(names('giao các cơ quan trực thuộc')).toEqual(['~các cơ quan trực thuộc'])
  })

  it('a determiner before a head with its level makes one collective: các Ủy ban nhân dân cấp xã', () => {
    expect(names('các Ủy ban nhân dân cấp xã')).toEqual(['~các Ủy ban nhân dân cấp xã'])
  })

  it('a collective noun that begins a compound is no collective: các trường hợp, các bộ phận', () => {
    expect(names('các trường hợp sau')).toEqual([])
    expect(names('các bộ phận chuyên môn')).toEqual([])
    // (a compound of three words, read from a noun of one: "các bộ chỉ số" is a set of indices, "các bộ chỉ đạo" the
    // ministries that direct)
    expect(names('các bộ chỉ số thành phần')).toEqual([])
    expect(names('các bộ chỉ đạo rà soát')).toEqual(['~các bộ'])
    expect(names('Các cơ quan ngang bộ chỉ đạo rà soát')).toEqual(['~các cơ quan ngang bộ'])
  })

  it('a head with a plural scope after a collective is a body of its own, not the next noun of the collective', () => {
    expect(names('các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo')).toEqual(['~các bộ, cơ quan ngang bộ', '~Ủy ban nhân dân các tỉnh, thành phố'])
    // (with no scope after it, "Ủy ban nhân dân" is one more noun of the list)
    expect(names('các cơ quan, đơn vị, Ủy ban nhân dân')).toEqual(['~các cơ quan, đơn vị, Ủy ban nhân dân'])
  })

  it('a collective written without "các" takes the level after it: cơ quan chức năng tỉnh', () => {
    expect(names('cơ quan chức năng tỉnh')).toEqual(['~cơ quan chức năng tỉnh'])
  })
})

describe('Ban Chỉ đạo: names the first reading cut or mangled', () => {
  it('a subject that ends in a comma before its scope keeps its last word: Ban Chỉ đạo phòng, chống tham nhũng, tỉnh', () => {
    expect(names('Ban Chỉ đạo phòng, chống tham nhũng, tỉnh')).toEqual(['Ban Chỉ đạo phòng, chống tham nhũng tỉnh'])
    expect(names('Ban Chỉ đạo phòng chống dịch bệnh, cấp tỉnh')).toEqual(['Ban Chỉ đạo phòng chống dịch bệnh cấp tỉnh'])
  })

  it('a title-case subject after a level of two words is written in lower case: Ban Chỉ đạo Trung ương Phòng chống thiên tai', () => {
    expect(names('Ban Chỉ đạo Trung ương Phòng chống thiên tai')).toEqual(['Ban Chỉ đạo Trung ương phòng chống thiên tai'])
    expect(names('Ban Chỉ đạo quốc gia Phòng chống thiên tai')).toEqual(['Ban Chỉ đạo quốc gia phòng chống thiên tai'])
  })

  it('an all-capital heading is told by the head, not by the first word: BAN CHỈ ĐẠO 389 QUỐC GIA; Ban Chỉ đạo CĐS tỉnh', () => {
    expect(names('BAN CHỈ ĐẠO 389 QUỐC GIA')).toEqual(['Ban Chỉ đạo 389 quốc gia'])
    expect(names('BAN CHỈ ĐẠO 138 CHUYÊN TRÁCH')).toEqual(['Ban Chỉ đạo 138 chuyên trách'])
    expect(names('Ban Chỉ đạo CĐS tỉnh')).toEqual(['Ban Chỉ đạo CĐS tỉnh'])
    expect(names('BCĐ CHUYỂN ĐỔI SỐ TỈNH')).toEqual(['Ban Chỉ đạo chuyển đổi số tỉnh'])
  })

  it("a time in a table's next cell is no part of a board's name: Ban Chỉ đạo Trung ương / Tháng 11/2026", () => {
    expect(names('Đề án được trình Ban Chỉ đạo Trung ương Tháng 11/2026')).toEqual(['Ban Chỉ đạo Trung ương'])
    expect(names('báo cáo Ban Chỉ đạo quý IV/2026')).toEqual(['Ban Chỉ đạo'])
    expect(names('báo cáo Ban Chỉ đạo trước ngày 15/12/2025')).toEqual(['Ban Chỉ đạo'])
    expect(names('Ban Chỉ đạo 389 quốc gia chủ trì')).toEqual(['Ban Chỉ đạo 389 quốc gia'])
  })

  it('a steering board named by its place keeps it: Ban Chỉ đạo tỉnh Lâm Đồng, BAN CHỈ ĐẠO HUYỆN LÂM HÀ', () => {
    expect(spans('Ban Chỉ đạo tỉnh Lâm Đồng chỉ đạo')).toEqual([['Ban Chỉ đạo tỉnh Lâm Đồng', 'Ban Chỉ đạo tỉnh Lâm Đồng']])
    expect(names('BAN CHỈ ĐẠO HUYỆN LÂM HÀ')).toEqual(['Ban Chỉ đạo huyện Lâm Hà'])
    expect(names('Ban Chỉ đạo tỉnh về phòng chống dịch')).toEqual(['Ban Chỉ đạo tỉnh về phòng chống dịch'])
  })

  it('an all-capital heading goes on past its commas: BAN CHỈ ĐẠO PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC TỈNH', () => {
    expect(names('BAN CHỈ ĐẠO PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC TỈNH')).toEqual(['Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh'])
  })

  it('"trình" ends a subject as a verb, not inside a noun: Ban Chỉ đạo chương trình mục tiêu quốc gia tỉnh', () => {
    expect(names('Ban Chỉ đạo chương trình mục tiêu quốc gia tỉnh')).toEqual(['Ban Chỉ đạo chương trình mục tiêu quốc gia tỉnh'])
    expect(names('Ban Chỉ đạo công trình trọng điểm tỉnh')).toEqual(['Ban Chỉ đạo công trình trọng điểm tỉnh'])
    expect(names('Ban Chỉ đạo chuyển đổi số trình UBND tỉnh')).toEqual(['Ban Chỉ đạo chuyển đổi số', 'Ủy ban nhân dân tỉnh'])
  })
})

describe('collectives and compounds', () => {
  it('a compound of three words ends a collective before it: các sở, ngành tổ chức thực hiện; các đơn vị hành chính', () => {
    expect(names('các sở, ngành tổ chức thực hiện')).toEqual(['~các sở, ngành'])
    expect(names('các sở, ngành, cơ quan hành chính')).toEqual(['~các sở, ngành, cơ quan hành chính'])
    expect(names('sắp xếp các đơn vị hành chính cấp xã')).toEqual([])
    expect(names('các cơ quan, tổ chức các cấp')).toEqual(['~các cơ quan, tổ chức các cấp'])
  })
})

describe('management boards named by their zones (lexicon/zones.tsv)', () => {
  it('the name runs over every zone the list names, lower-case "các" and all, then its place', () => {
    expect(names('phối hợp Ban Quản lý các khu công nghệ cao và khu công nghiệp; Sở Tài chính')).toEqual(['Ban Quản lý các khu công nghệ cao và khu công nghiệp', 'Sở Tài chính'])
    expect(names('Ban Quản lý các khu chế xuất và công nghiệp Thành phố Hồ Chí Minh chủ trì')).toEqual(['Ban Quản lý các khu chế xuất và công nghiệp thành phố Hồ Chí Minh'])
    expect(names('BAN QUẢN LÝ KHU KINH TẾ TỈNH QUẢNG NINH')).toEqual(['Ban Quản lý Khu kinh tế tỉnh Quảng Ninh'])
  })
  it('one zone without a place is named by its own name, not cut at its kind', () => {
    expect(names('Sở Tài chính phối hợp Ban Quản lý Khu kinh tế Dung Quất')).not.toContain('Ban Quản lý Khu kinh tế')
  })
  it('a list of zones, or one zone with nothing after it, is the board of the document\'s own place', () => {
    expect(names('Phối hợp chặt chẽ với Ban quản lý khu công nghiệp, khu kinh tế, khu chế xuất thực hiện')).toEqual(['Ban Quản lý khu công nghiệp, khu kinh tế, khu chế xuất'])
    expect(names('Phối hợp với Ban quản lý khu công nghiệp thực hiện')).toEqual(['Ban Quản lý khu công nghiệp'])
    // (a place after the list still names it: the board of that place)
    expect(names('Ban Quản lý khu công nghiệp, khu chế xuất tỉnh Bình An chủ trì')).toEqual(['Ban Quản lý khu công nghiệp, khu chế xuất tỉnh Bình An'])
  })
  it('one zone with nothing after it, before another board, is named as written, with no level of its own', () => {
    expect(names('Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh đầu tư, nâng cấp hạ tầng')).toEqual(['Ban Quản lý Khu kinh tế', 'Ban Quản lý các khu công nghiệp tỉnh'])
  })
  it('a zone whose comma was lost still joins the list, and the name puts the comma back', () => {
    expect(names('Ban Quản lý các Khu công nghiệp khu kinh tế, Sở Tài chính')).toEqual(['Ban Quản lý các Khu công nghiệp, khu kinh tế', 'Sở Tài chính'])
  })
})

describe('the central committees of the Front and the mass organisations', () => {
  it('"Trung ương" before the Front\'s name is its central body, as written', () => {
    expect(names('Đề nghị Trung ương Mặt trận Tổ quốc Việt Nam chỉ đạo')).toEqual(['Trung ương Mặt trận Tổ quốc Việt Nam'])
    expect(names('Trung ương Hội Liên hiệp Phụ nữ Việt Nam phối hợp')).toEqual(['Trung ương Hội Liên hiệp Phụ nữ Việt Nam'])
  })
})

describe('Ban Chỉ đạo: "và" inside its subject', () => {
  it('"và" before a word in lower case that goes on with the subject joins it; before a stop word or a capital it ends the name', () => {
    expect(names('Ban Chỉ đạo Nhà nước về Kế hoạch bảo vệ và phát triển rừng chỉ đạo')).toEqual(['Ban Chỉ đạo Nhà nước về kế hoạch bảo vệ và phát triển rừng'])
    expect(names('Ban Chỉ đạo phòng, chống tham nhũng và các cơ quan liên quan')[0]).toBe('Ban Chỉ đạo phòng, chống tham nhũng')
    expect(names('Ban Chỉ đạo chuyển đổi số và Đề án 06 của Chính phủ')[0]).toBe('Ban Chỉ đạo chuyển đổi số')
  })
})
