// Periods counted from the signing or issue of the document itself: "trong 30 ngày kể từ ngày ký", "chậm nhất 05 ngày
// làm việc kể từ ngày ban hành Kế hoạch này"; and from the day it takes effect ("trong thời hạn 03 tháng kể từ ngày
// Nghị quyết này có hiệu lực"), conditional but dated when the document says that day. Other events ("kể từ ngày nhận
// được hồ sơ") stay conditional.
import { addDays, daysInMonth, iso, parseIso, shiftMonth, type Ymd } from './calendar.js'
import { COUNT3, Cursor, WE, numberValue, sticky } from './lexicon.js'
import { NONE } from './atoms.js'
import { addWorkingDays } from './workdays.js'
import type { DeadlineNote, Env, Node, Out } from './types.js'

/** The kinds of document that say "… này" of themselves. */
export const THIS_DOC_NOUNS = 'kế hoạch|quyết định|chỉ thị|công văn|văn bản|thông báo|nghị quyết|nghị định|thông tư|công điện|kết luận|chương trình|hướng dẫn|thông tri|quy định|quy chế'
const DOC = THIS_DOC_NOUNS
const SIGNED = `(?:được\\s+)?(?:ký(?:\\s+ban\\s+hành)?|ban\\s+hành)`
/** The event: this document's signing or issue, and nothing after it but a pause ("kể từ ngày ký, các đơn vị…"). */
const THIS_DOC = `(?:(?:${DOC})\\s+này\\s+${SIGNED}|${SIGNED}(?:\\s+(?:${DOC})\\s+này)?)(?=\\s*(?:[,.;:)\\]\\n]|$)|\\s+(?:và|để|thì|phải)${WE})`
/** A count of days, weeks, months or years from an event: limit (1), within (2), after (3), count (4), unit (5), working (6). */
const COUNT_FROM =
  `(?:(chậm nhất|muộn nhất|tối đa|không quá)\\s+(?:là\\s+)?(?:sau\\s+)?|(trong)\\s+(?:vòng\\s+|thời\\s+hạn\\s+|thời\\s+gian\\s+)?(?:tối đa\\s+|không quá\\s+)?|(sau)\\s+)` +
  `${COUNT3}\\s+(ngày|tuần|tháng|năm)(\\s+làm\\s+việc)?\\s*,?\\s*(?:kể\\s+từ|tính\\s+từ|từ|sau)\\s+`
const RE_COUNTED = sticky(`${COUNT_FROM}(?:ngày|khi)\\s+${THIS_DOC}`)
/** "… kể từ ngày Nghị quyết này có hiệu lực (thi hành)": the event is the day the document takes effect. */
const RE_FROM_EFFECT = sticky(`${COUNT_FROM}ngày\\s+(?:${DOC})\\s+này\\s+có\\s+hiệu\\s+lực(?:\\s+thi\\s+hành)?${WE}`)

/**
 * "… kể từ ngày Nghị định số 178/2026/NĐ-CP có hiệu lực (thi hành)": the event is the day that act takes effect, which
 * the document may say (DeadlineContext.actsInForce); "sô" is a scan's "số".
 */
const RE_FROM_ACT_EFFECT = sticky(`${COUNT_FROM}ngày\\s+(?:${DOC})\\s+(?:s[ốôo]\\s+)?(?<act>\\d[\\p{L}\\p{N}/.-]*[\\p{L}\\p{N}])\\s+có\\s+hiệu\\s+lực(?:\\s+thi\\s+hành)?${WE}`)

/** The letters RE_COUNTED can start with: it is tried at every time word, and most are not one of its. */
const FIRST = 'cmtks'

type Unit = 'ngày' | 'tuần' | 'tháng' | 'năm'

/** The same day n months on, or the last day of that month when it has no such day (Civil Code 2015, Art. 148). */
function addMonths(from: string, n: number): string {
  const { y, m } = shiftMonth(Number(from.slice(0, 4)), Number(from.slice(5, 7)), n)
  return iso(y, m, Math.min(Number(from.slice(8, 10)), daysInMonth(y, m)))
}

/** The last day of a period of n units counted from the day after `event` (Civil Code 2015, Art. 147–148). */
export function countFrom(event: string, n: number, unit: Unit, working: boolean): string {
  if (working) return addWorkingDays(event, unit === 'tuần' ? 5 * n : n)
  if (unit === 'ngày') return addDays(event, n)
  if (unit === 'tuần') return addDays(event, 7 * n)
  return addMonths(event, unit === 'tháng' ? n : 12 * n)
}

const WORKING_NOTE: DeadlineNote = {
  code: 'holidays-skipped',
  message: 'working days skip weekends and the public holidays of lexicon/holidays.tsv; the days the Prime Minister sets each year (Tết, Quốc khánh) may differ',
}

/** A node for a count matched by COUNT_FROM, from the event `eventOf` finds in the context (none: no end). */
function countedNode(c: Cursor, i: number, m: RegExpExecArray, kind: Node['kind'], eventOf: (env: Env) => Ymd | null, unknown: Out): Node {
  const [limit, within] = [!!m[1], !!m[2]]
  const n = numberValue(m[4])
  const unit = m[5] as Unit
  const working = !!m[6]
  const resolve = (env: Env): Out => {
    const at = eventOf(env)
    if (!at) return unknown
    const event = iso(at.y, at.m, at.d)
    const end = countFrom(event, n, unit, working)
    const start = within ? addDays(event, 1) : limit ? null : end
    return working ? { start, end, notes: [WORKING_NOTE] } : { start, end }
  }
  return { i, j: c.pos, kind, unit: 'span', recurrence: null, year: null, needsYear: false, prefixed: true, resolve }
}

const NO_DATE: Out = { ...NONE, notes: [{ code: 'no-document-date', message: 'counted from the signing or issue of a document whose date is not known' }] }

/** "trong 30 ngày kể từ ngày ký": the document's date (today) is the event. */
export function parseCounted(c: Cursor): Node | null {
  const i = c.pos
  if (!FIRST.includes(c.s[i])) return null
  const m = c.eat(RE_COUNTED)
  return m ? countedNode(c, i, m, 'relative', (env) => env.today, NO_DATE) : null
}

/** "trong thời hạn 03 tháng kể từ ngày Nghị quyết này có hiệu lực": conditional, dated by the day the document takes effect. */
export function parseCountedFromEffect(c: Cursor): Node | null {
  const i = c.pos
  if (!FIRST.includes(c.s[i])) return null
  const m = c.eat(RE_FROM_EFFECT)
  if (m) return countedNode(c, i, m, 'conditional', (env) => env.effective ?? null, NONE)
  const a = c.eat(RE_FROM_ACT_EFFECT)
  const act = a?.groups?.act
  return a && act ? countedNode(c, i, a, 'conditional', (env) => parseIso(env.actsInForce?.[act] ?? ''), NONE) : null
}
