// A sentence with no subject of its own continues the one before it: its body acts.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'
import { words } from '../../words.js'

const parse = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.txt' })
const leads = (lines: string[]) => parse(lines).tasks.map((t) => [words(t).slice(0, 20), t.lead.map((l) => l.name)])

describe('a later sentence with no subject of its own', () => {
  const head = ['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'Số: 134/KH-UBND', 'Lào Cai, ngày 05 tháng 6 năm 2026', 'KẾ HOẠCH', 'Phát triển các khu công nghiệp', 'II. NHIỆM VỤ']
  it('in a paragraph under an item, is led by the body the first sentence names', () => {
    expect(leads([...head, '5. Thực hiện Đề án chuyển khu công nghiệp A sang khu công nghiệp sinh thái.', 'Ban Quản lý Khu kinh tế chủ trì, phối hợp với Sở Xây dựng thực hiện Đề án chuyển đổi khu công nghiệp A. Xây dựng phương án giá dịch vụ vận hành hạ tầng khu công nghiệp A, hoàn thành trong năm 2026.'])).toEqual([
      ['Thực hiện Đề án chuy', []],
      ['Ban Quản lý Khu kinh', ['Ban Quản lý Khu kinh tế']],
      ['Xây dựng phương án g', ['Ban Quản lý Khu kinh tế']],
    ])
  })
  it('but a later sentence that names its own body keeps it', () => {
    expect(leads([...head, '5. Thực hiện Đề án chuyển khu công nghiệp A sang khu công nghiệp sinh thái.', 'Ban Quản lý Khu kinh tế chủ trì thực hiện Đề án chuyển đổi khu công nghiệp A. Sở Tài chính xây dựng phương án giá dịch vụ, hoàn thành trong năm 2026.']).slice(1)).toEqual([
      ['Ban Quản lý Khu kinh', ['Ban Quản lý Khu kinh tế']],
      ['Sở Tài chính xây dựn', ['Sở Tài chính']],
    ])
  })
})

describe('a later sentence that only sends the result up', () => {
  const letter = ['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'Số: 8129/UBND-KT', 'Lào Cai, ngày 10 tháng 8 năm 2026', 'Kính gửi: Sở Nông nghiệp và Môi trường.', '']
  it('is led by the body the sentence before assigned', () => {
    expect(
      leads([...letter, 'Chủ tịch Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng tổ chức xác minh, làm rõ việc lấn chiếm đất. Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 30/8/2026.']),
    ).toEqual([
      ['Chủ tịch Ủy ban nhân', ['Sở Nông nghiệp và Môi trường']],
      ['Báo cáo kết quả thực', ['Sở Nông nghiệp và Môi trường']],
    ])
  })
})
