// `plan check` tests run in the folder they name, on 2024-07-01.
import { fakeIo as base, type FakeIo } from '../fake-io.js'

export type { FakeIo }

export function fakeIo(cwd: string, opts: { stderrTTY?: boolean } = {}): FakeIo {
  return base({ cwd, stderrTTY: opts.stderrTTY, today: '2024-07-01' })
}
