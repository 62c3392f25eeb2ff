// One whole time phrase at a position: an atom (core.ts) and what the words around it make of it (trước, đến hết,
// từ…đến, và hằng năm), counted periods (trong 30 ngày kể từ ngày ký), recurring and conditional duties.
import { COUNT, Cursor, WE, sticky } from './lexicon.js'
import { NONE } from './atoms.js'
import { seesTimeOfDay, seesTimeSpan } from './clock.js'
import { after, before, by, carry, from, range } from './combine.js'
import { parseCore } from './core.js'
import { parseCounted } from './counted.js'
import { parseFestival } from './festivals.js'
import { parseConditional, parseRecurring } from './recurring.js'
import { parseThisWeek } from './weeks.js'
import type { DeadlineNote, DeadlineRecurrence, Node } from './types.js'

const RE_FROM_NOW = sticky(`từ\\s+(?:nay|bây giờ|hiện nay)\\s+(?:đến|tới|cho đến)\\s+(?:hết\\s+)?`)
const RE_FROM = sticky(`(?:kể\\s+)?từ\\s+`)
const RE_TO = sticky(`\\s*(?:đến|tới|cho\\s+đến|-|–|—)\\s*(?:hết\\s+)?`)
// ("rước ngày 10 tháng 10": OCR dropped the t of "trước"; "rước" before a day's date reads no other way)
const RE_BEFORE = sticky(`(?:(?:chậm nhất|muộn nhất)\\s+(?:là\\s+)?)?(?:trước|(rước)(?=\\s+ngày\\s+\\d))\\s+(?:thời điểm\\s+)?`)
const LOST_T: DeadlineNote = { code: 'date-repaired', message: '"rước" read as "trước" (a letter lost to OCR)' }
const RE_LATEST = sticky(`(?:chậm nhất|muộn nhất|hạn chót|hạn cuối|không muộn hơn|không chậm hơn|không chậm quá)${WE}\\s*(?:là\\s*|:\\s*|vào\\s+|trong\\s+|đến\\s+|hết\\s+)*`)
const RE_UNTIL = sticky(`(?:(?:cho\\s+)?(?:đến|tới)\\s+(?:hết\\s+|thời điểm\\s+)?|hết\\s+)`)
const RE_AFTER = sticky(`sau\\s+(?!khi${WE})`)
const RE_IN = sticky(`(?:ngay\\s+)?(?:trong\\s+suốt|trong|suốt|vào)\\s+(?:thời gian\\s+|dịp\\s+)?`)
const RE_DURATION = sticky(`${COUNT}\\s+(?:ngày|buổi)\\s*\\(\\s*`)
const RE_END_OF = sticky(`(?:cuối|hạ tuần)\\s`)
const RE_CLOSE = sticky(`\\s*\\)`)
/** "hằng năm", "mỗi quý"; and "năm (trước) liền kề": the year before or after the one each round is about, so every year. */
const RE_EVERY_AFTER = sticky(
  `\\s*,?\\s*(?:của\\s+)?(?:(?:hằng|hàng|mỗi)\\s+(năm|tháng|qu[ýí])|năm\\s+(?:trước\\s+|sau\\s+)?liền\\s+kề(?:\\s+(?:trước|sau))?)${WE}`,
)
/** The work that goes on after the first time, up to four words: "Tháng 11, 12/2013 và kiện toàn thường xuyên", "… và bổ sung, sửa đổi hàng năm". */
const THEN_WORK = '(?:[^\\s\\d.,;:()/]+(?:,?\\s+[^\\s\\d.,;:()/]+){0,3}\\s+)'
const andOn = (work: string) =>
  sticky(
    `\\s*,?\\s*(?:(?:và|sau\\s+đó)\\s+(?:(?:các|những)\\s+năm\\s+(?:tiếp theo|sau|kế tiếp|tiếp sau)|(?:tiếp theo|kế tiếp)(?=\\s*[,.;)]|\\s*$)|${work}(?:định\\s+kỳ\\s+)?(?:hằng|hàng|mỗi)\\s+(năm|tháng|qu[ýí]|tuần)|${work}(thường\\s+xuyên))|trở\\s+đi)${WE}`,
  )
const RE_AND_ON = andOn(`${THEN_WORK}?`)
/** (after "hoàn thành" or "thực hiện", the first time is when the work is done: "Hoàn thành trong giai đoạn 2026 - 2027 và vận hành thường xuyên") */
const RE_AND_ON_DONE = andOn('')
/**
 * The words before a time that say it is when the work is done or carried out (a word may come between: "hoàn thành
 * trong", "Thực hiện trong giai đoạn 2026 - 2030 và vận hành thường xuyên").
 */
const COMPLETED_BEFORE = /(?<!\p{L})(?:hoàn thành|xong|thực hiện|triển khai)(?:\s+\p{L}+)?\s*$/iu
const EVERY: Record<string, DeadlineRecurrence> = { 'năm': 'yearly', 'tháng': 'monthly', 'quý': 'quarterly', 'quí': 'quarterly', 'tuần': 'weekly' }

