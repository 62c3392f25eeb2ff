// `plan check --format … -o …`: which report goes where. Each -o names the file of the --format given just before it;
// an -o with no format waiting takes it from the file's extension; at most one report goes to standard output.
import { UserError } from '../io.js'

/** --format and -o/--output-file as given, in command-line order. */
export type ReportArg = { format: string } | { output: string }

/** One report to write: its format, and its file (null: standard output). */
export interface ReportTarget {
  format: string
  file: string | null
}

const BY_EXTENSION: [RegExp, string][] = [
  [/\.sarif(\.json)?$/i, 'sarif'],
  [/\.xml$/i, 'junit'],
  [/\.json$/i, 'json'],
]

export function reportTargets(args: ReportArg[], formats: string[]): ReportTarget[] {
  const targets: ReportTarget[] = []
  let waiting: ReportTarget | null = null
  for (const a of args) {
    if ('format' in a) {
      if (!formats.includes(a.format)) throw new UserError(`unknown --format "${a.format}" (one of ${formats.join(', ')})`)
      waiting = { format: a.format, file: null }
      targets.push(waiting)
      continue
    }
    if (waiting) {
      waiting.file = a.output
      waiting = null
      continue
    }
    const format = BY_EXTENSION.find(([re]) => re.test(a.output))?.[1]
    if (!format) throw new UserError(`-o ${a.output}: which format? Give it just before: --format FORMAT -o ${a.output} (or name the file .sarif, .xml or .json)`)
    targets.push({ format, file: a.output })
  }
  if (!targets.length) return [{ format: 'pretty', file: null }]
  const toStdout = targets.filter((t) => t.file === null)
  if (toStdout.length > 1) throw new UserError(`only one report can go to standard output, not ${toStdout.map((t) => t.format).join(' and ')}: give the others a file (--format ${toStdout[1].format} -o FILE)`)
  const files = targets.flatMap((t) => (t.file === null ? [] : [t.file]))
  const twice = files.find((f, i) => files.indexOf(f) !== i)
  if (twice !== undefined) throw new UserError(`${twice}: named twice with -o`)
  return targets
}
