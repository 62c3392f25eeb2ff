// --format table: aligned columns measured in terminal cells (Vietnamese marks take none), the task text cut to fit, colour optional.
import { Chalk } from 'chalk'
import { cellText, type Renderer } from './types.js'
import { displayWidth, padEnd, padStart, truncate, truncateStart } from './width.js'

const GAP = '  '
/** the flex column never shrinks below this, even on a narrow terminal */
const MIN_FLEX = 16
/** nor do the capped columns (agency names) below this */
const MIN_SHRUNK = 16

export const renderTable: Renderer = (report, opts) => {
  const c = new Chalk({ level: opts.color })
  const cols = report.view ?? report.columns
  const headers = cols.map((col) => col.header ?? col.key)
  const cells = report.records.map((r) => cols.map((col) => cellText(col, r)))
  const widths = cols.map((col, i) => {
    const natural = Math.max(displayWidth(headers[i]), ...cells.map((row) => displayWidth(row[i])))
    return col.max && !col.flex ? Math.min(natural, Math.max(col.max, displayWidth(headers[i]))) : natural
  })
  const flex = cols.findIndex((col) => col.flex)
  if (flex >= 0 && Number.isFinite(opts.width)) {
    const others = () => widths.reduce((s, w, i) => (i === flex ? s : s + w), 0) + GAP.length * (cols.length - 1)
    // on a narrow terminal the capped text columns (bodies) give way too, widest first, before the task text goes under its minimum
    // paths (cut at the start) give way first: their file name and line survive the cut
    const shrinkable = (k: number, paths: boolean) => k !== flex && !!cols[k].max && widths[k] > MIN_SHRUNK && (!paths || cols[k].cut === 'start')
    for (const paths of [true, false]) {
      while (others() + MIN_FLEX > opts.width) {
        const i = widths.reduce((best, w, k) => (shrinkable(k, paths) && (best < 0 || w > widths[best]) ? k : best), -1)
        if (i < 0) break
        widths[i]--
      }
    }
    widths[flex] = Math.min(widths[flex], Math.max(MIN_FLEX, opts.width - others()))
  }
  const line = (row: string[], style: (s: string, i: number) => string) =>
    row
      .map((text, i) => {
        const t = cols[i].cut === 'start' ? truncateStart(text, widths[i]) : truncate(text, widths[i])
        const last = i === cols.length - 1
        const styled = style(t, i)
        if (cols[i].align === 'right') return padStart('', widths[i] - displayWidth(t)) + styled
        return last ? styled : styled + padEnd('', widths[i] - displayWidth(t))
      })
      .join(GAP)
      .trimEnd()
  const out = [line(headers, (t) => c.bold(t))]
  report.records.forEach((r, k) => {
    const strong = report.emphasise?.(r) ?? false
    out.push(
      line(cells[k], (t, i) => {
        const tint = cols[i].tint?.(r)
        const s = tint && t ? c[tint](t) : t
        return strong ? c.bold(s) : s
      }),
    )
  })
  if (report.footer) out.push('', report.footer)
  return out.join('\n') + '\n'
}
