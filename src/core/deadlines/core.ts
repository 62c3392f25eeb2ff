// One atom with its modifier and no prefix: "cuối quý III năm 2024", "tuần đầu tháng 12/2025", "Tết Nguyên đán
// 2026", a day after a time of day ("11h00' ngày 15/10/2025").
import { monthEnd, monthStart } from './calendar.js'
import { Cursor, sticky } from './lexicon.js'
import { parseMonth, parseQuarter, parseYear, parseYearPart, parseYearWord } from './atoms.js'
import { eatTimeOfDay } from './clock.js'
import { parseDay } from './days.js'
import { parseFestival, parseLunarDate } from './festivals.js'
import { parseRelative } from './relative.js'
import { parseDamaged } from './repair.js'
import { parseDayOfPart, parseWeekOfMonth } from './weeks.js'
import type { Node, Out } from './types.js'

const DIGIT = /\d/
/** A day read in the lunar calendar says so within a few words: "âm lịch", "tháng Chạp", "Tết", a can-chi year. */
const LUNAR_HINT = /âm|âl|chạp|tết|giáp|ất|bính|đinh|mậu|kỷ|kỉ|canh|tân|nhâm|quý/u
const RE_MOD = sticky(`(đầu|giữa|cuối|thượng tuần|trung tuần|hạ tuần)\\s+(?=năm|tháng|qu[ýyí])`)

/** đầu / giữa / cuối of a year (first quarter, the two middle ones, the last), a quarter (its months), a month (days 1–10, 11–20, 21–end). */
function cut(o: Out, unit: Node['unit'], part: 0 | 1 | 2): Out {
  if (!o.start || !o.end) return o
  const y = Number(o.start.slice(0, 4))
  const m = Number(o.start.slice(5, 7))
  if (unit === 'year') return [{ start: o.start, end: monthEnd(y, 3) }, { start: monthStart(y, 4), end: monthEnd(y, 9) }, { start: monthStart(y, 10), end: o.end }][part]
  if (unit === 'quarter') return { start: monthStart(y, m + part), end: monthEnd(y, m + part) }
  if (unit === 'month') {
    const day = (d: number): string => `${o.start!.slice(0, 8)}${String(d).padStart(2, '0')}`
    return [{ start: o.start, end: day(10) }, { start: day(11), end: day(20) }, { start: day(21), end: o.end }][part]
  }
  return o
}

const PART: Record<string, 0 | 1 | 2> = { 'đầu': 0, 'thượng tuần': 0, 'giữa': 1, 'trung tuần': 1, 'cuối': 2, 'hạ tuần': 2 }

/** Whether a lunar day can stand at the cursor: "rằm", or a day whose next words say it is lunar. */
function mayBeLunar(c: Cursor): boolean {
  if (c.s.startsWith('rằm', c.pos)) return true
  const day = c.s.startsWith('ngày', c.pos) || c.s.startsWith('mùng', c.pos) || c.s.startsWith('mồng', c.pos)
  return day && LUNAR_HINT.test(c.s.slice(c.pos, c.pos + 60))
}

/**
 * An atom with its modifier, no prefix. `bare` lets through forms that need a cue in running text (7/3, 5/2026, 2026,
 * Tết); `timed` a time of day before a day. The far end of a range takes none: "Từ 23 giờ ngày 16/2 - 0 giờ 15 phút
 * ngày 17/2" stays two days, the later one the deadline, as the fixtures record it.
 */
export function parseCore(c: Cursor, bare: boolean, timed = true): Node | null {
  const i = c.pos
  if (timed && DIGIT.test(c.s[i] ?? '') && eatTimeOfDay(c)) {
    // "11h00' ngày 15/10/2025": the day is the deadline
    const day = parseDay(c, true) ?? parseLunarDate(c)
    if (day) return { ...day, i }
    c.pos = i
    return null
  }
  const mod = c.eat(RE_MOD)
  if (mod) {
    const inner = parseYearPart(c) ?? parseRelative(c) ?? parseQuarter(c) ?? parseMonth(c, false) ?? parseYearWord(c)
    if (!inner) {
      c.pos = i
      return null
    }
    const part = PART[mod[1]]
    return { ...inner, i, kind: inner.kind === 'relative' ? 'relative' : 'period', resolve: (env) => cut(inner.resolve(env), inner.unit, part) }
  }
  // the rules added for lunar days, weeks and damaged dates are tried only where their first letter stands
  const ch = c.s[c.pos]
  return (
    (c.s.startsWith('tuần', c.pos) ? parseWeekOfMonth(c) : null) ??
    parseYearPart(c) ??
    parseRelative(c) ??
    (mayBeLunar(c) ? parseLunarDate(c) : null) ??
    (ch === 'n' ? parseDayOfPart(c) : null) ??
    parseDay(c, bare) ??
    parseMonth(c, bare) ??
    parseQuarter(c) ??
    parseYear(c, bare) ??
    parseFestival(c, bare) ??
    (ch === 'q' || ch === 't' ? parseDamaged(c) : null)
  )
}
