// Saved `plan parse` output is checked before it is believed (issue 12, smaller): a deadline that is not a date was
// accepted and counted as not yet due.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isIsoDate, PlanDocument } from '../../src/core/contract/schema.js'
import { loadDocument } from '../../src/cli/inputs.js'
import { fakeIo, run } from '../fake-io.js'

const SAVED = JSON.parse(readFileSync('fixtures/query/ke-hoach-a.json', 'utf8')) as PlanDocument
const withEnd = (end: string) => {
  const d = structuredClone(SAVED)
  const t = d.tasks.find((x) => x.deadline)!
  t.deadline!.end = end
  return d
}

describe('dates in saved JSON', () => {
  it('isIsoDate takes days of the calendar only', () => {
    for (const ok of ['2024-02-29', '2000-02-29', '2013-12-31', '0001-01-01']) expect(isIsoDate(ok), ok).toBe(true)
    for (const bad of ['abc', '2023-02-29', '1900-02-29', '2024-13-01', '2024-04-31', '2024-00-10', '2024-1-5', ' 2024-01-05', '2024-01-05T00:00']) expect(isIsoDate(bad), bad).toBe(false)
  })

  it('the schema refuses a deadline.end that is not a date, naming where it is', () => {
    expect(PlanDocument.safeParse(SAVED).success).toBe(true)
    for (const end of ['abc', '2024-02-30', '30/09/2024']) {
      const r = PlanDocument.safeParse(withEnd(end))
      expect(r.success, end).toBe(false)
      expect(r.error!.issues[0].path.slice(-2)).toEqual(['deadline', 'end'])
    }
  })

  it('a saved file with one is one error naming the file and the field', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-saved-'))
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify(withEnd('abc')))
    const r = await loadDocument('bad.json', fakeIo({ cwd: dir }))
    expect(r).toEqual({ file: 'bad.json', message: expect.stringMatching(/^not a saved `plan parse` document: expected a date YYYY-MM-DD \(at tasks\.\d+\.deadline\.end\)$/) })
  })
})

describe('plan overdue on a saved file with a deadline that is not a date', () => {
  for (const strict of [false, true]) {
    it(strict ? 'with --strict' : 'with the quick check', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'plan-saved-'))
      writeFileSync(path.join(dir, 'bad.json'), JSON.stringify(withEnd('abc')))
      writeFileSync(path.join(dir, 'bad.jsonl'), JSON.stringify(SAVED) + '\n' + JSON.stringify(withEnd('2024-02-30')) + '\n')
      for (const file of ['bad.json', 'bad.jsonl']) {
        const r = await run(['overdue', file, '--all', '--format', 'json', ...(strict ? ['--strict'] : [])], { cwd: dir, today: '2013-12-31' })
        expect(r.code, file).toBe(2)
        expect(r.stderr, file).toMatch(new RegExp(`^plan: ${file.replace('.', '\\.')}(:\\d+)?: not a saved \`plan parse\` document: .*\\(at tasks\\.\\d+\\.deadline\\.end\\)\\n$`))
      }
    })
  }
})
