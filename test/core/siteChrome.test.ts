// A legal site's banner and trailer around a saved act are blanked, line numbers kept (read/siteChrome.ts).
import { describe, expect, it } from 'vitest'
import { withoutSiteChrome } from '../../src/core/read/siteChrome.js'

const page = [
  'Bản dịch này thuộc quyền sở hữu của **',
  'THƯ VIỆN PHÁP LUẬT**. Mọi hành vi sao chép là vi phạm pháp luật.',
  'Click vào phần bôi vàng để xem chi tiết.',
  'Đang tải văn bản...',
  '**Số hiệu:**',
  '|',
  '12/BC-UBND',
  '1. Sở Tài chính chủ trì rà soát.',
  'Công văn 12/BC-UBND năm 2025 về rà soát do Ủy ban nhân dân tỉnh Bình An ban hành',
  'Văn bản này chưa cập nhật nội dung Tiếng Anh',
  '## Văn bản liên quan',
  'Hỗ trợ: (028) 3930.3279',
]

describe('withoutSiteChrome', () => {
  it('blanks the banner up to "Đang tải văn bản...", and the trailer from the site\'s summary of the act on', () => {
    const out = withoutSiteChrome(page)
    expect(out).toHaveLength(page.length)
    expect(out.slice(0, 4).every((l) => l === '')).toBe(true)
    expect(out.slice(4, 8)).toEqual(page.slice(4, 8))
    expect(out.slice(8).every((l) => l === '')).toBe(true)
  })
  it('a question page\'s closing invitation ("Quý khách cần hỏi thêm thông tin …") starts a trailer', () => {
    const qa = ['# Toàn văn Công văn 512/UBND-KT ra sao?', '- Sở Tài chính bố trí kinh phí.', 'Quý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.']
    expect(withoutSiteChrome(qa)).toEqual([qa[0], qa[1], ''])
  })
  it('blanks a picture\'s caption ("… ? (Hình từ Internet)*"), whatever the page, and keeps other brackets', () => {
    const news = ['Thủ tướng yêu cầu các bộ rà soát.', '*Khẩn trương rà soát, báo cáo dự án tồn đọng kéo dài (Hình từ Internet) *', '(Ảnh minh họa)', 'Sở Tài chính chủ trì (Phụ lục kèm theo)']
    expect(withoutSiteChrome(news)).toEqual([news[0], '', '', news[3]])
  })
  it('leaves a text alone that does not come from such a site', () => {
    const act = ['KẾ HOẠCH', 'Đang tải văn bản...', '1. Sở Tài chính chủ trì rà soát.']
    expect(withoutSiteChrome(act)).toBe(act)
  })
})
