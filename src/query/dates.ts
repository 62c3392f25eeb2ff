// Dates a person types on the command line (YYYY-MM-DD or DD/MM/YYYY) and whole-day arithmetic on ISO dates, by date-fns.
// one module each: the package's index loads all of date-fns's 700 modules, about half a second at start-up
// loaded on first call: a query with no date option calls none of them
import { lazy } from '../shared/lazy.js'

const dateFns = {
  differenceInCalendarDays: lazy<typeof import('date-fns/differenceInCalendarDays')>('date-fns/differenceInCalendarDays'),
  isExists: lazy<typeof import('date-fns/isExists')>('date-fns/isExists'),
  parseISO: lazy<typeof import('date-fns/parseISO')>('date-fns/parseISO'),
}

/** `2013-12-31` or `31/12/2013` (also `31-12-2013`, `31.12.2013`) → `2013-12-31`; null for anything else or an impossible date. */
export function parseUserDate(s: string): string | null {
  const t = s.trim()
  let y: number, m: number, d: number
  let r = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t)
  if (r) [y, m, d] = [+r[1], +r[2], +r[3]]
  else if ((r = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t))) [d, m, y] = [+r[1], +r[2], +r[3]]
  else return null
  // 31/02/2013, 29/02/2013, 31/4/2024 do not exist
  if (!dateFns.isExists().isExists(y, m - 1, d)) return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** Whole calendar days from `a` to `b` (both YYYY-MM-DD): positive when b is later. */
export function daysBetween(a: string, b: string): number {
  const { parseISO } = dateFns.parseISO()
  return dateFns.differenceInCalendarDays().differenceInCalendarDays(parseISO(b), parseISO(a))
}
