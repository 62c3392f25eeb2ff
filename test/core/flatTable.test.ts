import { describe, expect, it } from 'vitest'
import { unflattenTables } from '../../src/core/read/flatTable.js'

describe('unflattenTables', () => {
  it('the first group\'s title that the PDF put among the header\'s cells opens the rows, after the header', () => {
    const lines = ['TT', 'Nhiệm vụ cụ thể', 'I Các nhiệm vụ cần làm ngay trong năm 2026', 'Cơ quan, tổ chức', 'đảng chủ trì', 'Thời hạn', 'thực hiện', '1', 'Xây dựng kế hoạch thực hiện Chương trình hành động.', 'Đảng ủy Ủy ban', 'nhân dân tỉnh', 'Trước ngày', '15/10/2026', '2', 'Rà soát hạ tầng xử lý chất thải rắn sinh hoạt.', 'Sở Nông nghiệp và Môi trường', 'Năm 2026']
    const out = unflattenTables(lines)
    expect(out).toHaveLength(lines.length)
    expect(out.filter(Boolean)).toEqual([
      '| TT | Nhiệm vụ cụ thể | Cơ quan, tổ chức đảng chủ trì | Thời hạn thực hiện |',
      '| I | Các nhiệm vụ cần làm ngay trong năm 2026 | | |',
      '| 1 | Xây dựng kế hoạch thực hiện Chương trình hành động. | Đảng ủy Ủy ban nhân dân tỉnh | Trước ngày 15/10/2026 |',
      '| 2 | Rà soát hạ tầng xử lý chất thải rắn sinh hoạt. | Sở Nông nghiệp và Môi trường | Năm 2026 |',
    ])
  })
  it('a header written as a pipe row over cells one per line, a label left on the next line, and lettered sub-rows', () => {
    const long = 'Tổ chức Hội nghị phổ biến, triển khai Nghị định đến các cơ quan, tổ chức về lâm nghiệp ở trung ương và địa phương trong cả nước.'
    const lines = ['| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |', '| --- | --- | --- | --- |', 'Thời gian thực hiện', '1', 'Tổ chức tuyên truyền, phổ biến Nghị định', 'a)', long, 'Cục Lâm nghiệp và Kiểm lâm', 'Vụ Pháp chế', 'Quý III/2026', 'b)', 'Tổ chức các chương trình truyền thông.', 'Sở Nông nghiệp và Môi trường', 'Các cơ quan liên quan', 'Thường xuyên', '2', 'Đàm phán, ký kết các thỏa thuận về tín chỉ các-bon rừng.', 'Cục Lâm nghiệp và Kiểm lâm', 'Vụ Hợp tác quốc tế', 'Năm 2027']
    const out = unflattenTables(lines)
    expect(out).toHaveLength(lines.length)
    expect(out.filter(Boolean)).toEqual([
      '| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |',
      '| 1 | Tổ chức tuyên truyền, phổ biến Nghị định |  |  |  |',
      `| a) | ${long} | Cục Lâm nghiệp và Kiểm lâm | Vụ Pháp chế | Quý III/2026 |`,
      '| b) | Tổ chức các chương trình truyền thông. | Sở Nông nghiệp và Môi trường | Các cơ quan liên quan | Thường xuyên |',
      '| 2 | Đàm phán, ký kết các thỏa thuận về tín chỉ các-bon rừng. | Cục Lâm nghiệp và Kiểm lâm | Vụ Hợp tác quốc tế | Năm 2027 |',
    ])
  })
  it('a row whose empty partner cell the PDF dropped keeps its time in the time column, not the partners\'', () => {
    const lines = ['TT', 'NHIỆM VỤ CỤ THỂ', 'CƠ QUAN', 'CHỦ TRÌ', 'CƠ QUAN PHỐI', 'HỢP', 'THỜI HẠN', 'THỰC HIỆN', 'CẤP TRÌNH/', 'PHÊ DUYỆT', 'I', 'TÀI CHÍNH, TIỀN TỆ', '1', 'Nghiên cứu, hoàn thiện cơ chế điều hành chính sách tín dụng theo cơ', 'chế thị trường', 'Ngân hàng Nhà', 'nước', '  ', '2026 - 2030', 'Thủ tướng', 'Chính phủ', '2', 'Xây dựng Đề án quản lý thị trường bất động sản', 'Bộ Xây dựng', 'Bộ Công an', 'Quý IV/2026', 'Chính phủ']
    const out = unflattenTables(lines).filter(Boolean)
    expect(out[2]).toBe('| 1 | Nghiên cứu, hoàn thiện cơ chế điều hành chính sách tín dụng theo cơ chế thị trường | Ngân hàng Nhà nước |  | 2026 - 2030 | Thủ tướng Chính phủ |')
    expect(out[3]).toBe('| 2 | Xây dựng Đề án quản lý thị trường bất động sản | Bộ Xây dựng | Bộ Công an | Quý IV/2026 | Chính phủ |')
  })
  it('a row whose lines do not make the table\'s cells is laid out by what each column holds: bodies, a time, the rest', () => {
    const header = ['TT', 'Tên nhiệm vụ', 'Cơ quan', 'chủ trì', 'Cơ quan', 'phối hợp', 'Kết quả', 'Thời gian', 'hoàn thành', 'Căn cứ', 'bổ sung']
    const row = ['7', 'Đề án về chỉ số đánh giá, chấm điểm KPI', 'về công tác xây dựng pháp luật', 'Bộ Tư pháp', 'Các bộ,', 'cơ quan', 'ngang bộ', 'Đề án trình', 'Thủ tướng', 'Chính phủ', 'Tháng', '3/2026', 'Nghị quyết', 'số 23/NQ-', 'CP ngày', '07/02/2026']
    const out = unflattenTables([...header, ...row]).filter(Boolean)
    expect(out[1]).toBe('| 7 | Đề án về chỉ số đánh giá, chấm điểm KPI về công tác xây dựng pháp luật | Bộ Tư pháp | Các bộ, cơ quan ngang bộ | Đề án trình Thủ tướng Chính phủ | Tháng 3/2026 | Nghị quyết số 23/NQ- CP ngày 07/02/2026 |')
  })
  it('a row cut by a page break goes on column by column after the repeated header: the text in lower case, a list left open after its comma', () => {
    const header = ['TT', 'Nội dung công việc', 'Cơ quan', 'chủ trì', 'Cơ quan', 'phối hợp', 'Thời hạn']
    const row = ['3', 'Cải cách thủ tục hành chính phù hợp với mô hình chính quyền địa phương 2', 'Bộ Tư pháp', 'Các bộ, ngành,', 'Quý II/2026', 'CÔNG BÁO/Số 242/Ngày 22-04-2026', '79', ...header, 'cấp; các quy định, hướng dẫn về hồ sơ', 'đã phân cấp', 'Bộ Nội vụ', '4', 'Tăng cường hướng dẫn các địa phương', 'Bộ Nội vụ', 'Các bộ, ngành', 'Năm 2026']
    const rows = unflattenTables([...header, ...row]).filter((l) => l.startsWith('|'))
    expect(rows[1]).toBe('| 3 | Cải cách thủ tục hành chính phù hợp với mô hình chính quyền địa phương 2 cấp; các quy định, hướng dẫn về hồ sơ đã phân cấp | Bộ Tư pháp | Các bộ, ngành, Bộ Nội vụ | Quý II/2026 |')
    expect(rows[2]).toBe('| 4 | Tăng cường hướng dẫn các địa phương | Bộ Nội vụ | Các bộ, ngành | Năm 2026 |')
  })
  it('a page break between a row\'s sub-rows (the lead again, a second result and its time, under the row\'s text): the sub-row\'s cells go after the row\'s', () => {
    const header = ['TT', 'Tên nhiệm vụ', 'Cơ quan', 'chủ trì', 'Cơ quan', 'phối hợp', 'Kết quả', 'Thời gian', 'hoàn thành']
    const row = ['5', 'Thể chế hóa các chủ trương về kinh tế tư nhân', 'Bộ Tài chính', 'Các bộ,', 'cơ quan', 'ngang bộ', 'Báo cáo chuyên đề', 'Tháng', '5/2026', 'CÔNG BÁO/Số 238/Ngày 21-04-2026', '98', ...header, 'Bộ Tài chính', 'Bộ Tư pháp', 'Báo cáo kết quả', 'thể chế hóa', 'Tháng', '11/2026', '6', 'Rà soát văn bản', 'Bộ Tư pháp', 'Các bộ, ngành', 'Báo cáo', 'Tháng 6/2026']
    const rows = unflattenTables([...header, ...row]).filter((l) => l.startsWith('|'))
    expect(rows[1]).toBe('| 5 | Thể chế hóa các chủ trương về kinh tế tư nhân | Bộ Tài chính | Các bộ, cơ quan ngang bộ; Bộ Tư pháp | Báo cáo chuyên đề; Báo cáo kết quả thể chế hóa | Tháng 5/2026; Tháng 11/2026 |')
    expect(rows[2]).toBe('| 6 | Rà soát văn bản | Bộ Tư pháp | Các bộ, ngành | Báo cáo | Tháng 6/2026 |')
  })
  it('two cells the PDF kept on one line a wide gap apart, the second a body\'s, are two cells; a gap before other words is not', () => {
    const header = ['TT', 'Tên nhiệm vụ', 'Cơ quan', 'chủ trì', 'Cơ quan', 'phối hợp', 'Thời gian', 'hoàn thành']
    const rows = ['1', 'Nghiên cứu chính sách từ sớm', 'Các bộ,', 'cơ quan ngang bộ  Bộ Tư pháp', 'Thường', 'xuyên', '2', 'Tổng kết thi hành Luật  năm 2025', 'Bộ Tư pháp', 'Các bộ, ngành', 'Tháng 12/2027']
    const out = unflattenTables([...header, ...rows]).filter((l) => l.startsWith('|'))
    expect(out[1]).toBe('| 1 | Nghiên cứu chính sách từ sớm | Các bộ, cơ quan ngang bộ | Bộ Tư pháp | Thường xuyên |')
    expect(out[2]).toBe('| 2 | Tổng kết thi hành Luật  năm 2025 | Bộ Tư pháp | Các bộ, ngành | Tháng 12/2027 |')
  })
  it('a kind of act alone in capitals ("NGHỊ ĐỊNH") under a list of acts to amend is a group, not a column', () => {
    const lines = ['TT', 'Các văn bản', 'cần sửa đổi, bổ sung', 'Điều, khoản, điểm', 'cần sửa đổi, bổ sung,', 'bãi bỏ', 'Cơ quan chủ', 'trì soạn thảo', 'NGHỊ ĐỊNH', '1.', 'Nghị định số 125/2024/NĐ-CP', 'Điều 116;', 'Điều 117', 'Bộ Giáo dục', 'và Đào tạo']
    const out = unflattenTables(lines).filter(Boolean)
    expect(out[0]).toBe('| TT | Các văn bản cần sửa đổi, bổ sung | Điều, khoản, điểm cần sửa đổi, bổ sung, bãi bỏ | Cơ quan chủ trì soạn thảo |')
    expect(out[2]).toBe('| 1 | Nghị định số 125/2024/NĐ-CP Điều 116; Điều 117 |  | Bộ Giáo dục và Đào tạo |')
  })
  it('a pipe header whose rows are pipe rows too is left to the structure stage', () => {
    const lines = ['| TT | Nội dung | Cơ quan chủ trì | Thời hạn |', '| --- | --- | --- | --- |', '| 1 | Rà soát | Sở Tư pháp | 2026 |']
    expect(unflattenTables(lines)).toEqual(lines)
  })
  it('rebuilds header cells split across lines and one row, keeping the line count', () => {
    const lines = ['STT', 'Nhiệm vụ', 'Cơ quan', 'chủ trì', 'Thời gian hoàn', 'thành', '1.', 'Rà soát quy hoạch cán bộ diện Ban', 'Thường vụ quản lý', 'Ban Tổ chức', 'Tỉnh ủy', 'Quý II/2025']
    const out = unflattenTables(lines)
    expect(out).toHaveLength(lines.length)
    expect(out[0]).toBe('| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |')
    expect(out[6]).toBe('| 1 | Rà soát quy hoạch cán bộ diện Ban Thường vụ quản lý | Ban Tổ chức Tỉnh ủy | Quý II/2025 |')
    expect(out.slice(7).every((l) => l === '')).toBe(true)
  })

  it('leaves alone a short run that is not a task table', () => {
    const lines = ['STT', 'Họ và tên', 'Chức vụ', '1', 'Nguyễn Văn An', 'Bí thư']
    expect(unflattenTables(lines)).toEqual(lines)
  })
})

