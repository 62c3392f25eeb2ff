import { describe, expect, it } from 'vitest'
import { mergeUnits, tokens, unitMentions } from '../../src/core/grammar/units.js'
import { findAgencies } from '../../src/core/agencies/index.js'

const names = (s: string) => unitMentions(s, []).map((m) => m.name)

describe('unitMentions', () => {
  it('a team is a unit: "Đội Quản lý thị trường 12 B", not "đội ngũ"', () => {
    expect(names('Công an Kinh tế , Đội Quản lý thị trường 12 B xử lý nghiêm')).toEqual(['Công an Kinh tế', 'Đội Quản lý thị trường 12 B'])
    expect(names('Xây dựng đội ngũ cán bộ')).toEqual([])
  })
  it('a bare "Văn phòng" is a body where a body stands, acting or listed; not inside a phrase', () => {
    expect(names('giao Văn phòng chủ trì, phối hợp với các đơn vị')).toEqual(['Văn phòng'])
    expect(names('phối hợp với Tạp chí Thuế, Văn phòng và Vụ QLN')).toContain('Văn phòng')
    expect(names('làm việc tại trụ sở Văn phòng.')).toEqual([])
    expect(names('Văn phòng chủ tịch xã')).toEqual([])
    expect(names('Côn Đảo, Vân Đồn, Vân Phong, Cồn Cỏ')).toEqual([])
    expect(names('6 Văn phòng')).toEqual([])
  })
  it('"và" before a project\'s or a document\'s name ends a unit\'s name: "Bệnh viện Hữu nghị Việt Đức và Dự án đầu tư …"', () => {
    expect(names('kiểm tra Dự án đầu tư xây dựng Cơ sở 2 Bệnh viện Hữu nghị Việt Đức và Dự án đầu tư xây dựng Cơ sở 2 Bệnh viện Bạch Mai tại tỉnh Ninh Bình')).toEqual([
      'Bệnh viện Hữu nghị Việt Đức',
      'Bệnh viện Bạch Mai',
    ])
  })
  it('a head\'s word that is a surname before "Văn" or "Thị" and a name is a person: "Đoàn Văn Sự"; not "Đoàn Văn công …"', () => {
    expect(names('Đồng chí Đoàn Văn Sự - Phó bí thư thường trực huyện ủy chủ trì')).toEqual([])
    expect(names('Đoàn Văn công Quân khu 7 biểu diễn')).toEqual(['Đoàn Văn công Quân khu 7'])
  })
  it('the short number that names a unit ends its name, save for a level after it; a count of levels names none', () => {
    expect(names('Tổng Công ty Tân Cảng cung cấp cho Chi cục HQCK cảng SGKV 1 quyền dừng đưa container')).toEqual(['Tổng Công ty Tân Cảng', 'Chi cục HQCK cảng SGKV 1'])
    expect(names('Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia tăng cường kiểm tra')).toEqual(['Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia'])
    expect(names('triển khai Đề án tổ chức Công an 3 cấp, không tổ chức Công an cấp huyện')).toEqual([])
  })
  it('"&" between spaces joins a name\'s words as "và" does, and is spelt "và"; not before another body', () => {
    expect(names('Viện Nghiên cứu Công nhân & Công đoàn, ')).toEqual(['Viện Nghiên cứu Công nhân và Công đoàn'])
    expect(names('Trung tâm Y tế & Trung tâm Văn hóa huyện')).toEqual(['Trung tâm Y tế', 'Trung tâm Văn hóa huyện'])
  })
  it('a head\'s word that begins no name of its own is a word of the name: "Ban Chỉ huy Phòng thủ dân sự tỉnh"; "qua" ends a name', () => {
    expect(names('Báo cáo về Ban Chỉ huy Phòng thủ dân sự tỉnh qua Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh để tổng hợp.')).toEqual([
      'Ban Chỉ huy Phòng thủ dân sự tỉnh',
      'Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh',
    ])
    // (a head that begins a name of its own still begins another body: "Cục Viễn thông Phòng Kế hoạch" is two)
    expect(names('Cục Viễn thông Phòng Kế hoạch chủ trì')).toEqual(['Cục Viễn thông', 'Phòng Kế hoạch'])
  })
  it('a comma goes on with a name before a field, not before a person\'s title: "Ban Thường vụ Tỉnh ủy, Phó Chủ tịch …"', () => {
    expect(names('Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh chỉ đạo')).toEqual(['Ban Thường vụ Tỉnh ủy'])
    expect(names('Sau khi nghe Ban Chỉ đạo, Tổng Bí thư phát biểu')).toEqual(['Ban Chỉ đạo'])
    expect(names('Trung tâm Xúc tiến Đầu tư, Giám đốc Trung tâm ký')).toEqual(['Trung tâm Xúc tiến Đầu tư'])
    expect(names('Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam chủ trì')).toEqual(['Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam'])
  })
  it('the verbs of a meeting end a name: "diễn ra", "thảo luận", "phát biểu"', () => {
    expect(names('Trung tâm Hội nghị quốc gia diễn ra lễ ký kết')).toEqual(['Trung tâm Hội nghị quốc gia'])
    expect(names('các thành viên Ban Chỉ đạo thảo luận, Tổng Bí thư phát biểu')).toEqual(['Ban Chỉ đạo'])
  })
  it('what a body does or what befalls it ends its name: "hoạt động", "ngưng hoạt động", "biết", "tiếp thu", "công nhận", "xảy ra"', () => {
    expect(names('Trung tâm Phục vụ hành chính công hoạt động hiệu quả')).toEqual(['Trung tâm Phục vụ hành chính công'])
    expect(names('Trường Đại học Tôn Đức Thắng ngưng hoạt động')).toEqual(['Trường Đại học Tôn Đức Thắng'])
    expect(names('để Công ty TNHH Đại Đồng Tiến biết, thực hiện')).toEqual(['Công ty TNHH Đại Đồng Tiến'])
    expect(names('phối hợp với Vụ TCCB-BTC tiếp thu, giải trình')).toEqual(['Vụ TCCB-BTC'])
    expect(names('Trường ĐHVN công nhận kết quả học tập')).toEqual(['Trường ĐHVN'])
    // (a field of the name in capitals is still the name's: "Trung tâm Hoạt động thanh thiếu nhi")
    expect(names('Trung tâm Hoạt động thanh thiếu nhi tỉnh tổ chức trại hè')).toEqual(['Trung tâm Hoạt động thanh thiếu nhi tỉnh'])
  })
  it('a name that ends with the place "Lâm Đồng" stops before the verb: "Đồng" is no "Hội đồng"', () => {
    expect(names('Đề nghị Ban Chủ nhiệm Đoàn Luật sư tỉnh Lâm Đồng khẩn trương hoàn thiện hồ sơ')).toEqual(['Ban Chủ nhiệm Đoàn Luật sư tỉnh Lâm Đồng'])
  })
  it('the offices of tax and statistics, named since 2025 without "Cục": "Thuế tỉnh", "Thống kê tỉnh Bắc Ninh"', () => {
    expect(names('b) Thống kê tỉnh Bắc Ninh: Phối hợp cung cấp báo cáo chỉ số giá')).toEqual(['Thống kê tỉnh Bắc Ninh'])
    expect(names('Chủ trì, phối hợp với Thuế tỉnh, Sở Công Thương')).toEqual(['Thuế tỉnh'])
    // (figures of a province, or a tax, in lower case or with no level after it, are no office)
    expect(names('Số liệu thống kê tỉnh Bắc Ninh năm 2025')).toEqual([])
    expect(names('Thuế thu nhập cá nhân được miễn')).toEqual([])
  })
  it('a company\'s legal form opens its name in either case: "Công ty Cổ phần Công nghiệp Khánh An", "Công ty TNHH …"', () => {
    expect(names('Sở yêu cầu Công ty Cổ phần Công nghiệp Khánh An thực hiện các nội dung sau:')).toEqual(['Công ty cổ phần Công nghiệp Khánh An'])
    expect(names('Công ty cổ phần Xi măng Hà Tiên thực hiện')).toEqual(['Công ty cổ phần Xi măng Hà Tiên'])
    expect(names('Công ty trách nhiệm hữu hạn Minh Phát chủ trì')).toEqual(['Công ty trách nhiệm hữu hạn Minh Phát'])
    expect(names('Công ty TNHH Minh Phát chủ trì')).toEqual(['Công ty TNHH Minh Phát'])
    // ("Công trình" is a noun inside the name; "trình" after a name is still a verb)
    expect(names('Công ty Cổ phần Công trình Đô thị Phú Thành thực hiện')).toEqual(['Công ty cổ phần Công trình Đô thị Phú Thành'])
    expect(names('Công ty Cổ phần Xây dựng trình phương án')).toEqual(['Công ty cổ phần Xây dựng'])
  })
  it('a company\'s trades in lower case come between its legal form and its name: "Công ty cổ phần tập đoàn đầu tư và thương mại Mundus Stones"', () => {
    expect(names('Căn cứ hồ sơ do Công ty cổ phần tập đoàn đầu tư và thương mại Mundus Stones nộp ngày 06/8/2026')).toEqual(['Công ty cổ phần tập đoàn đầu tư và thương mại Mundus Stones'])
    expect(names('Công ty TNHH xây dựng và thương mại Minh Phát chủ trì')).toEqual(['Công ty TNHH xây dựng và thương mại Minh Phát'])
    // (trades that open the name with a capital, the rest of them in lower case: "Công ty Cổ phần Đầu tư phát triển công
    // nghiệp Lào Cai")
    expect(names('Công ty Cổ phần Đầu tư phát triển công nghiệp Lào Cai có trách nhiệm')).toEqual(['Công ty cổ phần Đầu tư phát triển công nghiệp Lào Cai'])
    expect(names('Công ty Cổ phần Đầu tư và Xây dựng Sông Đà thực hiện')).toEqual(['Công ty cổ phần Đầu tư và Xây dựng Sông Đà'])
    // (a company called by its legal form alone does not run on to the body after a verb)
    expect(names('Công ty cổ phần phối hợp với Sở Tài chính')).toEqual([])
  })
  it('a unit named with "các cấp" after it is every such unit, a collective: "Ban Chỉ huy PTDS các cấp"', () => {
    const [m] = unitMentions('Ban Chỉ huy PTDS các cấp', [])
    expect(m).toMatchObject({ name: 'Ban Chỉ huy PTDS các cấp', text: 'Ban Chỉ huy PTDS các cấp', generic: true })
  })
  it('a unit before a plural scope of places is that unit of every such place, a collective: "Chi cục Thuế các quận, huyện"', () => {
    const [m] = unitMentions('Đề nghị Chi cục Thuế các quận, huyện và thị xã hướng dẫn', [])
    expect(m).toMatchObject({ name: 'Chi cục Thuế các quận, huyện và thị xã', text: 'Chi cục Thuế các quận, huyện và thị xã', generic: true })
    // (not a list of bodies after the unit: "các sở, ngành" is no scope of places)
    expect(unitMentions('Trung tâm Y tế các sở, ngành', [])[0]).toMatchObject({ name: 'Trung tâm Y tế', generic: false })
    // (nor places named after it: those are named bodies, not every place)
    expect(unitMentions('Đoàn Luật sư các tỉnh Đắk Nông, Bình Thuận', [])[0]).toMatchObject({ name: 'Đoàn Luật sư', generic: false })
  })
  it('reads a unit head and its capitalised name up to the verb that follows', () => {
    expect(names('Phòng Giáo dục Mầm non - Tiểu học tổ chức chuyên đề cấp tỉnh')).toEqual(['Phòng Giáo dục Mầm non - Tiểu học'])
    expect(names('Giao Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Phòng Tổ chức cán bộ tham mưu')).toEqual(['Phòng Kế hoạch - Tài chính', 'Phòng Tổ chức cán bộ'])
    expect(names('Phòng Khảo thí và Quản lý chất lượng giáo dục chủ trì')).toEqual(['Phòng Khảo thí và Quản lý chất lượng giáo dục'])
  })
  it('a head followed by a common noun is not a unit', () => {
    expect(names('đề xuất danh mục phòng học ngoại ngữ')).toEqual([])
    expect(names('xây dựng Trung tâm dữ liệu quốc gia')).toEqual([])
  })
  it('leaves alone what the lexicon already found', () => {
    const known = [{ name: 'Văn phòng Tỉnh ủy', text: 'Văn phòng Tỉnh ủy', index: 0, length: 17, generic: false }]
    expect(unitMentions('Văn phòng Tỉnh ủy theo dõi', known)).toEqual([])
  })
})

