// --chu-tri / --agency with abbreviations, in process over the saved documents of fixtures/query (all Tỉnh ủy bodies, none central).
import { describe, expect, it } from 'vitest'
import { filterTasks } from '../../src/query/filter.js'
import { agencyKey } from '../../src/query/names.js'
import { taskRows } from '../../src/query/rows.js'
import { run } from '../cli/queries-io.js'
import { fixtureDocs } from './docs.js'

const FILES = ['ke-hoach-a.json', 'chi-thi-b.json']
const ids = async (...args: string[]) => {
  const r = await run(['tasks', ...FILES, '-f', 'json', ...args])
  expect(r.stderr, args.join(' ')).toBe('')
  return (JSON.parse(r.stdout) as Array<{ id: string }>).map((t) => t.id)
}

describe('agency queries: TU is Tỉnh ủy, TW is Trung ương, whatever the case', () => {
  const rows = taskRows(fixtureDocs())

  it('filterTasks: glued and spaced Tỉnh ủy abbreviations find the Tỉnh ủy body, in either case', () => {
    for (const q of ['BTCTU', 'btctu', 'BTC TU', 'btc tu', 'ban to chuc tu', 'Ban Tổ chức Tỉnh ủy']) {
      expect(filterTasks(rows, { lead: [q] }).map((r) => r.id), q).toEqual(['kh-a-1', 'kh-a-2', 'ct-b-1'])
    }
    for (const q of ['VPTU', 'vptu', 'VP TU']) expect(filterTasks(rows, { agency: [q] }).map((r) => r.id), q).toEqual(['kh-a-4'])
  })

  it('filterTasks: a Trung ương abbreviation never finds the Tỉnh ủy body', () => {
    for (const q of ['BTCTW', 'btctw', 'BTCTƯ', 'VPTW', 'vptw']) expect(filterTasks(rows, { agency: [q] }), q).toEqual([])
    expect(agencyKey('VPTU')).not.toBe(agencyKey('VPTW'))
  })

  it('plan tasks --chu-tri btctu / --agency VPTU answer as their spelt-out names', async () => {
    expect(await ids('--chu-tri', 'btctu')).toEqual(['kh-a-1', 'kh-a-2', 'ct-b-1'])
    expect(await ids('--chu-tri', 'BTCTU')).toEqual(['kh-a-1', 'kh-a-2', 'ct-b-1'])
    expect(await ids('--agency', 'VPTU')).toEqual(['kh-a-4'])
  })

  it('plan tasks --chu-tri BTCTW names no body of these Tỉnh ủy documents: exit 2', async () => {
    for (const q of ['BTCTW', 'btctw']) {
      const r = await run(['tasks', ...FILES, '--chu-tri', q])
      expect(r.code, q).toBe(2)
      expect(r.stderr, q).toContain(`no body matches "${q}"`)
    }
  })
})
