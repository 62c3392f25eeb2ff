import { describe, expect, it } from 'vitest'
import { lazy } from '../../src/shared/lazy.js'

describe('lazy', () => {
  it('requires nothing until called', () => {
    const missing = lazy('no-such-package-anywhere')
    expect(() => missing()).toThrow(/no-such-package-anywhere/)
  })

  it('gives the package, once required, on every call', () => {
    const wrap = lazy<typeof import('wrap-ansi')>('wrap-ansi')
    const first = wrap()
    expect(first.default('ab cd', 2, { hard: true })).toBe('ab\ncd')
    expect(wrap()).toBe(first)
  })
})
