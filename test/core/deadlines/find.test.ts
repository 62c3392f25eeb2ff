import { describe, expect, it } from 'vitest'
import { findDeadlines, lastDeadline, yearsMentioned } from '../../../src/core/deadlines/index.js'

const texts = (s: string, today?: string) => findDeadlines(s, { today }).map((m) => m.text)

describe('findDeadlines', () => {
  it('finds every phrase left to right, with offsets into the given text', () => {
    const s = 'Ban Tổ chức Trung ương chủ trì (trình Bộ Chính trị quý IV-2013), thực hiện xong trước tháng 12-2013.'
    const ms = findDeadlines(s)
    expect(ms.map((m) => m.text)).toEqual(['quý IV-2013', 'trước tháng 12-2013'])
    for (const m of ms) expect(s.slice(m.index, m.index + m.length)).toBe(m.text)
    expect(ms[1]).toMatchObject({ start: null, end: '2013-11-30', kind: 'limit' })
  })

  it('a time word counts at a word start only: not inside a word, nor glued to a number by / . , -', () => {
    expect(texts('xtháng 5/2026, 12/tháng 5/2026, 12.năm 2026, 2-năm 2026')).toEqual([])
    expect(texts('a/tháng 5/2026; b-năm 2026; (tháng 6/2026)')).toEqual(['tháng 5/2026', 'năm 2026', 'tháng 6/2026'])
    expect(texts('đạtháng 5/2026 và é năm 2026')).toEqual(['năm 2026'])
  })

  it('maps offsets back to decomposed input', () => {
    const s = 'Hoàn thành trong quý III năm 2024.'.normalize('NFD')
    const [m] = findDeadlines(s)
    expect(s.slice(m.index, m.index + m.length).normalize('NFC')).toBe('trong quý III năm 2024')
    expect(m.end).toBe('2024-09-30')
  })

  it.each([
    'Quán triệt Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Hội nghị Trung ương 4 (khóa XI).',
    'theo tinh thần Kết luận (số 64-KL/TW, ngày 28-5-2013) của Ban Chấp hành.',
    'thực hiện Quy định số 23, ngày 15-01-2002 của Bộ Chính trị.',
    'Chỉ thị 03-CT/TW ngày 14/5/2011 về tiếp tục đẩy mạnh.',
    'trên cơ sở Kế hoạch 08, ngày 12/3/2012 của Bộ Chính trị.',
    'theo Kết luận số 01-KL/BTCTW, ngày 02/4/2016 của Ban Tổ chức.',
    'ban hành kèm theo Quyết định số 158 QĐ/TW, ngày 12-8-2008.',
    'theo Nghị định ngày 29 tháng 4 năm 2026 của Chính phủ',
    'Đại hội Đảng bộ tỉnh nhiệm kỳ 2016 - 2021',
    'theo quy định của Luật Đất đai năm 2024',
    'tăng 10% so với năm 2023',
    'năm sau cao hơn năm trước',
    'trong những năm tới',
    'khen thưởng 02 năm liền, kiểm tra 01 năm 02 lần, hai năm liền',
    'đạt 6/10 điểm trở lên; các điểm từ 1-10',
    'chi thường xuyên của ngân sách',
  ])('finds nothing in a reference, a term, a comparison or a count: %s', (s) => {
    expect(texts(s, '2024-06-15')).toEqual([])
  })

  it('still reads a deadline that follows a reference', () => {
    expect(texts('Thực hiện Chỉ thị 03-CT/TW ngày 14/5/2011, hoàn thành trước ngày 30/6/2012.')).toEqual(['trước ngày 30/6/2012'])
  })

  it('reads bare day-month forms only after a cue word', () => {
    expect(texts('Báo cáo trước 15/12 và đạt 2/3 số xã.')).toEqual(['trước 15/12'])
  })

  it('lends a written year to a month without one in the same text', () => {
    const [m] = findDeadlines('trình Bộ Chính trị trong tháng 10 và thực hiện xong trước tháng 12-2013', { year: 2020 })
    expect(m).toMatchObject({ text: 'trong tháng 10', start: '2013-10-01', end: '2013-10-31' })
  })

  it('reads recurring and conditional phrases in running text', () => {
    const ms = findDeadlines('6 tháng và hằng năm báo cáo kết quả; sau khi Hiến pháp sửa đổi được ban hành, rà soát.')
    expect(ms.map((m) => [m.kind, m.recurrence])).toEqual([
      ['recurring', 'half-yearly'],
      ['conditional', null],
    ])
  })
})

describe('lastDeadline', () => {
  it('returns the latest end among the milestones', () => {
    const m = lastDeadline('trình Bộ Chính trị trong tháng 10 và thực hiện xong trước tháng 12-2013')
    expect(m).toMatchObject({ text: 'trước tháng 12-2013', end: '2013-11-30' })
  })

  it('falls back to a recurring or conditional phrase, then null', () => {
    expect(lastDeadline('Hằng quý báo cáo Ban Thường vụ.')).toMatchObject({ kind: 'recurring', end: null })
    expect(lastDeadline('Thực hiện từ quý II/2024.')).toMatchObject({ kind: 'open-start', end: null })
    expect(lastDeadline('Quán triệt sâu sắc Nghị quyết số 12-NQ/TW ngày 16/01/2012.')).toBeNull()
  })

  it('reports an impossible date when nothing else is there', () => {
    expect(lastDeadline('Hoàn thành ngày 31/4/2024.')).toMatchObject({ end: null, invalid: expect.any(String) })
  })
})

describe('yearsMentioned', () => {
  it('lists plausible years outside references and document numbers', () => {
    const s = 'Căn cứ Nghị định số 142/2025/NĐ-CP ngày 12/6/2020; nhiệm kỳ 2015 - 2020; trong năm 2024 và giai đoạn 2026 - 2030, dân số 1.234.567.'
    expect(yearsMentioned(s)).toEqual([2024, 2026, 2030])
  })
})

describe('a year that names an event', () => {
  it('is not a deadline: "Hội nghị toàn quốc … năm 2016"', () => {
    expect(lastDeadline('Tập trung chỉ đạo thực hiện tốt Kết luận tại Hội nghị toàn quốc Ngành Tổ chức xây dựng Đảng năm 2016 với 08 giải pháp.', {})).toBeNull()
  })
  it('but "trong năm 2016" after the event still is', () => {
    expect(lastDeadline('Tổ chức Hội nghị toàn quốc trong năm 2016.', {})?.end).toBe('2016-12-31')
  })
})

describe('findDeadlines on a text read before', () => {
  it('reads the same text again against each context: the year it lacks comes from the context of each call', () => {
    const text = 'hoàn thành trước ngày 15/3'
    expect(findDeadlines(text, { year: 2025 })[0]?.end).toBe('2025-03-14')
    expect(findDeadlines(text, { year: 2026 })[0]?.end).toBe('2026-03-14')
    expect(findDeadlines(text, { year: 2025 })[0]?.end).toBe('2025-03-14')
  })
})
