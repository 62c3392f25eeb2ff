// Dates damaged by OCR (src/core/deadlines/repair.ts): mended where only one reading is possible, with a note.
import { describe, expect, it } from 'vitest'
import { findDeadlines, readDeadline } from '../../../src/core/deadlines/index.js'
import { repairDates } from '../../../src/core/deadlines/repair.js'

const codes = (r: { notes?: Array<{ code: string }> }) => r.notes?.map((n) => n.code) ?? []

describe('repair: mended dates', () => {
  it.each([
    ['quý [V/2025', '2025-10-01', '2025-12-31'],
    ['quý lV năm 2025', '2025-10-01', '2025-12-31'],
    ['quý 1V/2026', '2026-10-01', '2026-12-31'],
    ['tháng 10 tháng 2025', '2025-10-01', '2025-10-31'],
    ['nắm 2025', '2025-01-01', '2025-12-31'],
    ['trong thang 10 nam 2025', '2025-10-01', '2025-10-31'],
    ['ngay 15 thang 10 nam 2025', '2025-10-15', '2025-10-15'],
    ['trong tháng 3 nǎm 2026', '2026-03-01', '2026-03-31'],
  ])('%s → %s … %s', (phrase, start, end) => {
    const r = readDeadline(phrase)
    expect(r).toMatchObject({ start, end })
    if (!phrase.includes('ǎ')) expect(codes(r)).toContain('date-repaired')
  })

  it('"trước ngày 10 tháng 10 tháng 2025" is the day before 10 October 2025, and says what it assumed', () => {
    const r = readDeadline('trước ngày 10 tháng 10 tháng 2025')
    expect(r.end).toBe('2025-10-09')
    expect(r.notes?.[0].message).toMatch(/"tháng" as "năm"/)
  })

  it('keeps offsets: a mend never changes the length of the text', () => {
    const s = 'hoàn thành trong quý [V/2025. PVN trình phê duyệt trong thang 10 nam 2025.'
    expect(repairDates(s).low).toHaveLength(s.length)
    expect(findDeadlines(s).map((m) => [m.text, m.end])).toEqual([
      ['trong quý [V/2025', '2025-12-31'],
      ['trong thang 10 nam 2025', '2025-10-31'],
    ])
  })

  it('leaves alone what is not a damaged date: "Việt Nam 2030", "thang điểm 10", "quý 1/2025"', () => {
    expect(repairDates('chiến lược phát triển việt nam 2030').repairs).toEqual([])
    expect(repairDates('áp dụng thang điểm 10 và thang 10 điểm').repairs).toEqual([])
    expect(repairDates('quý 1/2025, quý iv/2025').repairs).toEqual([])
  })
})

describe('repair: dates too damaged to mend', () => {
  it('give no end and a deadline-unreadable note, not the whole year', () => {
    const r = readDeadline('quý [X/2025')
    expect(r).toMatchObject({ kind: 'none', start: null, end: null })
    expect(codes(r)).toEqual(['deadline-unreadable'])
  })

  it('a lone "[" or "|" could be I or a broken IV, "quý 11" II or a slip for "tháng 11": not mended', () => {
    expect(readDeadline('quý |/2025')).toMatchObject({ end: null })
    expect(codes(readDeadline('quý 11/2026'))).toEqual(['deadline-unreadable'])
  })

  it('a cited document stays a reference when OCR damages its number: "Thông báo sô 484/TB- VPCP ngay 15 thang 9 năm 2025"', () => {
    expect(findDeadlines('theo chỉ đạo tại Thông báo sô 484/TB- VPCP ngay 15 thang 9 năm 2025. Trong đó')).toEqual([])
  })
})

describe('repair: "rước ngày …", the t of "trước" lost to OCR', () => {
  it('is read as "trước ngày …", with a note; "rước" before anything but a day\'s date is no time', () => {
    const [m] = findDeadlines('giải quyết dứt điểm, hoàn thành rước ngày 10 tháng 10 năm 2025.', {})
    expect(m).toMatchObject({ text: 'rước ngày 10 tháng 10 năm 2025', end: '2025-10-09' })
    expect(codes(m)).toEqual(['date-repaired'])
    expect(findDeadlines('tổ chức đón rước ngày hội văn hóa', { today: '2025-09-01' })).toEqual([])
  })
})
