// --format xlsx: a real Excel workbook (ExcelJS), one sheet per report: a frozen header with filters, deadlines as date
// cells, widths that fit the text, overdue rows highlighted. A workbook has none of CSV's troubles in Excel: no list
// separator to guess, no encoding, dates that sort as dates.
import ExcelJS from 'exceljs'
import type { Column, Report } from './types.js'

export interface Sheet {
  /** the tab's name (Excel allows 31 characters, and none of : \ / ? * [ ]) */
  name: string
  // the sheets of one workbook hold different records; each report's columns only ever see its own
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  report: Report<any>
}

const HEADER_FILL = 'FFDCE6F1'
const HIGHLIGHT_FILL = 'FFFAD4D4'
/** the widest a column grows, in characters; the task text gets more and wraps */
const MAX_WIDTH = 48
const TEXT_WIDTH = 90

function raw<R>(c: Column<R>, r: R): unknown {
  if (c.display) return c.display(r)
  return c.get ? c.get(r) : (r as Record<string, unknown>)[c.key]
}

/** The cell's value: a date cell for a YYYY-MM-DD in a date column, a number as a number, a list joined by "; ". */
function cellValue<R>(c: Column<R>, r: R): string | number | boolean | Date | null {
  const v = raw(c, r)
  if (v === null || v === undefined) return null
  if (Array.isArray(v)) return v.join('; ')
  if (c.date && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(v + 'T00:00:00Z')
  if (typeof v === 'number' || typeof v === 'boolean') return v
  return String(v).replace(/\s+/g, ' ').trim()
}

function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet'
  let n = base
  for (let i = 2; taken.has(n.toLowerCase()); i++) n = `${base.slice(0, 28)} ${i}`
  taken.add(n.toLowerCase())
  return n
}

export async function renderXlsx(sheets: Sheet[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  book.creator = 'plan'
  // a fixed date: the same input gives the same workbook
  book.created = book.modified = new Date(0)
  const taken = new Set<string>()
  for (const { name, report } of sheets) {
    const cols = report.columns
    const ws = book.addWorksheet(sheetName(name, taken), { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] })
    const header = ws.addRow(cols.map((c) => c.header ?? c.key))
    header.font = { bold: true }
    header.alignment = { vertical: 'middle', wrapText: true }
    header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }))
    const widths = cols.map((c) => Math.min(MAX_WIDTH, (c.header ?? c.key).length + 2))
    for (const r of report.records) {
      const values = cols.map((c) => cellValue(c, r))
      const row = ws.addRow(values)
      values.forEach((v, i) => {
        const len = v instanceof Date ? 10 : v === null ? 0 : String(v).length
        if (cols[i].flex) widths[i] = TEXT_WIDTH
        else widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i], len + 2))
      })
      if (report.highlight?.(r)) row.eachCell({ includeEmpty: true }, (cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HIGHLIGHT_FILL } }))
      if (report.emphasise?.(r)) row.font = { bold: true }
    }
    cols.forEach((c, i) => {
      const col = ws.getColumn(i + 1)
      col.width = Math.max(6, widths[i])
      if (c.date) col.numFmt = 'dd/mm/yyyy'
      if (c.flex || widths[i] >= MAX_WIDTH) col.alignment = { wrapText: true, vertical: 'top' }
      else col.alignment = { vertical: 'top' }
    })
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, report.records.length + 1), column: cols.length } }
  }
  const buffer = await book.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
