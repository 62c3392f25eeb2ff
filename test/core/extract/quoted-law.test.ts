// A news article that quotes the law: the duties it quotes are the law's, not tasks the article reports.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'
import { words } from '../../words.js'

const tasks = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.md' }).tasks.map((t) => words(t))

describe('a news article that quotes the law', () => {
  const head = ['# Thủ tướng yêu cầu khắc phục hậu quả mưa lũ', '', 'Ngày 30/11/2025, Thủ tướng Chính phủ ban hành Công điện 234/CĐ-TTg về khắc phục hậu quả mưa lũ.', '', 'Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh khẩn trương thực hiện các nội dung sau:', '', '- Tổ chức sửa chữa nhà ở cho các hộ bị thiệt hại, hoàn thành trước ngày 31/12/2025.', '']
  it('what a provision says, to the next headline, assigns nothing; the telegram\'s own items stay tasks', () => {
    const t = tasks([...head, '**Hoạt động khắc phục hậu quả thiên tai được quy định như thế nào?**', '', 'Hoạt động khắc phục hậu quả thiên tai được quy định tại Điều 30 Luật Phòng, chống thiên tai 2013 như sau:', '', '- Tổ chức tìm kiếm cứu nạn, cứu trợ người dân;', '', '- Bộ, cơ quan ngang bộ có trách nhiệm chủ động khắc phục hậu quả thiên tai.', '', '## Thủ tướng giao Bộ Tài chính bố trí kinh phí', '', '- Bộ Tài chính bố trí kinh phí hỗ trợ các tỉnh trong tháng 12/2025.'])
    expect(t.some((x) => x.startsWith('Tổ chức sửa chữa nhà ở'))).toBe(true)
    expect(t.some((x) => x.startsWith('Tổ chức tìm kiếm cứu nạn'))).toBe(false)
    expect(t.some((x) => x.startsWith('Bộ, cơ quan ngang bộ'))).toBe(false)
    // the next headline ends the quotation
    expect(t.some((x) => x.startsWith('Bộ Tài chính bố trí kinh phí'))).toBe(true)
  })
  it('a plan that cites a provision before its own items is not a quotation', () => {
    const t = parseDocument(['KẾ HOẠCH', 'Thực hiện công tác phòng, chống thiên tai', 'Theo quy định tại Điều 30 Luật Phòng, chống thiên tai, Ủy ban nhân dân tỉnh giao nhiệm vụ như sau:', '1. Sở Nông nghiệp và Môi trường chủ trì tổ chức tìm kiếm cứu nạn.'].join('\n'), { file: 'inline.txt' }).tasks
    expect(t.map((x) => words(x))).toContain('Sở Nông nghiệp và Môi trường chủ trì tổ chức tìm kiếm cứu nạn.')
  })
})

describe('a site\'s page that gives an act\'s full text', () => {
  const page = ['# Toàn văn Công văn 512/VPCP-KTTH về thị trường vàng?', '', '**Toàn văn Công văn 512/VPCP-KTTH về thị trường vàng?**', '', 'Ngày 08 tháng 12 năm 2026, Văn phòng Chính phủ đã ban hành Công văn 512/VPCP-KTTH năm 2026 về thị trường vàng.', '']
  it('the act\'s own text, introduced as what it provides ("tại nội dung Công văn 512/VPCP-KTTH …, quy định những vấn đề như sau:"), is not a quotation of law', () => {
    const t = tasks([...page, 'Theo đó, tại nội dung Công văn 512/VPCP-KTTH năm 2026, quy định những vấn đề như sau:', '', '**(1) Thanh tra Chính phủ** khẩn trương có ý kiến tham gia, gửi Ngân hàng Nhà nước Việt Nam trước ngày 15/12/2026.', ''])
    expect(t.some((x) => x.includes('khẩn trương có ý kiến tham gia'))).toBe(true)
  })
  it('the law the page quotes after the act, to its next headline, assigns nothing', () => {
    const t = tasks([...page, '- Bộ Công Thương chủ trì kiểm tra thị trường vàng trong tháng 12/2026.', '', '**Trách nhiệm của doanh nghiệp sản xuất vàng thế nào?**', '', 'Theo quy định tại Điều 5 Nghị định 24/2012/NĐ-CP như sau:', '', '- Thực hiện đóng mã ký hiệu và hàm lượng vàng trên sản phẩm.', ''])
    expect(t.some((x) => x.startsWith('Bộ Công Thương chủ trì'))).toBe(true)
    expect(t.some((x) => x.startsWith('Thực hiện đóng mã'))).toBe(false)
  })
})

