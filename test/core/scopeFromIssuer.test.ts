import { describe, expect, it } from 'vitest'
import { scopeOf } from '../../src/core/extract/scopeFromIssuer.js'

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
