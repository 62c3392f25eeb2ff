// A deadline given to an annex: the item that sends work to "Phụ lục II" dates the rows of that annex's table.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/core/parse.js'

const parse = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.txt' })

const ARTICLE = ['NGHỊ QUYẾT', 'Điều 1. Tổ chức thi hành', '1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ:', 'a) Trình cơ quan có thẩm quyền ban hành văn bản quy phạm pháp luật theo Phụ lục II ban hành kèm theo Nghị quyết này, bảo đảm có hiệu lực trước ngày 01 tháng 3 năm 2027.', 'TM. CHÍNH PHỦ', 'THỦ TƯỚNG', 'Nguyễn Văn An']
const TABLE = ['| STT | Các văn bản cần sửa đổi, bổ sung | Điều, khoản, điểm cần sửa đổi | Cơ quan chủ trì soạn thảo |', '| 1 | Nghị định số 288/2025/NĐ-CP | Khoản 2 Điều 7 | Bộ Quốc phòng |', '| 2 | Nghị định số 113/2025/NĐ-CP | Khoản 5 Điều 32 | Bộ Nội vụ |']

describe('deadlinesByAnnex', () => {
  it('the rows of the annex an item dates are due when it says, and say where the date came from', () => {
    const doc = parse([...ARTICLE, 'Phụ lục I', 'CẮT GIẢM THỦ TỤC HÀNH CHÍNH', 'Phụ lục II', 'DANH MỤC VĂN BẢN ĐƯỢC ĐỀ XUẤT SỬA ĐỔI, BỔ SUNG', ...TABLE])
    const rows = doc.tasks.filter((t) => t.source === 'table-row')
    expect(rows.map((t) => [t.text.slice(0, 27), t.lead.map((l) => l.name), t.deadline?.end])).toEqual([
      ['Nghị định số 288/2025/NĐ-CP', ['Bộ Quốc phòng'], '2027-02-28'],
      ['Nghị định số 113/2025/NĐ-CP', ['Bộ Nội vụ'], '2027-02-28'],
    ])
    expect(rows[0].deadline?.span?.start.line).toBe(4)
    expect(rows[0].deadline?.notes?.map((n) => n.code)).toContain('annex-deadline')
  })

  it('the rows of another annex, or of an annex no item dates, keep no deadline', () => {
    const doc = parse([...ARTICLE, 'Phụ lục III', 'DANH MỤC VĂN BẢN', ...TABLE])
    expect(doc.tasks.filter((t) => t.source === 'table-row').map((t) => t.deadline)).toEqual([null, null])
  })
})
