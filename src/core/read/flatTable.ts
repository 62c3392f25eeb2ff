// Task tables that PDF extraction flattened to one cell per line (header cells split too) are put back together as
// pipe rows, in place: the row's first line carries the row, its other lines go blank, so line numbers still hold.
import { canonicalAgency, findAgencies } from '../agencies/index.js'
import { provinceByFold } from '../agencies/data.js'
import { tableHeader } from './tables.js'

/** A row's number alone on its line: "3", "3.", or a sub-row "1.2". */
const ROW_NUMBER = /^(\d{1,3}(?:\.\d{1,3}){0,2})\.?$/
/** A row's number, two spaces, and the start of its text: "13  Xây dựng, hoàn thiện thể chế …", "1.  Nghị định …". */
const INLINE_ROW = /^(\d{1,3})\.?\s{2,}(\S.*)$|^(\d{1,3}\.\d{1,3}(?:\.\d{1,3})?)\.?\s+(\p{Lu}.*)$/u
/** The next row's number and its text after one space: "4 Hoàn thiện pháp luật …", "3. Nghị định số …" (only the number expected next). */
const INLINE_NEXT = /^(\d{1,3})\.?\s(\p{Lu}\p{Ll}.*)$/u
/** INLINE_ROW's number and text, whichever of its two shapes matched (or INLINE_NEXT's, for the row expected next). */
function inlineRow(s: string, expected: number | null = null): [string, string] | null {
  const m = INLINE_ROW.exec(s)
  if (m) return [m[1] ?? m[3], m[2] ?? m[4]]
  const n = expected !== null ? INLINE_NEXT.exec(s) : null
  return n && Number(n[1]) === expected ? [n[1], n[2]] : null
}
const HEADER_START = /^(S?TT|Số\s*TT)$/iu
const GROUP = /^([IVX]{1,5}|[A-Z])\.\s+\S/u
/** A group's number alone on its line, its title on the lines after it: "I" / "Hoàn thiện thể chế, …". */
const GROUP_ALONE = /^[IVX]{1,5}\.?$/u
/** A kind of act alone in capitals groups a list of acts: "NGHỊ ĐỊNH" / "1." / "Nghị định số 125/2024/NĐ-CP" / …. */
const ACT_GROUP = /^(?:LUẬT|BỘ LUẬT|PHÁP LỆNH|NGHỊ ĐỊNH|NGHỊ QUYẾT|QUYẾT ĐỊNH|THÔNG TƯ|THÔNG TƯ LIÊN TỊCH)$/u
const isGroup = (t: string) => GROUP.test(t) || GROUP_ALONE.test(t) || ACT_GROUP.test(t)
/** Between rows, a Roman number without its dot also opens a group: "VI Đẩy mạnh đối ngoại …". */
const isRowGroup = (t: string) => isGroup(t) || /^[IVX]{1,5}\s+\p{Lu}/u.test(t)
/** A line that cannot end a cell: it stops on a comma, a hyphen or a word that needs what follows. */
const OPEN_END = /(?:[,;(\-–]|(?<!\p{L})(?:của|và|về|các|với|cho|theo|trong|tại|ở|từ|đến|hoặc|những|là|được|để|năm|tháng|quý|Năm|Tháng|Quý|Giai đoạn|giai đoạn|Các|Những|Cơ)|(?<!\p{L})(?:Bộ|Sở|Ban|Ủy ban|Uỷ ban))$/u
/** A Party committee or a level that completes the body on the line above: "Văn phòng" / "Tỉnh ủy". */
const SCOPE_LINE = /^(?:(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) (?:ủy|uỷ)|Trung ương|tỉnh|huyện|thành phố)(?:\s+\p{Lu}\p{L}*)*$/u
/** A level at a line's end, waiting for the place it names. */
const LEVEL_END = /(?<!\p{L})(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)$/u
const MAX_HEADER_LINES = 48
const YEAR = /^(?:19|20)\d\d$/
/** An abbreviation alone on a header's line ends the label above it: "… thẩm quyền giải quyết" / "TTHC". */
const ABBREVIATION = /^\p{Lu}{2,6}$/u
/** A column label's noun that wants its complement ("Thời hạn …", "Cơ quan …"), and the complements a label takes. */
const LABEL_HEAD = /^(?:thời hạn|thời gian|cơ quan|đơn vị)$/iu
/** Two-syllable words of column labels, cut between their syllables: "CƠ QUAN PHỐI" / "HỢP". */
const LABEL_WORDS = new Set(['soạn thảo', 'phối hợp', 'chủ trì', 'thực hiện', 'hoàn thành', 'phê duyệt', 'nhiệm vụ', 'cơ quan', 'thời hạn', 'thời gian', 'đơn vị', 'ghi chú', 'sản phẩm', 'kết quả'])
const lastWord = (s: string) => s.trim().split(/\s+/u).pop() ?? ''
const firstWord = (s: string) => s.trim().split(/\s+/u)[0] ?? ''
const LABEL_TAIL = /^(?:hoàn thành|thực hiện|chủ trì|phối hợp|triển khai|báo cáo)(?!\p{L})/iu
/** A header's label in capitals stops on a word that needs what follows, or goes on with one that cannot open a label. */
const CAPS_OPEN_END = /(?<!\p{L})(?:CỦA|VÀ|VỀ|CÁC|VỚI|CHO|THEO|TRONG|TẠI|ĐẾN|HOẶC|ĐỂ|CẦN)$/u
/** A label's head noun alone on its line: "DANH SÁCH" / "VĂN BẢN". */
const CAPS_HEAD_NOUN = /^(?:DANH SÁCH|DANH MỤC|TÊN)$/u
const CAPS_GOES_ON = /^(?:CẦN|CẨN|ĐƯỢC|ĐỂ|CỦA|VÀ|HOẶC)(?!\p{L})/u
/** A cell's line that stops on a word waiting for its number: "… điểm b khoản" / "2 Điều 12". */
const NEEDS_NUMBER = /(?<!\p{L})(?:khoản|điểm|điều|mục|chương|số)$/iu
const GAZETTE_HEAD = /^CÔNG BÁO\/Số/u
/** The next annex's title line: "Phụ lục IV", "PHỤ LỤC II". */
const ANNEX_START = /^(?:PHỤ LỤC|Phụ lục)(?:\s+[IVX\d]+)?\s*$/u

export function unflattenTables(lines: string[]): string[] {
  const out = lines.slice()
  for (let i = 0; i < out.length; i++) {
    // (also a converter's: the header written as a pipe row and every cell after it on a line of its own, "| TT | Nội
    // dung | Cơ quan chủ trì | Cơ quan phối hợp |" / "| --- | … |" / "Thời gian thực hiện" (a label it left over) / "1" / …)
    const whole = !HEADER_START.test(out[i].trim())
    const header = whole ? pipeHeader(out, i) : readHeader(out, i)
    if (!header) continue
    out[i] = '| ' + header.cells.join(' | ') + ' |'
    for (let k = i + 1; k < header.end; k++) out[k] = ''
    // (a group's title read among the header's cells goes on the header's last line, before the first row)
    const title = (header as { group?: string }).group
    if (title !== undefined && header.end - 1 > i) out[header.end - 1] = title
    i = readRows(out, title !== undefined && header.end - 1 > i ? header.end - 1 : header.end, header.cells, whole) - 1
  }
  return out
}

/** A lettered sub-row's mark alone on its line: "a)", "đ)". */
const LETTER_ROW = /^([a-zđ])\)$/u
const PIPE_ROW = /^\|(.+)\|$/u
const PIPE_RULE = /^\|[\s:|-]+\|$/u

