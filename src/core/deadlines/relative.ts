// Phrases read against today: "năm nay", "quý sau", "tháng trước", "3 tháng tới", "2 năm vừa rồi", "hôm nay".
import { addDays, iso, isoWeekday, monthEnd, monthStart, shiftMonth, type Ymd } from './calendar.js'
import { COUNT, Cursor, WE, fail, numberValue, sticky } from './lexicon.js'
import { NONE, makeNode } from './atoms.js'
import type { Node, Out } from './types.js'

type RelUnit = 'day' | 'week' | 'month' | 'quarter' | 'year'

const UNIT: Record<string, RelUnit> = { 'ngày': 'day', 'tuần': 'week', 'tháng': 'month', 'quý': 'quarter', 'quí': 'quarter', 'năm': 'year' }
const THIS = new Set(['này', 'nay', 'hiện tại', 'hiện nay'])
const NEXT = new Set(['sau', 'tới', 'tiếp', 'tiếp theo', 'kế tiếp', 'sắp tới'])

const RE_UNIT_REL = sticky(
  `(tuần|tháng|qu[ýí]|năm)\\s+(này|nay|hiện tại|hiện nay|sau|tới|tiếp theo|tiếp|kế tiếp|sắp tới|trước|ngoái|qua|vừa qua|vừa rồi)${WE}(?!\\s+(?:khi|tục|đó|đây))`,
)
const RE_N_REL = sticky(
  `${COUNT}\\s+(ngày|tuần|tháng|qu[ýí]|năm)\\s+(tới|tiếp theo|tiếp|sắp tới|kế tiếp|qua|vừa qua|vừa rồi|gần đây|gần nhất)${WE}(?!\\s+(?:khi|tục))`,
)
const RE_DAY_REL = sticky(`(?:ngày\\s+)?(hôm nay|ngày mai|hôm qua|ngày kia|ngày mốt)${WE}`)
const DAY_OFFSET: Record<string, number> = { 'hôm nay': 0, 'ngày mai': 1, 'hôm qua': -1, 'ngày kia': 2, 'ngày mốt': 2 }

/** The `off`-th unit from today's (0 = the current one), as a day range. */
export function unitAt(t: Ymd, unit: RelUnit, off: number): Out {
  const today = iso(t.y, t.m, t.d)
  switch (unit) {
    case 'day': {
      const d = addDays(today, off)
      return { start: d, end: d }
    }
    case 'week': {
      const monday = addDays(today, 1 - isoWeekday(today) + 7 * off)
      return { start: monday, end: addDays(monday, 6) }
    }
    case 'month': {
      const { y, m } = shiftMonth(t.y, t.m, off)
      return { start: monthStart(y, m), end: monthEnd(y, m) }
    }
    case 'quarter': {
      const { y, m } = shiftMonth(t.y, Math.floor((t.m - 1) / 3) * 3 + 1, 3 * off)
      return { start: monthStart(y, m), end: monthEnd(y, m + 2) }
    }
    case 'year':
      return { start: iso(t.y + off, 1, 1), end: iso(t.y + off, 12, 31) }
  }
}

function span(i: number, j: number, unit: RelUnit, from: number, to: number): Node {
  const n = makeNode(i, j, 'relative', to > from ? 'span' : unit === 'week' ? 'span' : unit, { rel: 0 }, (env) => {
    if (!env.today) return NONE
    return { start: unitAt(env.today, unit, from).start, end: unitAt(env.today, unit, to).end }
  })
  return n
}

export function parseRelative(c: Cursor): Node | null {
  const i = c.pos
  const d = c.eat(RE_DAY_REL)
  if (d) return span(i, c.pos, 'day', DAY_OFFSET[d[1]], DAY_OFFSET[d[1]])
  const n = c.eat(RE_N_REL)
  if (n) {
    const count = numberValue(n[1])
    if (!(count >= 1 && count <= 100)) return fail(c, i)
    const unit = UNIT[n[2]]
    const ahead = !/qua|rồi|gần/.test(n[3])
    return ahead ? span(i, c.pos, unit, 1, count) : span(i, c.pos, unit, -count, -1)
  }
  const u = c.eat(RE_UNIT_REL)
  if (!u) return null
  const unit = UNIT[u[1]]
  if (u[2] === 'ngoái' && unit !== 'year') return fail(c, i)
  const off = THIS.has(u[2]) ? 0 : NEXT.has(u[2]) ? 1 : -1
  return span(i, c.pos, unit, off, off)
}
