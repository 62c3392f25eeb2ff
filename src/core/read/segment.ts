// Stage 3, segment: lines into blocks — a numbered or bulleted item, a paragraph, a markdown heading, a table row —
// with hard-wrapped lines joined back, and every block able to say the line and column of any of its characters.
import { readMarker, markerStyle, type Marker } from './markers.js'
import { tableHeader } from './tables.js'
import { warmAll } from '../contract/regex.js'
import { provinceByFold } from '../agencies/data.js'
import { findAgencies } from '../agencies/find.js'
import { LEVELS, TITLES } from '../agencies/lexicon.js'
import type { AgencyMention } from '../agencies/index.js'

export interface Seg {
  /** offset in block.text where this source line starts */
  offset: number
  line: number
  column: number
}

export interface Block {
  text: string
  marker: Marker | null
  /** marker kind and punctuation, to tell nesting levels apart */
  style: string | null
  /** markdown heading depth (1–6), 0 when none */
  mdDepth: number
  /** table cells when the block is a table row (pipe or tab separated) */
  cells: string[] | null
  /** blank lines before the block */
  blankBefore: number
  segs: Seg[]
  /** the first line is written in capitals */
  caps: boolean
  /** abbreviations the whole document defines ("… (PVN)"), to the body they stand for */
  defs?: ReadonlyMap<string, string>
  /** the bodies it names, kept by grammar/mentions.ts once asked; `of` is the block they were read for (a copy asks again) */
  mentions?: { of: Block; list: AgencyMention[] }
  /** a table row put back together from cells stacked on the lines below it (read/flatTable.ts): it read as one run of text */
  stacked?: true
}

export function at(block: Block, offset: number): { line: number; column: number } {
  // the last source line starting at or before offset; segs are in ascending offset, so by halving (a paragraph of
  // many thousand wrapped lines is asked this for every mention in it)
  const segs = block.segs
  let lo = 0
  let hi = segs.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (segs[mid].offset <= offset) lo = mid
    else hi = mid - 1
  }
  const s = segs[lo]
  return { line: s.line, column: s.column + Math.max(0, offset - s.offset) }
}

export function endOf(block: Block): { line: number; column: number } {
  return at(block, block.text.length)
}

/**
 * Page furniture: a page number alone, "Trang 3/12", the gazette's running header, an extractor's page mark ("===== Trang
 * 9 =====") and a running header that is the file's name with its page number, as OCR read it ("18.CTRTW31.DOC 9",
 * "4.KLTW7S.DOC 1 0").
 */
export const PAGE_NOISE =
  /^(?:[-–]?\s*\d{1,4}\s*[-–]?|trang\s+\d+(?:\s*\/\s*\d+)?|CÔNG BÁO\/Số[^\n]{0,40}\/Ngày\s[\d-]+|=+\s*trang\s+\d+\s*=+|[-=]{2,}\s*(?:page break|(?:page|trang)\s+\d+(?:\s*\/\s*\d+)?)\s*[-=]{2,}|[\p{L}\p{N}_-]{1,12}(?:\.[\p{L}\p{N}_-]{1,20}){0,2}\.(?:docx?|pdf)\.?(?:\s+\S{1,3}){0,3})$/iu