describe('a site\'s page whose headline asks a question about an act', () => {
  const page = ['# Chỉ thị 07: hộ kinh doanh phải tham gia Tổ liên gia an toàn thế nào?', '', 'Ngày 02/12/2026, UBND tỉnh đã có Chỉ thị 07/CT-UBND về phòng cháy, chữa cháy.', '', '- Công an tỉnh kiểm tra an toàn phòng cháy tại các hộ kinh doanh trước ngày 31/12/2026.', '']
  it('the law it quotes after a headline that asks, "được quy định cụ thể tại Điều 5 Luật …", assigns nothing; nor does the headline', () => {
    const t = tasks([...page, '**Nguyên tắc phòng cháy chữa cháy là gì?**', '', 'Nguyên tắc phòng cháy chữa cháy được quy định cụ thể tại Điều 5 Luật Phòng cháy, chữa cháy 2024 như sau:', '', '- Huy động sức mạnh tổng hợp của toàn dân tham gia phòng cháy.', ''])
    expect(t.some((x) => x.startsWith('Công an tỉnh kiểm tra'))).toBe(true)
    expect(t.some((x) => x.startsWith('Huy động sức mạnh'))).toBe(false)
    expect(t.some((x) => x.includes('là gì'))).toBe(false)
  })
  it('"Căn cứ theo quy định tại khoản 2 Điều 10 …", "Tại Điều 4 Quyết định …" quote the law too', () => {
    for (const lead of ['Căn cứ theo quy định tại khoản 2 Điều 10 Luật Ngân sách nhà nước 2025 thì dự phòng được sử dụng như sau:', 'Tại Điều 4 Quyết định 51/2015/QĐ-TTg quy định nguyên tắc tìm kiếm, cứu nạn như sau:']) {
      const t = tasks([...page, lead, '', '- Bố trí lực lượng, phương tiện phù hợp với từng địa bàn.', ''])
      expect(t.some((x) => x.startsWith('Bố trí lực lượng'))).toBe(false)
    }
  })
  it('an item to be done as a law says ("… theo quy định tại Điều 104 Bộ luật Lao động 2019") is a task, not a quotation', () => {
    const t = tasks([...page, '- Đề nghị các doanh nghiệp xây dựng phương án thưởng theo quy định tại Điều 104 Bộ luật Lao động 2019.', '', '- Sở Nội vụ tổng hợp số liệu, gửi Bộ Nội vụ trước ngày 25/12/2026.', ''])
    expect(t.some((x) => x.startsWith('Đề nghị các doanh nghiệp'))).toBe(true)
    expect(t.some((x) => x.startsWith('Sở Nội vụ tổng hợp'))).toBe(true)
  })
  it('a plain text headed by no question is no page: its items stand', () => {
    const t = parseDocument(['KẾ HOẠCH', 'Phòng cháy, chữa cháy năm 2027', 'Nguyên tắc phòng cháy chữa cháy được quy định cụ thể tại Điều 5 Luật Phòng cháy, chữa cháy 2024; Ủy ban nhân dân tỉnh giao nhiệm vụ như sau:', '1. Công an tỉnh chủ trì kiểm tra an toàn phòng cháy.'].join('\n'), { file: 'inline.txt' }).tasks
    expect(t.map((x) => words(x))).toContain('Công an tỉnh chủ trì kiểm tra an toàn phòng cháy.')
  })
})

