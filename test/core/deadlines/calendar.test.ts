import { describe, expect, it } from 'vitest'
import { addDays, daysInMonth, isoWeekday, parseIso, shiftMonth } from '../../../src/core/deadlines/calendar.js'

describe('calendar', () => {
  it('knows month lengths and leap years', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2024, 4)]).toEqual([29, 28, 28, 29, 30])
  })

  it('validates ISO dates', () => {
    expect(parseIso('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 })
    expect(parseIso('2023-02-29')).toBeNull()
    expect(parseIso('2024-13-01')).toBeNull()
    expect(parseIso('15/12/2013')).toBeNull()
  })

  it('adds days and months across boundaries', () => {
    expect(addDays('2013-12-01', -1)).toBe('2013-11-30')
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
    expect(shiftMonth(2024, 11, 3)).toEqual({ y: 2025, m: 2 })
    expect(shiftMonth(2024, 1, -1)).toEqual({ y: 2023, m: 12 })
    expect(isoWeekday('2024-06-17')).toBe(1)
    expect(isoWeekday('2024-06-16')).toBe(7)
  })
})
