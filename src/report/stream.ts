// The formats a query can write record by record, as the records come: jsonl, json and csv give, piece by piece, the
// same bytes as their renderers (renderJsonl, renderJson, renderCsv) give for all the records at once.
import { csvRecord } from '../shared/csv.js'
import { cellText, type Column, type RenderOptions } from './types.js'

export const STREAMED = ['jsonl', 'json', 'csv'] as const
export type StreamedFormat = (typeof STREAMED)[number]

export function isStreamed(format: string): format is StreamedFormat {
  return (STREAMED as readonly string[]).includes(format)
}

/** The output's pieces: what comes before the first record, each record, and the end (given how many records there were). */
export interface RecordPieces<R> {
  head(): string
  record(r: R, index: number): string
  end(count: number): string
}

export function recordPieces<R>(format: StreamedFormat, columns: Column<R>[], opts: Pick<RenderOptions, 'delimiter'> = {}): RecordPieces<R> {
  if (format === 'jsonl') return { head: () => '', record: (r) => JSON.stringify(r) + '\n', end: () => '' }
  if (format === 'json') {
    return {
      head: () => '',
      // one level deeper inside the array; a newline only ever stands between values (JSON escapes those in strings)
      record: (r, i) => (i === 0 ? '[\n  ' : ',\n  ') + JSON.stringify(r, null, 2).replace(/\n/g, '\n  '),
      end: (count) => (count ? '\n]\n' : '[]\n'),
    }
  }
  const d = opts.delimiter ?? ','
  return {
    head: () => '\uFEFF' + csvRecord(columns.map((c) => c.key), d) + '\r\n',
    record: (r) => csvRecord(columns.map((c) => cellText(c, r)), d) + '\r\n',
    end: () => '',
  }
}
