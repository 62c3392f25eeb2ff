// The header of a task table is found by its words; a numbered row that happens to hold those words is data.
import { describe, expect, it } from 'vitest'
import { tableHeader } from '../../src/core/read/tables.js'

describe('tableHeader', () => {
  it('reads the columns of a header row by their words', () => {
    expect(tableHeader(['STT', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện'])).toEqual({ text: 1, lead: 4, coordinators: 5, deadline: 3 })
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
  })
})
