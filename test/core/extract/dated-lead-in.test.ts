// A lead-in that closes with a time and announces the items under it dates them.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'
import { words } from '../../words.js'

const parse = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.txt' })
const ends = (lines: string[]) => parse(['CHỈ THỊ', 'Về các giải pháp cấp bách', 'II. NHIỆM VỤ, GIẢI PHÁP', ...lines]).tasks.map((t) => [words(t).slice(0, 16), t.deadline?.end ?? null])

describe('a dated lead-in', () => {
  it('"…, báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020 các vấn đề sau:" dates each item with no time of its own', () => {
    expect(ends(['6. Tập trung xử lý vướng mắc về lao động', 'Bộ Lao động - Thương binh và Xã hội chủ trì, phối hợp với các địa phương khẩn trương xử lý các vướng mắc về lao động, báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020 các vấn đề sau:', '- Tình hình lao động, việc làm trong các doanh nghiệp.', '- Thực trạng quản lý lao động nước ngoài, hoàn thành trước ngày 15/3/2020.']).filter((r) => r[0] !== 'Tập trung xử lý ')).toEqual([
      ['Tình hình lao độ', '2020-03-31'],
      ['Thực trạng quản ', '2020-03-14'],
    ])
  })
  it('a time early in the lead-in ("Năm 2020, … các nhiệm vụ sau:") dates nothing', () => {
    expect(ends(['6. Về lao động', 'Năm 2020, Bộ Lao động - Thương binh và Xã hội chủ trì, phối hợp với các địa phương tập trung thực hiện tốt các nhiệm vụ trọng tâm về lao động, việc làm như sau:', '- Rà soát tình hình lao động, việc làm trong các doanh nghiệp.']).filter((r) => String(r[0]).startsWith('Rà soát')).map((r) => r[1])).toEqual([null])
  })
  it('a lettered lead-in whose work is to be done by a time ("…, hoàn thành trong tháng 11 năm 2025, cụ thể:") dates its items', () => {
    expect(ends(['1. Khắc phục bất cập của các hệ thống thông tin', 'b) Các Bộ: Tài chính, Y tế khẩn trương khắc phục các bất cập của hệ thống thông tin thuộc phạm vi quản lý, hoàn thành trong tháng 11 năm 2025, cụ thể:', '(1) Bộ Tài chính giải quyết các vấn đề tồn đọng về thanh toán trực tuyến.', '(2) Bộ Y tế hoàn thành nâng cấp hệ thống cấp phép hành nghề.']).filter((r) => String(r[0]).startsWith('Bộ')).map((r) => r[1])).toEqual(['2025-11-30', '2025-11-30'])
  })
  it('a numbered article that approves a programme to a year ("… đến năm 2030, với các nội dung chủ yếu sau:") dates nothing under it', () => {
    expect(ends(['Điều 1. Phê duyệt Chương trình quốc gia về giảm phát thải khí nhà kính (sau đây viết chung là Chương trình REDD+) đến năm 2030, với các nội dung chủ yếu sau:', '1. Tổ chức thực hiện', '- Bộ Nông nghiệp và Phát triển nông thôn chỉ đạo tổ chức thực hiện Chương trình.']).filter((r) => String(r[0]).startsWith('Bộ')).map((r) => r[1])).toEqual([null])
  })
})
