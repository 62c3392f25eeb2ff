// Working days: Monday to Friday, less the public holidays of lexicon/holidays.tsv (Labour Code 2019, Art. 112).
import { addDays, iso, isoWeekday } from './calendar.js'
import { readLexicon } from './data.js'
import { lunarMonthLength, lunarToSolar } from './lunar.js'

interface Rule {
  lunar: boolean
  month: number
  /** 0: the last day of the month */
  day: number
  days: number
}

let rules: Rule[] | null = null
const byYear = new Map<number, Set<string>>()

function holidayRules(): Rule[] {
  rules ??= readLexicon('holidays.tsv').map((r) => ({ lunar: r.calendar === 'lunar', month: Number(r.month), day: r.day === 'last' ? 0 : Number(r.day), days: Number(r.days) || 1 }))
  return rules
}

/** The first day of a rule in (solar or lunar) year y. */
function firstDay(r: Rule, y: number): string | null {
  if (!r.lunar) return iso(y, r.month, r.day || 31)
  const day = r.day || lunarMonthLength(r.month, y)
  return day ? lunarToSolar(day, r.month, y) : null
}

const weekend = (s: string): boolean => isoWeekday(s) >= 6

/** The public holidays of solar year y, with the day off given for one that falls on a weekend. */
export function holidaysOf(y: number): Set<string> {
  const cached = byYear.get(y)
  if (cached) return cached
  const days = new Set<string>()
  for (const r of holidayRules()) {
    // a lunar year straddles two solar ones: its last day, or Tết, may fall in either
    for (const ly of r.lunar ? [y - 1, y] : [y]) {
      const first = firstDay(r, ly)
      if (!first) continue
      for (let k = 0; k < r.days; k++) days.add(addDays(first, k))
    }
  }
  for (const d of [...days].sort()) {
    if (!weekend(d)) continue
    let next = addDays(d, 1)
    while (weekend(next) || days.has(next)) next = addDays(next, 1)
    days.add(next)
  }
  const mine = new Set([...days].filter((d) => d.startsWith(`${y}-`)))
  byYear.set(y, mine)
  return mine
}

export const isWorkingDay = (s: string): boolean => !weekend(s) && !holidaysOf(Number(s.slice(0, 4))).has(s)

/** The n-th working day after `from` (the count starts the next day, Civil Code 2015, Art. 147). */
export function addWorkingDays(from: string, n: number): string {
  let d = from
  for (let k = 0; k < n; ) {
    d = addDays(d, 1)
    if (isWorkingDay(d)) k++
  }
  return d
}
