// A plan split into phases ("Các giai đoạn thực hiện"): the items are work, and an item with no time of its own is due
// when its phase ends.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'

const parse = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.txt' })

describe('phases of a plan', () => {
  const doc = parse([
    'QUYẾT ĐỊNH',
    'VII. CÁC GIAI ĐOẠN THỰC HIỆN',
    '1. Giai đoạn 1 từ năm 2023 đến hết năm 2025',
    '- Nghiên cứu đề xuất sửa đổi văn bản quy phạm pháp luật.',
    '- Trình phê duyệt quy chế vận hành trong quý II/2024.',
    '2. Giai đoạn 2 từ năm 2026 đến hết năm 2028',
    '- Mở rộng kho dữ liệu về con người.',
  ])
  it('"Các giai đoạn thực hiện" holds tasks', () => {
    expect(doc.sections[0]).toMatchObject({ title: 'CÁC GIAI ĐOẠN THỰC HIỆN', role: 'tasks' })
    expect(doc.tasks).toHaveLength(3)
  })
  it('an item takes its phase\'s end, unless it says its own time', () => {
    expect(doc.tasks.map((t) => t.deadline?.end ?? null)).toEqual(['2025-12-31', '2024-06-30', '2028-12-31'])
    expect(doc.tasks[0].deadline?.span?.start.line).toBe(3)
  })
  it('a heading that is no phase gives its items no end', () => {
    const other = parse(['KẾ HOẠCH', 'II. NHIỆM VỤ NĂM 2026', '- Rà soát quy hoạch cán bộ.'])
    expect(other.tasks[0].deadline).toBeNull()
  })
})