const TERMINAL = /[.!?:;…"”»)\]]$/u
/** A rule drawn with dashes or stars, its spaces removed. */
const RULE = /^[-–—_=*.·•~]{3,}$/u
const RULE_CHARS = '-–—_=*.·•~'
const PIPE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/

/** `wholeLines`: every line is a whole paragraph (a Word or HTML document), so wrapped lines are never joined. */
/**
 * `rebuilt`: lines whose table row an earlier stage put back together from cells on the lines below it (column-stacked
 * PDF text, a Word table written cell by cell): the row is on its first line, but its cells' columns are not that
 * line's, so what is read from them points at the line alone. `furniture`: lines blanked as page furniture (a PDF's
 * footnotes, read/footnotes.ts): the text they cut goes on after them, as after a page number.
 */
export function segment(lines: string[], markdown: boolean, wholeLines = false, rebuilt: ReadonlySet<number> = new Set(), furniture: ReadonlySet<number> = new Set()): Block[] {
  const blocks: Block[] = []
  let blank = 0
  // past page furniture: the blank lines of a page break are layout, not a paragraph break
  let pageBreak = false
  // a line that opens bold without closing it ("**7. Báo và" / "Phát thanh, Truyền hình thành phố**"): one heading
  let boldOpen = false
  // inside a markdown comment (<!-- … -->) that spans lines
  let inComment = false
  // the width of the open table (cells joined by " | " without border pipes) the last line was a row of, else 0
  let openWidth = 0
  const wrapped = markdown && !wholeLines && partsByBlankLines(lines)
  tails.clear()
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]
    const lead = raw.length - raw.trimStart().length
    let text = raw.trim()
    // a markdown comment on lines of its own is no text (nor is an editor's note in one): it reads as nothing
    if (markdown && (inComment || text.startsWith('<!--'))) {
      const close = text.indexOf('-->', inComment ? 0 : 4)
      inComment = close < 0
      if (inComment || close + 3 >= text.length) continue
      text = text.slice(close + 3).trim()
    }
    if (furniture.has(i)) {
      blank = Math.min(blank, 1)
      pageBreak = true
      continue
    }
    if (!text) {
      if (!pageBreak) blank++
      boldOpen = false
      continue
    }
    const wasOpen: boolean = boldOpen && blank === 0
    boldOpen = ((text.includes('**') ? (text.match(/\*\*/g)?.length ?? 0) : 0) % 2 === 1) !== wasOpen
    // a rule drawn with dashes or stars separates, like a blank line (asked only of a line that opens with one of them)
    if (RULE_CHARS.includes(text[0]) && RULE.test(text.replace(/\s+/g, ''))) {
      blank++
      continue
    }
    // page furniture of PDF-derived text
    if (PAGE_NOISE.test(text)) {
      // a sentence cut by the page goes on after it ("… các ngân hàng trung" / page / "ương và …"), as after one blank line
      blank = Math.min(blank, 1)
      pageBreak = true
      continue
    }
    pageBreak = false
    const lineNo = i + 1
    const column = lead + 1
    // a bare "|" between cells that were not put back into rows (a signature block laid out as a Word table) parts
    // them, like a blank line
    if (text === '|') {
      blank++
      continue
    }
    // a table a Word export wrote as cells joined by " | ", with no border pipes and no separator row ("TT | Tên nhiệm
    // vụ | Sở, ngành chủ trì | …" / "1 | Tổ chức quán triệt … | Sở Nội vụ | … | Quý II/2026 | "): opened by a task
    // table's header, it goes on while lines are split the same way; a pipe at either end is an empty cell
    if (openWidth && (blank > 0 || !text.includes('|'))) openWidth = 0
    const open = openWidth || !text.startsWith('|') ? openRow(text, openWidth) : null
    if (open) {
      openWidth = Math.max(openWidth, open.length)
      const row = mk(open.join(' | '), null, null, 0, open, blank, lineNo, column)
      row.segs = cellSegs(text.split('|'), open, lineNo, column)
      blocks.push(row)
      blank = 0
      continue
    }
    // pipe table row
    if (text.startsWith('|') && text.length > 2) {
      if (PIPE_SEPARATOR.test(text)) continue
      const body = text.replace(/^\|/, '').replace(/\|\s*$/, '')
      const cells = body.split('|').map((c) => clean(c))
      const row = mk(cells.join(' | '), null, null, 0, cells, blank, lineNo, column)
      row.segs = rebuilt.has(i) ? cellSegs(null, cells, lineNo, 1) : cellSegs(body.split('|'), cells, lineNo, column + (text.startsWith('|') ? 1 : 0))
      blocks.push(row)
      blank = 0
      continue
    }
    // tab-separated row: three or more cells
    if (raw.includes('\t')) {
      // cells keep their columns (an empty cell is a column too), so that a row is read by its table's header; a
      // group row ("I<TAB>Cải cách thể chế<TAB><TAB>…") inside a table is a row as well
      const tabs = raw.length - raw.replace(/^\t+/, '').length
      const all = raw.replace(/^\t+/, '').split('\t').map((c) => clean(c))
      const filled = all.filter((c) => c !== '').length
      const inTable = !!blocks[blocks.length - 1]?.cells && blank === 0
      const cells = all.length >= 3 && (filled >= 3 || (inTable && filled >= 1)) ? all : []
      if (cells.length >= 3) {
        const row = mk(cells.join(' | '), null, null, 0, cells, blank, lineNo, column)
        row.segs = cellSegs(raw.slice(tabs).split('\t'), cells, lineNo, tabs + 1)
        blocks.push(row)
        blank = 0
        continue
      }
      text = text.replace(/\t+/g, '    ') // keep the gap between letterhead columns visible
    }
    let mdDepth = 0
    const h = /^(#{1,6})\s+(.*)$/.exec(text)
    if (h && (markdown || h[2])) {
      mdDepth = h[1].length
      text = h[2]
    }
    text = strayQuote(stripEmphasis(text))
    if (!text) {
      blank++
      continue
    }
    const prev = blocks[blocks.length - 1]
    if (prev && blank === 0 && joinsArticleWord(prev, text, lineNo, column)) {
      blank = 0
      continue
    }
    const read = readMarker(text)
    // (where blank lines part the paragraphs, a line right after another goes on with it: "a) Củng cố và vận hành hiệu
    // quả" / "Ban Chỉ đạo …", "b) Đẩy mạnh hợp tác công - tư:" / "đặt hàng …"; so does a dash inside a sentence,
    // "… trung tâm chia chọn" / "- đảm bảo …"; not after a heading in capitals)
    const wraps = wrapped && blank === 0 && !!prev && !prev.cells && !prev.mdDepth && !prev.caps && !isCaps(text) && (!read || (read.type === 'dash' && DASH_GOES_ON.test(text) && !TERMINAL.test(tailOf(prev))))
    const runOn = !!read && blank === 0 && !!prev && (wraps || runsOn(prev, read) || splitsRange(prev, read, text) || numberAfterSo(prev, text) || (!wholeLines && dashWraps(prev, read, text)))
    const marker = runOn ? null : read
    // "**2.****" / "**Kết hợp …": a number standing alone takes the line after it as its text
    // (read through tailOf: a regular expression or trim() over the paragraph so far would flatten it for each line)
    const bare = !!prev && blank === 0 && !prev.cells && (prev.marker ? !tailOf(prev) : isLoneNumber(prev))
    // a paragraph stops growing at MAX_BLOCK: what reads a block may take time beyond linear in its length
    const room = !prev || prev.text.length + 1 + text.length <= MAX_BLOCK
    if (!marker && !mdDepth && prev && !prev.cells && !prev.mdDepth && ((wasOpen && room) || bare || (room && (runOn || wraps || (!wholeLines && continues(prev, text, blank)))))) {
      if (bare) {
        if (!prev.marker) {
          const m = readMarker(`${prev.text} ${text}`)
          // (its number stands on the line above, so a task of this text does not quote it: no label)
          if (m) (prev.marker = { ...m, label: undefined }), (prev.style = markerStyle(`${prev.text} ${text}`, m))
        }
        prev.segs = [{ offset: 0, line: lineNo, column }]
        prev.text = text
        tails.delete(prev)
        prev.caps = isCaps(text)
        blank = 0
        continue
      }
      const before = tails.get(prev) ?? prev.text.slice(-TAIL)
      // (a number cut at its code's hyphen joins with no space: "178/2026/NĐ-" / "CP" is "178/2026/NĐ-CP")
      const glue = NUMBER_CUT.test(before) && CODE_REST.test(text) ? '' : ' '
      prev.segs.push({ offset: prev.text.length + glue.length, line: lineNo, column })
      prev.text += glue + text
      tails.set(prev, (before + glue + text).slice(-TAIL))
      blank = 0
      continue
    }
    const body = marker ? text.slice(marker.length) : text
    const b = mk(body, marker, marker ? markerStyle(text, marker) : null, mdDepth, null, blank, lineNo, column + (marker?.length ?? 0))
    b.caps = isCaps(body)
    blocks.push(b)
    blank = 0
  }
  tails.clear()
  return blocks.some((b) => b.text.length > MAX_BLOCK) ? blocks.flatMap(split) : blocks
}