/** A task table's header written as a pipe row whose rows are one cell per line, with any labels left on lines after it. */
function pipeHeader(lines: string[], from: number): { cells: string[]; end: number } | null {
  const m = PIPE_ROW.exec(lines[from].trim())
  if (!m || !HEADER_START.test(m[1].split('|')[0].trim())) return null
  let j = from + 1
  if (!PIPE_RULE.test(lines[j]?.trim() ?? '')) return null
  const cells = m[1].split('|').map((c) => c.trim())
  const labels: string[] = []
  for (j++; j < lines.length && j < from + 8; j++) {
    const t = lines[j].trim()
    if (!t) continue
    if (ROW_NUMBER.test(t)) break
    // rows written as pipe rows too: a table the structure stage reads as it is
    if (PIPE_ROW.test(t) || t.length > 40) return null
    labels.push(t)
  }
  const all = [...cells, ...group(labels)]
  return ROW_NUMBER.test(lines[j]?.trim() ?? '') && all.length >= 3 && tableHeader(all) ? { cells: all, end: j } : null
}

function readHeader(lines: string[], from: number): { cells: string[]; end: number; group?: string } | null {
  const parts: string[] = []
  const at: number[] = []
  let j = from
  let title: string | undefined
  for (; j < lines.length && j < from + MAX_HEADER_LINES; j++) {
    const t = lines[j].trim()
    if (!t) continue
    if (ROW_NUMBER.test(t) || isGroup(t)) break
    // the first group's title that a PDF's reading order put among the header's cells ("TT" / "Nhiệm vụ cụ thể" / "I
    // Các nhiệm vụ cần làm ngay trong năm 2026" / "Cơ quan, tổ chức" / "đảng chủ trì" / …): it opens the rows
    if (title === undefined && parts.length >= 2 && isRowGroup(t)) {
      title = t
      continue
    }
    if (t.length > 40) {
      // a lead-first table whose first task has no number above it ("Đơn vị" / "Nhiệm vụ chủ trì" / … / "Thời gian" /
      // "hoàn thành" / "Tham mưu Chính phủ ban hành Nghị định" / "quy định danh mục …"): the header ends at the task
      const cells = /^\p{Ll}/u.test(t) && parts.length > 3 ? group(parts.slice(0, -1)) : []
      const cols = cells.length >= 3 ? tableHeader(cells) : null
      return cols && cols.lead >= 1 && cols.lead < cols.text ? { cells, end: at[at.length - 1] } : null
    }
    parts.push(t)
    at.push(j)
  }
  const cells = group(parts)
  return cells.length >= 3 && tableHeader(cells) ? { cells, end: j, ...(title === undefined ? {} : { group: title }) } : null
}

/** Lines to cells: a line in lower case, after one left open, or completing a body's name carries on the cell before it. */
function group(parts: string[], row = false): string[] {
  const cells: string[] = []
  for (const p of parts) {
    const prev = cells[cells.length - 1]
    if (prev !== undefined && carries(prev, p, row)) cells[cells.length - 1] = `${prev} ${p}`
    else cells.push(p)
  }
  return cells
}

