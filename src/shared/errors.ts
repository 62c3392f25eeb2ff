// The exit codes and the one-line error every layer may raise (config, check, query, commands).

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** findings: overdue tasks with --fail-on-overdue, check errors */
  findings: 1,
  /** the tool could not do its job: bad usage, bad config, unreadable input */
  failure: 2,
} as const

/** A one-line error that names where it came from; never a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message)
  }
}