/** A dash that goes on a sentence rather than opening an item: the word after it is in lower case. */
const DASH_GOES_ON = /^[-–]\s*\p{Ll}/u
/** An opening mark as the line may write it: in bold or italics, or under a markdown heading's hashes. */
const DRESS = /^(?:#{1,6}\s+)?[*_]*/u

/**
 * Whether blank lines part the document's paragraphs and items while their lines wrap inside them (a Word text saved
 * with its lines cut at a width): nearly every line that opens an item follows a blank line, and lines that follow
 * another line without opening anything are at least as many as the items.
 */
export function partsByBlankLines(lines: string[]): boolean {
  let items = 0
  let afterBlank = 0
  let wraps = 0
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim()
    if (!t) continue
    const before = i === 0 || !lines[i - 1].trim()
    // (a dash before a word in lower case, right after a line, goes on a sentence; a recipients' list is one line a name)
    if (readMarker(t.replace(DRESS, '')) && (before || !DASH_GOES_ON.test(t))) {
      items++
      if (before) afterBlank++
    } else if (!before) wraps++
  }
  return items >= 8 && afterBlank >= 0.9 * items && wraps >= items
}

/**
 * The most characters in one block. Joining stops there, and a longer line (a hostile file: a megabyte without a line
 * break) is cut into blocks of at most this, at a space where there is one. Far above any real paragraph (the
 * longest in the corpora is 12,439 characters), so real documents are untouched.
 */
export const MAX_BLOCK = 20_000

/** A block over MAX_BLOCK as blocks of at most MAX_BLOCK, each knowing the lines and columns of its characters. */
function split(b: Block): Block[] {
  // a table row keeps its cells whole
  if (b.text.length <= MAX_BLOCK || b.cells) return [b]
  const out: Block[] = []
  let start = 0
  while (start < b.text.length) {
    let end = Math.min(start + MAX_BLOCK, b.text.length)
    if (end < b.text.length) {
      const space = b.text.lastIndexOf(' ', end)
      if (space > start + MAX_BLOCK / 2) end = space
    }
    const where = at(b, start)
    const segs: Seg[] = [{ offset: 0, line: where.line, column: where.column }]
    for (const x of b.segs) if (x.offset > start && x.offset < end) segs.push({ offset: x.offset - start, line: x.line, column: x.column })
    const text = b.text.slice(start, end)
    const first = start === 0
    out.push({
      ...b,
      text: first ? text : text.trimStart(),
      marker: first ? b.marker : null,
      style: first ? b.style : null,
      mdDepth: first ? b.mdDepth : 0,
      cells: first ? b.cells : null,
      blankBefore: first ? b.blankBefore : 0,
      segs: first || !/^\s/.test(text) ? segs : shift(segs, text.length - text.trimStart().length),
      caps: first ? b.caps : isCaps(text),
    })
    start = end
  }
  return out
}

/** segs of a text whose first `n` characters were dropped. */
function shift(segs: Seg[], n: number): Seg[] {
  return segs.map((x, k) => (k === 0 ? { ...x, column: x.column + n } : { ...x, offset: x.offset - n }))
}

function mk(text: string, marker: Marker | null, style: string | null, mdDepth: number, cells: string[] | null, blankBefore: number, line: number, column: number): Block {
  return { text, marker, style, mdDepth, cells, blankBefore, segs: [{ offset: 0, line, column }], caps: false }
}

/**
 * How much of a paragraph's end continues() looks at. Every test there reads the last word and the character before
 * it, so the tail decides exactly as the whole text would; reading the whole paragraph so far for each line joined
 * made a long paragraph quadratic.
 */
const TAIL = 64

/**
 * The last TAIL characters of a block's text as lines are joined to it, kept beside the block: reading them from the
 * text itself would flatten the string built by joining, which costs its whole length each time. A Map emptied when
 * segment() starts and returns: a WeakMap's entries cost more to make than the joining they save.
 */
const tails = new Map<Block, string>()

/** The end of a block's text with trailing white space removed, as `text.trimEnd()` would end: its last TAIL characters at most. */
function tailOf(block: Block): string {
  const text = block.text
  if (text.length <= TAIL) return text.trimEnd()
  const tail = (tails.get(block) ?? text.slice(-TAIL)).trimEnd()
  // white space longer than the tail at the end: look past it (a joined line is trimmed, so this is a first line only)
  return tail.length > 16 ? tail : text.trimEnd().slice(-TAIL)
}

