// Stage 8, tasks: a table row's cells (its columns, a time cell, the bodies a cell names), and text that is bodies' names alone.
import { findAgencies, isGenericName, type AgencyMention } from '../agencies/index.js'
import { RECIPIENT_BEFORE } from '../grammar/assign.js'
import { opensWithAction } from '../grammar/cues.js'
import { readDeadline } from '../deadlines/index.js'
import { mentionsIn, withDefinedIn, withRegions, withoutHeadTitles, withoutMentions } from '../grammar/mentions.js'
import { mergeUnits, unitMentions } from '../grammar/units.js'
import type { AgencyRef } from '../contract/schema.js'
import { at, type Block } from '../read/segment.js'
import type { TableColumns } from '../read/tables.js'
import { slug } from '../contract/text.js'
import type { TaskContext } from './draft.js'

/** A time cell that spans months of one year: "10-11/2019", "01-4/2021". */
const MONTH_SPAN = /^\d{1,2}\s*[-–]\s*\d{1,2}\/\d{4}$/u

/**
 * The columns of a numbered row whose table lost its header ("1 | Hoàn thành xét duyệt nghĩa vụ quân sự | Trước
 * 31/8/2025 |", "39 | Khuyến khích … | Bộ Tài chính | Bộ Y tế, các bộ, ngành … | Đề án | Năm 2026 |"), read from its
 * cells: the first that says something is the task, a cell of bodies' names alone leads (the next coordinates), and
 * the last short cell that reads as a time is its deadline. Null when no cell names the work, or none says who or when.
 */
export function headlessColumns(cells: string[], ctx: TaskContext): TableColumns | null {
  if (!/^\d{1,3}[.)]?$/u.test(cells[0]?.trim() ?? '')) return null
  const cols: TableColumns = { text: -1, lead: -1, coordinators: -1, deadline: -1 }
  for (let i = 1; i < cells.length; i++) {
    const c = cells[i].trim()
    if (!/[\p{L}\p{N}]/u.test(c)) continue
    if (cols.text < 0) {
      if (!/\p{L}/u.test(c)) continue
      if (bodiesOnly(c) || isTimeCell(c, ctx)) return null
      cols.text = i
    } else if (bodiesOnly(c)) {
      if (cols.lead < 0) cols.lead = i
      else if (cols.coordinators < 0) cols.coordinators = i
    } else if (isTimeCell(c, ctx)) cols.deadline = i
  }
  return cols.text > 0 && (cols.lead > 0 || cols.deadline > 0) ? cols : null
}

/** A time column's cell, a whole phrase: "10-11/2019" there can only be months ("tháng 10-11/2019"). */
export const readTimeCell = (cell: string, ctx: TaskContext) => readDeadline(MONTH_SPAN.test(cell) ? `tháng ${cell}` : cell, ctx)

/**
 * A short cell that is a time and little else: "Trước 31/8/2025", "Xong trước tuần 2 tháng 01/2026.", "Năm 2026"; of a
 * longer one, its first sentence without what is in brackets ("Dự kiến từ ngày 03/3/2026 đến ngày 06/3/2026 (nhằm ngày
 * 15 tháng Giêng …). Thời gian giao quân cụ thể thực hiện theo Quyết định …": the time, then a note).
 */
function isTimeCell(cell: string, ctx: TaskContext): boolean {
  if (cell.length > 100) cell = (cell.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? '').replace(/\s*\([^()]*\)/gu, '')
  if (cell.length > 100) return false
  const r = readTimeCell(cell, ctx)
  return r.kind !== 'none' || /^(?:thường xuyên|hằng năm|hàng năm|định kỳ|liên tục)(?!\p{L})/iu.test(cell)
}

/** A cell of bodies' names and the words that join them, and nothing else: "Bộ Y tế, các bộ, ngành, cơ quan liên quan". */
function bodiesOnly(cell: string): boolean {
  const known = withRegions(findAgencies(withoutHeadTitles(cell)), cell)
  const found = mergeUnits(known, unitMentions(cell, known))
  return found.some((m) => !m.generic) && nothingBut(cell, found, CELL_JOINERS)
}