describe('unflattenTables: column-stacked PDF tables', () => {
  const header = ['TT', 'Nhiệm vụ, giải pháp', 'Cơ quan', 'chủ trì', 'Cơ quan', 'phối hợp', 'Sản phẩm', 'Thời gian', 'thực hiện']
  it('sub-rows numbered "1.1" are rows; a body\'s name wrapped in its column stays whole', () => {
    const lines = [...header, '1.', 'Rà soát, hoàn thiện thể chế', '1.1', 'Nghiên cứu, rà soát, sửa đổi các quy định', 'về đầu tư.', 'Bộ Tài chính', 'Bộ Khoa học và', 'Công nghệ', 'Cơ quan, tổ chức', 'và doanh nghiệp', 'liên quan', 'Cơ chế, chính sách', 'được ban hành', 'Quý IV/2026']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    // (its lines make one cell too many: laid out by what each column holds, the collective after the partner goes
    // with the product, a collective the scorer does not read; who leads, who coordinates and when are as they were)
    const cells = rows.find((r) => r.startsWith('| 1.1 |'))!.split(' | ')
    expect(cells.slice(1, 4)).toEqual(['Nghiên cứu, rà soát, sửa đổi các quy định về đầu tư.', 'Bộ Tài chính', 'Bộ Khoa học và Công nghệ'])
    expect(cells[5]).toBe('Quý IV/2026 |')
  })
  it('a bracket carries on the header cell above it: "Đơn vị phối hợp" / "(Bộ/ngành/địa phương)"', () => {
    const lines = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Đơn vị phối hợp', '(Bộ/ngành/địa phương)', 'Tiến độ', '1', 'Xây dựng Thông tư quy định về đào tạo', 'Bộ Y tế', 'Các bộ, ngành', 'Năm 2026']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows[0]).toBe('| STT | Nhiệm vụ | Cơ quan chủ trì | Đơn vị phối hợp (Bộ/ngành/địa phương) | Tiến độ |')
    expect(rows[1]).toBe('| 1 | Xây dựng Thông tư quy định về đào tạo | Bộ Y tế | Các bộ, ngành | Năm 2026 |')
  })
  it('task text that ends a sentence stays task text, not a body column', () => {
    const lines = ['TT', 'Nội dung, nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', '5', 'Đào tạo lực lượng cứu hộ', 'Cứu nạn tại các xã.', 'Bộ Quốc phòng', 'Các bộ, cơ quan', 'Hằng năm']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows[1]).toBe('| 5 | Đào tạo lực lượng cứu hộ Cứu nạn tại các xã. | Bộ Quốc phòng | Các bộ, cơ quan | Hằng năm |')
  })
})

