// A line under an item that only says who prepares it ("Ban X chủ trì, phối hợp … chuẩn bị", "… tham mưu trình trong
// tháng 3/2026"), and labelled fields that join their roles ("Cơ quan chủ trì, thực hiện:").
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'
import { preparesOnly } from '../../../src/core/structure/headings.js'
import { segment } from '../../../src/core/read/segment.js'
import { words } from '../../words.js'

const row = (lines: string[], prefix: string) => {
  const doc = parseDocument(lines.join('\n'), { file: 'inline.txt' })
  const t = doc.tasks.find((x) => words(x).startsWith(prefix))
  return t && [t.lead.map((l) => l.name), t.coordinators.map((l) => l.name), t.deadline?.end ?? null]
}
const head = ['CHƯƠNG TRÌNH', 'làm việc toàn khóa', 'Ban Chấp hành Đảng bộ xã xem xét, thông qua các nội dung sau:', '1. Năm 2026']

describe('preparesOnly', () => {
  const one = (s: string) => preparesOnly(segment([s], false)[0])
  it('a line of bodies that lead, prepare or present, with whom and when, and no more', () => {
    expect(one('Ban Xây dựng Đảng chủ trì, phối hợp với các cơ quan liên quan chuẩn bị')).toBe(true)
    expect(one('Văn phòng Đảng uỷ tham mưu, trình trong tháng 5/2026.')).toBe(true)
  })
  it('not a line with work of its own, nor one that opens with no body', () => {
    expect(one('Sở Tài chính tham mưu Ủy ban nhân dân tỉnh cân đối, bố trí ngân sách để thực hiện Chương trình.')).toBe(false)
    expect(one('Chủ trì, phối hợp với các cơ quan liên quan tham mưu.')).toBe(false)
  })
})

describe('an item and the line under it that says who prepares it', () => {
  it('the line gives the item its lead, partners and time, and is no task of its own', () => {
    const lines = [...head, '1.1. Nghị quyết về phát triển du lịch sinh thái giai đoạn 2026 – 2030', 'Văn phòng Đảng uỷ chủ trì, phối hợp với Ban Xây dựng Đảng tham mưu trình trong tháng 3/2026', '1.2. Nghị quyết về cải cách hành chính.']
    expect(row(lines, 'Nghị quyết về phát triển du lịch')).toEqual([['Văn phòng Đảng ủy'], ['Ban Xây dựng Đảng'], '2026-03-31'])
    expect(row(lines, 'Văn phòng Đảng uỷ chủ trì')).toBeUndefined()
  })
})

describe('labelled fields whose roles are joined', () => {
  const plan = ['KẾ HOẠCH', 'II. NHIỆM VỤ', '1. Rà soát quy chế quản lý hồ sơ điện tử.', '- Cơ quan chủ trì, thực hiện: Ủy ban Kiểm tra Đảng ủy.', '2. Nâng cấp hạ tầng kỹ thuật.', '- Cơ quan chủ trì: Văn phòng Đảng ủy.', '- Cơ quan thực hiện: Ban Xây dựng Đảng.']
  it('"Cơ quan chủ trì, thực hiện:" names the lead and is no task', () => {
    expect(row(plan, 'Rà soát quy chế')).toEqual([['Ủy ban Kiểm tra Đảng ủy'], [], null])
    expect(row(plan, 'Cơ quan chủ trì')).toBeUndefined()
  })
  it('beside the body a "Cơ quan chủ trì:" names, those of "Cơ quan thực hiện:" neither lead nor partner', () => {
    expect(row(plan, 'Nâng cấp hạ tầng')).toEqual([['Văn phòng Đảng ủy'], [], null])
  })
})

describe('the role alone as a label over a list of bodies', () => {
  const plan = ['KẾ HOẠCH', 'I. KIỆN TOÀN TỔ CHỨC', '1. Nội dung, biện pháp', 'a) Thành lập Tổ công tác liên ngành.', '2. Chủ trì thực hiện', '- Sở Văn hóa, Thể thao và Du lịch.', '3. Phối hợp thực hiện', '- Sở Tài chính.']
  it('"Chủ trì thực hiện" gives the lead, "Phối hợp thực hiện" the partners, and neither is a task or a heading', () => {
    expect(row(plan, 'Thành lập Tổ công tác')).toEqual([['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Tài chính'], null])
    expect(row(plan, 'Chủ trì thực hiện')).toBeUndefined()
  })
})

describe('a heading that is only a time', () => {
  it('"2. Năm 2030" dates the items under it that have no time of their own, and not those that have one', () => {
    const lines = [...head.slice(0, 3), '1. Năm 2030', '1.1. Tổng kết công tác kiểm tra, giám sát nhiệm kỳ 2025 - 2030.', '1.2. Chuẩn bị văn kiện Đại hội, hoàn thành trong quý II/2030.']
    expect(row(lines, 'Tổng kết công tác kiểm tra')?.[2]).toBe('2030-12-31')
    expect(row(lines, 'Chuẩn bị văn kiện Đại hội')?.[2]).toBe('2030-06-30')
  })
})
