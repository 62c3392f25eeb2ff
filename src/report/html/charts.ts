// The report's two charts as inline SVG, drawn here: no chart library to inline, nothing to load at view time, and the
// bars print as sharply as the text. Workload per lead body (stacked horizontal bars) and deadlines over time (stacked
// columns per month, quarter or year, with the as-of date marked).
import type { Category, OverdueRow, SummaryRow } from '../../query/overdue.js'
import { escapeHtml } from './escape.js'

/** The categories as the charts stack them, from the bar's start: the overdue first, where the eye lands. */
export const STACK: Array<{ category: Category; field: keyof Omit<SummaryRow, 'group' | 'total'>; color: string }> = [
  { category: 'overdue', field: 'overdue', color: '#c0392b' },
  { category: 'not-yet-due', field: 'notYetDue', color: '#2e86c1' },
  { category: 'done-late', field: 'doneLate', color: '#e67e22' },
  { category: 'done-on-time', field: 'doneOnTime', color: '#27ae60' },
  { category: 'no-deadline', field: 'noDeadline', color: '#a6acaf' },
]

export type CategoryNames = Record<Category, string>

const fmt = (n: number) => String(Math.round(n * 10) / 10)

/** Round numbers for an axis up to `max`: 1, 2, 5 × 10^k steps, about five of them. */
function ticks(max: number): number[] {
  if (max <= 0) return [0]
  const raw = max / 5
  const pow = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw)!
  const out: number[] = []
  for (let v = 0; v <= max + step / 2; v += step) out.push(Math.round(v))
  return out
}

function shorten(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…'
}

/**
 * One bar per lead body, split by category, in the order given (most overdue first); at most `limit` bars, so that the
 * chart stays readable: the table under it has every body.
 */
export function workloadChart(rows: SummaryRow[], names: CategoryNames, opts: { limit?: number; title: string; noLead: string }): string {
  const shown = rows.slice(0, opts.limit ?? 60)
  const rowH = 20
  const labelW = 300
  const barW = 560
  const top = 24
  const height = top + shown.length * rowH + 24
  const width = labelW + barW + 50
  const max = Math.max(1, ...shown.map((r) => r.total))
  const axis = ticks(max)
  const scale = barW / Math.max(max, axis[axis.length - 1])
  const parts: string[] = []
  for (const t of axis) {
    const x = labelW + t * scale
    parts.push(`<line x1="${fmt(x)}" y1="${top - 4}" x2="${fmt(x)}" y2="${height - 20}" class="grid"/><text x="${fmt(x)}" y="${top - 8}" class="tick" text-anchor="middle">${t}</text>`)
  }
  shown.forEach((r, i) => {
    const y = top + i * rowH
    const name = r.group === '(no lead)' ? opts.noLead : r.group
    parts.push(`<g class="bar" data-body="${escapeHtml(name)}"><title>${escapeHtml(name)}: ${r.total}</title>`)
    parts.push(`<text x="${labelW - 6}" y="${y + rowH / 2 + 4}" text-anchor="end" class="label">${escapeHtml(shorten(name, 46))}</text>`)
    let x = labelW
    for (const s of STACK) {
      const n = r[s.field]
      if (!n) continue
      const w = n * scale
      parts.push(`<rect x="${fmt(x)}" y="${y + 3}" width="${fmt(w)}" height="${rowH - 6}" fill="${s.color}" data-category="${s.category}"><title>${escapeHtml(name)}: ${n} ${escapeHtml(names[s.category])}</title></rect>`)
      x += w
    }
    parts.push(`<text x="${fmt(x + 4)}" y="${y + rowH / 2 + 4}" class="count">${r.total}</text></g>`)
  })
  return svg(width, height, opts.title, parts)
}

type Grain = 'month' | 'quarter' | 'year'

function bucketOf(date: string, grain: Grain): string {
  const y = date.slice(0, 4)
  const m = +date.slice(5, 7)
  return grain === 'year' ? y : grain === 'quarter' ? `${y}-Q${Math.ceil(m / 3)}` : date.slice(0, 7)
}

/** Every bucket from the first to the last, none skipped (an empty month is a gap on the axis). */
function bucketsBetween(first: string, last: string, grain: Grain): string[] {
  const out: string[] = []
  let y = +first.slice(0, 4)
  let m = +first.slice(5, 7)
  const step = grain === 'year' ? 12 : grain === 'quarter' ? 3 : 1
  if (grain === 'quarter') m = Math.floor((m - 1) / 3) * 3 + 1
  if (grain === 'year') m = 1
  for (;;) {
    const d = `${y}-${String(m).padStart(2, '0')}-01`
    const b = bucketOf(d, grain)
    out.push(b)
    if (b >= bucketOf(last, grain) || out.length > 2000) break
    m += step
    if (m > 12) {
      m -= 12
      y++
    }
  }
  return out
}

