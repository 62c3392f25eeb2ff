// A schedule laid out by time: the header spans two rows, the time column is merged down, and cells list units.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'

const parse = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.txt' })
const rows = (lines: string[]) => parse(['KẾ HOẠCH', 'Lập quy hoạch', 'II. NỘI DUNG CHI TIẾT', ...lines]).tasks.map((t) => [t.lead.map((l) => l.name), t.coordinators.map((l) => l.name), t.deadline?.end ?? null])

describe('a schedule table', () => {
  it('a second header row under a merged cell ("Thực hiện" / "Đơn vị chủ trì | Đơn vị phối hợp") names the columns', () => {
    expect(rows(['Thời gian | Nội dung công việc | Cơ quan chịu trách nhiệm | Thực hiện', ' |  |  | Đơn vị chủ trì | Đơn vị phối hợp', '12/2026 | Trình Hội đồng thẩm định. | Cơ quan lập quy hoạch | Vụ Pháp chế | Văn phòng Bộ'])).toEqual([[['Vụ Pháp chế'], ['Văn phòng Bộ'], '2026-12-31']])
  })
  it('a time column first: "10-11/2026" is months, and a row with no time of its own shares the one above', () => {
    expect(rows(['Thời gian | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp', '10-11/2026 | Xây dựng khung. | Vụ Pháp chế | Văn phòng Bộ', ' | Lấy ý kiến. | Vụ Pháp chế | Văn phòng Bộ']).map((r) => r[2])).toEqual(['2026-11-30', '2026-11-30'])
  })
  it('a footnote\'s mark after a unit\'s name in its cell ("Vụ Vật liệu xây dựng (*)", "… (1)") is no part of the name', () => {
    expect(rows(['Thời gian | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp', '10/2026 | Lấy ý kiến. | Vụ Vật liệu xây dựng (*) | Văn phòng Bộ (1)']).map((r) => [r[0], r[1]])).toEqual([[['Vụ Vật liệu xây dựng'], ['Văn phòng Bộ']]])
  })
  it('a time column after the number: a sub-row with neither number nor time shares the time of its row, a numbered row does not', () => {
    const head = 'STT | Thời gian | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp'
    expect(rows([head, '9 | 08/09/2026-14/09/2026 | Tuần lễ hội nhập. | Phòng Đào tạo | Các Khoa', ' |  | Buổi định hướng về công tác đào tạo. | Phòng Đào tạo | Các Khoa', '10 |  | Thi phân loại trình độ ngoại ngữ. | Phòng Đào tạo | Các Khoa']).map((r) => r[2])).toEqual(['2026-09-14', '2026-09-14', null])
  })
  it('a time column that is not first: an empty cell is no date', () => {
    expect(rows(['TT | Nội dung công việc | Đơn vị chủ trì | Thời gian', '1 | Xây dựng khung. | Vụ Pháp chế | 11/2026', '2 | Lấy ý kiến. | Vụ Pháp chế | ']).map((r) => r[2])).toEqual(['2026-11-30', null])
  })
  it('each unit a cell lists is named whole ("- Vụ Vật liệu xây dựng; - Vụ Kế hoạch -Tài chính; - Ban quản lý quy hoạch.")', () => {
    const [r] = rows(['TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp', '1 | Xây dựng khung. | Ban Quản lý quy hoạch | - Vụ Vật liệu xây dựng; - Vụ Kế hoạch -Tài chính; - Ban quản lý dự án.'])
    expect(r[0]).toEqual(['Ban Quản lý quy hoạch'])
    expect(r[1]).toEqual(['Vụ Vật liệu xây dựng', 'Vụ Kế hoạch - Tài chính', 'Ban quản lý dự án'])
  })
  it('an item that names two bodies or does something is left to the grammar', () => {
    const [r] = rows(['TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp', '1 | Xây dựng khung. | Văn phòng Chính phủ, Bộ Công an | Ban hành hướng dẫn'])
    expect(r[0]).toEqual(['Văn phòng Chính phủ', 'Bộ Công an'])
    expect(r[1]).toEqual([])
  })
})

