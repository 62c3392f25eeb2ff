// A plan copied without the marks of its items: a bullet line heads paragraphs of work, each of which is an item.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'

const tasks = (lines: string[], file = 'inline.txt') => parseDocument(lines.join('\n'), { file }).tasks.map((t) => t.text)

describe('paragraphs of work under a bullet line', () => {
  const plan = ['ỦY BAN NHÂN DÂN TỈNH BÌNH AN', 'Số: 12/KH-UBND', 'KẾ HOẠCH', 'Tổ chức cho trẻ mẫu giáo làm quen tiếng Anh', '', 'Cụ thể, các hoạt động của kế hoạch như sau:', '', '- Tập huấn, bồi dưỡng, nâng cao năng lực cho đội ngũ', '']
  it('in a plan, each paragraph under the bullet that opens with an action is a task', () => {
    const t = tasks([...plan, 'Tổ chức Hội thảo chia sẻ mô hình hiệu quả về cơ sở vật chất.', '', 'Phát huy vai trò của Cụm chuyên môn trong chia sẻ kinh nghiệm.', ''])
    expect(t.some((x) => x.startsWith('Tổ chức Hội thảo chia sẻ'))).toBe(true)
    expect(t.some((x) => x.startsWith('Phát huy vai trò của Cụm'))).toBe(true)
  })
  it('not under a numbered heading, which heads a part and not an item ("2.2. Văn hóa" / "Phát triển văn hóa số là đòn bẩy …")', () => {
    const t = tasks(['ỦY BAN NHÂN DÂN TỈNH BÌNH AN', 'Số: 12/KH-UBND', 'KẾ HOẠCH', 'Chuyển đổi số năm 2026', '', '2.2. Văn hóa', '', 'Phát triển văn hóa số là đòn bẩy phát triển công nghiệp văn hóa của tỉnh.', ''])
    expect(t.some((x) => x.startsWith('Phát triển văn hóa số'))).toBe(false)
  })
  it('not in a text that does not assign (a report\'s bullet over its paragraphs)', () => {
    const t = tasks(['ỦY BAN NHÂN DÂN TỈNH BÌNH AN', 'Số: 12/BC-UBND', 'BÁO CÁO', 'Kết quả năm 2026', '', '- Tập huấn, bồi dưỡng cho đội ngũ', '', 'Tổ chức Hội thảo chia sẻ mô hình hiệu quả về cơ sở vật chất.', ''])
    expect(t.some((x) => x.startsWith('Tổ chức Hội thảo chia sẻ'))).toBe(false)
  })
})
