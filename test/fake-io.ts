// The one fake Io of the test suite: commands run in-process with collected output, a fixed today and a chosen folder.
import { main } from '../src/cli/index.js'
import type { Io } from '../src/cli/io.js'

export interface FakeIo extends Io {
  out(): string
  err(): string
}

export interface FakeIoOptions {
  cwd?: string
  stdin?: string | Buffer
  env?: Record<string, string>
  tty?: boolean
  stderrTTY?: boolean
  columns?: number
  today?: string
}

export function fakeIo(opts: FakeIoOptions = {}): FakeIo {
  let out = ''
  let err = ''
  return {
    stdout: { write: (s: string) => (out += s), isTTY: opts.tty ?? false, columns: opts.columns },
    stderr: { write: (s: string) => (err += s), isTTY: opts.stderrTTY ?? false },
    readStdin: async () => (Buffer.isBuffer(opts.stdin) ? opts.stdin : Buffer.from(opts.stdin ?? '', 'utf8')),
    cwd: opts.cwd ?? process.cwd(),
    env: opts.env ?? {},
    today: () => opts.today ?? '2024-07-01',
    out: () => out,
    err: () => err,
  }
}

export interface Run {
  code: number
  stdout: string
  stderr: string
}

export async function run(argv: string[], opts: FakeIoOptions = {}): Promise<Run> {
  const io = fakeIo(opts)
  const code = await main(argv, io)
  return { code, stdout: io.out(), stderr: io.err() }
}
