// A body speaks of itself in its own text by its head noun: "Văn phòng sẽ phối hợp …" in a text the Văn phòng issued.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'

const parse = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.txt' })

describe('the issuer named by its head noun', () => {
  it('"lãnh đạo Văn phòng sẽ chỉ đạo …" and "Văn phòng sẽ phối hợp …" lead by the office that issued the text', () => {
    const doc = parse(['BAN CHẤP HÀNH TRUNG ƯƠNG', 'VĂN PHÒNG TRUNG ƯƠNG ĐẢNG', 'Số: 12-TB/VPTW', 'Hà Nội, ngày 05 tháng 12 năm 2025', 'THÔNG BÁO', 'Kết luận hội nghị giao ban văn phòng cấp ủy', '1. Về các kiến nghị', 'Những kiến nghị thuộc thẩm quyền của Văn phòng Trung ương Đảng, lãnh đạo Văn phòng sẽ chỉ đạo các đơn vị liên quan nghiên cứu, xem xét, giải quyết kịp thời. Văn phòng sẽ phối hợp với các cơ quan liên quan tham mưu đề xuất cấp có thẩm quyền xem xét.'])
    expect(doc.meta.issuer?.name).toBe('Văn phòng Trung ương Đảng')
    expect(doc.tasks.map((t) => t.lead.map((l) => [l.name, l.text]))).toEqual([[['Văn phòng Trung ương Đảng', 'Văn phòng']], [['Văn phòng Trung ương Đảng', 'Văn phòng']]])
    expect(doc.tasks[1].lead[0].span?.start).toEqual({ line: 8, column: doc.tasks[1].span.start.column })
  })
  it('after a time that opens the clause ("trong năm 2019 Bộ sẽ …"), and before the body a heading above names', () => {
    const doc = parse(['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Số: 5115/LĐTBXH-KHTC', 'Hà Nội, ngày 03 tháng 12 năm 2018', 'Kính gửi: Sở Lao động - Thương binh và Xã hội thành phố Cần Thơ', 'Giám đốc Sở Lao động - Thương binh và Xã hội có trách nhiệm:', '- Phối hợp với Tổng công ty Bưu điện Việt Nam hoàn thiện Đề án.', 'Căn cứ kết quả thí điểm, trong năm 2019 Bộ sẽ tổng kết, đánh giá và hướng dẫn các địa phương thực hiện.'])
    expect(doc.tasks.map((t) => t.lead.map((l) => [l.name, l.text]))).toEqual([
      [['Sở Lao động - Thương binh và Xã hội', 'Sở Lao động - Thương binh và Xã hội']],
      [['Bộ Lao động - Thương binh và Xã hội', 'Bộ']],
    ])
  })
  it('a school by its head noun, and a verb of routine work: "Trường định kỳ tổ chức tập huấn …"', () => {
    const doc = parse(['ĐẠI HỌC QUỐC GIA BÌNH AN', 'TRƯỜNG ĐẠI HỌC KHOA HỌC BIỂN', 'Số: 12/HD-ĐHKHB', 'Bình An, ngày 05 tháng 12 năm 2026', 'HƯỚNG DẪN', 'Công tác cố vấn học tập', 'I. MỤC ĐÍCH', 'Nâng cao chất lượng cố vấn học tập của Trường Đại học Khoa học Biển.', 'II. TỔ CHỨC THỰC HIỆN', '1. Trường định kỳ tổ chức tập huấn, trao đổi kinh nghiệm cho cố vấn học tập.'])
    expect(doc.tasks.map((t) => t.lead.map((l) => [l.name, l.text]))).toEqual([[['Trường Đại học Khoa học Biển', 'Trường']]])
  })
  it('the head noun inside a name or after a preposition is no subject', () => {
    const doc = parse(['BỘ TÀI CHÍNH', 'Số: 12/KH-BTC', 'Hà Nội, ngày 05 tháng 12 năm 2025', 'KẾ HOẠCH', 'Triển khai công tác năm 2026', 'II. NHIỆM VỤ', '1. Các đơn vị thuộc Bộ sẽ phối hợp rà soát quy trình nội bộ.'])
    expect(doc.tasks.map((t) => t.lead.filter((l) => !l.generic).map((l) => l.name))).toEqual([[]])
  })
})
