// `plan tasks`, `plan overdue`, `plan agencies`: questions asked of parsed documents. This file declares the options; queries-run.ts does the I/O.
import type { Command } from 'commander'
import type { Register } from '../index.js'

/** a repeatable option; no default, so help does not print "(default: [])" */
const collect = (v: string, prev?: string[]) => [...(prev ?? []), v]

function inputsAndOutput(cmd: Command): Command {
  return cmd
    .argument('<files...>', 'files, folders (searched for .txt, .md, .docx, .doc, .pdf, .html), globs, - for standard input, or JSON saved by `plan parse`')
    .option('--encoding <name>', 'read text files in this encoding: utf8, tcvn3, vni or cp1258 (default: detected)')
    .option('-f, --format <format>', 'table, json, jsonl, csv, md, ics (tasks, overdue) or xlsx (default: table, or what --output ends in)')
    .option('--delimiter <char>', 'with csv: the field separator, e.g. ";" for Excel in a Vietnamese locale (default: ",")')
    .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output')
    .option('--force', 'with --output, replace an existing file')
    .option('--lang <lang>', 'headers and status words of table and md in vi (default) or en; JSON and CSV keys never change')
    .option('--color', 'colour the table even when not on a terminal (wins over NO_COLOR)')
    .option('--no-color', 'never colour the table')
    .option('--strict', 'check saved JSON against the full schema (default: a quick check of the fields the queries read)')
    .option('-j, --jobs <n>', 'worker threads parsing documents (default: one per core, when there are many files)')
}

function filters(cmd: Command): Command {
  return cmd
    .option('--chu-tri <name>', 'led by this body (repeat for either of several)', collect)
    .option('--lead <name>', 'the same as --chu-tri', collect)
    .option('--phoi-hop <name>', 'with this body among the coordinators', collect)
    .option('--coordinator <name>', 'the same as --phoi-hop', collect)
    .option('--agency <name>', 'this body leads or coordinates', collect)
    .option('--due-before <date>', 'deadline on or before DATE (YYYY-MM-DD or DD/MM/YYYY)')
    .option('--due-after <date>', 'deadline on or after DATE')
    .option('--no-deadline', 'only tasks without a deadline')
    .option('--kind <kind>', 'only documents of this kind (ke-hoach, ket-luan, chi-thi…)', collect)
    .option('--grep <text>', 'task text contains TEXT (case never matters; diacritics only when TEXT has some)', collect)
}

/** The calendar's reminder, for the commands that list tasks. */
function alarm(cmd: Command): Command {
  return cmd.option('--alarm <time>', 'with ics: a reminder this long before each deadline: 7d, 2w, 12h')
}

const STATUS_HELP = `
Status file (--status, --init-status):
  CSV (UTF-8, comma or semicolon) whose first line names the columns; only these are read:
    id     the task id, as in \`plan tasks --format json\`
    done   the day the task was done (YYYY-MM-DD or DD/MM/YYYY); empty while not done
    note   free text (optional)
  Other columns (the starter adds deadline, lead, file, line, text to help you) are ignored and kept.
  JSON works too: [{"id": "...", "done": "2013-12-02", "note": "..."}] or {"<id>": {"done": ..., "note": ...}}.
  \`plan overdue docs/ --init-status progress.csv\` writes a row per task; run it again after the documents
  change: rows already there are kept exactly as they are and only new task ids are appended.

Categories: done on time (hoàn thành đúng hạn), done late (hoàn thành quá hạn), not yet due (chưa đến hạn),
overdue (quá hạn), and no deadline. A deadline is inclusive: a task due on D is overdue from D+1.
`

export const registerQueries: Register = (program, io, state) => {
  alarm(filters(inputsAndOutput(program.command('tasks').description('list the tasks, filtered by lead, coordinator, deadline, kind or text')))).action(
    async (operands: string[], opts) => {
      const { runTasks } = await import('./queries-run.js')
      state.exitCode = await runTasks(operands, opts, io)
    },
  )
  alarm(filters(inputsAndOutput(program.command('overdue').description('where each task stands on a date: done on time, done late, not yet due, overdue'))))
    .option('--as-of <date>', 'the date to judge by (default: today in Vietnam)')
    .option('--status <file>', 'progress recorded so far: CSV or JSON with id, done (a date) and note')
    .option('--init-status <file>', 'write a starter status file with a row per task (existing rows are kept), then stop')
    .option('--by <group>', 'print the summary table per lead body (agency) or per file')
    .option('--all', 'list every task with its category, not only the overdue and those due that day')
    .option('--fail-on-overdue', 'exit 1 when any task is overdue (for CI)')
    .addHelpText('after', STATUS_HELP)
    .action(async (operands: string[], opts) => {
      const { runOverdue } = await import('./queries-run.js')
      state.exitCode = await runOverdue(operands, opts, io)
    })
  inputsAndOutput(program.command('agencies').description('every body in the input: canonical name, forms written, tasks led and coordinated, and how many are overdue'))
    .option('--as-of <date>', 'count overdue tasks as of DATE (default: today in Vietnam)')
    .option('--status <file>', 'progress file, as for `plan overdue`')
    .action(async (operands: string[], opts) => {
      const { runAgencies } = await import('./queries-run.js')
      state.exitCode = await runAgencies(operands, opts, io)
    })
}
