// HTML tables inside a text or markdown file (a portal's page saved as markdown: front matter, then `<table>` markup;
// a converter that wrote its tables as HTML between markdown paragraphs). Each table becomes the text layout's TAB rows,
// rendered by the HTML reader (a merged cell repeated in each row it spans), and every line outside the tables stays
// on its own line number: the rows take the first lines of the table's place, blank lines the rest.
import { readHtml } from './html.js'

/** A line that opens a table: the tag first on it. */
const OPEN = /^\s*<table(?=[\s>])/i
const OPENS = /<table(?=[\s>])/gi
const CLOSES = /<\/table\s*>/gi
/** a table left open this long is no table we read */
const MAX_TABLE_LINES = 20_000

/** The lines with each HTML table rendered as rows; the same array when there is none. */
export function renderHtmlTables(lines: string[]): string[] {
  if (!lines.some((l) => OPEN.test(l))) return lines
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    let end = OPEN.test(lines[i]) ? tableEnd(lines, i) : -1
    // (tables one after the other are one table a converter cut at each page: their rows go on together)
    for (let next = nextLine(lines, end); end >= 0 && next >= 0 && OPEN.test(lines[next]); next = nextLine(lines, end)) {
      const more = tableEnd(lines, next)
      if (more < 0) break
      end = more
    }
    if (end < 0) {
      out.push(lines[i])
      continue
    }
    const block = lines.slice(i, end + 1)
    const rows = readHtml(`<body>${block.join('\n')}</body>`).lines
    out.push(...rows)
    for (let k = rows.length; k < block.length; k++) out.push('')
    i = end
  }
  return out
}

/** The first line after `i` that is not blank, or -1. */
function nextLine(lines: string[], i: number): number {
  if (i < 0) return -1
  for (let k = i + 1; k < lines.length; k++) if (lines[k].trim()) return k
  return -1
}

/** The line that closes the table opened on line `start` (nested tables counted), or -1. */
function tableEnd(lines: string[], start: number): number {
  let depth = 0
  for (let i = start; i < lines.length && i - start < MAX_TABLE_LINES; i++) {
    depth += (lines[i].match(OPENS)?.length ?? 0) - (lines[i].match(CLOSES)?.length ?? 0)
    if (depth <= 0) return i
  }
  return -1
}
