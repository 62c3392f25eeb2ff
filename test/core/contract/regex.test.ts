import { describe, expect, it } from 'vitest'
import { warm, warmAll } from '../../../src/core/contract/regex.js'

describe('warm', () => {
  it('gives the same regex back, its lastIndex at 0, matching as before', () => {
    const re = /(?<!\p{L})số\s+(\d+)/u
    expect(warm(re)).toBe(re)
    expect(re.lastIndex).toBe(0)
    expect(re.exec('theo Quyết định số 12 ngày')?.[1]).toBe('12')
    expect(re.test('sổ 12')).toBe(false)
  })

  it('leaves a sticky or global regex reading from the start, even one that matches the empty string', () => {
    const sticky = warm(/\s*(?:đến|tới)?/uy)
    expect(sticky.lastIndex).toBe(0)
    sticky.lastIndex = 3
    expect(sticky.exec('ab  đến')?.[0]).toBe(' đến')
    const global = warm(/\p{Lu}*/gu)
    expect(global.lastIndex).toBe(0)
    expect('Ab CD'.match(global)?.filter(Boolean)).toEqual(['A', 'CD'])
  })

  it('warms every regex given', () => {
    const a = /a/g
    const b = /b*/y
    a.lastIndex = 5
    warmAll(a, b)
    expect([a.lastIndex, b.lastIndex]).toEqual([0, 0])
  })
})
