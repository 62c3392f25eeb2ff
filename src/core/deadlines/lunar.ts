// The Vietnamese lunar calendar: Hồ Ngọc Đức's algorithm (new moons and solar terms after Meeus), computed at
// UTC+7. The hour matters: the Chinese calendar, at UTC+8, starts some months a day later (Tết 2007, 2030, 2053).
import { iso } from './calendar.js'

const TZ = 7
const { floor, sin, PI } = Math
const DR = PI / 180

/** The Julian day number of a Gregorian date. */
function jdFromDate(d: number, m: number, y: number): number {
  const a = floor((14 - m) / 12)
  const yy = y + 4800 - a
  const mm = m + 12 * a - 3
  return d + floor((153 * mm + 2) / 5) + 365 * yy + floor(yy / 4) - floor(yy / 100) + floor(yy / 400) - 32045
}

/** The Gregorian date of a Julian day number, as YYYY-MM-DD. */
function jdToIso(jd: number): string {
  const a = jd + 32044
  const b = floor((4 * a + 3) / 146097)
  const c = a - floor((146097 * b) / 4)
  const d = floor((4 * c + 3) / 1461)
  const e = c - floor((1461 * d) / 4)
  const m = floor((5 * e + 2) / 153)
  return iso(b * 100 + d - 4800 + floor(m / 10), m + 3 - 12 * floor(m / 10), e - floor((153 * m + 2) / 5) + 1)
}

/** The moment (Julian day, UT) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const T = k / 1236.85
  const T2 = T * T
  const T3 = T2 * T
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3
  jd1 += 0.00033 * sin((166.56 + 132.87 * T - 0.009173 * T2) * DR)
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3
  let c1 = (0.1734 - 0.000393 * T) * sin(M * DR) + 0.0021 * sin(2 * DR * M)
  c1 = c1 - 0.4068 * sin(Mpr * DR) + 0.0161 * sin(DR * 2 * Mpr)
  c1 = c1 - 0.0004 * sin(DR * 3 * Mpr)
  c1 = c1 + 0.0104 * sin(DR * 2 * F) - 0.0051 * sin(DR * (M + Mpr))
  c1 = c1 - 0.0074 * sin(DR * (M - Mpr)) + 0.0004 * sin(DR * (2 * F + M))
  c1 = c1 - 0.0004 * sin(DR * (2 * F - M)) - 0.0006 * sin(DR * (2 * F + Mpr))
  c1 = c1 + 0.001 * sin(DR * (2 * F - Mpr)) + 0.0005 * sin(DR * (2 * Mpr + M))
  const deltaT = T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2
  return jd1 + c1 - deltaT
}

/** The sun's longitude (radians, 0..2π) at a Julian day. */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525
  const T2 = T * T
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * sin(DR * M)
  DL += (0.019993 - 0.000101 * T) * sin(DR * 2 * M) + 0.00029 * sin(DR * 3 * M)
  const L = (L0 + DL) * DR
  return L - PI * 2 * floor(L / (PI * 2))
}

/** Which of the 12 major solar terms (0..11) the local day falls in. */
const sunSector = (dayNumber: number): number => floor((sunLongitude(dayNumber - 0.5 - TZ / 24) / PI) * 6)

/** The local day (Julian day number) of the k-th new moon. */
const newMoonDay = (k: number): number => floor(newMoon(k) + 0.5 + TZ / 24)

const SYNODIC = 29.530588853
const EPOCH = 2415021.076998695

/** The first day of the 11th lunar month (the one with the winter solstice) of a Gregorian year. */
function month11(y: number): number {
  const k = floor((jdFromDate(31, 12, y) - 2415021) / SYNODIC)
  const nm = newMoonDay(k)
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm
}

/** In a 13-month year starting at month 11 `a11`: how many months after it the leap month (with no major term) falls. */
function leapOffset(a11: number): number {
  const k = floor((a11 - EPOCH) / SYNODIC + 0.5)
  let i = 1
  let arc = sunSector(newMoonDay(k + i))
  let last: number
  do {
    last = arc
    i++
    arc = sunSector(newMoonDay(k + i))
  } while (arc !== last && i < 14)
  return i - 1
}

/** The Julian day of the first day of lunar month `m` (leap or not) of lunar year `y`, or null when that leap month does not exist. */
function monthStartJd(m: number, y: number, leap: boolean): number | null {
  const [a11, b11] = m < 11 ? [month11(y - 1), month11(y)] : [month11(y), month11(y + 1)]
  const k = floor(0.5 + (a11 - EPOCH) / SYNODIC)
  let off = m - 11
  if (off < 0) off += 12
  if (b11 - a11 > 365) {
    const lo = leapOffset(a11)
    let leapMonth = lo - 2
    if (leapMonth < 0) leapMonth += 12
    if (leap && m !== leapMonth) return null
    if (leap || off >= lo) off += 1
  } else if (leap) return null
  return newMoonDay(k + off)
}

/** How many days (29 or 30) lunar month `m` of lunar year `y` has, or null when it does not exist. */
export function lunarMonthLength(m: number, y: number, leap = false): number | null {
  const start = monthStartJd(m, y, leap)
  if (start === null) return null
  const k = floor((start - EPOCH) / SYNODIC + 0.5)
  const next = [k, k + 1, k + 2].map(newMoonDay).find((d) => d > start)!
  return next - start
}

/** The solar date (YYYY-MM-DD) of lunar day d, month m, lunar year y; null when that day does not exist (30 of a 29-day month). */
export function lunarToSolar(d: number, m: number, y: number, leap = false): string | null {
  const len = lunarMonthLength(m, y, leap)
  if (len === null || d < 1 || d > len || m < 1 || m > 12) return null
  return jdToIso(monthStartJd(m, y, leap)! + d - 1)
}

/** Tết Nguyên đán, the first day of lunar year y. */
export const tetOf = (y: number): string => lunarToSolar(1, 1, y)!

export interface LunarDate {
  d: number
  m: number
  y: number
  leap: boolean
}

/** The lunar date of a solar one. */
export function solarToLunar(s: string): LunarDate {
  const [yy, mm, dd] = s.split('-').map(Number)
  const day = jdFromDate(dd, mm, yy)
  const k = floor((day - EPOCH) / SYNODIC)
  let start = newMoonDay(k + 1)
  if (start > day) start = newMoonDay(k)
  let a11 = month11(yy)
  let b11 = a11
  let y: number
  if (a11 >= start) {
    y = yy
    a11 = month11(yy - 1)
  } else {
    y = yy + 1
    b11 = month11(yy + 1)
  }
  const diff = floor((start - a11) / 29)
  let m = diff + 11
  let leap = false
  if (b11 - a11 > 365) {
    const lo = leapOffset(a11)
    if (diff >= lo) {
      m = diff + 10
      leap = diff === lo
    }
  }
  if (m > 12) m -= 12
  if (m >= 11 && diff < 4) y -= 1
  return { d: day - start + 1, m, y, leap }
}
