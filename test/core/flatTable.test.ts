import { describe, expect, it } from 'vitest'
import { unflattenTables } from '../../src/core/flatTable.js'

describe('unflattenTables', () => {
  it('rebuilds header cells split across lines and one row, keeping the line count', () => {
    const lines = ['STT', 'Nhiệm vụ', 'Cơ quan', 'chủ trì', 'Thời gian hoàn', 'thành', '1.', 'Rà soát quy hoạch cán bộ diện Ban', 'Thường vụ quản lý', 'Ban Tổ chức', 'Tỉnh ủy', 'Quý II/2025']
    const out = unflattenTables(lines)
    expect(out).toHaveLength(lines.length)
    expect(out[0]).toBe('| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |')
    expect(out[6]).toBe('| 1 | Rà soát quy hoạch cán bộ diện Ban Thường vụ quản lý | Ban Tổ chức Tỉnh ủy | Quý II/2025 |')
    expect(out.slice(7).every((l) => l === '')).toBe(true)
  })

  it('leaves alone a short run that is not a task table', () => {
    const lines = ['STT', 'Họ và tên', 'Chức vụ', '1', 'Nguyễn Văn An', 'Bí thư']
    expect(unflattenTables(lines)).toEqual(lines)
  })
})
