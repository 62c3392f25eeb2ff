// --format table: aligned columns measured in terminal cells (string-width: Vietnamese marks take none). On a terminal the
// task text gets the slack and wraps (wrap-ansi), body names wrap rather than being cut, headers wrap at spaces, a path
// gives way from its front, and an optional column goes when there is no room for it; a pipe gets one whole line a record.
import { cellText as rawCell, type Column, type Renderer, type Tint } from './types.js'
import type { ColorLevel } from '../shared/color.js'
import { lazy } from '../shared/lazy.js'
import { safeLines, terminalText } from '../shared/sanitize.js'
import { displayWidth, padEnd, padStart, truncate, truncateStart, wrapAnsi, wrapText } from './width.js'

const chalk = lazy<typeof import('chalk')>('chalk')

/** A tint (or bold) applied at a colour level. Chalk is loaded only to colour: at level 0 its styles give the text back. */
type Paint = (tint: Tint, s: string) => string

function painter(level: ColorLevel): Paint {
  if (!level) return (_, s) => s
  const c = new (chalk().Chalk)({ level })
  return (tint, s) => c[tint](s)
}

const GAP = '  '
/** the task text never gets fewer columns than this… */
const MIN_FLEX = 16
/** …and is given this share of the terminal before body names wrap and paths are cut to make room for it… */
const FLEX_SHARE = 0.4
/** …and when even then it would have less than this share, the terminal gets one block a record instead of columns */
const FLEX_LEAST = 0.3
/** wrapped body names never get fewer columns than this */
const MIN_WRAP = 12
/** nor does a path cut from its front */
const MIN_PATH = 16
/** a header wraps onto at most this many lines */
const HEADER_LINES = 3

/** A cell as the terminal gets it: the document's text with its escapes dropped and its controls made visible. */
function cellText<R>(col: Column<R>, r: R): string {
  return terminalText(rawCell(col, r))
}

/** `s` wrapped to `w` columns (a word longer than that is broken). */
function wrap(s: string, w: number): string[] {
  if (displayWidth(s) <= w) return [s]
  return wrapText(s, Math.max(1, w))
}

/** `s` wrapped in as few lines as at `w`, but as evenly as they go ("Ban Tổ chức / Tỉnh ủy", not "Ban Tổ chức Tỉnh / ủy"). */
function wrapEvenly(s: string, w: number): string[] {
  const lines = wrap(s, w)
  if (lines.length < 2) return lines
  // the narrowest width that still takes no more lines (fewer lines as the width grows)
  let [lo, hi, best] = [Math.ceil(displayWidth(s) / lines.length), w - 1, lines]
  while (lo <= hi) {
    const v = (lo + hi) >> 1
    const even = wrap(s, v)
    if (even.length <= lines.length) [best, hi] = [even, v - 1]
    else lo = v + 1
  }
  return best
}

/** wrapEvenly, remembered: a corpus names the same few hundred bodies thousands of times. */
function evenWrapper(): (s: string, w: number) => string[] {
  const memo = new Map<string, string[]>()
  return (s, w) => {
    const key = `${w}\u0000${s}`
    let hit = memo.get(key)
    if (!hit) memo.set(key, (hit = wrapEvenly(s, w)))
    return hit
  }
}

/** The largest of `f` over `xs` (0 for none), without spreading a long list into arguments. */
function maxOf<T>(xs: T[], f: (x: T) => number): number {
  let m = 0
  for (const x of xs) m = Math.max(m, f(x))
  return m
}

/** The narrowest width at which `header` takes at most HEADER_LINES lines without breaking a word. */
function headerFloor(header: string): number {
  const longestWord = Math.max(0, ...header.split(/\s+/).map(displayWidth))
  let w = longestWord
  while (w < displayWidth(header) && wrapAnsi(header, w, { trim: true }).split('\n').length > HEADER_LINES) w++
  return w
}

/**
 * Widths for `cols` in `width` columns (Infinity: natural widths, nothing wrapped or cut). Columns give way in this order,
 * the widest first, until the task text has its share of the width: a header wider than its cells wraps; body names
 * wrap down to MIN_WRAP; a path is cut from its front. `roomy`: the task text got its share; `fits`: every line fits.
 */
