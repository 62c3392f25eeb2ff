// The smallest time phrases: a month, a quarter, a year, a part of a year (each with its lists and ranges).
import { iso, monthEnd, monthStart } from './calendar.js'
import { COUNT, Cursor, MONTH, QUARTER, WE, YEAR, fail, numberValue, sticky } from './lexicon.js'
import type { DeadlineKind, Env, Node, Out, Unit } from './types.js'

/** The year a phrase names: written, relative to today (năm nay, năm sau), or missing (taken from Env). */
export type YearSpec = { abs: number } | { rel: number } | null

export const NONE: Out = { start: null, end: null }

export function yearOf(spec: YearSpec, env: Env): number | null {
  if (spec === null) return env.year
  if ('abs' in spec) return spec.abs
  return env.today ? env.today.y + spec.rel : null
}

export function makeNode(
  i: number,
  j: number,
  kind: DeadlineKind,
  unit: Unit,
  spec: YearSpec,
  resolve: (env: Env) => Out,
): Node {
  return {
    i,
    j,
    kind: spec && 'rel' in spec ? 'relative' : kind,
    unit,
    recurrence: null,
    year: spec && 'abs' in spec ? spec.abs : null,
    needsYear: spec === null,
    prefixed: false,
    resolve,
  }
}

const REL_YEAR: Record<string, number> = { 'nay': 0, 'này': 0, 'hiện tại': 0, 'sau': 1, 'tới': 1, 'tiếp theo': 1, 'kế tiếp': 1, 'sắp tới': 1, 'trước': -1, 'ngoái': -1 }
const RE_YT_SEP = sticky(`\\s*[-/]\\s*${YEAR}`)
const RE_YT_WORD = sticky(`\\s*,?\\s*(?:của\\s+)?năm\\s+${YEAR}`)
const RE_YT_REL = sticky(`\\s*,?\\s*(?:của\\s+)?năm\\s+(nay|này|hiện tại|sau|tới|tiếp theo|kế tiếp|sắp tới|trước|ngoái)${WE}`)

/** The year after a month, quarter or day: "-2013", "/2013", " năm 2013", " của năm 2018", " năm sau". */
export function yearTail(c: Cursor): YearSpec {
  const m = c.eat(RE_YT_SEP) ?? c.eat(RE_YT_WORD)
  if (m) return { abs: Number(m[1]) }
  const r = c.eat(RE_YT_REL)
  return r ? { rel: REL_YEAR[r[1]] } : null
}

// --- months and quarters -----------------------------------------------------------------------

const RE_THANG = sticky(`tháng\\s+`)
const RE_M = sticky(MONTH)
const RE_MLIST = sticky(`\\s*(?:,|và|hoặc|-|–)\\s*(tháng\\s+)?`)
const RE_BARE_MY = sticky(`(\\d{1,2})\\s*[/-]\\s*${YEAR}`)
const RE_AND_MY = sticky(`\\s*(?:,|và)\\s*(\\d{1,2})\\s*[/-]\\s*${YEAR}`)
const RE_NEXT = sticky(`\\s+(tới|sau|tiếp theo|sắp tới|kế tiếp)${WE}(?!\\s+khi)`)
const RE_QUY = sticky(`qu[ýí]\\s+`)
const RE_Q = sticky(QUARTER)
const RE_QLIST = sticky(`\\s*(?:,|và|hoặc|-|–)\\s*(qu[ýí]\\s+)?`)

/** Numbers in a list after "tháng"/"quý": a bare number needs a year to close the list ("tháng 9, 10, 11/2012"). */
function readList(c: Cursor, item: RegExp, sep: RegExp, max: number): { values: number[]; spec: YearSpec } {
  const first = c.eat(item)!
  const values = [numberValue(first[1])]
  const ends = [c.pos]
  const keyword = [true]
  for (;;) {
    const at = c.pos
    const s = c.eat(sep)
    const v = s && c.eat(item)
    if (!s || !v || numberValue(v[1]) < 1 || numberValue(v[1]) > max) {
      c.pos = at
      break
    }
    values.push(numberValue(v[1]))
    ends.push(c.pos)
    keyword.push(!!s[1])
  }
  const spec = yearTail(c)
  const cut = keyword.indexOf(false)
  if (spec === null && cut > 0) {
    // "tháng 10, 11 đơn vị": without a closing year the list stops at its first bare number
    values.length = cut
    c.pos = ends[cut - 1]
  }
  return { values, spec }
}

