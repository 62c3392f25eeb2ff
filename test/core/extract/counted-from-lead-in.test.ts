// A lead-in that names the day its items count from ("Kể từ ngày Quy định này có hiệu lực thi hành:") dates the items
// that open with a period of their own and no day ("a) Trong thời hạn 5 năm, …").
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'
import { words } from '../../words.js'

const head = ['BAN BÍ THƯ', 'Số 383-QĐ/TW', 'Hà Nội, ngày 19 tháng 11 năm 2025', 'QUY ĐỊNH', 'Về phông lưu trữ']
const ends = (lines: string[]) =>
  parseDocument([...head, ...lines].join('\n'), { file: 'inline.txt' }).tasks.map((t) => [words(t).slice(0, 22), t.deadline?.end ?? null])

describe('a period counted from the day its lead-in names', () => {
  const items = [
    '1. Kể từ ngày Quy định này có hiệu lực thi hành:',
    'a) Trong thời hạn 5 năm, các cơ quan, tổ chức đảng phải hoàn thành việc chỉnh lý tài liệu.',
    'b) Trong thời hạn 10 năm, lưu trữ lịch sử của Đảng phải hoàn thành việc chỉnh lý tài liệu.',
    'c) Văn phòng Trung ương Đảng hướng dẫn việc giải mật tài liệu.',
  ]
  it('"Quy định này … và có hiệu lực thi hành kể từ ngày ký": counted from the day it was signed', () => {
    const effect = 'Điều 20. Quy định này thay thế Quy định số 270-QĐ/TW, ngày 06/12/2014 của Ban Bí thư và có hiệu lực thi hành kể từ ngày ký.'
    expect(ends(['Điều 23. Quy định chuyển tiếp', ...items, effect])).toEqual([
      ['Trong thời hạn 5 năm, ', '2030-11-19'],
      ['Trong thời hạn 10 năm,', '2035-11-19'],
      ['Văn phòng Trung ương Đ', null],
    ])
  })
  it('a document that does not say when it takes effect dates nothing', () => {
    expect(ends(['Điều 23. Quy định chuyển tiếp', ...items]).map((r) => r[1])).toEqual([null, null, null])
  })
  it('"Kể từ ngày ký Quyết định này:" counts from the signing', () => {
    const lines = ['QUYẾT ĐỊNH', 'Điều 2. Tổ chức thực hiện', '1. Kể từ ngày ký Quyết định này:', 'a) Trong vòng 30 ngày, Sở Tài chính trình phương án giá.']
    expect(parseDocument(['ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'Số: 12/QĐ-UBND', 'Lào Cai, ngày 02 tháng 3 năm 2026', ...lines].join('\n'), { file: 'inline.txt' }).tasks.map((t) => t.deadline?.end ?? null)).toEqual(['2026-04-01'])
  })
})
