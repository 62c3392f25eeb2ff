// Time phrases as real documents of 2025–2026 write them (../shared/corpus/real: OCR'd Công điện, Quyết định with
// annex tables, provincial plans), verbatim, damage included, with the end the contract gives them. Read against
// 2025-10-01, the date of most of those documents.
import { describe, expect, it } from 'vitest'
import { readDeadline } from '../../../src/core/deadlines/index.js'

// [phrase, end]
const PHRASES: Array<[string, string | null]> = [
  ['trước ngày 10 tháng 10 tháng 2025', '2025-10-09'],
  ['trước 15h00 ngày 15 tháng 10 năm 2025', '2025-10-15'],
  ['năm học 2025-2026 gửi về Bộ Giáo dục và Đào tạo trước 15h00 ngày 14 tháng 10 năm 2025', '2025-10-14'],
  ['trước 15 tháng 11 nắm 2025', '2025-11-14'],
  ['đảm bảo hoàn thành trong quý [V/2025', '2025-12-31'],
  ['Kê hoạch phát triên mỏ Cá Voi Xanh trong thang 10 nam 2025', '2025-10-31'],
  ['hoàn thành trong ngày 05 tháng 10 năm 2025', '2025-10-05'],
  ['trước 01 tháng 3 năm 2027', '2027-02-28'],
  ['đến hết ngày 28 tháng 02 năm 2027', '2027-02-28'],
  ['Quý II/2026', '2026-06-30'],
  ['quý II năm 2026', '2026-06-30'],
  ['Tháng 12/2026', '2026-12-31'],
  ['Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23 tháng 1 năm 2026', '2026-01-23'],
  ['2025 và những năm tiếp theo', null],
  ['2026 và các năm tiếp theo', null],
  ['giai đoạn 2026 - 2030 và hằng năm', null],
  ['giai đoạn 2026-2030 và những năm tiếp theo', null],
  ['2026 và hằng năm', null],
  ['Tháng 12/2025 và hằng năm', null],
  ['định kỳ hằng Quý và hằng năm báo cáo', null],
  ['Trước 16 giờ hằng tuần báo cáo kết quả', null],
  ['Định kỳ hằng tháng', null],
  ['Thường xuyên', null],
  ['Trong thời hạn 10 ngày làm việc, kể từ ngày nhận được hồ sơ đề nghị cấp', null],
  ['trong vòng 90 ngày kể từ ngày ban hành Thông báo', null],
  ['chậm nhất 30 ngày kể từ ngày ký Biên bản hợp tác với Sở Giao', null],
  ['theo chỉ đạo tại Thông báo sô 484/TB- VPCP ngay 15 thang 9 năm 2025', null],
  ['thực hiện từ 01/7/2025', null],
  ['hoàn thành trước Tết Nguyên đán Bính Ngọ 2026', '2026-02-16'],
  ['trước Tết Nguyên đán Bính Ngọ', '2026-02-16'],
  ['trước Tết', '2026-02-16'],
  ['tuần đầu tháng 12/2025', '2025-12-07'],
  ['trong 30 ngày kể từ ngày ký', '2025-10-31'],
  ['trong 05 ngày làm việc kể từ ngày ban hành Kế hoạch này', '2025-10-08'],
  ['ngày 20 của tháng cuối quý', null],
]

describe('real phrases of 2025–2026', () => {
  it.each(PHRASES)('%s → %s', (phrase, end) => {
    expect(readDeadline(phrase, { today: '2025-10-01' }).end).toBe(end)
  })

  it('read with a score of at least 0.95', () => {
    const right = PHRASES.filter(([p, end]) => readDeadline(p, { today: '2025-10-01' }).end === end).length
    expect(right / PHRASES.length).toBeGreaterThanOrEqual(0.95)
  })
})