/** A hard-wrapped line goes back into its paragraph: it starts in lower case after an unfinished sentence. */
/** A document's number cut after a hyphen of its code: "178/2026/NĐ-", "213/TB-", "09-" is not one. */
const NUMBER_CUT = /\d\/(?:\d{4}\/)?(?:\p{Lu}[\p{Lu}\p{Ll}]{0,7}-)+$/u
/** A Party document's number cut after its dash, and the code that opens the next line: "số 218-" / "QĐ/TW", "57-" / "NQ/TW". */
const PARTY_NUMBER_CUT = /(?<![\p{L}\p{N}])\d{1,4}-$/u
const PARTY_CODE = /^\p{Lu}{1,4}\/\p{Lu}{1,4}(?![\p{L}])/u
/** The rest of the code: "CP", "TTg", "VPCP", "UBND" before a space, a punctuation mark or the line's end. */
const CODE_REST = /^\p{Lu}[\p{Lu}\p{Ll}]{0,7}(?:-\p{Lu}[\p{Lu}\p{Ll}]{0,7})*(?=[\s,;.:)]|$)/u

/**
 * "**Điều" / "11. Cơ quan thực hiện …**": an article's word alone on its line, its number and title on the next. The
 * block of the word becomes the article (its marker read from both lines, its text the title); false when the next
 * line holds no article's number.
 */
function joinsArticleWord(prev: Block, text: string, line: number, column: number): boolean {
  if (prev.marker || prev.cells || prev.text !== 'Điều' || !/^\d{1,3}[a-zđ]?[.:]?\s/u.test(text)) return false
  const joined = `Điều ${text}`
  const m = readMarker(joined)
  if (m?.type !== 'article') return false
  const cut = m.length - 'Điều '.length
  prev.marker = m
  prev.style = markerStyle(joined, m)
  prev.text = text.slice(cut)
  prev.segs = [{ offset: 0, line, column: column + cut }]
  tails.delete(prev)
  prev.caps = isCaps(prev.text)
  return true
}

/**
 * "… báo cáo của Ủy ban nhân dân tỉnh về: Kinh tế" / "- xã hội; tình hình …": a hard-wrapped paragraph cut at the hyphen
 * of a compound, no bullet. The paragraph already runs over lines, its last one is as wide as a wrapped line and stops
 * on a word, and the word after the dash is in lower case.
 */
function dashWraps(prev: Block, read: Marker, text: string): boolean {
  if (read.type !== 'dash' || prev.cells || prev.mdDepth || prev.caps || prev.segs.length < 2 || !DASH_GOES_ON.test(text)) return false
  const last = prev.text.length - prev.segs[prev.segs.length - 1].offset
  return last >= WRAP_WIDTH && /\p{L}$/u.test(tailOf(prev))
}
const WRAP_WIDTH = 60

/** "… Chương trình hành động số" / "31-CTr/TW và …": the number the line before announced, not an item "31-". */
function numberAfterSo(prev: Block, text: string): boolean {
  return !prev.cells && announcesNumber(tailOf(prev), text)
}

/** The line ends on "số" and the next opens with a document's number. */
const announcesNumber = (end: string, text: string) => NUMBER_START.test(text) && /(?<![\p{L}])số$/u.test(end)

/** A provision that wants its act after it ("… tại Điều 8", "… khoản 2 Điều 14a") and an act's name opening a line. */
const PROVISION_END = /(?<![\p{L}])(?:Điều|khoản|điểm|Mục|Chương)\s+[\dIVX]+[a-zđ]?$/u
const ACT_START = /^(?:Nghị định|Nghị quyết|Luật|Bộ luật|Thông tư|Quyết định|Chỉ thị|Kế hoạch|Hướng dẫn|Quy định|Pháp lệnh)(?:\s+(?:số|liên tịch)|\s+\d|\s+\p{Lu})/u

/** An article cited, not headed, opening a line: "Điều này", "Điều 12 Nghị định …" (no stop after its number). */
const ARTICLE_CITED = /^(?:Điều|Mục|Chương)\s+(?:này|\d{1,3}[a-zđ]?(?![.:\d\p{L}]))/u

/** A document's number opening a line: "13-KH/TU", "178/2026/NĐ-CP", "01-HD/BTCTU". */
const NUMBER_START = /^\d{1,5}(?:\/\d{4})?[/-]\p{Lu}/u

