// One scratch folder for a run of the suite, under the system's temporary folder: os.tmpdir() in every test (and so
// every mkdtempSync(path.join(tmpdir(), …))) and in every `plan` the tests spawn points into it, and it is removed when
// the run ends, whatever the tests did or skipped. Without it each run left a few hundred folders in /tmp.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export default function setup(): () => void {
  const origin = tmpdir()
  const root = mkdtempSync(path.join(origin, 'plan-test-'))
  process.env.TMPDIR = root
  return () => {
    process.env.TMPDIR = origin
    rmSync(root, { recursive: true, force: true, maxRetries: 3 })
  }
}
