// Periods counted from the signing or issue of the document (src/core/deadlines/counted.ts) and working days
// (src/core/deadlines/workdays.ts).
import { describe, expect, it } from 'vitest'
import { lastDeadline, readDeadline } from '../../../src/core/deadlines/index.js'
import { countFrom } from '../../../src/core/deadlines/counted.js'
import { addWorkingDays, holidaysOf } from '../../../src/core/deadlines/workdays.js'

const signed = '2025-09-01'

describe('counted: from the signing or issue of this document', () => {
  it.each([
    ['trong 30 ngày kể từ ngày ký', '2025-09-02', '2025-10-01'],
    ['trong vòng 15 ngày kể từ ngày ký ban hành', '2025-09-02', '2025-09-16'],
    ['trong thời hạn 02 tháng kể từ ngày ban hành Kế hoạch này', '2025-09-02', '2025-11-01'],
    ['trong 180 ngày, kể từ ngày Quyết định này được ký', '2025-09-02', '2026-02-28'],
    ['chậm nhất 10 ngày kể từ ngày ban hành', null, '2025-09-11'],
    ['không quá 01 năm kể từ ngày ký', null, '2026-09-01'],
    ['sau 30 ngày kể từ ngày ký', '2025-10-01', '2025-10-01'],
    ['trong 2 tuần kể từ ngày ký', '2025-09-02', '2025-09-15'],
  ])('%s → %s … %s', (phrase, start, end) => {
    expect(readDeadline(phrase, { today: signed })).toMatchObject({ kind: 'relative', start, end })
  })

  it('a month with no such day ends on its last day (Civil Code 2015, Art. 148)', () => {
    expect(countFrom('2025-01-31', 1, 'tháng', false)).toBe('2025-02-28')
    expect(countFrom('2024-02-29', 1, 'năm', false)).toBe('2025-02-28')
  })

  it('has no end without the document date, and says why', () => {
    const r = readDeadline('trong 30 ngày kể từ ngày ký')
    expect(r).toMatchObject({ start: null, end: null })
    expect(r.notes?.map((n) => n.code)).toEqual(['no-document-date'])
  })

  it.each([
    'trong 30 ngày kể từ ngày nhận được hồ sơ',
    'trong vòng 90 ngày kể từ ngày ban hành Thông báo',
    'chậm nhất 30 ngày kể từ ngày ký Biên bản hợp tác',
    'trong 30 ngày kể từ ngày Quyết định này có hiệu lực',
  ])('another event keeps the phrase, with no end: %s', (phrase) => {
    expect(readDeadline(phrase, { today: signed })).toMatchObject({ kind: 'conditional', start: null, end: null })
  })

  it('in running text, the pause after the event closes it', () => {
    expect(lastDeadline('Các sở báo cáo trong 30 ngày kể từ ngày ký, gửi Sở Nội vụ tổng hợp.', { today: signed })?.end).toBe('2025-10-01')
    expect(lastDeadline('Quyết định này có hiệu lực kể từ ngày ký.', { today: signed })).toBeNull()
  })
})

describe('counted: working days', () => {
  it('skip weekends and public holidays, with a note', () => {
    // signed Friday 25 April 2025: 28, 29 April, (30 April, 1 May off), 2, 5, 6 May
    const r = readDeadline('trong 05 ngày làm việc kể từ ngày ký', { today: '2025-04-25' })
    expect(r).toMatchObject({ start: '2025-04-26', end: '2025-05-06' })
    expect(r.notes?.map((n) => n.code)).toEqual(['holidays-skipped'])
    expect(addWorkingDays('2025-10-03', 1)).toBe('2025-10-06')
  })

  it('know the holidays of a year (lexicon/holidays.tsv): Tết Bính Ngọ 16–20 February 2026, Giỗ Tổ on a Sunday given on Monday', () => {
    const days = [...holidaysOf(2026)].sort()
    expect(days).toEqual(['2026-01-01', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-26', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-02'])
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-23')
  })
})
