import { describe, expect, it } from 'vitest'
import { yearOfHeading } from '../../../src/core/deadlines/index.js'

describe('yearOfHeading: the year a heading or a table header sets for the dates under it', () => {
  it.each([
    ['II. NHIỆM VỤ TRỌNG TÂM NĂM 2026', 2026],
    ['Nhiệm vụ năm 2025', 2025],
    ['Thời gian hoàn thành năm 2026', 2026],
    ['Thời gian / (Năm 2026)', 2026],
    ['Quý I/2026', 2026],
    ['Nhiệm vụ cụ thể trong năm 2026 và quý I/2026', 2026],
  ])('%s → %s', (heading, year) => {
    expect(yearOfHeading(heading)).toBe(year)
  })

  it.each([
    ['III. NHIỆM VỤ GIAI ĐOẠN 2026 - 2030', 'a span of years'],
    ['Mục tiêu đến năm 2030', 'a bare limit'],
    ['Nhiệm vụ năm nay', 'a relative year'],
    ['Kết quả năm 2025 và nhiệm vụ năm 2026', 'two years'],
    ['Triển khai Nghị quyết số 12-NQ/TW ngày 16/01/2025', "a cited document's date"],
    ['NHIỆM VỤ, GIẢI PHÁP', 'no year'],
  ])('%s → none (%s)', (heading) => {
    expect(yearOfHeading(heading)).toBeNull()
  })
})
