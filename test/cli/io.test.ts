import { describe, expect, it } from 'vitest'
import { colorLevel } from '../../src/cli/color.js'
import { todayInVietnam } from '../../src/cli/io.js'
import { fakeIo } from '../fake-io.js'

describe('todayInVietnam', () => {
  it('is the calendar date in Asia/Ho_Chi_Minh (UTC+7), whatever the machine zone', () => {
    expect(todayInVietnam(new Date('2024-03-31T16:59:00Z'))).toBe('2024-03-31')
    expect(todayInVietnam(new Date('2024-03-31T17:00:00Z'))).toBe('2024-04-01')
  })
})

describe('colorLevel', () => {
  it('NO_COLOR wins over everything, then FORCE_COLOR, then the flag, then the terminal', () => {
    expect(colorLevel(fakeIo({ env: { NO_COLOR: '1', FORCE_COLOR: '1' }, tty: true }), true)).toBe(0)
    expect(colorLevel(fakeIo({ env: { FORCE_COLOR: '1' } }))).toBe(1)
    expect(colorLevel(fakeIo({ env: { FORCE_COLOR: '0' }, tty: true }))).toBe(0)
    expect(colorLevel(fakeIo({ tty: true }), false)).toBe(0)
    expect(colorLevel(fakeIo({ tty: true }))).toBe(1)
    expect(colorLevel(fakeIo({ tty: false }))).toBe(0)
  })
})
