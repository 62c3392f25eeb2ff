import { describe, expect, it } from 'vitest'
import { completeScopes, scopeOf } from '../../src/core/extract/scopeFromIssuer.js'
import type { Task } from '../../src/core/contract/schema.js'

const ref = (name: string) => ({ id: '', name, text: name, generic: false, span: null })

describe('scopeOf', () => {
  it('a provincial, district or grassroots committee gives its own kind', () => {
    expect(scopeOf(ref('Tỉnh ủy Trà Vinh'))).toEqual({ scope: 'Tỉnh ủy', central: false })
    expect(scopeOf(ref('Ban Thường vụ Huyện ủy'))).toEqual({ scope: 'Huyện ủy', central: false })
  })
  it('a central body gives Trung ương; a state body gives nothing', () => {
    expect(scopeOf(ref('Bộ Chính trị'))).toEqual({ scope: 'Trung ương', central: true })
    expect(scopeOf(ref('Ủy ban nhân dân tỉnh Bình An'))).toBeNull()
    expect(scopeOf(null)).toBeNull()
  })
})

describe('a level\'s committee with no place', () => {
  const task = (name: string) => ({ lead: [], coordinators: [ref(name)], reportsTo: [] }) as unknown as Task
  it('in the Government\'s or a ministry\'s document is every province\'s committee: a collective', () => {
    const t = task('Ủy ban nhân dân tỉnh')
    completeScopes([t], [], ref('Thủ tướng Chính phủ'))
    expect(t.coordinators[0].generic).toBe(true)
  })
  it('in a province\'s own document is that province\'s committee; a named province always is', () => {
    const own = task('Ủy ban nhân dân tỉnh')
    completeScopes([own], [], ref('Sở Tài chính tỉnh Bình An'))
    expect(own.coordinators[0].generic).toBe(false)
    const named = task('Ủy ban nhân dân tỉnh Bình An')
    completeScopes([named], [], ref('Bộ Tài chính'))
    expect(named.coordinators[0].generic).toBe(false)
  })
})
