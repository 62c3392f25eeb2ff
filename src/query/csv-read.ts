// Reads CSV as people and spreadsheets write it: BOM, CRLF or LF, quoted cells over several lines, comma or semicolon.
// The parsing itself is csv-parse's (RFC 4180); a quote out of place is an error that names its line, never a guess.
import type { CsvError, Options } from 'csv-parse/sync'
import { lazy } from '../shared/lazy.js'

/** loaded when a CSV is read (a status file): most runs read none */
const csvParse = lazy<typeof import('csv-parse/sync')>('csv-parse/sync')

export interface CsvTable {
  delimiter: ',' | ';'
  header: string[]
  /** each record with the 1-based line it starts on */
  rows: Array<{ line: number; cells: string[] }>
}

/** A file that is not CSV as RFC 4180 writes it: `line` is where the problem starts (1-based). */
export class CsvReadError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message)
  }
}

/**
 * The delimiter is the one the header line uses (Excel in a Vietnamese locale saves with semicolons). Throws a
 * CsvReadError for a quote that is never closed, text after a closing quote, or a quote inside an unquoted cell.
 */
export function readCsv(text: string): CsvTable {
  const src = text.replace(/^\uFEFF/, '')
  const firstLine = src.split(/\r\n|\r|\n/, 1)[0] ?? ''
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ','
  let lastEnd = 0
  let records: Array<{ record: string[]; info: { lines: number } }>
  const options: Options = {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    on_record: (r, context) => {
      lastEnd = context.lines
      return r
    },
  }
  const { CsvError, parse } = csvParse()
  try {
    records = parse(src, options) as unknown as Array<{ record: string[]; info: { lines: number } }>
  } catch (e) {
    if (e instanceof CsvError) throw csvProblem(e, src, lastEnd)
    throw e
  }
  const rows = records.map((r) => ({ line: startLine(r.info.lines, r.record), cells: r.record }))
  const [head, ...body] = rows
  return { delimiter, header: (head?.cells ?? []).map((h) => h.trim()), rows: body.map((r) => ({ ...r, cells: r.cells.map(unguard) })) }
}

/** csv-parse counts the line a record ends on; its quoted line breaks tell how many lines it spans. */
function startLine(endLine: number, cells: string[]): number {
  let breaks = 0
  for (const c of cells) breaks += c.match(/\r\n|\r|\n/g)?.length ?? 0
  return endLine - breaks
}

function csvProblem(e: CsvError, src: string, lastEnd: number): CsvReadError {
  const at = (e as CsvError & { lines?: number }).lines ?? 1
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED': {
      // reported at the end of the file; the quote opened on the first non-blank line after the last whole record
      const lines = src.split(/\r\n|\r|\n/)
      let open = lastEnd
      while (open < lines.length && lines[open].trim() === '') open++
      return new CsvReadError(open + 1, 'a quoted cell is never closed (a stray " ?); nothing after it could be read')
    }
    case 'INVALID_OPENING_QUOTE':
      return new CsvReadError(at, 'a quote inside a cell that does not start with one: put the whole cell in quotes and double its quotes ("say ""hi""")')
    case 'CSV_INVALID_CLOSING_QUOTE':
      return new CsvReadError(at, 'text after the closing quote of a cell (a stray " ?)')
    default:
      return new CsvReadError(at, `not valid CSV: ${e.message.replace(/\s+/g, ' ')}`)
  }
}

/** Undoes the formula guard the csv format adds, so a value written by `plan` reads back as it was. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell
}
