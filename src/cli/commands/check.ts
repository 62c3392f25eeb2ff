// `plan check`: corpus lint for CI. The work is in ./check-run.ts; this only declares the options.
import type { Register } from '../index.js'
import type { ReportArg } from './check-reports.js'

export const registerCheck: Register = (program, io, state) => {
  // --format and -o in the order given: each -o is the file of the --format just before it
  const reports: ReportArg[] = []
  const format = (value: string) => (reports.push({ format: value }), value)
  const output = (value: string) => (reports.push({ output: value }), value)
  program
    .command('check')
    .description('check documents for CI: unreadable files, missing metadata, tasks with no lead, bad or past dates, unknown bodies, duplicate numbers')
    .argument('[paths...]', 'files or folders (default: the working folder)')
    .option('-f, --format <format>', 'pretty, json, github, junit or sarif (default: pretty); repeat it for several reports in one run', format)
    .option('-o, --output-file <file>', 'write the report of the --format just before to FILE (atomically); with no --format before, the format of its extension (.sarif, .xml, .json)', output)
    .option('-c, --config <file>', 'the config to use for every file (default: for each file, the nearest plan.config.json at or above its folder)')
    .option('--ignore-pattern <glob>', 'skip the files matching GLOB (relative to the working folder; `!glob` takes back); repeatable', (v: string, prev: string[] = []) => [...prev, v])
    .option('--fix', 'mend the findings of unicode-normalised (NFC) and legacy-tone (hoá → hóa) in the files that have them (UTF-8 text and markdown), written atomically')
    .option('--baseline <file>', 'findings recorded in FILE are known: not reported, and do not fail the run; only new ones do')
    .option('--update-baseline', 'with --baseline, write FILE from the findings of this run')
    .option('--print-config <file>', 'print the configuration in force for FILE as JSON, and check nothing')
    .option('--as-of <date>', 'also report tasks overdue as of DATE (YYYY-MM-DD or DD/MM/YYYY, or "today")')
    .option('--max-warnings <n>', 'exit 1 when there are more than N warnings (-1: no limit, the default)')
    .option('-q, --quiet', 'report errors only; warnings are still counted for --max-warnings')
    .option('--init', 'write a starter plan.config.json that passes on these documents')
    .option('--force', 'replace an existing file: the config of --init, a report of -o')
    .option('--threads <n>', 'worker threads for a large corpus (default: up to 2)')
    .option('--color', 'colour the report even when not on a terminal')
    .option('--no-color', 'never colour the report')
    .action(async (operands: string[], flags) => {
      const [{ runCheck }, { VERSION }] = await Promise.all([import('./check-run.js'), import('../index.js')])
      const run = await runCheck(operands, { ...flags, reports }, io, VERSION)
      if (run.output) io.stdout.write(run.output)
      state.exitCode = run.exitCode
    })
}
