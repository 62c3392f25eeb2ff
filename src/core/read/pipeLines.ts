// Word tables that a converter wrote one cell after another, each cell's paragraphs on lines of their own and a bare
// "|" line between cells ("|" / "1.1" / "|" / "Rà soát, xây dựng …" / "…" / "|" / "Sở Tư pháp" / "|" …, a row's
// closing "|" right before the next row's opening one) are put back together as pipe rows, in place: a row's first
// line carries the row, its other lines go blank, so line numbers still hold. Only a table whose first row is a task
// table's header is rebuilt: a letterhead laid out the same way is read by the structure stage as it is.
import { GROUP_NUMBER, tableHeader, tooLong, type TableColumns } from './tables.js'

const BARE_PIPE = /^\s*\|\s*$/
/** What opens a row: its number ("1.1", "12", "II", "A"), perhaps in bold. */
const ROW_OPENER = /^\s*(?:\*\*|__)?\s*(?:\d{1,3}(?:\.\d{1,3}){0,2}|[IVXLC]{1,6}|[A-ZĐ])\s*[.)]?\s*(?:\*\*|__)?\s*$/u
const EMPHASIS = /\*\*|__|(?<!\w)[*_]|[*_](?!\w)/gu
/** A line of dots alone ("….........."): where a copy cut rows out of the table, nothing of a cell's. */
const DOTS = /^[.…·\s]+$/u

interface Row {
  /** the line of its opening "|" */
  line: number
  cells: string[]
}

export function unfoldPipeLines(lines: string[]): string[] {
  let out: string[] | null = null
  for (let i = 0; i < lines.length; i++) {
    if (!BARE_PIPE.test(lines[i])) continue
    const header = readRow(lines, i, null)
    // every cell of a header is a label: a row that runs on from the signature block's cells over an annex's title
    // ("Nơi nhận: …" / "TM. ỦY BAN NHÂN DÂN …" / "PHỤ LỤC … TT" / "Chỉ tiêu" / "Chủ trì") is not the header
    const cols = header && header.cells.length >= 3 && !header.cells.some((c) => tooLong(plain(c))) ? tableHeader(header.cells.map(plain)) : null
    if (!header || !cols) continue
    out ??= lines.slice()
    const rows: Row[] = [{ line: i, cells: header.cells }]
    const width = header.cells.length
    let next = header.end
    for (;;) {
      const row = readRow(lines, next, header.cells.length)
      if (!row) break
      rows.push({ line: next, cells: row.cells })
      next = row.end
      if (row.last) break
    }
    const last = rows.length > 1 ? next : header.end
    for (let k = i; k < last; k++) out[k] = ''
    for (const r of rows) {
      // a cell of emphasis alone ("** **") is empty; a header repeated under a group with fewer cells than the table
      // lost its leading number column (merged in Word): its labels stay over their columns
      let cells = r.cells.map((c) => (plain(c) ? c : ''))
      if (r !== rows[0] && cells.length < width && tableHeader(cells.map(plain))) cells = [...Array<string>(width - cells.length).fill(''), ...cells]
      // (and a row that continues the one above keeps its cells under the last columns, the merged ones left empty,
      // unless it names a body where the lead's column would be were it to start under the tasks' one: then Word merged
      // the number before it and the time after it, "|" / "Thực hiện sao lưu …" / "|" / "Sở Khoa học và Công nghệ" / "|")
      else if (r !== rows[0] && cells.length < width && continuesAbove(cells) && !GROUP_NUMBER.test(cells[0])) {
        const at = underTasks(cells, cols, width) ? cols.text : width - cells.length
        cells = [...Array<string>(at).fill(''), ...cells, ...Array<string>(width - at - cells.length).fill('')]
      }
      out[r.line] = `| ${cells.join(' | ')} |`
    }
    i = last - 1
  }
  return out ?? lines
}

/**
 * The row whose opening "|" is at `from`: its cells, the line after its closing "|", and whether the table ends there.
 * A bare pipe between two cells' paragraphs parts them; two bare pipes in a row are the row's end and the next one's
 * start, unless the row is short of its width and what follows opens no row (an empty cell). After a full row, text
 * where a pipe should be ends the table. `width` is null for the header, whose end is the first pair of pipes.
 */
