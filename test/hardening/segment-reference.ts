// The segmenter as it was before issue 12 made it linear: the reference its output must still equal.
// (Copied from git; only the imports are adjusted, and rules added since that change what a block is are added here
// too, each marked "since".)
// Stage 3, segment: lines into blocks — a numbered or bulleted item, a paragraph, a markdown heading, a table row —
// with hard-wrapped lines joined back, and every block able to say the line and column of any of its characters.
import { readMarker, markerStyle, type Marker } from '../../src/core/read/markers.js'
// since: what page furniture looks like is vocabulary, not the algorithm; read from the segmenter itself so the two cannot
// drift (they did: '--- trang 3 ---' was furniture to one and a paragraph to the other)
import { PAGE_NOISE } from '../../src/core/read/segment.js'
import { provinceByFold } from '../../src/core/agencies/data.js'

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
}

export function at(block: Block, offset: number): { line: number; column: number } {
  let s = block.segs[0]
  for (const x of block.segs) if (x.offset <= offset) s = x
  return { line: s.line, column: s.column + Math.max(0, offset - s.offset) }
}

export function endOf(block: Block): { line: number; column: number } {
  return at(block, block.text.length)
}

const TERMINAL = /[.!?:;…"”»)\]]$/u
const PIPE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/

/** `wholeLines`: every line is a whole paragraph (a Word or HTML document), so wrapped lines are never joined. */
export function segment(lines: string[], markdown: boolean, wholeLines = false): Block[] {
  const blocks: Block[] = []
  let blank = 0
  let pageBreak = false
  // a line that opens bold without closing it ("**7. Báo và" / "Phát thanh, Truyền hình thành phố**"): one heading
  let boldOpen = false
  // inside a markdown comment (<!-- … -->) that spans lines
  let inComment = false
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]
    const lead = raw.length - raw.trimStart().length
    let text = raw.trim()
    // (since then: a markdown comment is not text)
    // a markdown comment on lines of its own is no text (nor is an editor's note in one): it reads as nothing
    if (markdown && (inComment || text.startsWith('<!--'))) {
      const close = text.indexOf('-->', inComment ? 0 : 4)
      inComment = close < 0
      if (inComment || close + 3 >= text.length) continue
      text = text.slice(close + 3).trim()
    }
    if (!text) {
      if (!pageBreak) blank++
      boldOpen = false
      continue
    }
    const wasOpen: boolean = boldOpen && blank === 0
    boldOpen = ((text.match(/\*\*/g)?.length ?? 0) % 2 === 1) !== wasOpen
    // a rule drawn with dashes or stars separates, like a blank line
    if (/^[-–—_=*.·•~]{3,}$/u.test(text.replace(/\s+/g, ''))) {
      blank++
      continue
    }
    // page furniture of PDF-derived text: a page number alone, the gazette's running header
    // (since then: the blank lines of a page break count as one at most)
    if (PAGE_NOISE.test(text)) {
      blank = Math.min(blank, 1)
      pageBreak = true
      continue
    }
    pageBreak = false
    const lineNo = i + 1
    const column = lead + 1
    // since: a bare "|" parts cells like a blank line
    if (text === '|') {
      blank++
      continue
    }
    // pipe table row
    if (text.startsWith('|') && text.length > 2) {
      if (PIPE_SEPARATOR.test(text)) continue
      const cells = text.replace(/^\|/, '').replace(/\|\s*$/, '').split('|').map((c) => clean(c))
      blocks.push(mk(cells.join(' | '), null, null, 0, cells, blank, lineNo, column))
      blank = 0
      continue
    }
    // tab-separated row: three or more cells
    if (raw.includes('\t')) {
      // cells keep their columns (an empty cell is a column too), so that a row is read by its table's header; a
      // group row ("I<TAB>Cải cách thể chế<TAB><TAB>…") inside a table is a row as well
      const all = raw.replace(/^\t+/, '').split('\t').map((c) => clean(c))
      const filled = all.filter((c) => c !== '').length
      const inTable = !!blocks[blocks.length - 1]?.cells && blank === 0
      const cells = all.length >= 3 && (filled >= 3 || (inTable && filled >= 1)) ? all : []
      if (cells.length >= 3) {
        blocks.push(mk(cells.join(' | '), null, null, 0, cells, blank, lineNo, column))
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
    text = stripEmphasis(text)
    if (!text) {
      blank++
      continue
    }
    const marker = readMarker(text)
    const prev = blocks[blocks.length - 1]
    // "**2.****" / "**Kết hợp …": a number standing alone takes the line after it as its text
    const bare = !!prev && blank === 0 && !prev.cells && (prev.marker ? !prev.text.trim() : LONE_NUMBER.test(prev.text))
    if (!marker && !mdDepth && prev && !prev.cells && !prev.mdDepth && (wasOpen || bare || (!wholeLines && continues(prev, text, blank)))) {
      if (bare) {
        if (!prev.marker) {
          const m = readMarker(`${prev.text} ${text}`)
          // (as the segmenter now does: a number on the line above is no label of the text)
          if (m) (prev.marker = { ...m, label: undefined }), (prev.style = markerStyle(`${prev.text} ${text}`, m))
        }
        prev.segs = [{ offset: 0, line: lineNo, column }]
        prev.text = text
        prev.caps = isCaps(text)
        blank = 0
        continue
      }
      prev.segs.push({ offset: prev.text.length + 1, line: lineNo, column })
      prev.text += ' ' + text
      blank = 0
      continue
    }
    const body = marker ? text.slice(marker.length) : text
    const b = mk(body, marker, marker ? markerStyle(text, marker) : null, mdDepth, null, blank, lineNo, column + (marker?.length ?? 0))
    b.caps = isCaps(body)
    blocks.push(b)
    blank = 0
  }
  return blocks
}

function mk(text: string, marker: Marker | null, style: string | null, mdDepth: number, cells: string[] | null, blankBefore: number, line: number, column: number): Block {
  return { text, marker, style, mdDepth, cells, blankBefore, segs: [{ offset: 0, line, column }], caps: false }
}

/** A hard-wrapped line goes back into its paragraph: it starts in lower case after an unfinished sentence. */
function continues(prev: Block, text: string, blank: number): boolean {
  // (since: a bullet or a number alone opens the item on the next line)
  if (blank > 2 || (text.length < 6 && LONE_NUMBER.test(text))) return false
  // since: a letter's addressees open a block of their own, and the sentence after them the next
  if (text.startsWith('Kính gửi') || text.startsWith('Kính gởi')) return false
  const first = text.charAt(0)
  const lower = first !== first.toUpperCase() && first === first.toLowerCase()
  const end = prev.text.trimEnd()
  if (!lower && /^Kính g[ửở]i/u.test(prev.text) && !/,$/u.test(end) && !OPEN_END.test(end)) return false
  // since: an ellipsis ends no sentence before a line in lower case
  if (lower && (!/[.!?:;]$/.test(end) || /[^.]\.\.\.$|…$/u.test(end))) return true
  // a line cannot end on a word that needs what follows ("… Sở Nông nghiệp và" / "Môi trường …")
  // (since: not a line in capitals ending on an ordinal's word, "KỲ HỌP THỨ NĂM", before one in lower case)
  if (blank === 0 && OPEN_END.test(end) && !isCaps(text) && !(prev.caps && /\p{Ll}/u.test(text.slice(0, 24)))) return true
  // since: a letterhead's line inside a place's name, "UBND THÀNH PHỐ HÀ" / "NỘI", goes on
  if (blank === 0 && prev.caps && isCaps(text) && capsPlaceCut(end, text)) return true
  // a heading in capitals wrapped after a comma or a joining word: "ĐỐI TƯỢNG, NỘI DUNG VÀ HÌNH THỨC ĐÀO TẠO," / "BỒI DƯỠNG"
  if (blank === 0 && prev.caps && isCaps(text) && !readMarker(text) && (/[,\-–]$/u.test(end) || OPEN_END.test(end))) return true
  // (since then: a list opened by a colon, wrapped inside a name or after a comma, goes on)
  if (blank === 0 && prev.marker && !isCaps(text) && (/,$/u.test(end) || /:\s[^.;:!?]*\p{Lu}\p{Ll}*$/u.test(end))) return true
  // since: a list of names opened by a colon and parted by semicolons goes on past a line's end
  if (blank === 0 && !isCaps(text) && !readMarker(text) && /:\s[^.:!?]*;\s[^.:!?;]+;$/u.test(end)) return true
  // since: an item whose line a Word export cut after its first word goes on
  if (blank === 0 && prev.marker && prev.text.length < 16 && !isCaps(text) && /^\p{Lu}\p{Ll}*$/u.test(prev.text)) return true
  // an unfinished sentence wrapped before a capitalised word (PDF text): only when nothing separates them
  // (since: a long item wrapped after a small numeral, "cơ sở 2" / "Bệnh viện …", goes on)
  return blank === 0 && !TERMINAL.test(end) && (/[,]$|\p{Ll}$/u.test(end) || (!!prev.marker && prev.text.length > 200 && /\s\d{1,2}$/u.test(end))) && prev.text.length > 60 && !isCaps(text)
}

/** since: "… THÀNH PHỐ HÀ" / "NỘI …": the next line's first words complete a province's name. */
function capsPlaceCut(end: string, text: string): boolean {
  const m = /(?<![\p{L}])(?:TỈNH|THÀNH PHỐ|TP\.?)\s+((?:\p{Lu}+\s*){1,3})$/u.exec(end)
  if (!m || !/^\p{Lu}/u.test(text)) return false
  const tail = m[1].trim()
  if (provinceByFold(tail)) return false
  const head = text.split(/\s+/u, 3).map((w) => w.replace(/[,.;:)]+$/u, ''))
  for (let k = 1; k <= head.length; k++) if (provinceByFold(`${tail} ${head.slice(0, k).join(' ')}`)) return true
  return false
}

/** A number with nothing after it ("2." once the bold around it is gone); since: or a bullet alone. */
const LONE_NUMBER = /^(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])[.)]|[-–+•])$/u

const OPEN_END = /(?<![\p{L}])(?:và|của|với|các|những|cho|về|tại|trong|theo|để|hoặc|cùng|từ|đến|thuộc|nhằm|bằng|trên|giữa|khi|nếu|thì|là|do|như|mà|quý|tháng|ngày|năm|số)$/iu

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

export function isCaps(s: string): boolean {
  // the start of a line tells: a heading in capitals is short, a long line is not one
  const letters = s.slice(0, 160).replace(/[^\p{L}]/gu, '')
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}
