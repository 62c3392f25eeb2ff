// "Giao các sở … gồm: - Sở A (đối với …); - Sở B (…). Có trách nhiệm: a) …": the lead-in has no subject of its own;
// the bodies the list above it names, one per item, lead each of its items.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'
import { words } from '../../words.js'

const parse = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.txt' })
const head = ['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'Số: 7103/UBND-TH', 'Lào Cai, ngày 10 tháng 7 năm 2026', 'Kính gửi: Các sở, ban, ngành thuộc UBND tỉnh.', '']
const lead = (doc: ReturnType<typeof parse>, start: string) => doc.tasks.find((t) => words(t).startsWith(start))?.lead.map((l) => l.name)

describe('a lead-in with no subject after a list of bodies', () => {
  const doc = parse([...head, 'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành nghiêm túc triển khai thực hiện các nội dung sau:', '1. Các sở quản lý chuyên ngành', 'Giao các sở quản lý nhà nước chuyên ngành về hạ tầng gồm:', '- Sở Công Thương (đối với hạ tầng cụm công nghiệp);', '- Sở Xây dựng (đối với hạ tầng đô thị).', 'Có trách nhiệm:', 'a) Rà soát, thống kê toàn bộ tài sản kết cấu hạ tầng thuộc phạm vi quản lý.', 'b) Hướng dẫn các đơn vị lập hồ sơ tài sản.', '2. Nhiệm vụ của các cơ quan, đơn vị được giao quản lý tài sản', 'a) Thực hiện quản lý, sử dụng tài sản đúng mục đích.'])
  it('"Có trách nhiệm:" is led by every body the list names', () => {
    expect(lead(doc, 'Rà soát, thống kê')).toEqual(['Sở Công Thương', 'Sở Xây dựng'])
    expect(lead(doc, 'Hướng dẫn các đơn vị')).toEqual(['Sở Công Thương', 'Sở Xây dựng'])
  })
  it('the next numbered heading closes it', () => {
    expect(lead(doc, 'Thực hiện quản lý, sử dụng')).toEqual([])
  })
  it('the sentence that announces the items ("… các nội dung sau:") is no task', () => {
    expect(doc.tasks.some((t) => words(t).startsWith('Chủ tịch Ủy ban nhân dân tỉnh yêu cầu'))).toBe(false)
  })
  it('without such a list above it, "Có trách nhiệm:" names no one', () => {
    const bare = parse([...head, '1. Nhiệm vụ của các sở quản lý chuyên ngành', 'Có trách nhiệm:', 'a) Rà soát, thống kê toàn bộ tài sản kết cấu hạ tầng.'])
    expect(lead(bare, 'Rà soát, thống kê')).toEqual([])
  })
})
