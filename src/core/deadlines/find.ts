// Time phrases in running text: every one, left to right, without the dates of cited documents; the deadline of a task.
import { parseIso } from './calendar.js'
import { normalise, toGiven } from './normal.js'
import { parsePhrase } from './phrase.js'
import { repairDates, repairNotes, type Repair } from './repair.js'
import type { DeadlineContext, DeadlineMatch, DeadlineNote, Env, Node, Out } from './types.js'

/** Words a time phrase can start with; the grammar is only tried there. */
const TRIGGER =
  /(?:từ|kể|trước|chậm|muộn|hạn|không|đến|tới|cho|hết|trong|suốt|vào|ngay|sau|đầu|giữa|cuối|thượng|trung|hạ|nửa|thứ|chủ|chúa|ngày|hôm|mồng|mùng|tháng|qu[ýyí]|năm|giai|thời|niên|tuần|thường|định|theo|hằng|hàng|mỗi|khi|lúc|đột|\p{N}|một|mốt|hai|ba|bốn|tư|sáu|bảy|bẩy|tám|chín|mười)(?!\p{L})/gu

/** A whole phrase may also open with a festival ("Tết Nguyên đán 2026"); running text names one after a cue word. */
const TRIGGER_LOOSE = new RegExp(TRIGGER.source.replace('(?:', '(?:tết|rằm|giỗ|'), TRIGGER.flags)

const DOC_KIND = 'nghị quyết|chỉ thị|kết luận|quy định|quyết định|nghị định|thông tư|kế hoạch|hướng dẫn|thông báo|thông tri|công văn|công điện|tờ trình|pháp lệnh|điều lệ|luật'
const CODE = '[\\p{L}\\p{N}][\\p{L}\\p{N}./-]*'
/**
 * What stands before the date of a cited document: "số 12-NQ/TW", "Chỉ thị 03-CT/TW", "Kế hoạch 08,", "Quyết định số
 * 270/QĐ-TTg", and as OCR leaves it: "sô 484/TB- VPCP".
 */
const REF_BEFORE = new RegExp(
  `(?:(?<!\\p{L})s[ốô]\\s*${CODE}(?:\\s+[\\p{L}\\p{N}]+[/-][\\p{L}\\p{N}./-]*|(?<=-)\\s+${CODE})?|(?<![\\p{L}\\p{N}])\\p{N}+[\\p{L}\\p{N}.]*[/-]\\p{L}[\\p{L}\\p{N}./-]*|(?<!\\p{L})(?:${DOC_KIND})(?:\\s+(?:s[ốô]\\s*)?\\p{N}[\\p{L}\\p{N}./-]*)?)\\s*[,;:]?\\s*\\(?\\s*(?:ban hành\\s+|ký\\s+)?$`,
  'u',
)
const REF_AFTER = /^\s*,?\s*của\s+(?:chính phủ|thủ tướng|bộ|ban|quốc hội|ủy ban|ubnd|hđnd|hội đồng|tỉnh ủy|thành ủy|huyện ủy|đảng ủy|văn phòng|tổng cục|cục|sở|trung ương|bch|tòa án|viện|liên)(?!\p{L})/u
const LAW_BEFORE = /(?<!\p{L})(?:bộ luật|luật|hiến pháp|pháp lệnh)(?:\s+[^\s,.;:()]+){0,8}\s+$/u
/**
 * "Hội nghị toàn quốc Ngành Tổ chức xây dựng Đảng năm 2016", "chương trình kiểm tra, giám sát năm 2025": the year
 * names the event or the programme, it does not limit a task.
 */
const EVENT_BEFORE = /(?<!\p{L})(?:hội nghị|đại hội|hội thảo|hội thi|kỳ họp|phiên họp|lễ|chương trình|kế hoạch|báo cáo|phong trào|đề án|dự án|chiến lược|cuộc vận động)(?:,?\s+[^\s,.;:()]+){0,9}\s+$/u

