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
