// A fake Io for running the query commands in-process: collected output, a fixed today, a chosen working folder.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { main } from '../../src/cli/index.js'
import type { Io } from '../../src/cli/io.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const FIXTURES = path.join(ROOT, 'fixtures/query')

export interface Run {
  code: number
  stdout: string
  stderr: string
}

export async function run(argv: string[], opts: { cwd?: string; stdin?: string; env?: Record<string, string>; tty?: boolean; columns?: number; today?: string } = {}): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty ?? false, columns: opts.columns },
    stderr: { write: (s: string) => (stderr += s) },
    readStdin: async () => Buffer.from(opts.stdin ?? '', 'utf8'),
    cwd: opts.cwd ?? FIXTURES,
    env: opts.env ?? {},
    today: () => opts.today ?? '2013-12-31',
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}
