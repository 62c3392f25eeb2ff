// Task tables that PDF extraction flattened to one cell per line (header cells split too) are put back together as
// pipe rows, in place: the row's first line carries the row, its other lines go blank, so line numbers still hold.
import { tableHeader } from './tables.js'
import { BODY_START, group } from './cellLines.js'
import { byColumns, fit, mergeBodies, mergeNumbered, namesBodies, subRows, withBody, withSubRow } from './cellLayout.js'

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
const MAX_HEADER_LINES = 48
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

/**
 * Two cells the PDF kept on one line, a wide gap between them, the second a body's: "cơ quan ngang bộ  Bộ Tư pháp" (the
 * end of the lead's cell, then the partners'). Any other line is one part, its spaces as they are.
 */
function cellsOnLine(s: string): string[] {
  const two = s.length <= 80 ? s.split(/\s{2,}/u) : []
  return two.length === 2 && BODY_START.test(two[1]) ? two : [s]
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
        // (the gazette's running head of the next page is no cell's)
        if (GAZETTE_HEAD.test(s)) continue
        more.push(s)
      }
      // the text cell, cut mid-sentence, goes on in lower case
      const after = j < lines.length ? lines[j].trim() : ''
      if (!leadFirst && last && more.length && (ROW_NUMBER.test(after) || inlineRow(after, expected) || isRowGroup(after))) {
        // the rest of each column goes on its cell, laid out as the row was ("sở, tiêu chuẩn …" / "Công nghệ" / "và
        // doanh nghiệp" …: the text's, the lead's, the partners' …)
        // (or, after them, a sub-row of its own with its second result and time: withSubRow)
        const laidOut = cols && !amend && last.cells.length === width - 1 ? cols : null
        const sub = laidOut && withSubRow(more, width - 1, laidOut, last.cells)
        const goesOn = laidOut && !sub ? byColumns(more, width - 1, laidOut, last.cells) : null
        if (sub) last.cells = sub
        else if (goesOn) last.cells = last.cells.map((c, k) => (goesOn[k] ? (c ? `${c} ${goesOn[k]}` : goesOn[k]) : c))
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
      for (const c of cellsOnLine(s)) parts.push(c), at.push(j)
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
