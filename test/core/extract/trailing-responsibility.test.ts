// A Party programme names who answers for a group of items after them: "Trách nhiệm chỉ đạo thực hiện: X; Y." under
// the items of a point leads each of them, as "Cơ quan thực hiện: X" does. Provincial Party committees that a reform
// named after a list ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh") are one body each.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'

const parse = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.txt' })

describe('a line of responsibility after the items', () => {
  const doc = parse([
    'CHƯƠNG TRÌNH HÀNH ĐỘNG',
    'III. NHIỆM VỤ VÀ GIẢI PHÁP',
    '3.1. Đẩy mạnh tuyên truyền, nâng cao nhận thức',
    '- Đổi mới công tác tuyên truyền, phổ biến pháp luật về bảo vệ môi trường theo hướng số hóa.',
    '- Nhân rộng các mô hình phân loại chất thải tại nguồn trong cộng đồng dân cư.',
    'Trách nhiệm chỉ đạo thực hiện: Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh; Đảng ủy Ủy ban nhân dân tỉnh; các cấp ủy, tổ chức đảng.',
    '3.2. Nâng cao hiệu lực quản lý nhà nước',
    '- Rà soát, ban hành đồng bộ các quy định về quản lý chất thải rắn sinh hoạt.',
    'Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.',
  ])
  const leads = (start: string) => doc.tasks.find((t) => t.text.startsWith(start))?.lead.map((l) => l.name)

  it('leads every item of its point above it, and is no task itself', () => {
    expect(leads('Đổi mới công tác')).toEqual(['Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh', 'Đảng ủy Ủy ban nhân dân tỉnh', 'các cấp ủy, tổ chức đảng'])
    expect(leads('Nhân rộng')).toEqual(leads('Đổi mới công tác'))
    expect(leads('Rà soát, ban hành')).toEqual(['Đảng ủy Ủy ban nhân dân tỉnh'])
    expect(doc.tasks.some((t) => t.text.startsWith('Trách nhiệm'))).toBe(false)
  })
})

describe('labelled fields that say more of the role', () => {
  it('"Đơn vị chủ trì tham mưu thực hiện:" leads and "Đơn vị phối hợp thực hiện:" coordinates the item above', () => {
    const doc = parse([
      'KẾ HOẠCH',
      'II. NHIỆM VỤ',
      '- Ra mắt trợ lý pháp luật số hỗ trợ cán bộ, công chức trên địa bàn tỉnh.',
      'Đơn vị chủ trì tham mưu thực hiện: Sở Khoa học và Công nghệ.',
      'Đơn vị phối hợp thực hiện: Sở Tư pháp.',
      'Thời gian thực hiện: Tháng 12/2026.',
    ])
    expect(doc.tasks.map((t) => [t.lead.map((l) => l.name), t.coordinators.map((c) => c.name), t.deadline?.end])).toEqual([[['Sở Khoa học và Công nghệ'], ['Sở Tư pháp'], '2026-12-31']])
  })
})