/** After a core: "X đến Y" with a bare Y. */
function tail(c: Cursor, x: Node, i: number): Node {
  const at = c.pos
  if (c.eat(RE_TO)) {
    const y = parseCore(c, true, false)
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
  // "năm 2026 và các năm tiếp theo", "Tháng 12/2025 và hằng năm", "từ quý II/2024 trở đi", "Từ năm 2013 đến năm 2020 và
  // tiếp theo", "Tháng 12/2013 và (kiện toàn) thường xuyên": a first time, then on and on
  c.pos = n.j
  const on = c.eat(COMPLETED_BEFORE.test(s.slice(Math.max(0, i - 24), i)) ? RE_AND_ON_DONE : RE_AND_ON)
  if (on) {
    const recurrence = on[1] ? EVERY[on[1]] : on[2] ? 'ongoing' : null
    return { ...n, j: c.pos, kind: recurrence ? 'recurring' : 'open-start', recurrence, needsYear: n.needsYear, resolve: (env) => {
      const o = n.resolve(env)
      return carry(o, { start: o.start, end: null })
    } }
  }
  if (!n.needsYear) return n
  // "trước ngày 15/12 hằng năm", "trước ngày 31/01 năm liền kề": a yearless date that comes back every year
  c.pos = n.j
  const e = c.eat(RE_EVERY_AFTER)
  return e ? { ...n, j: c.pos, kind: 'recurring', recurrence: EVERY[e[1] ?? 'năm'], needsYear: false, prefixed: true, resolve: () => NONE } : n
}

/** The node, its reading noted. */
function noted(n: Node, note: DeadlineNote): Node {
  return { ...n, resolve: (env) => {
    const o = n.resolve(env)
    return { ...o, notes: [...(o.notes ?? []), note] }
  } }
}

/** Tết right after "đến": the festival a limit stops before. */
const SEES_TET = /^tết(?!\p{L})/iu

/** "trước X", where a time of day before X's day ("trước 15h00 ngày 14/10") makes that day the last one. */
function beforeCore(c: Cursor, i: number): Node | null {
  const timed = seesTimeOfDay(c)
  const x = parseCore(c, true)
  if (!x) return null
  return timed && x.unit === 'day' ? by(i, c.pos, x) : before(i, c.pos, x)
}

/** "chậm nhất X": the day X ends. */
function byCore(c: Cursor, i: number): Node | null {
  const x = parseCore(c, true)
  return x && by(i, c.pos, x)
}

/** "hoàn thành trong tuần": the week is a deadline only after a word that asks for one, or in a whole phrase. */
const DONE_BEFORE = /(?<!\p{L})(?:hoàn thành|xong)\s+$/u

/** What only a cue makes a time phrase in running text: a festival ("trong dịp Tết"), the week ("ngay trong tuần"). */
function afterCue(c: Cursor, i: number, cue: string, loose: boolean): Node | null {
  const f = parseFestival(c, true)
  if (f) return f
  const asked = loose || cue.startsWith('ngay') || DONE_BEFORE.test(c.s.slice(Math.max(0, i - 20), i))
  return asked ? parseThisWeek(c) : null
}

function phraseAt(c: Cursor, i: number, loose: boolean): Node | null {
  const rec = parseRecurring(c) ?? parseCounted(c) ?? parseConditional(c)
  if (rec) return rec
  const upTo = c.eat(RE_FROM_NOW)
  if (upTo) {
    // ("từ nay đến Tết Nguyên đán": Tết is a holiday; the work ends before it, as "trước Tết"; "đến hết Tết" takes it in)
    const eve = SEES_TET.test(c.s.slice(c.pos, c.pos + 4)) && !/hết\s+$/u.test(upTo[0])
    const x = parseCore(c, true)
    if (x) return eve && x.unit === 'day' ? { ...before(i, c.pos, x), kind: 'limit' } : { ...by(i, c.pos, x), kind: 'limit' }
    c.pos = i
  }
  if (c.eat(RE_FROM)) {
    // "Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23/01": a time span on one day; from one time of a day ("Áp dụng từ
    // 15 giờ 00 ngày 20/11/2025") is a start, as "từ ngày 20/11/2025" is
    const timed = seesTimeSpan(c)
    const x = parseCore(c, true)
    if (x) {
      const at = c.pos
      if (c.eat(RE_TO)) {
        const y = parseCore(c, true, false)
        if (y) return range(i, c.pos, x, y)
        c.pos = at
      }
      // ("từ 27 - 28/8/2025", "Từ tháng 7-8/2025": a span after "từ" is that span, not a start)
      return (timed && x.unit === 'day') || x.kind === 'range' ? { ...x, i, prefixed: true } : from(i, c.pos, x)
    }
    c.pos = i
  }
  const b = c.eat(RE_BEFORE)
  if (b) {
    // "trước cuối năm" means by the end of the year, not before its last quarter begins
    const n = c.sees(RE_END_OF) ? byCore(c, i) : beforeCore(c, i)
    if (n) return b[1] ? noted(n, LOST_T) : n
    c.pos = i
  }
  if (c.eat(RE_LATEST)) {
    const n = c.eat(RE_BEFORE) ? beforeCore(c, i) : byCore(c, i)
    if (n) return n
    c.pos = i
  }
  const until = c.eat(RE_UNTIL)
  if (until) {
    const n = SEES_TET.test(c.s.slice(c.pos, c.pos + 4)) && !/hết\s+$/u.test(until[0]) ? beforeCore(c, i) : byCore(c, i)
    if (n) return n
    c.pos = i
  }
  if (c.eat(RE_AFTER)) {
    const x = parseCore(c, true)
    if (x) return after(i, c.pos, x)
    c.pos = i
  }
  if (c.eat(RE_DURATION)) {
    const x = parseCore(c, true)
    if (x && c.eat(RE_CLOSE)) return { ...x, i, j: c.pos, prefixed: true }
    c.pos = i
  }
  const cue = c.eat(RE_IN)
  const x = parseCore(c, loose) ?? (cue ? afterCue(c, i, cue[0], loose) : null)
  if (!x) return null
  const n = tail(c, x, i)
  return cue ? { ...n, prefixed: true } : n
}
