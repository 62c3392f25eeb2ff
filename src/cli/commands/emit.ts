// The output of the query commands: which format (--format, or what --output ends in), and writing it: text formats to
// standard output or a file, a calendar (ics), a workbook (xlsx, a file only).
import type { TaskRow } from '../../query/rows.js'
import { alarmDuration, renderIcs, type IcsOptions } from '../../report/ics.js'
import { formatOfFile, RENDERERS, FORMATS, type Format } from '../../report/index.js'
import type { Report } from '../../report/types.js'
import type { Sheet } from '../../report/xlsx.js'
import { recordPieces, type StreamedFormat } from '../../report/stream.js'
import type { Column } from '../../report/types.js'
import { colorLevel } from '../../shared/color.js'
import { UserError, type Io } from '../io.js'
import { openAtomic, streamSink, type Sink } from '../output.js'
import { writeAtomic } from '../write.js'

export type OutputFormat = Format | 'ics' | 'xlsx'

export interface OutputOpts {
  format?: string
  output?: string
  force?: boolean
  color?: boolean
  delimiter?: string
  alarm?: string
}

/** The format asked for, or the one --output's extension names, else table; `extra` are the file formats this command has. */
export function outputFormat(opts: OutputOpts, extra: Array<'ics' | 'xlsx'> = []): OutputFormat {
  const f = opts.format ?? (opts.output ? fileFormat(opts.output) : null) ?? 'table'
  const known: string[] = [...FORMATS, ...extra]
  if (!known.includes(f)) throw new UserError(`unknown --format "${f}" (one of ${known.join(', ')})`)
  if (opts.delimiter !== undefined && f !== 'csv') throw new UserError('--delimiter applies to --format csv')
  if (opts.alarm !== undefined && f !== 'ics') throw new UserError('--alarm applies to --format ics')
  if (f === 'xlsx' && !opts.output) throw new UserError('--format xlsx writes a workbook: give the file with -o FILE.xlsx')
  return f as OutputFormat
}

function fileFormat(file: string): OutputFormat | null {
  if (/\.xlsx$/i.test(file)) return 'xlsx'
  if (/\.ics$/i.test(file)) return 'ics'
  return formatOfFile(file)
}

/** --delimiter: one character (`;` for Excel where it is the list separator), or `tab`. */
export function delimiterOption(v: string | undefined): string | undefined {
  if (v === undefined) return undefined
  const d = v === 'tab' || v === '\\t' ? '\t' : v
  if ([...d].length !== 1 || /["\r\n]/.test(d)) throw new UserError(`--delimiter "${v}": expected one character such as ; or , (or tab)`)
  return d
}

/** What a command adds for the file formats: the workbook's sheets, the calendar's rows and words. */
export interface Extras {
  sheets?: () => Sheet[]
  ics?: { rows: () => TaskRow[]; options: Omit<IcsOptions, 'alarm'> }
}

export async function emit<R>(report: Report<R>, format: OutputFormat, opts: OutputOpts, io: Io, extras: Extras = {}): Promise<void> {
  const toFile = opts.output !== undefined
  let content: string | Uint8Array
  if (format === 'xlsx') {
    const { renderXlsx } = await import('../../report/xlsx.js')
    content = await renderXlsx(extras.sheets?.() ?? [{ name: 'plan', report }])
  } else if (format === 'ics') {
    if (!extras.ics) throw new UserError('--format ics is for tasks: plan tasks or plan overdue')
    const alarm = opts.alarm === undefined ? null : alarmDuration(opts.alarm)
    if (opts.alarm !== undefined && !alarm) throw new UserError(`--alarm "${opts.alarm}": expected days, weeks or hours before the deadline, such as 7d, 2w or 12h`)
    const rows = extras.ics.rows()
    const undated = rows.filter((r) => !r.deadline).length
    if (undated) io.stderr.write(`plan: ${undated} task${undated === 1 ? '' : 's'} without a deadline left out of the calendar\n`)
    content = renderIcs(rows, { ...extras.ics.options, alarm })
  } else {
    const color = colorLevel(io, toFile ? (opts.color ?? false) : opts.color)
    const width = toFile ? Infinity : outputWidth(io)
    content = RENDERERS[format](report, { color, width, delimiter: delimiterOption(opts.delimiter) })
  }
  if (toFile) await writeAtomic(opts.output!, content, io, { force: !!opts.force })
  else io.stdout.write(content as string)
}

/** Records written as they come, in the same bytes as emit gives for them all at once. */
export interface RecordOutput<R> {
  add(r: R): Promise<void>
  /** every record given: the end is written and the file put in place */
  finish(): Promise<void>
  /** the run failed: the file, if one was begun, is left as it was */
  abort(): Promise<void>
}

/** Written in pieces of about this many characters: few writes, and little held. */
const PIECE = 1 << 16

/**
 * A streamed format's records to standard output (waiting while the reader is behind) or to --output, written to a
 * temporary file put in place at the end. Nothing is opened before the first piece is due.
 */
export function recordOutput<R>(format: StreamedFormat, columns: Column<R>[], opts: OutputOpts, io: Io): RecordOutput<R> {
  const pieces = recordPieces(format, columns, { delimiter: delimiterOption(opts.delimiter) })
  let sink: Sink | null = null
  let count = 0
  let held = ''
  const flush = async () => {
    sink ??= opts.output !== undefined ? await openAtomic(opts.output, io, { force: !!opts.force }) : streamSink(io.stdout)
    const s = held
    held = ''
    if (s) await sink.write(s)
  }
  return {
    async add(r) {
      if (count === 0) held += pieces.head()
      held += pieces.record(r, count++)
      if (held.length >= PIECE) await flush()
    },
    async finish() {
      if (count === 0) held += pieces.head()
      held += pieces.end(count)
      await flush()
      await sink!.close()
    },
    async abort() {
      held = ''
      await sink?.abort()
    },
  }
}

/**
 * The width the table fits: COLUMNS when set (a pipe too: `COLUMNS=80 plan tasks … | less`), else the terminal's;
 * a pipe or a file without COLUMNS gets one whole line a record (a script wants the full task text).
 */
export function outputWidth(io: Io): number {
  const columns = Number(io.env.COLUMNS)
  if (Number.isInteger(columns) && columns > 0) return columns
  return io.stdout.isTTY ? (io.stdout.columns ?? 80) : Infinity
}
