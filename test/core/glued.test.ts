import { describe, expect, it } from 'vitest'
import { isGlued, ownColumn, unglue } from '../../src/core/read/glued.js'
import { parseDocument } from '../../src/core/parse.js'
import { words } from '../words.js'

// twenty-odd words run together: "vụĐảng", "chủtrì", "uỷtrước"
const RUNS = 'Ban Thường vụĐảng uỷxã giao Văn phòng Đảng uỷchủtrì, phối hợp Ban Xây dựng Đảng tham mưu thực hiện nhiệm vụtheo kế hoạch.'

describe('isGlued', () => {
  it('a text whose words run together throughout', () => {
    expect(isGlued(Array(8).fill(RUNS))).toBe(true)
  })
  it('not a text with a few runs among many words, nor one with none, nor one whose names end on a k (Đắk Lắk)', () => {
    const clean = 'Sở Nội vụ chủ trì, phối hợp với các sở, ngành rà soát quy chế làm việc, hoàn thành trước ngày 30/9/2026.'
    expect(isGlued([RUNS, ...Array(60).fill(clean)])).toBe(false)
    expect(isGlued(Array(40).fill(clean))).toBe(false)
    expect(isGlued(Array(40).fill('Ủy ban nhân dân tỉnh Đắk Lắk, tỉnh Đắk Nông phối hợp với Bộ Công an.'))).toBe(false)
  })
})

describe('unglue', () => {
  it('puts a space back after each marked letter that ends a word, and keeps the rest of the line', () => {
    const u = unglue(['Đảng uỷUBND xã chủtrì, trình Ban Thường vụĐảng uỷtrước ngày 25/9/2026.', 'Sở Nội vụ chủ trì.'])
    expect(u.lines).toEqual(['Đảng uỷ UBND xã chủ trì, trình Ban Thường vụ Đảng uỷ trước ngày 25/9/2026.', 'Sở Nội vụ chủ trì.'])
    expect(u.spaces[1]).toBeNull()
  })
  it("a column of the copy is the text's own column: after each space put back, one less", () => {
    const line = 'Đảng uỷUBND xã chủtrì'
    const u = unglue([line])
    const copy = u.lines[0]
    for (const word of ['Đảng', 'UBND', 'xã', 'trì']) {
      const col = copy.indexOf(word) + 1
      expect(line.slice(ownColumn(u, 1, col) - 1).startsWith(word), word).toBe(true)
    }
  })
})

describe('a text read through its unglued copy', () => {
  const text = ['KẾ HOẠCH', 'II. NHIỆM VỤ', ...Array(6).fill(RUNS), '1. Nghị quyết vềtăng cường công tác cải cách hành chính.', 'Đảng uỷUBND xã chủtrì, phối hợp Chi bộCông an xã tham mưu, trình', 'trong tháng 3/2026', '2. Văn phòng Đảng uỷchủtrì xây dựng dựthảo Báo cáo, trình Ban Thường vụĐảng uỷtrước', 'ngày 25/9/2026.'].join('\n')
  const doc = parseDocument(text)
  const item = doc.tasks.find((t) => words(t).startsWith('Nghị quyết'))!
  const report = doc.tasks.find((t) => words(t).startsWith('Văn phòng'))!
  it('reads the item with the body line under it, as a text with its spaces would be read', () => {
    expect(item.lead.map((a) => a.name)).toEqual(['Đảng ủy Ủy ban nhân dân xã'])
    expect(item.coordinators.map((a) => a.name)).toEqual(['Chi bộ Công an xã'])
    expect(item.deadline?.end).toBe('2026-03-31')
    expect(report.deadline?.end).toBe('2026-09-24')
  })
  it('quotes the text as written, and its positions are those of the text', () => {
    expect(item.text).toMatch(/^1\. Nghị quyết vềtăng cường/u)
    expect(report.deadline?.text).toBe('trước ngày 25/9/2026')
    const lines = text.split('\n')
    const at = (p: { line: number; column: number }) => lines[p.line - 1].slice(p.column - 1)
    expect(at(item.span.start).startsWith('1. Nghị quyết vềtăng')).toBe(true)
    expect(at(report.deadline!.span!.start).startsWith('trước')).toBe(true)
    expect(at(report.lead[0].span!.start).startsWith('Văn phòng Đảng uỷchủtrì')).toBe(true)
    expect(at(item.lead[0].span!.start).startsWith('Đảng uỷUBND xã chủtrì')).toBe(true)
    expect(at(item.coordinators[0].span!.start).startsWith('Chi bộCông an xã tham')).toBe(true)
  })
})
