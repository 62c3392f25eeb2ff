import { describe, expect, it } from 'vitest'
import { colorLevel } from '../../src/shared/color.js'
import { EventEmitter } from 'node:events'
import { quietOnClosedPipe, todayInVietnam } from '../../src/cli/io.js'
import { fakeIo } from '../fake-io.js'

describe('todayInVietnam', () => {
  it('is the calendar date in Asia/Ho_Chi_Minh (UTC+7), whatever the machine zone', () => {
    expect(todayInVietnam(new Date('2024-03-31T16:59:00Z'))).toBe('2024-03-31')
    expect(todayInVietnam(new Date('2024-03-31T17:00:00Z'))).toBe('2024-04-01')
  })
  it('agrees with the time zone database at every hour of 2024–2026 (read off a fixed offset, not from ICU)', () => {
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' })
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000) {
      const now = new Date(t)
      if (todayInVietnam(now) !== zone.format(now)) expect(todayInVietnam(now)).toBe(zone.format(now))
    }
  })
})

describe('colorLevel', () => {
  const tty = (env: Record<string, string> = {}) => fakeIo({ tty: true, env: { TERM: 'xterm-256color', ...env } })
  it('--color and --no-color win over everything, NO_COLOR too (no-color.org: a flag given overrides it)', () => {
    expect(colorLevel(fakeIo({ env: { NO_COLOR: '1' }, tty: true }), true)).toBe(1)
    expect(colorLevel(fakeIo({ env: { NO_COLOR: '1' } }), true)).toBe(1)
    expect(colorLevel(tty({ FORCE_COLOR: '1' }), false)).toBe(0)
  })
  it('then FORCE_COLOR (0 or false: none), even off a terminal', () => {
    expect(colorLevel(fakeIo({ env: { FORCE_COLOR: '1' } }))).toBe(1)
    expect(colorLevel(fakeIo({ env: { FORCE_COLOR: '' } }))).toBe(1)
    expect(colorLevel(tty({ FORCE_COLOR: '0' }))).toBe(0)
    expect(colorLevel(tty({ FORCE_COLOR: 'false' }))).toBe(0)
  })
  it("then the terminal's own say, as process.stdout.hasColors() decides it: TERM=dumb, NO_COLOR, no colour terminal", () => {
    expect(colorLevel(tty())).toBe(1)
    expect(colorLevel(fakeIo({ tty: false, env: { TERM: 'xterm' } }))).toBe(0)
    expect(colorLevel(tty({ TERM: 'dumb' }))).toBe(0)
    expect(colorLevel(tty({ NO_COLOR: '1' }))).toBe(0)
    expect(colorLevel(fakeIo({ tty: true }))).toBe(0)
    // an empty NO_COLOR is no NO_COLOR (no-color.org)
    expect(colorLevel(tty({ NO_COLOR: '' }))).toBe(1)
  })
  it("asks the stream's own hasColors() when it has one", () => {
    const io = fakeIo({ tty: true, env: { TERM: 'dumb' } })
    io.stdout.hasColors = () => true
    expect(colorLevel(io)).toBe(1)
  })
})

describe('quietOnClosedPipe', () => {
  it('a closed pipe (EPIPE) ends the run with exit 0; any other stream error is still an error', () => {
    const exits: number[] = []
    const stream = new EventEmitter()
    quietOnClosedPipe(stream, (code) => exits.push(code))
    quietOnClosedPipe(stream, (code) => exits.push(code + 100))
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))
    expect(exits).toEqual([0])
    expect(() => stream.emit('error', Object.assign(new Error('no space'), { code: 'ENOSPC' }))).toThrow('no space')
  })
})
