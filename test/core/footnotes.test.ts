// A PDF's footnotes, left by the converter in the middle of the body text, are blanked, line numbers kept
// (read/footnotes.ts).
import { describe, expect, it } from 'vitest'
import { withoutFootnotes } from '../../src/core/read/footnotes.js'
import { parseDocument } from '../../src/core/parse.js'

const notesOf = (lines: string[]) => withoutFootnotes(lines).lines

describe('withoutFootnotes', () => {
  it('blanks a note that cites an act whose number is glued as a mark above it, and the lines its text runs on over', () => {
    const page = [
      'Theo quy định tại khoản 6 Điều 14 Nghị định số 105/2025/NĐ-CP2, cơ quan đăng kiểm kiểm tra',
      'điều kiện an toàn; Luật số 42/2024/QH151 ngày 29/6/2024 quy định thẩm quyền cấp phép.',
      '1 Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2024/QH15 ngày 29/6/2024',
      '2 Nghị định số 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ quy định chi tiết một số điều',
      '',
      'và biện pháp thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ.',
      'có quy định cụ thể về hạng mục kiểm tra.',
    ]
    const out = notesOf(page)
    expect(out).toHaveLength(page.length)
    expect(out.slice(0, 2)).toEqual(page.slice(0, 2))
    expect(out.slice(2, 6)).toEqual(['', '', '', ''])
    // (the body goes on after the note has ended its sentence)
    expect(out[6]).toBe(page[6])
  })
  it('a note that says where an act lays something down is one too', () => {
    const page = ['theo quy định tại Điều 7 Luật Địa chất và Khoáng sản năm 20243.', '3 Được hướng dẫn tại Thông tư số 24/2025/TT-BCT ngày 13/5/2025 của Bộ Công Thương.']
    expect(notesOf(page)).toEqual([page[0], ''])
  })
  it('keeps a number that ends a reference wrapped over the line ("… khoản / 2 Điều 11 Nghị định …")', () => {
    const page = ['Thực hiện theo quy định tại khoản', '2 Nghị định số 79/2023/NĐ-CP2 quy định chi tiết.']
    expect(notesOf(page)).toBe(page)
  })
  it('keeps a line whose number no mark above points at, and a numbered item', () => {
    const noMark = ['Sở Tư pháp rà soát các văn bản.', '2 Nghị định số 79/2023/NĐ-CP quy định chi tiết.']
    expect(notesOf(noMark)).toBe(noMark)
    const item = ['Bộ Tài chính theo Nghị định số 09/2026/NĐ-CP2,', '2. Nghị định số 79/2023/NĐ-CP được sửa đổi.']
    expect(notesOf(item)).toBe(item)
  })
  it('a note that quotes a provision by its number ("1 6. Hoạt động …") at the end of a page is one, with no mark seen', () => {
    const page = ['(theo đúng quy định tại Khoản 61 Điều 78 Luật Điện lực).', '', '  1 6. Hoạt động thăm dò, khai thác cát, sỏi trong lòng hồ thủy điện', '', 'phải bảo đảm an toàn cho đập.', '      2', '', '2. Các nội dung cần lưu ý:']
    expect(notesOf(page)).toEqual([page[0], '', '', '', '', page[5], '', page[7]])
  })
  it('keeps a row of a table that ends a page (its number then a task)', () => {
    const rows = ['| Sở Tư pháp |', '7 Xây dựng Đề án về chỉ số đánh giá năm 2026', '      2']
    expect(notesOf(rows)).toBe(rows)
  })
  it('keeps a row of a table (its number then a task, not a citation)', () => {
    const rows = ['Nghị quyết số 140/NQ-CP2', '2 Xây dựng Nghị định số 79/2023/NĐ-CP sửa đổi Bộ Tư pháp Quý IV/2026']
    expect(notesOf(rows)).toBe(rows)
  })
})

describe('a page\'s footnotes in a parsed text', () => {
  const text = [
    'Ủy ban nhân dân tỉnh Bình An đề nghị Bộ Xây dựng:',
    '- Nghiên cứu, sửa đổi Thông tư số 47/2024/TT-BGTVT1 của Bộ Xây dựng cho',
    '1 Thông tư số 47/2024/TT-BGTVT ngày 15/11/2024 của Bộ trưởng Bộ Giao thông vận tải quy định trình tự',
    '',
    'kiểm định xe cơ giới.',
    'phù hợp với quy định về phòng cháy trong năm 2026.',
    '- Chỉ đạo Cục Đăng kiểm Việt Nam ban hành hướng dẫn trước ngày 30/6/2026.',
  ].join('\n')
  it('are no tasks, and the item they cut goes on after them, as after a page number', () => {
    const tasks = parseDocument(text, {}).tasks
    expect(tasks.map((t) => t.text)).toEqual([
      'Nghiên cứu, sửa đổi Thông tư số 47/2024/TT-BGTVT1 của Bộ Xây dựng cho phù hợp với quy định về phòng cháy trong năm 2026.',
      'Chỉ đạo Cục Đăng kiểm Việt Nam ban hành hướng dẫn trước ngày 30/6/2026.',
    ])
    expect(tasks[0].deadline?.end).toBe('2026-12-31')
  })
})
