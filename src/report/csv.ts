// --format csv: UTF-8 with a BOM (Excel then reads Vietnamese correctly), RFC 4180 quoting, and cells made safe from formula injection.
import { cellText, type Renderer } from './types.js'

const BOM = '\uFEFF'

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a leading tab / CR) gets a leading apostrophe;
 * plain numbers such as -5 are left alone. Task text often starts with "- " or "+ ".
 */
export function guardFormula(cell: string): string {
  if (/^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell)) return "'" + cell
  return cell
}

/** RFC 4180: a cell holding the delimiter, a quote, CR or LF is quoted, and its quotes doubled. */
export function quoteCell(cell: string, delimiter = ','): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}

/** One CSV record (without the line break). */
export function csvRecord(cells: string[], delimiter = ','): string {
  return cells.map((c) => quoteCell(guardFormula(c), delimiter)).join(delimiter)
}

export const renderCsv: Renderer = (report) => {
  const lines = [csvRecord(report.columns.map((c) => c.key))]
  for (const r of report.records) lines.push(csvRecord(report.columns.map((c) => cellText(c, r))))
  return BOM + lines.map((l) => l + '\r\n').join('')
}
