// Rules of one time phrase (src/core/deadlines/phrase.ts), read whole with readDeadline. Written against the mutants
// Stryker left alive (npm run mutation): each test fails when its rule is switched off.
import { describe, expect, it } from 'vitest'
import { findDeadlines, readDeadline } from '../../../src/core/deadlines/index.js'

const today = '2024-06-15'

describe('phrase: đầu / giữa / cuối cut a period in three', () => {
  it('đầu / giữa tháng are days 1–10 and 11–20; giữa năm is its two middle quarters', () => {
    expect(readDeadline('đầu tháng 3/2026', { today })).toMatchObject({ kind: 'period', start: '2026-03-01', end: '2026-03-10' })
    expect(readDeadline('giữa tháng 3/2026', { today })).toMatchObject({ kind: 'period', start: '2026-03-11', end: '2026-03-20' })
    expect(readDeadline('giữa năm 2026', { today })).toMatchObject({ kind: 'period', start: '2026-04-01', end: '2026-09-30' })
  })

  it('a part of a period relative to today stays relative', () => {
    expect(readDeadline('cuối năm nay', { today })).toMatchObject({ kind: 'relative', start: '2024-10-01', end: '2024-12-31' })
  })
})

describe('phrase: ranges', () => {
  it('"từ tháng 11 đến tháng 2/2025": a yearless start after the end falls in the year before', () => {
    expect(readDeadline('từ tháng 11 đến tháng 2/2025', { today })).toMatchObject({ kind: 'range', start: '2024-11-01', end: '2025-02-28' })
  })

  it('"năm 2026 đến ngày 15 tháng 5 năm 2026" is "as of", not a range: its ends are not the same kind of period', () => {
    expect(readDeadline('năm 2026 đến ngày 15 tháng 5 năm 2026', { today })).toMatchObject({ kind: 'period', start: '2026-01-01', end: '2026-12-31' })
  })
})

describe('phrase: a period opened by "từ"', () => {
  it('"giai đoạn từ năm 2013" names a start and no end; with "đến" or a dash it is a range', () => {
    expect(readDeadline('trong giai đoạn từ năm 2013', { today })).toMatchObject({ kind: 'open-start', start: '2013-01-01', end: null })
    expect(readDeadline('thời kỳ từ năm 2021', { today })).toMatchObject({ kind: 'open-start', start: '2021-01-01', end: null })
    expect(readDeadline('giai đoạn từ năm 2013 đến năm 2015', { today })).toMatchObject({ kind: 'range', start: '2013-01-01', end: '2015-12-31' })
    expect(readDeadline('giai đoạn từ 2013 - 2015', { today })).toMatchObject({ kind: 'range', end: '2015-12-31' })
  })

  it('the start leaves the task its own time: "… trong giai đoạn từ năm 2013, trình Thủ tướng Chính phủ trong quý II năm 2012"', () => {
    const all = findDeadlines('xây dựng Đề án để tập trung đầu tư trong giai đoạn từ năm 2013, trình Thủ tướng Chính phủ trong quý II năm 2012', { today: '2012-03-01' })
    expect(all.map((m) => [m.kind, m.end])).toEqual([['open-start', null], ['period', '2012-06-30']])
  })
})

