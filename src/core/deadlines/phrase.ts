// One whole time phrase at a position: the atoms, what the words before them make of them (trước, đến hết, từ…đến), ranges and modifiers.
import { addDays, monthEnd, monthStart } from './calendar.js'
import { COUNT, Cursor, WE, sticky } from './lexicon.js'
import { NONE, parseMonth, parseQuarter, parseYear, parseYearPart, parseYearWord } from './atoms.js'
import { parseDay } from './days.js'
import { parseRelative } from './relative.js'
import { parseConditional, parseRecurring } from './recurring.js'
import type { DeadlineKind, DeadlineRecurrence, Env, Node, Out } from './types.js'

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

/** An atom with its modifier, no prefix. `bare` lets through forms that need a cue in running text (7/3, 5/2026, 2026). */
export function parseCore(c: Cursor, bare: boolean): Node | null {
  const i = c.pos
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
  return parseYearPart(c) ?? parseRelative(c) ?? parseDay(c, bare) ?? parseMonth(c, bare) ?? parseQuarter(c) ?? parseYear(c, bare)
}

function compose(i: number, j: number, kind: DeadlineKind, parts: Node[], resolve: (env: Env) => Out): Node {
  const year = parts.map((p) => p.year).filter((y) => y !== null).pop() ?? null
  return { i, j, kind, unit: 'span', recurrence: null, year, needsYear: parts.some((p) => p.needsYear), prefixed: true, resolve }
}

/** "X đến Y": a yearless X takes Y's year, and the year before if it would start after Y ends (tháng 11 đến tháng 2/2025). */
function range(i: number, j: number, x: Node, y: Node): Node {
  return compose(i, j, 'range', [x, y], (env) => {
    const b = y.resolve(env)
    if (b.invalid) return { start: null, end: null, invalid: b.invalid }
    const yr = y.year ?? (b.end ? Number(b.end.slice(0, 4)) : env.year)
    let a = x.needsYear ? x.resolve({ ...env, year: yr }) : x.resolve(env)
    if (x.needsYear && yr !== null && a.start && b.end && a.start > b.end) a = x.resolve({ ...env, year: yr - 1 })
    if (a.invalid) return { start: null, end: null, invalid: a.invalid }
    return { start: a.start, end: b.end }
  })
}

const RE_FROM_NOW = sticky(`từ\\s+(?:nay|bây giờ|hiện nay)\\s+(?:đến|tới|cho đến)\\s+(?:hết\\s+)?`)
const RE_FROM = sticky(`(?:kể\\s+)?từ\\s+`)
const RE_TO = sticky(`\\s*(?:đến|tới|cho\\s+đến|-|–|—)\\s*(?:hết\\s+)?`)
const RE_BEFORE = sticky(`(?:(?:chậm nhất|muộn nhất)\\s+(?:là\\s+)?)?trước\\s+(?:thời điểm\\s+)?`)
const RE_LATEST = sticky(`(?:chậm nhất|muộn nhất|hạn chót|hạn cuối|không muộn hơn|không chậm hơn|không chậm quá)${WE}\\s*(?:là\\s*|:\\s*|vào\\s+|trong\\s+|đến\\s+|hết\\s+)*`)
const RE_UNTIL = sticky(`(?:(?:cho\\s+)?(?:đến|tới)\\s+(?:hết\\s+|thời điểm\\s+)?|hết\\s+)`)
const RE_AFTER = sticky(`sau\\s+(?!khi${WE})`)
const RE_IN = sticky(`(?:ngay\\s+)?(?:trong\\s+suốt|trong|suốt|vào)\\s+(?:thời gian\\s+|dịp\\s+)?`)
const RE_DURATION = sticky(`${COUNT}\\s+(?:ngày|buổi)\\s*\\(\\s*`)
const RE_END_OF = sticky(`(?:cuối|hạ tuần)\\s`)
const RE_CLOSE = sticky(`\\s*\\)`)
const RE_EVERY_AFTER = sticky(`\\s*,?\\s*(?:của\\s+)?(?:hằng|hàng|mỗi)\\s+(năm|tháng|qu[ýí])${WE}`)
const RE_AND_ON = sticky(`\\s*,?\\s*(?:và\\s+(?:(?:các|những)\\s+năm\\s+(?:tiếp theo|sau|kế tiếp|tiếp sau)|(?:hằng|hàng|mỗi)\\s+(năm|tháng|qu[ýí]))|trở\\s+đi)${WE}`)
const EVERY: Record<string, DeadlineRecurrence> = { 'năm': 'yearly', 'tháng': 'monthly', 'quý': 'quarterly', 'quí': 'quarterly' }

