import { describe, expect, it } from 'vitest'
import { agencySummary } from '../../src/query/agencies.js'
import { classifyAll } from '../../src/query/overdue.js'
import { taskRows } from '../../src/query/rows.js'
import { fixtureDocs } from './docs.js'

const docs = fixtureDocs()

describe('agencySummary', () => {
  const rows = agencySummary(docs, classifyAll(taskRows(docs), '2013-12-31'))
  const by = (name: string) => rows.find((r) => r.name === name)!

  it('lists every body once across documents, with every form it was written in', () => {
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length)
    expect(by('Ban Tổ chức Tỉnh ủy').forms.sort()).toEqual(['BTC Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức Tỉnh uỷ'].sort())
    expect(by('Ban Thường vụ Tỉnh ủy').forms).toContain('BAN THƯỜNG VỤ TỈNH UỶ')
  })

  it('counts tasks led and coordinated, and how many of those are overdue on the date', () => {
    expect(by('Ban Tổ chức Tỉnh ủy')).toMatchObject({ leads: 3, coordinates: 2, overdueLeads: 1, overdueCoordinates: 0 })
    expect(by('Ủy ban Kiểm tra Tỉnh ủy')).toMatchObject({ leads: 0, coordinates: 2, overdueLeads: 0, overdueCoordinates: 1 })
    expect(by('Sở Nội vụ')).toMatchObject({ leads: 1, coordinates: 1, overdueLeads: 1, overdueCoordinates: 1 })
  })

  it('says where each body was first seen, and sorts the most-leading first', () => {
    expect(by('Sở Tài chính')).toMatchObject({ file: 'ke-hoach-a.txt', line: 22 })
    expect(rows[0].name).toBe('Ban Tổ chức Tỉnh ủy')
    expect(by('các cấp ủy, tổ chức đảng').generic).toBe(true)
  })
})
