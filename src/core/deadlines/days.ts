// A day: "ngày 15/12/2013", "thứ 2 mồng 6 tháng 2", "27, 28/3/2012", "03.11.2023", "ngày đầu tiên của tháng ba".
import { daysInMonth, iso } from './calendar.js'
import { COUNT, Cursor, MONTH, WE, fail, numberValue, sticky } from './lexicon.js'
import { NONE, makeNode, parseMonth, yearOf, yearTail, type YearSpec } from './atoms.js'
import type { Node, Out } from './types.js'

const RE_WEEKDAY = sticky(`(?:thứ\\s*(?:[2-7]|hai|ba|tư|năm|sáu|bảy|bẩy)|chủ\\s+nhật|chúa\\s+nhật)${WE}\\s*,?\\s*(?=ngày|mồng|mùng|hôm|\\d)`)
const RE_DAYKW = sticky(`(?:ngày|hôm)\\s+`)
const RE_MONG = sticky(`(?:mồng|mùng)\\s*`)
const RE_D = sticky(`(\\d{1,2})(?!\\p{N})`)
const RE_DWORD = sticky(COUNT)
const RE_FIRSTLAST = sticky(`(đầu tiên|cuối cùng)\\s+(?:của\\s+)?(?=tháng)`)
const RE_DLIST = sticky(`\\s*(?:,|và|&)\\s*(\\d{1,2})(?![\\p{N}])(?=\\s*(?:,|và|&|[/.-]\\d|tháng))`)
/** A span of days in one month, "27-28/08/2025", "ngày 5 - 6 tháng 3": the second day, when a month follows it. */
const RE_DSPAN = sticky(`\\s*[-–]\\s*(\\d{1,2})(?![\\p{N}])(?=[/.]\\d{1,2}(?!\\p{N})|\\s*tháng)`)
const RE_SEPM = sticky(`([/.-])(\\d{1,2})(?!\\p{N})`)
const RE_SEPY: Record<string, RegExp> = {
  '/': sticky(`/(\\d{4}|\\d{2})(?!\\p{N}|[/.-]?\\p{L}|[/.]\\p{N})`),
  '-': sticky(`-(\\d{4}|\\d{2})(?!\\p{N}|[/.-]?\\p{L}|[/.]\\p{N})`),
  '.': sticky(`\\.(\\d{4})(?!\\p{N}|[/.-]?\\p{L}|[/.]\\p{N})`),
}
const RE_THANG_M = sticky(`\\s*tháng\\s+${MONTH}`)
const RE_AFTER_DAY = sticky(`(?:\\p{N}|/[\\p{L}\\p{N}])`)
/** A bare "6/10" is a score or a fraction when a noun follows; a bare "1-10" is a span of numbers unless a date range goes on. */
const RE_NOT_DATE_AFTER = sticky(`\\s*(?:điểm|số|phần|tổng|trên|%)`)
const RE_RANGE_ON = sticky(`\\s*(?:đến|tới|-|–)\\s*\\d`)

const twoDigitYear = (yy: number): number => (yy <= 50 ? 2000 + yy : 1900 + yy)

function dayOut(y: number, m: number, days: number[]): Out {
  const dim = daysInMonth(y, m)
  for (const d of days) {
    if (d < 1 || d > dim) return { start: null, end: null, invalid: `${d}/${m}/${y} does not exist (month ${m} of ${y} has ${dim} days)` }
  }
  return { start: iso(y, m, days[0]), end: iso(y, m, days[days.length - 1]) }
}

/** "ngày 15/12/2013", "thứ 2 mồng 6 tháng 2", "27, 28/3/2012", "03.11.2023", "ngày đầu tiên của tháng ba". */
export function parseDay(c: Cursor, bare: boolean): Node | null {
  const i = c.pos
  const wd = c.eat(RE_WEEKDAY)
  const kw = c.eat(RE_DAYKW)
  const mong = c.eat(RE_MONG)
  const marked = !!(wd || kw || mong)
  const fl = kw ? c.eat(RE_FIRSTLAST) : null
  if (fl) {
    const last = fl[1] === 'cuối cùng'
    const month = parseMonth(c, false)
    if (!month || month.unit !== 'month') return fail(c, i)
    const n = month
    return { ...n, i, kind: n.kind === 'relative' ? 'relative' : 'date', unit: 'day', resolve: (env) => {
      const o = n.resolve(env)
      return last ? { start: o.end, end: o.end } : { start: o.start, end: o.start }
    } }
  }
  const first = c.eat(mong ? RE_DWORD : RE_D)
  if (!first) return fail(c, i)
  const days = [numberValue(first[1])]
  for (let m = c.eat(RE_DLIST); m; m = c.eat(RE_DLIST)) days.push(Number(m[1]))
  if (days.length === 1) {
    const at = c.pos
    const span = c.eat(RE_DSPAN)
    if (span && Number(span[1]) > days[0]) days.push(Number(span[1]))
    else if (span) c.pos = at
  }
  let month: number
  let spec: YearSpec = null
  let yearWritten = false
  const sep = c.eat(RE_SEPM)
  if (sep) {
    month = Number(sep[2])
    const y = c.eat(RE_SEPY[sep[1]])
    if (y) {
      yearWritten = y[1].length === 4
      const yy = Number(y[1])
      if (yearWritten && (yy < 1800 || yy > 2100)) return fail(c, i)
      spec = { abs: y[1].length === 2 ? twoDigitYear(yy) : yy }
      if (!yearWritten && !(marked || bare)) return fail(c, i)
    } else if (sep[1] === '.' || !(marked || bare)) return fail(c, i)
  } else {
    const t = c.eat(RE_THANG_M)
    if (!t) return fail(c, i)
    month = numberValue(t[1])
    spec = yearTail(c)
    if (!marked && !bare && !(spec && 'abs' in spec)) return fail(c, i)
  }
  if (c.sees(RE_AFTER_DAY)) return fail(c, i)
  if (!marked && spec === null && (c.sees(RE_NOT_DATE_AFTER) || (sep?.[1] === '-' && !c.sees(RE_RANGE_ON)))) return fail(c, i)
  if (month < 1 || month > 12 || days.some((d) => d < 1 || d > 31)) {
    if (!marked || month < 1 || month > 12) return fail(c, i)
  }
  const kind = days.length > 1 ? 'range' : 'date'
  return makeNode(i, c.pos, kind, 'day', spec, (env) => {
    const y = yearOf(spec, env)
    return y === null ? NONE : dayOut(y, month, days)
  })
}
