// The rows that issue 14 added to the contract's table of deadline phrases (../shared/spec/ANNOTATION.md), each with
// the date it is read against ("today": the document's date).
import { describe, expect, it } from 'vitest'
import { findDeadlines, lastDeadline, readDeadline } from '../../../src/core/deadlines/index.js'

// [phrase, today, start, end, kind, recurrence]
const rows: Array<[string, string, string | null, string | null, string, string | null]> = [
  ['2026 và hằng năm', '2025-10-01', '2026-01-01', null, 'recurring', 'yearly'],
  ['Tháng 12/2025 và hằng năm', '2025-10-01', '2025-12-01', null, 'recurring', 'yearly'],
  ['giai đoạn 2026-2030 và những năm tiếp theo', '2025-10-01', '2026-01-01', null, 'open-start', null],
  ['tuần đầu tháng 12/2025', '2025-10-01', '2025-12-01', '2025-12-07', 'period', null],
  ['trong 30 ngày kể từ ngày ký', '2025-09-01', '2025-09-02', '2025-10-01', 'relative', null],
  ['trước Tết Nguyên đán Bính Ngọ 2026', '2025-10-01', null, '2026-02-16', 'limit', null],
  ['hoàn thành trước Tết Nguyên đán Bính Ngọ 2026', '2025-10-01', null, '2026-02-16', 'limit', null],
  ['trước Tết Nguyên đán Ất Tỵ năm 2025', '2024-11-01', null, '2025-01-28', 'limit', null],
  ['sau Tết Nguyên đán', '2025-10-01', '2026-02-18', null, 'open-start', null],
  ['từ 01/7/2025', '2025-10-01', '2025-07-01', null, 'open-start', null],
]

describe('the contract: rows added by issue 14', () => {
  it.each(rows)('%s (today %s) → %s … %s (%s)', (phrase, today, start, end, kind, recurrence) => {
    expect(readDeadline(phrase, { today })).toMatchObject({ text: phrase, start, end, kind, recurrence })
  })

  it('"trước Tết" with no year is the next Tết: a document of October 2025 means Tết 2026, one of March 2026 Tết 2027', () => {
    expect(readDeadline('trước Tết', { today: '2025-10-01' }).end).toBe('2026-02-16')
    expect(readDeadline('trước Tết', { today: '2026-03-01' }).end).toBe('2027-02-05')
    expect(readDeadline('trước Tết', { today: '2026-02-17' }).end).toBe('2026-02-16')
  })

  it('Tết named by the day before the first day of that lunar year (2025-01-29, 2026-02-17, 2027-02-06)', () => {
    expect(readDeadline('trước Tết Nguyên đán 2025').end).toBe('2025-01-28')
    expect(readDeadline('trước Tết Nguyên đán năm 2026').end).toBe('2026-02-16')
    expect(readDeadline('trước Tết Đinh Mùi', { today: '2026-05-01' }).end).toBe('2027-02-05')
  })
})

describe('the contract: the same rows in running text', () => {
  const today = '2025-10-01'
  it('a task that ends before Tết, or within 30 days of signing, takes that end', () => {
    expect(lastDeadline('Các sở, ngành hoàn thành trước Tết Nguyên đán Bính Ngọ 2026.', { today })?.end).toBe('2026-02-16')
    expect(lastDeadline('Các sở báo cáo trong 30 ngày kể từ ngày ký, gửi Sở Nội vụ.', { today: '2025-09-01' })?.end).toBe('2025-10-01')
    expect(lastDeadline('Tổ chức tập huấn trong tuần đầu tháng 12/2025.', { today })?.end).toBe('2025-12-07')
  })

  it('the periods a count names in brackets are what is counted; when the work is done is said outside them', () => {
    const paid = 'Thực hiện chi trả gộp 03 tháng lương hưu (tháng 12 năm 2025, tháng 01 và tháng 02 năm 2026) vào kỳ chi trả tháng 12 năm 2025.'
    expect(lastDeadline(paid, { today })?.end).toBe('2025-12-31')
    // (with nothing outside them, they are all the text says of time; a bracket that is no count's keeps its time)
    expect(lastDeadline('Hoàn thành 02 đợt kiểm tra (quý II và quý III năm 2026).', { today })?.end).toBe('2026-09-30')
    expect(lastDeadline('Sở Tài chính báo cáo kết quả trong năm 2025 (trước ngày 15/3/2026).', { today })?.end).toBe('2026-03-14')
  })

  it('a first time then every year, or an open period, has no end', () => {
    expect(lastDeadline('Rà soát, cập nhật danh mục trong năm 2026 và hằng năm.', { today })).toMatchObject({ end: null, kind: 'recurring', recurrence: 'yearly' })
    expect(lastDeadline('Triển khai giai đoạn 2026-2030 và những năm tiếp theo.', { today })).toMatchObject({ end: null, kind: 'open-start' })
  })

  it('Tết without a cue word is no deadline: "phục vụ nhân dân dịp Tết"', () => {
    expect(findDeadlines('phục vụ nhu cầu đi lại của nhân dân dịp Tết dương lịch 2026 và Tết Bính Ngọ.', { today })).toEqual([])
  })
})