describe('unitMentions: a head a scan wrote', () => {
  it('a head of two words with its marks lost, or its tone on the old place, is named as spelt ("Uy ban Quốc gia", "Uỷ ban Quốc gia")', () => {
    expect(names('Chủ tịch Uy ban Quốc gia chủ trì')).toEqual(['Ủy ban Quốc gia'])
    expect(names('Uỷ ban Quốc gia chủ trì')).toEqual(['Ủy ban Quốc gia'])
    expect(names('Trung tam Y tế huyện chủ trì')).toEqual(['Trung tâm Y tế huyện'])
  })
  it('not a head of one word ("Bo", "So" are other words), nor a head in lower case', () => {
    expect(names('Bo Cong Thuong chủ trì')).toEqual([])
    expect(names('uy ban Quốc gia chủ trì')).toEqual([])
  })
})

describe('unitMentions: where a name ends', () => {
  it('a time ("trước 15 giờ"), a legal reference ("khoản 3 Điều 10") or a hedge ("không kể", "khoảng") is no part of a name', () => {
    expect(names('gửi Quỹ Hỗ trợ việc làm ngoài nước khoản 3 Điều 10 Nghị định')).toEqual(['Quỹ Hỗ trợ việc làm ngoài nước'])
    expect(names('báo cáo Cục Quản lý thị trường trước 15 giờ hằng ngày')).toEqual(['Cục Quản lý thị trường'])
  })
  it('a place ("nơi đặt trụ sở", "ở nước ngoài"), a motion ("đưa … vào hoạt động") or a verb of approval is no part of a name', () => {
    expect(names('nộp hồ sơ tại Trung tâm Phục vụ hành chính công nơi doanh nghiệp đặt trụ sở chính')).toEqual(['Trung tâm Phục vụ hành chính công'])
    expect(names('Hoàn thành và đưa Trung tâm IOC vào hoạt động trong quý I năm 2026')).toEqual(['Trung tâm IOC'])
    expect(names('Trung tâm IOC đi vào hoạt động')).toEqual(['Trung tâm IOC'])
    expect(names('phương án được Cục Hàng hải và Đường thủy nội địa Việt Nam phê duyệt')).toEqual(['Cục Hàng hải và Đường thủy nội địa Việt Nam'])
  })
  it('an adverb before the verb ("cũng", "chưa", "vẫn", "đều", "còn") is no part of a name', () => {
    expect(names('Cục Đăng kiểm Việt Nam cũng chưa ban hành văn bản hướng dẫn')).toEqual(['Cục Đăng kiểm Việt Nam'])
    expect(names('Trung tâm Kiểm định xe cơ giới tỉnh vẫn chưa được hướng dẫn')).toEqual(['Trung tâm Kiểm định xe cơ giới tỉnh'])
    expect(names('Chi cục Kiểm lâm còn lúng túng')).toEqual(['Chi cục Kiểm lâm'])
  })
})