describe('a site\'s page that quotes an act that gives work', () => {
  const page = ['# Thủ tướng yêu cầu hoàn thành quy trình sản xuất cà phê bền vững khi nào?', '']
  it('"Căn cứ theo Mục 1 Công điện 71/CĐ-TTg năm 2026 có quy định như sau:" quotes the work the Công điện gives: its items are tasks', () => {
    const t = tasks([...page, 'Căn cứ theo Mục 1 Công điện 71/CĐ-TTg năm 2026 có quy định như sau:', '', '1. Bộ trưởng Bộ Nông nghiệp và Môi trường', '', '- Rà soát quy định về mã số vùng trồng.', ''])
    expect(t).toContain('Rà soát quy định về mã số vùng trồng.')
  })
  it('a law quoted the same way still gives none: "Căn cứ theo khoản 1 Điều 7 Luật An toàn thực phẩm 2010 có quy định như sau:"', () => {
    const t = tasks([...page, 'Căn cứ theo khoản 1 Điều 7 Luật An toàn thực phẩm 2010 có quy định như sau:', '', '- Quyết định và công bố các tiêu chuẩn sản phẩm.', ''])
    expect(t).toEqual([])
  })
  it('the page\'s answer in its own words ("Như vậy, …", "Theo đó, tại Công điện … yêu cầu …", "Ngoài ra, …") is no task', () => {
    const t = tasks([...page, 'Căn cứ theo Mục 1 Công điện 71/CĐ-TTg năm 2026 có quy định như sau:', '', '1. Bộ trưởng Bộ Nông nghiệp và Môi trường', '', '- Rà soát quy định về mã số vùng trồng.', '', 'Theo đó, tại Công điện 71/CĐ-TTg năm 2026 Thủ tướng Chính phủ yêu cầu Bộ trưởng Bộ Nông nghiệp và Môi trường rà soát quy định.', '', 'Như vậy, Bộ trưởng Bộ Nông nghiệp và Môi trường có trách nhiệm rà soát quy định về mã số vùng trồng.', ''])
    expect(t).toEqual(['Rà soát quy định về mã số vùng trồng.'])
  })
  it('a heading of a collective narrowed by a clause ("Chủ tịch Ủy ban nhân dân các tỉnh … nơi có trồng cà phê") heads its items as a collective does', () => {
    const t = tasks([...page, 'Căn cứ theo Mục 5 Công điện 71/CĐ-TTg năm 2026 có quy định như sau:', '', '5. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương nơi có trồng cà phê', '', '- Hướng dẫn, hỗ trợ các hiệp hội ngành hàng hình thành chuỗi liên kết.', ''])
    expect(t).toContain('Hướng dẫn, hỗ trợ các hiệp hội ngành hàng hình thành chuỗi liên kết.')
  })
  it('"Cơ cấu lại …" opens an item with work, as "Rà soát …" does', () => {
    const t = tasks([...page, 'Căn cứ theo Mục 1 Công điện 71/CĐ-TTg năm 2026 có quy định như sau:', '', '1. Bộ trưởng Bộ Nông nghiệp và Môi trường', '', '- Rà soát quy định về mã số vùng trồng.', '', '- Cơ cấu lại ngành hàng cà phê theo hướng nâng cao chất lượng.', ''])
    expect(t).toContain('Cơ cấu lại ngành hàng cà phê theo hướng nâng cao chất lượng.')
  })
})

