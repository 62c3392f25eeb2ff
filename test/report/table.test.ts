import { describe, expect, it } from 'vitest'
import { renderTable } from '../../src/report/table.js'
import type { Report } from '../../src/report/types.js'
import { displayWidth } from '../../src/report/width.js'

type R = { where: string; lead: string; text: string; n: number }
const rows: R[] = [
  { where: 'a.txt:14:1', lead: 'Ban Tổ chức Tỉnh ủy', text: 'Chủ trì phối hợp với Sở Nội vụ xây dựng đề án sắp xếp tổ chức bộ máy, trình Ban Thường vụ Tỉnh ủy trước tháng 12-2013.', n: 3 },
  { where: 'b.txt:2:1', lead: 'Sở Nội vụ', text: 'Kiểm tra', n: 12 },
]
const report: Report<R> = {
  records: rows,
  columns: [{ key: 'where' }, { key: 'lead', tint: () => 'cyan' }, { key: 'n', align: 'right' }, { key: 'text', header: 'task', flex: true }],
  footer: '2 tasks',
}
// eslint-disable-next-line no-control-regex
const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '')

describe('table format', () => {
  it('aligns columns by display width, Vietnamese marks taking no column', () => {
    const out = renderTable(report, { color: 0, width: 200 })
    const lines = out.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^where\s+lead\s+n\s+task$/)
    const col = (l: string, word: string) => displayWidth(l.slice(0, l.indexOf(word)))
    expect(col(lines[1], 'Ban Tổ')).toBe(col(lines[2], 'Sở Nội'))
    expect(col(lines[1], 'Chủ trì')).toBe(col(lines[2], 'Kiểm tra'))
    expect(lines[1]).toContain(rows[0].text)
    expect(lines[lines.length - 1]).toBe('2 tasks')
  })

  it('right-aligns numbers', () => {
    const lines = renderTable(report, { color: 0, width: 200 }).split('\n')
    expect(lines[1].indexOf(' 3  ') + 2).toBe(lines[2].indexOf('12  ') + 2)
  })

  it('fits the terminal width by cutting the task text with …', () => {
    for (const width of [60, 80]) {
      const lines = renderTable(report, { color: 0, width }).split('\n').filter(Boolean)
      for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width)
      expect(lines[1].endsWith('…')).toBe(true)
    }
  })

  it('colours only when asked, and the colour does not change the layout', () => {
    const plain = renderTable(report, { color: 0, width: 80 })
    const coloured = renderTable(report, { color: 1, width: 80 })
    expect(plain).not.toMatch(/\u001b\[/)
    expect(coloured).toMatch(/\u001b\[36mBan Tổ chức Tỉnh ủy/)
    expect(strip(coloured)).toBe(plain)
  })

  it('on a very narrow terminal the body columns give way before the task text goes under its minimum', () => {
    const wide: Report<R> = { ...report, records: [{ ...rows[0], lead: 'Ban cán sự đảng Ủy ban nhân dân tỉnh Bến Lạc' }], columns: report.columns.map((c) => (c.key === 'lead' ? { ...c, max: 40 } : c)) }
    const lines = renderTable(wide, { color: 0, width: 60 }).split('\n').filter(Boolean)
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(60)
    expect(lines[1]).toMatch(/Ban cán sự.*…/)
  })

  it('a long path column gives way from its start, before the body names do', () => {
    const r: Report<R> = {
      ...report,
      records: [{ ...rows[0], where: '../shared/corpus/real/hrmaster-0620de5c61a4.txt:219:25' }],
      columns: report.columns.map((c) => (c.key === 'where' ? { ...c, max: 60, cut: 'start' as const } : c.key === 'lead' ? { ...c, max: 40 } : c)),
    }
    const line = renderTable(r, { color: 0, width: 80 }).split('\n')[1]
    expect(displayWidth(line)).toBeLessThanOrEqual(80)
    expect(line).toMatch(/^…[^ ]*hrmaster-0620de5c61a4\.txt:219:25 +Ban Tổ chức Tỉnh ủy /)
  })
})