describe('phrase: a first time, then on and on', () => {
  // Open, not recurring (issue 14 asked for recurring): "các năm tiếp theo" extends a period, it names no cycle; the
  // contract reads "giai đoạn 2026-2030 và những năm tiếp theo" as an open period (ANNOTATION.md, "Dates that are not
  // deadlines"), and the same words after one year are the same kind. Only "hằng năm" / "hằng quý" names a cycle.
  it('"năm 2026 và các năm tiếp theo", "từ năm 2026 và các năm tiếp theo" start in 2026, have no end and do not recur', () => {
    expect(readDeadline('năm 2026 và các năm tiếp theo', { today })).toMatchObject({ kind: 'open-start', recurrence: null, start: '2026-01-01', end: null })
    expect(readDeadline('từ năm 2026 và các năm tiếp theo', { today })).toMatchObject({ kind: 'open-start', recurrence: null, start: '2026-01-01', end: null })
    expect(readDeadline('từ năm 2026 và hằng năm', { today })).toMatchObject({ kind: 'recurring', recurrence: 'yearly', start: '2026-01-01', end: null })
  })

  it('"Từ năm 2013 đến năm 2020 và tiếp theo": a period that goes on past its end has none; not "và tiếp theo đó …"', () => {
    expect(readDeadline('Từ năm 2013 đến năm 2020 và tiếp theo.', { today })).toMatchObject({ kind: 'open-start', start: '2013-01-01', end: null })
    expect(readDeadline('Quý IV/2013 và tiếp theo', { today })).toMatchObject({ kind: 'open-start', start: '2013-10-01', end: null })
    expect(findDeadlines('Hoàn thành trong năm 2025 và tiếp theo đó triển khai thí điểm.', { year: 2025 }).map((m) => m.end)).toEqual(['2025-12-31'])
  })

  it('"trước ngày 31/01 năm liền kề", "ngày 31/12 năm trước liền kề": a day of the year next to each round\'s, so every year', () => {
    expect(readDeadline('Trước ngày 31/01 năm liền kề', { today })).toMatchObject({ kind: 'recurring', recurrence: 'yearly', end: null })
    expect(findDeadlines('Ban hành kế hoạch chậm nhất là ngày 31/12 năm trước liền kề và tổ chức mở lớp.', { year: 2025 }).map((m) => [m.kind, m.end])).toEqual([['recurring', null]])
    expect(findDeadlines('nộp trước ngày 15 tháng 02 của năm liền kề sau năm báo cáo', { year: 2025 }).map((m) => m.end)).toEqual([null])
    // a day with its year is not a cycle
    expect(readDeadline('Trước ngày 31/01/2026', { today })).toMatchObject({ kind: 'limit', end: '2026-01-30' })
  })

  it('"Tháng 12/2025 và hằng năm" starts in December 2025 and comes back every year', () => {
    expect(readDeadline('Tháng 12/2025 và hằng năm', { today })).toMatchObject({ kind: 'recurring', recurrence: 'yearly', start: '2025-12-01', end: null })
  })

  it('a first time and then the work on and on, its verb between: "Tháng 11, 12/2013 và kiện toàn thường xuyên", "… và bổ sung, sửa đổi hàng năm"', () => {
    expect(readDeadline('Tháng 11, 12/2013 và kiện toàn thường xuyên', { today })).toMatchObject({ kind: 'recurring', recurrence: 'ongoing', start: '2013-11-01', end: null })
    expect(readDeadline('Tháng 11, 12/2013 và bổ sung, sửa đổi hàng năm', { today })).toMatchObject({ kind: 'recurring', recurrence: 'yearly', end: null })
  })

  it('after "hoàn thành" or "thực hiện" the first time ends the work, and what goes on after it does not take its end away', () => {
    expect(findDeadlines('Hoàn thành trong giai đoạn 2026 - 2027 và vận hành thường xuyên, liên tục', { today })[0]).toMatchObject({ end: '2027-12-31', recurrence: null })
    expect(findDeadlines('Thực hiện trong giai đoạn 2026 - 2030 và vận hành thường xuyên', { today })[0]).toMatchObject({ end: '2030-12-31', recurrence: null })
  })
  it('a first time, then every week ("trước ngày 03/12/2025 và tại các báo cáo định kỳ hằng tuần") has no end and recurs weekly', () => {
    expect(readDeadline('trước ngày 03/12/2025 và tại các báo cáo định kỳ hằng tuần', { today })).toMatchObject({ end: null, kind: 'recurring', recurrence: 'weekly' })
    expect(readDeadline('trước ngày 03/12/2025, sau đó định kỳ hằng tuần', { today })).toMatchObject({ end: null, recurrence: 'weekly' })
    expect(readDeadline('trước ngày 03/12/2025', { today })).toMatchObject({ end: '2025-12-02', recurrence: null })
  })
})
