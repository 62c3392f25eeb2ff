// --format md: a GitHub-flavoured Markdown table, nothing truncated, pipes escaped.
import { cellText, type Renderer } from './types.js'
import { safeLines, terminalText } from '../shared/sanitize.js'

/** A cell: the document's escapes dropped and controls made visible (md is read in a terminal too), then Markdown escaped. */
function mdCell(s: string): string {
  return terminalText(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;')
}

export const renderMd: Renderer = (report) => {
  const cols = report.view ?? report.columns
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`
  const lines = [row(cols.map((c) => c.header ?? c.key)), row(cols.map((c) => (c.align === 'right' ? '---:' : '---')))]
  for (const r of report.records) {
    const cells = cols.map((c) => mdCell(cellText(c, r)))
    lines.push(row(report.emphasise?.(r) ? cells.map((c) => (c ? `**${c}**` : c)) : cells))
  }
  if (report.footer) lines.push('', safeLines(report.footer))
  return lines.join('\n') + '\n'
}
