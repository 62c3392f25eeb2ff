import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/core/parse.js'
import { words } from '../words.js'

const doc = (s: string) => parseDocument(s, { file: 't.txt' })

describe('parseDocument diagnostics', () => {
  it('a deadline-like phrase it cannot read is reported where it stands', () => {
    const d = doc('KẾ HOẠCH\nthực hiện Nghị quyết\n\nI. NHIỆM VỤ\n- Ban Tổ chức Tỉnh ủy tổng kết, hoàn thành trước ngày khai mạc Đại hội.')
    const diag = d.diagnostics.find((x) => x.code === 'deadline-unreadable')
    expect(diag).toMatchObject({ line: 5, column: 44 })
    expect(diag?.message).toContain('trước ngày khai mạc')
  })

  it('an impossible date is an error diagnostic and no deadline', () => {
    const d = doc('KẾ HOẠCH\nthực hiện Nghị quyết\n\nI. NHIỆM VỤ\n- Sở Nội vụ rà soát, hoàn thành chậm nhất ngày 31/4/2024.')
    expect(d.tasks[0].deadline?.end ?? null).toBeNull()
    expect(d.diagnostics.find((x) => x.code === 'date-impossible')).toMatchObject({ severity: 'error', line: 5 })
  })

  it('the issuer taken from the number records the code as the form written', () => {
    const d = doc('Trà Vinh, ngày 04 tháng 4 năm 2012\nSố 15-KH/TU\n\nKẾ HOẠCH\nthực hiện Nghị quyết')
    expect(d.meta.issuer).toMatchObject({ name: 'Tỉnh ủy Trà Vinh', text: 'TU' })
  })

  it('task ids stay the same when an unrelated part of the document changes', () => {
    const body = '\n\nI. NHIỆM VỤ\n- Sở Nội vụ rà soát thủ tục hành chính.\n- Sở Tư pháp thẩm định văn bản.'
    const a = doc('KẾ HOẠCH\nthực hiện Nghị quyết' + body)
    const b = doc('KẾ HOẠCH\nthực hiện Nghị quyết số 12-NQ/TW\n\nMột đoạn mở đầu mới được thêm vào.' + body)
    expect(b.tasks.map((t) => t.id)).toEqual(a.tasks.map((t) => t.id))
  })
})

describe('parseDocument metadata', () => {
  it.each([
    ['Số: 21/2024/QĐ-UBND', '21/2024/QĐ-UBND', 'quyet-dinh'],
    ['Số: 112/KH-UBND', '112/KH-UBND', 'ke-hoach'],
    ['Số 02 - KL/BTCTW', '02-KL/BTCTW', 'ket-luan'],
  ])('%s → number %s, kind %s', (line, number, kind) => {
    const d = parseDocument(`${line}\nHà Nội, ngày 04/4/2024\n\nNội dung văn bản.`, {})
    expect(d.meta.number).toBe(number)
    expect(d.meta.kind).toBe(kind)
    expect(d.meta).toMatchObject({ place: 'Hà Nội', issuedOn: '2024-04-04' })
  })
})

describe('parseDocument: the day the document takes effect', () => {
  it('"Nghị quyết này có hiệu lực thi hành từ ngày …" dates what is counted from it', () => {
    const d = doc('NGHỊ QUYẾT\nVề phân cấp thủ tục hành chính\n\nĐiều 1.\n1. Giao Bộ Nội vụ:\na) Chuyển giao hồ sơ cho địa phương trong thời hạn 20 ngày kể từ ngày Nghị quyết này có hiệu lực.\n\nĐiều 2. Nghị quyết này có hiệu lực thi hành từ ngày 29 tháng 4 năm 2026.')
    expect(d.tasks[0]?.deadline).toMatchObject({ end: '2026-05-19' })
  })
  it('"… có hiệu lực kể từ ngày ký" is the document\'s date', () => {
    const d = doc('NGHỊ QUYẾT\nVề phân cấp\nHà Nội, ngày 10 tháng 3 năm 2026\n\nĐiều 1.\n1. Giao Bộ Nội vụ:\na) Chuyển giao hồ sơ cho địa phương chậm nhất 10 ngày kể từ ngày Nghị quyết này có hiệu lực.\n\nĐiều 2. Nghị quyết này có hiệu lực kể từ ngày ký.')
    expect(d.meta.issuedOn).toBe('2026-03-10')
    expect(d.tasks[0]?.deadline).toMatchObject({ end: '2026-03-20' })
  })
})