/** Whether line `p` carries on the cell `prev` (a header's label when not `row`). */
function carries(prev: string, p: string, row: boolean): boolean {
  // a line in lower case, or a bare number ("2025" under "6 tháng đầu năm"), carries on the cell;
  // and so does a bracket ("Đơn vị phối hợp" / "(Bộ/ngành/địa phương)")
  // (in a row a year alone is the time column's cell: "Luật Dầu khí" / "2026" / "Bộ Công Thương")
  // (but "(1) Bộ Tư pháp" opens a numbered list of bodies, a cell of its own; "(2) Bộ Nội vụ" goes on with it)
  const lower = /^\p{Ll}/u.test(p) || (/^\d{1,4}[.)]?$/u.test(p) && !(row && YEAR.test(p))) || (p.startsWith('(') && !/^\(1\)\s/u.test(p)) || (!row && ABBREVIATION.test(p) && /\p{Ll}$/u.test(prev))
  if (lower || OPEN_END.test(prev)) return true
  // "UBND thành phố" / "Hà Nội, Thành …": a level at the line's end and the place it names on the next
  if (LEVEL_END.test(prev) && provinceByFold(p.split(',')[0].trim()) !== null) return true
  // "Ban Tuyên giáo" / "Tỉnh ủy": a body and its scope wrapped onto the next line are one cell
  const scoped = prev.length < 60 && (canonicalAgency(prev) !== null || SCOPE_LINE.test(p)) && canonicalAgency(`${prev} ${p}`) !== null
  // a header's label in capitals wrapped after its noun: "THỜI HẠN" / "HOÀN THÀNH", "CƠ QUAN" / "CHỦ TRÌ"
  // (in capitals too: "CÁC LUẬT, NGHỊ ĐỊNH … CỦA" / "THỦ TƯỚNG CHÍNH PHỦ, THÔNG TƯ" / "CẦN SỬA ĐỔI, BỔ SUNG")
  const label = (LABEL_HEAD.test(prev) && LABEL_TAIL.test(p)) || LABEL_WORDS.has(`${lastWord(prev)} ${firstWord(p)}`.toLowerCase()) || /\/$/u.test(prev) || (!row && (CAPS_OPEN_END.test(prev) || CAPS_GOES_ON.test(p) || CAPS_HEAD_NOUN.test(prev)))
  // "Bộ Công" / "Thương": a body's name cut by the cell's width, whole again on the next line
  const cut = BODY_START.test(`${prev} `) && p.split(/\s+/u).length <= 3 && canonicalAgency(prev) === null && canonicalAgency(`${prev} ${p}`) !== null
  return scoped || label || cut || wrapsPlace(prev, p)
}

/**
 * A place's name cut by the cell's width: the line ends with its first words and the next line opens with the rest
 * ("Thành phố Hồ" / "Chí Minh, thành phố Đà Nẵng", "Ngân hàng Nhà nước Việt" / "Nam, các bộ", "Đồng" / "Nai và …").
 */
function wrapsPlace(prev: string, next: string): boolean {
  const tail = prev.split(/\s+/u).slice(-3)
  const head = next.split(/\s+/u).slice(0, 3).map((w) => w.replace(/[,.;:)]+$/u, ''))
  for (let k = 1; k <= tail.length; k++)
    for (let m = 1; m <= head.length; m++) {
      const name = [...tail.slice(-k), ...head.slice(0, m)].join(' ')
      if (/^\p{Lu}/u.test(name) && provinceByFold(name)) return true
    }
  return false
}

/** Where the header repeated at a page break ends: its lines, word for word, or null when they are not the header. */
function repeatedHeader(lines: string[], from: number, cells: string[]): number | null {
  const want = cells.join(' ').replace(/\s+/g, ' ')
  let seen = ''
  for (let j = from; j < lines.length; j++) {
    const t = lines[j].trim().replace(/\s+/g, ' ')
    if (!t) continue
    const next = seen ? `${seen} ${t}` : t
    if (!want.startsWith(next)) return seen === want ? j : null
    seen = next
  }
  return seen === want ? lines.length : null
}

/** A row's pipe line. */
const rowLine = (num: string, cells: string[]) => `| ${num} | ${cells.join(' | ')} |`

/** A column of acts ("Các văn bản cần sửa đổi, bổ sung", "Tên văn bản", "Các luật, nghị định … cần sửa đổi") and one of their provisions ("Điều, khoản, điểm …"). */
const ACTS = /^(?:(?:các |tên |danh sách |danh mục )?(?:các )?văn bản|các (?:luật|nghị định|nghị quyết|quyết định|thông tư)(?!\p{L}))/iu
const PROVISIONS = /^(?:điều|khoản|điểm|nội dung)/iu
/** A title in capitals of four words or more: no cell of a list of acts. */
const CAPS_TITLE = /^(?=(?:\S+\s+){3}\S)[^\p{Ll}]+$/u

/** The line of a table header within the few lines that title an annex, or null. */
function headerWithin(lines: string[], from: number): number | null {
  for (let j = from; j < lines.length && j < from + 12; j++) if (HEADER_START.test(lines[j].trim())) return j
  return null
}

/**
 * Rows until the table stops (a long line that is not a group title, or a new header); returns where it stopped.
 * `whole`: a converter's table, each cell on one line however long (a PDF's wraps at about 90 characters).
 */
