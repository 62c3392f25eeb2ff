// A deadline written without a year takes it from the item, then the table's header or the nearest heading that names
// one year, then the title, then the document's date; the deadline's notes say which.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'

const LETTERHEAD = ['ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH BÌNH AN\tĐộc lập - Tự do - Hạnh phúc', 'Số: 245/KH-UBND\tBình An, ngày 20 tháng 12 năm 2025', '']
const doc = (title: string, ...body: string[]) => parseDocument([...LETTERHEAD, 'KẾ HOẠCH', title, '', ...body].join('\n'))
const deadlineOf = (d: ReturnType<typeof doc>, anchor: string) => d.tasks.find((t) => t.text.includes(anchor))?.deadline

describe('the year of a date written without one', () => {
  it('from the section heading: "Nhiệm vụ năm 2026" over "trước ngày 15/4", in a plan signed in December 2025', () => {
    const d = doc('Cải cách hành chính', 'I. NHIỆM VỤ NĂM 2026', '1. Sở Nội vụ hoàn thành rà soát vị trí việc làm trước ngày 15/4.')
    expect(deadlineOf(d, 'rà soát')).toMatchObject({ end: '2026-04-14', notes: [{ code: 'year-inferred', message: 'no year written: 2026, from the heading "NHIỆM VỤ NĂM 2026"' }] })
  })

  it('from a heading further up, through one that names no year', () => {
    const d = doc('Cải cách hành chính', 'I. NHIỆM VỤ NĂM 2026', '1. Về thể chế', 'a) Sở Tư pháp rà soát các văn bản quy phạm pháp luật trong tháng 9.')
    expect(deadlineOf(d, 'rà soát')?.end).toBe('2026-09-30')
  })

  it("from the table's header: \"Thời gian hoàn thành năm 2026\" over a cell \"Tháng 3\"", () => {
    const d = doc(
      'Cải cách hành chính',
      'I. PHÂN CÔNG THỰC HIỆN',
      'TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành năm 2026',
      '1\tXây dựng kế hoạch kiểm tra cải cách hành chính\tSở Nội vụ\tVăn phòng UBND tỉnh\tTháng 3',
    )
    expect(deadlineOf(d, 'kế hoạch kiểm tra')).toMatchObject({ end: '2026-03-31', notes: [{ code: 'year-inferred', message: "no year written: 2026, from the table's header" }] })
  })

  it('the item\'s own year comes first: "trong tháng 02/2027, … trước ngày 30/6" under "Nhiệm vụ năm 2026"', () => {
    const d = doc('Cải cách hành chính', 'I. NHIỆM VỤ NĂM 2026', '1. Sở Y tế trình đề án trong tháng 02/2027, triển khai thí điểm trước ngày 30/6.')
    const dl = deadlineOf(d, 'Sở Y tế')
    expect(dl?.end).toBe('2027-06-29')
    expect(dl?.notes).toBeUndefined()
  })

  it('a heading over a span of years sets none: the title\'s year, then the document\'s date', () => {
    const item = '1. Sở Xây dựng báo cáo Ủy ban nhân dân tỉnh trước ngày 10/01.'
    const titled = doc('Cải cách hành chính năm 2026', 'I. NHIỆM VỤ GIAI ĐOẠN 2026 - 2030', item)
    expect(deadlineOf(titled, 'Sở Xây dựng')).toMatchObject({ end: '2026-01-09', notes: [{ message: 'no year written: 2026, from the title' }] })
    const untitled = doc('Cải cách hành chính', 'I. NHIỆM VỤ GIAI ĐOẠN 2026 - 2030', item)
    expect(deadlineOf(untitled, 'Sở Xây dựng')).toMatchObject({ end: '2025-01-09', notes: [{ message: "no year written: 2025, from the document's date (2025-12-20)" }] })
  })

  it('a date with its year carries no note', () => {
    const d = doc('Cải cách hành chính', 'I. NHIỆM VỤ NĂM 2026', '1. Sở Nội vụ hoàn thành rà soát trước ngày 15/4/2026.')
    expect(deadlineOf(d, 'rà soát')).toEqual(expect.not.objectContaining({ notes: expect.anything() }))
  })
})

describe('a first time, then every year, in a task', () => {
  it('"Tháng 12/2025 và hằng năm" keeps its start and the recurrence, with no end', () => {
    const d = doc('Phát triển nguồn nhân lực', 'I. NHIỆM VỤ', '1. Sở Nội vụ tổng hợp danh sách sinh viên tốt nghiệp loại giỏi. Thời gian: Tháng 12/2025 và hằng năm.')
    const t = d.tasks.find((x) => x.text.includes('Sở Nội vụ'))!
    expect(t.recurrence).toBe('yearly')
    expect(t.deadline).toMatchObject({ text: 'Tháng 12/2025 và hằng năm', start: '2025-12-01', end: null })
  })
})
