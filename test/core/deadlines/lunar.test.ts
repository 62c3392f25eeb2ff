// The Vietnamese lunar calendar (src/core/deadlines/lunar.ts) against published dates.
import { describe, expect, it } from 'vitest'
import { lunarMonthLength, lunarToSolar, solarToLunar, tetOf } from '../../../src/core/deadlines/lunar.js'
import { canChi, yearOfCanChi } from '../../../src/core/deadlines/festivals.js'

// Tết Nguyên đán (mùng 1 tháng Giêng) in Vietnam, 1990–2050, as the published tables of Tết dates give them (the
// Vietnamese calendar computed at UTC+7). They match the Chinese New Year but for 2007 (Vietnam 17 Feb, China 18 Feb)
// and 2030 (Vietnam 2 Feb, China 3 Feb).
const TET: Record<number, string> = {
  1990: '01-27', 1991: '02-15', 1992: '02-04', 1993: '01-23', 1994: '02-10', 1995: '01-31', 1996: '02-19', 1997: '02-07',
  1998: '01-28', 1999: '02-16', 2000: '02-05', 2001: '01-24', 2002: '02-12', 2003: '02-01', 2004: '01-22', 2005: '02-09',
  2006: '01-29', 2007: '02-17', 2008: '02-07', 2009: '01-26', 2010: '02-14', 2011: '02-03', 2012: '01-23', 2013: '02-10',
  2014: '01-31', 2015: '02-19', 2016: '02-08', 2017: '01-28', 2018: '02-16', 2019: '02-05', 2020: '01-25', 2021: '02-12',
  2022: '02-01', 2023: '01-22', 2024: '02-10', 2025: '01-29', 2026: '02-17', 2027: '02-06', 2028: '01-26', 2029: '02-13',
  2030: '02-02', 2031: '01-23', 2032: '02-11', 2033: '01-31', 2034: '02-19', 2035: '02-08', 2036: '01-28', 2037: '02-15',
  2038: '02-04', 2039: '01-24', 2040: '02-12', 2041: '02-01', 2042: '01-22', 2043: '02-10', 2044: '01-30', 2045: '02-17',
  2046: '02-06', 2047: '01-26', 2048: '02-14', 2049: '02-02', 2050: '01-23',
}

describe('lunar: Tết Nguyên đán', () => {
  it('falls on the published day in every year 1990–2050', () => {
    const got = Object.fromEntries(Object.keys(TET).map((y) => [y, tetOf(Number(y)).slice(5)]))
    expect(got).toEqual(Object.fromEntries(Object.entries(TET)))
    expect(Object.keys(TET)).toHaveLength(61)
  })

  it('is computed at UTC+7: a day before China in 1985 (by a month), 2007, 2030 and 2053', () => {
    expect(tetOf(1985)).toBe('1985-01-21')
    expect(tetOf(2007)).toBe('2007-02-17')
    expect(tetOf(2030)).toBe('2030-02-02')
    expect(tetOf(2053)).toBe('2053-02-18')
  })
})

describe('lunar: converting dates', () => {
  it('reads a solar day as a lunar one and back', () => {
    expect(solarToLunar('2025-10-06')).toEqual({ d: 15, m: 8, y: 2025, leap: false })
    expect(solarToLunar('2026-02-16')).toEqual({ d: 29, m: 12, y: 2025, leap: false })
    expect(lunarToSolar(15, 8, 2025)).toBe('2025-10-06')
    expect(lunarToSolar(15, 1, 2026)).toBe('2026-03-03')
    expect(lunarToSolar(10, 3, 2026)).toBe('2026-04-26')
  })

  it('knows leap months: the 6th month of Ất Tỵ (2025) came twice, the 2nd of Quý Mão (2023)', () => {
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25')
    expect(lunarToSolar(1, 6, 2025)).toBe('2025-06-25')
    expect(solarToLunar('2025-07-25')).toEqual({ d: 1, m: 6, y: 2025, leap: true })
    expect(lunarToSolar(1, 2, 2023, true)).toBe('2023-03-22')
    expect(lunarToSolar(1, 3, 2023, true)).toBeNull()
    expect(lunarToSolar(1, 6, 2026, true)).toBeNull()
  })

  it('knows month lengths: Ất Tỵ has no 30th of its last month', () => {
    expect(lunarMonthLength(12, 2025)).toBe(29)
    expect(lunarMonthLength(1, 2026)).toBe(30)
    expect(lunarToSolar(30, 12, 2025)).toBeNull()
    expect(lunarToSolar(29, 12, 2025)).toBe('2026-02-16')
  })
})

describe('lunar: can-chi names of years', () => {
  it('names a year and finds the year of a name nearest to another', () => {
    expect([canChi(2024), canChi(2025), canChi(2026), canChi(1990)]).toEqual(['giáp thìn', 'ất tỵ', 'bính ngọ', 'canh ngọ'])
    expect(yearOfCanChi('bính ngọ', 2025)).toBe(2026)
    expect(yearOfCanChi('ất tỵ', 2026)).toBe(2025)
    expect(yearOfCanChi('quý mẹo', 2025)).toBe(2023)
    expect(yearOfCanChi('giáp ngọ', 2025)).toBe(2014)
    expect(yearOfCanChi('giáp sửu', 2025)).toBeNull() // a yang stem never meets a yin branch
  })
})