function layout<R>(cols: Column<R>[], headers: string[], cells: string[][], width: number, deep: boolean, even: (s: string, w: number) => string[]): { widths: number[]; roomy: boolean; fits: boolean } {
  const data = cols.map((_, i) => maxOf(cells, (row) => displayWidth(row[i])))
  const natural = cols.map((_, i) => Math.max(displayWidth(headers[i]), data[i]))
  if (!Number.isFinite(width)) return { widths: natural, roomy: true, fits: true }
  const floors = headers.map(headerFloor)
  // the widest file name (and line), with …, of a column of paths; a document number (20/2026/NQ-CP:73:9) is kept whole
  const tail = (s: string) => (/\.\w+:\d+(:\d+)?$/.test(s) && s.includes('/') ? 1 + displayWidth(s.slice(s.lastIndexOf('/') + 1)) : displayWidth(s))
  const names = cols.map((col, i) => (col.cut === 'start' ? maxOf(cells, (row) => tail(row[i])) : 0))
  // a capped column wraps (or is cut) beyond its cap, its header never broken mid-word
  const widths = cols.map((col, i) => (col.max && !col.flex ? Math.min(natural[i], Math.max(col.max, floors[i])) : natural[i]))
  const flex = cols.findIndex((col) => col.flex)
  const others = () => widths.reduce((s, w, i) => (i === flex ? s : s + w), 0) + GAP.length * (cols.length - 1)
  const goal = flex >= 0 ? Math.min(widths[flex], Math.max(MIN_FLEX, Math.floor(width * FLEX_SHARE))) : 0
  const least = flex >= 0 ? Math.min(widths[flex], Math.max(MIN_FLEX, Math.floor(width * FLEX_LEAST))) : 0
  // each step gives way toward its target, the widest column first; a path is cut only to keep the task text readable
  const steps: Array<{ floor: (i: number) => number; target: number }> = [
    { floor: (i) => Math.max(floors[i], Math.min(data[i], widths[i])), target: goal },
    { floor: (i) => (cols[i].wrap ? Math.max(MIN_WRAP, floors[i]) : widths[i]), target: goal },
    // a path first loses its folders, then (`deep`: once no optional column is left to go) the front of its file name,
    // only as far as needed to keep the columns rather than one block a record
    { floor: (i) => (cols[i].cut === 'start' ? Math.max(MIN_PATH, floors[i], names[i]) : widths[i]), target: goal },
    { floor: (i) => (cols[i].cut === 'start' && deep ? Math.max(MIN_PATH, floors[i]) : widths[i]), target: least },
  ]
  for (const { floor, target } of steps) {
    while (others() + target > width) {
      const i = widths.reduce((best, w, k) => (k !== flex && w > floor(k) && (best < 0 || w > widths[best]) ? k : best), -1)
      if (i < 0) break
      widths[i]--
    }
  }
  // a wrapped column is as wide as its widest line, the rest goes to the task text
  cols.forEach((col, i) => {
    if (i === flex || !col.wrap || widths[i] >= data[i]) return
    widths[i] = Math.max(floors[i], maxOf(cells, (row) => maxOf(even(row[i], widths[i]), displayWidth)))
  })
  if (flex < 0) return { widths, roomy: true, fits: others() <= width }
  const room = width - others()
  widths[flex] = Math.min(natural[flex], Math.max(MIN_FLEX, room))
  return { widths, roomy: room >= goal, fits: room >= least }
}

/** In a block: the task text and the columns that grow long (body names, capped by `max`) have lines of their own. */
const ownLine = <R>(col: Column<R>) => !!col.flex || (!!col.wrap && !!col.max)

/**
 * A terminal too narrow for the columns: one block a record, its short cells on one line (a path cut to the width),
 * then each body column (with its header) and the task text wrapped under it, indented. A record whose first column
 * is a name (`plan agencies`) starts with it.
 */
