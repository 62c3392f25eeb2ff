// PDF reading, step 5: the pages' lines and bordered tables in reading order, as the lines the segmenter reads.
// Pages follow one another with no blank line (a paragraph broken by a page goes on); on a page, a blank line
// stands where the text leaves an empty line's height; a bordered table going on over a page break is one table.
import type { Origin } from './types.js'
import type { GridTable } from './pdf-grid.js'
import type { Line } from './pdf-lines.js'
import { columnTables, nextGroup, type Entry } from './pdf-tables.js'

export interface PageLayout {
  page: number
  lines: Line[]
  grids: GridTable[]
  /** baselines of all the page's text lines, top to bottom, to count a line's place on its page */
  lineYs: number[]
}

/** a gap between two lines higher than this (in font sizes) holds a blank line */
const BLANK = 1.9

interface Tail {
  page: number
  rows: Entry[]
}

export function layout(pages: PageLayout[]): { lines: string[]; origins: Origin[] } {
  const entries: Entry[] = []
  let run: Line[] = []
  // the bordered table that ends the page before, which the first table of a page may go on with
  let tail: Tail | null = null
  for (const p of pages) {
    const items = [
      ...p.lines.map((line) => ({ y: line.y, line, grid: null as GridTable | null })),
      ...p.grids.map((grid) => ({ y: grid.top, line: null as Line | null, grid })),
    ].sort((a, b) => a.y - b.y)
    let current: Tail | null = null
    items.forEach((it, k) => {
      if (it.line) {
        run.push(it.line)
        current = null
        return
      }
      entries.push(...columnTables(run))
      run = []
      const cont = k === 0 && tail && tail.page === p.page - 1 ? tail : null
      const rows = gridEntries(it.grid!, cont)
      entries.push(...rows)
      current = { page: p.page, rows: cont ? cont.rows : rows }
    })
    tail = current
  }
  entries.push(...columnTables(run))
  return render(entries, pages)
}

/** A bordered table's rows; one that goes on from the last page drops its repeated header and mends a split row. */
function gridEntries(grid: GridTable, before: Tail | null): Entry[] {
  const cont = before?.rows.length ? before : null
  const group = cont ? cont.rows[0].group : nextGroup()
  let rows = grid.rows.map((r) => ({ text: r.cells.join('\t'), page: grid.page, y0: r.y0, y1: r.y1, fs: r.fs, group, cells: r.cells }))
  if (!cont) return rows
  const header = cont.rows[0].cells!
  if (rows.length && rows[0].cells.join('\t') === header.join('\t')) rows = rows.slice(1)
  const last = cont.rows[cont.rows.length - 1]
  const first = rows[0]
  const split = first && last.cells!.length === first.cells.length && first.cells.length >= 3
  if (split && !first.cells[0] && last.cells![0] && first.cells.slice(1).some((c) => c)) {
    last.cells = last.cells!.map((c, k) => (first.cells[k] ? (c ? `${c} ${first.cells[k]}` : first.cells[k]) : c))
    last.text = last.cells.join('\t')
    rows = rows.slice(1)
  }
  cont.rows.push(...rows)
  return rows
}

/** The entries as lines with their origins, a blank line where a page leaves an empty line between two of them. */
function render(entries: Entry[], pages: PageLayout[]): { lines: string[]; origins: Origin[] } {
  const ys = new Map(pages.map((p) => [p.page, p.lineYs]))
  const lines: string[] = []
  const origins: Origin[] = []
  let prev: Entry | null = null
  for (const e of entries) {
    const gap = prev && prev.page === e.page && prev.group !== e.group ? e.y0 - prev.y1 : 0
    if (prev && gap > BLANK * Math.max(prev.fs, e.fs)) {
      lines.push('')
      origins.push({ page: e.page })
    }
    lines.push(e.text)
    origins.push({ page: e.page, pageLine: lineNumber(ys.get(e.page) ?? [], e.y0) })
    prev = e
  }
  return { lines, origins }
}

function lineNumber(ys: number[], y: number): number {
  let best = 0
  for (let i = 1; i < ys.length; i++) if (Math.abs(ys[i] - y) < Math.abs(ys[best] - y)) best = i
  return best + 1
}