describe('unitMentions: a local unit whose name lists its fields', () => {
  it('may start in lower case when it lists its fields and ends at its level; a common noun after the head still does not', () => {
    expect(names('h) Giao Trung tâm xúc tiến Đầu tư, Thương mại và Du lịch tỉnh:')).toEqual(['Trung tâm xúc tiến Đầu tư, Thương mại và Du lịch tỉnh'])
    expect(names('Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh chủ trì')).toEqual(['Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh'])
    expect(names('xây dựng Trung tâm dữ liệu ANSI tại tỉnh')).toEqual([])
    expect(names('Trung tâm Y tế, Bệnh viện Đa khoa tỉnh chủ trì')).toEqual(['Trung tâm Y tế', 'Bệnh viện Đa khoa tỉnh'])
  })
  it('may list its fields in lower case after a capital, up to its level; a verb list after the name is no field list', () => {
    expect(names('phối hợp: Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh.')).toEqual(['Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh'])
    expect(names('Trung tâm Y tế hướng dẫn, kiểm tra và hỗ trợ các xã')).toEqual(['Trung tâm Y tế'])
    expect(names('Trung tâm Y tế hướng dẫn, kiểm tra và hỗ trợ xã thực hiện')).toEqual(['Trung tâm Y tế'])
  })
})

describe('unitMentions: a company\'s legal form', () => {
  it('"cổ phần" damaged by a scan is spelt as the law spells it, so that one company has one name', () => {
    expect(names('Công ty cô phần Trung tâm Hội chợ Triển lãm Việt Nam chủ trì')).toEqual(['Công ty cổ phần Trung tâm Hội chợ Triển lãm Việt Nam'])
    expect(names('Công ty cỗ phân Trung tâm Hội chợ Triển lãm Việt Nam chủ trì')).toEqual(['Công ty cổ phần Trung tâm Hội chợ Triển lãm Việt Nam'])
    expect(names('Công ty cổ phần Vinhomes chủ trì')).toEqual(['Công ty cổ phần Vinhomes'])
  })
})

