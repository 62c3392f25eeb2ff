// `plan overdue --by agency` and `plan agencies` count each body under the one key (agencyKey): the same bodies, the same counts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyAll, NO_LEAD, summarize, TOTAL } from '../../src/query/overdue.js'
import type { TaskRow } from '../../src/query/rows.js'
import { ROOT, run } from '../cli/queries-io.js'

const row = (id: string, deadline: string | null, lead: string[]): TaskRow => ({
  file: 'x.txt', line: 3, column: 1, id, text: 'Kiểm tra', lead, coordinators: [], deadline, deadlineText: null, recurrence: null, kind: 'ke-hoach', document: null,
})

describe('summarize by agency groups by agencyKey', () => {
  const rows = classifyAll(
    [
      row('a', '2013-10-31', ['Văn phòng Chính phủ']),
      row('b', '2013-11-30', ['Văn phòng Chính phú']),
      row('c', '2014-06-30', ['các cấp ủy, tổ chức Đảng']),
      row('d', '2013-11-30', ['các cấp ủy, tổ chức đảng', 'Các cấp ủy, tổ chức đảng']),
      row('e', null, []),
    ],
    '2013-12-31',
  )

  it('spellings of one body (case, a tone typo) are one group, counted once per task', () => {
    const s = summarize(rows, 'agency')
    expect(s.map((r) => [r.group, r.total, r.overdue])).toEqual([
      ['Văn phòng Chính phủ', 2, 2],
      ['các cấp ủy, tổ chức Đảng', 2, 1],
      [NO_LEAD, 1, 0],
      [TOTAL, 5, 3],
    ])
  })

  it('the groups take the names the bodies are listed under', () => {
    const bodies = [{ key: 'van phong chinh phu', name: 'Văn phòng Chính phủ (VPCP)' }]
    expect(summarize(rows, 'agency', bodies)[0].group).toBe('Văn phòng Chính phủ (VPCP)')
  })
})

// The fixtures' saved documents (their expected JSON), and a copy of one whose leads are spelt the ways real documents
// spell them: a capital in a collective's name, the old tone placement, a tone typo.
const FIXTURES = ['conclusion-notice', 'flattened-table', 'inline-labels', 'party-plan-numbering', 'state-plan-table']
const RESPELT: Record<string, string> = {
  'Ban cán sự đảng Ủy ban nhân dân tỉnh': 'Ban cán sự Đảng Ủy ban nhân dân tỉnh',
  'Ban Tuyên giáo Tỉnh ủy': 'Ban Tuyên giáo Tỉnh uỷ',
  'Ban Tổ chức Tỉnh ủy': 'Ban Tổ chức Tỉnh ũy',
}

describe('plan overdue --by agency and plan agencies agree body by body', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-by-agency-'))
  const inputs = FIXTURES.map((f) => path.join(ROOT, 'fixtures', `${f}.json`))
  const doc = JSON.parse(readFileSync(inputs[0], 'utf8'))
  doc.file = 'respelt.txt'
  for (const t of doc.tasks) {
    t.id += '-respelt'
    for (const r of t.lead) if (RESPELT[r.name]) r.name = r.text = RESPELT[r.name]
  }
  writeFileSync(path.join(dir, 'respelt.json'), JSON.stringify(doc))
  inputs.push(path.join(dir, 'respelt.json'))

  it('every body has the same lead and overdue counts in both', async () => {
    const json = async (argv: string[]) => {
      const r = await run([...argv, ...inputs, '--as-of', '2024-09-15', '-f', 'json'])
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      return JSON.parse(r.stdout)
    }
    const summary: Array<{ group: string; total: number; overdue: number }> = await json(['overdue', '--by', 'agency'])
    const agencies: Array<{ name: string; leads: number; overdueLeads: number }> = await json(['agencies'])
    const groups = summary.filter((r) => r.group !== TOTAL && r.group !== NO_LEAD)
    const byOverdue = Object.fromEntries(groups.map((r) => [r.group, { leads: r.total, overdue: r.overdue }]))
    const byAgencies = Object.fromEntries(agencies.filter((a) => a.leads > 0).map((a) => [a.name, { leads: a.leads, overdue: a.overdueLeads }]))
    expect(groups.length).toBe(Object.keys(byOverdue).length)
    expect(byOverdue).toEqual(byAgencies)
    // each respelt lead is counted with its body, not as a body of its own
    expect(byOverdue['Ban Tổ chức Tỉnh ủy']).toEqual({ leads: 4, overdue: 2 })
    for (const name of Object.values(RESPELT)) expect(byOverdue[name], name).toBeUndefined()
  })
})