describe('a site\'s page about one act that names other acts', () => {
  const page = ['# Toàn văn Công văn 4035/QLD-MP năm 2026 về thu hồi sản phẩm mỹ phẩm?', '', 'Ngày 13/11/2026, Cục trưởng Cục Quản lý Dược đã ban hành Công văn 4035/QLD-MP năm 2026 về thu hồi sản phẩm mỹ phẩm.', '', 'Theo đó, tại nội dung Công văn 4035/QLD-MP năm 2026 thông báo những vấn đề sau đây:', '']
  it('a ground named inside a sentence ("… là hàng giả căn cứ quy định tại điểm b khoản 7 Điều 3 Nghị định …") opens no quotation', () => {
    const t = tasks([...page, '+ Lý do thu hồi: sản phẩm được xác định là hàng giả căn cứ quy định tại điểm b khoản 7 Điều 3 Nghị định số 98/2020/NĐ-CP.', '', '**(2) Đề nghị Sở Y tế các tỉnh, thành phố:**', '', '- Tiến hành thu hồi sản phẩm vi phạm nêu trên.', ''])
    expect(t.some((x) => x.startsWith('Tiến hành thu hồi sản phẩm'))).toBe(true)
  })
  it('an answer that quotes a decision ("Tại điểm 3 Mục III Quyết định 2371/QĐ-TTg … như sau:") assigns nothing; one that quotes the page\'s act does', () => {
    const asked = ['**Sở Y tế có trách nhiệm gì?**', '', 'Tại Mục 2 Công văn 4035/QLD-MP năm 2026, nội dung như sau:', '', '- Sở Y tế tỉnh Phú Thọ giám sát việc thu hồi sản phẩm.', '']
    const other = ['**Đội ngũ kiểm nghiệm được phát triển thế nào?**', '', 'Tại điểm 3 Mục III Quyết định 2371/QĐ-TTg năm 2026 đã triển khai việc phát triển đội ngũ kiểm nghiệm như sau:', '', '- Thực hiện khảo sát năng lực đội ngũ kiểm nghiệm viên.', '']
    const t = tasks([...page, ...asked, ...other])
    expect(t.some((x) => x.startsWith('Sở Y tế tỉnh Phú Thọ giám sát'))).toBe(true)
    expect(t.some((x) => x.startsWith('Thực hiện khảo sát năng lực'))).toBe(false)
  })
  it('a plan quoted so still gives work ("Căn cứ Mục 2 Phần IV Kế hoạch ban hành kèm theo Quyết định 3352/QĐ-CT …:")', () => {
    const t = tasks([...page, '**Thuế tỉnh hỗ trợ hộ kinh doanh thế nào?**', '', 'Căn cứ Mục 2 Phần IV Kế hoạch ban hành kèm theo Quyết định 3352/QĐ-CT năm 2026 có nêu nội dung như sau:', '', '- Tổ chức Hội nghị tập huấn cho hộ kinh doanh.', ''])
    expect(t.some((x) => x.startsWith('Tổ chức Hội nghị tập huấn'))).toBe(true)
  })
})

describe('a lead-in that asks for the items, whatever grounds it cites', () => {
  it('"…, căn cứ trách nhiệm … quy định tại Điều 38 Nghị định …, Cục … đề nghị các đơn vị thực hiện các nội dung sau:" opens items, not a quotation', () => {
    const t = tasks(['# Toàn văn Công văn 2223/ATTP-PCTTR năm 2026 về hậu kiểm an toàn thực phẩm?', '', 'Ngày 5/11/2026, Cục An toàn thực phẩm ban hành Công văn 2223/ATTP-PCTTR năm 2026 về hậu kiểm.', '',
      'Thực hiện Kế hoạch 11/KH-BCĐ năm 2026, căn cứ trách nhiệm hậu kiểm quy định tại Điều 38 Nghị định 115/2018/NĐ-CP, Cục An toàn thực phẩm đề nghị các đơn vị thực hiện các nội dung sau:', '',
      '(1) Chủ động rà soát và tổ chức hậu kiểm về an toàn thực phẩm năm 2026.', ''])
    expect(t.some((x) => x.startsWith('Chủ động rà soát và tổ chức hậu kiểm'))).toBe(true)
  })
  it('a provision quoted as it sets out requirements ("…, yêu cầu đối với hồ sơ như sau:") is still a quotation', () => {
    const t = tasks(['# Hồ sơ cấp phép gồm những gì?', '', 'Theo quy định tại Điều 10 Nghị định 15/2018/NĐ-CP, yêu cầu đối với hồ sơ như sau:', '', '- Nộp bản tự công bố sản phẩm.', ''])
    expect(t.some((x) => x.startsWith('Nộp bản tự công bố'))).toBe(false)
  })
})

