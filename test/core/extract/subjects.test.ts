import { describe, expect, it } from 'vitest'
import { INCLUDES } from '../../../src/core/extract/subjects.js'

describe('INCLUDES: a lead-in that lists what a thing is made of, covers, or gives as examples', () => {
  it('"… bao gồm", "… gồm", "… đối với", "… như" (its colon gone)', () => {
    for (const t of ['Báo cáo số liệu định kỳ hàng tháng bao gồm', 'Hồ sơ gồm', 'Cập nhật vào Cơ sở dữ liệu về giá đối với', 'Triển khai các nền tảng số hỗ trợ điều hành giao thông như']) {
      expect(INCLUDES.test(t)).toBe(true)
    }
  })
  it('not "như sau", "cụ thể như sau", nor a word that ends in the same letters', () => {
    for (const t of ['Sở Tài chính có trách nhiệm như sau', 'Triển khai các nhiệm vụ cụ thể như sau', 'Bảo đảm cung cấp nhu yếu phẩm cho người dân vùng lũ nhanh nhất']) {
      expect(INCLUDES.test(t)).toBe(false)
    }
  })
})
