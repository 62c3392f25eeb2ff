// Document metadata: one rule per test, each on a few inline lines.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/core/parse.js'

const meta = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.txt' }).meta

describe('meta', () => {
  it('a number whose "Số:" OCR lost is known by standing before the place and date; its code gives the kind', () => {
    const m = meta(['VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', '37/TB-VPCP Hà Nội, ngày 05 tháng 10 năm 2025', 'cn THONG BAO', 'ý kiến chỉ đạo của Phó Thủ tướng Chính phủ tại cuộc họp', '1. Bộ Y tế khẩn trương hoàn thiện hồ sơ.'])
    expect(m.number).toBe('37/TB-VPCP')
    expect(m.kind).toBe('thong-bao')
    expect(m.issuedOn).toBe('2025-10-05')
  })

  it('a document number cited in running text is not the document\'s number', () => {
    const m = meta(['ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'KẾ HOẠCH', 'Thực hiện Thông báo 37/TB-VPCP Hà Nội, ngày 05 tháng 10 năm 2025 của Văn phòng Chính phủ'])
    expect(m.number).toBeNull()
  })
})
