// A PDF converted to text keeps the page's footnotes where the page ended, in the middle of the body: "2 Nghị định số
// 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ …". Their marks stay glued to the words they annotate ("…/NĐ-CP2,",
// "Luật số 42/2024/QH151 ngày …", "năm 20243."). A footnote cites an act and asks nothing; read as text it becomes an
// item or glues a citation onto a task. Its lines are blanked, so that line numbers hold, and reported as page
// furniture: the text they cut goes on after them, as after a page number.
//
// A line is a footnote when all of these hold:
// - it starts with a bare number and a space (an item's number has its punctuation: "1.", "1)", "1/");
// - what follows cites an act (CITATION) and names it by its number or year, or quotes a provision by its number
//   ("1 6. Hoạt động thăm dò …");
// - the line above does not end with a word that wants a number ("… khoản", "… Điều", "… số"), which would make the
//   number the end of a wrapped reference;
// - the same number is glued, as a mark, to a word or a number in the lines just above, or the page ends a few lines
//   below (its number, or a page break).
// Its text runs on over the lines below until it ends a sentence, a new footnote or item starts, or a blank line is
// followed by a line that does not go on in lower case.
import { readMarker } from './markers.js'
import { PAGE_NOISE } from './segment.js'

const FOOTNOTE = /^(\d{1,2}) +(?=\p{Lu}|\d{1,2}\.\s)/u
/** what a footnote says first: an act, or where an act lays something down */
const CITATION =
  /^(?:Bộ luật|Luật|Hiến pháp|Pháp lệnh|Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị|Kết luận|Quy định|Công văn|Văn bản|Thông báo|Chương trình|Quy chuẩn|Tiêu chuẩn|QCVN|TCVN|Công điện|Các quy định của|Được (?:quy định|hướng dẫn) tại|Nội dung [^.;:]{1,60}? (?:được )?(?:quy định|hướng dẫn) tại)(?!\p{L})/u
/** an act named by its number ("105/2025/NĐ-CP", "66-NQ/TW", "13815/BTC-PC") or its year */
const ACT_ID = /\d+\/\d{4}\/|\d+\/\p{Lu}|\d+-\p{Lu}+\/|năm \d{4}/u
/** a provision the note quotes, by its own number: "1 6. Hoạt động thăm dò …" (note 1 quotes clause 6) */
const PROVISION = /^\d{1,2}\.\s+\p{Lu}/u
/** a note is among this many lines from its page's end */
const PAGE_END_LINES = 6
/** a word after which a number continues a reference wrapped over the line */
const WANTS_NUMBER = /(?:điều|khoản|điểm|mục|chương|phần|số|mẫu|phụ lục|tiết|tại|ngày|tháng|năm)$/iu
/** how far above its footnote a mark may stand (a page of text) */
const MARK_REACH = 80

/** The lines with each footnote blanked, and the indexes blanked (`notes`), which the segmenter reads as furniture. */
export function withoutFootnotes(lines: string[]): { lines: string[]; notes: Set<number> } {
  let out: string[] | null = null
  const notes = new Set<number>()
  for (let i = 0; i < lines.length; i++) {
    if (!isFootnote(lines, i)) continue
    out ??= lines.slice()
    for (const j of footnoteLines(lines, i)) (out[j] = ''), notes.add(j)
  }
  return { lines: out ?? lines, notes }
}

function isFootnote(lines: string[], i: number): boolean {
  const line = lines[i].trim()
  // (cheap first: a digit, then a space)
  const c = line.charCodeAt(0)
  if (c < 48 || c > 57 || lines[i].includes('\t')) return false
  const m = FOOTNOTE.exec(line)
  if (!m) return false
  const rest = line.slice(m[0].length)
  const cites = CITATION.test(rest) && ACT_ID.test(rest)
  if (!cites && !PROVISION.test(rest)) return false
  let p = i - 1
  while (p >= 0 && !lines[p].trim()) p--
  if (p >= 0 && WANTS_NUMBER.test(lines[p].trim())) return false
  return hasMark(lines.slice(Math.max(0, i - MARK_REACH), i).join('\n'), m[1]) || endsPage(lines, i)
}

/** Within the last few lines of a page: its furniture (a page number, a running header) or a page break follows. */
function endsPage(lines: string[], i: number): boolean {
  for (let j = i + 1, seen = 0; j < lines.length && seen < PAGE_END_LINES; j++) {
    const t = lines[j]
    if (t.includes('\f') || PAGE_NOISE.test(t.trim())) return true
    if (t.trim()) seen++
  }
  return false
}

const marks = new Map<string, RegExp>()
/** The number glued as a mark to what it annotates: "…/NĐ-CP2,", "QH151 ngày" (QH15 and mark 1), "năm 20243." */
function hasMark(text: string, n: string): boolean {
  let re = marks.get(n)
  if (!re) marks.set(n, (re = new RegExp(`(?:\\p{L}\\d{0,3}|(?<!\\d)(?:19|20)\\d\\d)${n}(?=[\\s.,;:)”"]|$)`, 'u')))
  return re.test(text)
}

/** The footnote's line and those its text runs on over. */
function footnoteLines(lines: string[], i: number): number[] {
  const out = [i]
  let last = i
  for (let j = i + 1; j < lines.length; j++) {
    if (/[.]\s*$/u.test(lines[last])) break
    const t = lines[j].trim()
    if (!t) {
      // a blank line: the note goes on only if the next line does, in lower case
      const next = lines[j + 1]?.trim() ?? ''
      if (!/^\p{Ll}/u.test(next)) break
      out.push(j)
      continue
    }
    if (FOOTNOTE.test(t) || readMarker(t)) break
    out.push(j)
    last = j
  }
  return out
}
