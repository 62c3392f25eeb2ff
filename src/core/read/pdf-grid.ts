// PDF reading, step 2: tables drawn with borders. The ruling lines give the rows and, row by row, the columns, so
// that a cell's wrapped or vertically centred text lands in its cell; a cell the rules show merged over several
// rows is repeated in each of them.
import { buildLines, type Item } from './pdf-lines.js'
import type { Rule } from './pdf-ops.js'

export interface GridRow {
  cells: string[]
  /** baselines of the row's first and last text line */
  y0: number
  y1: number
  fs: number
}

export interface GridTable {
  page: number
  top: number
  bottom: number
  rows: GridRow[]
}

interface HRule {
  y: number
  x0: number
  x1: number
}

interface VRule {
  x: number
  y0: number
  y1: number
}

interface Cell {
  x0: number
  x1: number
  group: number
  items: Item[]
}

/** rules this close are one */
const NEAR = 2
/** a rule ending this close to another meets it */
const TOUCH = 3
/** a band between two rules lower than this is a double border, not a row */
const MIN_ROW = 4

export function findGrids(rules: Rule[], items: Item[], page: number): { tables: GridTable[]; rest: Item[] } {
  const hs = mergeRules(rules.filter((r) => r.x1 - r.x0 > r.y1 - r.y0).map((r) => ({ at: (r.y0 + r.y1) / 2, a: r.x0, b: r.x1 })))
  const vs = mergeRules(rules.filter((r) => r.x1 - r.x0 <= r.y1 - r.y0).map((r) => ({ at: (r.x0 + r.x1) / 2, a: r.y0, b: r.y1 })))
  const tables: GridTable[] = []
  let rest = items
  for (const part of components(
    hs.map((h) => ({ y: h.at, x0: h.a, x1: h.b })),
    vs.map((v) => ({ x: v.at, y0: v.a, y1: v.b })),
  )) {
    const table = readGrid(part.hs, part.vs, rest, page)
    if (!table) continue
    tables.push(table.table)
    rest = table.rest
  }
  return { tables, rest }
}

interface Span {
  at: number
  a: number
  b: number
}

/** Pieces of one ruling line (same position, touching or overlapping spans) joined into one. */
function mergeRules(rules: Span[]): Span[] {
  const sorted = [...rules].sort((p, q) => p.at - q.at || p.a - q.a)
  const out: Span[] = []
  for (const r of sorted) {
    const same = out.find((o) => Math.abs(o.at - r.at) <= NEAR && r.a <= o.b + TOUCH && r.b >= o.a - TOUCH)
    if (same) {
      same.a = Math.min(same.a, r.a)
      same.b = Math.max(same.b, r.b)
    } else out.push({ ...r })
  }
  return out
}

/** Groups of ruling lines that meet one another. */
function components(hs: HRule[], vs: VRule[]): { hs: HRule[]; vs: VRule[] }[] {
  const parent = [...hs, ...vs].map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])))
  hs.forEach((h, i) =>
    vs.forEach((v, j) => {
      const meet = v.x >= h.x0 - TOUCH && v.x <= h.x1 + TOUCH && h.y >= v.y0 - TOUCH && h.y <= v.y1 + TOUCH
      if (meet) parent[find(i)] = find(hs.length + j)
    }),
  )
  const groups = new Map<number, { hs: HRule[]; vs: VRule[] }>()
  const at = (i: number) => groups.get(find(i)) ?? groups.set(find(i), { hs: [], vs: [] }).get(find(i))!
  hs.forEach((h, i) => at(i).hs.push(h))
  vs.forEach((v, j) => at(hs.length + j).vs.push(v))
  return [...groups.values()]
}

function distinct(values: number[]): number[] {
  const out: number[] = []
  for (const v of [...values].sort((a, b) => a - b)) if (!out.length || v - out[out.length - 1] > NEAR) out.push(v)
  return out
}