function continues(prev: Block, text: string, blank: number): boolean {
  // (a bullet or a number alone opens the item on the next line: "… thuộc Bộ" / "-" / "Nghiêm túc thực hiện …")
  if (blank > 2 || (text.length < 6 && LONE_NUMBER.test(text))) return false
  // a letter's addressees open a block of their own ("… tầng ô-dôn" / "Kính gửi: Ủy ban nhân dân các tỉnh …"), and the
  // sentence after them opens the next ("… trực thuộc Trung ương" / "Ngày 09 tháng 6 năm 2025, Chính phủ …"): a name
  // in the list wraps after a comma or a joining word, or before a word in lower case
  if (ADDRESSEES.test(text)) return false
  const first = text.charAt(0)
  const lower = first !== first.toUpperCase() && first === first.toLowerCase()
  const end = tailOf(prev)
  if (!lower && ADDRESSEES.test(prev.text) && !/,$/u.test(end) && !OPEN_END.test(end)) return false
  // (an enumeration left open, "… giao đất, cho thuê đất, xác định giá đất...", ends no sentence: a page break may cut it)
  // (nor does a double stop a scan made of one, "… gia hạn nộp thuế.." / "kịp thời chấn chỉnh …")
  // (nor does a colon: what follows it in lower case is its own clause, "… thẩm quyền :" / "ban hành cơ chế …")
  if (lower && (!/[.!?;]$/.test(end) || /[^.]\.\.\.$|…$|[^.]\.\.$/u.test(end))) return true
  // a line cannot end on a word that needs what follows ("… Sở Nông nghiệp và" / "Môi trường …"); after "số" the
  // document's number that follows is in capitals and is still no heading ("… theo Kế hoạch số" / "13-KH/TU).")
  // (not a line in capitals whose last word is an ordinal's, "KHÓA XVII - KỲ HỌP THỨ NĂM", before one in lower case:
  // "Căn cứ Luật …" opens the preamble)
  if (blank === 0 && OPEN_END.test(end) && (!isCaps(text) || announcesNumber(end, text)) && !(prev.caps && /\p{Ll}/u.test(text.slice(0, 24)))) return true
  // nor on a provision whose act opens the next line: "… theo quy định tại Điều 8" / "Nghị định số 217/2025/NĐ-CP …"
  if (blank === 0 && PROVISION_END.test(end) && ACT_START.test(text)) return true
  // nor on a clause whose article opens the next line: "… quy định tại khoản 1" / "Điều này.", "… khoản 3" / "Điều 4
  // Quyết định này" (an article's heading has its stop after the number: "Điều 4. …")
  if (blank === 0 && PROVISION_END.test(end) && ARTICLE_CITED.test(text)) return true
  // nor on a span of years cut after its dash: "… giảm nghèo bền vững giai đoạn 2026-" / "2030." (the year is no item)
  if (blank === 0 && /(?<![\d/.])(?:19|20)\d\d\s*[-–]$/u.test(end) && /^(?:19|20)\d\d(?!\d)/u.test(text)) return true
  // nor, in an item, on a period whose years open the next line: "(3) Về nguồn lực … giai đoạn" / "2026-2030: Thống nhất …"
  if (blank === 0 && prev.marker && /(?<![\p{L}])giai đoạn$/u.test(end) && /^(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?!\d)/u.test(text)) return true
  // nor, in an item or a label's value, on the head of a body's name: "Đơn vị phối hợp thực hiện: Sở" / "Tư pháp; …"
  // (a table's column text is left alone: its cells are lines, and "… do Bộ" / "Công an đề xuất" may be two of them)
  if (blank === 0 && HEAD_END.test(end) && !isCaps(text) && (prev.marker || /:\s[^.;:!?]*$/u.test(end))) return true
  // nor, in an item, on a person's title: "2. Bộ trưởng" / "Bộ Giáo dục và Đào tạo chỉ đạo …" (the body is on the next line)
  if (blank === 0 && prev.marker && /^\p{Lu}/u.test(text) && !isCaps(text) && endsOnTitle(end)) return true
  // nor inside a place's name after its level: "Ủy ban nhân dân thành phố Hà" / "Nội, thành phố Hồ Chí Minh …"
  if (blank === 0 && !isCaps(text) && splitsPlace(end, text)) return true
  // nor on a bare level whose place's name opens the next line: "- Đối với 04 dự án … trên địa bàn huyện" / "Tân Thành
  // mà …" (a place's name capitalises each of its words; a line that opens with a body, "Phòng Tài chính …", is its own)
  if (blank === 0 && !isCaps(text) && (prev.marker || text.length >= 50) && LEVEL_AT_END.test(end) && PLACE_START.test(text) && findAgencies(text.slice(0, 80))[0]?.index !== 0) return true
  // nor inside a body's name: "- Phối hợp Bộ Chỉ huy" / "Quân sự tỉnh, Công an tỉnh …", "… với Sở Công" / "Thương và …"
  // (in an item, a label's value or before a line of prose: a table's column of short cells is left as it is)
  if (blank === 0 && !isCaps(text) && /\p{L}$/u.test(end) && /^\p{Lu}/u.test(text) && (prev.marker || /:\s[^.;:!?]*$/u.test(end) || text.length >= 50) && splitsName(end, text)) return true
  // nor a letterhead's line inside a place's name: "UBND THÀNH PHỐ HÀ" / "NỘI"
  if (blank === 0 && prev.caps && isCaps(text) && splitsPlace(end, text)) return true
  // a heading in capitals wrapped after a comma or a joining word: "ĐỐI TƯỢNG, NỘI DUNG VÀ HÌNH THỨC ĐÀO TẠO," / "BỒI DƯỠNG"
  if (blank === 0 && prev.caps && isCaps(text) && !readMarker(text) && (/[,\-–]$/u.test(end) || OPEN_END.test(end))) return true
  // a list opened by a colon, wrapped inside a name or after a comma: "d) Ủy ban nhân dân các tỉnh, thành phố: Tuyên" /
  // "Quang, Đồng Nai, …", "b) Bộ Xây dựng, Bộ Quốc phòng các tỉnh Ninh Bình," / "Hưng Yên, …"
  if (blank === 0 && prev.marker && !isCaps(text) && (/,$/u.test(end) || /:\s[^.;:!?]*\p{Lu}\p{Ll}*$/u.test(end))) return true
  // a list of names opened by a colon and parted by semicolons goes on past a line's end: "… yêu cầu các Bộ: Nông
  // nghiệp và Môi trường; Xây dựng;" / "Khoa học và Công nghệ xây dựng phương án …"
  if (blank === 0 && !isCaps(text) && !readMarker(text) && /:\s[^.:!?]*;\s[^.:!?;]+;$/u.test(end)) return true
  // a label's list of bodies parted by semicolons, wrapped after one: "- Cơ quan chủ trì: Các cơ quan tham mưu, giúp việc
  // Đảng uỷ;" / "các Đảng uỷ trực thuộc; Uỷ ban Mặt trận Tổ quốc Việt Nam xã."
  if (blank === 0 && lower && prev.marker && /:\s[^.:!?]*;$/u.test(end)) return true
  // an item whose line a Word export cut after its first word: "+ Sở" / "Xây dựng: hướng dẫn …", "- Quyết" / "định …"
  if (blank === 0 && prev.marker && prev.text.length < 16 && !isCaps(text) && /^\p{Lu}\p{Ll}*$/u.test(prev.text)) return true
  // a later item numbered inline whose mark ends the line: "…; (3) ứng dụng nền tảng định danh; (4)" / "Tham mưu ban
  // hành …" (a first mark after a colon at a line's end, "cụ thể: (i)" / "Rà soát …", is left as it reads)
  if (blank === 0 && !isCaps(text) && /;\s*\((?:\d{1,2}|[ivx]{1,5})\)$/u.test(end)) return true
  // nor inside a document's number: "… Nghị định số 178/2026/NĐ-" / "CP đến cán bộ …", "Thông báo số 213/TB-" / "VPCP …"
  if (blank === 0 && NUMBER_CUT.test(end) && CODE_REST.test(text)) return true
  // (a Party document's number too: "… Quyết định số 218-" / "QĐ/TW ngày 12/12/2013 …")
  if (blank === 0 && PARTY_NUMBER_CUT.test(end) && PARTY_CODE.test(text)) return true
  // nor inside brackets the line left open and the next closes: "Theo báo cáo của Bộ Tài chính (Cơ quan thường trực" /
  // "Ban chỉ đạo 751), tính đến hết ngày …"
  if (blank === 0 && CLOSES_FIRST.test(text) && !readMarker(text) && !isCaps(text) && leftOpen(prev.text)) return true
  // nor before a line that opens by dating the item above: "- … phù hợp với tình hình thực tiễn của đơn vị mình." /
  // "Hoàn thành trước 06/3/2026. Thường xuyên rà soát …" (the item's own time, which a PDF's line break left out of it)
  if (blank === 0 && prev.marker && DATES_ABOVE.test(text)) return true
  // (not an item's topic before the request under it: "b) Về chi phí thực hiện thu hồi, bồi thường, hỗ trợ, tái định cư" /
  // "Đề nghị Chủ đầu tư tổ chức khảo sát …"; the new line is asked first, so a long item is not read again at each line)
  if (prev.marker && REQUEST_OPENS.test(text) && TOPIC.test(prev.text)) return false
  // an unfinished sentence wrapped before a capitalised word (PDF text): only when nothing separates them
  return blank === 0 && !TERMINAL.test(end) && (/[,]$|\p{Ll}$/u.test(end) || (!!prev.marker && prev.text.length > 200 && /\s\d{1,2}$/u.test(end))) && prev.text.length > 60 && !isCaps(text)
}

