import { describe, expect, it } from 'vitest'
import { INCLUDES, conditionThenDirects } from '../../../src/core/extract/subjects.js'
import { parseDocument } from '../../../src/core/parse.js'

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

describe('conditionThenDirects: a time set apart by a colon, then the clause that directs', () => {
  it('"Trước buổi bảo vệ 01 ngày: Khoa chuẩn bị …", "Sau khi có kết quả: tổng hợp …"', () => {
    expect(conditionThenDirects('Trước buổi bảo vệ 01 ngày: Khoa chuẩn bị các điều kiện về trang thiết bị;')).toBe(true)
    expect(conditionThenDirects('Trước buổi bảo vệ ít nhất 05 ngày làm việc: Sinh viên nộp 02 bản cứng cho CTĐT;')).toBe(true)
    expect(conditionThenDirects('Sau khi có kết quả thẩm định: tổng hợp, báo cáo Hiệu trưởng.')).toBe(true)
  })
  it('not what was done after the time, nor a label that is no time ("Trong đó:", "Thời gian:")', () => {
    expect(conditionThenDirects('Trước ngày 15/3/2026: Sở Y tế đã ban hành kế hoạch tiêm chủng.')).toBe(false)
    expect(conditionThenDirects('Trong đó: ngân sách tỉnh 20 tỷ đồng.')).toBe(false)
    expect(conditionThenDirects('Thời gian: tổ chức trong quý II/2026.')).toBe(false)
  })
})

describe('valueRow: a marked item that only gives a label\'s figure is no task', () => {
  const texts = (lines: string[]) => parseDocument(lines.join('\n'), { file: 't.txt' }).tasks.map((t) => t.text)
  it('"- Xăng E5RON92: 0 đồng/lít;", "- Dầu hỏa: không cao hơn 20.288 đồng/lít;", "- Số lượng: 5.000 cuốn." are values', () => {
    const letter = ['Kính gửi: Các thương nhân đầu mối kinh doanh xăng dầu.', '', '1. Quỹ Bình ổn giá xăng dầu', '', '1.1. Trích lập Quỹ Bình ổn giá xăng dầu', '']
    expect(texts([...letter, '- Xăng E5RON92: 0 đồng/lít;', '', '- Dầu hỏa: không cao hơn 20.288 đồng/lít;', '', '- Số lượng: 5.000 cuốn.'])).toEqual([])
  })
  it('not a label that is work: "- Tập huấn: 02 lớp."', () => {
    expect(texts(['1. Nhiệm vụ', '- Tập huấn: 02 lớp.'])).toEqual(['Tập huấn: 02 lớp.'])
  })
})

describe('subjectActs: who the body is, said by where, or a step\'s label, before its action', () => {
  const letter = (line: string) => parseDocument(['BỘ TÀI CHÍNH', 'Số: 100/BTC-NSNN', 'V/v hướng dẫn', '', 'Kính gửi: Ủy ban nhân dân các tỉnh.', '', line].join('\n'), { file: 't.txt' }).tasks
  it('"Ủy ban nhân dân cấp xã nơi có cơ sở giam giữ, giáo dưỡng, cai nghiện thực hiện chi trả …": a clause of where, then the action', () => {
    const [t] = letter('Ủy ban nhân dân cấp xã nơi có cơ sở giam giữ, giáo dưỡng, cai nghiện thực hiện chi trả cho cơ sở.')
    expect(t?.lead.map((a) => a.name)).toEqual(['Ủy ban nhân dân cấp xã'])
    expect(letter('Công an cấp xã nơi người đó cư trú thực hiện rà soát, lập danh sách.')).toHaveLength(1)
  })
  it('not a clause of where with no action after it: "Ủy ban nhân dân cấp xã nơi có cơ sở giam giữ."', () => {
    expect(letter('Ủy ban nhân dân cấp xã nơi có cơ sở giam giữ, giáo dưỡng, cai nghiện.')).toEqual([])
  })
  it('"Bước 3: UBND xã quyết định địa điểm …": a step\'s label, then the body that decides on the work', () => {
    const [t] = letter('Bước 3: UBND xã quyết định địa điểm tặng quà phù hợp với điều kiện thực tế.')
    expect(t?.lead.map((a) => a.name)).toEqual(['Ủy ban nhân dân xã'])
    const [u] = letter('Bước 3: Căn cứ nguồn kinh phí bổ sung có mục tiêu, UBND xã chỉ đạo Phòng Tài chính lập giấy rút dự toán.')
    expect(u?.lead.map((a) => a.name)).toEqual(['Ủy ban nhân dân xã'])
  })
  it('not the matter a body has the power to decide: "UBND xã quyết định việc …"', () => {
    expect(letter('Bước 3: UBND xã quyết định việc tặng quà.')).toEqual([])
  })
})

describe('a later sentence of an item whose bodies act by their mandate is their own task', () => {
  it('"… phối hợp kiểm tra … . Thanh tra tỉnh, Công an tỉnh theo chức năng, nhiệm vụ, quyền hạn được giao, tham mưu …"', () => {
    const tasks = parseDocument(['QUYẾT ĐỊNH', 'Điều 3. Điều khoản thi hành', '2. Đề nghị Ủy ban Kiểm tra Tỉnh ủy, Ban Nội chính Tỉnh ủy phối hợp kiểm tra, giám sát trong quá trình triển khai thực hiện Quyết định này. Thanh tra tỉnh, Công an tỉnh theo chức năng, nhiệm vụ, quyền hạn được giao, tham mưu cho Ủy ban nhân dân tỉnh xử lý nghiêm các vi phạm của nhà đầu tư.'].join('\n'), { file: 't.txt' }).tasks
    const second = tasks.find((t) => t.text.startsWith('Thanh tra tỉnh'))
    expect(second?.lead.map((a) => a.name)).toEqual(['Thanh tra tỉnh', 'Công an tỉnh'])
  })
})