/** The table a group of rules draws, with the items inside it; null when the rules draw no table of 2+ columns. */
function readGrid(hs: HRule[], vs: VRule[], items: Item[], page: number): { table: GridTable; rest: Item[] } | null {
  const ys = distinct(hs.map((h) => h.y))
  if (ys.length < 2 || distinct(vs.map((v) => v.x)).length < 3) return null
  const left = Math.min(...hs.map((h) => h.x0), ...vs.map((v) => v.x))
  const right = Math.max(...hs.map((h) => h.x1), ...vs.map((v) => v.x))
  const top = ys[0]
  const bottom = ys[ys.length - 1]
  const bands: { y0: number; y1: number; cells: Cell[] }[] = []
  for (let k = 1; k < ys.length; k++) if (ys[k] - ys[k - 1] >= MIN_ROW) bands.push({ y0: ys[k - 1], y1: ys[k], cells: [] })
  let groups = 0
  for (const [k, band] of bands.entries()) {
    const mid = (band.y0 + band.y1) / 2
    const xs = distinct([left, right, ...vs.filter((v) => v.y0 - TOUCH <= mid && v.y1 + TOUCH >= mid).map((v) => v.x)])
    for (let c = 1; c < xs.length; c++) {
      const cell: Cell = { x0: xs[c - 1], x1: xs[c], group: groups++, items: [] }
      const xm = (cell.x0 + cell.x1) / 2
      const ruled = hs.some((h) => Math.abs(h.y - band.y0) <= NEAR && h.x0 - TOUCH <= xm && h.x1 + TOUCH >= xm)
      const above = k > 0 && !ruled ? bands[k - 1].cells.find((o) => o.x0 <= xm && o.x1 >= xm) : undefined
      if (above) cell.group = above.group
      band.cells.push(cell)
    }
  }
  const rest: Item[] = []
  let placed = 0
  for (const it of items) {
    const ax = it.x + Math.min(it.w, it.fs) / 2
    const ay = it.y - 0.3 * it.fs
    if (ax < left - 1 || ax > right + 1 || ay < top || ay > bottom) {
      rest.push(it)
      continue
    }
    const band = bands.find((b) => ay >= b.y0 && ay <= b.y1) ?? nearest(bands, ay)
    const cell = band?.cells.find((c) => ax >= c.x0 && ax < c.x1) ?? band?.cells[band.cells.length - 1]
    if (!cell) rest.push(it)
    else (cell.items.push(it), placed++)
  }
  const rows = placed ? rowsOf(bands, page) : []
  // one row is no table (a frame around some text): its lines are read as lines
  if (rows.length < 2) return null
  return { table: { page, top, bottom, rows }, rest }
}

function nearest<T extends { y0: number; y1: number }>(bands: T[], y: number): T | undefined {
  let best: T | undefined
  let dist = Infinity
  for (const b of bands) {
    const d = Math.min(Math.abs(b.y0 - y), Math.abs(b.y1 - y))
    if (d < dist) (best = b), (dist = d)
  }
  return best
}

/** One row per band that has text of its own; a merged cell's text in every band it spans. */
function rowsOf(bands: { cells: Cell[] }[], page: number): GridRow[] {
  const text = new Map<number, string>()
  const members = new Map<number, Item[]>()
  for (const b of bands) for (const c of b.cells) members.set(c.group, [...(members.get(c.group) ?? []), ...c.items])
  for (const [g, its] of members) text.set(g, buildLines(its, page).map((l) => l.text).join(' ').trim())
  const seen = new Set<number>()
  const rows: GridRow[] = []
  for (const b of bands) {
    const own = b.cells.filter((c) => !seen.has(c.group) && text.get(c.group))
    b.cells.forEach((c) => seen.add(c.group))
    if (!own.length) continue
    const its = own.flatMap((c) => members.get(c.group) ?? [])
    const ys = its.map((i) => i.y)
    rows.push({
      cells: b.cells.map((c) => text.get(c.group) ?? ''),
      y0: Math.min(...ys),
      y1: Math.max(...ys),
      fs: Math.max(...its.map((i) => i.fs)),
    })
  }
  return rows
}