/** A text whose last 400 characters open more brackets than they close (a bound, so a long block is not read again at each line). */
function leftOpen(whole: string): boolean {
  const t = whole.length > 400 ? whole.slice(-400) : whole
  let depth = 0
  for (let i = t.indexOf('('); i >= 0 && i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (c === 40) depth++
    else if (c === 41 && depth > 0) depth--
  }
  return depth > 0
}
/** A line whose first bracket closes one: "Ban chỉ đạo 751), tính đến …". */
const CLOSES_FIRST = /^[^()\n]{1,80}\)/u

/** A short sentence that only says when the work is done: "Hoàn thành trước 06/3/2026.", "Thực hiện xong trong quý II/2026." */
const DATES_ABOVE = /^(?:(?:đảm bảo|bảo đảm)\s+)?(?:hoàn thành|thực hiện xong)\s+(?:trong|trước|chậm nhất)\s[^.;:!?]{3,40}\.(?:\s|$)/iu

/** An item that names its topic ("b) Về …"), and a line that opens with a request: see continues. */
const TOPIC = /^Về\s[^.;:!?]*$/u
const REQUEST_OPENS = /^(?:Đề nghị|Yêu cầu|Giao|Kính đề nghị)\s/u

const ROMAN_SMALL = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x']
const LETTERS = 'abcdđeghiklmnopqrstuvxy'

/** The values a numbered item in parentheses can follow: "(iii)" follows "(ii)", "(c)" "(b)", "(3)" "(2)"; "(v)" "(iv)" or "(u)". */
function before(value: string): string[] {
  const out: string[] = []
  if (/^\d+$/.test(value) && +value > 1) out.push(String(+value - 1))
  const r = ROMAN_SMALL.indexOf(value)
  if (r > 0) out.push(ROMAN_SMALL[r - 1])
  const l = value.length === 1 ? LETTERS.indexOf(value) : -1
  if (l > 0) out.push(LETTERS[l - 1])
  return out
}

/**
 * An enumeration run on inside a sentence and wrapped before its next item: "… gồm: (i) Bản lĩnh chính trị, tư tưởng;
 * (ii) Chuyên môn, nghiệp vụ;" / "(iii) Kỹ năng, phong cách." The text before holds the item before this one inside it
 * (not as its own marker) and ends no sentence: the line goes on with it.
 */