describe('unflattenTables: rows that cross a page', () => {
  it('a group title that wraps, with blank lines for its empty cells, still opens its rows; the gazette head inside a row is dropped; "Các" left alone on a line is open', () => {
    const lines = ['TT', 'Tên nhiệm vụ', 'Cơ quan', 'chủ trì', 'Cơ quan', 'phối hợp', 'Thời hạn', 'I.', 'Tăng cường sự lãnh đạo', 'của Đảng trong tình hình mới', '', '', '', '', '1.', 'Thường xuyên rà soát quy trình cấp giấy phép.', 'CÔNG BÁO/Số 242/Ngày 22-04-2026', 'Bộ Ngoại', 'giao, Bộ', 'Tài chính', 'Các', 'Bộ, ngành,', 'địa phương', 'Thường xuyên']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows[1]).toBe('| I | Tăng cường sự lãnh đạo của Đảng trong tình hình mới | | | |')
    expect(rows[2]).toBe('| 1 | Thường xuyên rà soát quy trình cấp giấy phép. | Bộ Ngoại giao, Bộ Tài chính | Các Bộ, ngành, địa phương | Thường xuyên |')
  })

  const head = ['TT', 'Nội dung công việc', 'Cơ quan', 'chủ trì', 'Cơ quan', 'phối hợp', 'Thời hạn']
  it('the text a page break cut goes on after the repeated header, into the row above', () => {
    const lines = [...head, '3', 'Cải cách thủ tục hành chính phù hợp với mô hình chính quyền địa phương 2', 'Bộ Tư pháp', 'Các bộ, ngành', 'Quý II/2026', 'CÔNG BÁO/Số 242/Ngày 22-04-2026', '79', ...head, 'cấp; các quy định, hướng dẫn về hồ sơ', 'đã phân cấp', '4', 'Tăng cường hướng dẫn các địa phương', 'Bộ Nội vụ', 'Các bộ, ngành', 'Năm 2026']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows[1]).toBe('| 3 | Cải cách thủ tục hành chính phù hợp với mô hình chính quyền địa phương 2 cấp; các quy định, hướng dẫn về hồ sơ đã phân cấp | Bộ Tư pháp | Các bộ, ngành | Quý II/2026 |')
    expect(rows[2]).toBe('| 4 | Tăng cường hướng dẫn các địa phương | Bộ Nội vụ | Các bộ, ngành | Năm 2026 |')
  })
  it('what follows the repeated header in capitals is the rest of another column: the cell it carries on ("Các bộ,"), and the table goes on', () => {
    const lines = [...head, '3', 'Rà soát các quy định về đầu tư', 'Bộ Tư pháp', 'Các bộ,', '79', ...head, 'Bộ Tài chính (đối', 'với điều kiện đầu tư)', '4', 'Xây dựng cơ sở dữ liệu', 'Bộ Tư pháp', 'Các bộ, ngành', 'Năm 2026']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows[1]).toBe('| 3 | Rà soát các quy định về đầu tư | Bộ Tư pháp | Các bộ, Bộ Tài chính (đối với điều kiện đầu tư) |  |')
    expect(rows[2]).toBe('| 4 | Xây dựng cơ sở dữ liệu | Bộ Tư pháp | Các bộ, ngành | Năm 2026 |')
  })
  it('a row number with two spaces and its text on one line opens the next row: "13  Xây dựng …"', () => {
    const lines = [...head, '12', 'Rà soát văn bản', 'Bộ Tư pháp', 'Các bộ', 'Tháng 5/2026', '13  Xây dựng, hoàn thiện thể chế về công tác', 'kiểm soát thủ tục hành chính', 'Bộ Tư pháp', 'Các bộ, ngành', 'Tháng 6/2026']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows[2]).toBe('| 13 | Xây dựng, hoàn thiện thể chế về công tác kiểm soát thủ tục hành chính | Bộ Tư pháp | Các bộ, ngành | Tháng 6/2026 |')
  })
})