function before(i: number, j: number, x: Node): Node {
  return compose(i, j, 'limit', [x], (env) => {
    const o = x.resolve(env)
    return o.start ? { start: null, end: addDays(o.start, -1) } : o
  })
}

function by(i: number, j: number, x: Node): Node {
  return compose(i, j, 'limit', [x], (env) => {
    const o = x.resolve(env)
    return { start: null, end: o.end, ...(o.invalid ? { invalid: o.invalid } : {}) }
  })
}

/** After a core: "X đến Y" with a bare Y. */
function tail(c: Cursor, x: Node, i: number): Node {
  const at = c.pos
  if (c.eat(RE_TO)) {
    const y = parseCore(c, true)
    // "năm 2026 đến ngày 15 tháng 5 năm 2026" is "as of", not a range: both ends name the same kind of period
    if (y && y.unit === x.unit) return range(i, c.pos, x, y)
    c.pos = at
  }
  return { ...x, i, j: c.pos }
}

/**
 * The longest time phrase starting at `i`, or null. `loose` (a whole phrase, a table cell) also reads bare forms
 * that need a cue in running text ("7/3", "5/2026", "2026").
 */
export function parsePhrase(s: string, i: number, loose: boolean): Node | null {
  const c = new Cursor(s, i)
  const n = phraseAt(c, i, loose)
  if (!n || n.kind === 'relative' || n.kind === 'recurring') return n
  // "năm 2026 và các năm tiếp theo", "Tháng 12/2025 và hằng năm", "từ quý II/2024 trở đi": a first time, then on and on
  c.pos = n.j
  const on = c.eat(RE_AND_ON)
  if (on) {
    const recurrence = on[1] ? EVERY[on[1]] : null
    return { ...n, j: c.pos, kind: recurrence ? 'recurring' : 'open-start', recurrence, needsYear: n.needsYear, resolve: (env) => ({ start: n.resolve(env).start, end: null }) }
  }
  if (!n.needsYear) return n
  // "trước ngày 15/12 hằng năm": a yearless date that comes back every year
  c.pos = n.j
  const e = c.eat(RE_EVERY_AFTER)
  return e ? { ...n, j: c.pos, kind: 'recurring', recurrence: EVERY[e[1]], needsYear: false, prefixed: true, resolve: () => NONE } : n
}

function phraseAt(c: Cursor, i: number, loose: boolean): Node | null {
  const rec = parseRecurring(c) ?? parseConditional(c)
  if (rec) return rec
  if (c.eat(RE_FROM_NOW)) {
    const x = parseCore(c, true)
    if (x) return { ...by(i, c.pos, x), kind: 'limit' }
    c.pos = i
  }
  if (c.eat(RE_FROM)) {
    const x = parseCore(c, true)
    if (x) {
      const at = c.pos
      if (c.eat(RE_TO)) {
        const y = parseCore(c, true)
        if (y) return range(i, c.pos, x, y)
        c.pos = at
      }
      return compose(i, c.pos, 'open-start', [x], (env) => {
        const o = x.resolve(env)
        return { start: o.start, end: null, ...(o.invalid ? { invalid: o.invalid } : {}) }
      })
    }
    c.pos = i
  }
  if (c.eat(RE_BEFORE)) {
    // "trước cuối năm" means by the end of the year, not before its last quarter begins
    const end = c.sees(RE_END_OF)
    const x = parseCore(c, true)
    if (x) return end ? by(i, c.pos, x) : before(i, c.pos, x)
    c.pos = i
  }
  if (c.eat(RE_LATEST)) {
    if (c.eat(RE_BEFORE)) {
      const x = parseCore(c, true)
      if (x) return before(i, c.pos, x)
    } else {
      const x = parseCore(c, true)
      if (x) return by(i, c.pos, x)
    }
    c.pos = i
  }
  if (c.eat(RE_UNTIL)) {
    const x = parseCore(c, true)
    if (x) return by(i, c.pos, x)
    c.pos = i
  }
  if (c.eat(RE_AFTER)) {
    const x = parseCore(c, true)
    if (x)
      return compose(i, c.pos, 'open-start', [x], (env) => {
        const o = x.resolve(env)
        return o.end ? { start: addDays(o.end, 1), end: null } : o
      })
    c.pos = i
  }
  if (c.eat(RE_DURATION)) {
    const x = parseCore(c, true)
    if (x && c.eat(RE_CLOSE)) return { ...x, i, j: c.pos, prefixed: true }
    c.pos = i
  }
  const cue = c.eat(RE_IN)
  const x = parseCore(c, loose)
  if (!x) return null
  const n = tail(c, x, i)
  return cue ? { ...n, prefixed: true } : n
}
