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

  it('fits the terminal width by wrapping the task text, nothing of it lost', () => {
    for (const width of [60, 80]) {
      const lines = renderTable(report, { color: 0, width }).split('\n')
      for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width)
      const start = lines.findIndex((l) => l.includes('Chủ trì'))
      const at = lines[start].indexOf('Chủ trì')
      const wrapped = lines.slice(start, lines.findIndex((l, k) => k > start && !l.trim())).map((l) => l.slice(at).trim())
      expect(wrapped.length).toBeGreaterThan(1)
      expect(wrapped.join(' ')).toBe(rows[0].text)
      expect(lines.join('\n')).not.toContain('…')
    }
  })

  it('colours only when asked, and the colour does not change the layout', () => {
    const plain = renderTable(report, { color: 0, width: 80 })
    const coloured = renderTable(report, { color: 1, width: 80 })
    expect(plain).not.toMatch(/\u001b\[/)
    expect(coloured).toMatch(/\u001b\[36mBan Tổ chức Tỉnh ủy/)
    expect(strip(coloured)).toBe(plain)
  })

  it('on a narrow terminal a wrapping body column gives way (wraps) before the task text goes under its share', () => {
    const wide: Report<R> = { ...report, records: [{ ...rows[0], lead: 'Ban cán sự đảng Ủy ban nhân dân tỉnh Bến Lạc' }], columns: report.columns.map((c) => (c.key === 'lead' ? { ...c, max: 40, wrap: true } : c)) }
    const lines = renderTable(wide, { color: 0, width: 60 }).split('\n').filter(Boolean)
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(60)
    expect(lines[1]).toMatch(/^a\.txt:14:1 +Ban cán sự đảng/)
    // wrapped evenly: as few lines as the width allows, none left with a lone word
    expect(lines.slice(1, 4).map((l) => l.slice(12, 28).trim())).toEqual(['Ban cán sự đảng', 'Ủy ban nhân dân', 'tỉnh Bến Lạc'])
    expect(lines.join(' ')).not.toContain('…')
  })

  it('a long path loses its folders first, keeping its file name and line; on a narrower terminal the front of its name', () => {
    const r: Report<R> = {
      ...report,
      records: [{ ...rows[0], where: '../shared/corpus/real/hrmaster-0620de5c61a4.txt:219:25' }],
      columns: report.columns.map((c) => (c.key === 'where' ? { ...c, max: 60, cut: 'start' as const } : c.key === 'lead' ? { ...c, max: 40 } : c)),
    }
    const wide = renderTable(r, { color: 0, width: 100 }).split('\n')[1]
    expect(displayWidth(wide)).toBeLessThanOrEqual(100)
    expect(wide).toMatch(/^…[^ ]*\/hrmaster-0620de5c61a4\.txt:219:25 +Ban Tổ chức Tỉnh ủy /)
    const narrow = renderTable(r, { color: 0, width: 80 }).split('\n')[1]
    expect(displayWidth(narrow)).toBeLessThanOrEqual(80)
    expect(narrow).toMatch(/^…[a-z-]*0620de5c61a4\.txt:219:25 +Ban Tổ chức Tỉnh ủy /)
    expect(narrow).not.toContain('hrmaster')
  })

  it('a header wider than its numbers wraps at spaces, bottom-aligned, and a pipe (Infinity) gets one line a record', () => {
    type S = { group: string; a: number; b: number }
    const s: Report<S> = {
      records: [{ group: 'Ban Tổ chức Tỉnh ủy', a: 3, b: 12 }],
      columns: [{ key: 'group', header: 'Chủ trì', wrap: true }, { key: 'a', header: 'Hoàn thành đúng hạn', align: 'right' }, { key: 'b', header: 'Không có thời hạn', align: 'right' }],
    }
    const narrow = renderTable(s, { color: 0, width: 40 }).trimEnd().split('\n')
    for (const l of narrow) expect(displayWidth(l)).toBeLessThanOrEqual(40)
    expect(narrow[narrow.length - 2]).toMatch(/^Chủ trì\s+đúng hạn\s+thời hạn$/)
    expect(narrow[narrow.length - 1]).toMatch(/^Ban Tổ chức Tỉnh ủy\s+3\s+12$/)
    const piped = renderTable(s, { color: 0, width: Infinity }).trimEnd().split('\n')
    expect(piped).toHaveLength(2)
  })

  it('a terminal too narrow for the columns gets one block a record: short cells, then each body and the text, indented', () => {
    const r: Report<R> = { ...report, columns: report.columns.map((c) => (c.key === 'lead' ? { ...c, header: 'Chủ trì', wrap: true, max: 32 } : c)) }
    const out = renderTable(r, { color: 0, width: 30 })
    for (const l of out.split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(30)
    const blocks = out.trimEnd().split('\n\n')
    expect(blocks[0].split('\n')[0]).toBe('a.txt:14:1  n 3')
    expect(blocks[0]).toContain('\n  Chủ trì: Ban Tổ chức Tỉnh ủy\n  Chủ trì phối hợp với Sở Nội\n  vụ')
    expect(blocks[blocks.length - 1]).toBe('2 tasks')
  })
})