export function parseMonth(c: Cursor, bare: boolean): Node | null {
  const i = c.pos
  if (!c.eat(RE_THANG)) {
    const m = bare ? c.eat(RE_BARE_MY) : null
    if (!m) return null
    const mo = Number(m[1])
    const y = Number(m[2])
    if (mo < 1 || mo > 12) return fail(c, i)
    return makeNode(i, c.pos, 'period', 'month', { abs: y }, () => ({ start: monthStart(y, mo), end: monthEnd(y, mo) }))
  }
  if (!c.sees(RE_M)) return fail(c, i)
  const { values, spec } = readList(c, RE_M, RE_MLIST, 12)
  if (values.some((v) => v < 1 || v > 12)) return fail(c, i)
  const [m1, m2] = [values[0], values[values.length - 1]]
  if (spec === null && values.length === 1 && c.eat(RE_NEXT)) {
    // "tháng 3 tới": the next March after today
    return makeNode(i, c.pos, 'relative', 'month', { rel: 0 }, (env) => {
      if (!env.today) return NONE
      const y = m1 > env.today.m ? env.today.y : env.today.y + 1
      return { start: monthStart(y, m1), end: monthEnd(y, m1) }
    })
  }
  // "tháng 6/2025 và 7/2025": a second month of the same year, its month and year written bare after the first's
  const at = c.pos
  const year = spec && 'abs' in spec ? spec.abs : null
  const more = year !== null ? c.eat(RE_AND_MY) : null
  const fits = !!more && Number(more[2]) === year && Number(more[1]) > m2 && Number(more[1]) <= 12
  if (more && !fits) c.pos = at
  const last = fits ? Number(more![1]) : m2
  const span = values.length > 1 || last !== m2
  return makeNode(i, c.pos, span ? 'range' : 'period', span ? 'span' : 'month', spec, (env) => {
    const y = yearOf(spec, env)
    return y === null ? NONE : { start: monthStart(y, m1), end: monthEnd(y, Math.max(m1, last)) }
  })
}

export function parseQuarter(c: Cursor): Node | null {
  const i = c.pos
  if (!c.eat(RE_QUY)) return null
  if (!c.sees(RE_Q)) return fail(c, i)
  const { values, spec } = readList(c, RE_Q, RE_QLIST, 4)
  const [q1, q2] = [values[0], Math.max(values[0], values[values.length - 1])]
  return makeNode(i, c.pos, values.length > 1 ? 'range' : 'period', values.length > 1 ? 'span' : 'quarter', spec, (env) => {
    const y = yearOf(spec, env)
    return y === null ? NONE : { start: monthStart(y, q1 * 3 - 2), end: monthEnd(y, q2 * 3) }
  })
}

// --- years ------------------------------------------------------------------------------------

const RE_PERIOD_KW = sticky(`(?:giai\\s+đoạn|thời\\s+kỳ|niên\\s+độ)\\s*(?:từ\\s+)?(?:năm\\s+)?(?=\\d)`)
const RE_NAM = sticky(`năm\\s+(?=\\d)`)
const RE_Y = sticky(YEAR)
const RE_YRANGE = sticky(`\\s*(?:-|–|—)\\s*(?:năm\\s+)?${YEAR}`)
const RE_YLIST = sticky(`\\s*(?:,|và)\\s*(?:năm\\s+)?${YEAR}`)
const RE_NAM_REL = sticky(`năm\\s+(nay|này|hiện tại|sau|tới|tiếp theo|kế tiếp|sắp tới|trước|ngoái)${WE}(?!\\s+(?:khi|tục))`)
const RE_NAM_ALONE = sticky(`năm${WE}`)
/** What closes a period opened by "từ" when it is not a dash: "giai đoạn từ năm 2013 đến năm 2015". */
const RE_TO_AHEAD = sticky(`\\s*,?\\s*(?:đến|tới|cho\\s+đến)\\s`)

