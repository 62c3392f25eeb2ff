// A numbered item that a PDF's text breaks between its sentences: the paragraphs on the next lines go on with its
// body's work (extract/follows.ts itemGoesOn).
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'
import { words } from '../../words.js'

const leads = (lines: string[]) =>
  parseDocument(lines.join('\n'), { file: 'inline.txt' }).tasks.map((t) => [words(t).split(' ').slice(0, 3).join(' '), t.lead.filter((l) => !l.generic).map((l) => l.name)])

describe('itemGoesOn', () => {
  it('paragraphs with no mark and no subject, on the lines right after a numbered item whose body acts, are that body\'s', () => {
    expect(leads(['KẾ HOẠCH', 'Về phòng, chống ma tuý', 'I. TỔ CHỨC THỰC HIỆN', '1. Đảng uỷ Uỷ ban nhân dân xã chỉ đạo xây dựng Kế hoạch hành động.', 'Tiếp tục rà soát, kiến nghị sửa đổi các quy định có liên quan.', 'Thường xuyên đánh giá công tác cai nghiện ma tuý tại cộng đồng.', '2. Các trường học tăng cường tuyên truyền.'])).toEqual([
      ['Đảng uỷ Uỷ', ['Đảng ủy Ủy ban nhân dân xã']],
      ['Tiếp tục rà', ['Đảng ủy Ủy ban nhân dân xã']],
      ['Thường xuyên đánh', ['Đảng ủy Ủy ban nhân dân xã']],
      ['Các trường học', []],
    ])
  })
  it('a collective met inside a paragraph that opens with work is no subject of its own: the chain goes on', () => {
    const got = leads(['KẾ HOẠCH', 'Về phòng, chống ma tuý', 'I. TỔ CHỨC THỰC HIỆN', '1. Đảng uỷ Uỷ ban nhân dân xã chỉ đạo xây dựng Kế hoạch hành động.', 'Tập trung củng cố lực lượng chuyên trách, bảo đảm thực hiện có hiệu quả nhiệm vụ. Hằng năm, tăng mức đầu tư từ ngân sách nhà nước, đồng thời tích cực huy động sự đóng góp của các tổ chức xã hội, các doanh nghiệp, doanh nhân và Nhân dân, bảo đảm kinh phí cho công tác phòng, chống ma tuý.', 'Cân đối ngân sách cho công tác phòng, chống ma tuý.'])
    expect(got.slice(1).map((r) => r[1])).toEqual([['Đảng ủy Ủy ban nhân dân xã'], ['Đảng ủy Ủy ban nhân dân xã']])
    // (a paragraph that opens with its collective acts on its own: "Các trường học tăng cường …")
    const own = leads(['KẾ HOẠCH', 'Về phòng, chống ma tuý', 'I. TỔ CHỨC THỰC HIỆN', '1. Đảng uỷ Uỷ ban nhân dân xã chỉ đạo xây dựng Kế hoạch hành động.', 'Các trường học tăng cường tuyên truyền trong học sinh.', 'Cân đối ngân sách cho công tác phòng, chống ma tuý.'])
    expect(own.slice(1).map((r) => r[1])).toEqual([[], []])
  })
  it('not after an item whose last clause has a subject of its own, nor across a blank line', () => {
    const own = leads(['KẾ HOẠCH', 'Về rà soát dữ liệu', 'I. TỔ CHỨC THỰC HIỆN', '1. Bộ Công an chủ trì ban hành hướng dẫn; Các bộ, ngành căn cứ hướng dẫn tổ chức rà soát;', 'gửi kết quả về Bộ Công an trước ngày 10/12/2026.'])
    expect(own[own.length - 1]).toEqual(['gửi kết quả', []])
    const apart = leads(['KẾ HOẠCH', 'Về phòng, chống ma tuý', 'I. TỔ CHỨC THỰC HIỆN', '1. Đảng uỷ Uỷ ban nhân dân xã chỉ đạo xây dựng Kế hoạch hành động.', '', 'Tiếp tục rà soát, kiến nghị sửa đổi các quy định có liên quan.'])
    expect(apart[apart.length - 1]?.[1] ?? []).toEqual([])
  })
})

describe('a clause that only names subjects, before a semicolon', () => {
  it('"Ban Xây dựng Đảng đảng ủy xã, phường; Ban Tuyên giáo … lập danh sách …" is one task, not a list of subjects cut off', () => {
    const tasks = parseDocument(['HƯỚNG DẪN', 'Về đội ngũ báo cáo viên', 'III. TỔ CHỨC THỰC HIỆN', '1. Sở Tài chính tỉnh, thành phố; Sở Nội vụ lập danh sách đề nghị công nhận báo cáo viên.'].join('\n'), { file: 'inline.txt' }).tasks
    expect(tasks.map((t) => words(t))).toEqual(['Sở Tài chính tỉnh, thành phố; Sở Nội vụ lập danh sách đề nghị công nhận báo cáo viên.'])
  })
})
