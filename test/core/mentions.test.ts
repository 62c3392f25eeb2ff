// The bodies a block names (src/core/grammar/mentions.ts): the head of a body acting for it gives the body.
import { describe, expect, it } from 'vitest'
import { definedAbbreviations, mentionsIn, withoutHeadTitles, withoutMentions } from '../../src/core/grammar/mentions.js'
import { findAgencies } from '../../src/core/agencies/index.js'
import { segment } from '../../src/core/read/segment.js'
import { bodiesIn } from '../../src/core/structure/bodies.js'

const names = (text: string) => mentionsIn(segment([text], false)[0]).map((m) => m.name)

describe('mentionsIn: the head of a body', () => {
  it('"Bộ trưởng Bộ X", "Chủ tịch Ủy ban nhân dân tỉnh Y" give the body', () => {
    expect(names('Bộ trưởng Bộ Công an chỉ đạo lực lượng chức năng.')).toEqual(['Bộ Công an'])
    expect(names('Chủ tịch Ủy ban nhân dân tỉnh Lào Cai kiểm tra, chỉ đạo.')).toEqual(['Ủy ban nhân dân tỉnh Lào Cai'])
  })
  it('a presidium is a body, not the head of one: "Đoàn Chủ tịch Tổng Liên đoàn"', () => {
    expect(names('Giao Đoàn Chủ tịch Tổng Liên đoàn hướng dẫn các cấp công đoàn.')).toEqual(['Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam'])
    expect(names('Chủ tịch Tổng Liên đoàn chỉ đạo.')).toEqual(['Tổng Liên đoàn Lao động Việt Nam'])
  })
  it('the units of the tax administration by the abbreviations its notices use', () => {
    expect(names('Vụ DTTT chủ trì, phối hợp Vụ TCCB, Cục TTKT và Ban QLRR.')).toEqual(['Vụ Dự toán thu thuế', 'Vụ Tổ chức cán bộ', 'Cục Thanh tra - Kiểm tra thuế', 'Ban Quản lý rủi ro'])
  })
  it('"Chánh Văn phòng X", "Chánh Thanh tra tỉnh": the office the chief heads opens the text, so it is the subject', () => {
    expect(withoutHeadTitles('Chánh Văn phòng Ban Chỉ đạo phòng thủ dân sự quốc gia phối hợp').trimStart()).toMatch(/^Văn phòng Ban Chỉ đạo/u)
    expect(withoutHeadTitles('Chánh Thanh tra tỉnh tổ chức kiểm tra.').trimStart()).toMatch(/^Thanh tra tỉnh/u)
    expect(names('Chánh Thanh tra tỉnh tổ chức kiểm tra.')).toEqual(['Thanh tra tỉnh'])
    // "Chánh án" heads a court: the court after it is named as before
    expect(withoutHeadTitles('Chánh án Tòa án nhân dân tỉnh chỉ đạo').trimStart()).toMatch(/^Tòa án/u)
  })
  it('a representative at the head of an item acts for the body: "Đại diện Bộ X: Chịu trách nhiệm …"; in lower case the words name the body as they are', () => {
    expect(names('Đại diện Bộ Kế hoạch và Đầu tư: Chịu trách nhiệm tham mưu, đề xuất nguồn vốn.')).toEqual(['Bộ Kế hoạch và Đầu tư'])
    expect(withoutHeadTitles('Đại diện Ủy ban Dân tộc: Chịu trách nhiệm tuyên truyền.').trimStart()).toMatch(/^Ủy ban Dân tộc:/u)
    expect(withoutHeadTitles('Mời đại diện Sở Y tế tham dự.')).toBe('Mời đại diện Sở Y tế tham dự.')
  })
  it('a company\'s governing organ acts for the company: "Hội đồng thành viên Tập đoàn X", "Ban Giám đốc Công ty Y" give the company', () => {
    expect(names('Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam chỉ đạo:')).toEqual(['Tập đoàn Điện lực Việt Nam'])
    expect(names('Hội đồng quản trị Tổng công ty Đường sắt Việt Nam rà soát.')).toEqual(['Tổng công ty Đường sắt Việt Nam'])
    expect(names('Ban Giám đốc Công ty cổ phần Cấp nước Bình An báo cáo.')).toEqual(['Công ty cổ phần Cấp nước Bình An'])
    expect(names('Chủ tịch Hội đồng thành viên, Tổng Giám đốc Tập đoàn Điện lực Việt Nam chỉ đạo.')).toEqual(['Tập đoàn Điện lực Việt Nam'])
    // with no body after it, the organ is named as it is
    expect(withoutHeadTitles('Hội đồng thành viên chỉ đạo.')).toBe('Hội đồng thành viên chỉ đạo.')
  })
  it('titles in a list share the body after the last ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ"), and a title stands before a collective', () => {
    const t = 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ chỉ đạo rà soát.'
    expect(withoutHeadTitles(t)).toBe(' '.repeat('Bộ trưởng, Thủ trưởng '.length) + 'cơ quan ngang bộ chỉ đạo rà soát.')
    expect(names(t)).toEqual(['cơ quan ngang bộ'])
    expect(withoutHeadTitles('Thủ trưởng đơn vị chịu trách nhiệm.').trimStart()).toBe('đơn vị chịu trách nhiệm.')
    // (a title alone, or before a word that names no body, stays)
    expect(withoutHeadTitles('Bộ trưởng, người đứng đầu')).toBe('Bộ trưởng, người đứng đầu')
    expect(withoutHeadTitles('Thủ trưởng trực tiếp')).toBe('Thủ trưởng trực tiếp')
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
  it('a branch whose name the text wrote in lower case is named in the lexicon\'s case, so that it has one key', () => {
    expect(names('Ngân hàng nhà nước khu vực XII chủ động triển khai thực hiện Kế hoạch.')).toEqual(['Ngân hàng Nhà nước khu vực XII'])
    expect(names('Ngân\nhàng nhà nước khu vực XII phối hợp.')).toEqual(['Ngân hàng Nhà nước khu vực XII'])
  })
  it('without a region the national body is named as the lexicon names it; "khu vực" with no number is no region', () => {
    expect(names('Ngân hàng Nhà nước chủ trì.')).toEqual(['Ngân hàng Nhà nước Việt Nam'])
    expect(names('Ngân hàng Nhà nước khu vực phía Nam chủ trì.')).toEqual(['Ngân hàng Nhà nước Việt Nam'])
  })
  it('the State Audit\'s regional office by its short name, "Kiểm toán khu vực VII", after other bodies too; not the work of auditing', () => {
    expect(names('Đề nghị Ủy ban Kiểm tra Tỉnh ủy, Kiểm toán khu vực VII phối hợp kiểm tra.')).toEqual(['Ủy ban Kiểm tra Tỉnh ủy', 'Kiểm toán khu vực VII'])
    expect(names('Kiểm toán Nhà nước khu vực VII chủ trì.')).toEqual(['Kiểm toán Nhà nước khu vực VII'])
    expect(names('Kiểm toán các dự án trong khu vực 3 xã biên giới.')).toEqual([])
  })
})

describe('withoutMentions', () => {
  it('leaves what stands around the names: a list of names leaves only its separators', () => {
    const text = 'Sở Y tế, Sở Tài chính và Sở Xây dựng;'
    expect(withoutMentions(text, findAgencies(text))).toBe(',  và ;')
    expect(withoutMentions('Sở Y tế kiểm tra', findAgencies('Sở Y tế kiểm tra'))).toBe(' kiểm tra')
  })
})

describe('mentionsIn: the Party secretary of a committee', () => {
  it('"Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh X" gives both bodies of the province', () => {
    expect(names('Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi nghiên cứu, chỉ đạo.')).toEqual(['Tỉnh ủy', 'Ủy ban nhân dân tỉnh Quảng Ngãi'])
    expect(names('Phó Bí thư Tỉnh ủy dự họp.')).toEqual([])
    // "Đồng chí Bí thư …" names the person
    expect(names('Đồng chí Bí thư Tỉnh ủy dự họp.')).toEqual([])
  })
  it('two levels\' committees named bare side by side are every province\'s: generic', () => {
    const ms = mentionsIn(segment(['Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chỉ đạo.'], false)[0])
    expect(ms.map((m) => [m.name, m.generic])).toEqual([['Tỉnh ủy', true], ['Thành ủy', true], ['Ủy ban nhân dân các tỉnh, thành phố', true]])
    expect(findAgencies('Huyện ủy, Thị ủy, Thành ủy').every((m) => m.generic)).toBe(true)
    // one alone is the province's own
    expect(findAgencies('Tỉnh ủy chỉ đạo')[0].generic).toBe(false)
  })
})

describe('definedAbbreviations: a name shortened by its initials around "&"', () => {
  const defs = (...lines: string[]) => Object.fromEntries(definedAbbreviations(segment(lines, false)))
  it('"PĐT&CTSV", "Trung tâm Thông tin &TĐT" stand for the names the document spells out', () => {
    const lines = ['Văn bản do Phòng Đào tạo và Công tác sinh viên soạn; Trung tâm Thông tin và Thư điện tử hỗ trợ.', '', 'Giao PĐT&CTSV chủ trì; Trung tâm Thông tin &TĐT phối hợp.']
    expect(defs(...lines)).toEqual({ 'PĐT&CTSV': 'Phòng Đào tạo và Công tác sinh viên', 'Trung tâm Thông tin &TĐT': 'Trung tâm Thông tin và Thư điện tử' })
  })
  it('the words written out must stand in the full name: "Báo TN&MT" is not "Bộ Tài nguyên và Môi trường"', () => {
    expect(defs('Bộ Tài nguyên và Môi trường chủ trì.', '', 'Báo TN&MT phối hợp.')).toEqual({})
  })
  it('with no full name in the document, nothing is defined', () => {
    expect(defs('Giao PĐT&CTSV chủ trì.')).toEqual({})
  })
  it('a body\'s own name that ends with what the document defined as that body stays one mention: "Tổng cục QLTT"', () => {
    const blocks = segment(['Tổng cục Quản lý thị trường (QLTT) ban hành Kế hoạch.', '', 'Tổng cục QLTT tập trung chỉ đạo; lực lượng QLTT kiểm tra.'], false)
    const defs = definedAbbreviations(blocks)
    for (const b of blocks) b.defs = defs
    expect(mentionsIn(blocks[1]).map((m) => [m.name, m.text])).toEqual([
      ['Tổng cục Quản lý thị trường', 'Tổng cục QLTT'],
      ['Tổng cục Quản lý thị trường', 'QLTT'],
    ])
  })
})

describe('mentionsIn: departments of ministries whose names hold words that end a name elsewhere', () => {
  it.each([
    ['Cục Kết cấu hạ tầng xây dựng tham mưu việc chỉ đạo các địa phương.', 'Cục Kết cấu hạ tầng xây dựng'],
    ['Giao Vụ Vật liệu xây dựng là cơ quan tham mưu.', 'Vụ Vật liệu xây dựng'],
    ['Cục Văn hoá các dân tộc Việt Nam chủ trì, phối hợp với các đơn vị.', 'Cục Văn hóa các dân tộc Việt Nam'],
    ['Cục Quản lý đê điều và Phòng, chống thiên tai kiểm tra các tuyến đê.', 'Cục Quản lý đê điều và Phòng, chống thiên tai'],
    ['Cục Hàng không Việt Nam chỉ đạo các cảng hàng không.', 'Cục Hàng không Việt Nam'],
  ])('%s → %s (lexicon/bodies.tsv)', (text, name) => expect(names(text)[0]).toBe(name))
  it('the grammar still reads a department the lexicon does not list: "Cục Thủy sản và Kiểm ngư"', () =>
    expect(names('Cục Thủy sản và Kiểm ngư chủ trì tuần tra.')[0]).toBe('Cục Thủy sản và Kiểm ngư'))
})

describe('mentionsIn: a national body\'s branch in a province', () => {
  it('"ngân hàng nhà nước Việt Nam chi nhánh tỉnh Lâm Đồng" is the branch, under the body\'s own name', () => {
    expect(names('Đề nghị ngân hàng nhà nước Việt Nam chi nhánh tỉnh Lâm Đồng: Chỉ đạo các ngân hàng.')).toEqual(['Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Lâm Đồng'])
    expect(names('Ngân hàng Nhà nước chi nhánh thành phố Hồ Chí Minh, Sở Tài chính phối hợp.')).toEqual(['Ngân hàng Nhà nước Việt Nam chi nhánh thành phố Hồ Chí Minh', 'Sở Tài chính'])
  })
  it('a province whose name begins like a head is read whole: "… chi nhánh tỉnh Thanh Hóa"', () =>
    expect(names('Ngân hàng Nhà nước chi nhánh tỉnh Thanh Hóa chỉ đạo các ngân hàng.')).toEqual(['Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Thanh Hóa']))
  it('the place ends at the next body: "… chi nhánh tỉnh Sở Công Thương" is two bodies', () =>
    expect(names('Ngân hàng Nhà nước chi nhánh tỉnh Sở Công Thương phối hợp.')).toEqual(['Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh', 'Sở Công Thương']))
})

/** The blocks of some lines, each with the abbreviations and names the document defines. */
const definedBlocks = (...lines: string[]) => {
  const bs = segment(lines, false)
  const d = definedAbbreviations(bs)
  for (const b of bs) b.defs = d
  return bs
}

describe('definedAbbreviations: a letter to one company calls it by its head noun', () => {
  const to = 'Kính gửi: Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô'
  it('"Công ty" alone after "Kính gửi: Công ty cổ phần …" is that company', () => {
    const bs = definedBlocks(to, 'Sở Nông nghiệp và Môi trường đề nghị Công ty thực hiện đầy đủ các nội dung sau:')
    expect(mentionsIn(bs[1]).map((m) => m.name)).toEqual(['Sở Nông nghiệp và Môi trường', 'Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô'])
  })
  it('not another company\'s name that opens with the same noun, and not a letter to several bodies or to a state body', () => {
    const bs = definedBlocks(to, 'Đề nghị Công ty Điện lực Lào Cai phối hợp.')
    expect(mentionsIn(bs[1]).map((m) => m.name)).not.toContain('Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô')
    expect(definedAbbreviations(segment(['Kính gửi: Công ty cổ phần Xi măng Bình An; Sở Xây dựng', 'Đề nghị Công ty báo cáo.'], false)).has('Công ty')).toBe(false)
    expect(definedAbbreviations(segment(['Kính gửi: Sở Xây dựng tỉnh Bình An', 'Đề nghị Sở báo cáo.'], false)).size).toBe(0)
  })
})

describe('definedAbbreviations: a project card names who plays a role', () => {
  const card = '- Chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng xã Trấn Yên.'
  it('"Chủ đầu tư" after "- Chủ đầu tư: Ban Quản lý dự án …" is that board, in either case; the card itself names it once', () => {
    const bs = definedBlocks(card, 'Đề nghị Chủ đầu tư tổ chức khảo sát, đề nghị chủ đầu tư bổ sung hồ sơ.')
    expect(mentionsIn(bs[1]).map((m) => [m.name, m.text])).toEqual([
      ['Ban Quản lý dự án đầu tư xây dựng xã Trấn Yên', 'Chủ đầu tư'],
      ['Ban Quản lý dự án đầu tư xây dựng xã Trấn Yên', 'chủ đầu tư'],
    ])
    expect(mentionsIn(bs[0]).map((m) => m.text)).toEqual(['Ban Quản lý dự án đầu tư xây dựng xã Trấn Yên'])
  })
  it('not when the document names two investors (two projects), nor one that is no body', () => {
    expect(definedAbbreviations(segment([card, '- Chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng huyện Văn Yên.'], false)).has('Chủ đầu tư')).toBe(false)
    expect(definedAbbreviations(segment(['- Chủ đầu tư: Công dân Nguyễn Văn A.'], false)).has('Chủ đầu tư')).toBe(false)
  })
})

describe('definedAbbreviations: a decision sets up a council and gives the short name it goes by', () => {
  it('"Ủy ban Quốc gia về người cao tuổi Việt Nam (sau đây gọi tắt là Ủy ban Quốc gia) là …": a full name before its short one, without "Thành lập"', () => {
    const bs = definedBlocks('Điều 1. Ủy ban Quốc gia về người cao tuổi Việt Nam (sau đây gọi tắt là Ủy ban Quốc gia) là tổ chức phối hợp liên ngành.', 'Ủy ban Quốc gia định kỳ họp ít nhất 01 lần/năm.')
    expect(mentionsIn(bs[1]).map((m) => [m.name, m.text])).toEqual([['Ủy ban Quốc gia về người cao tuổi Việt Nam', 'Ủy ban Quốc gia']])
  })
  it('"Trung tâm chính trị xã, phường, đặc khu (sau đây gọi tắt là Trung tâm)": a unit\'s head noun is its short name too', () => {
    const bs = definedBlocks('Quy chế này quy định về bồi dưỡng của Trung tâm chính trị xã, phường, đặc khu (sau đây gọi tắt là Trung tâm).', 'Trung tâm gửi giấy báo nhập học.')
    expect(mentionsIn(bs[1]).map((m) => [m.name, m.text])).toEqual([['Trung tâm chính trị xã, phường, đặc khu', 'Trung tâm']])
  })
  it('not a short name the text before the bracket does not open with', () => {
    const bs = definedBlocks('Điều 1. Tổ chức Hội nghị tổng kết (sau đây gọi tắt là Ban Tổ chức) vào tháng 12.', 'Ban Tổ chức Tỉnh ủy chủ trì.')
    expect(mentionsIn(bs[1]).map((m) => m.name)).toEqual(['Ban Tổ chức Tỉnh ủy'])
  })
  it('a short name read from a scan with its head\'s marks lost ("Uy ban Quốc gia") is the body defined', () => {
    const bs = definedBlocks('Điều 1. Ủy ban Quốc gia về người cao tuổi Việt Nam (sau đây gọi tắt là Ủy ban Quốc gia) là tổ chức phối hợp liên ngành.', 'Chủ tịch Uy ban Quốc gia chủ trì họp.')
    expect(mentionsIn(bs[1]).map((m) => m.name)).toEqual(['Ủy ban Quốc gia về người cao tuổi Việt Nam'])
  })
  it('"Bộ Y tế là Cơ quan thường trực của Ủy ban Quốc gia": the standing office, named after by its role, is that body', () => {
    const bs = definedBlocks('Bộ Y tế là Cơ quan thường trực của Ủy ban Quốc gia.', 'Cơ quan Thường trực Ủy ban Quốc gia chịu trách nhiệm theo dõi.', 'Cơ quan thường trực tổng hợp báo cáo.')
    expect(mentionsIn(bs[1]).map((m) => m.name)).toEqual(['Bộ Y tế'])
    expect(mentionsIn(bs[2]).map((m) => m.name)).toEqual(['Bộ Y tế'])
  })
  it('not when two bodies are each a standing office (two boards, two offices)', () => {
    const bs = definedBlocks('Sở Nội vụ là cơ quan thường trực của Hội đồng Thi đua - Khen thưởng tỉnh.', 'Công an tỉnh là cơ quan thường trực của Ban Chỉ đạo 138.', 'Cơ quan thường trực tổng hợp báo cáo.')
    expect(mentionsIn(bs[2]).map((m) => m.name)).not.toContain('Sở Nội vụ')
    expect(mentionsIn(bs[2]).map((m) => m.name)).not.toContain('Công an tỉnh')
  })
  it('"1. Nhà đầu tư" / "Tên doanh nghiệp: Công ty …": the investor, and the project\'s owner, are that company', () => {
    const bs = definedBlocks('1. Nhà đầu tư', 'Tên doanh nghiệp: Công ty Cổ phần Gỗ Tân Thịnh.', 'Nhà đầu tư có trách nhiệm nộp báo cáo; chủ đầu tư thực hiện dự án.')
    expect(mentionsIn(bs[2]).map((m) => m.name)).toEqual(['Công ty cổ phần Gỗ Tân Thịnh', 'Công ty cổ phần Gỗ Tân Thịnh'])
  })
  it('a decision approving an investment that names one company means it by "nhà đầu tư"; not the owner of another project', () => {
    const bs = definedBlocks(
      'QUYẾT ĐỊNH Chấp thuận điều chỉnh chủ trương đầu tư đồng thời chấp thuận nhà đầu tư',
      '',
      'Căn cứ hồ sơ do Công ty cổ phần tập đoàn đầu tư và thương mại Mundus Stones nộp ngày 06/8/2026;',
      '',
      'b. Nhà đầu tư phải làm thủ tục đăng ký cấp tài khoản; Chủ đầu tư thực hiện dự án.',
    )
    expect(bs.length).toBe(3)
    expect(mentionsIn(bs[2]).map((m) => m.name)).toEqual(['Công ty cổ phần tập đoàn đầu tư và thương mại Mundus Stones'])
    // (a text whose title approves no investment speaks of investors in general)
    const law = definedBlocks('LUẬT Chứng khoán', '', 'Công ty cổ phần Chứng khoán Sài Gòn có trách nhiệm bảo vệ quyền lợi của nhà đầu tư.', '', 'Nhà đầu tư phải mở tài khoản.')
    expect(law.length).toBe(3)
    expect(mentionsIn(law[2]).map((m) => m.name)).toEqual([])
  })
  it('"Thành lập Hội đồng thẩm định Quy hoạch … (sau đây viết tắt là Hội đồng thẩm định)": the short name is the council', () => {
    const bs = definedBlocks('Điều 1. Thành lập Hội đồng thẩm định Quy hoạch các khu công nghiệp tỉnh Lào Cai (sau đây viết tắt là Hội đồng thẩm định), gồm các thành viên sau:', 'Hội đồng thẩm định làm việc theo chế độ tập thể và chịu trách nhiệm thẩm định đồ án quy hoạch.')
    expect(mentionsIn(bs[1]).map((m) => [m.name, m.text])).toEqual([['Hội đồng thẩm định Quy hoạch các khu công nghiệp tỉnh Lào Cai', 'Hội đồng thẩm định']])
  })
  it('two set up at once share the rest of the name: "Thành lập Hội đồng và Tổ giúp việc Hội đồng đánh giá … (gọi tắt là Hội đồng và Tổ giúp việc)"', () => {
    const d = Object.fromEntries(definedAbbreviations(segment(['Điều 1. Thành lập Hội đồng và Tổ giúp việc Hội đồng đánh giá hồ sơ dự thầu cụm công nghiệp Mông Sơn (gọi tắt là Hội đồng và Tổ giúp việc) gồm các ông, bà có tên sau:'], false)))
    expect(d).toEqual({
      'Hội đồng': 'Hội đồng đánh giá hồ sơ dự thầu cụm công nghiệp Mông Sơn',
      'Tổ giúp việc': 'Tổ giúp việc Hội đồng đánh giá hồ sơ dự thầu cụm công nghiệp Mông Sơn',
      'Tổ giúp việc Hội đồng': 'Tổ giúp việc Hội đồng đánh giá hồ sơ dự thầu cụm công nghiệp Mông Sơn',
    })
  })
  it('a short name that opens another council\'s name stands for that one: "Hội đồng nhân dân", "Hội đồng Thi đua - Khen thưởng"', () => {
    const bs = definedBlocks('Điều 1. Thành lập Hội đồng đánh giá hồ sơ dự thầu cụm công nghiệp Mông Sơn (gọi tắt là Hội đồng).', 'Báo cáo Hội đồng nhân dân và Hội đồng Thi đua - Khen thưởng; Hội đồng họp định kỳ.')
    expect(mentionsIn(bs[1]).filter((m) => m.text === 'Hội đồng').map((m) => m.index)).toEqual([bs[1].text.lastIndexOf('Hội đồng họp')])
  })
})

describe('definedAbbreviations: a short form of several words in brackets', () => {
  const defs = (...lines: string[]) => Object.fromEntries(definedAbbreviations(segment(lines, false)))
  it('"Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1 (Chi cục HQCK cảng SGKV 1)": the short form is the body in full', () => {
    const lines = ['III. Cục Hải quan TP. Hồ Chí Minh hướng dẫn Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1 (Chi cục HQCK cảng SGKV 1) thực hiện nội dung sau:']
    expect(defs(...lines)).toEqual({ 'Chi cục HQCK cảng SGKV 1': 'Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1' })
    const blocks = segment([...lines, '', 'Chi cục HQCK cảng SGKV 1 phối hợp Tổng Công ty Tân Cảng Sài Gòn rà soát danh sách.'], false)
    const d = definedAbbreviations(blocks)
    for (const b of blocks) b.defs = d
    expect(mentionsIn(blocks[1]).map((m) => m.name)).toEqual(['Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1', 'Tổng Công ty Tân Cảng Sài Gòn'])
  })
  it('a bracket that names another body, of another head, is no short form: "Bộ Công an (Cục Cảnh sát giao thông)"', () => {
    expect(defs('Giao Bộ Công an (Cục Cảnh sát giao thông) chủ trì.')).toEqual({})
  })
})

describe('bodiesIn: the bodies a heading names', () => {
  it('a national body\'s regional or provincial branch, whole, as in a sentence', () => {
    expect(bodiesIn('Kho bạc Nhà nước khu vực IX').map((m) => [m.name, m.index, m.length])).toEqual([['Kho bạc Nhà nước khu vực IX', 0, 27]])
    expect(bodiesIn('Ngân hàng Chính sách xã hội chi nhánh tỉnh').map((m) => m.name)).toEqual(['Ngân hàng Chính sách xã hội chi nhánh tỉnh'])
  })
  it('"đóng trên địa bàn" belongs to the collective before it', () => {
    expect(bodiesIn('Báo và Phát thanh, Truyền hình tỉnh và các cơ quan báo chí đóng trên địa bàn').map((m) => m.name)).toEqual([
      'Báo và Phát thanh, Truyền hình tỉnh',
      'các cơ quan báo chí đóng trên địa bàn',
    ])
  })
  it('"Liên đoàn Lao động" and "Liên minh Hợp tác xã" name a body with no level after them, as "Hội Nông dân" does', () => {
    expect(bodiesIn('Liên đoàn Lao động, Hội Nông dân, Liên minh Hợp tác xã').map((m) => m.name)).toEqual(['Liên đoàn Lao động', 'Hội Nông dân', 'Liên minh Hợp tác xã'])
    expect(bodiesIn('Tổng Liên đoàn Lao động Việt Nam').map((m) => m.name)).toEqual(['Tổng Liên đoàn Lao động Việt Nam'])
  })
  it('"Chi cục Hải quan tỉnh Cần Thơ" is the sub-department whole, not "Cục Hải quan tỉnh Cần Thơ" read from its second word', () => {
    expect(bodiesIn('Đề nghị Chi cục Hải quan tỉnh Cần Thơ').map((m) => m.name)).toEqual(['Chi cục Hải quan tỉnh Cần Thơ'])
    expect(names('Chi cục Thuế khu vực XIX chủ trì.')).toEqual(['Chi cục Thuế khu vực XIX'])
  })
})