const yearOut = (y1: number, y2: number): Out => ({ start: iso(y1, 1, 1), end: iso(y2, 12, 31) })

/**
 * "năm 2012", "giai đoạn 2021 - 2025", "2021-2025", "năm 2012 và 2013", a bare "2026" when `bare`. A period that opens
 * with "từ" and names no end ("trong giai đoạn từ năm 2013") is a start with no end, as "từ năm 2013" is.
 */
export function parseYear(c: Cursor, bare: boolean): Node | null {
  const i = c.pos
  const kw = c.eat(RE_PERIOD_KW) ?? c.eat(RE_NAM)
  const y = c.eat(RE_Y)
  if (!y) return fail(c, i)
  const y1 = Number(y[1])
  const r = c.eat(RE_YRANGE)
  if (r) {
    const y2 = Number(r[1])
    if (y2 > y1 && y2 - y1 <= 60) return makeNode(i, c.pos, 'range', 'span', { abs: y2 }, () => yearOut(y1, y2))
    return fail(c, i)
  }
  if (!kw && !bare) return fail(c, i)
  if (kw && kw[0].includes('từ') && !c.sees(RE_TO_AHEAD)) return makeNode(i, c.pos, 'open-start', 'year', { abs: y1 }, () => ({ start: iso(y1, 1, 1), end: null }))
  let y2 = y1
  for (let m = c.eat(RE_YLIST); m && Number(m[1]) > y2; m = c.eat(RE_YLIST)) y2 = Number(m[1])
  return makeNode(i, c.pos, y2 > y1 ? 'range' : 'period', y2 > y1 ? 'span' : 'year', { abs: y2 }, () => yearOut(y1, y2))
}

/** The year word after a modifier or "6 tháng đầu": "năm 2024", "năm nay", or a bare "năm" (the context's year). */
export function parseYearWord(c: Cursor): Node | null {
  const i = c.pos
  const abs = parseYear(c, false)
  if (abs) return abs.unit === 'year' ? abs : fail(c, i)
  const rel = c.eat(RE_NAM_REL)
  if (rel) {
    const spec: YearSpec = { rel: REL_YEAR[rel[1]] }
    return makeNode(i, c.pos, 'relative', 'year', spec, (env) => {
      const y = yearOf(spec, env)
      return y === null ? NONE : yearOut(y, y)
    })
  }
  if (!c.eat(RE_NAM_ALONE)) return null
  return makeNode(i, c.pos, 'period', 'year', null, (env) => (env.year === null ? NONE : yearOut(env.year, env.year)))
}

const RE_PART = sticky(`(?:${COUNT}\\s+tháng|(nửa))\\s+(đầu|cuối)\\s+(?=năm)`)

/** "6 tháng đầu năm 2013", "9 tháng đầu năm", "6 tháng cuối năm 2024", "nửa cuối năm nay". */
export function parseYearPart(c: Cursor): Node | null {
  const i = c.pos
  const m = c.eat(RE_PART)
  if (!m) return null
  const n = m[2] ? 6 : numberValue(m[1])
  const year = parseYearWord(c)
  if (!year || n < 1 || n > 12) return fail(c, i)
  const head = m[3] === 'đầu'
  return { ...year, i, j: c.pos, unit: 'span', kind: year.kind === 'relative' ? 'relative' : 'period', resolve: (env) => {
    const o = year.resolve(env)
    if (!o.start) return o
    const y = Number(o.start.slice(0, 4))
    return head ? { start: o.start, end: monthEnd(y, n) } : { start: monthStart(y, 13 - n), end: o.end }
  } }
}
