// The agency registry: names and aliases by the contract's key; suggestions by diacritic-free similarity.
import { describe, expect, it } from 'vitest'
import { buildRegistry, suggest } from '../../src/config/registry.js'

describe('agency registry', () => {
  const reg = buildRegistry([{ name: 'Ủy ban nhân dân tỉnh', aliases: ['UBND tỉnh'] }, { name: 'Sở Tài chính' }])
  it('finds canonical names through names, aliases, case and old tone placement', () => {
    expect(reg.canonical('Uỷ ban nhân dân tỉnh')).toBe('Ủy ban nhân dân tỉnh')
    expect(reg.canonical('ubnd TỈNH')).toBe('Ủy ban nhân dân tỉnh')
    expect(reg.canonical('Sở Tài chính.')).toBe('Sở Tài chính')
    expect(reg.canonical('Sở Xây dựng')).toBeNull()
    expect(reg.size).toBe(2)
  })
  it('suggests close names best first, and nothing when none is close', () => {
    expect(suggest('So Tai chinh tinh', ['Sở Tài chính', 'Sở Tư pháp', 'Ủy ban nhân dân tỉnh'], 2)[0]).toBe('Sở Tài chính')
    expect(suggest('Công an', ['Sở Tài chính'], 3)).toEqual([])
  })
})