describe('unitMentions: heads from lexicon/unit-heads.tsv', () => {
  it('finds companies, banks, hospitals, the press and army units by their head', () => {
    expect(names('Tập đoàn Vingroup, Công ty cổ phần Trung tâm Hội chợ Triển lãm Việt Nam chủ động rà soát')).toEqual([
      'Tập đoàn Vingroup',
      'Công ty cổ phần Trung tâm Hội chợ Triển lãm Việt Nam',
    ])
    expect(names('Chi nhánh Ngân hàng Chính sách xã hội thành phố, Trung tâm Dịch vụ việc làm thành phố phối hợp')).toEqual([
      'Chi nhánh Ngân hàng Chính sách xã hội thành phố',
      'Trung tâm Dịch vụ việc làm thành phố',
    ])
    expect(names('Bệnh viện Đa khoa tỉnh, Bộ đội Biên phòng tỉnh, Binh đoàn 19 thực hiện')).toEqual(['Bệnh viện Đa khoa tỉnh', 'Bộ đội Biên phòng tỉnh', 'Binh đoàn 19'])
  })
  it('nests a Party cell or committee over the body it sits in', () => {
    expect(names('Tổ đảng ở Thường trực Ủy ban Kinh tế thực hiện')).toEqual(['Tổ đảng ở Thường trực Ủy ban Kinh tế'])
    expect(names('Đảng ủy cơ quan Văn phòng Quốc hội chỉ đạo')).toEqual(['Đảng ủy cơ quan Văn phòng Quốc hội'])
  })
  it('ends a name at a verb, also one that OCR damaged', () => {
    expect(names('Tạp chí Diễn đàn doanh nghiệp đăng tải các bài viết')).toEqual(['Tạp chí Diễn đàn doanh nghiệp'])
    expect(names('Công ty Hội chợ Việt Nam khan trương hoàn thành')).toEqual(['Công ty Hội chợ Việt Nam'])
  })
  it('a plural is a collective, a lower-case name with no capital is no body', () => {
    expect(names('các Trung tâm Y tế huyện thực hiện')).toEqual([])
    expect(names('Công ty có trách nhiệm nộp thuế')).toEqual([])
  })
})