describe('a letter that quotes a law word for word (quotesProvision, opensQuote, leavesQuoteOpen)', () => {
  const letter = (lines: string[]) => parseDocument(['BỘ CÔNG THƯƠNG', 'Số: 597/HC-QLHC', 'V/v xuất khẩu hóa chất', '', 'Kính gửi: Sở Công Thương tỉnh Quảng Ngãi.', '', ...lines].join('\n'), { file: 'inline.txt' }).tasks.map((t) => words(t))
  const ask = 'Cục Hóa chất đề nghị Sở Công Thương tỉnh Quảng Ngãi chủ động hướng dẫn doanh nghiệp thực hiện.'
  it('"Khoản 2 Điều 14 Nghị định … quy định: “Tổ chức, cá nhân … phải có Giấy phép …”" assigns nothing; the letter\'s own request does', () => {
    const t = letter(['Khoản 2 Điều 14 Nghị định số 26/2026/NĐ-CP của Chính phủ quy định: “Tổ chức, cá nhân xuất khẩu hóa chất phải có Giấy phép do cơ quan có thẩm quyền cấp.”', '', ask])
    expect(t).toEqual([ask])
  })
  it('"Khoản 2 và khoản 6 Điều 21 Nghị định … quy định các trường hợp …" says what a provision provides', () => {
    expect(letter(['Khoản 2 và khoản 6 Điều 21 Nghị định số 26/2026/NĐ-CP của Chính phủ quy định các trường hợp miễn cấp Giấy phép.', '', ask])).toEqual([ask])
  })
  it('not a provision given after a colon with no quotation marks: a letter that reminds its readers of their duties sets them work', () => {
    const duty = 'Khoản 1 Điều 59 Nghị định số 193/2025/NĐ-CP quy định: Tổ chức, cá nhân khai thác khoáng sản có trách nhiệm thực hiện công tác thống kê trữ lượng hằng năm.'
    expect(letter([duty, '', ask])).toEqual([duty, ask])
  })
  it('a quotation over several blocks after a lead-in that cites the law ("… Luật Quản lý ngoại thương, cụ thể như sau:" / "\\"Điều 56. …" / … / "… của Luật này.”")', () => {
    const t = letter(['Việc áp dụng biện pháp quản lý được thực hiện theo quy định tại Điều 56 và 59 Luật Quản lý ngoại thương, cụ thể như sau:', '"Điều 56. Áp dụng biện pháp quản lý hàng hóa xuất khẩu', '1. Áp dụng biện pháp quản lý ngoại thương đối với hàng hóa đưa ra nước ngoài.', 'Điều 59. Trường hợp ngoại lệ', 'Trong trường hợp cần thiết, Thủ tướng Chính phủ cho phép áp dụng một số biện pháp quản lý quy định tại Luật này.”', '', ask])
    expect(t).toEqual([ask])
  })
  it('not a telegram\'s work quoted ("Công điện 71/CĐ-TTg yêu cầu: “…”"), nor a plan that cites a law before its items', () => {
    expect(letter(['Thực hiện Công điện số 71/CĐ-TTg, Thủ tướng Chính phủ yêu cầu:', '"Bộ Công Thương chủ trì kiểm tra thị trường hóa chất."'])).toContain('"Bộ Công Thương chủ trì kiểm tra thị trường hóa chất."')
    expect(letter(['Căn cứ Điều 14 Nghị định số 26/2026/NĐ-CP, Cục Hóa chất đề nghị Sở Công Thương tỉnh Quảng Ngãi chủ động hướng dẫn doanh nghiệp thực hiện.'])).toHaveLength(1)
  })
})
