// Reads CSV as people and spreadsheets write it: BOM, CRLF or LF, quoted cells over several lines, comma or semicolon.

export interface CsvTable {
  delimiter: ',' | ';'
  header: string[]
  /** each record with the 1-based line it starts on */
  rows: Array<{ line: number; cells: string[] }>
}

/** The delimiter is the one the header line uses (Excel in a Vietnamese locale saves with semicolons). */
export function readCsv(text: string): CsvTable {
  const src = text.replace(/^\uFEFF/, '')
  const firstLine = src.split(/\r?\n/, 1)[0] ?? ''
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ','
  const records: Array<{ line: number; cells: string[] }> = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let start = 1
  let any = false
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else {
        if (ch === '\n') line++
        cell += ch
      }
      continue
    }
    any = any || (ch !== '\n' && ch !== '\r')
    if (ch === '"' && cell === '') quoted = true
    else if (ch === delimiter) {
      cells.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++
      if (any || cell) records.push({ line: start, cells: [...cells, cell] })
      cells = []
      cell = ''
      any = false
      start = ++line
    } else cell += ch
  }
  if (any || cell) records.push({ line: start, cells: [...cells, cell] })
  const [head, ...rows] = records
  return { delimiter, header: (head?.cells ?? []).map((h) => h.trim()), rows: rows.map((r) => ({ ...r, cells: r.cells.map(unguard) })) }
}

/** Undoes the formula guard the csv format adds, so a value written by `plan` reads back as it was. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell
}