describe('unitMentions: lists and boards', () => {
  it('a comma before a body the lexicon knows ends the name; a board may manage several zones', () => {
    const text = 'phối hợp với Ban Quản lý Khu kinh tế, Sở Công Thương thực hiện'
    const known = [{ name: 'Sở Công Thương', text: 'Sở Công Thương', index: text.indexOf('Sở'), length: 14, generic: false }]
    expect(unitMentions(text, known).map((m) => m.name)).toEqual(['Ban Quản lý Khu kinh tế'])
    expect(names('phối hợp Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi: hướng dẫn')).toEqual(['Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi'])
    // only a board's name lists zones so: "và các" ends another unit's
    expect(names('Trung tâm Y tế Hòa An và các Trạm Y tế xã')).toEqual(['Trung tâm Y tế Hòa An'])
  })
})

describe('unit names that hold a field, digital, or a comma', () => {
  it('a ministry\'s field written in lower case goes on across its "và"', () => {
    expect(names('Trung tâm Truyền thông tài nguyên và môi trường có trách nhiệm')).toEqual(['Trung tâm Truyền thông tài nguyên và môi trường'])
    // any other lower-case "và" still ends the name
    expect(names('Trung tâm Truyền thông tỉnh và các cơ quan báo chí')).toEqual(['Trung tâm Truyền thông tỉnh'])
  })
  it('"số" after a name is digital, not a number, unless a number follows it', () => {
    expect(names('phối hợp với Cục Chuyển đổi số và Thông tin dữ liệu tài nguyên môi trường thiết lập hệ thống')).toEqual(['Cục Chuyển đổi số và Thông tin dữ liệu tài nguyên môi trường'])
    expect(names('Trường THCS số 2 tổ chức')).toEqual(['Trường THCS'])
  })
  it('fields listed in lower case end a name at the end of the text (a heading) or at a level before a verb', () => {
    expect(names('Trung tâm Xúc tiến đầu tư, thương mại và du lịch')).toEqual(['Trung tâm Xúc tiến đầu tư, thương mại và du lịch'])
    expect(names('Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh tổ chức hội chợ')).toEqual(['Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh'])
    // a verb inside the list ends it where the unit's capitalised name ends
    expect(names('Trung tâm Xúc tiến đầu tư, thương mại và du lịch tổ chức hội chợ')).toEqual(['Trung tâm Xúc tiến'])
  })
  it('a field written as its joined abbreviation is spelt out as domains.tsv names it', () => {
    expect(names('Trung tâm Truyền thông TN&MT, Báo TN&MT chủ trì')).toEqual(['Trung tâm Truyền thông Tài nguyên và Môi trường', 'Báo Tài nguyên và Môi trường'])
  })
  it('an institute\'s name may hold a comma; "và" before a person\'s title ends a name', () => {
    expect(names('Viện Chiến lược, Chính sách tài nguyên và môi trường nghiên cứu')).toEqual(['Viện Chiến lược, Chính sách tài nguyên và môi trường'])
    expect(names('Cục trưởng Cục Viễn thông và Thủ trưởng các cơ quan')).toEqual(['Cục Viễn thông'])
  })
  it('"các Tập đoàn: A, B" and "Các Cục: A; B, C; D": a plural head over a list of names is one body per name', () => {
    expect(names('đề nghị các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội tổ chức triển khai')).toEqual([
      'Tập đoàn Bưu chính Viễn thông Việt Nam',
      'Tập đoàn Công nghiệp - Viễn thông Quân đội',
    ])
    // semicolons part the items when the list uses them: a name may then hold a comma, or open with a head's word
    expect(names('Các Cục: Bản quyền tác giả; Xuất bản, In và Phát hành; Báo chí. Vụ Pháp chế')).toEqual(['Cục Bản quyền tác giả', 'Cục Xuất bản, In và Phát hành', 'Cục Báo chí', 'Vụ Pháp chế'])
    // a body of its own ends the list; without a colon a plural stays a collective
    expect(names('các Cục: Di sản văn hóa, Văn phòng Bộ phối hợp')).toEqual(['Cục Di sản văn hóa', 'Văn phòng Bộ'])
    expect(names('các Trung tâm Y tế thực hiện')).toEqual([])
  })
  it('a department\'s or an office\'s name may hold a comma, and a field\'s word goes on past a syllable that could be a verb', () => {
    expect(names('phối hợp với Vụ Khoa học công nghệ, Đào tạo và Môi trường, Trung tâm Chuyển đổi số triển khai')).toEqual(['Vụ Khoa học công nghệ, Đào tạo và Môi trường', 'Trung tâm Chuyển đổi số'])
    expect(names('Vụ Kế hoạch, Tài chính, Văn phòng Bộ chủ trì')).toEqual(['Vụ Kế hoạch, Tài chính', 'Văn phòng Bộ'])
  })
  it('heads that hold a lower-case or a plural word are read whole (unit-heads.tsv): "Viện Nghiên cứu phát triển", "Liên hiệp các Hội"', () => {
    expect(names('Các sở ngành liên quan, Viện Nghiên cứu phát triển Thành phố')).toEqual(['Viện Nghiên cứu phát triển Thành phố'])
    expect(names('Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh chủ trì hội thảo')).toEqual(['Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh'])
  })
  it('a field abbreviated in four capitals or more is spelt out; a sub-committee is a unit', () => {
    expect(names('Trung tâm Chuyển đổi số VHTTDL chủ trì')).toEqual(['Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch'])
    expect(names('Tiểu ban giúp việc Ban Chỉ đạo 934 thực hiện')).toEqual(['Tiểu ban giúp việc Ban Chỉ đạo 934'])
  })
})

