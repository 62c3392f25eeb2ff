// A letterhead laid out as a small table unfolds into the left-beside-right lines text files have.
import { describe, expect, it } from 'vitest'
import { unfoldLayoutRows } from '../../src/core/read/layout.js'
import { parseRead } from '../../src/core/parse.js'
import { tableHeader, readRow } from '../../src/core/read/tables.js'

describe('unfoldLayoutRows', () => {
  it('a lone two-column row of paragraphs becomes one line per paragraph, left TAB right', () => {
    expect(unfoldLayoutRows(['ỦY BAN NHÂN DÂN / TỈNH BÌNH AN / Số: 12/UBND-VX\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc', 'Kính gửi: Sở Y tế'])).toEqual([
      'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH BÌNH AN\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 12/UBND-VX',
      'Kính gửi: Sở Y tế',
    ])
  })
  it('rows of a task table stay rows', () => {
    const rows = ['STT\tNhiệm vụ\tChủ trì', '1\tRà soát / báo cáo\tSở Tư pháp']
    expect(unfoldLayoutRows(rows)).toEqual(rows)
  })
})

describe('a Word document: one paragraph per line', () => {
  it('paragraphs are never joined as wrapped lines, so the subject line does not swallow "Kính gửi"', () => {
    const d = parseRead({
      format: 'docx',
      markdown: false,
      notes: [],
      lines: ['ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH BÌNH AN\tĐộc lập - Tự do - Hạnh phúc', 'V/v triển khai công tác cải cách', 'thủ tục hành chính', 'Kính gửi: Sở Tư pháp', '1. Giao Sở Tư pháp:', 'a) Kiểm soát chặt chẽ việc đánh giá tác động thủ tục hành chính.'],
    })
    expect(d.meta.kind).toBe('cong-van')
    expect(d.format).toBe('docx')
  })
})

describe('a name wrapped over two paragraphs of a narrow cell', () => {
  it('a unit head alone joins the words after it', () => {
    const cols = tableHeader(['STT', 'Tên dự án', 'Cơ quan chủ trì thẩm tra', 'Cơ quan tham gia thẩm tra', 'Tiến độ'])!
    expect(cols).toMatchObject({ text: 1, lead: 2, coordinators: 3, deadline: 4 })
    expect(readRow(['1', 'Luật Nhà ở (sửa đổi)', 'Ủy ban / Kinh tế và Tài chính', 'Sở Tư pháp / Sở Nội vụ', 'Tháng 3/2026'], cols)).toMatchObject({ lead: 'Ủy ban Kinh tế và Tài chính', coordinators: 'Sở Tư pháp / Sở Nội vụ' })
  })
})
