// A regulation ("QUY ĐỊNH", numbered "383-QĐ/TW" as a Party decision is) assigns work in its articles: an item whose own
// body, named, acts is that body's task, in any kind of act; a list's line that names a company is not.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'
import { words } from '../../words.js'

const parse = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.txt' })
const head = ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN BÍ THƯ', 'Số 383-QĐ/TW', 'Hà Nội, ngày 19 tháng 11 năm 2025', '', 'QUY ĐỊNH', 'về lưu trữ tài liệu của Đảng', '']
const task = (doc: ReturnType<typeof parse>, start: string) => doc.tasks.find((t) => words(t).startsWith(start))

describe('an item whose own body acts, in a regulation', () => {
  const doc = parse([...head, 'Điều 9. Xây dựng cơ sở dữ liệu tài liệu lưu trữ', '', '1. Chánh Văn phòng Trung ương Đảng chỉ đạo xây dựng, cập nhật, quản lý kho lưu trữ số.', '', '2. Văn phòng Trung ương Đảng hướng dẫn về thời hạn lưu trữ hồ sơ, tài liệu.', '', '3. Hồ sơ, tài liệu lưu trữ được bảo quản tại kho lưu trữ.'])
  it('is a task, led by that body', () => {
    expect(task(doc, 'Chánh Văn phòng Trung ương Đảng chỉ đạo')?.lead.map((l) => l.name)).toEqual(['Văn phòng Trung ương Đảng'])
    expect(task(doc, 'Văn phòng Trung ương Đảng hướng dẫn')?.lead.map((l) => l.name)).toEqual(['Văn phòng Trung ương Đảng'])
  })
  it('an item with no body acting is not', () => {
    expect(task(doc, 'Hồ sơ, tài liệu lưu trữ')).toBeUndefined()
  })
  it('the kind of a regulation is none of the listed kinds', () => {
    expect(doc.meta.kind).toBe('khac')
  })
})

describe('a body that acts after a time or a condition, or decides, in a regulation', () => {
  const doc = parse([
    ...head,
    'Điều 6. Quản lý lớp học',
    '',
    '1. Hằng năm, Văn phòng Trung ương Đảng tổ chức lấy ý kiến phản hồi của các cơ quan.',
    '',
    '2. Trường hợp kết quả chấm lệch từ 2 điểm trở lên, Chánh Văn phòng Trung ương Đảng tổ chức đối thoại giữa các giảng viên.',
    '',
    '3. Chánh Văn phòng Trung ương Đảng quyết định tổ chức chấm phúc tra.',
    '',
    '4. Hằng năm, hồ sơ được Văn phòng Trung ương Đảng lưu trữ.',
    '',
    '5. Chánh Văn phòng Trung ương Đảng quyết định việc mang tài liệu lưu trữ ra khỏi kho.',
  ])
  it('"Hằng năm, X tổ chức …", "Trường hợp …, X tổ chức …" and "X quyết định tổ chức …" are X\'s tasks', () => {
    for (const start of ['Hằng năm, Văn phòng', 'Trường hợp kết quả', 'Chánh Văn phòng Trung ương Đảng quyết định']) expect(task(doc, start)?.lead.map((l) => l.name)).toEqual(['Văn phòng Trung ương Đảng'])
  })
  it('not a passive after the time, where the body is no subject, nor the matter a body has the power to decide ("quyết định việc …")', () => {
    expect(task(doc, 'Hằng năm, hồ sơ')).toBeUndefined()
    expect(task(doc, 'Chánh Văn phòng Trung ương Đảng quyết định việc')).toBeUndefined()
  })
})

describe('a list that names companies', () => {
  it('is no task, though a company\'s name reads like an action', () => {
    const doc = parse([...head, 'Điều 3. Đơn vị tham gia', '1. Công ty CP Xử lý chất thải xây dựng và Đầu tư phát triển môi trường Hà Nội.', '2. Công ty Cổ phần Đầu tư phát triển rau sạch Sông Hồng'])
    expect(doc.tasks.filter((t) => words(t).startsWith('Công ty'))).toEqual([])
  })
})

describe('a duty over the list of what it covers, in a regulation\'s article', () => {
  const doc = parse([
    ...head,
    'Điều 10. Cập nhật dữ liệu',
    '',
    '1. Sở Tài chính chịu trách nhiệm cập nhật các thông tin, dữ liệu vào Cơ sở dữ liệu về giá đối với:',
    'a) Báo cáo giá thị trường của Ủy ban nhân dân tỉnh;',
    'b) Giá tính lệ phí trước bạ do Ủy ban nhân dân tỉnh ban hành.',
    '',
    '2. Sở Công Thương chịu trách nhiệm cập nhật giá xăng, dầu vào Cơ sở dữ liệu về giá.',
  ])
  it('"X chịu trách nhiệm cập nhật … đối với:" is X\'s task and its items are what it covers', () => {
    expect(task(doc, 'Sở Tài chính chịu trách nhiệm')?.lead.map((l) => l.name)).toEqual(['Sở Tài chính'])
    expect(task(doc, 'Báo cáo giá thị trường')).toBeUndefined()
    expect(task(doc, 'Giá tính lệ phí')).toBeUndefined()
  })
  it('a task after the list, outside its section, does not take the lead-in\'s place', () => {
    expect(doc.tasks.map((t) => words(t).split(' chịu')[0])).toEqual(['Sở Tài chính', 'Sở Công Thương'])
  })
})
