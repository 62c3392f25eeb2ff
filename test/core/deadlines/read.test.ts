import { describe, expect, it } from 'vitest'
import { readDeadline } from '../../../src/core/deadlines/index.js'

// [phrase, start, end, kind] — every row of the "Deadlines" contract table, and the rest of the brief
const cases: Array<[string, string | null, string | null, string]> = [
  ['quý IV-2013', '2013-10-01', '2013-12-31', 'period'],
  ['quý IV/2013', '2013-10-01', '2013-12-31', 'period'],
  ['quý 4 năm 2013', '2013-10-01', '2013-12-31', 'period'],
  ['trước tháng 12-2013', null, '2013-11-30', 'limit'],
  ['trước ngày 15/12/2013', null, '2013-12-14', 'limit'],
  ['trước 15/12/2013', null, '2013-12-14', 'limit'],
  ['chậm nhất ngày 15/12/2013', null, '2013-12-15', 'limit'],
  ['trong ngày 15/12/2013', '2013-12-15', '2013-12-15', 'date'],
  ['đến ngày 15/12/2013', null, '2013-12-15', 'limit'],
  ['hạn chót 15/12/2013', null, '2013-12-15', 'limit'],
  ['đến hết ngày 15/12/2013', null, '2013-12-15', 'limit'],
  ['trong tháng 4/2012', '2012-04-01', '2012-04-30', 'period'],
  ['tháng 4 năm 2012', '2012-04-01', '2012-04-30', 'period'],
  ['tháng 12-1999', '1999-12-01', '1999-12-31', 'period'],
  ['trong tháng 7 và tháng 8/2012', '2012-07-01', '2012-08-31', 'range'],
  ['tháng 9, 10, 11/2012', '2012-09-01', '2012-11-30', 'range'],
  ['hai ngày (27, 28/3/2012)', '2012-03-27', '2012-03-28', 'range'],
  ['27-28/08/2025', '2025-08-27', '2025-08-28', 'range'],
  ['ngày 5 - 6 tháng 3 năm 2025', '2025-03-05', '2025-03-06', 'range'],
  ['từ 27 - 28/8/2025', '2025-08-27', '2025-08-28', 'range'],
  ['từ tháng 7-8/2025', '2025-07-01', '2025-08-31', 'range'],
  ['một ngày (30/3/2012)', '2012-03-30', '2012-03-30', 'date'],
  ['27-2 đến 29-2-2012', '2012-02-27', '2012-02-29', 'range'],
  ['năm 2012', '2012-01-01', '2012-12-31', 'period'],
  ['trong năm 2012', '2012-01-01', '2012-12-31', 'period'],
  ['từ nay đến năm 2016', null, '2016-12-31', 'limit'],
  ['đến hết năm 2016', null, '2016-12-31', 'limit'],
  ['6 tháng đầu năm 2013', '2013-01-01', '2013-06-30', 'period'],
  ['từ ngày 20/12/2024 đến ngày 28/02/2025', '2024-12-20', '2025-02-28', 'range'],
  ['thực hiện từ quý II/2024', '2024-04-01', null, 'open-start'],
  ['cuối quý III năm 2024', '2024-09-01', '2024-09-30', 'period'],
  ['cuối năm 2024', '2024-10-01', '2024-12-31', 'period'],
  ['6 tháng cuối năm 2024', '2024-07-01', '2024-12-31', 'period'],
  ['giai đoạn 2021 - 2025', '2021-01-01', '2025-12-31', 'range'],
  ['2021-2025', '2021-01-01', '2025-12-31', 'range'],
  ['Trước năm 2025', null, '2024-12-31', 'limit'],
  ['Quý I, II/2026', '2026-01-01', '2026-06-30', 'range'],
  ['tháng 10 - 12/2024', '2024-10-01', '2024-12-31', 'range'],
  ['5/2026', '2026-05-01', '2026-05-31', 'period'],
  ['2026', '2026-01-01', '2026-12-31', 'period'],
  ['đầu năm 2025', '2025-01-01', '2025-03-31', 'period'],
  ['hạ tuần tháng 3/2024', '2024-03-21', '2024-03-31', 'period'],
  ['không muộn hơn quý II năm 2026', null, '2026-06-30', 'limit'],
  ['sau năm 2025', '2026-01-01', null, 'open-start'],
  ['03.11.2023', '2023-11-03', '2023-11-03', 'date'],
  ['ngày 29/2/2024', '2024-02-29', '2024-02-29', 'date'],
]

describe('readDeadline: the contract table', () => {
  it.each(cases)('%s → %s … %s (%s)', (phrase, start, end, kind) => {
    const r = readDeadline(phrase, { today: '2024-06-15' })
    expect(r).toMatchObject({ text: phrase, start, end, kind })
    expect(r.invalid).toBeUndefined()
  })
})

