// A task stated in the body and again as a row of the assignment table is one task, assigned by the row.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/core/parse.js'

const doc = (body: string[], rows: string[]) =>
  parseDocument(
    [
      'KẾ HOẠCH',
      'Cải cách hành chính năm 2026',
      'I. NHIỆM VỤ',
      ...body,
      '(Phân công nhiệm vụ theo Phụ lục đính kèm)',
      '',
      'PHỤ LỤC',
      'STT\tNhiệm vụ\tThời gian hoàn thành\tChủ trì thực hiện\tPhối hợp thực hiện',
      ...rows,
    ].join('\n'),
  )

describe('body items and their appendix rows', () => {
  it('a body item worded as its row is the row: one task, with the row’s lead, coordinators and deadline', () => {
    const d = doc(['- Rà soát, công bố thủ tục hành chính nội bộ thuộc phạm vi quản lý.'], ['1\tRà soát, công bố thủ tục hành chính nội bộ thuộc phạm vi quản lý.\tQuý II/2026\tSở Tư pháp\tSở Nội vụ'])
    const same = d.tasks.filter((t) => t.text.includes('Rà soát, công bố thủ tục hành chính nội bộ'))
    expect(same).toHaveLength(1)
    expect(same[0]).toMatchObject({ source: 'table-row', lead: [{ name: 'Sở Tư pháp' }], coordinators: [{ name: 'Sở Nội vụ' }], deadline: { end: '2026-06-30' } })
  })

  it('a body item that adds a sentence to its row keeps its place and takes the row’s assignment', () => {
    const d = doc(
      ['- Tổ chức tốt việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính theo cơ chế một cửa. Có giải pháp giảm tỷ lệ trễ hẹn.'],
      ['1\tTổ chức tốt việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính theo cơ chế một cửa.\tNăm 2026\tVăn phòng UBND tỉnh\t'],
    )
    const body = d.tasks.find((t) => t.text.includes('trễ hẹn'))!
    expect(body.source).not.toBe('table-row')
    expect(body.lead.map((a) => a.name)).toEqual(['Văn phòng Ủy ban nhân dân tỉnh'])
    expect(body.deadline?.end).toBe('2026-12-31')
  })

  it('short or different items are left alone', () => {
    const d = doc(['- Tổ chức thực hiện.', '- Xây dựng kế hoạch tuyên truyền về cải cách hành chính trên địa bàn.'], ['1\tTổ chức thực hiện.\tNăm 2026\tSở Nội vụ\t', '2\tKiểm tra công tác cải cách hành chính tại các cơ quan.\tNăm 2026\tSở Nội vụ\t'])
    expect(d.tasks.filter((t) => t.text.includes('Tổ chức thực hiện'))).toHaveLength(2)
    expect(d.tasks.find((t) => t.text.includes('tuyên truyền'))!.lead).toEqual([])
  })
})

describe('an appendix after the signature', () => {
  it('"Phụ lục" alone on its line, in any case, opens a new part whose table rows are tasks', () => {
    const d = parseDocument(
      ['QUYẾT ĐỊNH', 'Phê duyệt Đề án', 'Điều 1. Phê duyệt Đề án.', 'Điều 2. Quyết định này có hiệu lực từ ngày ký.', 'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'Nguyễn Văn A', 'Phụ lục', 'STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian', '1\tXây dựng Thông tư hướng dẫn đào tạo an toàn bức xạ\tBộ Khoa học và Công nghệ\tNăm 2026'].join('\n'),
    )
    const row = d.tasks.find((t) => t.text.includes('an toàn bức xạ'))
    expect(row?.lead.map((a) => a.name)).toEqual(['Bộ Khoa học và Công nghệ'])
  })
})

describe('owners inside a cell', () => {
  it('"các Ủy ban khác của Quốc hội": the body after "của" owns the phrase and is no coordinator', () => {
    const d = parseDocument(['KẾ HOẠCH', 'Thẩm tra dự án luật năm 2026', 'STT\tTên dự án\tCơ quan chủ trì thẩm tra\tCơ quan tham gia thẩm tra\tTiến độ', '1\tLuật Nhà ở (sửa đổi)\tỦy ban Pháp luật và Tư pháp\tHội đồng Dân tộc, các Ủy ban khác của Quốc hội\tTháng 9/2026'].join('\n'))
    const row = d.tasks.find((t) => t.text.includes('Luật Nhà ở'))!
    expect(row.coordinators.map((a) => a.name)).not.toContain('Quốc hội')
    expect(row.coordinators.map((a) => a.name)).toContain('Hội đồng Dân tộc')
  })
})