describe('a table whose header a copy lost', () => {
  const page = (lines: string[]) => parse(['# Lịch khám nghĩa vụ quân sự 2026 ra sao?', '', 'Ngày 8/9/2025, Ủy ban nhân dân tỉnh Thái Nguyên ban hành Kế hoạch 54/KH-UBND.', '', '|', '|', ...lines]).tasks.map((t) => [t.text, t.lead.map((l) => l.name), t.coordinators.map((l) => l.name), t.deadline?.end ?? null])
  it('numbered rows with a time cell are tasks, each with its deadline ("1 | Khám sức khỏe … | Xong trước ngày 20/12/2025. |")', () => {
    expect(page(['1 | Khám sức khỏe nghĩa vụ quân sự | Xong trước ngày 20/12/2025. |', '2 | Chốt quân số với các đơn vị | Xong trước tuần 4 tháng 01 năm 2026. |', '3 | Giao, nhận quân | Dự kiến từ ngày 04/3/2026 đến ngày 08/3/2026. |'])).toEqual([
      ['Khám sức khỏe nghĩa vụ quân sự', [], [], '2025-12-19'],
      ['Chốt quân số với các đơn vị', [], [], '2026-01-21'],
      ['Giao, nhận quân', [], [], '2026-03-08'],
    ])
  })
  it('a long time cell whose first sentence is the time, then a note, is still the time ("Dự kiến từ … đến ngày 06/3/2026 (nhằm …). Thời gian … theo Quyết định …")', () => {
    expect(page(['8 | Tổ chức Hội trại tổng quân và Lễ giao nhận quân | Dự kiến từ ngày 03/3/2026 đến ngày 06/3/2026 (nhằm ngày 15 tháng Giêng năm Bính Ngọ đến ngày 18 tháng Giêng năm Bính Ngọ). Thời gian giao quân cụ thể thực hiện theo Quyết định của Tư lệnh Quân khu 9 |'])).toEqual([
      ['Tổ chức Hội trại tổng quân và Lễ giao nhận quân', [], [], '2026-03-06'],
    ])
  })
  it('a cell of names alone leads, the next one coordinates, a bare year is the time ("39 | … | Bộ Tài chính | Bộ Y tế, các bộ, ngành | Đề án | 2026 |")', () => {
    expect(page(['39 | Khuyến khích phát triển các loại hình bảo hiểm sức khỏe | Bộ Tài chính | Bộ Y tế, các bộ, ngành liên quan | Báo cáo kết quả | 2026 |'])).toEqual([['Khuyến khích phát triển các loại hình bảo hiểm sức khỏe', ['Bộ Tài chính'], ['Bộ Y tế', 'các bộ, ngành liên quan'], '2026-12-31']])
  })
  it('not the rows of a table whose header names no task (a scorecard), nor a scan\'s line a stray bar cuts', () => {
    expect(page(['| STT | Chỉ tiêu | Đơn vị | Giá trị | Cơ quan theo dõi |', '|---|---|---|---|---|', '| 12 | Tỉ lệ giao dịch không dùng tiền mặt | % | ≥ 80 | Ngân hàng Nhà nước |'])).toEqual([])
    expect(page(['1. | Xây dựng Báo cáo Logistics Việt Nam Bộ Công Thương | phương và hiệp hội'])).toEqual([])
  })
})


describe('a cell that names no body by the lexicon or the grammar', () => {
  const cells = (lines: string[]) => parse(['KẾ HOẠCH', 'Tổ chức năm học', 'I. LỊCH CÔNG VIỆC', ...lines]).tasks.map((t) => [...t.lead, ...t.coordinators].map((l) => [l.name, l.generic]))
  it('"Các Khoa" is a collective; a phrase of manner ("Theo kế hoạch của Khoa") is no body', () => {
    expect(cells(['| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp |', '| --- | --- | --- | --- |', '| 1 | Xây dựng thời khóa biểu | Phòng Đào tạo | Các Khoa |'])).toEqual([[['Phòng Đào tạo', false], ['Các Khoa', true]]])
    expect(cells(['| STT | Nội dung công việc | Số lần thực hiện |', '| --- | --- | --- |', '| 1 | Tư vấn đăng ký học phần cho sinh viên | Theo kế hoạch của Khoa |'])).toEqual([[]])
  })
})
