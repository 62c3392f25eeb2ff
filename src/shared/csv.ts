// The CSV record format (RFC 4180, cells safe from formula injection): written by --format csv, read back by status files.

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
