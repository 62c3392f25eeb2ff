// Document metadata: one rule per test, each on a few inline lines.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/core/parse.js'

const meta = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.txt' }).meta

describe('meta', () => {
  it('a kind\'s word in capitals whose marks a scan lost names the kind ("THONG BAO", "KE HOACH"); not in lower case', () => {
    expect(meta(['THONG BAO', 'Phân công triển khai thực hiện Bản Thỏa thuận', '1. Vụ Chính sách chủ trì rà soát văn bản.']).kind).toBe('thong-bao')
    expect(meta(['KE HOACH', 'Triển khai công tác năm 2027', '1. Sở Y tế chủ trì rà soát.']).kind).toBe('ke-hoach')
    expect(meta(['Thong bao cho cac don vi', '1. Sở Y tế chủ trì rà soát.']).kind).not.toBe('thong-bao')
  })
  it('a number left blank for its signing day, mid-line on a flattened letterhead, with "Kính gửi:" below, makes a letter', () => {
    const m = meta([' / ỦY BAN NHÂN DÂN / TỈNH AN GIANG /  / Số:           /UBND-VX / CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM /', 'Kính gửi: Sở Y tế.', '1. Giao Sở Y tế chủ trì tổ chức chiến dịch trong tháng 11/2027.'])
    expect(m.kind).toBe('cong-van')
    expect(m.number).toBeNull()
  })
  it('with no letterhead, the authority in capitals right above the grounds issues the decision, its head\'s title aside', () => {
    const decision = (authority: string) => meta(['QUYẾT ĐỊNH', 'Về việc công bố danh mục thủ tục hành chính', authority, 'Căn cứ Luật Tổ chức chính quyền địa phương;', 'QUYẾT ĐỊNH:', 'Điều 1. Công bố danh mục.']).issuer?.name ?? null
    expect(decision('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU')).toBe('Ủy ban nhân dân tỉnh Lai Châu')
    expect(decision('BỘ TRƯỞNG BỘ Y TẾ')).toBe('Bộ Y tế')
    expect(decision('GIÁM ĐỐC SỞ NỘI VỤ')).toBe('Sở Nội vụ')
    expect(decision('THỦ TƯỚNG CHÍNH PHỦ')).toBe('Thủ tướng Chính phủ')
    // (no body there: no issuer)
    expect(decision('HƯỚNG DẪN THỰC HIỆN')).toBeNull()
  })
  it('a letter whose letterhead was copied as one line is a letter: its subject follows the number ("Số: /SNNMT-KS V/v …")', () => {
    const m = meta(['UBND TỈNH NAM HÀ SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc', 'Số:          /SNNMT-KS V/v thực hiện Luật Địa chất và khoáng sản', 'Kính gửi: Các tổ chức, cá nhân hoạt động khoáng sản trên địa bàn tỉnh', 'I. Đối với các dự án đã được cấp phép', '1. Thực hiện đối chiếu thông tin giữa Giấy phép khai thác và giấy chứng nhận đầu tư.'])
    expect(m.kind).toBe('cong-van')
  })
  it('a unit\'s name wrapped over the letterhead\'s lines, under its ministry, is read whole; not the national motto beside it', () => {
    const m = meta(['BỘ KHOA HỌC VÀ CÔNG NGHỆ', 'CỤC ỨNG DỤNG, PHÁT TRIỂN', 'CÔNG NGHỆ VÀ', 'ĐỔI MỚI SÁNG TẠO', 'Số: 512/ƯDPT-KHTH', 'Kính gửi: Sở Khoa học và Công nghệ tỉnh Nam Hà', '1. Đề nghị Sở tổng hợp hồ sơ đăng ký nhiệm vụ.'])
    expect(m.issuer?.name).toBe('Cục Ứng Dụng, Phát Triển Công Nghệ và Đổi Mới Sáng Tạo')
    const motto = meta(['BỘ GIÁO DỤC VÀ ĐÀO TẠO', 'TRƯỜNG ĐẠI HỌC NAM HÀ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/QĐ-ĐHNH', 'QUY ĐỊNH', '1. Khoa tổ chức thi.'])
    expect(motto.issuer?.name).toBe('Trường Đại Học Nam Hà')
  })
  it('the recipients are the left column: the signature\'s capacity beside "Nơi nhận:" and its items is none', () => {
    const m = meta(['SỞ TÀI CHÍNH', 'Số: 12/STC-QLG', 'Kính gửi: Ủy ban nhân dân xã Bình An', '1. Đề nghị Ủy ban nhân dân xã rà soát danh mục.', 'Nơi nhận:                                        KT. GIÁM ĐỐC', '- Như trên;                                       PHÓ GIÁM ĐỐC', '- Lưu: VT, QLG.', '', '                                                  Trần Văn Bình'])
    expect(m.recipients).toEqual(['Như trên', 'Lưu: VT, QLG'])
    expect(m.signer?.capacity).toBe('KT. GIÁM ĐỐC')
    // (Word's cells joined by " / " on the line of "Nơi nhận:")
    expect(meta(['SỞ TÀI CHÍNH', 'Số: 12/STC-QLG', '1. Đề nghị Ủy ban nhân dân xã rà soát danh mục.', 'Nơi nhận: / - Bộ Nội vụ; / - Thường trực Tỉnh ủy (b/c); / - Lưu: VT, QLG.']).recipients).toEqual(['Bộ Nội vụ', 'Thường trực Tỉnh ủy (b/c)', 'Lưu: VT, QLG'])
  })
  it('a date line a scan read without its marks ("Lao Cai, ngdy 02 thdng 10 nam 2026") still dates the text', () => {
    const m = meta(['UY BAN NHAN DAN                 CONG HOA XA HOI CHU NGHIA VIET NAM', 'TlNH LAO CAI', 'So: 3628 /QD-UBND                Lao Cai, ngdy 02 thdng 10 nam 2026', 'QUYET DINH', '1. So Cong Thuong thuc hien.'])
    expect(m.issuedOn).toBe('2026-10-02')
    expect(meta(['Lao Cai, ngay 02 thang 10 nam 2026']).issuedOn).toBe('2026-10-02')
  })
  it('a two-digit month or day a scan split at its leading zero ("ngày 26 tháng 0 6 năm 2018") is still one', () => {
    expect(meta(['| Số: 773 /QĐ-TTg | Hà Nội, ngày 26 tháng 0 6 năm 2018 |', 'QUYẾT ĐỊNH', 'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.']).issuedOn).toBe('2018-06-26')
    expect(meta(['Hà Nội, ngày 0 5 tháng 11 năm 2026']).issuedOn).toBe('2026-11-05')
    // (a zero before a ten or more is no month)
    expect(meta(['Hà Nội, ngày 26 tháng 0 16 năm 2018']).issuedOn).toBeNull()
  })
  it('a scan\'s subject line in lower case ("v/v tăng cường …") makes a letter of it as "V/v" does', () => {
    expect(meta(['TỔNG CỤC THUẾ', 'Số: 586/TCT-TTKT', 'v/v tăng cường công tác thanh tra', 'Kính gửi: Cục Thuế các tỉnh, thành phố.', '1. Hoàn thành kế hoạch thanh tra trước ngày 29/4/2027.']).kind).toBe('cong-van')
  })
  it('a letterhead after a legal site\'s chrome is read where the national motto stands, also a motto without marks', () => {
    const chrome = ['Bản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT.', 'Đang tải văn bản...', 'Số hiệu: 980/KH-UBND', 'Loại văn bản: Kế hoạch', 'Nơi ban hành: Tỉnh Nam Hà', 'Người ký: Nguyễn Văn A', 'Ngày ban hành: 18/11/2025', 'Tình trạng: Đã biết']
    const m = meta([...chrome, 'ỦY BAN NHÂN DÂN', 'TỈNH NAM HÀ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 980/KH-UBND', 'Nam Hà, ngày 18 tháng 11 năm 2025', 'KẾ HOẠCH', 'Triển khai thi hành Luật Phòng thủ dân sự', 'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:', '1. Sở Tài chính chủ trì rà soát kinh phí.'])
    expect(m.issuer?.name).toBe('Ủy ban nhân dân tỉnh Nam Hà')
    const ocr = meta(['Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ', 'Email: thongtinchinhphu@chinhphu.vn', 'Cơ quan: VĂN PHÒNG CHÍNH PHỦ', 'Thời gian ký: 06.10.2025 16:21:23 +07:00', 'TOT', 'VĂN PHÒNG CHÍNH PHỦ CONG HOA XA HOI CHU NGHIA VIET NAM', 'Số: 9533/VPCP-CN Hà Nội, ngày 04 tháng 10 năm 2025', '1. Bộ Tài chính khẩn trương hoàn thiện dự thảo.', 'Nơi nhận:', '- Như trên;', 'BỘ XÂY DỰNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 10948/BXD-KHTC'])
    expect(ocr.issuer?.name).toBe('Văn phòng Chính phủ')
  })
  it('a number whose "Số:" OCR lost is known by standing before the place and date; its code gives the kind', () => {
    const m = meta(['VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', '37/TB-VPCP Hà Nội, ngày 05 tháng 10 năm 2025', 'cn THONG BAO', 'ý kiến chỉ đạo của Phó Thủ tướng Chính phủ tại cuộc họp', '1. Bộ Y tế khẩn trương hoàn thiện hồ sơ.'])
    expect(m.number).toBe('37/TB-VPCP')
    expect(m.kind).toBe('thong-bao')
    expect(m.issuedOn).toBe('2025-10-05')
  })

  it('a news report is known by its dateline ("NDO - …") or its time stamp ("ngày 20/01/2025 - 19:33")', () => {
    const m = meta(['Phiên họp thứ nhất Ban Chỉ đạo', 'NDO - Chiều 20/1, Ban Chỉ đạo đã họp phiên thứ nhất.', 'Thứ hai, ngày 20/01/2025 - 19:33', '', 'Thủ tướng Chính phủ chỉ đạo các bộ xây dựng kế hoạch.'])
    expect(m.kind).toBe('tin-bai')
    expect(m.issuedOn).toBe('2025-01-20')
  })
  it('a document number cited in running text is not the document\'s number', () => {
    const m = meta(['ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'KẾ HOẠCH', 'Thực hiện Thông báo 37/TB-VPCP Hà Nội, ngày 05 tháng 10 năm 2025 của Văn phòng Chính phủ'])
    expect(m.number).toBeNull()
  })

  it('an annex that travels alone is read as the act it is attached to: kind, number, date and issuer from its "Kèm theo" line', () => {
    const m = meta(['PHỤ LỤC II', 'DANH MỤC NHIỆM VỤ TRỌNG TÂM', '(Kèm theo Chương trình hành động tại Nghị quyết số 12/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ)', '| TT | Tên nhiệm vụ | Cơ quan chủ trì |', '|---|---|---|', '| 1. | Xây dựng Đề án số hóa | Bộ Nội vụ |'])
    expect(m).toMatchObject({ kind: 'chuong-trinh', number: '12/NQ-CP', issuedOn: '2025-01-09' })
    expect(m.issuer?.name).toBe('Chính phủ')
    // a number left blank in the draft ("số  /NQ-CP") is no number
    expect(meta(['PHỤ LỤC', '(Kèm theo Nghị quyết số  /NQ-CP ngày 01 tháng 01 năm 2025 của Chính phủ)']).number).toBeNull()
  })

  it('a document that is not an annex keeps its own meta, whatever it cites as attached', () => {
    const m = meta(['KẾ HOẠCH', 'Triển khai nhiệm vụ năm 2026', '(Kèm theo Nghị quyết số 12/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ)'])
    expect(m.kind).toBe('ke-hoach')
    expect(m.number).toBeNull()
    expect(m.issuer).toBeNull()
  })

  it('a letterhead body that ends on its level ("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH") takes the place named above it', () => {
    const m = meta(['     ĐẢNG BỘ TỈNH LÀO CAI                             ĐẢNG CỘNG SẢN VIỆT NAM', ' ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH', '                                                      Lào Cai, ngày 07 tháng 9 năm 2026', '         Số 2449 -CV/ĐU', '                  Kính gửi: - Ủy ban nhân dân tỉnh,', '         1. Ủy ban nhân dân tỉnh chỉ đạo các cơ quan rà soát quy hoạch.'])
    expect(m.issuer?.name).toBe('Đảng ủy Ủy ban nhân dân tỉnh Lào Cai')
  })
  it('a committee named by the title ("NGHỊ QUYẾT CỦA BAN THƯỜNG VỤ TỈNH ỦY") is that of the place the text is dated at', () => {
    const m = meta(['TÍNH ỦY NAM HÀ ĐÁNG CỘNG SẢN VIỆT NAM', 'Số 34-NQ/TU Nam Hà, ngày 27 tháng 12 năm 2025', 'NGHỊ QUYẾT', 'CỦA BAN THƯỜNG VỤ TỈNH ỦY', 'về phát triển các khu công nghiệp', 'I. NHIỆM VỤ', '1. Ủy ban nhân dân tỉnh rà soát quy hoạch.'])
    expect(m.issuer?.name).toBe('Ban Thường vụ Tỉnh ủy Nam Hà')
  })
  it('a telegram with no letterhead names its sender: "THỦ TƯỚNG CHÍNH PHỦ điện:"', () => {
    expect(meta(['CÔNG ĐIỆN', 'V/V TẬP TRUNG ỨNG PHÓ MƯA LŨ', 'THỦ TƯỚNG CHÍNH PHỦ điện:', '- Bộ trưởng các Bộ: Quốc phòng, Công an;', 'Bộ Quốc phòng chỉ đạo lực lượng hỗ trợ Nhân dân.']).issuer?.name).toBe('Thủ tướng Chính phủ')
  })
  it('an office under the central committee\'s letterhead is named in full: "BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TUYÊN GIÁO VÀ DÂN VẬN"', () => {
    expect(meta(['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN TUYÊN GIÁO VÀ DÂN VẬN', 'Số 37-HD/BTGDVTW', 'Hà Nội, ngày 10 tháng 11 năm 2025', 'HƯỚNG DẪN', 'về bản tin chi bộ']).issuer?.name).toBe('Ban Tuyên giáo và Dân vận Trung ương')
  })
  it('a letter copied from its addressees on is a letter, though an act it cites comes first in its items', () => {
    expect(meta(['Kính gửi:', '- Các sở, ban, ngành thuộc Thành phố.', 'UBND Thành phố yêu cầu thực hiện một số nội dung sau:', '1. Yêu cầu chung:', 'Chỉ thị số 24/CT-TTg ngày 29/7/2024 của Thủ tướng Chính phủ.', '- Quy định chi tiết về lựa chọn nhà thầu.']).kind).toBe('cong-van')
  })
  it('a kind\'s code a scan wrote without its Đ still names the kind ("191/CD-TTg"); the number stays as written', () => {
    const m = meta(['THỦ TƯỚNG CHÍNH PHỦ', 'Số: 191/CD-TTg', 'Hà Nội, ngày 24 tháng 10 năm 2025', 'Gửi: Bộ trưởng các Bộ', 'Bộ Tài chính khẩn trương rà soát, báo cáo.'])
    expect([m.kind, m.number]).toEqual(['cong-dien', '191/CD-TTg'])
    // ("HD" is a Hướng dẫn's code, no unmarked "HĐ")
    expect(meta(['BAN TỔ CHỨC TỈNH ỦY', 'Số: 12-HD/BTCTU', 'Các chi bộ tổ chức họp.']).kind).toBe('huong-dan')
  })
  it('a unit of the issuer in the number may carry a dot: "11554/VPCP-V.I"', () => {
    expect(meta(['VĂN PHÒNG CHÍNH PHỦ', 'Số: 11554/VPCP-V.I', 'Hà Nội, ngày 20 tháng 11 năm 2025', 'Kính gửi: Bộ Tài chính', 'Bộ Tài chính khẩn trương rà soát.']).number).toBe('11554/VPCP-V.I')
  })
  it('the issuer as written leaves out a stop a scan read after the name ("THỦ TƯỚNG CHÍNH PHU .")', () => {
    const m = meta(['THỦ TƯỚNG CHÍNH PHU .', 'Số: 191/CĐ-TTg', 'Hà Nội, ngày 24 tháng 10 năm 2025', 'Bộ Tài chính khẩn trương rà soát, báo cáo.'])
    expect([m.issuer?.name, m.issuer?.text]).toEqual(['Thủ tướng Chính phủ', 'THỦ TƯỚNG CHÍNH PHU'])
  })
  it('a letter\'s number names the national body that wrote it ("470/TCT-TTKT"), over a ministry\'s line read above a damaged one', () => {
    expect(meta(['BỘ TÀI CHÍNH', 'TONG CỤC THU.', 'Số: 470/TCT-TTKT', 'Hà Nội, ngày 05 tháng 5 năm 2020', 'Kính gửi: Cục Thuế các tỉnh', '1. Rà soát kế hoạch thanh tra.']).issuer?.name).toBe('Tổng cục Thuế')
    // (a kind's code is no issuer's; the ministry's own code leaves its letterhead as it is)
    expect(meta(['BỘ TÀI CHÍNH', 'Số: 470/BTC-TCT', 'Hà Nội, ngày 05 tháng 5 năm 2020', 'Kính gửi: Các Bộ', '1. Rà soát.']).issuer?.name).toBe('Bộ Tài chính')
    expect(meta(['ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'Số: 470/KH-UBND', 'KẾ HOẠCH', '1. Rà soát.']).issuer?.name).toBe('Ủy ban nhân dân tỉnh Lào Cai')
  })
  it('the number\'s code VPCP names the Government Office as issuer', () => {
    expect(meta(['Số: 2003/CĐ-VPCP', 'CÔNG ĐIỆN', 'Về phòng, chống ma túy']).issuer?.name).toBe('Văn phòng Chính phủ')
  })
})

describe('a legal site\'s card of the act\'s fields', () => {
  it('gives number, date, kind and issuer when the letterhead is lost; a ministry\'s code may run to seven letters', () => {
    const m = meta(['**Số hiệu:**', '|', '6225/BVHTTDL-VP', '|', '**Loại văn bản:**', '|', 'Công văn', '|', '**Nơi ban hành:**', '|', 'Bộ Văn hoá, Thể thao và du lịch', '|', '**Ngày ban hành:**', '|', '18/11/2025', '|', '**Kính gửi:** Các Cục thuộc Bộ.', 'Bộ yêu cầu các Cục rà soát thủ tục hành chính.'])
    expect([m.number, m.issuedOn, m.kind, m.issuer?.name]).toEqual(['6225/BVHTTDL-VP', '2025-11-18', 'cong-van', 'Bộ Văn hóa, Thể thao và Du lịch'])
    expect(meta(['BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Số: 6301/BVHTTDL-VP', 'CÔNG VĂN']).number).toBe('6301/BVHTTDL-VP')
  })
  it('a card that names a place ("Nơi ban hành: Thành phố Hồ Chí Minh") gives the body the number\'s code names (UBND, HĐND)', () => {
    const card = (n: string) => meta(['**Số hiệu:**', '|', n, '|', '**Loại văn bản:**', '|', 'Công văn', '|', '**Nơi ban hành:**', '|', 'Thành phố Hồ Chí Minh', '|', '**Ngày ban hành:**', '|', '24/11/2025', '|', '**Kính gửi:** Sở Xây dựng.', 'Giao Sở Xây dựng rà soát các mỏ khoáng sản.'])
    expect(card('4001/UBND-ĐT').issuer?.name).toBe('Ủy ban nhân dân thành phố Hồ Chí Minh')
    expect(card('12/NQ-HĐND').issuer?.name).toBe('Hội đồng nhân dân thành phố Hồ Chí Minh')
    // (a code that names no such body leaves the place alone: no issuer is guessed)
    expect(card('88/SXD-QLXD').issuer).toBeNull()
  })
  it('a card that names a department the lexicon lacks ("Cục Thuế", "Cục Viễn thông") gives it when the grammar of unit names reads it whole', () => {
    const card = (by: string) => meta(['**Số hiệu:**', '|', '5526/CT-CS', '|', '**Loại văn bản:**', '|', 'Công văn', '|', '**Nơi ban hành:**', '|', by, '|', '**Ngày ban hành:**', '|', '25/11/2025', '|', '**Kính gửi:** Thuế các tỉnh, thành phố.', 'Đề nghị Thuế các tỉnh rà soát hồ sơ gia hạn.'])
    expect(card('Cục Thuế').issuer?.name).toBe('Cục Thuế')
    expect(card('Cục Viễn thông').issuer?.name).toBe('Cục Viễn thông')
    // (a name the grammar reads only in part is no issuer: "Ban Chỉ đạo" is not the whole of it)
    expect(card('Ban Chỉ đạo sắp xếp ĐVHC các cấp và xây dựng mô hình tổ chức CQĐP 02 cấp').issuer).toBeNull()
  })
})

describe('a page that wraps the text under its own headline', () => {
  const page = ['# KẾ HOẠCH lãnh đạo cuộc bầu cử đại biểu Hội đồng nhân dân xã', '', '**Số hiệu:** 18-KH/ĐU | **Ngày ban hành:** ngày 16/5/2025 | **Lĩnh vực:** Công tác Tổ chức', '', '### 3. Toàn văn văn bản', '', 'ĐẢNG BỘ TỈNH BÌNH AN', 'ĐẢNG UỶ XÃ AN HẢI', '*', 'Số -KH/ĐU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'An Hải, ngày tháng 10 năm 2025', 'KẾ HOẠCH', 'lãnh đạo cuộc bầu cử', 'I. NHIỆM VỤ', '1. Văn phòng Đảng ủy chuẩn bị tài liệu.']
  it('its card\'s fields run into one line, parted by bars, give the number and the date the letterhead left blank', () => {
    const m = meta(page)
    expect([m.number, m.issuedOn]).toEqual(['18-KH/ĐU', '2025-05-16'])
  })
  it('a code with small letters after its capital ("23-CTr/ĐU", "191/CĐ-TTg") is a number the card gives', () => {
    const card = (n: string) => meta(['# CHƯƠNG TRÌNH HÀNH ĐỘNG', '', `**Số hiệu:** ${n} | **Ngày ban hành:** 13/11/2025`, '', '1. Văn phòng Đảng ủy chuẩn bị tài liệu.']).number
    expect(card('23-CTr/ĐU')).toBe('23-CTr/ĐU')
    expect(card('191/CĐ-TTg')).toBe('191/CĐ-TTg')
    expect(card('theo văn bản')).toBeNull()
  })
  it('a Party body\'s letterhead, beside "ĐẢNG CỘNG SẢN VIỆT NAM" under the page\'s headline, issues the text', () => {
    expect(meta(page).issuer?.name).toBe('Đảng ủy xã An Hải')
  })
})

describe('a scan whose date line lost its month', () => {
  const scan = (date: string, stamp: string) => meta([`CHINHPHU.VN Thời gian ký: ${stamp} 16:15:28 +07:00`, 'THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', `Số: 30/CT-TTg Hà Nội, ${date}`, 'CHỈ THỊ', 'về việc quản lý than']).issuedOn
  it('takes the month from its digital signature\'s stamp of the same year: "ngày 06 tháng 40 năm 2025" signed 07.10.2025', () => {
    expect(scan('ngày 06 tháng 40 năm 2025', '07.10.2025')).toBe('2025-10-06')
  })
  it('a lost day in the stamp\'s month is the stamp\'s day when the issuer signed it; not the portal\'s stamp, nor in another month', () => {
    const signed = (date: string, stamp: string) => meta(['Ký bởi: Tổng cục Thuế', `Thời gian ký: ${stamp} 15:28`, 'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc', `Số: 769/TCT-TTKT Hà Nội, ${date}`, 'V/v chống thất thu']).issuedOn
    expect(signed('ngày AF-thang 3 năm 2022', '17.03.2022')).toBe('2022-03-17')
    expect(signed('ngày AF-thang 2 năm 2022', '17.03.2022')).toBeNull()
    // (CHINHPHU.VN republishes a text, often days after it was signed)
    expect(scan('ngày OF thang 10 năm 2025', '10.10.2025')).toBeNull()
  })
  it('guesses no month when the day is past the stamp\'s or the years differ', () => {
    expect(scan('ngày 28 tháng 40 năm 2025', '02.11.2025')).toBeNull()
    expect(scan('ngày 06 tháng 40 năm 2024', '07.10.2025')).toBeNull()
    // (a line read whole needs no stamp)
    expect(scan('ngày 06 tháng 10 năm 2025', '09.10.2025')).toBe('2025-10-06')
  })
})

describe('a letter with no letterhead and an annex attached', () => {
  const lines = ['Kính gửi: Các cơ sở đào tạo', '', 'Đề nghị các cơ sở đào tạo rà soát đội ngũ giảng viên.', '', 'PHỤ LỤC', '', '(Kèm theo Công văn số 6391/BVHTTDL-KHCNĐTMT ngày 26/11/2025 của Bộ Văn hóa, Thể thao và Du lịch)']
  it('takes the letter\'s number, date, kind and issuer from the annex\'s line', () => {
    const m = meta(lines)
    expect([m.kind, m.number, m.issuedOn, m.issuer?.name]).toEqual(['cong-van', '6391/BVHTTDL-KHCNĐTMT', '2025-11-26', 'Bộ Văn hóa, Thể thao và Du lịch'])
  })
  it('a letter with its own number keeps it', () => {
    expect(meta(['BỘ TÀI CHÍNH', 'Số: 12/BTC-VP', 'Hà Nội, ngày 02 tháng 12 năm 2025', ...lines]).number).toBe('12/BTC-VP')
  })
})

describe('an act copied with its title and without its letterhead, its annex still attached', () => {
  const body = ['**NGHỊ QUYẾT**', '', 'VỀ PHÁT ĐỘNG PHONG TRÀO BẢO VỆ MÔI TRƯỜNG', '', '**CHÍNH PHỦ**', '', '**QUYẾT NGHỊ:**', '', '1. Bộ Nội vụ rà soát quy định khen thưởng.', '']
  it('the annex that names an act of its kind names it: number, date and issuer', () => {
    const m = meta([...body, '**PHỤ LỤC**', '', 'DANH MỤC ĐỀ ÁN ƯU TIÊN', '', '*(Kèm theo', 'Nghị quyết số 394/NQ-CP ngày 03 tháng 12 năm 2025 của Chính phủ)*'])
    expect([m.kind, m.number, m.issuedOn, m.issuer?.name]).toEqual(['nghi-quyet', '394/NQ-CP', '2025-12-03', 'Chính phủ'])
  })
  it('an annex attached to an act of another kind names another act', () => {
    const m = meta([...body, '**PHỤ LỤC**', '', '(Kèm theo Kế hoạch số 12/KH-BNV ngày 03 tháng 12 năm 2025 của Bộ Nội vụ)'])
    expect([m.kind, m.number, m.issuedOn]).toEqual(['nghi-quyet', null, null])
  })
})

describe('a notice that lost its letterhead: who gives notice, as it closes', () => {
  it('"Văn phòng Chính phủ thông báo để … biết, thực hiện" names the issuer', () => {
    const m = meta(['THÔNG BÁO', 'Kết luận của Phó Thủ tướng tại buổi làm việc với tỉnh Bình An', '', '1. Bộ Tài chính rà soát, bố trí vốn.', '', 'Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Bình An và các cơ quan liên quan biết, thực hiện./.'])
    expect(m.issuer?.name).toBe('Văn phòng Chính phủ')
  })
  it('a sentence that tells of a notice names no issuer: "Các cơ quan thông báo cho …" (a collective), a body deep in a sentence', () => {
    expect(meta(['THÔNG BÁO', 'Kết luận của Phó Thủ tướng', '', 'Các cơ quan liên quan thông báo cho người dân biết.']).issuer).toBeNull()
  })
})

describe('an act whose letterhead was lost', () => {
  it('the body named under its title, before the session line, issues it and is no part of the title', () => {
    const m = meta(['NGHỊ QUYẾT', 'THÔNG QUA QUY HOẠCH TÀI NGUYÊN NƯỚC', 'HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH AN', 'KHÓA XII - KỲ HỌP THỨ NĂM', 'Căn cứ Luật Tổ chức chính quyền địa phương;', 'QUYẾT NGHỊ:', 'Điều 1. Thông qua Quy hoạch.'])
    expect(m.issuer?.name).toBe('Hội đồng nhân dân tỉnh Bình An')
    expect(m.title).toBe('NGHỊ QUYẾT THÔNG QUA QUY HOẠCH TÀI NGUYÊN NƯỚC')
    // (a title of one block is the title: nothing under it to name)
    expect(meta(['NGHỊ QUYẾT', 'Căn cứ Luật Tổ chức chính quyền địa phương;', 'QUYẾT NGHỊ:', 'Điều 1. Thông qua Quy hoạch.']).issuer).toBeNull()
  })
  it('a page that opens by reporting an act\'s issue is a news article about it', () => {
    expect(meta(['# Thủ tướng yêu cầu xử lý các dự án tồn đọng', '', 'Ngày 20/8/2025, Thủ tướng đã có Công điện 138/CĐ-TTg về tập trung tháo gỡ vướng mắc cho các dự án.', '', '- Các Bộ tập trung thực hiện các nhiệm vụ.']).kind).toBe('tin-bai')
    // a plan that recalls the act it carries out is still a plan
    expect(meta(['KẾ HOẠCH', 'Triển khai Công điện 138/CĐ-TTg', 'Ngày 20/8/2025, Thủ tướng đã có Công điện 138/CĐ-TTg về tập trung tháo gỡ vướng mắc.', '1. Sở Tài chính chủ trì rà soát.']).kind).toBe('ke-hoach')
  })
  it('a regulation copied without its decision is issued with it: "(Ban hành kèm theo Quyết định số 3556/QĐ-UBND ngày 30 tháng 9 năm 2026 …)"', () => {
    const m = meta(['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'QUY CHẾ', 'Thu thập, quản lý thông tin, dữ liệu tài nguyên và môi trường', '(Ban hành kèm theo Quyết định số3556/QĐ-UBND', 'ngày 30 tháng 9 năm 2026 của Ủy ban nhân dân tỉnh Lào Cai)', 'Chương I', 'Điều 1. Phạm vi điều chỉnh'])
    expect(m.issuedOn).toBe('2026-09-30')
    // (a text with a date of its own keeps it)
    expect(meta(['ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'Số: 12/KH-UBND', 'Lào Cai, ngày 05 tháng 10 năm 2026', 'KẾ HOẠCH', '(Ban hành kèm theo Quyết định số 3556/QĐ-UBND ngày 30 tháng 9 năm 2026)', '1. Sở Tài chính chủ trì.']).issuedOn).toBe('2026-10-05')
  })
  it('a website\'s post, told by its front matter ("layout": "post.html"), is an article of the day it was posted in Vietnam', () => {
    const m = meta(['---json', '{', '"title": "Ban Tuyên giáo Huyện ủy tổ chức hội nghị tổng kết",', '"layout": "post.html",', '"date": "2018-07-30T17:00:00.000Z",', '"draft": false', '}', '---', 'Tại hội nghị, các đại biểu đã nghe báo cáo kết quả công tác tuyên truyền.'])
    expect([m.kind, m.issuedOn]).toEqual(['tin-bai', '2018-07-31'])
  })
  it('a number left blank keeps its kind\'s code ("Số -CV/ĐU", "Số:     /KH-UBND"), and it names the kind first', () => {
    expect(meta(['ĐẢNG ỦY XÃ AN BÌNH', 'Số -CV/ĐU', 'Tham mưu triển khai thực hiện', 'Chương trình hành động số 12-CTr/TU', 'Kính gửi: Ủy ban nhân dân xã.', '1. Ban Xây dựng Đảng theo dõi.']).kind).toBe('cong-van')
    expect(meta(['ỦY BAN NHÂN DÂN TỈNH NAM HÀ', 'Số:        /KH-UBND', 'Triển khai công tác phổ biến pháp luật năm 2027', '1. Sở Tư pháp chủ trì.']).kind).toBe('ke-hoach')
  })
  it('a calendar posted to a site ("LỊCH CÔNG TÁC TỪ NGÀY …", "Lịch làm việc …") is no article', () => {
    const post = ['---json', '{', '"layout": "post.html",', '"date": "2026-11-23T00:00:00.000Z"', '}', '---']
    expect(meta([...post, 'LỊCH CÔNG TÁC TỪ NGÀY 23/11/2026 ĐẾN NGÀY 27/11/2026', 'Ngày\tThời gian\tNội dung\tLãnh đạo chủ trì']).kind).toBe('khac')
    expect(meta([...post, 'Lịch làm việc của Lãnh đạo UBND huyện tuần 48', 'Ngày\tThời gian\tNội dung\tLãnh đạo chủ trì']).kind).toBe('khac')
  })
})

describe('a copy that lost its kind\'s line', () => {
  it('opens with a plan\'s subtitle in capitals ("TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ …", "BAN HÀNH KẾ HOẠCH …"): a plan', () => {
    expect(meta(['# TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG NGÀY 27 THÁNG 7 NĂM 2023 CỦA THỦ TƯỚNG CHÍNH PHỦ', '## Mục D. TỔ CHỨC THỰC HIỆN', '1. Bộ Quốc phòng', 'Chủ trì hướng dẫn các địa phương.']).kind).toBe('ke-hoach')
    expect(meta(['BAN HÀNH KẾ HOẠCH TỔ CHỨC THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW CỦA BAN BÍ THƯ', 'III. TỔ CHỨC THỰC HIỆN', '1. Bộ Nội vụ', '- Hoàn thiện thể chế.']).kind).toBe('ke-hoach')
    // (not a headline in running case, nor such words further down)
    expect(meta(['# Triển khai thực hiện Nghị quyết 57 trên địa bàn tỉnh', 'Ngày 20/8/2026, Ủy ban nhân dân tỉnh đã có Công văn 138/UBND-KT về triển khai thực hiện Nghị quyết.']).kind).not.toBe('ke-hoach')
  })
})

describe('an excerpt with neither letterhead nor title', () => {
  it('is the kind it names itself, the most often: "… hướng dẫn thực hiện Quyết định này", "Kế hoạch này"', () => {
    expect(meta(['Điều 8. Tổ chức thực hiện', '1. Bộ Xây dựng chủ trì hướng dẫn thực hiện Quyết định này.', '2. Quyết định này có hiệu lực từ ngày ký.']).kind).toBe('quyet-dinh')
    expect(meta(['2. Các Sở, ngành có liên quan', '- Sở Xây dựng chủ trì triển khai Kế hoạch này.']).kind).toBe('ke-hoach')
    // (a law, a decree or a regulation naming itself is none of the kinds: it outvotes the plan it is quoted with)
    expect(meta(['Điều 5. Trách nhiệm thi hành', 'Các Bộ trưởng chịu trách nhiệm thi hành Nghị định này.', 'Nghị định này thay thế Kế hoạch này.', 'Nghị định này có hiệu lực.']).kind).toBe('khac')
    expect(meta(['1. Bộ Xây dựng chủ trì hướng dẫn các địa phương.']).kind).toBe('khac')
  })
  it("is a plan when it is laid out in a plan's parts: numbered headings of contents and measures, who leads, when, how it is carried out", () => {
    expect(meta(['1. Nội dung, biện pháp', 'a) Tổ chức hội nghị quán triệt.', '2. Cơ quan chủ trì, phối hợp', '- Sở Nội vụ.', '3. Thời gian thực hiện: Tháng 12/2027.']).kind).toBe('ke-hoach')
    expect(meta(['III. TỔ CHỨC THỰC HIỆN', '1. Ủy ban nhân dân huyện:', '- Tổng hợp danh sách hộ được hỗ trợ.']).kind).toBe('ke-hoach')
    // (not an article of that name, which a decision or a regulation has too, nor such words inside a sentence)
    expect(meta(['Điều 8. Tổ chức thực hiện', 'Sở Xây dựng hướng dẫn các huyện.']).kind).toBe('khac')
    expect(meta(['1. Sở Xây dựng tổ chức thực hiện việc hỗ trợ nhà ở.']).kind).toBe('khac')
  })
})

describe('a page about an act, with no letterhead of its own', () => {
  it('the act its opening paragraph reports gives the number, the issuer (a head acting for its body) and the date', () => {
    const m = meta(['# Toàn văn Công văn 512/UBND-KT về thuế hộ kinh doanh ra sao?', '', '**Toàn văn Công văn 512/UBND-KT về thuế hộ kinh doanh ra sao?**', '',
      'Ngày 14/11/2026,Chủ tịch Ủy ban nhân dân tỉnh Bình An ban hành Công văn 512/UBND-KT năm 2026 về chuyển đổi quản lý thuế đối với hộ kinh doanh.', '', '1. Sở Tài chính chủ trì hướng dẫn hộ kinh doanh.'])
    expect([m.number, m.issuer?.name, m.issuedOn]).toEqual(['512/UBND-KT', 'Ủy ban nhân dân tỉnh Bình An', '2026-11-14'])
  })
  it('a person who signs for the head gives no body: the number\'s code names the issuer ("TTg")', () => {
    const m = meta(['Ngày 5/12/2026, Phó Thủ tướng Trần Văn An ký Quyết định 2640/QĐ-TTg năm 2026 ban hành Kế hoạch triển khai Kết luận về văn học, nghệ thuật.', '', '1. Bộ Văn hóa, Thể thao và Du lịch chủ trì.'])
    expect([m.number, m.issuer?.name, m.issuedOn]).toEqual(['2640/QĐ-TTg', 'Thủ tướng Chính phủ', '2026-12-05'])
  })
  it('a heading that gives the page as the act\'s full text gives its number', () => {
    expect(meta(['# TOÀN VĂN: KẾT LUẬN 155-KL/TW CỦA BỘ CHÍNH TRỊ VỀ SẮP XẾP TỔ CHỨC BỘ MÁY', '', 'Tại phiên họp ngày 16/5/2026, Bộ Chính trị kết luận như sau:', '1. Các tỉnh ủy hoàn thành đề án.']).number).toBe('155-KL/TW')
  })
  it('a heading that gives the page as the act\'s full text gives its kind too, when it does not ask', () => {
    expect(meta(['# Toàn văn Quyết định 2640/QĐ-TTg năm 2026 triển khai Kết luận 84', '', '1. Tăng cường sự lãnh đạo của Đảng.']).kind).toBe('quyet-dinh')
  })
  it('a site\'s answer to a question headed "Toàn văn …?" is a news article about the act: the number is still the act\'s', () => {
    const q = meta(['# Toàn văn Quyết định 2640/QĐ-TTg năm 2026 triển khai Kết luận 84?', '', '1. Tăng cường sự lãnh đạo của Đảng.'])
    expect([q.kind, q.number]).toEqual(['tin-bai', '2640/QĐ-TTg'])
    expect(meta(['# Toàn văn Công văn 512/VPCP-KTTH về thị trường vàng ra sao?', '', 'Ngày 08 tháng 12 năm 2026, Văn phòng Chính phủ đã ban hành Công văn 512/VPCP-KTTH năm 2026 về thị trường vàng thời gian qua.', '', '(1) Thanh tra Chính phủ khẩn trương có ý kiến.']).kind).toBe('tin-bai')
    // (a page headed otherwise that reports the act is still news)
    expect(meta(['# Thủ tướng yêu cầu xử lý các dự án tồn đọng', '', 'Ngày 20/8/2025, Thủ tướng đã có Công điện 138/CĐ-TTg về tập trung tháo gỡ vướng mắc cho các dự án.']).kind).toBe('tin-bai')
  })
  it('a report further down, or in a letter after its addressees, cites an act: it is not what the text is', () => {
    expect(meta(['Chỉ thị về tăng cường kiểm tra kinh doanh vật liệu xây dựng trên địa bàn thành phố', '', 'Hiện nay, trên địa bàn thành phố nhiều dự án đầu tư xây dựng khu đô thị đang triển khai.', '',
      'Ngày 22/12/2025, Ủy ban nhân dân thành phố đã ban hành Quyết định số 123/2025/QĐ-UBND ban hành Quy định điều kiện kinh doanh.']).number).toBeNull()
    expect(meta(['Kính gửi: Các sở, ban, ngành tỉnh', '', 'Ngày 25/02/2026, Bộ Công an ban hành Kế hoạch số 1014/KH-C04-P6 về làm việc với Ủy ban nhân dân các cấp về phòng, chống ma túy.']).number).toBeNull()
  })
})

describe('a number whose "Số" OCR damaged', () => {
  it('"Sô: 193/CĐ-TTg" is the number', () => {
    expect(meta(['THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Sô: 193/CĐ-TTg Hà Nội, ngày 09 tháng 10 năm 2025', 'CÔNG ĐIỆN']).number).toBe('193/CĐ-TTg')
  })
  it('"số:" read in lower case, and a period read for the comma after the place, still give the number and the date', () => {
    const m = meta(['BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc', 'số: 4222 /TCT -PC Hà Nội. ngày 09 tháng 11 năm 2023', 'V/v tăng cường kỷ cương'])
    expect([m.number, m.issuedOn, m.place]).toEqual(['4222/TCT-PC', '2023-11-09', 'Hà Nội'])
  })
  it('a document cited with "số" in a sentence gives no number', () => {
    expect(meta(['Thực hiện Công văn số 11614/BTC-PC ngày 24/10/2023 của Bộ Tài chính, đề nghị các đơn vị rà soát.']).number).toBeNull()
  })
})

describe('a resolution with no date line', () => {
  it('is issued the day it was adopted: "Nghị quyết này đã được … thông qua ngày 13 tháng 7 năm 2027"', () => {
    const m = meta(['NGHỊ QUYẾT', 'Về chương trình giám sát năm 2028', 'HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI', 'QUYẾT NGHỊ:', 'Điều 1. Thông qua chương trình giám sát.', 'Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa XII, Kỳ họp thứ Ba thông qua ngày 13 tháng 7 năm 2027 và có hiệu lực từ ngày thông qua./.'])
    expect(m.issuedOn).toBe('2027-07-13')
  })
  it('a date line wins, and "có hiệu lực … từ ngày thông qua" gives no date', () => {
    expect(meta(['HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI', 'Gia Lai, ngày 15 tháng 7 năm 2027', 'NGHỊ QUYẾT', 'Nghị quyết này đã được thông qua ngày 13 tháng 7 năm 2027.']).issuedOn).toBe('2027-07-15')
    expect(meta(['NGHỊ QUYẾT', 'Về chương trình giám sát', 'Nghị quyết này có hiệu lực từ ngày thông qua.']).issuedOn).toBeNull()
  })
})

describe('a web page with no act\'s kind of its own', () => {
  const md = (lines: string[]) => parseDocument(lines.join('\n\n'), { file: 'inline.md', markdown: true }).meta
  it('a head that links out or shows a picture is a news article', () => {
    expect(md(['6 nhiệm vụ trọng tâm phòng chống buôn lậu cho Lào Cai', '[Xem chi tiết ở đây](https://example.vn/6-nhiem-vu/)', 'Phó Thủ tướng yêu cầu tỉnh Lào Cai làm tốt công tác tuyên truyền.']).kind).toBe('tin-bai')
    expect(md(['Tổng cục Hải quan sẽ trình 11 đề án', '![Tổng cục Hải quan](https://example.vn/anh.jpg "ảnh")', 'Cụ thể: 1. Nghị định về thủ tục hải quan.']).kind).toBe('tin-bai')
  })
  it('a legal site\'s page whose headline asks is one too; a page that gives an act\'s full text is that act', () => {
    expect(md(['# Thủ tướng yêu cầu hoàn thành quy trình sản xuất cà phê khi nào?', 'Căn cứ theo Mục 1 Công điện 71/CĐ-TTg năm 2026 có quy định như sau:']).kind).toBe('tin-bai')
    expect(md(['# Toàn văn Công văn 9804/UBND-KTNS năm 2026 về giá xăng dầu', 'Kính gửi: Các sở, ngành.']).kind).not.toBe('tin-bai')
  })
})

describe('a legal site\'s copy that runs its title and its letterhead into one line', () => {
  it('"Công văn 384/BYT-KCB … do Bộ Y tế ban hành. BỘ Y TẾ -------": the name in capitals before the rule issues it', () => {
    expect(meta(['Công văn 384/BYT-KCB năm 2027 về cấp chứng chỉ hành nghề do Bộ Y tế ban hành. BỘ Y TẾ -------', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------', 'Số: 384/BYT-KCB V/v cấp chứng chỉ hành nghề', 'Hà Nội, ngày 27 tháng 01 năm 2027 Kính gửi: Sở Y tế các tỉnh.']).issuer?.name).toBe('Bộ Y tế')
  })
  it('two bodies in the run ("BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN -------"): the last one issues it', () => {
    expect(meta(['Công văn 778/TCHQ-GSQL. BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc -------', 'Số: 778/TCHQ-GSQL V/v xử lý vướng mắc', 'Hà Nội, ngày 13 tháng 02 năm 2027 Kính gửi: Cục Hải quan các tỉnh, thành phố.']).issuer?.name).toBe('Tổng cục Hải quan')
  })
})

describe('a scanned letterhead whose motto runs into its lines', () => {
  it('"BỘ TÀI CHÍNH CONG HOA XÃ HỘI …" / "TONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc": the department under the ministry issues it', () => {
    expect(meta(['BỘ TÀI CHÍNH CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc', 'Số: 4205/TCT-DNNCN Hà Nội, ngày 14 tháng 11 năm 2027', 'Kính gửi: Cục Thuế các tỉnh, thành phố.']).issuer?.name).toBe('Tổng cục Thuế')
  })
})

describe('a letter whose "Kính gửi:" is lost or damaged', () => {
  it('its subject line under the number ("V/v tăng cường …") still makes it a letter; a title of its own kind wins', () => {
    expect(meta(['VAN PHONG CHÍNH PHU CONG HOA XA HOI CHU NGHIA VIET NAM', '—— Độc lập - Tự do - Hạnh phúc', 'Số: 9703/VPCP-CN Hà Nội, ngày 09 tháng 10 năm 2027', 'V/v thành lập Hội đồng tư vấn', 'aa Kính gửi:', 'Bộ Xây dựng chủ trì rà soát hồ sơ.']).kind).toBe('cong-van')
    expect(meta(['ỦY BAN NHÂN DÂN TỈNH BÌNH AN', 'KẾ HOẠCH', 'V/v triển khai thực hiện Chỉ thị 05', '1. Sở Y tế chủ trì.']).kind).toBe('ke-hoach')
  })
})

describe('a letterhead\'s unit in capitals that the lexicon does not list', () => {
  it('the grammar of unit names reads it, in the case the text names it elsewhere, else each word capitalised', () => {
    const named = meta(['ĐẠI HỌC QUỐC GIA BÌNH AN', 'TRƯỜNG ĐẠI HỌC KHOA HỌC BIỂN', 'Số: 12/TB-ĐHKHB', 'THÔNG BÁO', 'Về lịch thi', 'Hiệu trưởng Trường Đại học Khoa học Biển thông báo như sau:'])
    expect(named.issuer?.name).toBe('Trường Đại học Khoa học Biển')
    expect(meta(['BỘ CÔNG THƯƠNG', 'CỤC KỸ THUẬT AN TOÀN VÀ MÔI TRƯỜNG CÔNG NGHIỆP', 'Số: 12/ATMT-KH', 'Kính gửi: Sở Công Thương các tỉnh']).issuer?.name.toLowerCase()).toBe('cục kỹ thuật an toàn và môi trường công nghiệp')
  })
  it('not a committee\'s name cut by a line break ("BAN CHẤP HÀNH" / "TRUNG ƯƠNG" / "VĂN PHÒNG")', () => {
    expect(meta(['BAN CHẤP HÀNH', 'TRUNG ƯƠNG', 'VĂN PHÒNG', 'Số 07-KL/VPTW', 'KẾT LUẬN']).issuer?.name).toBe('Văn phòng Trung ương Đảng')
  })
})

describe('a number typed into the blank left for it', () => {
  it('"Số: 28 /2025/QĐ-UBND" is 28/2025/QĐ-UBND', () => {
    expect(meta(['ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'Số: 28 /2025/QĐ-UBND Lào Cai, ngày 10 tháng 11 năm 2025', 'QUYẾT ĐỊNH']).number).toBe('28/2025/QĐ-UBND')
    expect(meta(['ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'Số: 28 / 2025 /QĐ-UBND Lào Cai, ngày 10 tháng 11 năm 2025', 'QUYẾT ĐỊNH']).number).toBe('28/2025/QĐ-UBND')
  })
})

describe('a number of a numbered series', () => {
  it('"Số: 66.19/2026/NQ-CP" is read whole, its dot kept', () => {
    expect(meta(['CHÍNH PHỦ', 'Số: 66.19/2026/NQ-CP Hà Nội, ngày 29 tháng 5 năm 2026', 'NGHỊ QUYẾT']).number).toBe('66.19/2026/NQ-CP')
  })
})

describe('a copy that lost its letterhead, issued by whom its signature says', () => {
  const body = ['CHỈ THỊ', 'Về công tác đào tạo nghề', '1. Chỉ đạo các cấp đưa nội dung đào tạo nghề vào chương trình công tác.', 'Nơi nhận:', '- Các Bộ, cơ quan ngang Bộ;', '- Lưu: Văn thư.']
  it('the Prime Minister\'s title over his name, alone or in a table\'s cell: Thủ tướng Chính phủ', () => {
    expect(meta([...body, 'THỦ TƯỚNG', 'Nguyễn Tấn Dũng']).issuer?.name).toBe('Thủ tướng Chính phủ')
    expect(meta([...body, '| - Lưu: Văn thư. | THỦ TƯỚNG Nguyễn Tấn Dũng |']).issuer?.name).toBe('Thủ tướng Chính phủ')
  })
  it('the body signed for: "TM. CHÍNH PHỦ"; not a people\'s committee whose place no line gives', () => {
    expect(meta([...body, 'TM. CHÍNH PHỦ', 'THỦ TƯỚNG', 'Nguyễn Văn A']).issuer?.name).toBe('Chính phủ')
    expect(meta([...body, 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'Nguyễn Văn A']).issuer).toBeNull()
  })
  it('a letterhead still comes first', () => {
    expect(meta(['BỘ TÀI CHÍNH', 'Số: 12/CT-BTC', ...body, 'KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Nguyễn Văn A']).issuer?.name).toBe('Bộ Tài chính')
  })
})

describe('a scanned letter whose subject line or addressees the scan damaged', () => {
  it('"V/v Chấn chỉnh …": a subject line whatever its next letter\'s case', () => {
    expect(meta(['TỔNG CỤC THUẾ', 'Số: 4454/TCT-TTKT', 'V/v Chấn chỉnh công tác báo cáo', 'Site gửi: Cục Thuế các tỉnh.', 'Tổng cục Thuế đề nghị Cục Thuế các tỉnh thực hiện.']).kind).toBe('cong-van')
  })
  it('a number whose code names no kind of act, over "Kính gửi:", when the subject line is lost', () => {
    expect(meta(['TỔNG CỤC THUẾ', 'Số: 749/TCT-TTKT', 'VW thực hiện chống thất thu', 'Kính gửi: Cục Thuế các tỉnh, thành phố.', 'Tổng cục Thuế đề nghị Cục Thuế các tỉnh thực hiện.']).kind).toBe('cong-van')
  })
  it('not a plan whose code names it', () => {
    expect(meta(['ỦY BAN NHÂN DÂN TỈNH BÌNH AN', 'Số: 12/KH-UBND', 'Kính gửi: Các sở, ngành.', 'Triển khai thực hiện.']).kind).toBe('ke-hoach')
  })
})

describe('a directive copied without its letterhead', () => {
  const title = 'Chỉ thị về việc tăng cường công tác kiểm tra thực hiện quy định điều kiện bảo đảm kinh doanh đối với các mặt hàng vật liệu xây dựng kinh doanh có điều kiện trên địa bàn thành phố Bình An trong năm 2027 và những năm tiếp theo'
  it('is the kind its first line names before what it is about, however long that line', () => {
    expect(title.length).toBeGreaterThan(200)
    expect(meta([title, 'Ngày 22/12/2026, UBND thành phố Bình An đã ban hành Quyết định số 123/2026/QĐ-UBND về điều kiện kinh doanh.', '1. Sở Xây dựng chủ trì kiểm tra.']).kind).toBe('chi-thi')
  })
  it('is issued by the body named where the preamble ends, "… chỉ thị:", a head standing for the body', () => {
    expect(meta([title, 'Để khắc phục tình trạng trên, UBND thành phố Bình An chỉ thị:', '1. Sở Xây dựng chủ trì kiểm tra.']).issuer?.name).toBe('Ủy ban nhân dân thành phố Bình An')
    expect(meta(['Chỉ thị về việc bảo đảm an toàn hóa chất', 'Để sản xuất an toàn, Bộ trưởng Bộ Công Thương chỉ thị:', '1. Cục Hóa chất chủ trì kiểm tra.']).issuer?.name).toBe('Bộ Công Thương')
    expect(meta(['Căn cứ Luật Thương mại,', 'Bộ Công Thương và Bộ Tài chính quyết định:', '1. Cục Hóa chất chủ trì kiểm tra.']).issuer?.name).toBe('Bộ Công Thương')
    // (a sentence that only mentions a body before the formula names no one who enacts)
    expect(meta(['Chỉ thị về việc bảo đảm an toàn hóa chất', 'Theo đề nghị của Bộ Công Thương, đề nghị các cơ quan thực hiện:', '1. Cục Hóa chất chủ trì kiểm tra.']).issuer).toBeNull()
  })
})

describe("a council's resolution copied without its letterhead, its head in lower case", () => {
  it('is issued by the council named on the line above its term and session, the place read whatever its case', () => {
    expect(meta(['Nghị quyết về đề án đào tạo cán bộ', 'Hội đồng nhân dân tỉnh hà tĩnh', 'Khóa XI - kỳ họp thứ 5', 'Quyết nghị:', 'Điều 1. Thông qua Đề án.']).issuer?.name).toBe('Hội đồng nhân dân tỉnh Hà Tĩnh')
    // (no session line under it: a line of the text, no letterhead)
    expect(meta(['Nghị quyết về đề án đào tạo cán bộ', 'Hội đồng nhân dân tỉnh hà tĩnh', 'Quyết nghị:', 'Điều 1. Thông qua Đề án.']).issuer).toBeNull()
  })
})

describe('a letterhead cell whose two lines were joined on one', () => {
  it('names a body and its department: the department, of the body\'s province, issues', () => {
    expect(meta(['UBND TỈNH HÀ TĨNH SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc', 'Số: 12/SNNMT-KS', 'Kính gửi: Các tổ chức.', '1. Thực hiện đối chiếu số liệu.']).issuer?.name).toBe('Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh')
  })
  it('two ministries side by side issue together: neither is taken for the other\'s department', () => {
    expect(meta(['BỘ CÔNG AN BỘ QUỐC PHÒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc', 'Số: 24/HDLN-BCA-BQP', 'HƯỚNG DẪN LIÊN NGÀNH', '1. Thực hiện đối chiếu số liệu.']).issuer?.name).not.toBe('Bộ Quốc phòng')
  })
})

describe('a letter with an annex after its signature', () => {
  it('keeps its own kind: the annex\'s title ("PHỤ LỤC" / "HƯỚNG DẪN VIỆC SỐ HOÁ …") is the annex\'s, not the letter\'s', () => {
    const m = meta(['**Kính gửi:** Các cơ quan, tổ chức trong hệ thống chính trị', '', 'Bộ Khoa học và Công nghệ gửi hướng dẫn số hoá tại Phụ lục kèm theo để các cơ quan áp dụng.', '', 'Trân trọng./.', '', '*Nơi nhận:*', '- Như trên;', '- Lưu: VT.', '', '**PHỤ LỤC**', '', 'HƯỚNG DẪN VIỆC SỐ HOÁ HỒ SƠ, TÀI LIỆU', '', '1. Phạm vi áp dụng'])
    expect(m.kind).toBe('cong-van')
    expect(m.title).toBeNull()
  })
})
