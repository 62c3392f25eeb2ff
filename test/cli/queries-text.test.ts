// End to end over a plain-text plan written for these tests (fixtures/query/ke-hoach-mau.txt): needs the parser.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES, run } from './queries-io.js'

const FILE = 'ke-hoach-mau.txt'
const lines = readFileSync(path.join(FIXTURES, FILE), 'utf8').split('\n')
/** the 1-based line of the fixture that holds `anchor` */
const lineOf = (anchor: string) => lines.findIndex((l) => l.includes(anchor)) + 1

type Row = { id: string; text: string; file: string; line: number; lead: string[]; coordinators: string[]; deadline: string | null; status?: string; daysOverdue?: number; daysLeft?: number | null }
const json = async (argv: string[], opts = {}): Promise<Row[]> => {
  const r = await run([...argv, '--format', 'json'], opts)
  expect(r.stderr).toBe('')
  return JSON.parse(r.stdout)
}
const find = (rows: Row[], anchor: string) => rows.find((r) => r.text.includes(anchor))

const BTC = ['sắp xếp bộ máy cơ quan tham mưu', 'bí thư chi bộ kiêm trưởng ấp', 'quy định về tổ chức đảng dưới cấp xã']

describe('plan tasks on a text document', () => {
  it('--chu-tri finds the tasks under the heading that names the body, and only those, with the line each is on', async () => {
    for (const q of ['Ban Tổ chức Tỉnh ủy', 'ban to chuc tinh uy', 'BAN TỔ CHỨC TỈNH UỶ']) {
      const rows = await json(['tasks', FILE, '--chu-tri', q])
      for (const a of BTC) expect(find(rows, a), `${q}: ${a}`).toMatchObject({ file: FILE, line: lineOf(a), lead: ['Ban Tổ chức Tỉnh ủy'] })
      expect(rows.every((r) => r.lead.includes('Ban Tổ chức Tỉnh ủy')), q).toBe(true)
      expect(find(rows, 'theo dõi, đôn đốc'), 'coordinated, not led').toBeUndefined()
    }
  })

  it('--phoi-hop finds the task the body coordinates; --agency both', async () => {
    const co = await json(['tasks', FILE, '--phoi-hop', 'Ban Tổ chức Tỉnh ủy'])
    expect(co.map((r) => r.text).some((t) => t.includes('theo dõi, đôn đốc'))).toBe(true)
    const any = await json(['tasks', FILE, '--agency', 'Ban Tổ chức Tỉnh ủy'])
    for (const a of [...BTC, 'theo dõi, đôn đốc']) expect(find(any, a), a).toBeDefined()
  })

  it('reads the document from standard input', async () => {
    const rows = await json(['tasks', '-', '--chu-tri', 'Ban Tuyên giáo Tỉnh ủy'], { stdin: lines.join('\n') })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ file: '<stdin>', line: lineOf('tuyên truyền sâu rộng') })
  })
})

describe('plan overdue on a text document', () => {
  it('as of 2013-12-31: due 2013-11-30 is overdue 31 days, due 2013-12-31 is due that day, due 2014-09-30 is not listed', async () => {
    const rows = await json(['overdue', FILE, '--as-of', '2013-12-31'])
    expect(find(rows, BTC[0])).toMatchObject({ deadline: '2013-11-30', status: 'overdue', daysOverdue: 31 })
    expect(find(rows, BTC[1])).toMatchObject({ deadline: '2013-12-31', status: 'not-yet-due', daysLeft: 0 })
    expect(find(rows, 'bố trí kinh phí')).toMatchObject({ deadline: '2013-12-31', status: 'not-yet-due', daysLeft: 0 })
    expect(find(rows, 'tuyên truyền sâu rộng')).toMatchObject({ deadline: '2013-09-30', status: 'overdue', daysOverdue: 92 })
    expect(find(rows, BTC[2])).toBeUndefined()
  })
})