describe('mergeUnits', () => {
  it('a unit that holds a body the lexicon found wins over it; one inside a known body is dropped', () => {
    const known = [{ name: 'Văn phòng Quốc hội', text: 'Văn phòng Quốc hội', index: 16, length: 18, generic: false }]
    const units = unitMentions('Đảng ủy cơ quan Văn phòng Quốc hội chỉ đạo', known)
    expect(mergeUnits(known, units).map((m) => m.name)).toEqual(['Đảng ủy cơ quan Văn phòng Quốc hội'])
  })
})

describe('tokens', () => {
  // read by hand: every text must give the tokens of the regex it replaced
  const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}&]*|[^\s\p{L}\p{N}]/gu
  it.each(["Hʼmông, H'Mông; KH&ĐT, KH& ĐT, &ĐT", 'hoà\u0301 \u0301x 12&3 Đ\u00a0X\u3000Y\tZ – “Bộ”', 'chữ 𝐀𝐁 ngoài BMP, 😀 và Bộ'])('reads %j as TOKEN does', (text) => {
    expect(tokens(text).map((t) => [t.raw, t.index])).toEqual([...text.matchAll(TOKEN)].map((m) => [m[0], m.index]))
  })
})

describe('a document\'s name after words in lower case', () => {
  it('is no body\'s name: "cơ quan chủ quản Chương trình"', () => {
    expect(names('Cơ quan chủ quản Chương trình, cơ quan chủ trì Chương trình, chủ đầu tư.')).toEqual([])
  })
  it('a name that opens with one keeps it: "Vụ Kế hoạch, Tài chính", "Ban Quản lý Dự án 85"', () => {
    expect(names('Ban Quản lý Dự án 85 khẩn trương chủ trì thực hiện')).toEqual(['Ban Quản lý Dự án 85'])
  })
})