/** Inside quotation marks a time phrase belongs to a title ('Đề án "… giai đoạn 2026 - 2030"'), not to the task. */
function quoted(s: string, i: number): boolean {
  const before = s.slice(Math.max(0, i - 300), i)
  const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length
  return open > 0 || (before.match(/"/g) ?? []).length % 2 === 1
}
const TERM_BEFORE = /(?<!\p{L})(?:nhiệm kỳ|khóa|khoá|năm học|niên khóa|niên khoá)\s*\(?\s*$/u
const COMPARE_BEFORE = /(?<!\p{L})so với\s+(?:cùng kỳ\s+)?(?:của\s+)?$/u
/** "những năm tới" is vague, "03 tháng trước ngày…" counts back from an event. */
const PLURAL_BEFORE = /(?:(?<!\p{L})(?:những|các|mấy)|\p{N})\s+$/u
const IDIOM_BEFORE = /(?<!\p{L})hơn\s+$/u
const IDIOM_AFTER = /^\s+[^,.;\n]{0,15}?(?<!\p{L})hơn(?!\p{L})/u

/** Is this phrase the date of a cited document, a term of office, a comparison or an idiom rather than a time limit? */
function excluded(s: string, n: Node): boolean {
  if (quoted(s, n.i)) return true
  if (n.prefixed) return false
  const before = s.slice(Math.max(0, n.i - 80), n.i)
  if (COMPARE_BEFORE.test(before)) return true
  if (n.kind === 'relative') return PLURAL_BEFORE.test(before) || IDIOM_BEFORE.test(before) || IDIOM_AFTER.test(s.slice(n.j, n.j + 30))
  if (n.unit === 'day') return REF_BEFORE.test(before) || REF_AFTER.test(s.slice(n.j, n.j + 40))
  if (n.unit === 'year' || n.unit === 'span') return TERM_BEFORE.test(before) || LAW_BEFORE.test(before) || REF_BEFORE.test(before) || EVENT_BEFORE.test(before)
  return false
}

export interface Scan {
  nodes: Node[]
  /** spans left out as references, terms of office, comparisons */
  skipped: Array<[number, number]>
}

/** Every time phrase in a normalised text; `loose` also reads the bare forms a table cell uses. */
const WORDISH = /[\p{L}\p{N}]/u
const DIGIT = /\p{N}/u

/** A trigger counts at a word start, and not inside a number such as 12/2021 or 1.234 (checked here: a lookbehind in TRIGGER is slow). */
function wordStart(s: string, i: number): boolean {
  if (i === 0) return true
  const c = s.charCodeAt(i - 1)
  // ASCII by its ranges: letters and digits are a word, and only "/.,-" can glue a trigger to a number
  if (c < 128) {
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return false
    if (c !== 47 && c !== 46 && c !== 44 && c !== 45) return true
    return !(i >= 2 && DIGIT.test(s[i - 2]))
  }
  return !WORDISH.test(s[i - 1])
}

/** The trigger regexes, reused by every scan (a scan runs to the end before the next one starts). */
const TRIGGERS = { strict: new RegExp(TRIGGER.source, TRIGGER.flags), loose: new RegExp(TRIGGER_LOOSE.source, TRIGGER.flags) }

export function scan(low: string, loose: boolean): Scan {
  const nodes: Node[] = []
  const skipped: Array<[number, number]> = []
  const re = loose ? TRIGGERS.loose : TRIGGERS.strict
  re.lastIndex = 0
  for (let m = re.exec(low); m; m = re.exec(low)) {
    if (!wordStart(low, m.index)) continue
    const n = parsePhrase(low, m.index, loose)
    if (!n || n.j <= n.i) continue
    if (excluded(low, n)) skipped.push([n.i, n.j])
    else nodes.push(n)
    re.lastIndex = n.j
  }
  return { nodes, skipped }
}

/** The year for a phrase written without one: the nearest written year in the same text, else the context's. */
export function contextYear(n: Node, nodes: Node[], ctx: DeadlineContext): number | null {
  let best: number | null = null
  let dist = Infinity
  for (const o of nodes) {
    if (o === n || o.year === null) continue
    const d = o.i >= n.j ? o.i - n.j : n.i >= o.j ? n.i - o.j : 0
    if (d < dist) [best, dist] = [o.year, d]
  }
  if (best !== null) return best
  if (ctx.year !== undefined) return ctx.year
  return ctx.today ? (parseIso(ctx.today)?.y ?? null) : null
}

/** Each node read against the context, with the notes of the OCR mends inside it and of a year taken from the context. */
export function resolveAll(nodes: Node[], ctx: DeadlineContext, repairs: Repair[] = []): Array<{ node: Node } & Out> {
  const today = ctx.today ? parseIso(ctx.today) : null
  return nodes.map((node) => {
    const env: Env = { year: node.needsYear ? contextYear(node, nodes, ctx) : (ctx.year ?? today?.y ?? null), today }
    const o: { node: Node } & Out = { node, ...node.resolve(env) }
    const notes = [...(repairs.length ? repairNotes(repairs, node.i, node.j) : []), ...(o.notes ?? [])]
    if (node.needsYear && ctx.yearFrom && usedContextYear(node, nodes, ctx, o, today)) {
      notes.push({ code: 'year-inferred', message: `no year written: ${ctx.year}, from ${ctx.yearFrom}` })
    }
    if (notes.length) o.notes = notes
    return o
  })
}

/** The year came from the context, not from the text, and the reading needed it (not "trước Tết", read against today). */
function usedContextYear(node: Node, nodes: Node[], ctx: DeadlineContext, o: Out, today: Env['today']): boolean {
  if (ctx.year === undefined || nodes.some((x) => x !== node && x.year !== null) || (!o.start && !o.end)) return false
  const without = node.resolve({ year: null, today })
  return without.start !== o.start || without.end !== o.end
}

/** The optional parts of a reading, present only when they say something. */
export function extras(o: { invalid?: string; notes?: DeadlineNote[] }): { invalid?: string; notes?: DeadlineNote[] } {
  return { ...(o.invalid ? { invalid: o.invalid } : {}), ...(o.notes?.length ? { notes: o.notes } : {}) }
}

interface Read {
  norm: ReturnType<typeof normalise>
  repairs: Repair[]
  nodes: Node[]
}

/**
 * The phrases of a text before any context is applied. The stages of a parse read the same sentence again and again
 * (its task, its milestones, its neighbours' cut): the text-only part is kept until the parse of the document ends
 * (forgetReadings), so that a memo never spans two documents.
 */
const reads = new Map<string, Read>()
const MAX_READS = 4096

/** Drops the texts read so far: called by the parser at the start and the end of each document. */
export function forgetReadings(): void {
  reads.clear()
}

function phrasesOf(text: string): Read {
  let r = reads.get(text)
  if (!r) {
    const norm = normalise(text)
    const { low, repairs } = repairDates(norm.low)
    r = { norm, repairs, nodes: scan(low, false).nodes }
    if (reads.size >= MAX_READS) reads.clear()
    reads.set(text, r)
  }
  return r
}

export function findDeadlines(text: string, ctx: DeadlineContext = {}): DeadlineMatch[] {
  const { norm, repairs, nodes } = phrasesOf(text)
  return resolveAll(nodes, ctx, repairs).map((r) => {
    const { node } = r
    const index = toGiven(norm, node.i)
    const length = toGiven(norm, node.j) - index
    const m: DeadlineMatch = { text: text.slice(index, index + length), start: r.start, end: r.end, kind: node.kind, recurrence: node.recurrence, index, length }
    if (r.invalid) m.invalid = r.invalid
    if (r.notes?.length) m.notes = r.notes
    return m
  })
}

/** The deadline among several readings: the latest end; else a recurring or conditional one; else a start with no end, an impossible date. */
export function pickDeadline<T extends { end: string | null; kind: string; invalid?: string }>(list: T[]): T | null {
  let best: T | null = null
  for (const m of list) if (m.end && (!best || m.end > best.end!)) best = m
  return (
    best ??
    list.find((m) => m.kind === 'recurring' || m.kind === 'conditional') ??
    list.find((m) => m.kind === 'open-start' || m.invalid) ??
    null
  )
}

export function lastDeadline(text: string, ctx: DeadlineContext = {}): DeadlineMatch | null {
  return pickDeadline(findDeadlines(text, ctx))
}

const YEAR_NUMBER = /(?<![\p{L}\p{N}/]|\p{N}[.,])(19[4-9]\d|20\d\d|2100)(?![\p{N}]|[/.,]\p{N}|[/-]\p{L})/gu

/** Plausible years (1945–2100) written outside cited documents and terms of office, ascending, once each. */
export function yearsMentioned(text: string): number[] {
  const { low } = normalise(text)
  const { skipped } = scan(low, false)
  const years = new Set<number>()
  for (const m of low.matchAll(YEAR_NUMBER)) {
    const at = m.index
    if (skipped.some(([a, b]) => at >= a && at < b)) continue
    if (/(?<!\p{L})số\s*$/u.test(low.slice(Math.max(0, at - 6), at))) continue
    years.add(Number(m[1]))
  }
  return [...years].sort((a, b) => a - b)
}
