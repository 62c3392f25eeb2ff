// The header of a task table is found by its words; a numbered row that happens to hold those words is data.
import { describe, expect, it } from 'vitest'
import { readRow, tableHeader } from '../../src/core/read/tables.js'
import { parseDocument } from '../../src/core/parse.js'

describe('tableHeader', () => {
  it('"Tên chương trình, đề án" names the tasks\' column', () => {
    expect(tableHeader(['STT', 'Tên chương trình, đề án', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời gian thực hiện'])).toEqual({ text: 1, lead: 2, coordinators: 3, deadline: 5 })
  })
  it('the column that names the tasks outranks one that groups them; the first that names them wins', () => {
    expect(tableHeader(['STT', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thuộc nhóm nhiệm vụ, hành động', 'Nội dung nhiệm vụ', 'Chỉ tiêu đạt được', 'Thời hạn hoàn thành'])?.text).toBe(4)
    expect(tableHeader(['STT', 'Tên dự án, nhiệm vụ', 'Nội dung chính', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Tình trạng', 'Thời gian thực hiện'])?.text).toBe(1)
  })
  it('a row whose cells hold bulleted items is data, though its words name columns', () => {
    expect(tableHeader(['', '', '', '', '- Giám sát công tác vận hành hệ thống quan trắc.', '- Hệ thống hoạt động ổn định.', 'Thực hiện thường xuyên'])).toBeNull()
  })
  it('a week\'s calendar ("Ngày | Thời gian | Nội dung | Lãnh đạo chủ trì"): the day column, not the hour, is the rows\' time', () => {
    expect(tableHeader(['Ngày', 'Thời gian', 'Nội dung', 'Lãnh đạo chủ trì/tham dự', 'Địa điểm'])).toEqual({ text: 2, lead: 3, coordinators: -1, deadline: 0 })
    expect(tableHeader(['Thứ, ngày', 'Giờ', 'Nội dung công việc', 'Chủ trì'])?.deadline).toBe(0)
    expect(readRow(['Thứ 2 (23/11/2026)', '08h00', 'Họp giao ban tuần', 'Đ/c Hòa'], { text: 2, lead: 3, coordinators: -1, deadline: 0 })?.deadline).toBe('Thứ 2 (23/11/2026)')
  })
  it('a group\'s title a converter repeated across its merged row is no task', () => {
    expect(readRow(['II', 'Tăng cường hạ tầng', 'Tăng cường hạ tầng', 'Tăng cường hạ tầng'], { text: 1, lead: 2, coordinators: 3, deadline: -1 })).toBeNull()
  })
  it('reads the columns of a header row by their words', () => {
    expect(tableHeader(['STT', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện'])).toEqual({ text: 1, lead: 4, coordinators: 5, deadline: 3 })
  })

  it('"Bộ phụ trách tiếp nhận, xử lý", "Cơ quan đầu mối": the column of whoever a row is given to; "Thông tin đề xuất" is the rows\' text', () => {
    expect(tableHeader(['TT', 'Tỉnh kiến nghị', 'Thông tin đề xuất', 'Bộ phụ trách tiếp nhận, xử lý'])).toEqual({ text: 2, lead: 3, coordinators: -1, deadline: -1 })
    expect(tableHeader(['STT', 'Nhiệm vụ', 'Cơ quan đầu mối', 'Thời hạn'])).toEqual({ text: 1, lead: 2, coordinators: -1, deadline: 3 })
  })

  it('a numbered row is never a header, even when its cells say "công việc" and "thực hiện"', () => {
    const row = ['5', 'Tiếp tục sử dụng hệ thống phần mềm trong giải quyết công việc', 'Báo cáo kết quả', 'Báo cáo định kỳ; thực hiện hằng năm', 'Các sở, ban, ngành', 'Sở Khoa học và Công nghệ']
    expect(tableHeader(row)).toBeNull()
    expect(tableHeader(['II', ...row.slice(1)])).toBeNull()
  })

  it('a cell as long as a sentence is content, not a column label', () => {
    const long = 'Nội dung công việc cần triển khai trong năm kế hoạch bao gồm rà soát, đánh giá và báo cáo kết quả'
    expect(tableHeader(['', long, 'Cơ quan chủ trì', 'Phối hợp'])).toBeNull()
    expect(tableHeader(['TT', 'Nội dung', 'Cơ quan chủ trì', 'Phối hợp'])).not.toBeNull()
    // the column of provisions "… bãi bỏ để thực hiện phân quyền …" is not the one that names who acts
    expect(tableHeader(['STT', 'Các văn bản cần sửa đổi, bổ sung', 'Điều, khoản, điểm cần sửa đổi, bãi bỏ để thực hiện phân quyền', 'Cơ quan chủ trì soạn thảo'])?.lead).toBe(3)
    // a label in capitals may be longer: no row's sentence is written so
    expect(tableHeader(['STT', 'CÁC LUẬT, NGHỊ ĐỊNH, QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ, THÔNG TƯ CẦN SỬA ĐỔI, BỔ SUNG', 'ĐIỀU, KHOẢN, ĐIỂM', 'CƠ QUAN CHỦ TRÌ SOẠN THẢO'])).not.toBeNull()
  })
})

describe('tableHeader: a column of targets', () => {
  it('"Chỉ tiêu" beside a lead column is the rows\' text: the targets are assigned', () => {
    expect(tableHeader(['TT', 'Chỉ tiêu', 'Chủ trì'])).toMatchObject({ text: 1, lead: 2 })
  })
  it('a scorecard that gives each target its unit ("Đơn vị", "ĐVT") states goals: no task table', () => {
    expect(tableHeader(['TT', 'Chỉ tiêu', 'Đơn vị', 'Kết quả', 'Cơ quan chủ trì'])).toBeNull()
    expect(tableHeader(['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2030', 'Cơ quan chủ trì'])).toBeNull()
  })
  it('a column of tasks still wins over one of targets', () => {
    expect(tableHeader(['TT', 'Chỉ tiêu', 'Nhiệm vụ', 'Chủ trì'])).toMatchObject({ text: 2, lead: 3 })
  })
})

describe('readRow', () => {
  const cols = { text: 1, lead: 2, coordinators: 3, deadline: 5 }
  it('a group numbered in Roman or by a capital letter, naming no body, is no task even when a cell above spilt into it', () => {
    expect(readRow(['**IV.**', 'Phát triển, trọng dụng nhân lực chất lượng cao', '', '', '', 'năm tiếp theo'], cols)).toBeNull()
    expect(readRow(['B', 'Phát triển kinh tế số', '', '', '', ''], cols)).toBeNull()
  })
  it('a numbered row with its lead is a task, and a group row that names a body is read as a row', () => {
    expect(readRow(['1.', 'Xây dựng Đề án', 'Bộ Nội vụ', '', '', '6/2025'], cols)?.lead).toBe('Bộ Nội vụ')
    expect(readRow(['II', 'Rà soát thể chế', 'Bộ Tư pháp', '', '', ''], cols)?.lead).toBe('Bộ Tư pháp')
  })
})

describe('a row task says where its text stands', () => {
  it('at the text cell, not at the row\'s number', () => {
    const text = ['KẾ HOẠCH', 'Triển khai Đề án', '', '| TT | Tên nhiệm vụ | Thời gian thực hiện | Cơ quan chủ trì | Cơ quan phối hợp |', '| --- | --- | --- | --- | --- |', '| 2 | Thiết lập hệ thống kiểm kê khí nhà kính | 2012-2014 | Bộ Tài nguyên và Môi trường | Bộ Tài chính |'].join('\n')
    const t = parseDocument(text, { file: 't.md' }).tasks.find((x) => x.text.startsWith('Thiết lập'))!
    expect(t.span.start).toEqual({ line: 6, column: 7 })
    expect(t.span.end).toEqual({ line: 6, column: 7 + 'Thiết lập hệ thống kiểm kê khí nhà kính'.length })
  })
  it('a row put back from cells stacked one per line reads on into its lead, as the flattened text does; a pipe row does not', () => {
    const stacked = ['KẾ HOẠCH', '', 'TT', 'Nhiệm vụ', 'Cơ quan', 'chủ trì', 'Cơ quan', 'phối hợp', 'Thời gian', '1.', 'Xây dựng cơ sở dữ liệu', 'dùng chung của tỉnh.', 'Sở Khoa học', 'và Công nghệ', 'Sở Tài chính', 'Quý II/2026'].join('\n')
    expect(parseDocument(stacked, { file: 't.txt' }).tasks.map((x) => x.text)).toEqual(['Xây dựng cơ sở dữ liệu dùng chung của tỉnh. Sở Khoa học và Công nghệ'])
    const piped = ['KẾ HOẠCH', '', '| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |', '| --- | --- | --- | --- | --- |', '| 1 | Xây dựng cơ sở dữ liệu dùng chung của tỉnh. | Sở Khoa học và Công nghệ | Sở Tài chính | Quý II/2026 |'].join('\n')
    expect(parseDocument(piped, { file: 't.md' }).tasks.map((x) => x.text)).toEqual(['Xây dựng cơ sở dữ liệu dùng chung của tỉnh.'])
  })
})

describe('tableHeader: a column that only groups the rows', () => {
  it('"Nhóm hoạt động" before "Hoạt động": the rows\' text is the activity, not its group', () => {
    const cols = tableHeader(['TT', 'Nhóm hoạt động', 'Hoạt động', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'])
    expect(cols?.text).toBe(2)
    expect(tableHeader(['TT', 'Nhóm nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'])?.text).toBe(1)
  })
})

describe('a schedule\'s table: "Thời gian thực hiện | Nội dung công việc | Đơn vị đầu mối | Đơn vị phối hợp"', () => {
  const header = ['TT', 'Thời gian thực hiện', 'Nội dung công việc', 'Đơn vị đầu mối', 'Đơn vị phối hợp']
  it('the column that says when is never the one that names who, though it says "thực hiện"', () => {
    expect(tableHeader(header)).toEqual({ text: 2, lead: 3, coordinators: 4, deadline: 1 })
  })
  it('a numbered row with a time of its own is a task though no body is named; a break ("Nghỉ Tết") is none', () => {
    const cols = tableHeader(header)!
    expect(readRow(['16', '25/07/2026 - 31/08/2026', 'Tổ chức học và thi học kỳ hè', '', ''], cols)?.text).toBe('Tổ chức học và thi học kỳ hè')
    expect(readRow(['9', '09/02/2026-22/02/2026', 'Nghỉ Tết Nguyên đán', '', ''], cols)).toBeNull()
    // a group's row, numbered in the time column's place, stays a group
    expect(readRow(['', '', 'Học kỳ 1', '', ''], cols)).toBeNull()
  })
})

describe('a meeting\'s agenda: "Thời gian | Nội dung | Chủ trì" with a time of day in each row', () => {
  const cols = tableHeader(['Thời gian', 'Nội dung', 'Chủ trì'])!
  it('a row whose time is an hour, or a span of two, is who speaks when: no task', () => {
    expect(readRow(['07h45 - 8h00', 'Tiếp đón đại biểu', 'Bộ Công an'], cols)).toBeNull()
    expect(readRow(['8 giờ 40 - 9 giờ 30', 'Thảo luận tại hội nghị', 'Chủ tịch UBND tỉnh'], cols)).toBeNull()
    expect(readRow(['**10h30**', 'Thủ tướng Chính phủ phát biểu chỉ đạo', 'Văn phòng Chính phủ'], cols)).toBeNull()
  })
  it('an hour on a day is a deadline: the row is a task', () => {
    expect(readRow(['17h00 ngày 15/3/2027', 'Hoàn thiện báo cáo sơ kết quý I', 'Sở Khoa học và Công nghệ'], cols)?.text).toBe('Hoàn thiện báo cáo sơ kết quý I')
  })
})

describe('a cell that lists bodies', () => {
  it('a unit\'s name stops before a body the lexicon knows: "Ban Quản lý Khu kinh tế, Sở Công Thương" is two bodies', () => {
    const text = ['KẾ HOẠCH', 'Chuyển đổi số', '', '| TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |', '| --- | --- | --- | --- | --- |', '| 8 | Xây dựng kế hoạch triển khai hạ tầng 5G | Sở KH&CN | Ban Quản lý Khu kinh tế, Sở Công Thương, các doanh nghiệp viễn thông | Quý IV-2026 |'].join('\n')
    const t = parseDocument(text, { file: 't.md' }).tasks.find((x) => x.text.startsWith('Xây dựng'))!
    expect(t.coordinators.filter((c) => !c.generic).map((c) => c.name)).toEqual(['Ban Quản lý Khu kinh tế', 'Sở Công Thương'])
  })
})

describe('a body a cell sends the work to', () => {
  const md = [
    '# KẾ HOẠCH',
    '',
    '| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |',
    '| --- | --- | --- | --- | --- |',
    '| 1 | Xây dựng báo cáo chuyên đề về cơ chế, chính sách | Bộ Tài chính | Bộ Tư pháp; kết quả được trình Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật | Quý IV/2026 |',
    '| 2 | Xây dựng giá dịch vụ y tế mới | Bộ Y tế trình Chính phủ | Bộ Tài chính | Năm 2027 |',
  ].join('\n')
  it('"… được trình X", "Y trình X": X is the recipient, neither a partner nor a lead', () => {
    const [a, b] = parseDocument(md, { markdown: true }).tasks
    expect(a.coordinators.map((c) => c.name)).toEqual(['Bộ Tư pháp'])
    expect(b.lead.map((c) => c.name)).toEqual(['Bộ Y tế'])
  })
})
