// What every reporter receives: the files with findings, every file checked, and the counts. A reporter is written as a
// stream (one piece of text per file checked, then a head and a tail from the counts), so that `plan check` on a large
// corpus holds only counts, never every finding; `Reporter`, the whole report as one string, is built on it.
import type { ColorLevel } from '../../shared/color.js'
import type { CheckSummary } from '../engine.js'
import type { FileResult } from '../types.js'

export interface Report {
  /** the files that have findings, in the order checked */
  results: FileResult[]
  /** every file checked, in order (JUnit lists passing files too) */
  files: string[]
  summary: CheckSummary
}

export interface ReporterOptions {
  color: ColorLevel
  version: string
}

export type Reporter = (report: Report, opts: ReporterOptions) => string

/**
 * One report being written: `file` is called for every file checked, in order (with no findings too), and returns its
 * text; `end` gives the text that goes before all of it (`head`, which may depend on the counts) and after it (`tail`).
 */
export interface ReportStream {
  file(r: FileResult): string
  end(summary: CheckSummary): { head: string; tail: string }
}

export type StreamReporter = (opts: ReporterOptions) => ReportStream

/** The whole report as one string, from its stream. */
export function whole(stream: StreamReporter, everyFile: boolean): Reporter {
  return (report, opts) => {
    const s = stream(opts)
    let body = ''
    if (everyFile) {
      const byFile = new Map(report.results.map((r) => [r.file, r.findings]))
      for (const file of report.files) body += s.file({ file, findings: byFile.get(file) ?? [] })
    } else for (const r of report.results) body += s.file(r)
    const { head, tail } = s.end(report.summary)
    return head + body + tail
  }
}

/**
 * An array of a JSON value laid out as JSON.stringify(value, null, 2) does, filled item by item: `depth` is the
 * nesting of its items; `end` takes the value around it (`slot` standing where the array goes) and gives the text
 * before the items and after them.
 */
export function jsonArrayStream(depth: number): { item(v: unknown): string; end(skeleton: (slot: string) => unknown): { head: string; tail: string } } {
  const pad = ' '.repeat(2 * depth)
  let n = 0
  return {
    item(v) {
      // a newline only ever stands between values (JSON escapes those in strings), so re-indenting is safe
      return (n++ ? ',\n' : '\n') + pad + JSON.stringify(v, null, 2).replace(/\n/g, '\n' + pad)
    },
    end(skeleton) {
      const slot = '\u0001items\u0001'
      const text = JSON.stringify(skeleton(slot), null, 2) + '\n'
      const at = text.indexOf(JSON.stringify(slot))
      const before = text.slice(0, at)
      const after = text.slice(at + JSON.stringify(slot).length)
      return n ? { head: before + '[', tail: '\n' + pad.slice(2) + ']' + after } : { head: before + '[]' + after, tail: '' }
    },
  }
}
