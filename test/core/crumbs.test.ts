// A crawler's chunk paths before the lines they open: blanked past their first time, columns kept.
import { describe, expect, it } from 'vitest'
import { withoutCrumbs } from '../../src/core/read/crumbs.js'

describe('withoutCrumbs', () => {
  const lines = [
    'Quyết định 12/QĐ-UBND năm 2026. ỦY BAN NHÂN DÂN TỈNH NAM HÀ',
    'Quyết định 12/QĐ-UBND năm 2026. Điều 1.',
    'Ban hành kèm theo Quyết định này Kế hoạch.',
    'Quyết định 12/QĐ-UBND năm 2026. KẾ HOẠCH HÀNH ĐỘNG. TRIỂN KHAI CHỈ THỊ SỐ 37',
    'Quyết định 12/QĐ-UBND năm 2026. KẾ HOẠCH HÀNH ĐỘNG. II. NỘI DUNG',
    '1. Tổ chức tuyên truyền.',
    'Quyết định 12/QĐ-UBND năm 2026. KẾ HOẠCH HÀNH ĐỘNG. III. TỔ CHỨC THỰC HIỆN',
  ]
  it('blanks each step of the path after the first line that carries it, keeping every column', () => {
    const out = withoutCrumbs(lines)
    expect(out.map((l) => l.trim())).toEqual([
      'Quyết định 12/QĐ-UBND năm 2026. ỦY BAN NHÂN DÂN TỈNH NAM HÀ',
      'Điều 1.',
      'Ban hành kèm theo Quyết định này Kế hoạch.',
      'KẾ HOẠCH HÀNH ĐỘNG. TRIỂN KHAI CHỈ THỊ SỐ 37',
      'II. NỘI DUNG',
      '1. Tổ chức tuyên truyền.',
      'III. TỔ CHỨC THỰC HIỆN',
    ])
    out.forEach((l, i) => expect(l).toHaveLength(lines[i].length))
  })
  it('leaves a text alone whose lines share no such path, or share it fewer than three times', () => {
    const plain = ['I. MỤC ĐÍCH. Nâng cao nhận thức.', 'Thời gian thực hiện: Năm 2026. Hoàn thành.', 'Thời gian thực hiện: Năm 2026. Báo cáo.']
    expect(withoutCrumbs(plain)).toBe(plain)
    const twice = lines.slice(0, 2)
    expect(withoutCrumbs(twice)).toBe(twice)
  })
  it('leaves pdftotext\'s items alone, indented by spaces and numbered alike in every part ("       1. Sở Công Thương")', () => {
    const laid = ['       1. Sở Công Thương', '       - Chủ trì tổng hợp.', '       1. Sở Tài chính', '       - Bố trí kinh phí.', '       1. Sở Xây dựng', '      2. Yêu cầu']
    expect(withoutCrumbs(laid)).toBe(laid)
  })
})
