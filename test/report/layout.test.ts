// The query tables at 60, 100 and 160 columns with Vietnamese text: every line fits, dates and the task text are whole,
// the task text gets the slack, and a narrow terminal gets one block a record.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PlanDocument } from '../../src/core/contract/schema.js'
import { bodiesOf, classifyAll, summarize, taskRows } from '../../src/query/index.js'
import { renderTable } from '../../src/report/table.js'
import { isMachineName, overdueReport, placeText, summaryReport, tasksReport } from '../../src/report/views.js'
import { displayWidth } from '../../src/report/width.js'

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/query')
const docs: PlanDocument[] = ['ke-hoach-a.json', 'chi-thi-b.json'].map((f) => JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')))
const rows = taskRows(docs)
const words = (s: string) => s.split(/\s+/).filter(Boolean)

/** Each record's text in the column headed `header` (up to the next column), its wrapped lines joined. */
function column(out: string, header: string): string[] {
  const lines = out.split('\n')
  const head = lines[0]
  const at = widthBefore(head, header)
  const rest = head.slice(head.indexOf(header) + header.length).match(/\S/)
  const end = rest ? widthBefore(head, rest[0], head.indexOf(header) + header.length) : Infinity
  const records: string[] = []
  let cur: string[] = []
  for (const l of [...lines.slice(1), '']) {
    if (!l.trim()) {
      if (cur.length) records.push(cur.join(' '))
      cur = []
      continue
    }
    const cell = cells(l, at, end).trim()
    if (cell) cur.push(cell)
  }
  return records
}
const widthBefore = (line: string, word: string, from = 0) => displayWidth(line.slice(0, line.indexOf(word, from)))
/** The part of `line` from display column `from` up to `to`. */
function cells(line: string, from: number, to: number): string {
  let w = 0
  let out = ''
  for (const ch of line) {
    if (w >= from && w < to) out += ch
    w += displayWidth(ch)
  }
  return out
}

describe('the tasks table at 60, 100 and 160 columns', () => {
  for (const width of [60, 100, 160]) {
    it(`${width}: every line fits, each date is whole, no word of a task is lost`, () => {
      const out = renderTable(tasksReport(rows), { color: 0, width })
      for (const l of out.split('\n')) expect(displayWidth(l), l).toBeLessThanOrEqual(width)
      for (const r of rows) if (r.deadline) expect(out).toContain(r.deadline)
      // stacked (60) or in its column, each task's words in order
      const texts = width < 80 ? words(out).join(' ') : column(out, 'Nhiệm vụ').join('\n')
      for (const r of rows) expect(texts).toContain(words(r.text).join(' '))
      expect(out.trimEnd().endsWith('8 nhiệm vụ')).toBe(true)
    })
  }

  it('100: the task text gets the slack (at least 40 columns), and no task is cut', () => {
    const out = renderTable(tasksReport(rows), { color: 0, width: 100 })
    const header = out.split('\n')[0]
    expect(header).toMatch(/^Vị trí\s+Chủ trì\s+Thời hạn\s+Nhiệm vụ$/)
    expect(100 - widthBefore(header, 'Nhiệm vụ')).toBeGreaterThanOrEqual(40)
    expect(column(out, 'Nhiệm vụ')).toEqual(rows.map((r) => words(r.text).join(' ')))
    expect(out).not.toContain('…')
  })

  it('160: the coordinators have room too, and a body name is never cut', () => {
    const out = renderTable(tasksReport(rows), { color: 0, width: 160 })
    expect(out.split('\n')[0]).toMatch(/^Vị trí\s+Chủ trì\s+Phối hợp\s+Thời hạn\s+Nhiệm vụ$/)
    expect(column(out, 'Phối hợp')).toContain('Ban Tổ chức Tỉnh ủy; Sở Tài chính')
  })

  it('60: one block a record, its place and deadline first, then the lead and the text, indented', () => {
    const out = renderTable(tasksReport(rows), { color: 0, width: 60 })
    const first = out.split('\n\n')[0].split('\n')
    expect(first[0]).toBe('ke-hoach-a.txt:14:1  2013-11-30')
    expect(first[1]).toBe('  Chủ trì: Ban Tổ chức Tỉnh ủy')
    expect(first[2]).toBe('  Phối hợp: Sở Nội vụ')
    expect(first[3].startsWith('  Chủ trì phối hợp với Sở Nội vụ')).toBe(true)
  })

  it('a recurring task shows its recurrence in words', () => {
    expect(renderTable(tasksReport(rows), { color: 0, width: 160 })).toMatch(/ke-hoach-a\.txt:20:1\s+Văn phòng Tỉnh ủy\s+Ban Tổ chức Tỉnh ủy\s+thường xuyên\s+Thường xuyên theo dõi/)
  })
})

describe('a column that only repeats a filter', () => {
  const btc = rows.filter((r) => r.lead.includes('Ban Tổ chức Tỉnh ủy'))
  it('is left out of the view and said once in the footer', () => {
    const r = tasksReport(btc, { filtered: { lead: true } })
    expect(r.view!.map((c) => c.key)).toEqual(['where', 'coordinators', 'deadline', 'text'])
    expect(r.footer).toBe('3 nhiệm vụ · chủ trì: Ban Tổ chức Tỉnh ủy')
    expect(r.columns.map((c) => c.key)).toContain('lead')
    expect(overdueReport(classifyAll(btc, '2013-12-31'), '2013-12-31', { filtered: { lead: true }, lang: 'en' }).footer).toBe('1 overdue as of 2013-12-31, 3 listed · lead: Ban Tổ chức Tỉnh ủy')
  })
  it('stays when the rows differ in it, or when no filter was given', () => {
    expect(tasksReport(rows, { filtered: { lead: true } }).view!.map((c) => c.key)).toContain('lead')
    expect(tasksReport(btc).view!.map((c) => c.key)).toContain('lead')
  })
})

describe('the place of a task', () => {
  it('a machine-named file (a hash) is shown by its document number when it has one', () => {
    expect(isMachineName('../shared/corpus/real/hrmaster-0620de5c61a4.txt')).toBe(true)
    expect(isMachineName('seeds/001_1f8384c197785dba.txt')).toBe(true)
    expect(isMachineName('ke-hoach-a.txt')).toBe(false)
    expect(isMachineName('kh-15-2013.txt')).toBe(false)
    expect(isMachineName('decade.txt')).toBe(false)
    expect(placeText('real/hrmaster-0620de5c61a4.txt', '20/2026/NQ-CP', 73, 9)).toBe('20/2026/NQ-CP:73:9')
    expect(placeText('real/hrmaster-0620de5c61a4.txt', null, 73, 9)).toBe('real/hrmaster-0620de5c61a4.txt:73:9')
    expect(placeText('ke-hoach-a.txt', '15-KH/TU', 14, 1)).toBe('ke-hoach-a.txt:14:1')
    const hashed = taskRows([{ ...docs[0], file: '../corpus/real/hrmaster-0620de5c61a4.txt' }])
    const out = renderTable(tasksReport(hashed), { color: 0, width: 100 })
    expect(out).toMatch(/\n15-KH\/TU:14:1 +Ban Tổ chức/)
    expect(out).not.toContain('hrmaster')
  })
})

describe('overdue --by agency', () => {
  const summary = summaryReport(summarize(classifyAll(rows, '2013-12-31'), 'agency', bodiesOf(docs)), 'agency', '2013-12-31')
  it('fits in 80 columns, its headers wrapped at spaces, the numbers under them', () => {
    const out = renderTable(summary, { color: 0, width: 80 })
    const lines = out.split('\n')
    for (const l of lines) expect(displayWidth(l), l).toBeLessThanOrEqual(80)
    expect(out).toMatch(/\nBan Tổ chức Tỉnh ủy +3 +0 +0 +2 +1 +0\n/)
    expect(out).toMatch(/\nTổng cộng +8 +0 +0 +4 +2 +2\n/)
    expect(lines.slice(0, 3).join(' ')).toMatch(/Hoàn/)
  })
  it('and in 60', () => {
    for (const l of renderTable(summary, { color: 0, width: 60 }).split('\n')) expect(displayWidth(l), l).toBeLessThanOrEqual(60)
  })
})
