// Calendar arithmetic on YYYY-MM-DD strings: Gregorian, no time zones, no clock.

export interface Ymd {
  y: number
  m: number
  d: number
}

export const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
}

const p2 = (n: number): string => String(n).padStart(2, '0')

export function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${p2(m)}-${p2(d)}`
}

export const monthStart = (y: number, m: number): string => iso(y, m, 1)
export const monthEnd = (y: number, m: number): string => iso(y, m, daysInMonth(y, m))

/** A real calendar day, or null (2024-02-30 is null). */
export function parseIso(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return null
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null
  return { y, m: mo, d }
}

function fromUtc(t: Date): string {
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}

function toUtc(s: string): Date {
  const [y, m, d] = s.split('-').map(Number)
  const t = new Date(Date.UTC(2000, m - 1, d))
  t.setUTCFullYear(y) // Date.UTC maps years 0..99 to 19xx
  return t
}

export function addDays(s: string, n: number): string {
  const t = toUtc(s)
  t.setUTCDate(t.getUTCDate() + n)
  return fromUtc(t)
}

/** Month arithmetic on (year, month): shiftMonth(2024, 11, 3) → 2025-02. */
export function shiftMonth(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n
  return { y: Math.floor(k / 12), m: (((k % 12) + 12) % 12) + 1 }
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(s: string): number {
  const wd = toUtc(s).getUTCDay()
  return wd === 0 ? 7 : wd
}

export const quarterOf = (m: number): number => Math.ceil(m / 3)
