// PDF reading, step 4: tables without borders, found from their columns. Consecutive lines whose segments fall into
// the same set of x-columns (the gaps between segments lined up) are rows; a line with text in one column only
// continues the cell above (a wrapped cell); a table's header repeated at the top of a new page is given once.
// Two-column blocks (a letterhead: issuer left, motto right) become rows of two cells, line by line.
import type { Line } from './pdf-lines.js'

/** A rendered line and where it comes from. */
export interface Entry {
  text: string
  page: number
  /** baselines of its first and last text line */
  y0: number
  y1: number
  fs: number
  /** the table (or the line) it belongs to: no blank line is put between two entries of one group */
  group: number
  cells?: string[]
}

/** a gap between columns narrower than this (in font sizes) does not separate them */
const MIN_GAP = 0.3
/** a line continues the block above when it lies at most this far (in font sizes) below its last line */
const CLOSE = 1.6

let groups = 0
export function nextGroup(): number {
  return ++groups
}

export function plainEntry(line: Line, text = line.text): Entry {
  return { text, page: line.page, y0: line.y, y1: line.y, fs: line.fs, group: nextGroup() }
}

/** Separators between the columns that the segments of some lines leave free. */
export function separators(lines: Line[]): number[] {
  const spans = lines.flatMap((l) => l.segs.map((s) => [s.x0, s.x1] as const)).sort((a, b) => a[0] - b[0])
  const fs = Math.min(...lines.map((l) => l.fs))
  const seps: number[] = []
  let end = spans[0]?.[1] ?? 0
  for (const [a, b] of spans.slice(1)) {
    if (a - end >= MIN_GAP * fs) seps.push((a + end) / 2)
    end = Math.max(end, b)
  }
  return seps
}

/** A line's text by column. */
export function cellsOf(line: Line, seps: number[]): string[] {
  const cells: string[] = Array(seps.length + 1).fill('')
  for (const s of line.segs) {
    const c = seps.filter((x) => x < s.x0).length
    cells[c] = cells[c] ? `${cells[c]} ${s.text}` : s.text
  }
  return cells
}

function filled(cells: string[]): number {
  return cells.filter((c) => c !== '').length
}

function closeBelow(prev: Line, next: Line): boolean {
  return next.page !== prev.page || next.y - prev.y <= CLOSE * Math.max(prev.fs, next.fs)
}

/** The longest run of lines from `start` that keeps the columns of the line at `start`. */
function grow(lines: Line[], start: number): { block: Line[]; seps: number[] } {
  const block = [lines[start]]
  let seps = separators(block)
  for (let j = start + 1; j < lines.length; j++) {
    const next = lines[j]
    const trial = separators([...block, next])
    if (trial.length < seps.length) break
    const multi = filled(cellsOf(next, trial)) >= 2
    if (!multi && !closeBelow(block[block.length - 1], next)) break
    block.push(next)
    seps = trial
  }
  // a table's last lines that fill one column only: a wrapped last cell, on the same page
  const multi = (l: Line) => filled(cellsOf(l, seps)) >= 2
  let end = block.length
  while (end > 1 && !multi(block[end - 1])) end--
  const lastMulti = block[end - 1]
  while (end < block.length && block[end].page === lastMulti.page) end++
  return { block: block.slice(0, end), seps }
}

/** Lines (with no bordered table among them) as entries: plain lines, letterhead rows and table rows. */
export function columnTables(lines: Line[]): Entry[] {
  const out: Entry[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i]
    if (line.segs.length < 2) {
      out.push(plainEntry(line))
      i++
      continue
    }
    const { block, seps } = grow(lines, i)
    const multis = block.filter((l) => filled(cellsOf(l, seps)) >= 2).length
    if (multis < 2) {
      // a lone line with a wide gap: two cells, as a letterhead pair; more are more likely a spread-out line
      out.push(plainEntry(line, line.segs.length === 2 ? line.segs.map((s) => s.text).join('\t') : line.text))
      i++
      continue
    }
    out.push(...(seps.length === 1 ? pairRows(block, seps) : tableRows(block, seps)))
    i += block.length
  }
  return out
}

/** Two columns: each line on its own, its two cells joined by TAB when it has both. */
function pairRows(block: Line[], seps: number[]): Entry[] {
  return block.map((l) => {
    const cells = cellsOf(l, seps)
    return plainEntry(l, filled(cells) >= 2 ? cells.join('\t') : l.text)
  })
}

/** Three or more columns: rows, wrapped cells joined into their row, a header repeated after a page break dropped. */
function tableRows(block: Line[], seps: number[]): Entry[] {
  const group = nextGroup()
  const rows: Entry[] = []
  const headerLines: string[] = []
  let skip = 0
  let prev: Line | null = null
  for (const line of block) {
    const cells = cellsOf(line, seps)
    const key = cells.join('\t')
    const newPage = !!prev && prev.page !== line.page
    prev = line
    if (skip > 0 && headerLines.includes(key)) {
      skip--
      continue
    }
    if (newPage && rows.length > 1 && key === headerLines[0]) {
      skip = headerLines.length - 1
      continue
    }
    skip = 0
    const last = rows[rows.length - 1]
    if (last && filled(cells) < 2) {
      last.cells = last.cells!.map((c, k) => (cells[k] ? (c ? `${c} ${cells[k]}` : cells[k]) : c))
      last.y1 = line.y
      if (rows.length === 1) headerLines.push(key)
      continue
    }
    rows.push({ text: '', page: line.page, y0: line.y, y1: line.y, fs: line.fs, group, cells })
    if (rows.length === 1) headerLines.push(key)
  }
  for (const r of rows) r.text = r.cells!.join('\t')
  return rows
}
