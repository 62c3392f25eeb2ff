import { describe, expect, it } from 'vitest'
import { at, segment } from '../../src/core/read/segment.js'

const lines = (s: string) => s.split('\n')

describe('segment', () => {
  it('a markdown comment, on one line or over several, is no text', () => {
    const b = segment(lines('1. Sở Nội vụ rà soát quy hoạch.\n<!-- plan-disable task-no-lead -->\n2. Sở Y tế kiểm tra.\n<!--\nghi chú của người soạn\n-->\n3. Sở Tài chính bố trí kinh phí.'), true)
    expect(b.map((x) => x.text)).toEqual(['Sở Nội vụ rà soát quy hoạch.', 'Sở Y tế kiểm tra.', 'Sở Tài chính bố trí kinh phí.'])
  })
  it('a letterhead\'s line cut inside a province\'s name ("UBND THÀNH PHỐ HÀ" / "NỘI") is one line; a whole name is not joined', () => {
    expect(segment(lines('UBND THÀNH PHỐ HÀ\nNỘI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO'), false).map((x) => x.text)).toEqual(['UBND THÀNH PHỐ HÀ NỘI', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'])
    expect(segment(lines('UBND TỈNH LÂM ĐỒNG\nSỞ Y TẾ'), false).map((x) => x.text)).toEqual(['UBND TỈNH LÂM ĐỒNG', 'SỞ Y TẾ'])
  })
  it('an item that names its topic ("b) Về chi phí …") ends before the request under it ("Đề nghị Chủ đầu tư …")', () => {
    const b = segment(lines('b) Về chi phí thực hiện thu hồi, bồi thường, hỗ trợ, tái định cư\n       Đề nghị Chủ đầu tư tổ chức khảo sát khối lượng\ncần thực hiện bồi thường của dự án.'), false)
    expect(b.map((x) => x.text)).toEqual(['Về chi phí thực hiện thu hồi, bồi thường, hỗ trợ, tái định cư', 'Đề nghị Chủ đầu tư tổ chức khảo sát khối lượng cần thực hiện bồi thường của dự án.'])
    // (a topic that goes on in lower case is one line wrapped)
    expect(segment(lines('b) Về chi phí thực hiện thu hồi, bồi thường, hỗ trợ, tái định cư của\ndự án.'), false)).toHaveLength(1)
  })
  it('a line that stops on "khoảng" waits for its quantity: "… vào khoảng" / "12,5 độ vĩ bắc, …" is one line', () => {
    expect(segment(lines('Hồi 16h ngày 26/11/2025, vị trí tâm bão vào khoảng\n12,5 độ vĩ bắc, 116,1 độ kinh đông.'), false)).toHaveLength(1)
    expect(segment(lines('Hồi 16h ngày 26/11/2025, vị trí tâm bão đã vào biển.\n12,5 độ vĩ bắc, 116,1 độ kinh đông.'), false)).toHaveLength(2)
  })
  it('a line that opens by dating the item above belongs to it: "- … đơn vị mình." / "Hoàn thành trước 06/3/2026. …"', () => {
    expect(segment(lines('- Chủ động triển khai thực hiện phù hợp với đơn vị mình.\nHoàn thành trước 06/3/2026. Thường xuyên rà soát.'), false)).toHaveLength(1)
    expect(segment(lines('- Chủ động triển khai thực hiện phù hợp với đơn vị mình.\nHoàn thiện hồ sơ trước 06/3/2026.'), false)).toHaveLength(2)
  })
  it('a bracket the line left open and the next closes joins them: "… (Cơ quan thường trực" / "Ban chỉ đạo 751), …"', () => {
    expect(segment(lines('Theo báo cáo của Bộ Tài chính (Cơ quan thường trực\nBan chỉ đạo 751), tính đến hết ngày 17/11/2025, hệ thống ghi nhận kết quả.'), false)).toHaveLength(1)
    // (a closed bracket, or a next line that opens a bracket of its own, leaves the lines apart)
    expect(segment(lines('Theo báo cáo của Bộ Tài chính (Cơ quan thường trực).\nBan Chỉ đạo (751) họp định kỳ.'), false)).toHaveLength(2)
  })
  it('in plain text, a line that opens with <!-- is text like any other', () => {
    expect(segment(lines('<!-- không phải markdown -->'), false).map((x) => x.text)).toEqual(['<!-- không phải markdown -->'])
  })
  it('an item whose list, opened by a colon, wraps inside a name or after a comma goes on on the next line', () => {
    const b = segment(lines('d) Ủy ban nhân dân các tỉnh, thành phố: Tuyên\nQuang, Đồng Nai, Đồng Tháp quyết liệt chỉ đạo.\nb) Bộ Xây dựng, Bộ Quốc phòng các tỉnh Ninh Bình,\nHưng Yên, Sơn La đôn đốc chủ đầu tư.'), false)
    expect(b.map((x) => x.text)).toEqual(['Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Đồng Nai, Đồng Tháp quyết liệt chỉ đạo.', 'Bộ Xây dựng, Bộ Quốc phòng các tỉnh Ninh Bình, Hưng Yên, Sơn La đôn đốc chủ đầu tư.'])
  })
  it('a bullet alone on its line takes the line after it as its text; an item cut after its first word goes on', () => {
    const b = segment(lines('-\nTham mưu triển khai kế hoạch kiểm kê.\n+ Sở\nXây dựng: hướng dẫn kiểm kê.\n- Phối\nhợp với các sở.'), true)
    expect(b.map((x) => [x.marker?.type, x.text])).toEqual([
      ['dash', 'Tham mưu triển khai kế hoạch kiểm kê.'],
      ['plus', 'Sở Xây dựng: hướng dẫn kiểm kê.'],
      ['dash', 'Phối hợp với các sở.'],
    ])
    // a word that closes its item, or a heading in capitals after it, is not cut
    expect(segment(lines('a) Nhiệm vụ\nXây dựng kế hoạch.'), false)).toHaveLength(2)
    expect(segment(lines('- Hà\nNỘI DUNG'), false)).toHaveLength(2)
  })
  it('an item or a label\'s value cut after the head of a body ("… thực hiện: Sở" / "Tư pháp.") goes on; table cells do not', () => {
    const b = segment(lines('Đơn vị phối hợp thực hiện: Sở\nTư pháp; các cơ quan liên quan.\nb) Chủ động phối hợp với Sở\nKhoa học và Công nghệ triển khai kết nối dữ liệu.'), false)
    expect(b.map((x) => x.text)).toEqual(['Đơn vị phối hợp thực hiện: Sở Tư pháp; các cơ quan liên quan.', 'Chủ động phối hợp với Sở Khoa học và Công nghệ triển khai kết nối dữ liệu.'])
    // a column of a table's text, one cell per line: "… do Bộ" / "Công an đề xuất" stay as the scan laid them out
    expect(segment(lines('Theo lộ trình của Đề án do Bộ\nCông an đề xuất'), false)).toHaveLength(2)
  })
  it('an item cut after a person\'s title ("2. Bộ trưởng" / "Bộ Y tế chỉ đạo …") goes on; a bare heading does not', () => {
    const b = segment(lines('2. Bộ trưởng\nBộ Giáo dục và Đào tạo chỉ đạo ngành giáo dục sửa chữa trường lớp.\n3. Giám đốc\nSở Y tế tổ chức khám chữa bệnh.'), false)
    expect(b.map((x) => x.text)).toEqual(['Bộ trưởng Bộ Giáo dục và Đào tạo chỉ đạo ngành giáo dục sửa chữa trường lớp.', 'Giám đốc Sở Y tế tổ chức khám chữa bệnh.'])
    // a title alone on an unnumbered line, or one word that only looks like one, is left as it is
    expect(segment(lines('Bộ trưởng\nBộ Y tế chỉ đạo.'), false)).toHaveLength(2)
  })
  it('an item\'s line that ends on a bare level goes on with the place\'s name ("huyện" / "Tân Thành mà …"); a body or a verb opens its own', () => {
    const b = segment(lines('- Đối với 04 dự án chậm triển khai trên địa bàn huyện\nTân Thành mà đại biểu đã chất vấn, yêu cầu Ủy ban nhân dân tỉnh rà soát.\n1. Ủy ban nhân dân huyện\nPhòng Tài chính - Kế hoạch chủ trì tổng hợp.\n2. Ủy ban nhân dân các xã\nTổ chức tuyên truyền.'), false)
    expect(b.map((x) => x.text)).toEqual(['Đối với 04 dự án chậm triển khai trên địa bàn huyện Tân Thành mà đại biểu đã chất vấn, yêu cầu Ủy ban nhân dân tỉnh rà soát.', 'Ủy ban nhân dân huyện', 'Phòng Tài chính - Kế hoạch chủ trì tổng hợp.', 'Ủy ban nhân dân các xã', 'Tổ chức tuyên truyền.'])
  })
  it('a line that ends inside a place\'s name after its level ("thành phố Hà" / "Nội, …") goes on; a whole name does not', () => {
    const b = segment(lines('d) Ủy ban nhân dân thành phố Hà\nNội, thành phố Hồ Chí Minh và tỉnh Quảng Ninh hỗ trợ lương thực.\ne) Ủy ban nhân dân tỉnh Lâm Đồng\nChủ trì rà soát.\n- Hợp tác với Việt Nam\nĐịnh hướng phát triển.'), false)
    expect(b.map((x) => x.text)).toEqual(['Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh và tỉnh Quảng Ninh hỗ trợ lương thực.', 'Ủy ban nhân dân tỉnh Lâm Đồng', 'Chủ trì rà soát.', 'Hợp tác với Việt Nam', 'Định hướng phát triển.'])
    // and the country's: "… Tổ quốc Việt" / "Nam tiếp tục vận động …"
    expect(segment(lines('13. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt\nNam tiếp tục vận động ủng hộ đồng bào.'), false).map((x) => x.text)).toEqual(['Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tiếp tục vận động ủng hộ đồng bào.'])
  })
  it('a short item that ends a sentence does not take the next line in', () => {
    const b = segment(lines('a) Thành phần: Ban Tổ chức.\nThời gian: tháng 5.'), false)
    expect(b).toHaveLength(2)
  })
  it('a sentence cut by a page break goes on after the running head, the page number and their blank lines', () => {
    const b = segment(lines('a) Chủ động nắm bắt diễn biến của các ngân hàng trung\n\nCÔNG BÁO/Số 281/Ngày 21-05-2026\n91\n \n \nương và các nền kinh tế lớn.\nb) Điều hành tín dụng.'), false)
    expect(b.map((x) => x.text)).toEqual(['Chủ động nắm bắt diễn biến của các ngân hàng trung ương và các nền kinh tế lớn.', 'Điều hành tín dụng.'])
  })
  it('an extractor\'s page mark ("===== Trang 9 =====") and a running header that is the file\'s name ("18.CTRTW31.DOC 9") are page furniture', () => {
    const b = segment(lines('a) Chỉ đạo xây dựng chương trình hành động.\n\n\n===== Trang 9 =====\n18.CTRTW31.DOC 9\n\nb) Chỉ đạo rà soát, sửa đổi các quy\n\n===== Trang 10 =====\n4.KLTW7S.DOC 1 0\n\nđịnh pháp luật.'), false)
    expect(b.map((x) => x.text)).toEqual(['Chỉ đạo xây dựng chương trình hành động.', 'Chỉ đạo rà soát, sửa đổi các quy định pháp luật.'])
  })
  it('after a page break, a paragraph that opens in capitals is still a new paragraph', () => {
    const b = segment(lines('Các địa phương đã hoàn thành kế hoạch năm.\n\nCÔNG BÁO/Số 281/Ngày 21-05-2026\n91\n\nTrong năm 2026, tập trung cải cách thủ tục.'), false)
    expect(b).toHaveLength(2)
  })
  it('joins a hard-wrapped line that continues in lower case, even across a blank line', () => {
    const b = segment(lines('Đã tổ chức lấy ý kiến của nhiều địa phương,\n\nsong còn nhiều ý kiến khác nhau.'), false)
    expect(b).toHaveLength(1)
    expect(b[0].text).toBe('Đã tổ chức lấy ý kiến của nhiều địa phương, song còn nhiều ý kiến khác nhau.')
    expect(at(b[0], b[0].text.indexOf('song'))).toEqual({ line: 3, column: 1 })
  })

  it('keeps numbered and bulleted items apart and strips the marker', () => {
    const b = segment(lines('2.2- Ban Tổ chức Trung ương\n- Chủ trì nghiên cứu.\n- Tham mưu Ban Bí thư.'), false)
    expect(b.map((x) => x.text)).toEqual(['Ban Tổ chức Trung ương', 'Chủ trì nghiên cứu.', 'Tham mưu Ban Bí thư.'])
    expect(b[0].marker?.value).toBe('2.2')
    expect(b[1].segs[0].column).toBe(3)
  })

  it('reads markdown headings and drops emphasis', () => {
    const b = segment(lines('### *1. Rà soát và kiện toàn tổ chức*\n\n- *Về việc thí điểm:* Ban Tổ chức Trung ương sẽ phối hợp.'), true)
    expect(b[0].mdDepth).toBe(3)
    expect(b[0].text).toBe('Rà soát và kiện toàn tổ chức')
    expect(b[1].text).toBe('Về việc thí điểm: Ban Tổ chức Trung ương sẽ phối hợp.')
  })

  it('reads pipe and tab table rows as cells, skipping the separator', () => {
    const b = segment(lines('| TT | Nhiệm vụ | Cơ quan chủ trì |\n|---|---|---|\n| 1. | Xây dựng đề án | Sở Nội vụ |\n2\tRà soát\tSở Tư pháp'), true)
    expect(b.map((x) => x.cells)).toEqual([
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì'],
      ['1.', 'Xây dựng đề án', 'Sở Nội vụ'],
      ['2', 'Rà soát', 'Sở Tư pháp'],
    ])
  })
})

describe('segment: a table row says where each cell stands', () => {
  it('a pipe row and a TAB row: every cell\'s text at its own column', () => {
    const [pipe] = segment(['| 1 | Rà soát quy hoạch | **Sở Nội vụ** | Quý II/2025 |'], true)
    expect(at(pipe, pipe.text.indexOf('Sở Nội vụ'))).toEqual({ line: 1, column: 29 })
    expect(at(pipe, pipe.text.indexOf('Quý II'))).toEqual({ line: 1, column: 43 })
    const [tab] = segment(['2\tTổ chức hội nghị\tSở Tư pháp\tTháng 3'], false)
    expect(at(tab, tab.text.indexOf('Sở Tư pháp'))).toEqual({ line: 1, column: 20 })
    expect(at(tab, tab.text.indexOf('Tháng 3'))).toEqual({ line: 1, column: 31 })
  })
  it('a row an earlier stage rebuilt from the lines below it counts each cell from its line\'s start', () => {
    const [row] = segment(['| 1 | Rà soát quy hoạch | Sở Nội vụ |'], false, false, new Set([0]))
    expect(at(row, row.text.indexOf('Sở Nội vụ') + 4)).toEqual({ line: 1, column: 5 })
  })
})

describe('segment: rules and bold', () => {
  it('a rule of dashes, stars or dots (spaces allowed) separates paragraphs; a line that only starts like one does not', () => {
    const blocks = segment(['Các cơ quan thực hiện.', '- - -', 'Nội dung', '***', 'Xong', '. . .', 'Hết', '-- một dòng'], false)
    expect(blocks.map((b) => [b.text, b.blankBefore])).toEqual([['Các cơ quan thực hiện.', 0], ['Nội dung', 1], ['Xong', 1], ['Hết', 1], ['- một dòng', 0]])
  })

  it('a bare "|" left between cells that were not rebuilt into rows parts them like a blank line, and is no text', () => {
    const blocks = segment(['|', 'Nơi nhận:', '- Các sở, ban, ngành;', '|', '**TM. ỦY BAN NHÂN DÂN**', '|'], false)
    expect(blocks.map((b) => b.text)).not.toContain('|')
    expect(blocks.find((b) => b.text.startsWith('TM.'))?.blankBefore).toBe(1)
  })

  it('an enumeration left open with an ellipsis goes on across a page break in lower case; a capital after it is a new paragraph', () => {
    const across = segment(['a) Hoàn thiện các quy định về giao đất, cho thuê đất, xác định giá đất...', '', '3', '', 'để tháo gỡ khó khăn, trình ban hành trong tháng 10/2025.'], false)
    expect(across.map((b) => b.text)).toEqual(['Hoàn thiện các quy định về giao đất, cho thuê đất, xác định giá đất... để tháo gỡ khó khăn, trình ban hành trong tháng 10/2025.'])
    expect(segment(['Các nội dung khác...', '', 'Tổ chức thực hiện.'], false)).toHaveLength(2)
  })

  it('a line that opens bold without closing it joins the next one', () => {
    expect(segment(['**7. Báo và', 'Phát thanh, Truyền hình thành phố**'], false).map((b) => b.text)).toEqual(['Báo và Phát thanh, Truyền hình thành phố'])
  })
})

describe('a list parted by semicolons across a line break', () => {
  it('"… các Bộ: Nông nghiệp và Môi trường; Xây dựng;" / "Khoa học và Công nghệ xây dựng …" is one paragraph', () => {
    const text = 'Ban Chỉ đạo yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng;\nKhoa học và Công nghệ xây dựng phương án điều chỉnh thẩm quyền.'
    expect(segment(lines(text), false).map((b) => b.text)).toEqual([
      'Ban Chỉ đạo yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công nghệ xây dựng phương án điều chỉnh thẩm quyền.',
    ])
  })
  it('an item of its own after a line that ends with a semicolon still starts a block', () => {
    const text = 'Kính gửi: Sở Tài chính; Sở Xây dựng;\n- Sở Nội vụ.'
    expect(segment(lines(text), false)).toHaveLength(2)
  })
  it('a bullet alone on its line opens the item on the next line, even after a heading that ends on a body\'s head', () => {
    const text = '1. Thủ trưởng các cơ quan, đơn vị thuộc Bộ\n-\nNghiêm túc thực hiện chế độ báo cáo.'
    expect(segment(lines(text), false).map((b) => b.text)).toEqual(['Thủ trưởng các cơ quan, đơn vị thuộc Bộ', 'Nghiêm túc thực hiện chế độ báo cáo.'])
  })
})

describe('a table whose cells are joined by " | " with no border pipes (a Word export)', () => {
  const head = 'TT | Tên nhiệm vụ | Sở, ngành chủ trì | Đơn vị phối hợp | Thời gian thực hiện | Ghi chú'
  it('opens at a task table\'s header and goes on while lines are split the same way; a pipe at an end is an empty cell', () => {
    const blocks = segment([head, ' | (1) | (2) | (3) | (4) | (5)', '1 | Rà soát danh mục. | Sở Xây dựng | Sở Tài chính | Quý II/2026 | ', 'Hết bảng.'], false)
    expect(blocks.map((b) => b.cells?.length ?? 0)).toEqual([6, 6, 6, 0])
    expect(blocks[2].cells?.[2]).toBe('Sở Xây dựng')
    // each cell points at its own column of the line
    const row = '1 | Rà soát danh mục. | Sở Xây dựng | Sở Tài chính | Quý II/2026 | '
    expect(at(blocks[2], blocks[2].text.indexOf('Sở Xây dựng'))).toEqual({ line: 3, column: row.indexOf('Sở Xây dựng') + 1 })
  })
  it('a letterhead laid out the same way is no table', () => {
    expect(segment(['ỦY BAN NHÂN DÂN TỈNH BÌNH AN |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], false)[0].cells).toBeFalsy()
  })
})

describe('a letter\'s addressees', () => {
  it('"Kính gửi:" opens a block, and the capitalised sentence after the list opens the next', () => {
    const text = 'V/v triển khai thực hiện các quy định về quản lý an toàn đập và hồ chứa nước\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\nNgày 10 tháng 01 năm 2026, Chính phủ ban hành Nghị định số 12/2026/NĐ-CP.'
    expect(segment(lines(text), false)).toHaveLength(3)
  })
  it('a list wrapped before a word in lower case stays one block', () => {
    expect(segment(lines('Kính gửi: Ủy ban nhân dân các tỉnh, thành phố\ntrực thuộc Trung ương'), false)).toHaveLength(1)
  })
})

describe('a line that ends inside a body\'s name', () => {
  it('goes on with the next line that completes it', () => {
    expect(segment(lines('- Phối hợp Bộ Chỉ huy\nQuân sự tỉnh tổ chức vận chuyển hàng.'), false)).toHaveLength(1)
    expect(segment(lines('Phối hợp với Sở Công\nThương và các đơn vị liên quan thẩm định, tham mưu bố trí kinh phí.'), false)).toHaveLength(1)
    // (a name whole up to an abbreviation that the next line makes longer by more than a word: "Ủy ban MTTQ" / "Việt Nam tỉnh")
    expect(segment(lines('- Rà soát điểm ngập sâu; thông tin kịp thời cho Sở Công Thương, Ủy ban MTTQ\nViệt Nam tỉnh và các tổ chức cứu trợ.'), false)).toHaveLength(1)
  })
  it('a name of five words after the break: "- Chỉ đạo Đoàn Thanh niên" / "Cộng sản Hồ Chí Minh phát huy …"', () => {
    expect(segment(lines('- Chỉ đạo Đoàn Thanh niên\nCộng sản Hồ Chí Minh phát huy vai trò xung kích, tổ chức các đội hình thanh niên tình nguyện.'), false)).toHaveLength(1)
  })
  it('not after a name already whole up to a proper name, nor before a sentence', () => {
    expect(segment(lines('2 Ngay sau Cơ quan điều hành Sở KHCN TP Hồ\nHoàn thiện, bảo đảm trong quy hoạch'), false)).toHaveLength(2)
    expect(segment(lines('Giao nhiệm vụ cho Sở Y tế\nTổ chức kiểm tra an toàn thực phẩm.'), false)).toHaveLength(2)
  })
})

describe('a span of years wrapped over a line break', () => {
  it('at its dash: "… giai đoạn 2021" / "- 2025 sang …" is no bullet', () => {
    expect(segment(lines('(3) Chuyển nguồn kinh phí chưa sử dụng hết của giai đoạn 2021\n- 2025 sang thực hiện trong giai đoạn 2026 - 2030.'), false)).toHaveLength(1)
    expect(segment(lines('Hoàn thành kinh phí năm 2025.\n- 2026: triển khai chỉ tiêu mới.'), false)).toHaveLength(2)
  })
  it('after its dash: "… giảm nghèo bền vững giai đoạn 2026-" / "2030." is one item, the year no item of its own', () => {
    const b = segment(lines('- Nghị quyết xây dựng nông thôn mới và giảm nghèo bền vững giai đoạn 2026-\n2030.\n- Nghị quyết về chuyển đổi số.'), false)
    expect(b.map((x) => x.text)).toEqual(['Nghị quyết xây dựng nông thôn mới và giảm nghèo bền vững giai đoạn 2026- 2030.', 'Nghị quyết về chuyển đổi số.'])
    // (a line that ends on a year and a dash of its own sentence's end is not asked: the next line opens no year)
    expect(segment(lines('Tổng kết giai đoạn 2021-\nBáo cáo kết quả thực hiện.'), false)).toHaveLength(2)
  })
  it('days too: "… từ ngày 15" / "– 17/10/2025 trên địa bàn xã." is one item', () => {
    expect(segment(lines('- Chuẩn bị khám tuyển nghĩa vụ quân sự năm 2025 từ ngày 15\n– 17/10/2025 trên địa bàn xã.'), false)).toHaveLength(1)
    expect(segment(lines('- Hoàn thành trong tháng 10.\n- 17/10/2025: tổng kết.'), false)).toHaveLength(2)
  })
  it('after "giai đoạn" in an item: "(3) Về nguồn lực … giai đoạn" / "2026-2030: Thống nhất …"', () => {
    expect(segment(lines('(3) Về nguồn lực thực hiện Chương trình giai đoạn\n2026-2030: Thống nhất với đề xuất của Bộ Tài chính.'), false)).toHaveLength(1)
  })
})

describe('items numbered in parentheses', () => {
  it('"(ii)", "(iii)" open items of their own, as "(i)" does', () => {
    const blocks = segment(lines('(i) Bộ Công Thương chỉ đạo tập đoàn.\n(ii) Chủ đầu tư hoàn thành nghiệm thu\ncác hạng mục còn lại.\n(iii) Ủy ban nhân dân tỉnh chỉ đạo bàn giao mặt bằng.'), false)
    expect(blocks.map((b) => b.marker?.value)).toEqual(['i', 'ii', 'iii'])
  })
  it('an enumeration run on inside a sentence and wrapped before its next item stays in its paragraph', () => {
    const text = '- Xác định các nhóm yêu cầu năng lực gồm: (i) Bản lĩnh chính trị, tư tưởng; (ii) Chuyên môn, nghiệp vụ;\n(iii) Kỹ năng, phong cách.\n- Định hướng xây dựng tiêu chí đánh giá.'
    const blocks = segment(lines(text), false)
    expect(blocks).toHaveLength(2)
    expect(blocks[0].text).toMatch(/nghiệp vụ; \(iii\) Kỹ năng, phong cách\.$/u)
    expect(segment(lines('Nội dung gồm: (1) Rà soát quy hoạch; (2) Bố trí vốn đầu tư;\n(3) Kiểm tra, giám sát thực hiện.'), false)).toHaveLength(1)
    // (not after a sentence the line before ended, nor when the item before was that line's own marker)
    expect(segment(lines('gồm: (i) Bản lĩnh; (ii) Chuyên môn.\n(iii) Kỹ năng, phong cách.'), false)).toHaveLength(2)
    expect(segment(lines('(ii) Chủ đầu tư hoàn thành nghiệm thu các hạng mục\n(iii) Ủy ban nhân dân tỉnh chỉ đạo bàn giao.'), false)).toHaveLength(2)
  })
  it('a later mark that ends a line opens its item on the next line, in the same paragraph: "…; (4)" / "Tham mưu …"', () => {
    const blocks = segment(lines('b) Bộ Công an: (1) Tiếp tục đầu tư phát triển; (2) nghiên cứu đề xuất xây dựng\nTrung tâm dữ liệu; (3) ứng dụng nền tảng định danh; (4)\nTham mưu ban hành Nghị quyết về phát triển công dân số.'), false)
    expect(blocks).toHaveLength(1)
    expect(blocks[0].text).toMatch(/; \(4\) Tham mưu ban hành/u)
  })
})

describe('a line that ends inside a document\'s number or on a numeral', () => {
  it('"… Nghị định số 178/2026/NĐ-" / "CP đến cán bộ …" is one paragraph, the number whole', () => {
    const b = segment(lines('Tổ chức quán triệt, phổ biến đầy đủ nội dung Nghị định số 178/2026/NĐ-\nCP đến cán bộ, công chức, viên chức thuộc phạm vi quản lý.'), false)
    expect(b.map((x) => x.text)).toEqual(['Tổ chức quán triệt, phổ biến đầy đủ nội dung Nghị định số 178/2026/NĐ-CP đến cán bộ, công chức, viên chức thuộc phạm vi quản lý.'])
    expect(at(b[0], b[0].text.indexOf('CP đến'))).toEqual({ line: 2, column: 1 })
  })
  it('a long item wrapped after a numeral ("… cơ sở 2" / "Bệnh viện …") goes on; a heading that ends on one does not', () => {
    const long = 'b) Chủ trì, phối hợp với các Bộ: Xây dựng, Quốc phòng chỉ đạo các cơ quan liên quan khẩn trương xử lý dứt điểm các tồn tại, vướng mắc và hoàn thành các công việc còn lại tại dự án đầu tư xây dựng cơ sở 2 Bệnh viện Bạch Mai và dự án đầu tư xây dựng cơ sở 2\nBệnh viện Hữu nghị Việt Đức, đưa vào hoạt động trong quý II năm 2026.'
    expect(segment(lines(long), false)).toHaveLength(1)
    expect(segment(lines('8. Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam, Binh đoàn 19\nChủ động tham mưu, đề xuất với các cơ quan quản lý nhà nước.'), false)).toHaveLength(2)
  })
})

describe('a group row of two cells inside a table joined by " | "', () => {
  it('"I | GIAI ĐOẠN 1 …" under an open table is a row, not a heading that closes it', () => {
    const b = segment(lines('TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp\nI | GIAI ĐOẠN 1: LẬP NHIỆM VỤ\n1 | Xây dựng khung định hướng. | Ban Quản lý quy hoạch | Vụ Pháp chế'), false)
    expect(b.map((x) => x.cells?.length ?? 0)).toEqual([4, 2, 4])
  })
  it('outside a table, two cells are text', () => {
    expect(segment(lines('Sở Y tế | Sở Tài chính'), false)[0].cells).toBeFalsy()
  })
})

describe('the marks a PDF extractor leaves', () => {
  it('"--- PAGE BREAK ---" parts pages like page furniture: a sentence cut by it goes on', () => {
    const b = segment(lines('b) Bộ Ngoại giao chủ trì mở rộng diện xét và cải tiến thủ\n5\n\n--- PAGE BREAK ---\n\ntục cấp thị thực điện tử.'), false)
    expect(b.map((x) => x.text)).toEqual(['Bộ Ngoại giao chủ trì mở rộng diện xét và cải tiến thủ tục cấp thị thực điện tử.'])
  })
  it('a double stop a scan made of one ("… nộp thuế.." / "kịp thời …") does not end the paragraph', () => {
    expect(segment(lines('c) Bộ Tài chính chỉ đạo đẩy nhanh hoàn thuế, gia hạn nộp thuế..\nkịp thời chấn chỉnh các hành vi vi phạm.'), false)).toHaveLength(1)
    expect(segment(lines('c) Bộ Tài chính chỉ đạo đẩy nhanh hoàn thuế.\nKịp thời chấn chỉnh các hành vi vi phạm.'), false)).toHaveLength(2)
  })
})

describe('a document number the line before announced', () => {
  it('"… theo Kế hoạch số" / "13-KH/TU)." goes on: no heading in capitals, no item "13-"', () => {
    const b = segment(lines('(1) Người đứng đầu cơ quan xem xét, quyết định đánh giá đối với công chức (trừ các chức danh theo Kế hoạch số\n13-KH/TU).\n\n(2) Chủ tịch Ủy ban nhân dân xã xem xét.'), false)
    expect(b.map((x) => x.text)).toEqual(['Người đứng đầu cơ quan xem xét, quyết định đánh giá đối với công chức (trừ các chức danh theo Kế hoạch số 13-KH/TU).', 'Chủ tịch Ủy ban nhân dân xã xem xét.'])
    const c = segment(lines('- Lãnh đạo quán triệt Kết luận số 75-KL/TW, Chương trình hành động số\n31-CTr/TW và Chương trình hành động này.'), false)
    expect(c).toHaveLength(1)
    expect(c[0].text).toContain('số 31-CTr/TW và')
  })
  it('a number after a sentence that ends is still an item', () => {
    expect(segment(lines('Thực hiện theo quy định.\n31- Các đơn vị báo cáo.'), false)).toHaveLength(2)
  })
})

describe('a provision whose act opens the next line', () => {
  it('"… theo quy định tại Điều 8" / "Nghị định số 217/2025/NĐ-CP …" goes on; a sentence that ends before an act\'s name does not', () => {
    expect(segment(lines('Đoàn kiểm tra thực hiện nhiệm vụ theo quy định tại Điều 8\nNghị định số 217/2025/NĐ-CP của Chính phủ, trong đó tập trung:'), false)).toHaveLength(1)
    expect(segment(lines('Đoàn kiểm tra thực hiện nhiệm vụ theo quy định.\nNghị định số 217/2025/NĐ-CP có hiệu lực từ ngày ký.'), false)).toHaveLength(2)
  })
})

describe('a place\'s name cut at its dash\'s part', () => {
  it('"… tỉnh Bà" / "Rịa–Vũng Tàu khóa VI, …" is one paragraph, the dash unspaced', () => {
    expect(segment(lines('Nghị quyết này đã được Hội đồng nhân dân tỉnh Bà\nRịa–Vũng Tàu khóa VI, kỳ họp thứ năm thông qua ngày 13 tháng 7 năm 2017.'), false)).toHaveLength(1)
    expect(segment(lines('Nghị quyết này đã được Hội đồng nhân dân tỉnh Bà\nRịa-Vũng Tàu khóa VI thông qua.'), false)).toHaveLength(1)
  })
})

describe('a clause whose article opens the next line', () => {
  it('"… quy định tại khoản 1" / "Điều này." and "… khoản 3" / "Điều 4 Quyết định này." go on; an article\'s heading after a clause does not', () => {
    expect(segment(lines('2. Cấp Giấy phép đối với các cơ sở quy định tại khoản 1\nĐiều này.'), false).map((b) => b.text)).toEqual(['Cấp Giấy phép đối với các cơ sở quy định tại khoản 1 Điều này.'])
    expect(segment(lines('2. Tiếp nhận hồ sơ của các cơ sở quy định tại khoản 3\nĐiều 4 Quyết định này.'), false)).toHaveLength(1)
    expect(segment(lines('2. Cấp Giấy phép theo quy định tại khoản 1\nĐiều 4. Trách nhiệm của Sở Công Thương'), false)).toHaveLength(2)
  })
})

describe('an article\'s word alone on its line', () => {
  it('"**Điều" / "11. Cơ quan thực hiện …**" is article 11, not a paragraph "Điều" and an item "11."', () => {
    const b = segment(lines('**Điều\n11. Cơ quan thực hiện nhiệm vụ kiểm tra**\n\n1. Sở Tài chính:'), true)
    expect(b[0].marker).toMatchObject({ type: 'article', value: '11' })
    expect(b[0].text).toBe('Cơ quan thực hiện nhiệm vụ kiểm tra')
    expect(at(b[0], 0)).toEqual({ line: 2, column: 5 })
  })
})

describe('a line in capitals that ends on an ordinal\'s word', () => {
  it('"KHÓA XVII - KỲ HỌP THỨ NĂM" / "Căn cứ Luật …": "NĂM" is fifth, not a year the next line gives', () => {
    expect(segment(lines('KHÓA XVII - KỲ HỌP THỨ NĂM\nCăn cứ Luật Tổ chức chính quyền địa phương;'), false).map((b) => b.text)).toEqual(['KHÓA XVII - KỲ HỌP THỨ NĂM', 'Căn cứ Luật Tổ chức chính quyền địa phương;'])
    // a sentence that ends on "năm" still goes on with its year
    expect(segment(lines('Hoàn thành trong tháng 12 năm\n2026 theo kế hoạch.'), false)).toHaveLength(1)
  })
})

describe('markdown whose blank lines part the paragraphs and whose lines wrap inside them', () => {
  // eight items, each after a blank line, each wrapped over lines: a Word text saved with its lines cut at a width
  const items = Array.from({ length: 8 }, (_, k) => `${k + 1}. Sở Nội vụ rà soát, bổ sung quy hoạch cán bộ\nnhiệm kỳ kế tiếp theo quy định.`).join('\n\n')
  it('a line right after an item goes on with it, whatever its first letter: "a) Củng cố … hiệu quả" / "Ban Chỉ đạo …"', () => {
    const b = segment(lines(`${items}\n\na) Củng cố và vận hành hiệu quả\nBan Chỉ đạo phát triển khoa học, công nghệ của tỉnh.\n\nb) Đẩy mạnh hợp tác công - tư:\nđặt hàng doanh nghiệp phát triển hạ tầng số.\n\n- Tập trung phát triển hạ tầng\n5G, mạng IoT thế hệ mới.`), true)
    expect(b.slice(8).map((x) => x.text)).toEqual(['Củng cố và vận hành hiệu quả Ban Chỉ đạo phát triển khoa học, công nghệ của tỉnh.', 'Đẩy mạnh hợp tác công - tư: đặt hàng doanh nghiệp phát triển hạ tầng số.', 'Tập trung phát triển hạ tầng 5G, mạng IoT thế hệ mới.'])
  })
  it('a dash before a word in lower case inside a sentence goes on with it; one after a full stop opens an item', () => {
    const b = segment(lines(`${items}\n\ne) Đẩy mạnh đầu tư kho hàng, trung tâm chia chọn\n- đảm bảo thương mại điện tử vận hành thông suốt.\n- đảm bảo an toàn.`), true)
    expect(b.slice(8).map((x) => x.text)).toEqual(['Đẩy mạnh đầu tư kho hàng, trung tâm chia chọn - đảm bảo thương mại điện tử vận hành thông suốt.', 'đảm bảo an toàn.'])
  })
  it('a line in capitals is not joined ("Số: 5/TB-VPCP" / "THÔNG BÁO"), nor is plain text, nor markdown whose items follow each other', () => {
    expect(segment(lines(`${items}\n\nSố: 5/TB-VPCP\nTHÔNG BÁO`), true).slice(8).map((x) => x.text)).toEqual(['Số: 5/TB-VPCP', 'THÔNG BÁO'])
    expect(segment(lines(`${items}\n\na) Củng cố và vận hành hiệu quả\nBan Chỉ đạo phát triển khoa học của tỉnh.`), false).slice(8)).toHaveLength(2)
    const packed = Array.from({ length: 8 }, (_, k) => `${k + 1}. Sở Nội vụ rà soát quy hoạch.`).join('\n')
    expect(segment(lines(`${packed}\n\na) Củng cố và vận hành hiệu quả\nBan Chỉ đạo phát triển khoa học của tỉnh.`), true).slice(8)).toHaveLength(2)
  })
})

describe('a label\'s list of bodies wrapped after a semicolon', () => {
  it('"- Cơ quan chủ trì: …;" / "các chi bộ trực thuộc; …" is one item; a line in capitals or a new item is not joined', () => {
    const text = '- Cơ quan chủ trì: Các cơ quan tham mưu, giúp việc Đảng uỷ;\ncác chi bộ trực thuộc; Uỷ ban Mặt trận Tổ quốc Việt Nam xã.\n- Thời gian thực hiện: Thường xuyên.'
    expect(segment(lines(text), false).map((b) => b.text)).toEqual([
      'Cơ quan chủ trì: Các cơ quan tham mưu, giúp việc Đảng uỷ; các chi bộ trực thuộc; Uỷ ban Mặt trận Tổ quốc Việt Nam xã.',
      'Thời gian thực hiện: Thường xuyên.',
    ])
  })
})

describe('a Party document\'s number cut after its dash', () => {
  it('"… Quyết định số 218-" / "QĐ/TW ngày …" is one paragraph', () => {
    const text = 'Giám sát việc thực hiện Quyết định số 218-\nQĐ/TW ngày 12/12/2013 của Bộ Chính trị.'
    expect(segment(lines(text), false).map((b) => b.text)).toEqual(['Giám sát việc thực hiện Quyết định số 218- QĐ/TW ngày 12/12/2013 của Bộ Chính trị.'])
  })
})

describe('a hard-wrapped paragraph cut at the hyphen of a compound', () => {
  const wrapped = ['1.1. Xem xét báo cáo công tác 6 tháng đầu năm 2027 của Thường trực Hội đồng nhân', 'dân tỉnh, Tòa án nhân dân tỉnh; báo cáo của Ủy ban nhân dân tỉnh về: Kinh tế', '- xã hội; tình hình thực hiện ngân sách nhà nước.']
  it('"… về: Kinh tế" / "- xã hội; …" is one paragraph, no bullet', () => {
    const b = segment(wrapped, false)
    expect(b).toHaveLength(1)
    expect(b[0].text).toContain('Kinh tế - xã hội; tình hình')
  })
  it('a short line before a dash in lower case, or a paragraph of one line, keeps the bullet', () => {
    expect(segment(['Nội dung gồm', '- tuyên truyền pháp luật.'], false)).toHaveLength(2)
    expect(segment(['1. Các nội dung tuyên truyền trong năm 2027 được tổ chức theo từng chuyên đề cụ thể', '- tuyên truyền pháp luật.'], false)).toHaveLength(2)
  })
})

describe('segment: a line in lower case after a colon', () => {
  it('goes on with the block above: what follows a colon is its clause ("… theo thẩm quyền :" / "ban hành quy trình …")', () => {
    const bs = segment(lines('2. Các Chi cục Thuế rà soát, đề xuất giải pháp theo thẩm quyền :\nban hành quy trình xử lý hồ sơ tồn đọng, hoàn thành trước ngày 14/10/2027;\n3. Văn phòng Cục tổng hợp kết quả.'), false)
    expect(bs.map((b) => b.text.slice(0, 20))).toEqual(['Các Chi cục Thuế rà ', 'Văn phòng Cục tổng h'])
    // (a line in capitals after a colon still opens its own block)
    expect(segment(lines('Nội dung gồm:\nNÂNG CAO NĂNG LỰC'), false)).toHaveLength(2)
  })
})
