// `plan check`: corpus lint for CI. The work is in ./check-run.ts; this only declares the options.
import type { Register } from '../index.js'

export const registerCheck: Register = (program, io, state) => {
  program
    .command('check')
    .description('check documents for CI: unreadable files, missing metadata, tasks with no lead, bad or past dates, unknown bodies, duplicate numbers')
    .argument('[paths...]', 'files or folders (default: the working folder)')
    .option('-f, --format <format>', 'pretty, json, github, junit or sarif', 'pretty')
    .option('-c, --config <file>', 'the config to use (default: the nearest plan.config.json at or above the working folder)')
    .option('--as-of <date>', 'also report tasks overdue as of DATE (YYYY-MM-DD or DD/MM/YYYY, or "today")')
    .option('--max-warnings <n>', 'exit 1 when there are more than N warnings (-1: no limit, the default)')
    .option('-q, --quiet', 'report errors only; warnings are still counted for --max-warnings')
    .option('--init', 'write a starter plan.config.json that passes on these documents')
    .option('--force', 'with --init, replace an existing config')
    .option('--threads <n>', 'worker threads for a large corpus (default: up to 2)')
    .option('--color', 'colour the report even when not on a terminal')
    .option('--no-color', 'never colour the report')
    .action(async (operands: string[], flags) => {
      const [{ runCheck }, { VERSION }] = await Promise.all([import('./check-run.js'), import('../index.js')])
      const run = await runCheck(operands, flags, io, VERSION)
      io.stdout.write(run.output)
      state.exitCode = run.exitCode
    })
}