describe('mergeUnits: a head given to a list of names', () => {
  it('"các Đảng uỷ: Chính phủ; Quốc hội" is the committees of each, and the name is not spliced from the text', () => {
    const t = 'Giao Văn phòng Trung ương Đảng; các Đảng uỷ: Chính phủ; Quốc hội; Mặt trận Tổ quốc chủ động thực hiện.'
    const names = mergeUnits(findAgencies(t), unitMentions(t, [])).map((m) => m.name)
    expect(names).toContain('Đảng ủy Chính phủ')
    expect(names).toContain('Đảng ủy Quốc hội')
    expect(names.some((n) => /ChínhChính/u.test(n))).toBe(false)
  })
  it('an item of a list parted by semicolons runs to the next semicolon; a Party organ is given every body listed', () => {
    const t = 'Giao các Đảng uỷ: Mặt trận Tổ quốc, các đoàn thể Trung ương; Viện Kiểm sát nhân dân tối cao; Bộ Tư pháp thực hiện.'
    const names = mergeUnits(findAgencies(t), unitMentions(t, findAgencies(t))).map((m) => m.name)
    expect(names).toEqual(['Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', 'Đảng ủy Viện Kiểm sát nhân dân tối cao', 'Đảng ủy Bộ Tư pháp'])
  })
})

describe('unitMentions: parks and reserves (lexicon/unit-heads.tsv)', () => {
  it('"Vườn quốc gia Hoàng Liên", "Khu bảo tồn thiên nhiên Pù Luông" are bodies named by their head', () => {
    expect(names('Vườn quốc gia Hoàng Liên, các Công ty Lâm nghiệp chủ động nghiên cứu')).toContain('Vườn quốc gia Hoàng Liên')
    expect(names('Khu bảo tồn thiên nhiên Pù Luông tổ chức tuần tra')).toContain('Khu bảo tồn thiên nhiên Pù Luông')
  })
})

describe('unitMentions: an office whose name holds a comma', () => {
  it('"Phòng Xúc tiến Nghiên cứu, Hợp tác và Phát triển" is one office; two offices listed stay two', () => {
    expect(unitMentions('Phòng Xúc tiến Nghiên cứu, Hợp tác và Phát triển chủ trì', []).map((m) => m.name)).toEqual(['Phòng Xúc tiến Nghiên cứu, Hợp tác và Phát triển'])
    expect(unitMentions('giao Phòng Tư pháp, Phòng Nội vụ phối hợp', []).map((m) => m.name)).toEqual(['Phòng Tư pháp', 'Phòng Nội vụ'])
  })
  it('a word in capitals after the comma begins no part of the name ("Phòng PC04, SĐT …")', () => {
    expect(unitMentions('liên hệ Phòng PC04, SĐT 0912345678', []).map((m) => m.name)).toEqual(['Phòng PC04'])
  })
})

describe('unitMentions: a unit and the body it belongs to', () => {
  it('"Phòng Khoáng sản thuộc Sở": the name stops at "thuộc"', () => {
    expect(unitMentions('Giao Phòng Khoáng sản thuộc Sở chịu trách nhiệm tham mưu', []).map((m) => m.name)).toEqual(['Phòng Khoáng sản'])
    expect(unitMentions('Văn phòng Đăng ký đất đai thuộc Sở Nông nghiệp và Môi trường có trách nhiệm lưu trữ', []).map((m) => m.name)).toContain('Văn phòng Đăng ký đất đai')
  })
})

describe('a place named like a unit', () => {
  it('"Xã Trường Xuân", "phường Hội Hợp": a head\'s word after a commune\'s or a ward\'s level begins the place\'s name', () => {
    expect(unitMentions('Xây dựng 35 địa bàn, gồm: Xã Đồng Kho; Xã Trường Xuân; Xã Nhân Cơ', []).map((m) => m.name)).toEqual([])
    expect(unitMentions('Giao Trường Đại học Đà Lạt thực hiện tại phường Hội Hợp', []).map((m) => m.name)).toEqual(['Trường Đại học Đà Lạt'])
  })
})

