// A fake Io for running `plan check` in-process: collected output, a fixed today, a chosen working folder.
import type { Io } from '../../src/cli/io.js'

export interface FakeIo extends Io {
  out(): string
  err(): string
}

export function fakeIo(cwd: string, opts: { stderrTTY?: boolean } = {}): FakeIo {
  let out = ''
  let err = ''
  return {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s), isTTY: opts.stderrTTY ?? false },
    readStdin: async () => Buffer.alloc(0),
    cwd,
    env: {},
    today: () => '2024-07-01',
    out: () => out,
    err: () => err,
  }
}