function readRow(lines: string[], from: number, width: number | null): { cells: string[]; end: number; last: boolean } | null {
  if (!BARE_PIPE.test(lines[from] ?? '')) return null
  const cells: string[] = []
  let cur: string[] = []
  for (let j = from + 1; j < lines.length; j++) {
    const t = lines[j].trim()
    if (!BARE_PIPE.test(lines[j])) {
      if (t && !DOTS.test(t)) cur.push(t)
      continue
    }
    cells.push(cur.join(' '))
    cur = []
    const k = nextFilled(lines, j + 1)
    const full = width !== null && cells.length >= width
    if (k >= lines.length || !BARE_PIPE.test(lines[k])) {
      // a full row followed by text ends the table, unless the text is a cell's filler ("** **" in a merged row)
      if (k >= lines.length || (full && plain(lines[k]) !== '')) return width !== null && cells.length > 1 ? { cells, end: k, last: true } : null
      continue
    }
    // "|" "|": the next row opens, or an empty cell of this one
    // (a group's row, its number and title in two merged cells, ends at the pair whatever follows it)
    const group = cells.length === 2 && GROUP_NUMBER.test(cells[0])
    // (a row that opens with no number of its own continues the numbered row above, whose first cells Word merged over
    // it: "|" / "- Rà soát …" / "|" / "- Bộ công cụ …" / "|" / "Giai đoạn 2026 - 2027" / "|" "|" ends it)
    if (width === null || full || group || continuesAbove(cells) || ROW_OPENER.test(lines[nextFilled(lines, k + 1)] ?? '')) return { cells, end: k, last: false }
    // (and so do they when the cells up to the next pair would not fit in the row beside an empty one: the row is short
    // because Word merged its last cells over the row below, which goes on with a task of its own: "2" / "Quản lý …" /
    // "Sở Tài chính" / "Các sở" / "Quý IV/2026" / "|" "|" / "Thực hiện sao lưu …" / "Sở Khoa học và Công nghệ" / "Sở Tài chính")
    if (!BARE_PIPE.test(lines[nextFilled(lines, k + 1)] ?? '') && cells.length + 1 + cellsToPair(lines, k) > width) return { cells, end: k, last: false }
  }
  // the text ran out after a full row and its filler ("|" / "** **" at the end of the file): the table's last row
  return width !== null && cells.length >= width ? { cells, end: lines.length, last: true } : null
}

/** A body's name opens a cell: "Sở Tài chính", "Công an Thành phố", "UBND xã", "Các sở, ngành". */
const BODY_CELL = /^(?:Các\s+)?(?:Sở|Bộ|Ban|Ủy ban|Uỷ ban|UBND|HĐND|Công an|Văn phòng|Trung tâm|Cục|Chi cục|Tổng cục|Viện|Đài|Báo|Ngân hàng|Kho bạc|Thanh tra|Hội|Liên đoàn|Tỉnh đoàn|Thành đoàn|Đoàn|Bộ Chỉ huy|Tập đoàn|Tổng công ty|Công ty|sở|bộ|cơ quan|đơn vị|địa phương)(?!\p{L})/u

/** Whether a row's cells, set from the tasks' column on, put a task under the tasks' column and a body's name under the lead's. */
function underTasks(cells: string[], cols: TableColumns, width: number): boolean {
  const lead = cols.lead - cols.text
  return lead > 0 && lead < cells.length && cols.text + cells.length <= width && !/^\s*[-+•]/u.test(cells[0]) && !BODY_CELL.test(plain(cells[0])) && BODY_CELL.test(plain(cells[lead]))
}

/** How many cells follow the bare pipe at `from` up to the next pair of pipes (or the text's end). */
function cellsToPair(lines: string[], from: number): number {
  let n = 0
  for (let j = from + 1; j < lines.length; j++) {
    if (!BARE_PIPE.test(lines[j])) continue
    n++
    const k = nextFilled(lines, j + 1)
    if (k >= lines.length || BARE_PIPE.test(lines[k])) break
  }
  return n
}

/** Cells of a row that opens with text and no number of its own: the numbered row above had its first cells merged over it. */
function continuesAbove(cells: string[]): boolean {
  return cells.length >= 2 && !ROW_OPENER.test(cells[0]) && !/^\s*$/u.test(cells[0])
}

function nextFilled(lines: string[], from: number): number {
  let k = from
  while (k < lines.length && (!lines[k].trim() || DOTS.test(lines[k]))) k++
  return k
}

function plain(cell: string): string {
  return cell.replace(EMPHASIS, '').trim()
}