/**
 * Bodies named in a cell or a labelled field: the lexicon's, then units by their shape; a name neither knows is kept
 * as written only when it looks like one (a capitalised name of two or more capitalised words, or an abbreviation),
 * never a status word, a date or a phrase ("Hoàn thành", "Thường xuyên", "Năm 2026").
 */
export function refsOf(cell: string, b: Block, offset: number): AgencyRef[] {
  // (the units' grammar knows the lexicon's bodies, so that a unit's name stops before one: "Ban Quản lý Khu kinh tế, Sở
  // Công Thương" is two bodies)
  const known = withRegions(findAgencies(withoutHeadTitles(cell)), cell)
  const read = mergeUnits(known, unitMentions(cell, known))
  const all = cellItems(cell, withDefinedIn(read, cell, b.defs))
  // "các Ủy ban khác của Quốc hội", "đơn vị … trực thuộc UBND tỉnh": a body that owns the phrase before it is no actor
  // "… được trình Ban Chỉ đạo …", "báo cáo UBND tỉnh": a body the work goes to is no actor either
  const found = all.filter((m) => !OWNER_BEFORE.test(cell.slice(0, m.index)) && !RECIPIENT_BEFORE.test(cell.slice(0, m.index)))
  if (all.length) return dedupe(found.map((m) => mentionRef({ ...m, text: cell.slice(m.index, m.index + m.length) }, b, offset)))
  return cell
    .split(/[;,]\s*/u)
    .map((s) => s.trim().replace(/[.]+$/, ''))
    .filter(looksLikeName)
    // ("Các Khoa", "Các Phòng chức năng": every such unit, a collective)
    .map((s) => ({ id: slug(s), name: s, text: s, generic: isGenericName(s), span: null }))
}

/**
 * A cell that lists bodies one an item ("- Vụ Vật liệu xây dựng; - Vụ Kế hoạch -Tài chính; - Ban quản lý quy hoạch.",
 * "Ban Quản lý quy hoạch /Tư vấn được lựa chọn"): an item that opens with a unit's head noun is that unit's whole name,
 * though its last words are in lower case or read like a verb ("xây dựng", "quản lý"). An item that says more than a
 * name (a verb of its own, a number, a long phrase) is left to the grammar.
 */