function renderStacked<R>(report: { records: R[]; footer?: string; emphasise?: (r: R) => boolean }, cols: Column<R>[], cells: string[][], width: number, paint: Paint): string {
  const INDENT = '  '
  const out: string[] = []
  report.records.forEach((r, k) => {
    const strong = report.emphasise?.(r) ?? false
    const style = (t: string, col: Column<R>) => {
      const tint = col.tint?.(r)
      const s = tint ? paint(tint, t) : t
      return strong ? paint('bold', s) : s
    }
    if (k > 0) out.push('')
    // a record named by its first column (a body) starts with that name
    const title = !cols[0].flex && ownLine(cols[0]) && cells[k][0] ? 0 : -1
    if (title === 0) for (const line of wrap(cells[k][0], width)) out.push(style(line, cols[0]))
    const short = cols.map((col, i) => ({ col, text: cells[k][i] })).filter(({ col, text }) => text && !ownLine(col))
    // numbers say what they count ("Quá hạn 3"); a path gives way from its front, nothing else is cut (a date never):
    // what still does not fit goes on the next line
    const parts = short.map(({ col, text }) => ({ col, text: col.align === 'right' ? `${col.header ?? col.key} ${text}` : text }))
    const rest = parts.reduce((n, p) => n + (p.col.cut === 'start' ? 0 : displayWidth(p.text) + GAP.length), 0)
    // the rest leaves room: the path is cut to share the line; else the path has a line of its own
    for (const p of parts) if (p.col.cut === 'start') p.text = truncateStart(p.text, width - rest >= MIN_PATH ? width - rest : width)
    let line: string[] = []
    let used = 0
    for (const p of parts) {
      const w = displayWidth(p.text)
      if (line.length && used + GAP.length + w > width) {
        out.push(line.join(GAP))
        line = []
        used = 0
      }
      used += (line.length ? GAP.length : 0) + w
      line.push(style(p.text, p.col))
    }
    if (line.length) out.push(line.join(GAP))
    cols.forEach((col, i) => {
      const text = cells[k][i]
      if (!text || !ownLine(col) || i === title) return
      const labelled = col.flex ? text : `${col.header ?? col.key}: ${text}`
      for (const line of wrap(labelled, Math.max(MIN_WRAP, width - INDENT.length))) out.push(INDENT + style(line, col))
    })
  })
  if (report.footer) out.push('', ...wrap(safeLines(report.footer), width))
  return out.join('\n') + '\n'
}

export const renderTable: Renderer = (report, opts) => {
  const paint = painter(opts.color)
  let cols = report.view ?? report.columns
  let headers: string[] = []
  let cells: string[][] = []
  let w: number[] = []
  const all = cols
  const even = evenWrapper()
  for (;;) {
    headers = cols.map((col) => col.header ?? col.key)
    cells = report.records.map((r) => cols.map((col) => cellText(col, r)))
    // the task text short of its share: the last optional column goes; too narrow even then: one block a record
    const optional = cols.map((col) => !!col.optional).lastIndexOf(true)
    const { widths, roomy, fits } = layout(cols, headers, cells, opts.width, optional < 0, even)
    w = widths
    if (roomy && fits) break
    if (optional < 0) {
      if (fits) break
      return renderStacked(report, all, report.records.map((r) => all.map((col) => cellText(col, r))), opts.width, paint)
    }
    cols = cols.filter((_, i) => i !== optional)
  }

  const linesOf = (text: string, i: number): string[] => {
    if (cols[i].flex) return wrap(text, w[i])
    if (cols[i].wrap) return even(text, w[i])
    return [cols[i].cut === 'start' ? truncateStart(text, w[i]) : truncate(text, w[i])]
  }
  const render = (parts: string[][], style: (s: string, i: number) => string, bottom = false): string[] => {
    const height = Math.max(1, maxOf(parts, (p) => p.length))
    const out: string[] = []
    for (let k = 0; k < height; k++) {
      const row = parts.map((p, i) => {
        const t = (bottom ? p[k - (height - p.length)] : p[k]) ?? ''
        const styled = t ? style(t, i) : t
        if (cols[i].align === 'right') return padStart('', w[i] - displayWidth(t)) + styled
        return i === cols.length - 1 ? styled : styled + padEnd('', w[i] - displayWidth(t))
      })
      out.push(row.join(GAP).trimEnd())
    }
    return out
  }

  const out = render(
    headers.map((h, i) => wrap(h, w[i])),
    (t) => paint('bold', t),
    true,
  )
  const rows = report.records.map((r, k) => {
    const strong = report.emphasise?.(r) ?? false
    return render(
      cells[k].map((text, i) => linesOf(text, i)),
      (t, i) => {
        const tint = cols[i].tint?.(r)
        const s = tint ? paint(tint, t) : t
        return strong ? paint('bold', s) : s
      },
    )
  })
  // records that take several lines are set apart by a blank line, so a wrapped name never reads as the next record's
  const apart = rows.some((lines) => lines.length > 1)
  rows.forEach((lines, k) => {
    if (apart && k > 0) out.push('')
    out.push(...lines)
  })
  const footer = report.footer && safeLines(report.footer)
  if (footer) out.push('', ...(Number.isFinite(opts.width) ? wrap(footer, opts.width) : [footer]))
  return out.join('\n') + '\n'
}