describe('unflattenTables: labels and cells that wrap', () => {
  it('a header label in capitals cut after its noun or inside a word is one label: "THỜI HẠN" / "HOÀN THÀNH", "CƠ QUAN PHỐI" / "HỢP", "CẤP TRÌNH/" / "PHÊ DUYỆT"', () => {
    const lines = ['TT', 'NHIỆM VỤ', 'CƠ QUAN', 'CHỦ TRÌ', 'CƠ QUAN PHỐI', 'HỢP', 'THỜI HẠN', 'HOÀN THÀNH', 'CẤP TRÌNH/', 'PHÊ DUYỆT', '1', 'Sửa đổi Luật Đất đai', 'Bộ Nông nghiệp và Môi trường', 'Các bộ, cơ quan', 'Quý IV/2026', 'Quốc hội']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows[0]).toBe('| TT | NHIỆM VỤ | CƠ QUAN CHỦ TRÌ | CƠ QUAN PHỐI HỢP | THỜI HẠN HOÀN THÀNH | CẤP TRÌNH/ PHÊ DUYỆT |')
    expect(rows[1]).toBe('| 1 | Sửa đổi Luật Đất đai | Bộ Nông nghiệp và Môi trường | Các bộ, cơ quan | Quý IV/2026 | Quốc hội |')
  })
  const head = ['TT', 'NHIỆM VỤ', 'THỜI HẠN', 'HOÀN THÀNH', 'CƠ QUAN CHỦ TRÌ', 'CƠ QUAN PHỐI HỢP']
  it('a year alone on its line is the time column, not the end of the task text', () => {
    const rows = unflattenTables([...head, '23', 'Luật Dầu khí', '2026', 'Bộ Công Thương', 'Các bộ, cơ quan, địa', 'phương và các đơn vị có', 'liên quan']).filter((l) => l.startsWith('|'))
    expect(rows[1]).toBe('| 23 | Luật Dầu khí | 2026 | Bộ Công Thương | Các bộ, cơ quan, địa phương và các đơn vị có liên quan |')
  })
  it('a cell that numbers its points ("1. Bộ Tài chính …" / "2. Bộ Tư pháp …") is one cell', () => {
    const rows = unflattenTables([...head, '4', 'Thể chế hoá các cơ chế đặc thù', 'Năm 2026', '1. Bộ Tài chính tổng kết,', 'đánh giá (trong Quý II/2026).', '2. Bộ Tư pháp, các bộ, cơ quan', 'tham mưu, đề xuất', 'Các địa phương và cơ', 'quan, đơn vị liên quan']).filter((l) => l.startsWith('|'))
    expect(rows[1]).toBe('| 4 | Thể chế hoá các cơ chế đặc thù | Năm 2026 | 1. Bộ Tài chính tổng kết, đánh giá (trong Quý II/2026). 2. Bộ Tư pháp, các bộ, cơ quan tham mưu, đề xuất | Các địa phương và cơ quan, đơn vị liên quan |')
  })
  it('a body\'s name cut by the cell ("Bộ Công" / "Thương") is whole again; the next row\'s number with one space before its text opens it', () => {
    const h = ['TT', 'NHIỆM VỤ CỤ THỂ', 'CƠ QUAN CHỦ TRÌ', 'CƠ QUAN PHỐI HỢP', 'THỜI HẠN']
    const rows = unflattenTables([...h, '1', 'Hoàn thiện pháp luật trong lĩnh vực thương mại', 'Bộ Công', 'Thương', 'Các bộ, ngành', '2026 - 2030', '2 Hoàn thiện pháp luật trong lĩnh vực tư pháp', 'Bộ Tư pháp', 'Các bộ, ngành', '2026 - 2030']).filter((l) => l.startsWith('|'))
    expect(rows[1]).toBe('| 1 | Hoàn thiện pháp luật trong lĩnh vực thương mại | Bộ Công Thương | Các bộ, ngành | 2026 - 2030 |')
    expect(rows[2]).toBe('| 2 | Hoàn thiện pháp luật trong lĩnh vực tư pháp | Bộ Tư pháp | Các bộ, ngành | 2026 - 2030 |')
  })
})

