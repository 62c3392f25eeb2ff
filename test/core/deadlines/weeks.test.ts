// Weeks and days named by their place in a month or quarter (src/core/deadlines/weeks.ts).
import { describe, expect, it } from 'vitest'
import { findDeadlines, readDeadline } from '../../../src/core/deadlines/index.js'

const today = '2025-10-01'

describe('weeks of a month', () => {
  it.each([
    ['tuần đầu tháng 12/2025', '2025-12-01', '2025-12-07'],
    ['tuần đầu tiên của tháng 12 năm 2025', '2025-12-01', '2025-12-07'],
    ['tuần cuối tháng 12/2025', '2025-12-25', '2025-12-31'],
    ['tuần cuối cùng của tháng 2/2026', '2026-02-22', '2026-02-28'],
    ['tuần thứ 2 của tháng 12/2025', '2025-12-08', '2025-12-14'],
    ['tuần thứ ba tháng 3/2026', '2026-03-15', '2026-03-21'],
    ['tuần thứ 5 của tháng 3/2026', '2026-03-29', '2026-03-31'],
    ['tuần đầu tháng sau', '2025-11-01', '2025-11-07'],
    ['tuần 1 tháng 01 năm 2026', '2026-01-01', '2026-01-07'],
    ['Dự kiến tuần 3 tháng 01/2026', '2026-01-15', '2026-01-21'],
  ])('%s → %s … %s', (phrase, start, end) => {
    expect(readDeadline(phrase, { today })).toMatchObject({ start, end })
  })

  it('"trước tuần 2 tháng 01/2026": before the week\'s first day, the number alone as a schedule writes it', () => {
    expect(readDeadline('Xong trước tuần 2 tháng 01/2026.', { today }).end).toBe('2026-01-07')
  })

  it('a yearless month takes the year of the context', () => {
    expect(readDeadline('trước tuần cuối tháng 12', { today }).end).toBe('2025-12-24')
  })

  it('a fifth week that the month does not have is impossible', () => {
    expect(readDeadline('tuần thứ 5 của tháng 2/2026', { today })).toMatchObject({ end: null, invalid: expect.stringContaining('no week 5') })
  })
})

describe('"trong tuần": the week around today', () => {
  it('as a whole phrase, and after a word that asks for a deadline', () => {
    expect(readDeadline('trong tuần', { today })).toMatchObject({ kind: 'relative', start: '2025-09-29', end: '2025-10-05' })
    expect(findDeadlines('Yêu cầu hoàn thành trong tuần.', { today }).map((m) => m.end)).toEqual(['2025-10-05'])
    expect(findDeadlines('Triển khai ngay trong tuần.', { today }).map((m) => m.end)).toEqual(['2025-10-05'])
  })

  it('not where it only says when something happened: "những nội dung doanh nghiệp phản ánh trong tuần"', () => {
    expect(findDeadlines('báo cáo kết quả và những nội dung doanh nghiệp phản ánh trong tuần.', { today })).toEqual([])
  })
})

describe('days named by their place in a quarter or a year', () => {
  it('"ngày 20 của tháng cuối quý" with no quarter named comes back every quarter', () => {
    expect(readDeadline('ngày 20 của tháng cuối quý', { today })).toMatchObject({ kind: 'recurring', recurrence: 'quarterly', end: null })
    expect(readDeadline('trước ngày 15 tháng cuối mỗi quý', { today })).toMatchObject({ kind: 'recurring', recurrence: 'quarterly' })
    expect(readDeadline('ngày 10 tháng đầu năm', { today })).toMatchObject({ kind: 'recurring', recurrence: 'yearly' })
  })

  it('with the quarter or year named, it is that day', () => {
    expect(readDeadline('trước ngày 20 của tháng cuối quý IV/2025', { today }).end).toBe('2025-12-19')
    expect(readDeadline('ngày 15 tháng đầu năm 2026', { today }).end).toBe('2026-01-15')
    expect(readDeadline('chậm nhất ngày 20 tháng cuối quý này', { today }).end).toBe('2025-12-20')
  })
})
