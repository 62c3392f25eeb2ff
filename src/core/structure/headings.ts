// Which blocks are headings: told from items by shape — numbering, capitals, a closing colon, no closing full stop,
// length, and what follows.
import type { Block } from '../read/segment.js'
import { withLostSpaces } from '../agencies/syllables.js'
import { mentionsIn, withoutMentions } from '../grammar/mentions.js'
import type { AgencyMention } from '../agencies/index.js'
import { lastDeadline } from '../deadlines/index.js'

export const LABEL = new RegExp(
  withLostSpaces(String.raw`^((cơ quan|đơn vị|bộ phận)\s+(chủ trì|thực hiện|phối hợp)|(chủ trì|phối hợp)\s*:|(chủ trì|phối hợp)(\s+thực hiện)?\s*$|thời (gian|hạn)(\s+(thực hiện|hoàn thành))?\s*:|tiến độ\s*:|(sản phẩm|kết quả|kinh phí|nguồn kinh phí)(\s+\S+){0,2}\s*:)`),
  'iu',
)
export const NUMBERED = new Set(['roman', 'arabic', 'decimal', 'letter', 'paren', 'article'])
const PREPARES = new RegExp(withLostSpaces(String.raw`(?<!\p{L})(?:chủ trì|tham mưu|trình|chuẩn bị)(?!\p{L})`), 'iu')
/** What a line that only says who prepares an item may hold besides the bodies and the time. */
const PREPARING_WORDS = new RegExp(withLostSpaces(String.raw`^(?:[\s,;.]|chủ trì|phối hợp|với|và|cùng|tham mưu|trình|chuẩn bị|thực hiện|nội dung|giúp việc)*$`), 'iu')

/**
 * "2.1. Nghị quyết về phát triển kinh tế - xã hội …" / "Đảng uỷ UBND xã chủ trì, phối hợp các cơ quan liên quan tham mưu
 * trình trong tháng 01/2026", "Uỷ ban Kiểm tra Đảng uỷ tham mưu, trình.": a short line, not numbered, that opens with the
 * bodies and says no more than that they lead, prepare or present it, with whom and by when. Right under an item of a
 * work programme it is that item's note (the item is no heading over it, and the note no task).
 */
export function preparesOnly(b: Block): boolean {
  if (b.cells || (b.marker && NUMBERED.has(b.marker.type)) || b.text.length > 200) return false
  return onlyPrepares(b.text, mentionsIn(b))
}

/** The opening of such a note in brackets after the item's own sentence: "(Giao Ban Xây dựng Đảng chủ trì, tham mưu trong quý II/2026)." */
const NOTE_OPENING = /^\(?\s*(?:giao\s+)?(?:cho\s+)?(?:cơ quan\s+)?/iu

/** A text, with the bodies it names, that says only who leads, prepares or presents the work, with whom and by when. */
export function onlyPrepares(text: string, ms: AgencyMention[]): boolean {
  if (!PREPARES.test(text) || !ms.length || ms[0].index !== NOTE_OPENING.exec(text)![0].length) return false
  const m = lastDeadline(text)
  const blanked = m ? text.slice(0, m.index) + ' '.repeat(m.length) + text.slice(m.index + m.length) : text
  const rest = withoutMentions(blanked, ms).replace(NOTE_OPENING, '').replace(/\)\s*[.;]?\s*$/u, '')
  return PREPARES.test(rest) && PREPARING_WORDS.test(rest)
}

/** Headings are told from items by shape: numbering, capitals, a closing colon, no closing full stop, length. */
export function isHeading(b: Block, next: Block | undefined): boolean {
  const t = b.text
  // an item followed by its labelled fields ("- Đơn vị chủ trì: …") is a task, and the fields are not headings
  // (a part numbered in roman over its own numbered points is a heading whatever its first point says: "II. THỜI GIAN,
  // THÀNH PHẦN" / "1. Thời gian: …")
  const part = b.marker?.type === 'roman' && !!next?.marker && NUMBERED.has(next.marker.type) && next.marker.type !== 'roman'
  if (LABEL.test(t) || (next && (LABEL.test(next.text) || (!b.mdDepth && !b.caps && preparesOnly(next))) && !part)) return false
  if (/^Số\s*:?\s*\d|,\s*ngày\s+\d{1,2}\s+tháng/u.test(t)) return false
  const len = t.length
  if (b.mdDepth) return len < 300
  const endsColon = /:$/.test(t)
  const unfinished = !/[.;!?…]["”»)]?$/u.test(t)
  const m = b.marker
  if (m?.type === 'roman') return len < 300
  if (b.caps && len < 250) return true
  if (!next) return false
  if (m && NUMBERED.has(m.type)) {
    // "2.1- Các ban đảng … thực hiện 2 nhiệm vụ cụ thể là:" over its own items introduces them, however long
    if (endsColon) return len < 250 || (!!next.marker && next.style !== b.style)
    // an item without its full stop, followed by its sibling or by a higher heading, has nothing under it: an item
    const emptyUnder = next.style === b.style || next.marker?.type === 'roman' || !!next.mdDepth || next.caps
    return len < 250 && unfinished && !emptyUnder
  }
  if (m) {
    // a bullet that introduces what follows: "- Ở Tỉnh ủy:", "- Về việc …" over a paragraph
    if (endsColon && len < 250) return true
    return unfinished && len < 160 && (!next.marker || next.style !== b.style) && !next.cells
  }
  // a sentence introducing a list; not one leading into the next numbered part
  // (however long its grounds: "Thực hiện Quyết định số …; chỉ đạo của Bộ … tại các văn bản …; UBND Thành phố yêu cầu …
  // thực hiện một số nhiệm vụ trọng tâm như sau:")
  if (endsColon && (len < 600 || /(?:nhiệm vụ|công việc|nội dung|giải pháp)[^.;:]{0,40}(?:như sau|sau đây)\s*:$/u.test(t)) && !!next.marker && !next.mdDepth && next.marker.type !== 'roman') return true
  if (lostNumber(b, next)) return true
  // an unnumbered short line set apart (news sub-headings)
  return unfinished && len < 110 && next.blankBefore > 0 && b.blankBefore > 0 && /^\p{Lu}/u.test(t) && !next.cells && next.text.length > len
}

/**
 * A part whose number the copy lost, over a list that starts again at "a)": "Cải cách thể chế" / "a) Mục tiêu";
 * "Công tác chỉ đạo, điều hành" / "a) Các cơ quan … tổ chức quán triệt …". Such parts are siblings of each other.
 */
export function lostNumber(b: Block, next: Block | undefined): boolean {
  const t = b.text
  return (
    !b.marker && !b.mdDepth && !b.caps && !b.cells && t.length < 80 && /^\p{Lu}/u.test(t) && !/[.;:!?…]["”»)]?$/u.test(t) &&
    next?.marker?.type === 'letter' && next.marker.value === 'a' && !next.cells
  )
}
