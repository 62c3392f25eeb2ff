// What a command may touch of the outside world, passed in so tests run commands in-process.

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number }
  stderr: { write(s: string): unknown; isTTY?: boolean }
  /** Reads all of standard input (only called when a command is given `-`). */
  readStdin(): Promise<Buffer>
  cwd: string
  env: Record<string, string | undefined>
  /** "Today" for date arithmetic; YYYY-MM-DD. Tests fix it; the default is the date in Asia/Ho_Chi_Minh. */
  today(): string
}

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** findings: overdue tasks with --fail-on-overdue, check errors */
  findings: 1,
  /** the tool could not do its job: bad usage, bad config, unreadable input */
  failure: 2,
} as const

/** The current date in Vietnam, whatever the machine's zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const c of process.stdin) chunks.push(c as Buffer)
      return Buffer.concat(chunks)
    },
    cwd: process.cwd(),
    env: process.env,
    today: () => todayInVietnam(),
  }
}

/** A one-line error that names where it came from; never a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message)
  }
}