function monthsBetween(a: string, b: string): number {
  return (+b.slice(0, 4) - +a.slice(0, 4)) * 12 + (+b.slice(5, 7) - +a.slice(5, 7))
}

/**
 * Tasks falling due per month (per quarter over more than four years, per year over more than twelve), stacked by
 * category, the as-of date marked with a line.
 */
export function timelineChart(tasks: OverdueRow[], asOf: string, names: CategoryNames, opts: { title: string; asOfLabel: string }): string {
  const dated = tasks.filter((t) => t.deadline)
  if (!dated.length) return ''
  const dates = dated.map((t) => t.deadline!).sort()
  const first = dates[0] < asOf ? dates[0] : asOf
  const last = dates[dates.length - 1] > asOf ? dates[dates.length - 1] : asOf
  const span = monthsBetween(first, last)
  const grain: Grain = span > 144 ? 'year' : span > 48 ? 'quarter' : 'month'
  const buckets = bucketsBetween(first, last, grain)
  const counts = new Map(buckets.map((b) => [b, new Map<Category, number>()]))
  for (const t of dated) {
    const c = counts.get(bucketOf(t.deadline!, grain))!
    c.set(t.status, (c.get(t.status) ?? 0) + 1)
  }
  const colW = Math.max(6, Math.min(36, Math.floor(860 / buckets.length)))
  const left = 40
  const plotH = 220
  const top = 20
  const width = left + buckets.length * colW + 20
  const height = top + plotH + 46
  const totals = buckets.map((b) => [...counts.get(b)!.values()].reduce((a, n) => a + n, 0))
  const axis = ticks(Math.max(1, ...totals))
  const scale = plotH / Math.max(1, axis[axis.length - 1])
  const parts: string[] = []
  for (const t of axis) {
    const y = top + plotH - t * scale
    parts.push(`<line x1="${left}" y1="${fmt(y)}" x2="${width - 10}" y2="${fmt(y)}" class="grid"/><text x="${left - 4}" y="${fmt(y + 4)}" class="tick" text-anchor="end">${t}</text>`)
  }
  const every = Math.ceil(buckets.length / Math.floor((width - left) / 56))
  buckets.forEach((b, i) => {
    const x = left + i * colW
    let y = top + plotH
    const c = counts.get(b)!
    parts.push(`<g class="col" data-bucket="${b}"><title>${b}: ${totals[i]}</title>`)
    for (const s of STACK) {
      const n = c.get(s.category)
      if (!n) continue
      const h = n * scale
      y -= h
      parts.push(`<rect x="${x + 1}" y="${fmt(y)}" width="${Math.max(1, colW - 2)}" height="${fmt(h)}" fill="${s.color}" data-category="${s.category}"><title>${b}: ${n} ${escapeHtml(names[s.category])}</title></rect>`)
    }
    parts.push('</g>')
    if (i % every === 0) parts.push(`<text x="${x + colW / 2}" y="${top + plotH + 16}" class="tick" text-anchor="middle">${b}</text>`)
  })
  // the as-of line, placed within its bucket by the day
  const i = buckets.indexOf(bucketOf(asOf, grain))
  const within = grain === 'month' ? (+asOf.slice(8, 10) - 1) / 31 : grain === 'quarter' ? (((+asOf.slice(5, 7) - 1) % 3) + (+asOf.slice(8, 10) - 1) / 31) / 3 : (+asOf.slice(5, 7) - 1) / 12
  const ax = left + (i + within) * colW
  parts.push(`<line x1="${fmt(ax)}" y1="${top - 6}" x2="${fmt(ax)}" y2="${top + plotH}" class="asof"/><text x="${fmt(ax)}" y="${top + plotH + 34}" class="asof-label" text-anchor="middle">${escapeHtml(opts.asOfLabel)} ${asOf}</text>`)
  return svg(width, height, opts.title, parts)
}

function svg(width: number, height: number, title: string, parts: string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}" class="chart"><title>${escapeHtml(title)}</title>${parts.join('')}</svg>`
}

/** The colour key shared by both charts. */
export function legend(names: CategoryNames): string {
  return `<ul class="legend">${STACK.map((s) => `<li><span class="swatch" style="background:${s.color}"></span>${escapeHtml(names[s.category])}</li>`).join('')}</ul>`
}