describe('unflattenTables: the rows after a page break, a group and the next annex', () => {
  const head = ['TT', 'NHIỆM VỤ', 'THỜI HẠN', 'CƠ QUAN CHỦ TRÌ', 'CƠ QUAN PHỐI HỢP']
  it('after the repeated header, the next row\'s number with its text on the same line opens that row', () => {
    const lines = [...head, '102', 'Xây dựng Đề án giáo dục số', '2026', 'Bộ Giáo dục và Đào tạo', 'Các bộ, cơ quan', 'CÔNG BÁO/Số 259/Ngày 30-04-2026', '73', ...head, '103 Xây dựng Đề án ứng dụng trí tuệ nhân tạo', '2026', 'Bộ Khoa học và Công nghệ', 'Các bộ, cơ quan', '104', 'Xây dựng Chương trình đào tạo nhân lực', '2026', 'Bộ Giáo dục và Đào tạo', 'Các địa phương']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows.slice(1)).toEqual([
      '| 102 | Xây dựng Đề án giáo dục số | 2026 | Bộ Giáo dục và Đào tạo | Các bộ, cơ quan |',
      '| 103 | Xây dựng Đề án ứng dụng trí tuệ nhân tạo | 2026 | Bộ Khoa học và Công nghệ | Các bộ, cơ quan |',
      '| 104 | Xây dựng Chương trình đào tạo nhân lực | 2026 | Bộ Giáo dục và Đào tạo | Các địa phương |',
    ])
  })
  it('a group whose first row carries its text on the number\'s line keeps the table open', () => {
    const lines = [...head, '104', 'Xây dựng Chương trình đào tạo nhân lực', '2026', 'Bộ Giáo dục và Đào tạo', 'Các địa phương', 'VII Nhóm nhiệm vụ về phát triển hệ thống kết cấu hạ tầng đồng bộ', '105 Phát triển hạ tầng số, nhất là hạ tầng dữ liệu', '2026', 'Bộ Khoa học và Công nghệ', 'Bộ Công an']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows.slice(2)).toEqual(['| VII | Nhóm nhiệm vụ về phát triển hệ thống kết cấu hạ tầng đồng bộ | | | |', '| 105 | Phát triển hạ tầng số, nhất là hạ tầng dữ liệu | 2026 | Bộ Khoa học và Công nghệ | Bộ Công an |'])
  })
  it('a header of another shape is the next table\'s: its columns are read by its own labels', () => {
    const next = ['TT', 'NHIỆM VỤ CỤ THỂ', 'CƠ QUAN CHỦ TRÌ', 'CƠ QUAN PHỐI HỢP', 'THỜI HẠN', 'CẤP TRÌNH']
    const lines = [...head, '135', 'Luật Quản lý nợ công', '2026', 'Bộ Tài chính', 'Các bộ, cơ quan', 'Phụ lục IV', 'PHÂN CÔNG THỰC HIỆN NHIỆM VỤ', ...next, '1', 'Hoàn thiện pháp luật trong lĩnh vực thương mại', 'Bộ Công Thương', 'Các bộ, ngành', '2026 - 2030', 'Quốc hội']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows).toContain('| TT | NHIỆM VỤ CỤ THỂ | CƠ QUAN CHỦ TRÌ | CƠ QUAN PHỐI HỢP | THỜI HẠN | CẤP TRÌNH |')
    expect(rows[rows.length - 1]).toBe('| 1 | Hoàn thiện pháp luật trong lĩnh vực thương mại | Bộ Công Thương | Các bộ, ngành | 2026 - 2030 | Quốc hội |')
  })
})

