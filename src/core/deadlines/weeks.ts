// Parts of a month named by their place: "tuần đầu tháng 12/2025" (its first seven days), "tuần cuối tháng" (its last
// seven), "tuần thứ 2 của tháng 3" (days 8–14), "ngày 20 của tháng cuối quý IV/2025"; and "trong tuần" (this week).
import { daysInMonth, iso } from './calendar.js'
import { Cursor, WE, fail, sticky } from './lexicon.js'
import { NONE, parseMonth, parseQuarter, parseYearWord } from './atoms.js'
import { parseRelative, unitAt } from './relative.js'
import type { Node, Out } from './types.js'

const ORDINAL: Record<string, number> = { 'nhất': 1, 'hai': 2, 'ba': 3, 'tư': 4, 'bốn': 4, 'năm': 5 }
// ("tuần 1 tháng 01 năm 2026": the week's number alone, as a schedule writes it)
const RE_WEEK = sticky(`tuần\\s+(đầu\\s+tiên|đầu|cuối\\s+cùng|cuối|thứ\\s+(nhất|hai|ba|tư|bốn|năm|[1-5])|([1-5]))${WE}\\s*(?:của\\s+|trong\\s+)?(?=tháng)`)
const RE_THIS_WEEK = sticky(`tuần${WE}(?!\\s*(?:này|nay|sau|tới|trước|qua|vừa|đầu|cuối|thứ|lễ|làm|\\p{N}))`)

/** Which seven days of a month: the k-th week (1–5) or the last one (0). */
function weekOf(o: Out, k: number): Out {
  if (!o.start || !o.end) return o
  const y = Number(o.start.slice(0, 4))
  const m = Number(o.start.slice(5, 7))
  const dim = daysInMonth(y, m)
  if (k === 0) return { start: iso(y, m, dim - 6), end: o.end }
  const first = 7 * (k - 1) + 1
  if (first > dim) return { start: null, end: null, invalid: `month ${m} of ${y} has no week ${k} (it has ${dim} days)` }
  return { start: iso(y, m, first), end: iso(y, m, Math.min(dim, first + 6)) }
}

/** "tuần đầu tháng 12/2025", "tuần cuối cùng của tháng này", "tuần thứ 2 của tháng 3", "tuần 1 tháng 01 năm 2026". */
export function parseWeekOfMonth(c: Cursor): Node | null {
  const i = c.pos
  const w = c.eat(RE_WEEK)
  if (!w) return null
  const month = parseMonth(c, false) ?? parseRelative(c)
  if (!month || month.unit !== 'month') return fail(c, i)
  const word = w[1].replace(/\s+/g, ' ')
  const k = word.startsWith('đầu') ? 1 : word.startsWith('cuối') ? 0 : w[3] ? Number(w[3]) : /\d/.test(w[2]) ? Number(w[2]) : ORDINAL[w[2]]
  return { ...month, i, j: c.pos, unit: 'span', kind: month.kind === 'relative' ? 'relative' : 'period', resolve: (env) => weekOf(month.resolve(env), k) }
}

/** "(trong) tuần": the week around today. Read only where the caller knows it is a deadline. */
export function parseThisWeek(c: Cursor): Node | null {
  const i = c.pos
  if (!c.eat(RE_THIS_WEEK)) return null
  return { i, j: c.pos, kind: 'relative', unit: 'span', recurrence: null, year: null, needsYear: false, prefixed: false, resolve: (env) => (env.today ? unitAt(env.today, 'week', 0) : NONE) }
}

const RE_DAY_OF = sticky(
  `ngày\\s+(\\d{1,2})\\s+(?:của\\s+)?tháng\\s+(đầu\\s+tiên|đầu|giữa|cuối\\s+cùng|cuối|thứ\\s+(?:nhất|hai|ba|[1-3]))${WE}\\s+(?:của\\s+)?(?=qu[ýyí]|năm)`,
)
const PLACE: Record<string, number> = { 'đầu': 0, 'đầu tiên': 0, 'thứ nhất': 0, 'thứ 1': 0, 'giữa': 1, 'thứ hai': 1, 'thứ 2': 1, 'cuối': 2, 'cuối cùng': 2, 'thứ ba': 2, 'thứ 3': 2 }

/** "ngày 20 của tháng cuối quý IV/2025" (2025-12-20), "ngày 15 tháng đầu năm 2026" (2026-01-15). */
export function parseDayOfPart(c: Cursor): Node | null {
  const i = c.pos
  const m = c.eat(RE_DAY_OF)
  if (!m) return null
  const place = PLACE[m[2].replace(/\s+/g, ' ')]
  const period = parseQuarter(c) ?? parseRelative(c) ?? parseYearWord(c)
  if (!period || (period.unit !== 'quarter' && period.unit !== 'year') || (period.unit === 'year' && place === 1)) return fail(c, i)
  const day = Number(m[1])
  return { ...period, i, j: c.pos, unit: 'day', kind: period.kind === 'relative' ? 'relative' : 'date', resolve: (env) => {
    const o = period.resolve(env)
    if (!o.start) return o
    const y = Number(o.start.slice(0, 4))
    const mo = period.unit === 'year' ? (place === 0 ? 1 : 12) : Number(o.start.slice(5, 7)) + place
    if (day < 1 || day > daysInMonth(y, mo)) return { start: null, end: null, invalid: `${day}/${mo}/${y} does not exist` }
    return { start: iso(y, mo, day), end: iso(y, mo, day) }
  } }
}