function readRows(lines: string[], from: number, headerCells: string[], whole = false): number {
  const width = headerCells.length
  // "STT | Các văn bản cần sửa đổi, bổ sung | Điều, khoản, điểm cần sửa đổi … | Cơ quan chủ trì soạn thảo": the columns
  // between the act and its drafting body name the provisions, empty as often as not
  const cols = tableHeader(headerCells)
  const amend = !!cols && cols.lead === width - 1 && cols.coordinators < 0 && cols.deadline < 0 && ACTS.test(headerCells[cols.text]) && headerCells.slice(cols.text + 1, cols.lead).every((c) => PROVISIONS.test(c))
  let i = from
  let expected: number | null = null
  /** In a list of acts, the drafting body of the row above, for rows whose cell of it is empty (merged). */
  let carried = ''
  /** The last row written: a row split by a page break goes on after the repeated header. */
  let last: { line: number; num: string; cells: string[] } | null = null
  // "STT | Đơn vị | Nhiệm vụ chủ trì | Đơn vị phối hợp | Thời gian hoàn thành": the body before its tasks
  const leadFirst = !!cols && !amend && cols.lead >= 1 && cols.lead < cols.text
  /** A lead-first table's tasks above its first row's number, written when that row is read. */
  let pending: { line: number; cells: string[] }[] = []
  while (i < lines.length) {
    const t = lines[i].trim()
    if (!t) {
      i++
      continue
    }
    if (HEADER_START.test(t)) {
      // the header again, after a page break
      const end = repeatedHeader(lines, i, headerCells)
      const again = end !== null ? { end } : readHeader(lines, i)
      // a header of another shape is another table (the next annex's): this one ends here
      if (!again || (end === null && 'cells' in again && again.cells.length !== headerCells.length)) return i
      for (let k = i; k < again.end; k++) lines[k] = ''
      i = again.end
      // the rest of the row the page break cut ("… 2" / header / "cấp; các quy định …"): its text cell goes on
      const more: string[] = []
      let j = i
      for (; j < lines.length; j++) {
        const s = lines[j].trim()
        if (!s) continue
        if (ROW_NUMBER.test(s) || inlineRow(s, expected) || isRowGroup(s) || HEADER_START.test(s) || s.length > 90) break
        more.push(s)
      }
      // the text cell, cut mid-sentence, goes on in lower case
      const after = j < lines.length ? lines[j].trim() : ''
      if (!leadFirst && last && more.length && (ROW_NUMBER.test(after) || inlineRow(after, expected) || isRowGroup(after))) {
        // the rest of each column goes on its cell, laid out as the row was ("sở, tiêu chuẩn …" / "Công nghệ" / "và
        // doanh nghiệp" …: the text's, the lead's, the partners' …)
        const goesOn = cols && !amend && last.cells.length === width - 1 ? byColumns(more, width - 1, cols, last.cells) : null
        if (goesOn) last.cells = last.cells.map((c, k) => (goesOn[k] ? (c ? `${c} ${goesOn[k]}` : goesOn[k]) : c))
        else {
          // the rest of another column ("Bộ Tài chính (đối" / "với …") cannot be placed: it is kept after the row's text
          const lower = /^\p{Ll}/u.test(more[0])
          last.cells[0] = lower ? `${last.cells[0]} ${more.join(' ')}` : `${last.cells[0]} (${more.join(' ')})`
        }
        lines[last.line] = rowLine(last.num, last.cells)
        for (let k = i; k < j; k++) lines[k] = ''
        i = j
      }
      continue
    }
    if (isRowGroup(t)) {
      // a group title inside the table, perhaps wrapped: it stays a line of its own, followed by its rows
      // (its title wraps over a few lines; the empty cells of its row are blank lines and do not count)
      // (its first row may carry its text on the number's line: "105 Phát triển hạ tầng số …")
      const opensRow = (s: string) => ROW_NUMBER.test(s) || inlineRow(s, expected) !== null
      // (a title in capitals may wrap over more lines: "X" / "ĐẨY MẠNH XÂY DỰNG VÀ HOÀN THIỆN NHÀ NƯỚC" / five lines more)
      let j = i + 1
      let caps = true
      for (let seen = 0; j < lines.length && seen < (caps ? 10 : 6) && !opensRow(lines[j].trim()); j++) {
        const s = lines[j].trim()
        if (!s) continue
        seen++
        caps &&= !/\p{Ll}/u.test(s)
      }
      // (the group's empty cells after its title's last line are blank lines)
      while (j < lines.length && !lines[j].trim()) j++
      if (j >= lines.length || !opensRow(lines[j].trim())) return i
      // written as a row of its own, so that the table goes on after it
      const title = [t, ...lines.slice(i + 1, j).map((l) => l.trim()).filter(Boolean)].join(' ')
      const g = ACT_GROUP.test(t) ? ['', '', title] : /^([IVX]{1,5}|[A-Z])\.?\s*(.*)$/u.exec(title)!
      carried = ''
      // a group may number its rows from 1 again ("II" / "DANH SÁCH QUYẾT ĐỊNH" / "1.  Quyết định số …")
      if (inlineRow(lines[j].trim(), 1)?.[0] === '1') expected = null
      lines[i] = `| ${g[1]} | ${g[2]} |${' |'.repeat(Math.max(0, width - 2))}`
      for (let k = i + 1; k < j; k++) lines[k] = ''
      i = j
      continue
    }
    // the next annex's title over its own table ("Phụ lục IV" / its name / "(Kèm theo …)") stays as it is; the table
    // goes on at the header after it when that header is this table's again, and ends there when it is another's
    if (ANNEX_START.test(t)) {
      const j = headerWithin(lines, i + 1)
      if (j === null) return i
      i = j
      continue
    }
    // "1" / "Tổ chức tuyên truyền …" / "a)" / "Tổ chức Hội nghị …" / …: a lettered sub-row of the numbered row above
    const letter: RegExpExecArray | null = last ? LETTER_ROW.exec(t) : null
    if (letter) {
      let j = i + 1
      const parts: string[] = []
      for (; j < lines.length; j++) {
        const s = lines[j].trim()
        if (!s) continue
        if (LETTER_ROW.test(s) || ROW_NUMBER.test(s) || isRowGroup(s) || HEADER_START.test(s) || (s.length > (whole ? 600 : 90)) || GAZETTE_HEAD.test(s)) break
        parts.push(s)
      }
      const cells = fit(mergeBodies(group(parts, true), width - 1), width - 1)
      lines[i] = rowLine(`${letter[1]})`, cells)
      last = { line: i, num: `${letter[1]})`, cells }
      for (let k = i + 1; k < j; k++) lines[k] = ''
      i = j
      continue
    }
    const alone = ROW_NUMBER.exec(t)
    // "13  Xây dựng, hoàn thiện …": the next row's number with the start of its text on the same line
    // (the first row too: "1.  Nghị định số …" right after the header or its group)
    const inline: [string, string] | null = !alone ? inlineRow(t, expected ?? 1) : null
    const num: string | null = alone ? alone[1] : inline && (Number(inline[0]) === (expected ?? 1) || inline[0].includes('.')) ? inline[0] : null
    if (num === null) {
      // in a lead-first table, tasks with no number of their own: the PDF put the number and the body Word merged over
      // them in the middle of those tasks ("Tham mưu …" / "(1) Bộ Tư pháp" / "Quý IV/2023" / "1" / "Bộ Thông tin và" /
      // …), so the tasks before a row's number are the row above's, or the first row's at the table's top
      const chunk = leadFirst ? unnumbered(lines, i, expected) : null
      const subs = chunk && subRows(chunk.parts, width - 1, cols!, false)
      if (!chunk || !subs || !subs.every((sub) => sub.cells.slice(cols!.text).some(Boolean))) return i
      for (let k = i; k < chunk.end; k++) lines[k] = ''
      for (const sub of subs) {
        const line = chunk.at[sub.at]
        if (last) lines[line] = rowLine(last.num, withBody(last.cells, sub.cells, cols!))
        else {
          // (written at once without a body, should the table end before any number; the first row's body fills it in)
          lines[line] = rowLine('', sub.cells)
          pending.push({ line, cells: sub.cells })
        }
      }
      i = chunk.end
      continue
    }
    // a number out of sequence between rows is a page number (sub-rows "1.2" have sequences of their own)
    const dotted = num.includes('.')
    if (!dotted && expected !== null && Number(num) !== expected && Number(num) !== 1) {
      lines[i] = ''
      i++
      continue
    }
    if (!dotted) expected = Number(num) + 1
    let j = i + 1
    const parts: string[] = inline ? [inline[1]] : []
    /** The line each part is on. */
    const at: number[] = inline ? [i] : []
    for (; j < lines.length; j++) {
      const s = lines[j].trim()
      if (!s) continue
      // (a lead-first table's last row ends at the next annex or a title in capitals)
      if (leadFirst && (ANNEX_START.test(s) || (CAPS_TITLE.test(s) && !/\d/u.test(s)))) break
      // ("Phụ lục" / "III": a Roman number that ends a reference inside a cell opens no group)
      if ((isRowGroup(s) && !(parts.length && /(?:Phụ lục|Mục|Phần|Chương)$/u.test(parts[parts.length - 1]))) || HEADER_START.test(s)) break
      // ("… khoản" / "2 Điều 12; …": the number a reference was waiting for opens no row)
      if (LETTER_ROW.test(s)) break
      const waits = parts.length > 0 && NEEDS_NUMBER.test(parts[parts.length - 1])
      const rn: string | undefined = waits ? undefined : (ROW_NUMBER.exec(s)?.[1] ?? inlineRow(s, expected)?.[0])
      if (rn && (Number(rn) === expected || rn.includes('.'))) break
      // a page number inside a row (or a number that is no next row) is dropped
      if (rn && /^\d{1,3}$/.test(s)) {
        lines[j] = ''
        continue
      }
      if (s.length > (whole ? 600 : 90) || (ANNEX_START.test(s) && headerWithin(lines, j + 1))) break
      // in a list of acts, the next annex's title in capitals ends the table ("Phụ lục II" / "CẮT GIẢM, PHÂN CẤP …")
      if (amend && CAPS_TITLE.test(s)) {
        if (parts.length && ANNEX_START.test(parts[parts.length - 1])) {
          parts.pop()
          do j--
          while (!lines[j].trim())
        }
        break
      }
      // the gazette's running head at a page break inside the row
      if (GAZETTE_HEAD.test(s)) continue
      parts.push(s)
      at.push(j)
    }
    // a lead-first table's row whose body Word merged over several tasks: a pipe row for each task, all with the body
    const subs = leadFirst ? subRows(parts, width - 1, cols!, true) : null
    if (subs) {
      for (let k = i + 1; k < j; k++) lines[k] = ''
      subs.forEach((sub, b) => (lines[b === 0 ? i : at[sub.at]] = rowLine(num, sub.cells)))
      // (the tasks above the body's number, on the table's first page, are its own too)
      for (const p of pending) lines[p.line] = rowLine(num, withBody(subs[0].cells, p.cells, cols!))
      pending = []
      last = { line: i, num, cells: subs[0].cells }
      i = j
      continue
    }
    let cells = group(parts, true)
    const want = width - 1
    // the task text goes on while what follows it opens with a bracket or ends a sentence ("(Bộ đội, …) tại các xã.")
    while (cells.length > want && cells.length > 1 && /^[(“"]|[.;:)”"]$/u.test(cells[1])) cells = [`${cells[0]} ${cells[1]}`, ...cells.slice(2)]
    // a cell that numbers its own points ("1. Bộ Tài chính tổng kết …" / "2. Bộ Tư pháp …") is one cell
    cells = mergeNumbered(cells)
    // lines that do not make the table's number of cells are laid out by what each column holds
    const laid = cells.length !== want && !amend && cols ? byColumns(parts, want, cols) : null
    // a column that names several bodies ("Bộ Khoa học và Công nghệ" / "Cơ quan, tổ chức … liên quan") is one cell
    cells = laid ?? mergeBodies(cells, want)
    const body = amend ? cells.findIndex((c, k) => k > 0 && namesBodies(c)) : -1
    if (body > 0) {
      // a list of acts to amend: the act and the provisions it names are the task, the drafting body its last column
      // (provision cells left empty, or a second group of provisions after the body, shift the columns)
      cells = [cells.filter((_, k) => k !== body).join(' '), ...Array<string>(want - 2).fill(''), cells[body]]
    } else if (amend) {
      // no drafting body in the row (its cell merged with the row above): all of it is the act and its provisions
      cells = [cells.join(' '), ...Array<string>(want - 1).fill('')]
    }
    cells = fit(cells, want)
    // a list of acts whose drafting body spans several rows (a merged cell) names it on the first of them only: the
    // rows after it, with that cell empty, are drafted by the same body, up to the next group
    if (amend) {
      if (cells[want - 1]) carried = cells[want - 1]
      else if (carried) cells[want - 1] = carried
    }
    lines[i] = rowLine(num, cells)
    last = { line: i, num, cells }
    for (let k = i + 1; k < j; k++) lines[k] = ''
    i = j
  }
  return i
}

/** A lead-first table's lines from `from` up to the next row's number (or what ends the table), the gazette's head and page numbers left out. */
function unnumbered(lines: string[], from: number, expected: number | null): { parts: string[]; at: number[]; end: number } | null {
  const parts: string[] = []
  const at: number[] = []
  let j = from
  for (; j < lines.length; j++) {
    const s = lines[j].trim()
    if (!s || GAZETTE_HEAD.test(s)) continue
    const rn = ROW_NUMBER.exec(s)?.[1]
    if ((rn && (expected === null || Number(rn) === expected)) || isRowGroup(s) || HEADER_START.test(s) || LETTER_ROW.test(s) || ANNEX_START.test(s) || (CAPS_TITLE.test(s) && !/\d/u.test(s)) || s.length > 90) break
    if (rn) continue
    parts.push(s)
    at.push(j)
  }
  return parts.length ? { parts, at, end: j } : null
}

/** A lead-first row's task cells after the cells before the task (the body's) of the row that names it. */
const withBody = (row: string[], task: string[], cols: NonNullable<ReturnType<typeof tableHeader>>) => [...row.slice(0, cols.text - 1), ...task.slice(cols.text - 1)]

/** The most tasks one row of a lead-first table is read as. */
const MAX_SUB_ROWS = 8

/**
 * A lead-first table's row ("Đơn vị | Nhiệm vụ chủ trì | Đơn vị phối hợp | Thời gian hoàn thành") whose body Word merged
 * over several tasks: the cells before the task's (when `head`), then one run of the task's cells or more, each laid out
 * by what its columns hold. Each task's cells (those before the task's empty when not `head`) and the index of its
 * first line; null when no layout fits.
 */
function subRows(lines: string[], want: number, cols: NonNullable<ReturnType<typeof tableHeader>>, head: boolean): { cells: string[]; at: number }[] | null {
  if (!lines.length || lines.length > 120) return null
  const roles = rolesOf(want, cols)
  const before = roles.slice(0, cols.text - 1)
  const task = roles.slice(cols.text - 1)
  let best: { runs: [number, number][]; score: number; k: number } | null = null
  for (let k = 1; k <= MAX_SUB_ROWS && k <= lines.length; k++) {
    const laid = layRuns(lines, [...(head ? before : []), ...Array.from({ length: k }, () => task).flat()])
    if (laid && (!best || laid.score > best.score)) best = { ...laid, k }
  }
  if (!best) return null
  const text = ([i, k]: [number, number]) => lines.slice(i, k).join(' ')
  const h = head ? before.length : 0
  const first = head ? best.runs.slice(0, h).map(text) : before.map(() => '')
  return Array.from({ length: best.k }, (_, b) => {
    const runs = best.runs.slice(h + b * task.length, h + (b + 1) * task.length)
    return { cells: [...first, ...runs.map(text)], at: runs[0][0] }
  })
}

type Role = 'text' | 'lead' | 'partners' | 'time' | 'other'
/** A cell that says when, in a time column: "Tháng 3/2026", "Quý IV/2026", "2026 - 2030", "Thường xuyên", "Hằng năm". */
const TIME_LIKE = /^(?:(?:trước|trong|từ|đến|hết|cuối|đầu|năm|quý|tháng|giai đoạn|ngày)(?!\p{L})[^\n]{0,36}\d[^\n]{0,12}|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?|\d{1,2}\/\d{1,2}\/(?:19|20)\d\d|thường xuyên|hằng năm|hàng năm|định kỳ[^\n]{0,20}|theo (?:yêu cầu|tiến độ|kế hoạch)[^\n]{0,30})[.;]?$/iu
const SEPARATORS = /[\s,;.:()\-–/]+/gu
/** bodyCover's last answers (a line is asked for again as a cell of its own). */
const COVERS = new Map<string, number>()
/** How much of a cell the bodies it names cover, from 0 to 1 ("Bộ Nội vụ, Bộ Tư pháp" 1; "Đề án trình Thủ tướng Chính phủ" less). */
function bodyCover(cell: string): number {
  let v = COVERS.get(cell)
  if (v === undefined) {
    if (COVERS.size > 4096) COVERS.clear()
    COVERS.set(cell, (v = coverOf(cell)))
  }
  return v
}
function coverOf(cell: string): number {
  let rest = cell
  // (a collective counts half: "Cấp có thẩm quyền" may stand in any column)
  let half = 0
  for (const m of findAgencies(cell).sort((a, b) => b.index - a.index)) {
    if (m.generic) half += m.text.replace(SEPARATORS, '').length / 2
    rest = rest.slice(0, m.index) + rest.slice(m.index + m.length)
  }
  rest = rest.replace(/(?<!\p{L})(?:và|các|có liên quan|liên quan|khác)(?!\p{L})/gu, '').replace(SEPARATORS, '')
  const all = cell.replace(SEPARATORS, '').length
  return all ? 1 - (rest.length + half) / all : 0
}
/** A cell that opens with when, however long: "Theo yêu cầu của cấp có thẩm quyền, bảo đảm …", "Trước ngày 15/12/2025 …". */
const TIME_START = /^(?:hoàn thành|hoàn tất|trước|trong|từ|đến|hết|cuối|đầu|năm|quý|tháng|giai đoạn|ngày|thường xuyên|hằng|hàng|định kỳ|theo (?:yêu cầu|tiến độ|kế hoạch|lộ trình)|sau khi|ngay sau|(?:19|20)\d\d|\d{1,2}\/)(?!\p{L})/iu
/** How well a cell fits a column of the role (higher is better); an empty cell is ''. */
function fitOf(role: Role, cell: string, cover: (cell: string) => number = bodyCover): number {
  const time = cell.length <= 48 && TIME_LIKE.test(cell) ? 2.5 : cell.length <= 160 && TIME_START.test(cell) ? 1.5 : 0
  // (a numbered list of bodies, "(1) Bộ Tư pháp (2) Bộ Nội vụ", is no task's text, nor does the text run into one)
  // (asked of every run of lines the search tries: the regex only where the list's mark stands)
  if (role === 'text') return !cell ? -Infinity : cell.includes('(1)') && LISTED_BODIES.test(cell) ? -3 : 0
  if (!cell) return role === 'lead' || role === 'time' ? -1 : -0.3
  if (role === 'time') return time || -1.5
  // (a name the width cut, "Bộ Khoa học và" / page break, still opens as a body's)
  if (role === 'lead' || role === 'partners') return time ? -2 : 4 * Math.max(cover(cell), BODY_START.test(cell) && OPEN_END.test(cell) && cell.split(/\s+/u).length <= 4 ? 0.6 : 0) - 1.5
  return time ? -1 : 0
}

/**
 * A row's lines laid out in `want` cells, each a run of lines (or empty: a PDF drops empty cells), so that each column
 * holds what it says it holds (bodies under "Cơ quan chủ trì", a time under "Thời gian hoàn thành") and the lines that
 * carry on one another stay together. For rows whose lines the plain reading does not make into the table's cells:
 * "Bộ Tư pháp" / "Các bộ," / "cơ quan" / "ngang bộ" / "Đề án trình" / "Thủ tướng" / "Chính phủ" / "Tháng" / "3/2026".
 */
function byColumns(lines: string[], want: number, cols: NonNullable<ReturnType<typeof tableHeader>>, before?: string[]): string[] | null {
  if (!lines.length || lines.length > 120 || cols.text !== 1) return null
  // (a document's text is read more than once, and a row laid out once is laid out the same again)
  const key = `${want} ${cols.lead} ${cols.coordinators} ${cols.deadline}\u0000${before?.join('\u0001') ?? ''}\u0000${lines.join('\u0001')}`
  let laid = LAYOUTS.get(key)
  if (laid === undefined) {
    if (LAYOUTS.size > 256) LAYOUTS.clear()
    LAYOUTS.set(key, (laid = layOut(lines, want, cols, before)))
  }
  return laid && [...laid]
}
/** byColumns' last answers. */
const LAYOUTS = new Map<string, string[] | null>()
function layOut(lines: string[], want: number, cols: NonNullable<ReturnType<typeof tableHeader>>, before?: string[]): string[] | null {
  const laid = layRuns(lines, rolesOf(want, cols), before)
  return laid && laid.runs.map(([i, k]) => lines.slice(i, k).join(' '))
}

/** The role of each of a row's `want` cells (the row's number left out), by the table's header. */
function rolesOf(want: number, cols: NonNullable<ReturnType<typeof tableHeader>>): Role[] {
  return Array.from({ length: want }, (_, c) => (c + 1 === cols.text ? 'text' : c + 1 === cols.lead ? 'lead' : c + 1 === cols.coordinators ? 'partners' : c + 1 === cols.deadline ? 'time' : 'other'))
}

/** layOut's search over cells of the given roles: each cell's run of lines [from, to), and how well they fit. */
function layRuns(lines: string[], roles: Role[], before?: string[]): { runs: [number, number][]; score: number } | null {
  const n = lines.length
  const want = roles.length
  // splitting where a line carries on the one before it costs; so does joining lines that do not, in a narrow column
  const carry = lines.map((l, i) => i > 0 && carries(lines[i - 1], l, true))
  // (a line that only names bodies, joined to the task's text, is most likely the lead's cell: "… năm 2025" / "Bộ Nội vụ")
  const bodies = lines.map((l) => l.length < 60 && bodyCover(l) > 0.8)
  // a list of bodies broken after a comma ("Bộ NN&MT," / "Bộ Khoa học và" / "Công nghệ") is one cell, all the more
  const listed = lines.map((l, i) => i > 0 && /,\s*$/u.test(lines[i - 1]) && bodyCover(lines[i - 1]) > 0.5 && (bodyCover(l) > 0.5 || (i + 1 < n && bodyCover(`${l} ${lines[i + 1]}`) > 0.7)))
  // (a line in lower case is the weaker sign)
  const splitCost = lines.map((l, i) => (!carry[i] ? 0 : listed[i] ? 4 : /^\p{Ll}/u.test(l) && !OPEN_END.test(lines[i - 1]) ? 1 : 2))
  // (`hope`: the most the cell could score, its bodies taken to cover it whole without looking for them)
  const cellCost = (c: number, i: number, k: number, hope = false) => {
    const role = roles[c]
    let joins = 0
    for (let j = i + 1; j < k; j++) if (!carry[j]) joins += role !== 'text' ? 0.4 : bodies[j] ? 1 : 0.1
    const cell = lines.slice(i, k).join(' ')
    // (the rest of a row after a page break: each column's words go on its cell above, and a column may have none)
    // (words that carry on a cell left open above, "Các bộ," / "Bộ Tài chính (đối …", belong to it all the more; a
    // line in lower case most likely to the text, which wraps the most; a time is whole already)
    if (before) return (cell ? fitOf(role, `${before[c]} ${cell}`.trim(), hope ? () => 1 : bodyCover) - Math.max(fitOf(role, before[c]), -2) + (!before[c] ? 0 : OPEN_END.test(before[c]) ? 1 : role === 'text' ? (/^\p{Ll}/u.test(lines[i]) ? 1.5 : -0.5) : role === 'time' ? -1 : 0) : 0) - joins
    return fitOf(role, cell, hope ? () => 1 : bodyCover) - joins
  }
  // best[c][i]: the best layout of the first c cells over the first i lines; the earliest i wins a tie. Finding bodies
  // in every run of lines under a body's column is most of the work (a row of n lines has n²/2 runs), so the runs are
  // tried from the most hopeful, and the search stops when no run left could do better: the same layout, found sooner
  const best: number[][] = Array.from({ length: want + 1 }, () => Array<number>(n + 1).fill(-Infinity))
  const from: number[][] = Array.from({ length: want + 1 }, () => Array<number>(n + 1).fill(-1))
  best[0][0] = 0
  const split = (i: number, k: number) => (k > i && i > 0 ? splitCost[i] : 0)
  for (let c = 0; c < want; c++) {
    const costly = roles[c] === 'lead' || roles[c] === 'partners'
    for (let k = 0; k <= n; k++) {
      const tries: [number, number][] = []
      for (let i = 0; i <= k; i++) if (best[c][i] !== -Infinity) tries.push([costly ? best[c][i] + cellCost(c, i, k, true) - split(i, k) : 0, i])
      if (costly) tries.sort((a, b) => b[0] - a[0] || a[1] - b[1])
      for (const [hope, i] of tries) {
        if (costly && hope < best[c + 1][k]) break
        const v = best[c][i] + cellCost(c, i, k) - split(i, k)
        if (v > best[c + 1][k] || (v === best[c + 1][k] && i < from[c + 1][k])) (best[c + 1][k] = v), (from[c + 1][k] = i)
      }
    }
  }
  if (best[want][n] === -Infinity) return null
  const runs: [number, number][] = []
  for (let c = want, k = n; c > 0; c--) {
    const i = from[c][k]
    runs.unshift([i, k])
    k = i
  }
  return { runs, score: best[want][n] }
}

/** A row's cells to the table's width: the task text wraps the most, so surplus cells go back into it; missing ones are empty. */
function fit(cells: string[], want: number): string[] {
  const out = cells.length > want ? [cells.slice(0, cells.length - want + 1).join(' '), ...cells.slice(cells.length - want + 1)] : cells.slice()
  while (out.length < want) out.push('')
  return out
}

/** Cells that go on a numbered list ("1. …", then "2. …") are that list's one cell. */
function mergeNumbered(cells: string[]): string[] {
  const out: string[] = []
  let n = 0
  for (const c of cells) {
    const m = /^(\d{1,2})[.)]\s/u.exec(c)
    if (m && n > 0 && Number(m[1]) === n + 1 && out.length > 1) {
      out[out.length - 1] = `${out[out.length - 1]} ${c}`
      n++
      continue
    }
    n = m && Number(m[1]) === 1 ? 1 : 0
    out.push(c)
  }
  return out
}