describe('unflattenTables: a list of acts to amend, with their drafting body', () => {
  const head = ['STT', 'Các văn bản cần', 'sửa đổi, bổ sung', 'Điều, khoản,', 'điểm cần sửa', 'đổi, bổ sung để', 'phân quyền giải quyết', 'TTHC', 'Điều, khoản,', 'điểm cần sửa', 'đổi để cắt giảm', 'TTHC', 'Cơ quan chủ', 'trì soạn thảo']
  it('an abbreviation alone on a header line ends its label; the act and its provisions are the task, the body wherever it falls the lead', () => {
    const lines = [...head, 'I', 'LUẬT', '1', 'Luật Trồng trọt số', '31/2018/QH14', 'Điều 17;', 'Điều 21', 'Bộ Nông nghiệp và', 'Môi trường', '2', 'Nghị định số 66/2016/NĐ-CP', 'Điều 1; Điều 18; Phụ lục', 'III', 'Bộ Nông nghiệp và Môi trường']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows[0]).toBe('| STT | Các văn bản cần sửa đổi, bổ sung | Điều, khoản, điểm cần sửa đổi, bổ sung để phân quyền giải quyết TTHC | Điều, khoản, điểm cần sửa đổi để cắt giảm TTHC | Cơ quan chủ trì soạn thảo |')
    expect(rows.slice(2)).toEqual([
      '| 1 | Luật Trồng trọt số 31/2018/QH14 Điều 17; Điều 21 |  |  | Bộ Nông nghiệp và Môi trường |',
      '| 2 | Nghị định số 66/2016/NĐ-CP Điều 1; Điều 18; Phụ lục III |  |  | Bộ Nông nghiệp và Môi trường |',
    ])
  })
  it('the next annex\'s title in capitals ends the list, and its "Phụ lục II" line stays out of the last row', () => {
    const lines = [...head, '1', 'Nghị định số 142/2025/NĐ-CP', 'Điểm c khoản 2 Điều 3', 'Bộ Giáo dục và Đào tạo', 'Phụ lục II', 'CẮT GIẢM, PHÂN CẤP, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH', 'A. CẮT GIẢM THỦ TỤC']
    const out = unflattenTables(lines)
    expect(out.filter((l) => l.startsWith('|'))[1]).toBe('| 1 | Nghị định số 142/2025/NĐ-CP Điểm c khoản 2 Điều 3 |  |  | Bộ Giáo dục và Đào tạo |')
    expect(out).toContain('Phụ lục II')
    expect(out).toContain('CẮT GIẢM, PHÂN CẤP, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH')
  })
  it('a header in capitals whose label wraps on "CỦA" and goes on with "CẦN"; "3. Nghị định …" opens its row on one line; "… khoản" / "2 Điều 12" stays in its cell', () => {
    const caps = ['STT', 'CÁC LUẬT, NGHỊ ĐỊNH, QUYẾT ĐỊNH CỦA', 'THỦ TƯỚNG CHÍNH PHỦ, THÔNG TƯ', 'CẨN SỬA ĐỔI, BỔ SUNG', 'ĐIỀU, KHOẢN, ĐIỂM CẦN SỬA ĐỔI,', 'BỔ SUNG, BÃI BỎ', 'CƠ QUAN CHỦ', 'TRÌ SOẠN', 'THẢO']
    const lines = [...caps, 'I', 'NGHỊ ĐỊNH', '1.', 'Nghị định số 288/2025/NĐ-CP ngày 05/11/2025', 'Khoản 2 Điều 7; điểm b khoản 1, khoản', '2 Điều 12', 'Bộ Quốc phòng', '2.', 'Nghị định số 211/2025/NĐ-CP', 'Khoản 4 Điều 6', 'Bộ Quốc phòng', '3. Nghị định số 113/2025/NĐ-CP ngày 03/6/2025', 'Khoản 5 Điều 32', 'Bộ Nội vụ']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows[0]).toBe('| STT | CÁC LUẬT, NGHỊ ĐỊNH, QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ, THÔNG TƯ CẨN SỬA ĐỔI, BỔ SUNG | ĐIỀU, KHOẢN, ĐIỂM CẦN SỬA ĐỔI, BỔ SUNG, BÃI BỎ | CƠ QUAN CHỦ TRÌ SOẠN THẢO |')
    expect(rows.slice(2)).toEqual([
      '| 1 | Nghị định số 288/2025/NĐ-CP ngày 05/11/2025 Khoản 2 Điều 7; điểm b khoản 1, khoản 2 Điều 12 |  | Bộ Quốc phòng |',
      '| 2 | Nghị định số 211/2025/NĐ-CP Khoản 4 Điều 6 |  | Bộ Quốc phòng |',
      '| 3 | Nghị định số 113/2025/NĐ-CP ngày 03/6/2025 Khoản 5 Điều 32 |  | Bộ Nội vụ |',
    ])
  })
  it('"DANH SÁCH" / "VĂN BẢN" is one label; a drafting body named on the first of its rows (a merged cell) drafts the rows after it, up to the next group', () => {
    const lines = ['STT', 'DANH SÁCH', 'VĂN BẢN', 'ĐIỀU, KHOẢN, ĐIỂM CẦN SỬA ĐỔI,', 'BỔ SUNG, BÃI BỎ', 'CƠ QUAN', 'CHỦ TRÌ', 'I', 'DANH SÁCH NGHỊ ĐỊNH', '1.  Nghị', 'định', 'số', '332/2025/NĐ-CP', '- Điều 26', '- Điều 40', 'Bộ Khoa học', 'và', 'Công', 'nghệ', '2.  Nghị định số', '25/2022/NĐ-CP', '- Khoản 4 Điều 1', 'II', 'DANH SÁCH QUYẾT ĐỊNH', '1.  Quyết định số 30/2018/QĐ-TTg', '- Điều 2']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows[0]).toBe('| STT | DANH SÁCH VĂN BẢN | ĐIỀU, KHOẢN, ĐIỂM CẦN SỬA ĐỔI, BỔ SUNG, BÃI BỎ | CƠ QUAN CHỦ TRÌ |')
    expect(rows.filter((r) => /^\| \d/u.test(r))).toEqual([
      '| 1 | Nghị định số 332/2025/NĐ-CP - Điều 26 - Điều 40 |  | Bộ Khoa học và Công nghệ |',
      '| 2 | Nghị định số 25/2022/NĐ-CP - Khoản 4 Điều 1 |  | Bộ Khoa học và Công nghệ |',
      '| 1 | Quyết định số 30/2018/QĐ-TTg - Điều 2 |  |  |',
    ])
  })
  it('a header of many short lines (more than 32) is still one header', () => {
    const wrapped = ['Điều,', 'khoản,', 'điểm cần', 'sửa đổi, bổ', 'sung, bãi bỏ', 'để phân', 'quyền thẩm', 'quyền giải', 'quyết', 'TTHC']
    const lines = ['STT', 'Các văn bản cần', ' sửa đổi, bổ sung', ...wrapped, ...wrapped, ...wrapped, 'Cơ quan chủ trì', 'soạn thảo', 'I', 'LUẬT', '1', 'Luật Chăn nuôi số 32/2018/QH14', 'Khoản 2 Điều 15.', 'Bộ Nông nghiệp', 'và Môi trường']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows[rows.length - 1]).toBe('| 1 | Luật Chăn nuôi số 32/2018/QH14 Khoản 2 Điều 15. |  |  |  | Bộ Nông nghiệp và Môi trường |')
  })
  it('a column headed "Văn bản" alone lists the acts', () => {
    const lines = ['TT', 'Văn bản', 'Điều, khoản, điểm', 'cần sửa đổi, bổ sung,', 'bãi bỏ', 'Cơ quan chủ trì', 'soạn thảo', '1', 'Nghị định số 41/2026/NĐ-CP', 'ngày 25/01/2026 của Chính', 'phủ quy định chi tiết Luật', 'Thủy sản', 'Điều 21; Điều 39', 'Bộ Nông nghiệp', 'và Môi trường']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows).toEqual(['| TT | Văn bản | Điều, khoản, điểm cần sửa đổi, bổ sung, bãi bỏ | Cơ quan chủ trì soạn thảo |', '| 1 | Nghị định số 41/2026/NĐ-CP ngày 25/01/2026 của Chính phủ quy định chi tiết Luật Thủy sản Điều 21; Điều 39 |  | Bộ Nông nghiệp và Môi trường |'])
  })
  it('"Giai đoạn" / "2026 - 2030" is one time cell, so the bodies before it keep their columns', () => {
    const lines = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', '5', 'Sửa đổi, bổ sung quy hoạch hệ thống', 'kho tàng dự trữ quốc gia.', 'Bộ Tài chính', 'Bộ Quốc', 'phòng,', 'các bộ,', 'cơ quan', 'Giai đoạn', '2026 - 2030']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows[1]).toBe('| 5 | Sửa đổi, bổ sung quy hoạch hệ thống kho tàng dự trữ quốc gia. | Bộ Tài chính | Bộ Quốc phòng, các bộ, cơ quan | Giai đoạn 2026 - 2030 |')
  })
})

