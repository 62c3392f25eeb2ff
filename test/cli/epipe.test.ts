// A reader that goes away (`plan tasks docs/ | head -1`) ends the run quietly with exit 0: real child processes of
// bin/plan.js (the built dist/), whose standard output is closed before they write. Slow: keep these few.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const BIN = path.join(ROOT, 'bin/plan.js')
const Q = ['fixtures/query/ke-hoach-a.json', 'fixtures/query/chi-thi-b.json']

/** Runs bin/plan.js with its standard output closed at once; resolves to its exit code and standard error. */
function withClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined } })
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stderr }))
  })
}

// spawns the CLI once per command and format (about 10 s): run with PLAN_E2E=1; npm test stays under a minute
const e2e = !!process.env.PLAN_E2E
describe.skipIf(!existsSync(path.join(ROOT, 'dist/cli/index.js')) || !e2e)(`a closed pipe${e2e ? ' (needs `npm run build`)' : ' (skipped: set PLAN_E2E=1 to run it)'}`, () => {
  it('each command, in several formats, ends with exit 0 and nothing on stderr', async () => {
    const runs: string[][] = [
      ['tasks', ...Q],
      ['overdue', ...Q, '--as-of', '2014-01-01', '--format', 'jsonl'],
      ['agencies', ...Q, '--format', 'md'],
      ['parse', 'fixtures/party-plan-numbering.txt', '--format', 'json'],
      ['check', 'fixtures/check/pass', '--format', 'sarif'],
      ['deadline', 'quý IV-2013'],
    ]
    const results = await Promise.all(runs.map(withClosedStdout))
    results.forEach((r, i) => expect(r, runs[i].join(' ')).toEqual({ code: 0, stderr: '' }))
  })

  it('as in a shell: `plan parse fixtures/*.txt --format jsonl | head -c 1` exits 0 (set -o pipefail)', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" bin/plan.js parse fixtures/*.txt --format jsonl | head -c 1 >/dev/null`], { cwd: ROOT, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  })
})
