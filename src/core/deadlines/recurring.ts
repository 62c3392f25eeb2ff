// Duties with no end date: recurring ones (thường xuyên, hằng quý, 6 tháng và hằng năm, định kỳ) and conditional ones (sau khi…).
import { COUNT, Cursor, WE, fail, numberValue, sticky } from './lexicon.js'
import { NONE } from './atoms.js'
import { parseCountedFromEffect } from './counted.js'
import type { DeadlineRecurrence, Node } from './types.js'

const EVERY: Record<string, DeadlineRecurrence> = { 'ngày': 'daily', 'tuần': 'weekly', 'tháng': 'monthly', 'quý': 'quarterly', 'quí': 'quarterly', 'năm': 'yearly' }
/** Most specific first: a list "thường xuyên, hằng năm" is yearly. */
const ORDER: DeadlineRecurrence[] = ['daily', 'weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly', 'periodic', 'ongoing']

const RE_EVERY = sticky(`(?:hằng|hàng|mỗi)\\s+(ngày|tuần|tháng|qu[ýí]|năm)${WE}`)
const RE_WORD = sticky(`(thường xuyên|thường niên|(?:theo\\s+)?định kỳ)${WE}`)
const RE_COUNT = sticky(`${COUNT}\\s+(tháng|qu[ýí])(\\s*(?:(?:một|1|01)\\s+lần|/\\s*lần))?${WE}`)
const RE_SEP = sticky(`\\s*(?:,|và|hoặc|/)\\s*`)
const RE_WS = sticky(`\\s+`)
const RE_MONTHLY_DAY = sticky(`(?:(?:trước|vào|chậm nhất|trong)\\s+)?ngày\\s+(\\d{1,2})\\s+(?:hằng|hàng|mỗi)\\s+tháng${WE}`)
/** "ngày 20 của tháng cuối quý": a day of a month named by its place in any quarter or year comes back with it. */
const RE_DAY_OF_PART = sticky(
  `(?:(?:trước|vào|chậm nhất|trong)\\s+)?ngày\\s+\\d{1,2}\\s+(?:của\\s+)?tháng\\s+(?:đầu tiên|đầu|cuối cùng|cuối|giữa|thứ\\s+(?:nhất|hai|ba|[1-3]))\\s+(?:của\\s+)?(?:hằng\\s+|hàng\\s+|mỗi\\s+)?(qu[ýí]|năm)${WE}(?!\\s*(?:[-/]?\\s*\\d|i|v|này|nay|sau|tới|trước|tiếp))`,
)
/** "chi thường xuyên" is recurrent spending, "giáo dục thường xuyên" continuing education: not a schedule. */
const NOT_BEFORE = /(?:giáo dục|chi|kinh phí|chi phí|dự toán|khách hàng|bình quân|trung bình)\s+$/u
const NOT_AFTER = sticky(`\\s+(?:bị|chịu|xảy ra)${WE}`)

function countRecurrence(n: number, unit: string): DeadlineRecurrence {
  const months = unit === 'tháng' ? n : 3 * n
  return months === 1 ? 'monthly' : months === 3 ? 'quarterly' : months === 6 ? 'half-yearly' : months === 12 ? 'yearly' : 'periodic'
}

function recurringNode(i: number, j: number, recurrence: DeadlineRecurrence): Node {
  return { i, j, kind: 'recurring', unit: 'span', recurrence, year: null, needsYear: false, prefixed: true, resolve: () => NONE }
}

/** One item; `inList` allows a bare count ("6 tháng" in "6 tháng và hằng năm"). */
function item(c: Cursor, inList: boolean, tally = { counts: 0 }): DeadlineRecurrence | null {
  const r = namedItem(c)
  if (r) return r
  const at = c.pos
  const n = c.eat(RE_COUNT)
  if (n && (inList || n[3])) {
    tally.counts++
    return countRecurrence(numberValue(n[1]), n[2])
  }
  c.pos = at
  return null
}

/** "01 lần/tháng", "2 lần / năm": so many times a period. */
const RE_TIMES_PER = sticky(`${COUNT}\\s+lần\\s*/\\s*(ngày|tuần|tháng|qu[ýí]|năm)${WE}`)

