// `plan tasks --chu-tri L` on the seed documents returns the gold tasks led by L and none the gold gives another lead.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { normKey } from '../../src/core/contract/text.js'
import { ROOT, run } from './queries-io.js'

const CORPUS = path.resolve(ROOT, '../shared/corpus')
const GOLD = path.join(CORPUS, 'gold')
const present = existsSync(GOLD) && existsSync(path.join(CORPUS, 'seeds'))

type GoldTask = { anchor: string; lead?: string[] }
type Gold = { doc: string; tasks: GoldTask[] }
const golds: Gold[] = present ? readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(path.join(GOLD, f), 'utf8'))) : []

describe.skipIf(!present)(`plan tasks --chu-tri on the seeds (../shared/corpus)${present ? '' : ' (skipped: ../shared is absent)'}`, () => {
  for (const gold of golds) {
    const leads = [...new Set(gold.tasks.flatMap((t) => t.lead ?? []))]
    for (const lead of leads) {
      it(`${gold.doc}: --chu-tri "${lead}"`, async () => {
        const r = await run(['tasks', path.join('../shared/corpus/seeds', gold.doc), '--chu-tri', lead, '--format', 'json'], { cwd: ROOT })
        expect(r.stderr).toBe('')
        const texts: string[] = JSON.parse(r.stdout).map((row: { text: string }) => normKey(row.text))
        const has = (t: GoldTask) => texts.some((x) => x.includes(normKey(t.anchor)))
        const missing = gold.tasks.filter((t) => t.lead?.includes(lead) && !has(t)).map((t) => t.anchor)
        const foreign = gold.tasks.filter((t) => t.lead && !t.lead.includes(lead) && has(t)).map((t) => `${t.anchor} (${t.lead!.join('; ')})`)
        expect({ missing, foreign }).toEqual({ missing: [], foreign: [] })
      })
    }
  }
})

describe.skipIf(!present)(`plan overdue on the seed 001 as of 2013-12-31${present ? '' : ' (skipped: ../shared is absent)'}`, () => {
  const gold = golds.find((g) => g.doc.startsWith('001_'))
  it.skipIf(!gold)('the task due 2013-11-30 is overdue, those due 2013-12-31 are due that day, the one due 2014-09-30 is not listed', async () => {
    const r = await run(['overdue', path.join('../shared/corpus/seeds', gold!.doc), '--as-of', '2013-12-31', '--format', 'json'], { cwd: ROOT })
    expect(r.stderr).toBe('')
    const rows: Array<{ text: string; status: string; daysLeft: number | null; daysOverdue: number }> = JSON.parse(r.stdout)
    const of = (anchor: string) => rows.find((x) => normKey(x.text).includes(normKey(anchor)))
    const due = (d: string) => (gold!.tasks as Array<GoldTask & { deadline?: string | null }>).filter((t) => t.deadline === d).map((t) => t.anchor)
    expect(due('2013-11-30').length).toBeGreaterThan(0)
    for (const a of due('2013-11-30')) expect(of(a), a).toMatchObject({ status: 'overdue', daysOverdue: 31 })
    for (const a of due('2013-12-31')) expect(of(a), a).toMatchObject({ status: 'not-yet-due', daysLeft: 0 })
    for (const a of due('2014-09-30')) expect(of(a), a).toBeUndefined()
  })
})
