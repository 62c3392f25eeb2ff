// `plan deadline PHRASE…`: how each time phrase is read (the same code the parser uses).
import type { Register } from '../index.js'
import { UserError } from '../io.js'
import type { DeadlineReading } from '../../core/deadlines/types.js'

interface Options {
  today?: string
  format: string
}

/** One line of the text report: "quý IV-2013  →  2013-10-01 … 2013-12-31  (period)". */
export function describeReading(r: DeadlineReading, width = 0): string {
  const head = r.text.padEnd(width)
  if (r.invalid) return `${head}  →  no date: ${r.invalid}`
  if (r.kind === 'none') return `${head}  →  not a time phrase`
  const what = r.recurrence ? `${r.kind}, ${r.recurrence}` : r.kind
  if (!r.start && !r.end) return `${head}  →  no end date  (${what})`
  if (r.start === r.end) return `${head}  →  ${r.end}  (${what})`
  return `${head}  →  ${r.start ?? ''} … ${r.end ?? 'no end'}  (${what})`.replace('→   …', '→  …')
}

export const registerDeadline: Register = (program, io, state) => {
  program
    .command('deadline')
    .description('show how each Vietnamese time phrase is read: start, end, recurrence')
    .argument('[phrases...]', 'phrases; with none, one phrase a line from standard input')
    .option('--today <date>', 'the date relative phrases are read against (YYYY-MM-DD); default: today in Vietnam')
    .option('--format <format>', 'text or json', 'text')
    .action(async (phrases: string[], opts: Options) => {
      const { parseIso } = await import('../../core/deadlines/calendar.js')
      const { readDeadline } = await import('../../core/deadlines/read.js')
      if (opts.format !== 'text' && opts.format !== 'json') throw new UserError(`--format must be text or json, not "${opts.format}"`)
      const today = opts.today ?? io.today()
      if (!parseIso(today)) throw new UserError(`--today must be a calendar date YYYY-MM-DD, not "${today}"`)
      let list = phrases
      if (list.length === 0) {
        const input = (await io.readStdin()).toString('utf8').replace(/^\uFEFF/, '')
        list = input.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '')
      }
      const readings = list.map((p) => readDeadline(p, { today }))
      if (opts.format === 'json') {
        io.stdout.write(JSON.stringify(readings, null, 2) + '\n')
      } else {
        const width = Math.min(48, Math.max(0, ...readings.map((r) => r.text.length)))
        for (const r of readings) io.stdout.write(describeReading(r, width) + '\n')
      }
      state.exitCode = 0
    })
}
