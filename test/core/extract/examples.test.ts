// Examples in a guidance are illustrations, never tasks.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'
import { words } from '../../words.js'

const tasks = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.txt' }).tasks.map((t) => words(t))

describe('examples', () => {
  const head = ['HƯỚNG DẪN', 'Một số nội dung về quy hoạch cán bộ', '', 'I. TRÁCH NHIỆM', '1. Ban Tổ chức Tỉnh ủy tổ chức rà soát quy hoạch cán bộ hằng năm.']
  it('a paragraph that opens with "Ví dụ:" is no task', () => {
    expect(tasks([...head, 'Ví dụ: Theo phân cấp, Ban Tổ chức Tỉnh ủy A tổ chức rà soát quy hoạch vào quý I.'])).toEqual(['Ban Tổ chức Tỉnh ủy tổ chức rà soát quy hoạch cán bộ hằng năm.'])
  })
  it('nor are the paragraphs under "Ví dụ 1:" standing alone, up to the next item', () => {
    expect(tasks([...head, '*Ví dụ 1:*', 'Đồng chí Nguyễn Văn A, Giám đốc Sở X, tổ chức bàn giao công việc trong tháng 5.', '2. Sở Nội vụ tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.'])).toEqual([
      'Ban Tổ chức Tỉnh ủy tổ chức rà soát quy hoạch cán bộ hằng năm.',
      'Sở Nội vụ tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.',
    ])
  })
})

describe('notes', () => {
  const head = ['KẾ HOẠCH', 'Lập quy hoạch vật liệu xây dựng', '', 'I. NHIỆM VỤ', '1. Vụ Vật liệu xây dựng tổ chức lập đề cương quy hoạch.']
  it('"Ghi chú:" alone and the marked items under it are notes, never tasks; a paragraph with no mark ends them', () => {
    expect(
      tasks([...head, 'Ghi chú:', '- (*) Chủ tịch Hội đồng thẩm định là Thứ trưởng phụ trách.', '- Thời gian thực hiện các công việc sẽ được điều chỉnh theo thực tế.', 'Các đơn vị kịp thời báo cáo vướng mắc về Văn phòng Bộ.']),
    ).toEqual(['Vụ Vật liệu xây dựng tổ chức lập đề cương quy hoạch.', 'Các đơn vị kịp thời báo cáo vướng mắc về Văn phòng Bộ.'])
  })
  it('nor is a note written on its own line: "Ghi chú: Nêu rõ thiết bị …"', () => {
    expect(tasks([...head, 'Ghi chú: Nêu rõ thiết bị bổ sung mới trong kỳ báo cáo.'])).toEqual(['Vụ Vật liệu xây dựng tổ chức lập đề cương quy hoạch.'])
  })
})
