// What every output format receives: records for JSON, and columns that turn a record into cells for the tabular formats.
import type { ColorLevel } from '../shared/color.js'

/** The colours the table format may use for a column (chalk names). */
export type Tint = 'dim' | 'cyan' | 'magenta' | 'red' | 'yellow' | 'green' | 'bold'

export interface Column<R> {
  /** header in csv/md/table; also the JSON key the cell comes from, when `get` is absent */
  key: string
  header?: string
  get?: (r: R) => string | number | null
  /** the one column that gets the slack of the terminal and wraps to fit it: the task text */
  flex?: boolean
  /** table format: words (body names) that wrap onto more lines rather than being cut, when the column is narrower than they are */
  wrap?: boolean
  /** table format: a column left out when the terminal is too narrow for it and the task text */
  optional?: boolean
  /** the widest a non-flex column grows in the table format on a terminal (a pipe gets whole cells) */
  max?: number
  align?: 'left' | 'right'
  /** which end the table format cuts when the column must shrink: the end (default) or the start (paths) */
  cut?: 'end' | 'start'
  /** table format only: a colour for the cell, decided per record */
  tint?: (r: R) => Tint | null
  /** xlsx: the cell holds a date (YYYY-MM-DD in the record), written as a real date cell */
  date?: boolean
  /** xlsx: the value a person reads, when it differs from the record's (a status in words); csv and json keep the record's */
  display?: (r: R) => string | number | null
}

export interface Report<R = unknown> {
  /** the JSON formats print these as they are */
  records: R[]
  /** every field, for csv */
  columns: Column<R>[]
  /** the compact view for table and md; `columns` when absent */
  view?: Column<R>[]
  /** a line the human formats (table, md) print under the rows, e.g. counts */
  footer?: string
  /** table/md rows drawn apart (a total row) */
  emphasise?: (r: R) => boolean
  /** xlsx: rows to highlight (the overdue ones) */
  highlight?: (r: R) => boolean
}

/** The same options for every format; each ignores what it has no use for. */
export interface RenderOptions {
  color: ColorLevel
  /** the width to fit (table only); Infinity for no limit */
  width: number
  /** csv: the field separator (default a comma; a semicolon for Excel in locales whose list separator it is) */
  delimiter?: string
}

export type Renderer = <R>(report: Report<R>, opts: RenderOptions) => string

/** A record's cell as plain text: one line, white space collapsed. */
export function cellText<R>(col: Column<R>, r: R): string {
  const v = col.get ? col.get(r) : (r as Record<string, unknown>)[col.key]
  if (v === null || v === undefined) return ''
  if (Array.isArray(v)) return v.join('; ')
  return String(v).replace(/\s+/g, ' ').trim()
}