function cellItems(cell: string, found: AgencyMention[]): AgencyMention[] {
  const out = [...found]
  const sep = /\s*(?:;|\/|\.$|(?:^|\s)[-–+•]\s+(?=\p{Lu}))\s*/gu
  let from = 0
  const items: Array<[number, number]> = []
  for (const m of cell.matchAll(sep)) {
    items.push([from, m.index!])
    from = m.index! + m[0].length
  }
  items.push([from, cell.length])
  for (const [i, j] of items) {
    const lead = /^[\s\-–+•]*/u.exec(cell.slice(i, j))![0].length
    // (a footnote's mark after the name, "Vụ Vật liệu xây dựng (*)", "Cục Khoáng sản (1)", is no part of it)
    const item = cell.slice(i + lead, j).trim().replace(FOOTNOTE_MARK, '')
    const start = i + lead
    if (!CELL_UNIT.test(item) || opensWithAction(item) || item.split(/\s+/u).length > 8 || /[\p{N},(]|(?<!\p{L})(?:chủ trì|phối hợp|và|các|của|được|theo|tại|về)(?!\p{L})/u.test(item)) continue
    const inside = out.filter((m) => m.index >= start && m.index < start + item.length)
    if (inside.length > 1 || (inside.length && (inside[0].index !== start || inside[0].length >= item.length))) continue
    const k = inside.length ? out.indexOf(inside[0]) : -1
    const m: AgencyMention = { name: item, text: item, index: start, length: item.length, generic: false }
    if (k >= 0) out[k] = m
    else out.push(m)
  }
  // ("Vụ Kế hoạch -Tài chính", "Vụ Kế hoạch- Tài chính": one name, spaced as "Vụ Kế hoạch - Tài chính")
  return out.map((m) => (/\S[-–]\s|\s[-–]\S/u.test(m.name) ? { ...m, name: m.name.replace(/\s*[-–]\s*(?=\p{Lu})/gu, ' - ') } : m)).sort((a, b) => a.index - b.index)
}

/** A footnote's mark closing a cell's item: "(*)", "(**)", "(1)", "*", or "()" where the text lost its stars to emphasis. */
const FOOTNOTE_MARK = /\s*(?:\(\s*(?:\*{1,3}|\d{1,2})?\s*\)|\*{1,3})$/u

/** The head nouns of a ministry's or a province's own units, then a capitalised name. */
const CELL_UNIT = /^(?:Vụ|Cục|Tổng cục|Chi cục|Ban|Phòng|Văn phòng|Trung tâm|Viện|Thanh tra)\s+\p{L}/u

/** A phrase, then "của" / "thuộc" / "trực thuộc" right before a body: the body is the phrase's owner. */
const OWNER_BEFORE = /\p{L}[^,;]*\s(?:của|thuộc|trực thuộc)\s*$/u

/** Nothing but the bodies named and the words that join them. */
export function isListOf(text: string, ms: AgencyMention[]): boolean {
  return /^[\s,;.:()\-–và]*$/u.test(withoutMentions(text, ms).replace(/(?<!\p{L})(?:và|cùng|các|những)(?!\p{L})/gu, ''))
}

function looksLikeName(s: string): boolean {
  if (/\p{N}/u.test(s) || s.split(/\s+/).length > 8) return false
  // (a phrase of manner, condition or time names no one: "Theo kế hoạch của Khoa", "Khi có yêu cầu", "Hằng Quý")
  if (/^(?:Theo|Tùy|Tuỳ|Khi|Nếu|Căn cứ|Trong|Sau|Trước|Hằng|Hàng|Định kỳ)(?!\p{L})/u.test(s)) return false
  // (nor does a person: "Đ/c Thanh", "Đồng chí Tuấn - CVP", "Ông Nguyễn Văn A" in a calendar's column of who attends)
  if (/^(?:Đ\/c|Đồng chí|Ông|Bà)(?!\p{L})/iu.test(s)) return false
  if (/^\p{Lu}{2,10}$/u.test(s)) return true
  return /^\p{Lu}/u.test(s) && (s.match(/(?:^|\s)\p{Lu}/gu)?.length ?? 0) >= 2
}

export function mentionRef(m: AgencyMention, b: Block, offset: number): AgencyRef {
  return { id: slug(m.name), name: m.name, text: m.text, generic: m.generic, span: { start: at(b, offset + m.index), end: at(b, offset + m.index + m.length) } }
}

export function dedupe(refs: AgencyRef[]): AgencyRef[] {
  const seen = new Set<string>()
  return refs.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)))
}

/** Text that is bodies' names and the words that join them, and nothing else. */
export function namesOnly(b: Block, text: string): boolean {
  const found = mentionsIn(b)
  return found.length > 0 && nothingBut(text, found, JOINERS)
}

/** The words that join names in a list: "Bộ Y tế và các cơ quan liên quan". */
const JOINERS = /(?<![\p{L}])(?:và|các|cùng|liên quan|có liên quan)(?![\p{L}])/gu
/** …and, in a table's cell, the part each plays: "Sở X chủ trì", "Sở Y phối hợp". */
const CELL_JOINERS = /(?<![\p{L}])(?:và|các|cùng|liên quan|có liên quan|chủ trì|phối hợp)(?![\p{L}])/gu

/** The text holds the mentions found in it, the joining words, and no other word. */
function nothingBut(text: string, found: AgencyMention[], joiners: RegExp): boolean {
  let rest = text
  for (const m of found) rest = rest.slice(0, m.index) + ' '.repeat(m.length) + rest.slice(m.index + m.length)
  return !/\p{L}/u.test(rest.replace(joiners, ''))
}