function runsOn(prev: Block, m: Marker): boolean {
  if (m.type !== 'paren' || !m.value || prev.cells) return false
  // (the item before may have wrapped over a line or two: its last RUN_ON characters; asked of such lines only)
  const last = prev.text.slice(-RUN_ON)
  if (/[.!?:]\s*$/u.test(last)) return false
  return before(m.value).some((v) => last.indexOf(`(${v})`) > (prev.text.length > RUN_ON ? -1 : 0))
}
const RUN_ON = 400

/** A span of years or days wrapped at its dash: "… giai đoạn 2021" / "- 2025 sang thực hiện …" is no bullet. */
function splitsRange(prev: Block, m: Marker, text: string): boolean {
  if (m.type !== 'dash' || prev.cells) return false
  // (days: "… từ ngày 15" / "– 17/10/2025 trên địa bàn xã.")
  return (/^[-–]\s*(?:19|20)\d\d(?!\d)/u.test(text) && /(?<![\d/.])(?:19|20)\d\d$/u.test(tailOf(prev))) || (/^[-–]\s*\d{1,2}\s*[/.]\s*\d{1,2}(?!\d)/u.test(text) && /(?<![\p{L}])ngày\s*\d{1,2}$/u.test(tailOf(prev)))
}

let titleEnd: RegExp | null = null
/** The text ends on a person's title of two words or more from titles.tsv ("Bộ trưởng", "Chủ tịch", "Giám đốc"). */
function endsOnTitle(end: string): boolean {
  titleEnd ??= new RegExp(`(?<![\\p{L}])(?:${TITLES.filter((t) => /^\p{Lu}\S*\s+\S/u.test(t)).sort((a, b) => b.length - a.length).join('|')})$`, 'u')
  return titleEnd.test(end)
}

/**
 * The line ends inside a body's name that the next line completes: a name read over the last words of the one and the
 * first words of the other runs across the break, where the words before the break do not already end on a name.
 */
function splitsName(end: string, text: string): boolean {
  const before = end.split(/\s+/u).slice(-4).join(' ')
  const after = text.split(/\s+/u, 6).join(' ')
  const joined = `${before} ${after}`
  const across = findAgencies(joined).filter((m) => !m.generic && m.index < before.length && m.index + m.length > before.length + 1)
  // (not a name the line already holds whole up to a proper name, that a word after the break would only lengthen:
  // "Sở KHCN TP Hồ" / "Hoàn thiện …" in a scanned table; "… với UBND tỉnh" / "Đồng Nai, …" is a place to come, and
  // "… Ủy ban MTTQ" / "Việt Nam tỉnh …" lengthens the name by more than a word)
  return across.length > 0 && !findAgencies(before).some((m) => across.some((a) => a.index === m.index && a.length - m.length < 6) && /(?:^|\s)\p{Lu}\S*$/u.test(m.text))
}

/** A level, then the first words of a place's name: "… thành phố Hà", "… tỉnh Bà Rịa -". */
const LEVEL_THEN_NAME = /(?<![\p{L}])(?:tỉnh|thành phố|Thành phố|TP\.?)\s+((?:\p{Lu}\p{Ll}*\s*){1,3})$/u
/** A level of lexicon/levels.tsv alone at a line's end, in lower case as a sentence writes it: "… trên địa bàn huyện". */
const LEVEL_AT_END = new RegExp(`(?<![\\p{L}])(?:${LEVELS.map(([level]) => level).join('|')})$`, 'u')
/** Two capitalised words, as a place's name opens: "Tân Thành mà …", "Hải Hà,". */
const PLACE_START = /^\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*(?=[\s,.;:)]|$)/u
/** The same in a letterhead's capitals: "UBND THÀNH PHỐ HÀ" / "NỘI". */
const LEVEL_THEN_NAME_CAPS = /(?<![\p{L}])(?:TỈNH|THÀNH PHỐ|TP\.?)\s+((?:\p{Lu}+\s*){1,3})$/u

/** The line ends inside a place's name that the next line completes ("thành phố Hà" / "Nội, …"). */
function splitsPlace(end: string, text: string): boolean {
  // "… Mặt trận Tổ quốc Việt" / "Nam tiếp tục …": the country's name, the most common wrap of all
  if (/(?<![\p{L}])Việt$/u.test(end) && /^Nam(?![\p{L}])/u.test(text)) return true
  const m = LEVEL_THEN_NAME.exec(end) ?? (isCaps(end) ? LEVEL_THEN_NAME_CAPS.exec(end) : null)
  if (!m || !/^\p{Lu}/u.test(text)) return false
  const head = text.split(/\s+/u, 3).map((w) => w.replace(/[,.;:)]+$/u, ''))
  const tail = m[1].trim()
  // (the line's own words a province already: "… tỉnh Lâm Đồng" / "Chủ trì …" is no wrap)
  if (provinceByFold(tail)) return false
  // (its dash spaced as the lexicon spaces it: "… tỉnh Bà" / "Rịa–Vũng Tàu khóa VI …")
  for (let k = 1; k <= head.length; k++) if (provinceByFold(`${tail} ${head.slice(0, k).join(' ')}`.replace(/\s*[-–]\s*/gu, ' - '))) return true
  return false
}

/** A number with nothing after it ("2." once the bold around it is gone), or a bullet alone ("-" / "Tham mưu …"). */
const LONE_NUMBER = /^(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])[.)]|[-–+•])$/u

/** LONE_NUMBER, asked of a long paragraph only when its end could be one (digits and dots). */
function isLoneNumber(b: Block): boolean {
  if (b.text.length > TAIL && !/^[\d.]+[.)]$/.test(tailOf(b))) return false
  return LONE_NUMBER.test(b.text)
}