/** A cell that names bodies: one the lexicon knows, or a collective ("Cơ quan, tổ chức…", "Các bộ, ngành…"). */
const BODY_START = /^(?:Các|Cơ quan|Bộ|Sở|Ban|Ủy ban|Uỷ ban|UBND|Văn phòng|Tổng cục|Cục|Hội|Đài|Thông tấn|Ngân hàng|Tập đoàn|Trung tâm|Viện|Đoàn)\s/u

/** A numbered list of bodies opening: "(1) Bộ Tư pháp", "… Đề án (1) Các bộ, ngành". */
const LISTED_BODIES = new RegExp(`(?:^|\\s)\\(1\\)\\s+${BODY_START.source.slice(1)}`, 'u')

function namesBodies(cell: string): boolean {
  return BODY_START.test(cell) || canonicalAgency(cell) !== null
}

/** A collective that closes a list of bodies: "Cơ quan, tổ chức và doanh nghiệp liên quan", "Các bộ, ngành". */
function isCollective(cell: string): boolean {
  return /^(?:Các|Cơ quan|Đơn vị|Tổ chức|Địa phương)(?:\s|,)/u.test(cell) || canonicalAgency(cell)?.generic === true
}

/** Surplus cells: a body followed by a collective after the task text is one column's list ("Bộ X" / "Cơ quan … liên quan"). */
function mergeBodies(cells: string[], want: number): string[] {
  const out = cells.slice()
  for (let k = 1; out.length > want && k < out.length - 1; ) {
    if (namesBodies(out[k]) && isCollective(out[k + 1])) {
      out.splice(k, 2, `${out[k]}, ${out[k + 1]}`)
    } else k++
  }
  return out
}
