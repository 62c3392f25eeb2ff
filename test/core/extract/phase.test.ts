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

describe('a numbered heading that sets its items\' horizon ("từ nay đến …")', () => {
  it('"2. Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027": an item with no time of its own ends then; one with its own keeps it', () => {
    const doc = parse(['KẾT LUẬN', '1. Về kết quả', 'Đã đạt nhiều kết quả nổi bật.', '2. Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027', '(1) Văn phòng Trung ương Đảng tăng cường thông tin chiến lược.', '(2) Các văn phòng hoàn thành số hoá tài liệu lưu trữ trong năm 2026.'])
    expect(doc.tasks.map((t) => t.deadline?.end ?? null)).toEqual(['2027-06-30', '2026-12-31'])
  })
  it('a sentence that says how little time is left ("Từ nay đến hết năm 2025 chỉ còn gần 2 tháng, …:") sets none', () => {
    const doc = parse(['CÔNG ĐIỆN', 'Từ nay đến hết năm 2025 chỉ còn gần 2 tháng, Thủ tướng Chính phủ yêu cầu:', '1. Bộ Xây dựng đôn đốc các chủ đầu tư đẩy nhanh tiến độ.'])
    expect(doc.tasks.find((t) => t.text.startsWith('Bộ Xây dựng'))?.deadline ?? null).toBeNull()
  })
})