describe('unflattenTables: names and titles that wrap', () => {
  const header = ['TT', 'NHIỆM VỤ CỤ THỂ', 'CƠ QUAN', 'CHỦ TRÌ', 'CƠ QUAN PHỐI', 'HỢP', 'THỜI HẠN', 'THỰC HIỆN']
  it('a group title in capitals may wrap over more than six lines; its rows follow', () => {
    const title = ['ĐẨY MẠNH XÂY DỰNG VÀ HOÀN THIỆN NHÀ NƯỚC', 'PHÁP QUYỀN XÃ HỘI CHỦ NGHĨA KIẾN TẠO PHÁT', 'TRIỂN, LIÊM CHÍNH, HÀNH ĐỘNG, PHỤC VỤ NHÂN DÂN;', 'NÂNG CAO NĂNG LỰC QUẢN TRỊ XÃ HỘI; KIÊN QUYẾT,', 'KIÊN TRÌ ĐẤU TRANH PHÒNG, CHỐNG THAM NHŨNG,', 'TIÊU CỰC, THỰC HÀNH TIẾT KIỆM, CHỐNG LÃNG PHÍ', ' ', ' ']
    const lines = [...header, '1', 'Rà soát thủ tục hành chính', 'Bộ Tư pháp', 'Các bộ, ngành', '2026', 'X', ...title, '2', 'Tổng rà soát hệ thống văn bản quy phạm pháp luật', 'Bộ Tư pháp', 'Các bộ, ngành', '2026 - 2027']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows).toContain('| 2 | Tổng rà soát hệ thống văn bản quy phạm pháp luật | Bộ Tư pháp | Các bộ, ngành | 2026 - 2027 |')
    expect(rows.some((r) => r.startsWith('| X | ĐẨY MẠNH') && r.includes('CHỐNG LÃNG PHÍ'))).toBe(true)
  })
  it('a group title in lower case wrapped over six lines, its empty cells blank lines after it, is followed by its rows', () => {
    const title = ['Vận động, khuyến khích, tạo điều kiện thuận', 'lợi cho các tổ chức phi chính phủ nước ngoài', 'hoạt động tại Việt Nam vì mục đích hỗ trợ', 'phát triển và viện trợ nhân đạo, tăng cường', 'huy động nguồn lực phục vụ phát triển đất', 'nước', ' ', ' ', ' ', ' ']
    const lines = [...header, '1', 'Rà soát thủ tục hành chính', 'Bộ Tư pháp', 'Các bộ, ngành', '2026', 'IV.', ...title, '1.', 'Mở rộng quan hệ với các tổ chức phi chính phủ nước ngoài.', 'Bộ Ngoại giao', 'Các bộ, ngành', '2026 - 2030']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows.some((r) => r.startsWith('| IV | Vận động') && r.includes('phát triển đất nước'))).toBe(true)
    expect(rows).toContain('| 1 | Mở rộng quan hệ với các tổ chức phi chính phủ nước ngoài. | Bộ Ngoại giao | Các bộ, ngành | 2026 - 2030 |')
  })
  it('a place\'s name cut by the cell\'s width is one name: "Thành phố Hồ" / "Chí Minh", "Việt" / "Nam"', () => {
    const lines = [...header, '1', 'Phát triển Trung tâm tài chính quốc tế', 'Bộ Tài chính,', 'Thành phố Hồ', 'Chí Minh, thành', 'phố Đà Nẵng', 'Ngân hàng Nhà nước Việt', 'Nam, các bộ, ngành', 'Quý II/2026']
    const rows = unflattenTables(lines).filter((l) => l.startsWith('|'))
    expect(rows[1]).toBe('| 1 | Phát triển Trung tâm tài chính quốc tế | Bộ Tài chính, Thành phố Hồ Chí Minh, thành phố Đà Nẵng | Ngân hàng Nhà nước Việt Nam, các bộ, ngành | Quý II/2026 |')
  })
})

