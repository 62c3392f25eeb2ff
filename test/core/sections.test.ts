// The section tree: one rule per test, each on a few inline lines.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/core/parse.js'
import { words } from '../words.js'

const parse = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.txt' })

describe('sections', () => {
  it('a title in capitals over two lines is one heading, and its role holds for the items below it', () => {
    const doc = parse(['Phụ lục', 'NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG', 'TRONG THÁNG 5 NĂM 2026 VÀ THỜI GIAN TỚI', '1. Bộ Tài chính chủ trì, phối hợp với các cơ quan:', 'a) Theo dõi, đôn đốc kế hoạch đầu tư công.', 'b) Nghiên cứu cơ chế chỉ định thầu tư vấn.'])
    const titles = doc.sections.map((s) => s.title)
    expect(titles).toContain('NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG TRONG THÁNG 5 NĂM 2026 VÀ THỜI GIAN TỚI')
    expect(titles).not.toContain('TRONG THÁNG 5 NĂM 2026 VÀ THỜI GIAN TỚI')
    expect(doc.tasks.map((t) => [words(t), t.lead.map((l) => l.name)])).toEqual([
      ['Theo dõi, đôn đốc kế hoạch đầu tư công.', ['Bộ Tài chính']],
      ['Nghiên cứu cơ chế chỉ định thầu tư vấn.', ['Bộ Tài chính']],
    ])
  })

  it('a lead-in that gives the speaker\'s views ("…; sau khi xem xét, Cục có ý kiến như sau:") passes no body to the items', () => {
    const doc = parse(['Kính gửi: Sở Tài chính tỉnh Nam Hà', 'Cục Kinh tế hợp tác nhận được Công văn số 88/STC-QLG của Sở Tài chính tỉnh Nam Hà; sau khi xem xét, Cục có ý kiến như sau:', '1. Đề nghị rà soát danh mục dự án trước ngày 30/9/2026.'])
    expect(doc.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([[]])
    const traffic = parse(['Kính gửi: Ủy ban nhân dân tỉnh Nam Hà', 'Sở Giao thông vận tải nhận được Công văn số 88/UBND-KT của Ủy ban nhân dân tỉnh Nam Hà; sau khi xem xét, Sở có ý kiến như sau:', '1. Đề nghị rà soát danh mục dự án trước ngày 30/9/2026.'])
    expect(traffic.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([[]])
  })
  it('a short unmarked lead-in whose subject asks ("Theo đó, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:") heads asked work; a numbered one says nothing', () => {
    const md = (lines: string[]) => parseDocument(lines.join('\n\n'), { file: 'inline.md', markdown: true })
    const news = md(['# Tỉnh ứng phó áp thấp nhiệt đới', 'Ngày 08/12/2026, Ủy ban nhân dân tỉnh ban hành Công điện 21/CĐ-UBND.', 'Theo đó, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:', '- Các xã sơ tán người dân ra khỏi khu vực nguy hiểm.'])
    expect(news.sections.find((x) => x.title.startsWith('Theo đó'))?.role).toBe('tasks')
    expect(news.tasks.map((t) => words(t))).toEqual(['Các xã sơ tán người dân ra khỏi khu vực nguy hiểm.'])
    const numbered = parse(['KẾ HOẠCH', 'Về phòng chống thiên tai', '1. Đối tượng được hỗ trợ:', '- Các hộ nghèo ở xã ven biển.'])
    expect(numbered.sections.find((x) => x.title.startsWith('Đối tượng'))?.role).not.toBe('tasks')
  })

  it('a regulation\'s article on what coordination covers and its forms ("Điều 3. Nội dung phối hợp") describes, a plan\'s part does not', () => {
    const reg = parse(['QUY CHẾ', 'Phối hợp quản lý nhà nước về tôn giáo', 'Điều 3. Nội dung phối hợp', '1. Tham mưu xây dựng văn bản quản lý nhà nước về tôn giáo.', 'Điều 4. Hình thức, phương thức phối hợp', '1. Tổ chức cuộc họp để trao đổi, lấy ý kiến.', 'Điều 5. Sở Nội vụ', '1. Chủ trì rà soát văn bản về tôn giáo.'])
    expect(reg.sections.filter((x) => /phối hợp$/u.test(x.title)).map((x) => x.role)).toEqual(['purpose', 'purpose'])
    expect(reg.tasks.map((t) => words(t))).toEqual(['Chủ trì rà soát văn bản về tôn giáo.'])
    const plan = parse(['KẾ HOẠCH', 'Phối hợp giữa Hội Nông dân và Sở Nông nghiệp', 'II. NỘI DUNG PHỐI HỢP', '1. Phối hợp tuyên truyền chính sách cho nông dân.'])
    expect(plan.tasks.map((t) => words(t))).toEqual(['Phối hợp tuyên truyền chính sách cho nông dân.'])
  })

  it('the items under a heading that names who acts only in general ("2. Các Sở quản lý ngành, lĩnh vực:") are their tasks', () => {
    const lines = ['1. Sở Tài chính:', 'a) Kiểm tra các Sở quản lý ngành về giá.', '2. Các Sở quản lý ngành, lĩnh vực:', 'a) Kiểm tra việc chấp hành pháp luật về giá của cơ quan trực thuộc.', '3. Ủy ban nhân dân xã, phường:', 'a) Kiểm tra việc chấp hành pháp luật về giá của các đơn vị trực thuộc.']
    expect(parse(lines).tasks.map((t) => [words(t), t.lead.map((l) => l.name)])).toEqual([
      ['Kiểm tra các Sở quản lý ngành về giá.', ['Sở Tài chính']],
      ['Kiểm tra việc chấp hành pháp luật về giá của cơ quan trực thuộc.', []],
      ['Kiểm tra việc chấp hành pháp luật về giá của các đơn vị trực thuộc.', []],
    ])
    // (an item that does not open with work is still none: "a) Cơ quan trực thuộc gồm …")
    expect(parse([...lines.slice(2, 3), 'a) Các cơ quan trực thuộc của sở.']).tasks).toEqual([])
  })

  it('under a lead-in that only says "Chủ trì, phối hợp", the body above leads and each item\'s own bodies coordinate', () => {
    const doc = parse(['II. NHIỆM VỤ', '2.3. Công an tỉnh', 'b) Chủ trì, phối hợp', '- Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí ngân sách.', '- Sở Xây dựng, Sở Y tế rà soát cơ sở vật chất.'])
    expect(doc.tasks.map((t) => [t.lead.map((l) => l.name), t.coordinators.map((l) => l.name)])).toEqual([
      [['Công an tỉnh'], ['Sở Tài chính']],
      [['Công an tỉnh'], ['Sở Xây dựng', 'Sở Y tế']],
    ])
  })
  it('a heading or a lead-in "X chủ trì, phối hợp với Y:" gives Y as partner to the items under it that name none of their own', () => {
    const doc = parse([
      'III. TỔ CHỨC THỰC HIỆN',
      '2. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế:',
      '- Xây dựng chương trình tập huấn cho giáo viên.',
      '- Phối hợp với Sở Tư pháp biên soạn tài liệu.',
      '3. Sở Tài chính',
      '- Bố trí kinh phí thực hiện.',
    ])
    expect(doc.tasks.map((t) => [t.lead.map((l) => l.name), t.coordinators.map((l) => l.name)])).toEqual([
      [['Sở Giáo dục và Đào tạo'], ['Sở Y tế']],
      [['Sở Giáo dục và Đào tạo'], ['Sở Tư pháp']],
      [['Sở Tài chính'], []],
    ])
  })
  it('a lead-in that names only partners ("X phối hợp với Y:", "Phối hợp chặt chẽ với Y:") gives Y to the items under it; the lead stays the items\' own or the heading\'s', () => {
    const doc = parse([
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Các sở, ngành và Ủy ban nhân dân các xã phối hợp với Sở Tài chính:',
      '- Rà soát danh mục dự án chuyển tiếp.',
      '2. Sở Xây dựng',
      'a) Phối hợp chặt chẽ với Công an tỉnh:',
      '- Kiểm tra hiện trạng các công trình.',
      '- Phối hợp với Sở Y tế lập hồ sơ các điểm sạt lở.',
      'b) Chỉ đạo các nhà thầu chủ động phối hợp với Sở Tài chính, cụ thể như sau:',
      '- Hoàn thiện hồ sơ thanh toán.',
    ])
    expect(doc.tasks.map((t) => [t.lead.map((l) => l.name), t.coordinators.map((l) => l.name)])).toEqual([
      [[], ['Sở Tài chính']],
      [['Sở Xây dựng'], ['Công an tỉnh']],
      [['Sở Xây dựng'], ['Sở Y tế']],
      // (those directed work with the partner, not every item under them)
      [['Sở Xây dựng'], []],
    ])
  })
  it('a heading that names its body and then a lead-in of its own ("Vụ Tổ chức cán bộ: Tham mưu Lãnh đạo Bộ:") leads the items under it', () => {
    const doc = parse(['II. NHIỆM VỤ', '2. Vụ Tổ chức cán bộ: Tham mưu Lãnh đạo Bộ:', '- Đề xuất hoàn thiện quy định về tổ chức bộ máy.'])
    expect(doc.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([['Vụ Tổ chức cán bộ']])
  })
  it('a heading names its body despite an apposition of its role, a bracket that lists the bodies, or "Đề nghị:"', () => {
    const doc = parse([
      'IV. NHIỆM VỤ CỤ THỂ',
      '1.1. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo',
      '- Tham mưu triển khai kế hoạch kiểm kê.',
      '1.2. Các cơ quan tham mưu quản lý ngành (gồm các Sở: Xây dựng, Công Thương)',
      '- Cử công chức tham gia tổ công tác.',
      '1.3. Đề nghị: Hội Nông dân tỉnh, Liên minh Hợp tác xã tỉnh',
      '- Vận động hội viên tham gia.',
    ])
    expect(doc.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([['Sở Tài chính'], ['Sở Xây dựng', 'Sở Công Thương'], ['Hội Nông dân tỉnh', 'Liên minh Hợp tác xã tỉnh']])
  })
  it('a collective heading whose closing bracket names bodies only ("Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban Quản lý …):") is led by them', () => {
    const doc = parse([
      'I. TRÁCH NHIỆM PHỐI HỢP',
      '1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban Quản lý Khu kinh tế tỉnh):',
      'a) Tiếp nhận hồ sơ, kiểm tra tính hợp lệ của hồ sơ.',
      '2. Các sở, ngành (nếu có):',
      'a) Có ý kiến thẩm định đúng thời hạn.',
      '3. Sở Xây dựng (Văn phòng thường trực, Sở Y tế):',
      'a) Hướng dẫn lập quy hoạch.',
    ])
    expect(doc.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([['Sở Tài chính', 'Ban Quản lý Khu kinh tế tỉnh'], [], ['Sở Xây dựng']])
  })

  it('a text with no letterhead, number or title has no preamble: its first paragraphs direct; a formal one keeps its preamble', () => {
    const report = ['Thay mặt Bộ Chính trị, Thường trực Ban Bí thư đã ký Thông báo kết luận về chính sách đối với cán bộ.', '', 'Giao Đảng ủy Chính phủ chỉ đạo Bộ Nội vụ rà soát các quy định tại Nghị định.']
    expect(parse(report).tasks.map((t) => words(t))).toEqual(['Giao Đảng ủy Chính phủ chỉ đạo Bộ Nội vụ rà soát các quy định tại Nghị định.'])
    const formal = ['Số: 12/UBND-VX', '', 'Giao Sở Nội vụ rà soát các quy định.', '', 'I. NHIỆM VỤ', '1. Sở Y tế kiểm tra các cơ sở.']
    expect(parse(formal).tasks.map((t) => words(t))).toEqual(['Sở Y tế kiểm tra các cơ sở.'])
    // a letter's addressees make it formal too, and under a heading that names its body a paragraph with no mark that
    // opens with an action is that body's task
    const letter = ['Kính gửi:', '- Các sở, ngành;', '', '**3. Sở Dân tộc và Tôn giáo:**', '', 'Mở đợt cao điểm tuyên truyền, vận động các cơ sở tôn giáo hạn chế đốt vàng mã.']
    expect(parse(letter).tasks.map((t) => [words(t), t.lead.map((l) => l.name)])).toEqual([['Mở đợt cao điểm tuyên truyền, vận động các cơ sở tôn giáo hạn chế đốt vàng mã.', ['Sở Dân tộc và Tôn giáo']]])
  })

  it('in a plan, under a heading that names its bodies only in general, a paragraph with no mark that opens with an action is a task', () => {
    const plan = ['KẾ HOẠCH', 'Triển khai hỗ trợ nhà ở', '2.2. Sở Xây dựng:', '- Chủ trì hướng dẫn các quận triển khai Kế hoạch này.', '3. Ủy ban nhân dân các quận, huyện', 'Tổ chức triển khai Kế hoạch này trên địa bàn; báo cáo kết quả về Sở Xây dựng.']
    expect(parse(plan).tasks.map((t) => words(t))).toEqual(['Chủ trì hướng dẫn các quận triển khai Kế hoạch này.', 'Tổ chức triển khai Kế hoạch này trên địa bàn; báo cáo kết quả về Sở Xây dựng.'])
    // (a paragraph that tells rather than directs stays none)
    expect(parse([...plan.slice(0, 5), 'Trong năm qua, các quận đã hoàn thành 120 căn nhà.']).tasks).toHaveLength(1)
  })

  it('a bullet that introduces a list in the preamble does not catch the numbered parts: their bullets keep the heading\'s body', () => {
    const doc = parse([
      'Dự họp có đại diện các Tập đoàn:',
      '- Điện lực Việt Nam; tại trụ sở Ủy ban nhân dân các tỉnh:',
      'Hà Nội, Đà Nẵng có các đồng chí lãnh đạo dự.',
      'I. NHIỆM VỤ',
      '2.2 Về các dự án dầu khí do Tập đoàn Điện lực Việt Nam thực hiện',
      '- Tập trung hoàn thành các thủ tục đầu tư dự án trong quý IV năm 2025.',
      '- Khẩn trương bàn giao mặt bằng cho nhà thầu.',
    ])
    expect(doc.tasks.map((t) => [words(t), t.lead.map((l) => l.name)])).toEqual([
      ['Tập trung hoàn thành các thủ tục đầu tư dự án trong quý IV năm 2025.', ['Tập đoàn Điện lực Việt Nam']],
      ['Khẩn trương bàn giao mặt bằng cho nhà thầu.', ['Tập đoàn Điện lực Việt Nam']],
    ])
  })

  it('"b) Về các dự án lưới điện:" is a heading over its items, not the sender of a công điện ("THỦ TƯỚNG CHÍNH PHỦ điện:")', () => {
    const doc = parse(['II. NHIỆM VỤ', '1. Tập đoàn Điện lực Việt Nam', 'a) Về các dự án lưới điện:', '- Hoàn thành đóng điện đường dây 500 kV trong tháng 12 năm 2025.'])
    expect(doc.tasks.map((t) => [words(t), t.lead.map((l) => l.name)])).toEqual([['Hoàn thành đóng điện đường dây 500 kV trong tháng 12 năm 2025.', ['Tập đoàn Điện lực Việt Nam']]])
    const cable = parse(['CÔNG ĐIỆN', 'Về bảo đảm cung ứng điện', 'THỦ TƯỚNG CHÍNH PHỦ điện:', '- Bộ trưởng các Bộ: Công Thương, Xây dựng;', '- Chủ tịch Ủy ban nhân dân các tỉnh.', 'Để bảo đảm cung ứng điện, Thủ tướng Chính phủ yêu cầu:', '1. Bộ Công Thương chỉ đạo bảo đảm cung ứng điện trong mùa khô.'])
    expect(cable.tasks.map((t) => words(t))).toEqual(['Bộ Công Thương chỉ đạo bảo đảm cung ứng điện trong mùa khô.'])
    // OCR may turn the sender's line into a one-cell table row: it still opens the addressees
    const ocr = parse(['CÔNG ĐIỆN', 'Về bảo đảm cung ứng điện', '|_— Mee.kHULA2%. THỦ TƯỚNG CHÍNH PHỦ điện:', '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh, Nghệ An,', 'Thanh Hóa, Ninh Bình;', 'Để bảo đảm cung ứng điện, Thủ tướng Chính phủ yêu cầu:', '1. Bộ Công Thương chỉ đạo bảo đảm cung ứng điện trong mùa khô.'])
    expect(ocr.tasks.map((t) => words(t))).toEqual(['Bộ Công Thương chỉ đạo bảo đảm cung ứng điện trong mùa khô.'])
  })

  it('articles are siblings: one with no role words does not take the role of the article before it', () => {
    const doc = parse(['NGHỊ QUYẾT', 'Điều 1. Nguyên tắc cắt giảm thủ tục hành chính', '1. Bảo đảm công khai, minh bạch.', 'Điều 2. Tổ chức thi hành', '1. Bộ Tư pháp chịu trách nhiệm theo dõi, đôn đốc việc thực hiện Nghị quyết này.'])
    expect(doc.sections.map((s) => [s.title, s.role, s.parent])).toEqual([
      ['Nguyên tắc cắt giảm thủ tục hành chính', 'purpose', null],
      ['Tổ chức thi hành', 'organisation', null],
    ])
    expect(doc.tasks.map((t) => words(t))).toEqual(['Bộ Tư pháp chịu trách nhiệm theo dõi, đôn đốc việc thực hiện Nghị quyết này.'])
  })

  it('the signer\'s title (with OCR marks after it) and name under "TM. CHÍNH PHỦ" close the text though annexes follow; "Phụ lục I" opens the first', () => {
    const doc = parse(['NGHỊ QUYẾT', 'Điều 1. Tổ chức thi hành', '1. Bộ Tư pháp theo dõi, đôn đốc việc thực hiện Nghị quyết này.', 'TM. CHÍNH PHỦ', 'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNGy]', 'Phạm Thị Thanh Trà', 'Phụ lục I', 'CẮT GIẢM THỦ TỤC HÀNH CHÍNH', '1. Giấy phép có thời hạn 10 năm và được gia hạn.'])
    expect(doc.tasks.map((t) => words(t))).toEqual(['Bộ Tư pháp theo dõi, đôn đốc việc thực hiện Nghị quyết này.'])
    expect(doc.sections.find((s) => s.title === 'Phụ lục I')?.parent).toBeNull()
    // after "Nơi nhận", the signer's lines are closing already; the annex's title in capitals is still its heading
    const late = parse(['NGHỊ QUYẾT', 'Điều 1. Giao các bộ thực hiện các nhiệm vụ tại Phụ lục III.', 'Nơi nhận:', '- Lưu: VT.', 'TM. CHÍNH PHỦ', 'THỦ TƯỚNG', 'Nguyễn Văn A', 'Phụ lục III', 'PHÂN CÔNG TRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM NĂM 2026'])
    expect(late.sections.map((s) => s.title)).toContain('PHÂN CÔNG TRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM NĂM 2026')
  })

  it('two headings in capitals with text between them stay two headings', () => {
    const doc = parse(['I. MỤC ĐÍCH, YÊU CẦU', 'Nâng cao nhận thức của cán bộ.', 'II. NHIỆM VỤ', '1. Sở Nội vụ rà soát quy hoạch cán bộ.'])
    expect(doc.sections.map((s) => s.title)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NHIỆM VỤ'])
  })

  it('a numbered title in capitals that wraps onto a second line is one heading; its paragraphs are its tasks', () => {
    const doc = parse(['II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU PHÁT TRIỂN KINH TẾ - XÃ', 'HỘI 5 NĂM 2026 - 2030', 'Hoàn thiện hệ thống pháp luật liên quan đến phát triển năng lượng.', 'Xây dựng cơ chế huy động nguồn lực phát triển hạ tầng chiến lược.'])
    expect(doc.sections.map((s) => s.title)).toEqual(['NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2026 - 2030'])
    expect(doc.tasks.map((t) => words(t))).toEqual(['Hoàn thiện hệ thống pháp luật liên quan đến phát triển năng lượng.', 'Xây dựng cơ chế huy động nguồn lực phát triển hạ tầng chiến lược.'])
  })

  it('within an attachment, the next "Phụ lục II" alone on its line opens the next part: it is no task', () => {
    const doc = parse(['NGHỊ QUYẾT', 'Điều 1. Giao các bộ thực hiện các nhiệm vụ tại Phụ lục.', 'Nơi nhận:', '- Lưu: VT.', 'TM. CHÍNH PHỦ', 'Phụ lục I', 'NHIỆM VỤ CỤ THỂ', '1. Bộ Tư pháp rà soát các luật.', 'Phụ lục II', 'NHIỆM VỤ ĐẾN NĂM 2030', '1. Bộ Công an xây dựng trung tâm dữ liệu.'])
    expect(doc.sections.filter((s) => s.parent === null).map((s) => s.title)).toEqual(['Phụ lục I', 'Phụ lục II'])
    expect(doc.tasks.map((t) => words(t))).not.toContain('Phụ lục II')
  })
})

describe('a lead-in where one body directs another', () => {
  it('"Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:" leads the items under it; an authority that directs still speaks', () => {
    const doc = parse(['NGHỊ QUYẾT', 'II. NHIỆM VỤ, GIẢI PHÁP', '1. Bảo đảm an sinh xã hội', 'Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:', 'a) Thực hiện chi trả gộp 03 tháng lương hưu trong tháng 12 năm 2025.', 'b) Khẩn trương cấp thẻ bảo hiểm y tế cho người dân vùng lũ.', '2. Khôi phục sản xuất', 'Thủ tướng Chính phủ chỉ đạo Bộ Nông nghiệp và Môi trường:', 'a) Hỗ trợ giống cây trồng cho các tỉnh bị thiệt hại.'])
    const lead = (start: string) => doc.tasks.find((t) => words(t).startsWith(start))?.lead.map((l) => l.name)
    expect(lead('Thực hiện chi trả')).toEqual(['Bộ Tài chính'])
    expect(lead('Khẩn trương cấp thẻ')).toEqual(['Bộ Tài chính'])
    expect(lead('Hỗ trợ giống')).not.toContain('Thủ tướng Chính phủ')
  })
  it('"Giao UBND xã chỉ đạo phòng chuyên môn …; trong đó lưu ý:": the committee given the work leads the notes under it', () => {
    const doc = parse(['THÔNG BÁO', '1. Thường trực Đảng ủy thống nhất với dự thảo. Giao UBND xã chỉ đạo phòng chuyên môn hoàn thiện để ban hành; trong đó lưu ý:', '- Chủ động xây dựng chương trình riêng của từng trường.', '2. Ủy ban nhân dân tỉnh chỉ đạo:', '- Rà soát hồ sơ.'])
    const lead = (start: string) => doc.tasks.find((t) => words(t).startsWith(start))?.lead.map((l) => l.name)
    expect(lead('Chủ động xây dựng')).toEqual(['Ủy ban nhân dân xã'])
    // (an authority that directs, given nothing, still speaks)
    expect(lead('Rà soát hồ sơ')).toEqual([])
  })
})

describe('headings that name who acts', () => {
  it('"1. Cục Biến đổi khí hậu có trách nhiệm:" leads its items though the lexicon does not know the unit', () => {
    const doc = parse(['KẾ HOẠCH', 'III. TỔ CHỨC THỰC HIỆN', '1. Cục Biến đổi khí hậu có trách nhiệm:', 'a) Chủ trì, phối hợp với Vụ Pháp chế hoàn thiện dự thảo Nghị định.', 'b) Theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch.'])
    expect(doc.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([['Cục Biến đổi khí hậu'], ['Cục Biến đổi khí hậu']])
  })
  it('"Điều 4. Sở X có nhiệm vụ" (with no colon) leads the items under it; "Điều 5. UBND quận - huyện có nhiệm vụ" makes its items tasks, of no named body', () => {
    const doc = parse(['QUY CHẾ', 'Chương II', 'QUYỀN HẠN, TRÁCH NHIỆM CỦA CÁC NGÀNH', 'Điều 4. Sở Lao động - Thương binh và Xã hội có nhiệm vụ', '1. Thẩm tra dự toán kinh phí hàng năm của các Phòng.', '2. Lập Bảng kê tăng và in danh sách chi trả hàng tháng.', 'Điều 5. Ủy ban nhân dân quận - huyện có nhiệm vụ', '1. Định kỳ chỉ đạo, kiểm tra công tác quản lý đối tượng.', '2. Quản lý chi trả trợ cấp ưu đãi giáo dục.'])
    expect(doc.tasks.map((t) => [words(t).slice(0, 12), t.lead.map((l) => (l.generic ? '~' : '') + l.name)])).toEqual([
      ['Thẩm tra dự ', ['Sở Lao động - Thương binh và Xã hội']],
      ['Lập Bảng kê ', ['Sở Lao động - Thương binh và Xã hội']],
      ['Định kỳ chỉ ', []],
      ['Quản lý chi ', []],
    ])
  })
  it('"Điều 2. Doanh nghiệp có trách nhiệm:" in a licence gives no body duties: its items stay out', () => {
    const doc = parse(['GIẤY PHÉP', 'Điều 1. Phạm vi cung cấp dịch vụ', 'Doanh nghiệp được cung cấp dịch vụ viễn thông cố định.', 'Điều 2. Doanh nghiệp có trách nhiệm:', '1. Thực hiện các quy định về quản lý giá dịch vụ.', '2. Nộp đầy đủ, đúng hạn các loại phí, lệ phí theo quy định.'])
    expect(doc.tasks.map((t) => words(t))).toEqual([])
  })
  it('"Điều 4. Trách nhiệm, nhiệm vụ của Sở X" leads the items under it', () => {
    const doc = parse(['QUY CHẾ', 'Điều 4. Trách nhiệm, nhiệm vụ của Sở Nội vụ', '1. Thẩm tra hồ sơ đề nghị khen thưởng.', '2. Tổng hợp báo cáo kết quả hằng năm.'])
    expect(doc.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([['Sở Nội vụ'], ['Sở Nội vụ']])
  })
  it('a paragraph whose subject acts leads the bullets right after it that go on with its work, and no paragraph after them', () => {
    const doc = parse(['Tại cuộc họp, Phó Thủ tướng đã có ý kiến như sau:', 'Các bộ Xây dựng, Tài chính khẩn trương rà soát các vướng mắc trong các văn bản.', '- Đánh giá toàn bộ quy trình thực hiện dự án bất động sản.', '- Kịp thời có hướng dẫn địa phương áp dụng pháp luật thống nhất.', 'Đề nghị tổ chức tập huấn cho cán bộ y tế cơ sở.'])
    expect(doc.tasks.map((t) => [words(t).slice(0, 12), t.lead.map((l) => l.name)])).toEqual([
      ['Các bộ Xây d', ['Bộ Xây dựng', 'Bộ Tài chính']],
      ['Đánh giá toà', ['Bộ Xây dựng', 'Bộ Tài chính']],
      ['Kịp thời có ', ['Bộ Xây dựng', 'Bộ Tài chính']],
      ['Đề nghị tổ c', []],
    ])
  })
  it('"II. NHIỆM VỤ CHỦ YẾU CỦA BỘ X" leads the items under it', () => {
    const doc = parse(['KẾ HOẠCH', 'II. NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG', '1. Xây dựng và ban hành Kế hoạch giảm nhẹ phát thải khí nhà kính.', '2. Phối hợp với Bộ Tài chính hoàn thiện Đề án phát triển thị trường các-bon.'])
    expect(doc.tasks.map((t) => [t.lead.map((l) => l.name), t.coordinators.map((l) => l.name)])).toEqual([
      [['Bộ Tài nguyên và Môi trường'], []],
      [['Bộ Tài nguyên và Môi trường'], ['Bộ Tài chính']],
    ])
  })
  it('"7.1. Sở Tài chính chủ trì, phối hợp các sở, ban, ngành" with no colon leads the items under it, with its partners', () => {
    const doc = parse(['KẾ HOẠCH', 'III. NHIỆM VỤ', '7. Tăng cường nguồn lực cho công tác phòng, chống ma túy', '7.1. Sở Tài chính chủ trì, phối hợp Sở Y tế', '- Ưu tiên nguồn lực đầu tư cho các cơ sở cai nghiện.', '- Đề xuất Hội đồng nhân dân tỉnh hỗ trợ kinh phí cho lực lượng chuyên trách.'])
    const items = doc.tasks.filter((t) => /^(?:Ưu tiên|Đề xuất)/u.test(words(t)))
    expect(items.map((t) => [t.lead.map((l) => l.name), t.coordinators.map((l) => l.name)])).toEqual([
      [['Sở Tài chính'], ['Sở Y tế']],
      [['Sở Tài chính'], ['Sở Y tế']],
    ])
  })
  it('"5.2. Bộ Chỉ huy quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng" leads its items; an authority that directs (Ban Thường vụ Tỉnh ủy) does not', () => {
    const doc = parse(['KẾ HOẠCH', 'III. NHIỆM VỤ', '5.2. Bộ Chỉ huy quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng', '- Tăng cường tuần tra, kiểm soát người, phương tiện qua lại biên giới.', '5.3. Ban Thường vụ Tỉnh ủy chỉ đạo các cấp ủy đảng', '- Quán triệt nghị quyết đến cán bộ, đảng viên.'])
    const lead = (start: string) => doc.tasks.find((t) => words(t).startsWith(start))?.lead.map((l) => l.name)
    expect(lead('Tăng cường tuần tra')).toEqual(['Bộ Chỉ huy Quân sự tỉnh'])
    expect(lead('Quán triệt')).toEqual([])
  })
  it('a heading that names bodies only in general ("p) Các Đoàn đại biểu Quốc hội") does not take the lead of the heading above', () => {
    const doc = parse(['KẾ HOẠCH', 'II. NHIỆM VỤ', '2. Ban Tuyên giáo Tỉnh ủy chủ trì thực hiện các nhiệm vụ sau:', 'a) Ban Dân vận Tỉnh ủy', '- Tuyên truyền sâu rộng Nghị quyết trong nhân dân.', 'b) Các Đoàn đại biểu Quốc hội, các đại biểu Quốc hội', '- Giám sát tại địa phương việc ban hành kế hoạch.'])
    expect(doc.tasks.find((t) => words(t).startsWith('Giám sát'))?.lead).toEqual([])
    expect(doc.tasks.find((t) => words(t).startsWith('Tuyên truyền'))?.lead.map((l) => l.name)).toEqual(['Ban Dân vận Tỉnh ủy'])
  })
})

describe('a notice whose conclusions have no heading', () => {
  const doc = parse(['THÔNG BÁO', 'KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ CÔNG TÁC KHẮC PHỤC HẬU QUẢ MƯA LŨ', '', 'Sau khi nghe báo cáo của các địa phương, Thủ tướng Chính phủ đã kết luận như sau:', '', 'Bộ Nông nghiệp và Môi trường, các địa phương cần khảo sát, đánh dấu mốc lũ lịch sử mới.', '', '1. Các địa phương phát động chiến dịch hỗ trợ Nhân dân xây dựng lại nhà ở.', '', 'Bộ Quốc phòng, Bộ Công an huy động lực lượng tối đa hỗ trợ Nhân dân.', '', 'Các Bộ, ngành, các địa phương chủ động triển khai công tác ứng phó với bão số 15.'])
  it('after "… kết luận như sau:" or a numbered item, paragraphs are the body, not the preamble', () => {
    expect(doc.tasks.map((t) => words(t).slice(0, 30))).toEqual(['Bộ Nông nghiệp và Môi trường, ', 'Các địa phương phát động chiến', 'Bộ Quốc phòng, Bộ Công an huy ', 'Các Bộ, ngành, các địa phương '])
  })
  it('a paragraph that opens with the bodies that act, then their action, is their task', () => {
    expect(doc.tasks[2].lead.map((l) => l.name)).toEqual(['Bộ Quốc phòng', 'Bộ Công an'])
  })
})

describe('a province as the subject of a lead-in', () => {
  it('"…, tỉnh Đắk Lắk cần tiếp tục thực hiện … sau:" is led by the province\'s People\'s Committee; a province only mentioned is not', () => {
    const doc = parse(['THÔNG BÁO', 'II. MỘT SỐ NHIỆM VỤ TRONG THỜI GIAN TỚI', 'Để đạt mục tiêu tăng trưởng của cả nước, tỉnh Đắk Lắk cần tiếp tục thực hiện quyết liệt một số nội dung trọng tâm sau:', '1. Rà soát các chỉ tiêu phát triển kinh tế - xã hội.', 'III. KIẾN NGHỊ', 'Để hỗ trợ các hộ dân tại tỉnh Đắk Lắk, thực hiện một số nội dung sau:', '1. Rà soát nhu cầu hỗ trợ nhà ở.'])
    expect(doc.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([['Ủy ban nhân dân tỉnh Đắk Lắk'], []])
  })
})

describe('a short unmarked heading below a numbered one', () => {
  const doc = parse(['Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:', '', '1. Về triển khai đánh giá, xếp loại chất lượng năm 2025', '', 'Đề nghị các sở, ban, ngành tổ chức đánh giá và hoàn thành trước ngày 05/12/2025.', '', 'Một số vấn đề lưu ý:', '', '(1) Chủ tịch Ủy ban nhân dân các xã xem xét, quyết định đánh giá công chức thuộc thẩm quyền quản lý.', '', '(2) Các cơ quan, đơn vị gửi hồ sơ về Sở Nội vụ trước ngày 05/12/2025.'])
  it('is that heading\'s sub-heading, not a sibling of the unmarked lead-in above it: its items keep the task role', () => {
    const sub = doc.sections.find((s) => s.title === 'Một số vấn đề lưu ý')
    expect(sub?.parent).toBe('s-1')
    expect(doc.tasks.map((t) => words(t).slice(0, 20))).toEqual(['Đề nghị các sở, ban,', 'Chủ tịch Ủy ban nhân', 'Các cơ quan, đơn vị '])
  })
})

describe('the recipients\' list under an OCR\'s "Noi nhận:"', () => {
  it('closes the text like "Nơi nhận:": the bodies listed there are no tasks', () => {
    const doc = parse(['THÔNG BÁO', 'I. NHIỆM VỤ', '1. Bộ Công Thương chủ trì rà soát cơ chế giá điện.', 'Noi nhận:', '- Thủ tướng, các Phó Thủ tướng Chính phủ;', '- Các bộ, cơ quan ngang bộ;'])
    expect(doc.tasks.map((t) => words(t))).toEqual(['Bộ Công Thương chủ trì rà soát cơ chế giá điện.'])
  })
})

describe('"Nhiệm vụ và quyền hạn của X" over the items', () => {
  it('names X as the lead of the items, as "Nhiệm vụ của X" does; an ad hoc team ("Đoàn kiểm tra") is a body', () => {
    const doc = parse(['QUYẾT ĐỊNH:', 'Điều 1. Thành lập Đoàn kiểm tra việc chấp hành quy định về an toàn hóa chất.', 'Điều 2. Nhiệm vụ và quyền hạn của Đoàn kiểm tra', '1. Xây dựng và trình Giám đốc Sở phê duyệt Kế hoạch kiểm tra chi tiết.', '2. Báo cáo kết quả kiểm tra cho Giám đốc Sở.'])
    expect(doc.tasks.filter((t) => words(t).startsWith('Xây dựng') || words(t).startsWith('Báo cáo')).map((t) => t.lead.map((l) => l.name))).toEqual([['Đoàn kiểm tra'], ['Đoàn kiểm tra']])
  })
})

describe('a council asks the committee to direct bodies', () => {
  const doc = parse(['NGHỊ QUYẾT', 'QUYẾT NGHỊ:', 'Điều 2. Hội đồng nhân dân tỉnh cơ bản thống nhất với các giải pháp mà Ủy ban nhân dân tỉnh, thủ trưởng các sở, ngành: Nông nghiệp và Phát triển nông thôn; Tài nguyên và Môi trường đã trả lời. Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh quan tâm chỉ đạo thực hiện một số công việc sau:', '1. Về lĩnh vực nông nghiệp:', '- Xem xét sớm phê duyệt quy hoạch sử dụng đất.', '- Chỉ đạo Sở Nông nghiệp và PTNT:', '+ Thực hiện việc nghiệm thu công trình kè trong tháng 7/2017.', '2. Về lĩnh vực Tư pháp: Đề nghị UBND tỉnh chỉ đạo Công an tỉnh:', '- Tăng cường kỷ luật, kỷ cương trong toàn ngành.'])
  const lead = (start: string) => doc.tasks.find((t) => words(t).startsWith(start))?.lead.map((l) => l.name)
  it('the body asked in the lead-in\'s last sentence leads, not a council named before a colon inside it', () => {
    expect(lead('Xem xét sớm')).toEqual(['Ủy ban nhân dân tỉnh'])
  })
  it('"- Chỉ đạo X:" and "… Đề nghị UBND tỉnh chỉ đạo X:" over items: X leads them', () => {
    expect(lead('Thực hiện việc nghiệm thu')).toEqual(['Sở Nông nghiệp và Phát triển nông thôn'])
    expect(lead('Tăng cường kỷ luật')).toEqual(['Công an tỉnh'])
  })
})

describe('parts whose numbers the copy lost', () => {
  it('short lines over lists that start again at "a)" are sibling parts; their "a) Mục tiêu" holds aims and their items are tasks', () => {
    const doc = parse([
      'KẾ HOẠCH',
      'Cải cách hành chính năm 2026',
      'I. MỤC TIÊU, NHIỆM VỤ',
      'Cải cách thể chế',
      'a) Mục tiêu',
      '- 100% văn bản được cập nhật kịp thời.',
      'b) Nhiệm vụ',
      '- Rà soát, hệ thống hóa văn bản quy phạm pháp luật.',
      'Cải cách thủ tục hành chính',
      'a) Mục tiêu',
      '- 100% thủ tục hành chính được công khai.',
      'b) Nhiệm vụ',
      '- Công khai thủ tục hành chính đúng quy định.',
      'Công tác chỉ đạo, điều hành',
      'a) Các cơ quan, đơn vị tổ chức quán triệt đến đội ngũ cán bộ, công chức.',
      'b) Quan tâm bố trí đủ nguồn lực, kinh phí để thực hiện.',
    ])
    const parts = doc.sections.filter((s) => s.number === null)
    expect(parts.map((s) => s.title)).toEqual(['Cải cách thể chế', 'Cải cách thủ tục hành chính', 'Công tác chỉ đạo, điều hành'])
    expect(new Set(parts.map((s) => s.parent))).toEqual(new Set(['s-I']))
    expect(doc.tasks.map((t) => words(t))).toEqual([
      'Rà soát, hệ thống hóa văn bản quy phạm pháp luật.',
      'Công khai thủ tục hành chính đúng quy định.',
      'Các cơ quan, đơn vị tổ chức quán triệt đến đội ngũ cán bộ, công chức.',
      'Quan tâm bố trí đủ nguồn lực, kinh phí để thực hiện.',
    ])
  })
})

describe('a lead-in right under a numbered heading', () => {
  it('belongs to that heading however long it is: its items are the heading\'s body\'s tasks', () => {
    const doc = parse([
      'Giám đốc Sở yêu cầu các đơn vị, cá nhân thực hiện các nội dung sau:',
      '1. Văn phòng Sở',
      'Tổng hợp, báo cáo kết quả thực hiện hằng tháng.',
      '2. Phòng Quản lý công nghiệp',
      'Chủ trì, phối hợp với các đơn vị liên quan tham mưu Lãnh đạo Sở triển khai thực hiện các nhiệm vụ được ủy quyền bảo đảm đúng quy định của pháp luật, bao gồm:',
      '- Huấn luyện, kiểm tra an toàn vật liệu nổ công nghiệp;',
      '- Tổng số giấy phép đã cấp trong năm.',
    ])
    const t = doc.tasks.find((x) => words(x).startsWith('Huấn luyện'))
    expect(t?.lead.map((l) => l.name)).toEqual(['Phòng Quản lý công nghiệp'])
    // (what a list under "… bao gồm:" names without an action is a content, not work)
    expect(doc.tasks.some((x) => words(x).startsWith('Tổng số giấy phép'))).toBe(false)
  })
})

describe('a lead-in whose subject assigns mid-sentence', () => {
  it('"…, Bộ Chính trị, Ban Bí thư giao Đảng ủy Chính phủ lãnh đạo … một số nội dung sau:": the body assigned leads the items', () => {
    const doc = parse([
      '# Kết luận của Bộ Chính trị',
      '',
      'Tại phiên họp ngày 16/5/2025, sau khi nghe Báo cáo của Ban Tổ chức Trung ương về tình hình sắp xếp tổ chức bộ máy, Bộ Chính trị, Ban Bí thư giao Đảng ủy Chính phủ lãnh đạo, chỉ đạo một số nội dung sau:',
      '',
      '- Khẩn trương hoàn thiện dự thảo các văn bản quy định về tổ chức bộ máy chính quyền địa phương.',
      '',
      '- Rà soát, thực hiện phân cấp, phân quyền giữa các ngành, lĩnh vực.',
    ])
    expect(doc.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([['Đảng ủy Chính phủ'], ['Đảng ủy Chính phủ']])
  })
  it('"bàn giao", "được giao" assign no one', () => {
    const doc = parse(['# Kế hoạch', '', 'Sau khi Ủy ban nhân dân tỉnh bàn giao Trụ sở cho các đơn vị, cần thực hiện một số nội dung sau:', '', '- Rà soát, sắp xếp lại trụ sở làm việc.'])
    expect(doc.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([[]])
  })
})

describe('numbered headings typed in more than one way', () => {
  const doc = parse([
    '## I. QUAN ĐIỂM CHỈ ĐẠO',
    '**1.** Giáo dục là quốc sách hàng đầu.',
    '**II- NHIỆM VỤ, GIẢI PHÁP**',
    '**5. Xây dựng đội ngũ nhà giáo**',
    '- Rà soát, sắp xếp đội ngũ giáo viên bảo đảm đủ định mức.',
    '#### 6. Cải cách giáo dục nghề nghiệp',
    '- Tập trung phát triển hệ thống các cơ sở giáo dục nghề nghiệp.',
    '**7. Đẩy mạnh hợp tác quốc tế**',
    '- Mở rộng các cơ chế hợp tác quốc tế trong giáo dục.',
    '**III- TỔ CHỨC THỰC HIỆN**',
    '**1.** Đảng ủy Chính phủ lãnh đạo xây dựng Chương trình hành động.',
  ])
  const section = (title: string) => doc.sections.find((s) => s.title.startsWith(title))!
  it('"I." and "II-" are one level: roman numerals however closed', () => {
    expect(section('NHIỆM VỤ').parent).toBeNull()
    expect(section('TỔ CHỨC THỰC HIỆN').parent).toBeNull()
  })
  it('"#### 6." between "**5.**" and "**7.**" is their sibling, not a child of the first markdown heading', () => {
    const tasksId = section('NHIỆM VỤ').id
    expect([section('Xây dựng đội ngũ').parent, section('Cải cách giáo dục').parent, section('Đẩy mạnh hợp tác').parent]).toEqual([tasksId, tasksId, tasksId])
    expect(doc.tasks.map((t) => words(t).slice(0, 25))).toEqual(expect.arrayContaining(['Tập trung phát triển hệ t', 'Mở rộng các cơ chế hợp tá']))
  })
})

describe('a lead-in whose subject asks another body', () => {
  it('"…, Ủy ban nhân dân tỉnh Lào Cai trân trọng đề nghị Bộ Xây dựng:" gives the items to the body asked, not to the one asking', () => {
    const doc = parse([
      'Kính gửi: Bộ Xây dựng',
      'Ủy ban nhân dân tỉnh Lào Cai nhận được phản ánh của các doanh nghiệp về những khó khăn trong kiểm định phương tiện.',
      '3. Kiến nghị',
      'Để kịp thời tháo gỡ khó khăn cho doanh nghiệp, Ủy ban nhân dân tỉnh Lào Cai trân trọng đề nghị Bộ Xây dựng:',
      '(i). Chỉ đạo Cục Đăng kiểm Việt Nam khẩn trương ban hành văn bản hướng dẫn các cơ quan đăng kiểm địa phương.',
      '(ii). Sớm chỉ đạo sửa đổi, bổ sung các quy chuẩn kỹ thuật quốc gia có liên quan.',
    ])
    expect(doc.tasks.filter((t) => /^(Chỉ đạo Cục|Sớm chỉ đạo)/u.test(words(t))).map((t) => t.lead.map((l) => l.name))).toEqual([['Bộ Xây dựng'], ['Bộ Xây dựng']])
  })
  it('a body asked that does not close the lead-in ("… đề nghị Bộ Xây dựng quan tâm, chỉ đạo một số nội dung sau:") is read as before', () => {
    const doc = parse([
      'Kính gửi: Bộ Xây dựng',
      '1. Kiến nghị',
      'Ủy ban nhân dân tỉnh Lào Cai đề nghị Bộ Xây dựng quan tâm, chỉ đạo một số nội dung sau:',
      '- Ban hành văn bản hướng dẫn các cơ quan đăng kiểm địa phương.',
    ])
    expect(doc.tasks.find((t) => words(t).startsWith('Ban hành'))!.lead.map((l) => l.name)).not.toContain('Ủy ban nhân dân tỉnh Lào Cai')
  })
  it('a body asked to direct, by its head ("… đề nghị đồng chí Giám đốc Sở Nội vụ chỉ đạo triển khai một số nhiệm vụ sau:"), leads the items', () => {
    const doc = parse([
      'Kính gửi: Sở Nội vụ các tỉnh, thành phố',
      'Bộ Nội vụ đề nghị đồng chí Giám đốc Sở Nội vụ chỉ đạo triển khai một số nhiệm vụ sau:',
      '(1) Phối hợp chặt chẽ với Ban quản lý khu công nghiệp, khu chế xuất, Liên đoàn Lao động tỉnh trong việc:',
      '- Theo dõi tình hình sản xuất kinh doanh của doanh nghiệp;',
      '(2) Hướng dẫn chủ doanh nghiệp rà soát quy chế thưởng.',
    ])
    const of = (start: string) => doc.tasks.find((t) => words(t).startsWith(start))!
    expect([of('Theo dõi').lead.map((l) => l.name), of('Hướng dẫn').lead.map((l) => l.name)]).toEqual([['Sở Nội vụ'], ['Sở Nội vụ']])
    expect(of('Theo dõi').coordinators.map((c) => c.name)).toContain('Liên đoàn Lao động tỉnh')
    // (the one who speaks and decides is still no lead: "Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:")
    const spoken = parse(['Kính gửi: Các sở, ngành', 'Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:', '- Rà soát quy chế thưởng.', '- Theo dõi tình hình lao động.'])
    expect(spoken.tasks.map((t) => t.lead.length)).toEqual([0, 0])
  })
})

describe('a numbered item whose body answers for a field, over the lettered items under it', () => {
  it('"1. Sở X chịu trách nhiệm trước Ủy ban nhân dân tỉnh thực hiện …" / "b) Định kỳ hằng năm gửi báo cáo …": the Sở leads', () => {
    const doc = parse([
      'Điều 22. Trách nhiệm quản lý nhà nước',
      '1. Sở Nông nghiệp và Môi trường chịu trách nhiệm trước Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về thu thập thông tin.',
      'a) Sở Nông nghiệp và Môi trường quy định chức năng, nhiệm vụ cho đơn vị trực thuộc.',
      'b) Định kỳ hằng năm gửi báo cáo công tác thu thập cho Bộ Nông nghiệp và Môi trường.',
      'c) Tham mưu cho Ủy ban nhân dân tỉnh kiểm tra, xem xét, xử lý các đơn vị vi phạm.',
      '2. Các Sở, ban, ngành chịu trách nhiệm trước Ủy ban nhân dân tỉnh về thu thập thông tin.',
      '3. Tổ chức tập huấn cho cán bộ.',
    ])
    const of = (start: string) => doc.tasks.find((t) => words(t).startsWith(start))!.lead.map((l) => l.name)
    expect([of('Định kỳ'), of('Tham mưu')]).toEqual([['Sở Nông nghiệp và Môi trường'], ['Sở Nông nghiệp và Môi trường']])
    // (the next numbered item ends it)
    expect(of('Tổ chức tập huấn')).toEqual([])
  })
  it('"1. Nhiệm vụ của Hội đồng": a heading that names a council by the short name the decision gave it', () => {
    const doc = parse([
      'QUYẾT ĐỊNH',
      'Điều 1. Thành lập Hội đồng đánh giá hồ sơ dự thầu cụm công nghiệp Mông Sơn (gọi tắt là Hội đồng) gồm các ông, bà có tên sau:',
      '1. Chủ tịch Hội đồng: Ông Nguyễn Văn A.',
      'Điều 2. Nhiệm vụ',
      '1. Nhiệm vụ của Hội đồng',
      '- Xây dựng, ban hành bộ tiêu chí lựa chọn chủ đầu tư.',
    ])
    expect(doc.tasks.find((t) => words(t).startsWith('Xây dựng'))!.lead.map((l) => l.name)).toEqual(['Hội đồng đánh giá hồ sơ dự thầu cụm công nghiệp Mông Sơn'])
  })
})

describe('a page that quotes a document under its own numbered markdown headings', () => {
  it('the document\'s "1." under its "I." is that part\'s first point, no sibling of the page\'s "### 3."; its "2." follows its "1."', () => {
    const doc = parseDocument(
      ['### 1. Vấn đề trọng tâm', 'Văn hoá cơ sở.', '', '### 3. Toàn văn văn bản', '', 'KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU', '1. Cụ thể hoá các nhiệm vụ của Kết luận.', 'II. TỔ CHỨC THỰC HIỆN', '1. Ban Xây dựng Đảng:', '- Tham mưu tổ chức quán triệt Kết luận.', '2. Văn phòng Đảng uỷ:', '- Theo dõi, đôn đốc việc thực hiện.'].join('\n'),
      { file: 'inline.md', markdown: true },
    )
    expect(doc.tasks.map((t) => [words(t), t.lead.map((l) => l.name)])).toEqual([
      ['Tham mưu tổ chức quán triệt Kết luận.', ['Ban Xây dựng Đảng']],
      ['Theo dõi, đôn đốc việc thực hiện.', ['Văn phòng Đảng ủy']],
    ])
    const byTitle = (t: string) => doc.sections.find((s) => s.title.startsWith(t))!
    expect(byTitle('Văn phòng Đảng uỷ').parent).toBe(byTitle('Ban Xây dựng Đảng').parent)
  })
  it('a letter\'s "1." under its lead-in, with no part of its own, is the lead-in\'s first item; its "2." and "3." follow it', () => {
    const doc = parseDocument(
      ['### 1. Vấn đề trọng tâm', 'Chấn chỉnh lề lối làm việc.', '', '### 3. Toàn văn văn bản', '', 'Kính gửi: Ủy ban nhân dân xã', 'Ban Thường vụ Đảng ủy yêu cầu Hội đồng nhân dân xã, Ủy ban nhân dân xã thực hiện tốt các nhiệm vụ sau đây:', '1. Tổ chức quán triệt Kết luận.', '2. Chuẩn hóa các hoạt động của cơ quan.', '3. Tăng cường ứng dụng công nghệ thông tin.'].join('\n'),
      { file: 'inline.md', markdown: true },
    )
    expect(doc.tasks.map((t) => [words(t), t.lead.map((l) => l.name)])).toEqual([
      ['Tổ chức quán triệt Kết luận.', ['Hội đồng nhân dân xã', 'Ủy ban nhân dân xã']],
      ['Chuẩn hóa các hoạt động của cơ quan.', ['Hội đồng nhân dân xã', 'Ủy ban nhân dân xã']],
      ['Tăng cường ứng dụng công nghệ thông tin.', ['Hội đồng nhân dân xã', 'Ủy ban nhân dân xã']],
    ])
  })
})

describe('a bullet far above a numbered heading', () => {
  it('a page\'s "- **Toàn văn …**" contents line, then its own titles, then "(1) Bộ X:": the items under "(1)" are Bộ X\'s', () => {
    const md = (lines: string[]) => parseDocument(lines.join('\n\n'), { file: 'inline.md', markdown: true })
    const doc = md([
      '# Toàn văn Chỉ thị 24/CT-TTg về chuyển đổi số',
      '-\n**Toàn văn Chỉ thị 24/CT-TTg**\n**Yêu cầu đối với ứng dụng định danh?**',
      'Ngày 13/9/2025, Thủ tướng Chính phủ đã có Chỉ thị 24/CT-TTg.',
      '**Yêu cầu đối với ứng dụng định danh?**',
      'Tại Mục 1 Chỉ thị 24/CT-TTg, yêu cầu như sau:',
      '**(1) Bộ Công an:**',
      '- Chủ trì, phối hợp với Bộ Xây dựng triển khai ứng dụng sinh trắc học.',
      '- Chủ trì xây dựng các tiện ích giao thông.',
      '**(2) Bộ Tài chính:**',
      '- Chỉ đạo các đơn vị trực thuộc phối hợp với Bộ Công an triển khai tích hợp.',
    ])
    expect(doc.tasks.map((t) => [words(t).slice(0, 22), t.lead.map((l) => l.name)])).toEqual([
      ['Chủ trì, phối hợp với ', ['Bộ Công an']],
      ['Chủ trì xây dựng các t', ['Bộ Công an']],
      ['Chỉ đạo các đơn vị trự', ['Bộ Tài chính']],
    ])
  })
})

describe('a body\'s own programme of work', () => {
  it('"Điều 1. Thông qua chương trình giám sát của Hội đồng nhân dân tỉnh năm 2027 …" gives that council the items under it', () => {
    const doc = parse(['NGHỊ QUYẾT', 'Về chương trình giám sát năm 2027', 'QUYẾT NGHỊ:', 'Điều 1. Thông qua chương trình giám sát của Hội đồng nhân dân tỉnh năm 2027. Cụ thể như sau:', '1. Xem xét việc trả lời chất vấn của Chủ tịch Ủy ban nhân dân tỉnh.', '2. Giám sát việc thực hiện các kiến nghị của cử tri.'])
    expect(doc.tasks.map((t) => [words(t).slice(0, 20), t.lead.map((l) => l.name)])).toEqual([
      ['Xem xét việc trả lời', ['Hội đồng nhân dân tỉnh']],
      ['Giám sát việc thực h', ['Hội đồng nhân dân tỉnh']],
    ])
  })
  it('a council\'s year-end session ("2. Tại kỳ họp cuối năm 2027:") dates the items under it; its mid-year one does not', () => {
    const doc = parse(['NGHỊ QUYẾT', 'Về chương trình giám sát năm 2027', 'QUYẾT NGHỊ:', 'Điều 1. Thông qua chương trình giám sát của Hội đồng nhân dân tỉnh năm 2027. Cụ thể như sau:', '1. Tại kỳ họp giữa năm 2027:', '1.1. Xem xét việc trả lời chất vấn của Chủ tịch Ủy ban nhân dân tỉnh.', '2. Tại kỳ họp cuối năm 2027:', '2.1. Xem xét các báo cáo khác theo đề nghị của Thường trực Hội đồng nhân dân tỉnh.'])
    expect(doc.tasks.map((t) => t.deadline?.end ?? null)).toEqual([null, '2027-12-31'])
  })
})

describe('the enacting body under a decision\'s title', () => {
  it('"ỦY BAN NHÂN DÂN TỈNH BÌNH AN" under the title, after a gap, keeps the grounds ("Căn cứ …", "Xét đề nghị …") in the preamble', () => {
    const d = parse(['QUYẾT ĐỊNH', 'Về kế hoạch đầu tư công năm 2027', '', '', '', 'ỦY BAN NHÂN DÂN TỈNH BÌNH AN', '', 'Căn cứ Nghị quyết số 25/NQ-HĐND ngày 29 tháng 6 năm 2026 của Hội đồng nhân dân tỉnh về kế hoạch đầu tư công', 'Xét đề nghị của Giám đốc Sở Tài chính.', 'QUYẾT ĐỊNH:', 'Điều 1. Giao Sở Tài chính chủ trì thông báo kế hoạch vốn trước ngày 31/7/2027.'])
    expect(d.tasks.map((t) => words(t).slice(0, 12))).toEqual(['Giao Sở Tài '])
  })
})

describe('a lead-in that asks a body for what follows, over paragraphs with no mark', () => {
  const news = (lines: string[]) => parseDocument(['# Kết luận của Phó Thủ tướng', 'Ngày 12/5/2027, Văn phòng Chính phủ ban hành Thông báo 301/TB-VPCP về kết luận của Phó Thủ tướng.', '## Hoàn thiện cơ sở dữ liệu về nhà ở', ...lines].join('\n\n'), { file: 'inline.md', markdown: true }).tasks.map((t) => [words(t).slice(0, 20), t.lead.map((l) => l.name)])
  it('"… có yêu cầu sau đây đối với Bộ Xây dựng như sau:" leads each paragraph after it', () => {
    expect(news(['Phó Thủ tướng có yêu cầu sau đây đối với Bộ Xây dựng như sau:', 'Khẩn trương hoàn thiện cơ sở dữ liệu về nhà ở.', 'Rà soát các quy định về nhà ở xã hội.'])).toEqual([
      ['Khẩn trương hoàn thi', ['Bộ Xây dựng']],
      ['Rà soát các quy định', ['Bộ Xây dựng']],
    ])
  })
  it('not a lead-in that announces facts, nor past the next heading', () => {
    expect(news(['Bộ Xây dựng đã cung cấp thông tin cụ thể như sau:', 'Rà soát các quy định về nhà ở xã hội.'])).toEqual([])
    expect(news(['Phó Thủ tướng có yêu cầu sau đây đối với Bộ Xây dựng như sau:', '## Về nguồn vốn', 'Khẩn trương hoàn thiện cơ sở dữ liệu về nhà ở.']).map((t) => t[1])).not.toContainEqual(['Bộ Xây dựng'])
  })
})

describe('a heading under the aims that opens with "Triển khai"', () => {
  const role = (lines: string[]) => parse(['KẾ HOẠCH', 'Phát triển hạ tầng số', 'I. MỤC TIÊU', '1. Mục tiêu cụ thể', ...lines]).sections.find((s) => s.title.startsWith('Triển khai'))?.role
  it('groups more aims ("a) Triển khai hiệu quả thương mại hóa 5G:"); one that names the work to do gives work', () => {
    expect(role(['a) Triển khai hiệu quả thương mại hóa 5G:', '- 100% các xã có sóng 5G.'])).toBe('purpose')
    expect(role(['a) Triển khai thực hiện các nhiệm vụ sau:', '- Sở Y tế chủ trì rà soát.'])).toBe('tasks')
  })
})

describe('an article that hands a body powers ("Phân cấp cho …", "Ủy quyền cho …")', () => {
  const tasks = (title: string) => parse(['QUYẾT ĐỊNH', 'Quy định phân cấp quản lý an toàn thực phẩm', 'Chương II', 'PHÂN CẤP QUẢN LÝ', title, '1. Quản lý an toàn thực phẩm đối với siêu thị, trung tâm thương mại.', '2. Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.']).tasks.map((t) => [words(t).slice(0, 12), t.lead.map((l) => l.name)])
  it('"Điều 4. Phân cấp cho Sở Y tế thực hiện một số nhiệm vụ, quyền hạn sau": each item is the body\'s work', () => {
    expect(tasks('Điều 4. Phân cấp cho Sở Y tế thực hiện một số nhiệm vụ, quyền hạn sau')).toEqual([
      ['Quản lý an t', ['Sở Y tế']],
      ['Cấp Giấy chứ', ['Sở Y tế']],
    ])
    expect(tasks('Điều 5. Ủy quyền cho Sở Công Thương thực hiện các nhiệm vụ sau:').map((t) => t[1])).toEqual([['Sở Công Thương'], ['Sở Công Thương']])
  })
  it('a collective handed them leads none; an article that only describes decentralisation gives no work', () => {
    expect(tasks('Điều 7. Phân cấp cho Ủy ban nhân dân cấp xã thực hiện một số nhiệm vụ, quyền hạn sau').map((t) => t[1])).toEqual([[], []])
    expect(tasks('Điều 3. Nguyên tắc phân cấp')).toEqual([])
  })
})

describe('a council\'s supervision programme adopted by an article', () => {
  const tasks = (lines: string[]) => parse(['NGHỊ QUYẾT', 'Ban hành Chương trình giám sát năm 2028', 'HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH AN', 'QUYẾT NGHỊ:', ...lines]).tasks.map((t) => [words(t).slice(0, 14), t.lead.map((l) => l.name)])
  it('"Điều 1. Ban hành Chương trình giám sát … Cụ thể như sau:": each matter to supervise, a noun, is the council\'s work', () => {
    expect(tasks(['Điều 1. Ban hành Chương trình giám sát năm 2028 của Hội đồng nhân dân tỉnh Bình An. Cụ thể như sau:', '1. Giám sát thường xuyên:', 'a) Việc tuân theo Hiến pháp, pháp luật ở địa phương;', 'b) Báo cáo công tác năm 2028 của Tòa án nhân dân tỉnh.'])).toEqual([
      ['Việc tuân theo', ['Hội đồng nhân dân tỉnh Bình An']],
      ['Báo cáo công t', ['Hội đồng nhân dân tỉnh Bình An']],
    ])
  })
  it('not a programme that only names its items elsewhere, nor one with no list after it', () => {
    expect(tasks(['Điều 1. Ban hành Chương trình giám sát năm 2028 của Hội đồng nhân dân tỉnh Bình An kèm theo Nghị quyết này.', 'Điều 2. Việc tuân theo Hiến pháp, pháp luật ở địa phương.'])).toEqual([])
  })
  it('"1. Thường trực Hội đồng nhân dân tỉnh:" heads its items as the standing body, not the council', () => {
    expect(tasks(['Điều 3. Hội đồng nhân dân tỉnh giao:', '1. Thường trực Hội đồng nhân dân tỉnh:', 'a) Xây dựng Kế hoạch tổ chức thực hiện Chương trình giám sát.']).map((t) => t[1])).toEqual([['Thường trực Hội đồng nhân dân tỉnh']])
  })
  it('an article\'s number alone on its line ("Điều 2." / "Nghị quyết này có hiệu lực …") is no task', () => {
    expect(tasks(['Điều 1. Ban hành Chương trình giám sát năm 2028 của Hội đồng nhân dân tỉnh Bình An. Cụ thể như sau:', 'a) Việc tuân theo Hiến pháp, pháp luật ở địa phương;', 'Điều 2.', 'Nghị quyết này có hiệu lực thi hành kể từ ngày ký.']).map((t) => t[0])).toEqual(['Việc tuân theo'])
  })
})

describe('a long sentence (600 characters and more) that announces the work to do, after an assessment', () => {
  const lines = (intro: string) => ['Kính gửi: Các Chi, Đảng bộ trực thuộc Đảng uỷ xã.', 'Công tác rà soát người nghiện ma tuý còn nhiều khó khăn.', 'Nguyên nhân:', '(1) Các đối tượng lợi dụng nhóm kín trên mạng xã hội để lôi kéo người sử dụng.', '(2) Gia đình người nghiện còn tâm lý lo sợ, che giấu.', `Để triển khai thực hiện nghiêm túc, chặt chẽ, thống nhất Đề án 371 của Ủy ban nhân dân tỉnh về xây dựng xã, phường không ma tuý, huy động sự vào cuộc của cả hệ thống chính trị, người đứng đầu cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể, cộng đồng doanh nghiệp và các tầng lớp Nhân dân tham gia thực hiện hiệu quả công tác phòng, chống ma tuý ngay tại cơ sở, góp phần giữ vững ổn định an ninh, trật tự, phục vụ nhiệm vụ phát triển kinh tế - xã hội của địa phương, bảo đảm cuộc sống bình yên của Nhân dân và xây dựng địa bàn lành mạnh, không có tệ nạn ma tuý trong thời gian tới, Ban Thường vụ Đảng uỷ xã đề nghị các Chi, Đảng bộ trực thuộc, các cơ quan, ban, ngành ${intro}`, '1. Đẩy mạnh công tác tuyên truyền, phổ biến kiến thức pháp luật về phòng, chống ma tuý.', '2. Giao Chi bộ Công an xã chủ trì theo dõi, kiểm tra việc thực hiện.']
  it('"… tập trung triển khai thực hiện các nội dung trọng tâm sau:" ends "Nguyên nhân:" and heads the items as work', () => {
    const doc = parse(lines('tập trung triển khai thực hiện các nội dung trọng tâm sau:'))
    expect(doc.tasks.map((t) => words(t))).toEqual(['Đẩy mạnh công tác tuyên truyền, phổ biến kiến thức pháp luật về phòng, chống ma tuý.', 'Giao Chi bộ Công an xã chủ trì theo dõi, kiểm tra việc thực hiện.'])
  })
  it('a sentence that only notes ("… lưu ý một số nội dung sau:") opens no section of work', () => {
    expect(parse(lines('tập trung triển khai thực hiện các nội dung trọng tâm sau:')).sections.map((s) => s.role)).toEqual(['situation', 'tasks'])
    expect(parse(lines('lưu ý một số nội dung sau:')).sections.map((s) => s.role)).toEqual(['situation'])
  })
})