describe('parseDocument: an item a line break cut at a sentence', () => {
  const texts = (s: string) => doc(s).tasks.map((t) => words(t))
  it('a paragraph on the next line whose named body opens it and acts is a task of its own, in any act', () => {
    const item = '4. Bộ Quốc phòng, Bộ Công an chỉ đạo các đơn vị giám định ADN trực thuộc tổ chức\nthực hiện giám định theo địa bàn được phân công.  '
    const first = 'Bộ Quốc phòng, Bộ Công an chỉ đạo các đơn vị giám định ADN trực thuộc tổ chức thực hiện giám định theo địa bàn được phân công.'
    expect(texts(`NGHỊ QUYẾT\n\n${item}\nBộ Công an lựa chọn đơn vị phối hợp thu nhận mẫu.`)).toEqual([first, 'Bộ Công an lựa chọn đơn vị phối hợp thu nhận mẫu.'])
    // (what such a body did is told, not asked; after a blank line the paragraph is no longer the item's)
    expect(texts(`NGHỊ QUYẾT\n\n${item}\nBộ Công an đã lựa chọn ba đơn vị.`)).toEqual([first])
    expect(texts(`NGHỊ QUYẾT\n\n${item}\n\nBộ Công an lựa chọn đơn vị phối hợp thu nhận mẫu.`)).toEqual([first])
  })
})

describe('parseDocument: a sentence of an item that only gives a contact', () => {
  it('"Đầu mối hỗ trợ tại Cục Thuế là …, địa chỉ email: …, số điện thoại: …" is no task; the request before it is', () => {
    const d = doc(['CỤC THUẾ', 'Số: 512/CT-CĐS', 'Kính gửi: Các tổ chức cung cấp giải pháp hóa đơn điện tử.', '1. Trong quá trình triển khai, các tổ chức gặp vướng mắc đề nghị phản ánh về Cục Thuế để được hỗ trợ kịp thời. Đầu mối hỗ trợ tại Cục Thuế là Nhóm hỗ trợ hóa đơn điện tử, địa chỉ email: hotro@example.vn, số điện thoại: 024.7305.5999.'].join('\n'))
    expect(d.tasks.map((t) => words(t).slice(0, 30))).toEqual(['Trong quá trình triển khai, cá'])
  })
})

describe('parseDocument: a sentence whose subject is the work just named ("Nội dung này …")', () => {
  const news = ['# Bộ Chính trị giao rà soát, sửa đổi Điều lệ Đảng', '', 'Theo Kết luận ban hành ngày 28/2/2025, Bộ Chính trị giao Ban Tổ chức Trung ương, Ủy ban Kiểm tra Trung ương chủ động rà soát, đề xuất sửa đổi, bổ sung Điều lệ Đảng.', '']
  it('after a sentence that directs, in the same paragraph, it is a task of its own, of the same body', () => {
    const t = doc([...news, 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương được giao nghiên cứu sửa đổi các quy định về sắp xếp bộ máy. Nội dung này báo cáo Bộ Chính trị, Ban Bí thư và hoàn thành trong tháng 6/2025.'].join('\n')).tasks
    const own = t.find((x) => words(x).startsWith('Nội dung này'))
    expect(own?.lead.map((a) => a.name)).toEqual(['Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương'])
    expect(own?.deadline?.end).toBe('2025-06-30')
  })
  it('opening the next paragraph, with no task before it there, it is still the body\'s above', () => {
    const t = doc([...news, 'Nội dung đề xuất sửa đổi gồm công tác kiểm tra, giám sát, kỷ luật Đảng. Nội dung này cần báo cáo Bộ Chính trị để trình Ban Chấp hành Trung ương trong tháng 4/2025.'].join('\n')).tasks
    const own = t.find((x) => words(x).startsWith('Nội dung này'))
    expect(own?.lead.map((a) => a.name)).toEqual(['Ban Tổ chức Trung ương', 'Ủy ban Kiểm tra Trung ương'])
  })
  it('not after a sentence that only reports', () => {
    const t = doc([...news, 'Năm 2024, Ban Tổ chức Trung ương đã hoàn thành việc tổng kết. Nội dung này được Bộ Chính trị đánh giá cao.'].join('\n')).tasks
    expect(t.some((x) => words(x).startsWith('Nội dung này'))).toBe(false)
  })
})

describe('parseDocument: an item\'s number a scan kept after its dash ("- 4. Quyết định này …")', () => {
  it('is no sentence of its own: the decision\'s copies are still no task', () => {
    const t = doc(['QUYẾT ĐỊNH', 'Điều 3. Điều khoản thi hành', '- 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này.', '- 4. Quyết định này được lập thành 03 (ba) bản chính: 01 bản cấp cho Công ty, 01 bản gửi Ban Quản lý Khu kinh tế tỉnh, 01 bản lưu./.'].join('\n')).tasks
    expect(t.some((x) => words(x).includes('lập thành'))).toBe(false)
  })
})