describe('unflattenTables: a lead-first table whose body Word merged over several tasks', () => {
  // "STT | Đơn vị | Nhiệm vụ chủ trì | Đơn vị phối hợp | Thời gian hoàn thành": the PDF puts the row's number and its body
  // in the middle of the body's tasks, so the first tasks come before any number
  const header = ['STT', 'Đơn vị', 'Nhiệm vụ chủ trì', 'Đơn vị phối hợp', 'Thời gian', 'hoàn thành']
  it('each task is a row with the body; the tasks above the first number are the first row\'s; "(1) Bộ …" opens the partners', () => {
    const lines = [...header, 'Tham mưu Chính phủ ban hành Nghị định', 'quy định danh mục cơ sở dữ liệu dùng chung', '(1) Bộ Tư pháp', '(2) Văn phòng Chính phủ', 'Quý IV/2026', '1', 'Bộ Khoa học và', 'Công nghệ', 'Ban hành quy chuẩn kỹ thuật về kết nối', 'dữ liệu giữa các cơ quan nhà nước', 'Bộ Công an', 'Quý I/2027', '2', 'UBND thành phố', 'Hà Nội, Thành', 'phố Hồ Chí Minh', 'Bố trí mặt bằng xây dựng trung tâm dữ liệu', 'Bộ Công an', 'Năm 2027', 'Chuẩn bị hạ tầng điện, nước cho trung tâm dữ liệu', '(1) Bộ Công Thương', '(2) Bộ Xây dựng', 'Theo lộ trình thực', 'hiện Đề án']
    const out = unflattenTables(lines)
    expect(out).toHaveLength(lines.length)
    expect(out.filter(Boolean)).toEqual([
      '| STT | Đơn vị | Nhiệm vụ chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |',
      '| 1 | Bộ Khoa học và Công nghệ | Tham mưu Chính phủ ban hành Nghị định quy định danh mục cơ sở dữ liệu dùng chung | (1) Bộ Tư pháp (2) Văn phòng Chính phủ | Quý IV/2026 |',
      '| 1 | Bộ Khoa học và Công nghệ | Ban hành quy chuẩn kỹ thuật về kết nối dữ liệu giữa các cơ quan nhà nước | Bộ Công an | Quý I/2027 |',
      '| 2 | UBND thành phố Hà Nội, Thành phố Hồ Chí Minh | Bố trí mặt bằng xây dựng trung tâm dữ liệu | Bộ Công an | Năm 2027 |',
      '| 2 | UBND thành phố Hà Nội, Thành phố Hồ Chí Minh | Chuẩn bị hạ tầng điện, nước cho trung tâm dữ liệu | (1) Bộ Công Thương (2) Bộ Xây dựng | Theo lộ trình thực hiện Đề án |',
    ])
  })
  it('tasks above a number that never comes are kept, with no body', () => {
    const lines = [...header, 'Tham mưu Chính phủ ban hành Nghị định', 'quy định danh mục cơ sở dữ liệu dùng chung', '(1) Bộ Tư pháp', '(2) Văn phòng Chính phủ', 'Quý IV/2026']
    expect(unflattenTables(lines).filter(Boolean)).toEqual([
      '| STT | Đơn vị | Nhiệm vụ chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |',
      '|  |  | Tham mưu Chính phủ ban hành Nghị định quy định danh mục cơ sở dữ liệu dùng chung | (1) Bộ Tư pháp (2) Văn phòng Chính phủ | Quý IV/2026 |',
    ])
  })
  it('a bare "Đơn vị" beside "Nhiệm vụ chủ trì" is the column that leads; beside "Chỉ tiêu" it is no body', async () => {
    const { tableHeader } = await import('../../src/core/read/tables.js')
    expect(tableHeader(['STT', 'Đơn vị', 'Nhiệm vụ chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'])).toEqual({ text: 2, lead: 1, coordinators: 3, deadline: 4 })
    expect(tableHeader(['STT', 'Chỉ tiêu', 'Đơn vị', 'Kết quả'])).toBeNull()
  })
})
