// A news article that quotes the law: the duties it quotes are the law's, not tasks the article reports.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'

const tasks = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.md' }).tasks.map((t) => t.text)

describe('a news article that quotes the law', () => {
  const head = ['# Thủ tướng yêu cầu khắc phục hậu quả mưa lũ', '', 'Ngày 30/11/2025, Thủ tướng Chính phủ ban hành Công điện 234/CĐ-TTg về khắc phục hậu quả mưa lũ.', '', 'Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh khẩn trương thực hiện các nội dung sau:', '', '- Tổ chức sửa chữa nhà ở cho các hộ bị thiệt hại, hoàn thành trước ngày 31/12/2025.', '']
  it('what a provision says, to the next headline, assigns nothing; the telegram\'s own items stay tasks', () => {
    const t = tasks([...head, '**Hoạt động khắc phục hậu quả thiên tai được quy định như thế nào?**', '', 'Hoạt động khắc phục hậu quả thiên tai được quy định tại Điều 30 Luật Phòng, chống thiên tai 2013 như sau:', '', '- Tổ chức tìm kiếm cứu nạn, cứu trợ người dân;', '', '- Bộ, cơ quan ngang bộ có trách nhiệm chủ động khắc phục hậu quả thiên tai.', '', '## Thủ tướng giao Bộ Tài chính bố trí kinh phí', '', '- Bộ Tài chính bố trí kinh phí hỗ trợ các tỉnh trong tháng 12/2025.'])
    expect(t.some((x) => x.startsWith('Tổ chức sửa chữa nhà ở'))).toBe(true)
    expect(t.some((x) => x.startsWith('Tổ chức tìm kiếm cứu nạn'))).toBe(false)
    expect(t.some((x) => x.startsWith('Bộ, cơ quan ngang bộ'))).toBe(false)
    // the next headline ends the quotation
    expect(t.some((x) => x.startsWith('Bộ Tài chính bố trí kinh phí'))).toBe(true)
  })
  it('a plan that cites a provision before its own items is not a quotation', () => {
    const t = parseDocument(['KẾ HOẠCH', 'Thực hiện công tác phòng, chống thiên tai', 'Theo quy định tại Điều 30 Luật Phòng, chống thiên tai, Ủy ban nhân dân tỉnh giao nhiệm vụ như sau:', '1. Sở Nông nghiệp và Môi trường chủ trì tổ chức tìm kiếm cứu nạn.'].join('\n'), { file: 'inline.txt' }).tasks
    expect(t.map((x) => x.text)).toContain('Sở Nông nghiệp và Môi trường chủ trì tổ chức tìm kiếm cứu nạn.')
  })
})