/** The head of a body's name, which never ends one: the name is on the next line. */
const HEAD_END = /(?<![\p{L}])(?:Sở|Bộ|Cục|Vụ|Ban|Ủy ban|Uỷ ban|Văn phòng|Trung tâm|Chi cục|Hội đồng|Viện)$/u

/** A letter's addressees: "Kính gửi:" (also the older spelling "Kính gởi"). */
const ADDRESSEES = /^Kính g[ửở]i(?!\p{L})/u

const OPEN_END = /(?<![\p{L}])(?:và|của|với|các|những|cho|về|tại|trong|theo|để|hoặc|cùng|từ|đến|thuộc|nhằm|bằng|trên|giữa|khi|nếu|thì|là|do|như|mà|quý|tháng|ngày|năm|số|khoảng)$/iu

/**
 * A table row's text is its cells joined by " | ": one position per cell, so that what is read from a cell says the
 * column it stands at in its line. `parts` are the raw cells as split, `column` the line's column of the first.
 */
function cellSegs(parts: string[] | null, cells: string[], line: number, column: number): Seg[] {
  const segs: Seg[] = []
  let offset = 0
  let at = column
  cells.forEach((cell, k) => {
    // the cell's text starts after its spaces and any emphasis markers the cleaning dropped; a rebuilt row (no parts)
    // has no columns of its own: each cell counts from the line's start
    const part = parts?.[k] ?? ''
    const lead = /^[\s*_]*/u.exec(part)![0].length
    segs.push({ offset, line, column: parts ? at + (cell ? lead : 0) : column })
    offset += cell.length + 3
    at += part.length + 1
  })
  return segs
}

/**
 * A row of a table whose cells are joined by " | " with no border: its cells. Outside such a table, only a task
 * table's header of three cells or more opens one; inside, a line of three cells or more split the same way.
 */
function openRow(text: string, width: number): string[] | null {
  if (!text.includes(' | ') && !(width && text.includes('|'))) return null
  const cells = text.split('|').map((c) => clean(c))
  // (inside an open table a group row may have two cells: "I | GIAI ĐOẠN 1: LẬP, THẨM ĐỊNH …", "1 | Lập nhiệm vụ")
  if (width && cells.length >= 2 && cells.length <= width + 1) return cells
  // (a row wider than the open table is a row only if it would open one: a header's, or a numbered row of a table whose
  // header was lost, "5 | Xây dựng … | Sở Tài chính | Công an tỉnh | 2027 |" under rows of three cells)
  if (cells.length < 3) return null
  return tableHeader(cells) || headlessRow(text, cells) ? cells : null
}

/**
 * A numbered row of a table whose header a copy lost ("|" / "|" / "1 | Khám sức khỏe nghĩa vụ quân sự | Xong trước ngày
 * 20/12/2025. |"): its number, then two cells or more with words in them, and its closing pipe, as a page's table has (a
 * scan's line that a stray bar cuts, "1. | Xây dựng … | phương và hiệp hội", is no row). The task stage reads its
 * columns from what the cells hold.
 */
const HEADLESS_ROW = /^\d{1,3}\s*\|.*\|\s*$/u
const headlessRow = (text: string, cells: string[]): boolean => HEADLESS_ROW.test(text) && cells.slice(1).filter((c) => /\p{L}/u.test(c)).length >= 2

function clean(s: string): string {
  return stripEmphasis(s.replace(/<br\s*\/?>/gi, ' ').trim()).replace(/\s+/g, ' ')
}

/** Markdown emphasis markers carry no meaning here; a leading "* " is a bullet and stays. */
function stripEmphasis(s: string): string {
  const bullet = /^\*\s+(?!.*\*\s*$)/.test(s)
  const body = bullet ? s.replace(/^\*\s+/, '') : s
  // "**KẾT LUẬN****CỦA BỘ CHÍNH TRỊ**": bold runs glued together still separate words
  if (!body.includes('*') && !body.includes('_')) return bullet ? '* ' + body.trim() : body.trim()
  const out = body.replace(/(?<=[\p{L}\p{N}])\*{4}(?=\p{L})/gu, ' ').replace(/\*+|(?<=^|\s)_+|_+(?=\s|$)/g, '').trim()
  return bullet ? '* ' + out : out
}

/**
 * A scan's stray mark before a word, the only single quote of its line: "phối 'hợp với", "tìm kiếm cứu ‘nan", "công
 * 'bố". Gone, the words read as written. (A quotation keeps its marks: it has two.)
 */
const STRAY_QUOTE = /(?<=\p{L} )['‘`](?=\p{Ll})/u
export function strayQuote(s: string): string {
  if (!STRAY_QUOTE.test(s)) return s
  const marks = s.match(/['‘’`]/gu)!.length
  return marks === 1 ? s.replace(STRAY_QUOTE, '') : s
}

export function isCaps(s: string): boolean {
  // the start of a line tells: a heading in capitals is short, a long line is not one
  // most lines have a small a-z in their first words: they are answered before any string is built
  for (let i = 0, n = Math.min(s.length, 160); i < n; i++) {
    const c = s.charCodeAt(i)
    if (c >= 97 && c <= 122) return false
  }
  const letters = s.slice(0, 160).replace(/[^\p{L}]/gu, '')
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(STRAY_QUOTE, PAGE_NOISE, OPEN_END, NUMBER_START, PROVISION_END, ACT_START, LEVEL_THEN_NAME_CAPS)
