// `plan report DOCS… -o report.html`: the follow-up report as one self-contained HTML file, from the same queries as
// `plan overdue` and `plan agencies`.
import type { Register } from '../index.js'
import { EXIT, UserError, type Io } from '../io.js'
import { writeAtomic } from '../write.js'
import { langOption } from './options.js'

interface ReportOpts {
  encoding?: string
  asOf?: string
  status?: string
  output?: string
  force?: boolean
  lang?: string
  strict?: boolean
  jobs?: string
}

export const registerReport: Register = (program, io, state) => {
  program
    .command('report')
    .description('the follow-up report as one HTML file that opens offline: summary, workload per lead body, deadlines over time, the task table with filters, each document')
    .argument('<files...>', 'files, folders, globs, - for standard input, or JSON saved by `plan parse`')
    .option('--as-of <date>', 'the date to judge by (default: today in Vietnam)')
    .option('--status <file>', 'progress recorded so far, as for `plan overdue`')
    .option('-o, --output <file>', 'the HTML file to write (atomically); standard output when absent')
    .option('--force', 'replace an existing --output file')
    .option('--encoding <name>', 'read text files in this encoding: utf8, tcvn3, vni or cp1258 (default: detected)')
    .option('--lang <lang>', 'the report in vi (default) or en')
    .option('--strict', 'check saved JSON against the full schema (default: a quick check of the fields the report reads)')
    .option('-j, --jobs <n>', 'worker threads parsing documents (default: one per core, when there are many files)')
    .action(async (operands: string[], opts: ReportOpts) => {
      state.exitCode = await runReport(operands, opts, io)
    })
}

export async function runReport(operands: string[], opts: ReportOpts, io: Io): Promise<number> {
  const lang = langOption(opts.lang)
  if (opts.output !== undefined && !/\.html?$/i.test(opts.output)) throw new UserError(`${opts.output}: plan report writes HTML: name the file .html`)
  const { asOfDate, statusFile } = await import('./queries-run.js')
  const { corpusInputs, readCorpus } = await import('../corpus.js')
  const asOf = asOfDate(opts.asOf, io)
  const inputs = await corpusInputs(operands, io, opts)
  const status = await statusFile(opts.status, io)
  const { renderReport, reportModelBuilder } = await import('../../report/html/index.js')
  // each document's tasks and headings are kept as it is read, not the document
  const model = reportModelBuilder(asOf, status?.entries ?? undefined)
  const corpus = await readCorpus(inputs, io, (d) => {
    status?.see(d)
    if (status?.ok !== false) model.add(d)
  })
  if (!corpus.documents && corpus.failed) return EXIT.failure
  status?.check(io)
  const html = renderReport(model.model(), { lang })
  if (opts.output !== undefined) await writeAtomic(opts.output, html, io, { force: !!opts.force })
  else io.stdout.write(html)
  return corpus.failed ? EXIT.failure : EXIT.ok
}
