import { describe, expect, it } from 'vitest'
import { daysBetween, parseUserDate } from '../../src/query/dates.js'

describe('parseUserDate', () => {
  it('reads YYYY-MM-DD and DD/MM/YYYY to the same day', () => {
    expect(parseUserDate('2013-12-31')).toBe('2013-12-31')
    expect(parseUserDate('31/12/2013')).toBe('2013-12-31')
    expect(parseUserDate('1/2/2014')).toBe('2014-02-01')
    expect(parseUserDate(' 05-03-2014 ')).toBe('2014-03-05')
  })
  it('refuses impossible dates and other shapes', () => {
    expect(parseUserDate('31/4/2024')).toBeNull()
    expect(parseUserDate('2013-02-29')).toBeNull()
    expect(parseUserDate('2012-02-29')).toBe('2012-02-29')
    expect(parseUserDate('31/02/2013')).toBeNull()
    expect(parseUserDate('29/02/2100')).toBeNull()
    expect(parseUserDate('29/02/2000')).toBe('2000-02-29')
    expect(parseUserDate('12/2013')).toBeNull()
    expect(parseUserDate('tomorrow')).toBeNull()
  })
})

describe('daysBetween', () => {
  it('counts whole days, across months and leap years', () => {
    expect(daysBetween('2013-11-30', '2013-12-31')).toBe(31)
    expect(daysBetween('2013-12-31', '2013-12-31')).toBe(0)
    expect(daysBetween('2012-02-28', '2012-03-01')).toBe(2)
    expect(daysBetween('2014-01-01', '2013-12-31')).toBe(-1)
  })

  it('counts calendar days whatever the zone of the machine, across a daylight-saving change', () => {
    const tz = process.env.TZ
    try {
      for (const zone of ['America/New_York', 'Europe/London', 'Asia/Ho_Chi_Minh', 'Australia/Lord_Howe']) {
        process.env.TZ = zone
        expect(daysBetween('2013-03-09', '2013-03-11'), zone).toBe(2)
        expect(daysBetween('2013-10-26', '2013-10-28'), zone).toBe(2)
        expect(daysBetween('2013-01-01', '2014-01-01'), zone).toBe(365)
      }
    } finally {
      if (tz === undefined) delete process.env.TZ
      else process.env.TZ = tz
    }
  })
})
