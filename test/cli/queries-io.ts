// A fake Io for running the query commands in-process: collected output, a fixed today, a chosen working folder.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { run as runIn, type FakeIoOptions, type Run } from '../fake-io.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const FIXTURES = path.join(ROOT, 'fixtures/query')

export type { Run } from '../fake-io.js'

export async function run(argv: string[], opts: FakeIoOptions = {}): Promise<Run> {
  return runIn(argv, { cwd: FIXTURES, today: '2013-12-31', ...opts })
}