describe('unitMentions: where a name ends before what its body does', () => {
  it('a name that reaches its country or "quốc tế" ends there, save for a branch or a level after it', () => {
    expect(names('gửi đến Cục Hàng hải và Đường thủy Việt Nam văn bản lấy ý kiến')).toEqual(['Cục Hàng hải và Đường thủy Việt Nam'])
    expect(names('theo khuyến cáo của Cơ quan Năng lượng nguyên tử quốc tế phục vụ công tác')).toEqual(['Cơ quan Năng lượng nguyên tử quốc tế'])
    expect(names('Hiệp hội Thương mại Việt Nam chi nhánh tỉnh Bình Định chủ trì')).toEqual(['Hiệp hội Thương mại Việt Nam chi nhánh tỉnh Bình Định'])
  })
  it('"cấp" names a level only before one; before anything else it grants', () => {
    expect(names('đề nghị Cục Xuất bản, In và Phát hành cấp lại chứng chỉ hành nghề')).toEqual(['Cục Xuất bản, In và Phát hành'])
    expect(names('Ban Chỉ huy Quân sự cấp huyện chủ trì')).toEqual(['Ban Chỉ huy Quân sự cấp huyện'])
    expect(names('Trường Trung cấp nghiệp vụ Công đoàn Giao thông vận tải tổ chức')).toEqual(['Trường Trung cấp nghiệp vụ Công đoàn Giao thông vận tải'])
  })
  it('an adverb of time or manner, a report\'s content and "gồm" end a name', () => {
    expect(names('Cục Thuế định kỳ hàng quý báo cáo')).toEqual(['Cục Thuế'])
    expect(names('Công ty cổ phần Công nghiệp Khánh An nghiêm túc thực hiện')).toEqual(['Công ty cổ phần Công nghiệp Khánh An'])
    expect(names('Cục Viễn thông dự kiến phương hướng')).toEqual(['Cục Viễn thông'])
    expect(names('Phòng Giáo dục thường xuyên - chuyên nghiệp chủ trì')).toEqual(['Phòng Giáo dục thường xuyên - chuyên nghiệp'])
    expect(names('Báo cáo Thường trực Ban Chỉ đạo kết quả thực hiện')).toEqual(['Ban Chỉ đạo'])
    expect(names('thành viên Ban Chỉ đạo gồm đại diện lãnh đạo')).toEqual(['Ban Chỉ đạo'])
  })
})

describe('unitMentions: numbers, gaps and verbs that are no part of a name', () => {
  it('a figure, a number after the country, one on the next line, a room: none names a unit', () => {
    expect(names('Viện Khoa học xã hội Việt Nam 216.868 56.676 26,1%')).toEqual(['Viện Khoa học xã hội Việt Nam'])
    expect(names('Quỹ Hỗ trợ nông dân 80% kinh phí')).toEqual(['Quỹ Hỗ trợ nông dân'])
    expect(names('do Trung tâm Điều hành\n100 người sử dụng')).toEqual(['Trung tâm Điều hành'])
    expect(names('nộp hồ sơ tại Phòng 102, Nhà Hiệu bộ, Trường Cao đẳng Hòa Bình')).toEqual(['Trường Cao đẳng Hòa Bình'])
    // (a short number after the head still names a unit)
    expect(names('Binh đoàn 19 chủ trì')).toEqual(['Binh đoàn 19'])
  })
  it("a table's gap between cells ends a name", () => {
    expect(names('Công ty cổ phần Đầu tư Sao Mai      Quý 1     21     100')).toEqual(['Công ty cổ phần Đầu tư Sao Mai'])
    expect(names('Công ty cổ phần Đầu tư Sao Mai\tQuý 1\t21')).toEqual(['Công ty cổ phần Đầu tư Sao Mai'])
  })
  it('"làm", "thay mặt", "thanh toán" after a name are what the body does; "việc làm" is a noun of the name', () => {
    expect(names('Ban Điều phối Dự án thay mặt Ủy ban nhân dân xã ký hợp đồng')).toEqual(['Ban Điều phối Dự án'])
    expect(names('Quỹ Bảo hiểm y tế thanh toán chi phí')).toEqual(['Quỹ Bảo hiểm y tế'])
    expect(names('do đồng chí Bí thư Đảng ủy Khối Cơ quan làm Trưởng Ban')).not.toContainEqual(expect.stringContaining('làm'))
    expect(names('Trung tâm Dịch vụ việc làm tỉnh chủ trì')).toEqual(['Trung tâm Dịch vụ việc làm tỉnh'])
  })
})
