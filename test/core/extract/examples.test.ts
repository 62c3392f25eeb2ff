// Examples in a guidance are illustrations, never tasks.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'

const tasks = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.txt' }).tasks.map((t) => t.text)

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
