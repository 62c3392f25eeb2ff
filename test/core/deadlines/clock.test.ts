// Times of day before a date (src/core/deadlines/clock.ts): read, and set aside for the date.
import { describe, expect, it } from 'vitest'
import { findDeadlines, readDeadline } from '../../../src/core/deadlines/index.js'

describe('times of day', () => {
  it.each([
    ["trước 11h00' ngày 15/10/2025", null, '2025-10-15'],
    ['trước 15h00 ngày 14 tháng 10 năm 2025', null, '2025-10-14'],
    ['chậm nhất trước 16 giờ ngày 20/10/2025', null, '2025-10-20'],
    ['20 giờ 15 phút ngày 3/10/2025', '2025-10-03', '2025-10-03'],
    ['vào lúc 8h30 sáng ngày 5/11/2025', '2025-11-05', '2025-11-05'],
    ['Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23 tháng 1 năm 2026', '2026-01-23', '2026-01-23'],
  ])('%s → %s … %s: "trước" a time of a day ends on that day', (phrase, start, end) => {
    expect(readDeadline(phrase, { today: '2025-10-01' })).toMatchObject({ start, end })
  })

  it('"từ" one time of a day is a start with no end, as "từ ngày …" is; "từ" a span of two times is that day', () => {
    expect(readDeadline('Áp dụng từ 15 giờ 00 ngày 20 tháng 11 năm 2025', { today: '2025-10-01' })).toMatchObject({ start: '2025-11-20', end: null })
    expect(readDeadline("từ 15 giờ 00' ngày 20/11/2025", { today: '2025-10-01' })).toMatchObject({ start: '2025-11-20', end: null })
    expect(readDeadline('từ 8h00 đến 11h00 ngày 15/12/2026', { today: '2025-10-01' })).toMatchObject({ start: '2026-12-15', end: '2026-12-15' })
  })

  it('a time of day alone is no date, and a recurring one stays recurring', () => {
    expect(readDeadline('trước 16 giờ', { today: '2025-10-01' }).kind).toBe('none')
    expect(findDeadlines('Trước 16 giờ hằng tuần báo cáo kết quả.', { today: '2025-10-01' }).map((m) => [m.kind, m.recurrence])).toEqual([['recurring', 'weekly']])
  })

  it('in running text: "gửi về Bộ trước 15h00 ngày 14 tháng 10 năm 2025" ends on the 14th', () => {
    const [m] = findDeadlines('Tổng hợp báo cáo cho năm học 2025-2026 gửi về Bộ Giáo dục và Đào tạo trước 15h00 ngày 14 tháng 10 năm 2025;')
    expect(m).toMatchObject({ text: 'trước 15h00 ngày 14 tháng 10 năm 2025', end: '2025-10-14' })
  })
})