describe('readDeadline: quarters and months without a year', () => {
  it.each([
    ['Quý II', '2024-04-01', '2024-06-30'],
    ['quí 3', '2024-07-01', '2024-09-30'],
    ['quý ba', '2024-07-01', '2024-09-30'],
    ['9 tháng đầu năm', '2024-01-01', '2024-09-30'],
    ['tháng mười', '2024-10-01', '2024-10-31'],
  ])('%s takes the year of today', (phrase, start, end) => {
    expect(readDeadline(phrase, { today: '2024-06-15' })).toMatchObject({ start, end })
  })

  it('prefers ctx.year to the year of today', () => {
    expect(readDeadline('Quý II', { today: '2024-06-15', year: 2013 })).toMatchObject({ start: '2013-04-01', end: '2013-06-30' })
  })

  it('leaves the dates empty when nothing gives a year', () => {
    expect(readDeadline('quý II')).toMatchObject({ start: null, end: null, kind: 'period' })
  })

  it('takes the year from elsewhere in the phrase, and the latest end', () => {
    const r = readDeadline('trình Bộ Chính trị trong tháng 10 và thực hiện xong trước tháng 12-2013')
    expect(r).toMatchObject({ start: null, end: '2013-11-30', kind: 'limit' })
  })
})

describe('readDeadline: recurring and conditional duties have no end', () => {
  it.each([
    ['Thường xuyên', 'ongoing'],
    ['Hằng quý', 'quarterly'],
    ['hằng năm', 'yearly'],
    ['hàng năm', 'yearly'],
    ['định kỳ', 'periodic'],
    ['định kỳ hằng năm', 'yearly'],
    ['6 tháng và hằng năm', 'half-yearly'],
    ['ngày 20 hằng tháng', 'monthly'],
    ['trước ngày 15/12 hằng năm', 'yearly'],
  ])('%s → %s', (phrase, recurrence) => {
    expect(readDeadline(phrase, { today: '2024-06-15' })).toMatchObject({ kind: 'recurring', recurrence, start: null, end: null })
  })

  it.each(['sau khi Hiến pháp sửa đổi được ban hành', 'khi có yêu cầu', 'trong thời hạn 15 ngày kể từ ngày nhận được hồ sơ'])('%s is conditional', (phrase) => {
    expect(readDeadline(phrase)).toMatchObject({ kind: 'conditional', start: null, end: null, recurrence: null })
  })
})

describe('readDeadline: relative to today', () => {
  const today = '2024-06-15'
  it.each([
    ['năm nay', '2024-01-01', '2024-12-31'],
    ['quý này', '2024-04-01', '2024-06-30'],
    ['quý sau', '2024-07-01', '2024-09-30'],
    ['tháng này', '2024-06-01', '2024-06-30'],
    ['tháng sau', '2024-07-01', '2024-07-31'],
    ['năm tới', '2025-01-01', '2025-12-31'],
    ['3 tháng tới', '2024-07-01', '2024-09-30'],
    ['2 năm vừa rồi', '2022-01-01', '2023-12-31'],
    ['năm ngoái', '2023-01-01', '2023-12-31'],
    ['tuần sau', '2024-06-17', '2024-06-23'],
    ['tháng 3 tới', '2025-03-01', '2025-03-31'],
    ['trước cuối năm nay', null, '2024-12-31'],
    ['tháng 01 năm tiếp theo', '2025-01-01', '2025-01-31'],
  ])('%s → %s … %s', (phrase, start, end) => {
    expect(readDeadline(phrase, { today })).toMatchObject({ start, end })
  })

  it('has no dates without today', () => {
    expect(readDeadline('quý sau')).toMatchObject({ kind: 'relative', start: null, end: null })
  })
})

describe('readDeadline: what is not a date', () => {
  it('reports an impossible day with no end', () => {
    const r = readDeadline('ngày 31/4/2024')
    expect(r.end).toBeNull()
    expect(r.invalid).toMatch(/31\/4\/2024/)
    expect(readDeadline('ngày 29/2/2023').invalid).toBeDefined()
  })

  it.each(['28-27/08/2025', '02 năm liền', '01 năm 02 lần', 'hai năm liền', 'tăng 20% - 25%', 'Hội nghị Trung ương 4 (khóa XI)', 'ngày … tháng … năm …', 'quy định', 'xin chào'])(
    '%s → none',
    (phrase) => {
      expect(readDeadline(phrase, { today: '2024-06-15' })).toEqual({ text: phrase, start: null, end: null, kind: 'none', recurrence: null })
    },
  )

  it('reads decomposed Unicode and old tone placement', () => {
    expect(readDeadline('Quý IV/2013'.normalize('NFD'))).toMatchObject({ end: '2013-12-31' })
    expect(readDeadline('trước tháng 12-2013'.normalize('NFD'))).toMatchObject({ end: '2013-11-30' })
    expect(readDeadline('QUÍ II NĂM 2024')).toMatchObject({ end: '2024-06-30' })
  })
})

describe('so many times a period is a recurring duty', () => {
  it('"01 lần/tháng", "2 lần/năm" have no end', () => {
    expect(readDeadline('ít nhất 01 lần/tháng')).toMatchObject({ kind: 'recurring', recurrence: 'monthly', end: null })
    expect(readDeadline('2 lần/năm')).toMatchObject({ kind: 'recurring', recurrence: 'yearly', end: null })
  })
})
