// Festivals and dates of the lunar calendar (src/core/deadlines/festivals.ts), read whole with readDeadline.
import { describe, expect, it } from 'vitest'
import { findDeadlines, readDeadline } from '../../../src/core/deadlines/index.js'

const today = '2025-10-01'

describe('festivals: Tết named by its year, its can-chi name, or the context', () => {
  it.each([
    ['Tết Nguyên đán 2026', '2026-02-17'],
    ['Tết Nguyên đán năm 2025', '2025-01-29'],
    ['Tết Bính Ngọ', '2026-02-17'],
    ['Tết Nguyên đán Bính Ngọ năm 2026', '2026-02-17'],
    ['Tết Âm lịch', '2026-02-17'],
    ['dịp Tết cổ truyền', '2026-02-17'],
    ['Tết', '2026-02-17'],
  ])('%s → %s', (phrase, day) => {
    expect(readDeadline(phrase, { today })).toMatchObject({ kind: 'date', start: day, end: day })
  })

  it('without today, a yearless Tết takes the context year', () => {
    expect(readDeadline('trước Tết', { year: 2027 }).end).toBe('2027-02-05')
    expect(readDeadline('trước Tết')).toMatchObject({ start: null, end: null })
  })

  it('a written year wins over a can-chi name that disagrees, with a note', () => {
    const r = readDeadline('trước Tết Ất Tỵ 2026', { today })
    expect(r.end).toBe('2026-02-16')
    expect(r.notes?.map((n) => n.code)).toEqual(['year-mismatch'])
  })

  // (a blind reader of a commune's conclusion read "từ nay đến Tết Nguyên đán Bính Ngọ 2026" as "trước Tết", 2026-02-16:
  // Tết is a holiday, and work set "up to" it is done before it; this once ended on Tết itself)
  it('"đến Tết" ends the day before Tết, "sau Tết" starts the day after it', () => {
    expect(readDeadline('đến Tết Nguyên đán 2026', { today })).toMatchObject({ kind: 'limit', end: '2026-02-16' })
    expect(readDeadline('sau Tết Nguyên đán 2026', { today })).toMatchObject({ kind: 'open-start', start: '2026-02-18', end: null })
  })

  it('Tết Dương lịch is 1 January; Tết trồng cây is no day', () => {
    expect(readDeadline('trước Tết Dương lịch 2026', { today }).end).toBe('2025-12-31')
    expect(readDeadline('trước Tết trồng cây', { today })).toMatchObject({ kind: 'none', end: null })
  })
})

describe('festivals: the other lunar days', () => {
  it.each([
    ['Rằm tháng Giêng năm 2026', '2026-03-03'],
    ['trước Rằm tháng Giêng', '2026-03-02'],
    ['Tết Trung thu năm 2025', '2025-10-06'],
    ['trước Tết Trung thu', '2025-10-05'],
    ['Giỗ Tổ Hùng Vương năm 2026', '2026-04-26'],
    ['ngày 15 tháng 8 âm lịch', '2025-10-06'],
    ['ngày 15 tháng 8 năm 2025 âm lịch', '2025-10-06'],
    ['mùng 10/3 (âm lịch) năm 2026', '2026-04-26'],
    ['rằm tháng 10', '2025-12-04'],
    ['ngày 23 tháng Chạp năm Ất Tỵ', '2026-02-10'],
    ['trước mùng 4 Tết Bính Ngọ', '2026-02-19'],
  ])('%s → %s', (phrase, end) => {
    expect(readDeadline(phrase, { today }).end).toBe(end)
  })

  it('a lunar day that does not exist is impossible: Ất Tỵ has no 30 Tết', () => {
    expect(readDeadline('ngày 30 tháng Chạp năm Ất Tỵ', { today })).toMatchObject({ end: null, invalid: expect.stringContaining('ất tỵ') })
  })

  it('"ngày 15 tháng 8 năm 2025" without "âm lịch" stays a solar day', () => {
    expect(readDeadline('ngày 15 tháng 8 năm 2025', { today }).end).toBe('2025-08-15')
  })

  it('comes back every year when it says so', () => {
    expect(readDeadline('vào ngày 10 tháng 3 âm lịch hằng năm', { today })).toMatchObject({ kind: 'recurring', recurrence: 'yearly', end: null })
  })
})

describe('festivals in running text', () => {
  it('need a cue word: "trước", "đến", "trong dịp"…', () => {
    expect(findDeadlines('Tổ chức thăm hỏi, tặng quà trong dịp Tết Nguyên đán.', { today }).map((m) => [m.text, m.end])).toEqual([['trong dịp Tết Nguyên đán', '2026-02-17']])
    expect(findDeadlines('Các gia đình vui Xuân đón Tết an toàn.', { today })).toEqual([])
  })

  it('"trước, trong và sau Tết" names a time around Tết, not an end', () => {
    expect(findDeadlines('Bảo đảm an ninh trật tự trước, trong và sau Tết Nguyên đán Bính Ngọ 2026.', { today }).map((m) => m.end)).toEqual([null])
  })
})

describe('Tết as the limit of a span ("đến Tết")', () => {
  it('"từ nay đến Tết", "đến Tết" end the day before Tết, as "trước Tết"; "đến hết Tết" takes it in', () => {
    expect(readDeadline('từ nay đến Tết Nguyên đán Bính Ngọ 2026', { today }).end).toBe('2026-02-16')
    expect(readDeadline('đến Tết Nguyên đán 2026', { today }).end).toBe('2026-02-16')
    expect(readDeadline('đến hết Tết Nguyên đán 2026', { today }).end).toBe('2026-02-17')
    // (any other day after "đến" is the last one)
    expect(readDeadline('từ nay đến ngày 15/02/2026', { today }).end).toBe('2026-02-15')
  })
})
