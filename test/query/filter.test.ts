import { describe, expect, it } from 'vitest'
import { filterTasks, textMatcher, unknownAgencies } from '../../src/query/filter.js'
import { taskRows } from '../../src/query/rows.js'
import { fixtureDocs } from './docs.js'

const docs = fixtureDocs()
const rows = taskRows(docs)
const ids = (f: Parameters<typeof filterTasks>[1]) => filterTasks(rows, f).map((r) => r.id)

describe('filterTasks', () => {
  it('with no filter keeps every task, each with its file, line and column', () => {
    expect(filterTasks(rows, {})).toHaveLength(8)
    expect(rows[0]).toMatchObject({ file: 'ke-hoach-a.txt', line: 14, column: 1, id: 'kh-a-1' })
  })

  it('--chu-tri matches the lead whatever the case, diacritics, tone placement or abbreviation', () => {
    const expected = ['kh-a-1', 'kh-a-2', 'ct-b-1']
    for (const q of ['Ban Tổ chức Tỉnh ủy', 'ban to chuc tinh uy', 'BAN TỔ CHỨC TỈNH UỶ', 'BTC Tỉnh ủy', 'ban tổ chức tỉnh uỷ']) expect(ids({ lead: [q] }), q).toEqual(expected)
  })

  it('--chu-tri does not return tasks the body only coordinates', () => {
    const found = filterTasks(rows, { lead: ['Ban Tổ chức Tỉnh ủy'] })
    expect(found.every((r) => r.lead.includes('Ban Tổ chức Tỉnh ủy'))).toBe(true)
    expect(found.map((r) => r.id)).not.toContain('kh-a-4')
  })

  it('--phoi-hop matches coordinators only; --agency either role', () => {
    expect(ids({ coordinator: ['Ban Tổ chức Tỉnh ủy'] })).toEqual(['kh-a-4', 'kh-a-5'])
    expect(ids({ agency: ['ban to chuc tinh uy'] })).toEqual(['kh-a-1', 'kh-a-2', 'kh-a-4', 'kh-a-5', 'ct-b-1'])
    expect(ids({ coordinator: ['UBKT Tỉnh ủy'] })).toEqual(['kh-a-2', 'ct-b-2'])
  })

  it('a repeated filter is OR, different filters are AND', () => {
    expect(ids({ lead: ['Sở Nội vụ', 'Ban Tuyên giáo Tỉnh ủy'] })).toEqual(['kh-a-3', 'ct-b-2'])
    expect(ids({ lead: ['Ban Tổ chức Tỉnh ủy'], coordinator: ['Ủy ban Kiểm tra Tỉnh ủy'] })).toEqual(['kh-a-2'])
    expect(ids({ coordinator: ['Ủy ban Kiểm tra Tỉnh ủy'], dueBefore: '2013-10-31' })).toEqual(['ct-b-2'])
  })

  it('--due-before and --due-after are inclusive and drop tasks with no deadline', () => {
    expect(ids({ dueBefore: '2013-11-30' })).toEqual(['kh-a-1', 'ct-b-2'])
    expect(ids({ dueAfter: '2013-12-31' })).toEqual(['kh-a-2', 'kh-a-3', 'kh-a-5', 'ct-b-1'])
    expect(ids({ dueAfter: '2013-12-31', dueBefore: '2013-12-31' })).toEqual(['kh-a-2', 'kh-a-5'])
  })

  it('--no-deadline keeps only tasks without deadline.end', () => {
    expect(ids({ noDeadline: true })).toEqual(['kh-a-4', 'kh-a-6'])
  })

  it('--kind filters on the document kind', () => {
    expect(ids({ kind: ['chi-thi'] })).toEqual(['ct-b-1', 'ct-b-2'])
    expect(ids({ kind: ['ke-hoach', 'chi-thi'] })).toHaveLength(8)
  })

  it('--grep finds text ignoring case; diacritics count only when the query has them', () => {
    expect(ids({ grep: ['SƠ KẾT'] })).toEqual(['kh-a-2', 'kh-a-5'])
    expect(ids({ grep: ['so ket'] })).toEqual(['kh-a-2', 'kh-a-5'])
    expect(ids({ grep: ['quy hoach', 'quy chế'] })).toEqual(['ct-b-1', 'ct-b-2'])
    expect(ids({ grep: ['sở kết'] })).toEqual([])
  })
})

describe('textMatcher', () => {
  it('treats old and new tone placement alike', () => {
    expect(textMatcher('hoá')('văn hóa')).toBe(true)
    expect(textMatcher('Hóa')('VĂN HOÁ')).toBe(true)
  })
})

describe('unknownAgencies', () => {
  it('accepts any body named in the input, in any role', () => {
    expect(unknownAgencies(docs, { lead: ['Sở Tài chính'], agency: ['ban thuong vu tinh uy'] })).toEqual([])
  })
  it('names a query that matches no body, with the closest names first', () => {
    const [u, ...rest] = unknownAgencies(docs, { lead: ['Ban To chuc'] })
    expect(rest).toEqual([])
    expect(u.query).toBe('Ban To chuc')
    expect(u.suggestions[0]).toBe('Ban Tổ chức Tỉnh ủy')
    expect(u.suggestions.length).toBeLessThanOrEqual(3)
    expect(unknownAgencies(docs, { coordinator: ['So Noi vu tinh'] })[0].suggestions[0]).toBe('Sở Nội vụ')
  })
})
