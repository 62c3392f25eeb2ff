// Stage 8, tasks: a paragraph with no mark that goes on from the task right before it, or with its list.
import { isNarrative, opensAsReport, opensWithAction } from '../grammar/cues.js'
import type { Block } from '../read/segment.js'
import { GOES_ON } from './goesOn.js'
import { NUMBERED } from '../structure/headings.js'
import { findAgencies } from '../agencies/index.js'
import type { Draft } from './draft.js'

/** A paragraph that opens with a word that goes on ("Cùng với đó, tăng cường …") and an action, right after the last task, in its section. */
export function goesOnFromTask(b: Block, text: string, drafts: Draft[], sectionId: string | null): boolean {
  const on = GOES_ON.exec(text)
  if (!on || !taskRightBefore(b, drafts, sectionId)) return false
  // (what follows the word is read on its own, its action in lower case: "Bên cạnh đó, kiểm tra, kiểm soát …"; "Bên cạnh
  // đó" before a report's shortcomings is the report's, "Bên cạnh đó, vẫn còn …" opens with no action)
  const rest = text.slice(on[0].length)
  const clause = rest.charAt(0).toUpperCase() + rest.slice(1)
  return opensWithAction(clause) && !opensAsReport(clause) && !isNarrative(clause)
}

/**
 * A paragraph with no mark of its own, on the very next line after a task in its section (no blank line between), as a
 * PDF's text breaks an item at a sentence: "4. Bộ Quốc phòng, Bộ Công an … chỉ đạo … phân công." / "Bộ Công an lựa chọn
 * đơn vị phối hợp …". Such a paragraph may give an assignment of its own.
 */
export function nextLineAfterTask(b: Block, drafts: Draft[], sectionId: string | null): boolean {
  return b.blankBefore === 0 && taskRightBefore(b, drafts, sectionId) !== null
}

/** The last task, when the block comes right after it (on the next line, or after blank lines only) in its section. */
function taskRightBefore(b: Block, drafts: Draft[], sectionId: string | null): Draft | null {
  const last = drafts[drafts.length - 1]
  return last && last.task.section === sectionId && b.segs[0].line - last.task.span.end.line - b.blankBefore === 1 ? last : null
}

/** "Giao X: …" or an item that ends on a semicolon: the list it opens or belongs to goes on in the next paragraph. */
const LIST_OPENS = /^\s*Giao\s[^:;.]{3,120}:\s*\S/u
/** So does a list a lead-in announces inside its paragraph: "… triển khai một số nội dung sau: Khuyến khích …; áp dụng …". */
const ANNOUNCED_LIST = /(?<!\p{L})(?:nội dung|nhiệm vụ|giải pháp|biện pháp|việc)(?: [^:;.]{0,30})? sau\s*:\s*\S/u
const opensList = (text: string) => LIST_OPENS.test(text) || (text.includes(' sau') && ANNOUNCED_LIST.test(text))

/**
 * A paragraph that opens with an action and no subject, right after a task with a body that leads it (on the next
 * line, or after blank lines only, in its section) that ends on a semicolon or opens with "Giao X:": the next item of
 * a list whose marks were lost. The task it goes on from, else null.
 */
export function listGoesOn(b: Block, text: string, drafts: Draft[], sectionId: string | null): Draft | null {
  const last = taskRightBefore(b, drafts, sectionId)
  if (!last || !last.task.lead.length || last.placed.block.marker || last.placed.block.cells) return null
  const before = last.placed.block.text
  if (!/;\s*$/u.test(before) && !opensList(before)) return null
  // ("… ;" / "Báo cáo Bộ Chính trị trong quý II/2025.": the list's last item may send the work up)
  // (a paragraph, so a capital opens it: a line in lower case is a wrapped sentence's, whatever ends the line before)
  return /^\p{Lu}/u.test(text) && (opensWithAction(text) || SENDS_UP.test(text)) && !isNarrative(text) && !opensAsReport(text) && !/:\s*$/u.test(text) ? last : null
}
/** A paragraph that sends the work up to a body or reports its results: "Báo cáo Bộ Chính trị …", "Trình …". */
const SENDS_UP = /^(?:Báo cáo|Trình|Gửi)\s+(?:kết quả\s|\p{Lu})/u

/**
 * A paragraph with no mark on the very next line after a numbered item whose body acts, as a PDF's text breaks an item
 * between its sentences: "2. Đảng uỷ Uỷ ban nhân dân xã chỉ đạo … bố trí đủ nguồn lực để thực hiện." / "Tiếp tục rà
 * soát, kiến nghị sửa đổi …". Its work with no subject is the item's body's; so is the next such paragraph's. The task
 * it goes on from, else null. (`carried`: the drafts that took their lead this way.)
 */
export function itemGoesOn(b: Block, drafts: Draft[], sectionId: string | null, carried: ReadonlySet<Draft>): Draft | null {
  if (b.marker || b.cells || b.blankBefore !== 0) return null
  const last = taskRightBefore(b, drafts, sectionId)
  if (!last || !last.task.lead.some((l) => !l.generic)) return null
  const mark = last.placed.block.marker
  if (!((mark && NUMBERED.has(mark.type)) || carried.has(last))) return null
  // (not when the item's last clause has a subject of its own: "… (2) Bộ Công an chủ trì …; Các bộ, ngành, địa phương
  // căn cứ hướng dẫn … rà soát …;" / "gửi kết quả về Bộ Công an …" is the ministries' and localities'; so is a plural
  // the lexicon does not know: "… ; Các thôn căn cứ hướng dẫn …;")
  const clause = last.task.text.split(/[;.]\s+(?=\S)/u).pop() ?? ''
  if (/^[\s(*_]*(?:các|những)\s/iu.test(clause)) return null
  const first = findAgencies(clause)[0]
  return first && /^[\s(*_]*$/u.test(clause.slice(0, first.index)) && !last.task.lead.some((l) => l.name === first.name) ? null : last
}
