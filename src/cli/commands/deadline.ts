// `plan deadline PHRASE…`: how each time phrase is read (the same code the parser uses).
import type { Register } from '../index.js'
import { EXIT, UserError } from '../io.js'
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
  const command = program
    .command('deadline')
    .description('show how each Vietnamese time phrase is read: start, end, recurrence')
    .argument('[phrases...]', 'phrases; with none, one phrase a line from standard input (not from a terminal)')
    .option('--today <date>', 'the date relative phrases are read against (YYYY-MM-DD or DD/MM/YYYY); default: today in Vietnam')
    .option('--format <format>', 'text or json', 'text')
  command.action(async (phrases: string[], opts: Options) => {
    const { readDeadline } = await import('../../core/deadlines/index.js')
    const { parseUserDate } = await import('../../query/dates.js')
    if (opts.format !== 'text' && opts.format !== 'json') throw new UserError(`--format must be text or json, not "${opts.format}"`)
    const today = opts.today === undefined ? io.today() : parseUserDate(opts.today)
    if (!today) throw new UserError(`--today must be a calendar date, YYYY-MM-DD or DD/MM/YYYY, not "${opts.today}"`)
    let list = phrases
    if (list.length === 0) {
      // no phrase and a person at the keyboard: say how to use it rather than wait for standard input in silence
      if (io.stdinIsTTY) {
        io.stderr.write(command.helpInformation())
        state.exitCode = EXIT.failure
        return
      }
      const { maxBytes } = await import('../inputs.js')
      const { tooLarge } = await import('../../core/read/index.js')
      const limit = maxBytes(io)
      const bytes = await io.readStdin(limit).catch((e: { code?: string }) => {
        if (e.code === 'too-large') throw new UserError(`<stdin>: ${tooLarge(limit, limit, true).message}`)
        throw e
      })
      if (bytes.length > limit) throw new UserError(`<stdin>: ${tooLarge(bytes.length, limit, true).message}`)
      const input = bytes.toString('utf8').replace(/^\uFEFF/, '')
      list = input.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '')
    }
    const readings = list.map((p) => readDeadline(p, { today }))
    if (opts.format === 'json') {
      io.stdout.write(JSON.stringify(readings, null, 2) + '\n')
    } else {
      const width = Math.min(48, Math.max(0, ...readings.map((r) => r.text.length)))
      for (const r of readings) io.stdout.write(describeReading(r, width) + '\n')
    }
    state.exitCode = EXIT.ok
  })
}
