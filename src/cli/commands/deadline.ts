// `plan deadline PHRASE…`: how each time phrase is read (the same code the parser uses).
import type { Register } from '../index.js'

export const registerDeadline: Register = (program, io, state) => {
  program
    .command('deadline')
    .description('show how each Vietnamese time phrase is read: start, end, recurrence')
    .argument('[phrases...]', 'phrases; with none, one phrase a line from standard input')
    .option('--today <date>', 'the date relative phrases are read against (YYYY-MM-DD); default: today in Vietnam')
    .option('--format <format>', 'text or json', 'text')
    .action(async () => {
      io.stderr.write('plan deadline: not built yet\n')
      state.exitCode = 2
    })
}