function namedItem(c: Cursor): DeadlineRecurrence | null {
  const e = c.eat(RE_EVERY)
  if (e) return EVERY[e[1]]
  const times = c.eat(RE_TIMES_PER)
  if (times) return EVERY[times[times.length - 1]]
  const w = c.eat(RE_WORD)
  if (w) {
    if (w[1].endsWith('định kỳ')) {
      const at = c.pos
      const next = c.eat(RE_WS) && item(c, true)
      if (next) return next
      c.pos = at
      return 'periodic'
    }
    return w[1] === 'thường niên' ? 'yearly' : 'ongoing'
  }
  return null
}

/** "Thường xuyên", "Hằng quý", "6 tháng và hằng năm", "định kỳ 6 tháng", "ngày 20 hằng tháng". */
export function parseRecurring(c: Cursor): Node | null {
  const i = c.pos
  if (c.eat(RE_MONTHLY_DAY)) return recurringNode(i, c.pos, 'monthly')
  const part = c.eat(RE_DAY_OF_PART)
  if (part) return recurringNode(i, c.pos, part[1] === 'năm' ? 'yearly' : 'quarterly')
  if (NOT_BEFORE.test(c.s.slice(Math.max(0, i - 20), i))) return null
  const found: DeadlineRecurrence[] = []
  // a list of bare counts alone ("6 tháng hoặc 12 tháng") is durations, not a schedule
  const tally = { counts: 0 }
  let end = i
  for (let first = true; ; first = false) {
    const at = c.pos
    if (!first && !c.eat(RE_SEP)) break
    // a leading count needs a partner: "6 tháng và hằng năm"
    const r = item(c, true, tally)
    if (!r) {
      c.pos = at
      break
    }
    found.push(r)
    end = c.pos
  }
  c.pos = end
  if (found.length === 0) return null
  if (tally.counts === found.length && found.length > 1) return fail(c, i)
  if (found.length === 1) {
    // a lone count is a duration ("trong 6 tháng"), not a schedule
    c.pos = i
    const lone = item(c, false)
    if (!lone) return fail(c, i)
  }
  if (found.includes('ongoing') && found.length === 1 && c.sees(NOT_AFTER)) return fail(c, i)
  const best = ORDER.find((r) => found.includes(r))!
  return recurringNode(i, c.pos, best)
}

const RE_AFTER_EVENT = sticky(`(?:ngay\\s+)?sau\\s+khi\\s+[^,.;:()\\n]*[^,.;:()\\n\\s]`)
const RE_ON_DEMAND = sticky(`(?:đột xuất\\s+)?(?:khi|lúc)\\s+có\\s+yêu\\s+cầu${WE}`)
const RE_WITHIN_EVENT = sticky(
  `(?:trong vòng|trong thời hạn|trong|chậm nhất|không quá|sau)\\s+${COUNT}\\s+(?:ngày|tuần|tháng|năm)(?:\\s+làm\\s+việc)?\\s*,?\\s*(?:kể\\s+từ|tính\\s+từ|sau\\s+khi|từ\\s+khi|từ\\s+ngày)[^,.;()\\n]*[^,.;()\\n\\s]`,
)

/**
 * "sau khi Hiến pháp sửa đổi được ban hành", "khi có yêu cầu", "trong 15 ngày kể từ ngày nhận được". A period counted
 * from the day this document takes effect is still conditional, and has its end when the document says that day.
 */
export function parseConditional(c: Cursor): Node | null {
  const i = c.pos
  const effect = parseCountedFromEffect(c)
  if (effect) return effect
  const m = c.eat(RE_AFTER_EVENT) ?? c.eat(RE_ON_DEMAND) ?? c.eat(RE_WITHIN_EVENT)
  if (!m) return null
  if (c.pos - i > 160) c.pos = i + 160
  return { i, j: c.pos, kind: 'conditional', unit: 'span', recurrence: null, year: null, needsYear: false, prefixed: true, resolve: () => NONE }
}
