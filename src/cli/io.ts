// What a command may touch of the outside world, passed in so tests run commands in-process.
import { isatty } from 'node:tty'
import { EXIT } from '../shared/errors.js'
import { FileReadError } from '../shared/files.js'

export { EXIT, UserError } from '../shared/errors.js'

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number; hasColors?(env?: object): boolean }
  stderr: { write(s: string): unknown; isTTY?: boolean }
  /** Whether standard input is a terminal (a command that would read it then prints its usage instead of waiting). */
  stdinIsTTY?: boolean
  /**
   * Reads all of standard input (only called when a command is given `-`); given `maxBytes`, stops reading past it
   * and rejects with a FileReadError 'too-large', so /dev/zero on standard input ends.
   */
  readStdin(maxBytes?: number): Promise<Buffer>
  /** Standard input as it arrives, for input read as a stream (saved JSON Lines); absent: readStdin, in one piece. */
  stdinChunks?(): AsyncIterable<Buffer>
  cwd: string
  env: Record<string, string | undefined>
  /** The largest input read, in bytes (`--max-size`); the reader's LIMITS.maxFileBytes when absent. */
  maxBytes?: number
  /** "Today" for date arithmetic; YYYY-MM-DD. Tests fix it; the default is the date in Asia/Ho_Chi_Minh. */
  today(): string
}


/**
 * The current date in Vietnam, whatever the machine's zone. Vietnam keeps UTC+7 all year (no summer time since 1975),
 * so the date is read off a fixed offset: asking ICU for the Asia/Ho_Chi_Minh zone costs tens of milliseconds at start-up.
 */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
}

export function processIo(): Io {
  quietOnClosedPipe(process.stdout)
  quietOnClosedPipe(process.stderr)
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async (maxBytes = Infinity) => {
      const chunks: Buffer[] = []
      let total = 0
      for await (const c of process.stdin) {
        total += (c as Buffer).length
        if (total > maxBytes) {
          process.stdin.destroy()
          throw new FileReadError('too-large', 'too large', total)
        }
        chunks.push(c as Buffer)
      }
      return Buffer.concat(chunks)
    },
    stdinChunks: () => process.stdin,
    // asked of the descriptor: touching process.stdin would open the stream
    stdinIsTTY: isatty(0),
    cwd: process.cwd(),
    env: process.env,
    today: () => todayInVietnam(),
  }
}

const guarded = new WeakSet<NodeJS.EventEmitter>()

/**
 * A reader that went away (`plan tasks docs/ | head -1`) ends the run quietly with exit 0, as `git log | head` does:
 * there is no one left to tell. Node ignores SIGPIPE, so the closed pipe arrives as an EPIPE 'error' on the stream,
 * which would otherwise be an unhandled error with a stack trace and exit 1.
 */
export function quietOnClosedPipe(stream: NodeJS.EventEmitter, exit: (code: number) => void = (code) => process.exit(code)): void {
  if (guarded.has(stream)) return
  guarded.add(stream)
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') exit(EXIT.ok)
    else throw e
  })
}
