// The command line: builds the commander program, runs one command, and turns every failure into an exit code.
import { Command, CommanderError } from 'commander'
import { EXIT, processIo, UserError, type Io } from './io.js'
import { registerParse } from './commands/parse.js'
import { registerSchema } from './commands/schema.js'
import { registerDeadline } from './commands/deadline.js'
import { registerQueries } from './commands/queries.js'
import { registerCheck } from './commands/check.js'
import { registerRules } from './commands/rules.js'
import { registerReport } from './commands/report.js'
import { safeLines, safeText } from '../shared/sanitize.js'
import { LIMITS } from '../core/read/types.js'
import { sizeOption } from './commands/options.js'

export const VERSION = '0.1.0'

/** What a command's action sets: the exit code of the whole run. */
export interface RunState {
  exitCode: number
}

export type Register = (program: Command, io: Io, state: RunState) => void

export async function main(argv: string[], given: Io = processIo()): Promise<number> {
  // a copy: --max-size sets its maxBytes before the command runs
  const io: Io = { ...given }
  const state: RunState = { exitCode: EXIT.ok }
  const program = new Command()
  program
    .name('plan')
    .description('Vietnamese directive documents (Kế hoạch, Kết luận, Chỉ thị…) to typed JSON, and the questions asked of them')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // one prefix for every error, commander's usage errors too: "plan: unknown option '--frmat'"
      outputError: (s, write) => write(safeLines(s.replace(/^error: /, 'plan: '))),
    })
    .showSuggestionAfterError(true)
    .option('--max-size <size>', `the largest input file read, as 64M, 500K or 2G (default ${LIMITS.maxFileBytes / 1024 / 1024}M); larger files are refused unread`)
    .configureHelp({ showGlobalOptions: true })
    .hook('preAction', () => {
      const size = program.opts<{ maxSize?: string }>().maxSize
      if (size !== undefined) io.maxBytes = sizeOption(size)
    })
  for (const register of [registerParse, registerSchema, registerDeadline, registerQueries, registerReport, registerCheck, registerRules] as Register[]) {
    register(program, io, state)
  }
  for (const cmd of program.commands) cmd.exitOverride()
  try {
    await program.parseAsync(argv, { from: 'user' })
    return state.exitCode
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version end with code 0; usage errors are the tool failing to run: 2
      return e.exitCode === 0 ? EXIT.ok : EXIT.failure
    }
    if (e instanceof UserError) {
      // a message may quote a file name or a value given: one line, no control character reaches the terminal
      io.stderr.write(`plan: ${safeText(e.message)}\n`)
      return e.exitCode
    }
    const msg = e instanceof Error ? e.message : String(e)
    io.stderr.write(`plan: internal error: ${safeText(msg.split('\n')[0])}\n`)
    return EXIT.failure
  }
}
