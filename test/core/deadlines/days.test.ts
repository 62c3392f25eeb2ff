// Rules of one day (src/core/deadlines/days.ts), read whole with readDeadline. Written against the mutants Stryker
// left alive (npm run mutation): each test fails when its rule is switched off.
import { describe, expect, it } from 'vitest'
import { readDeadline } from '../../../src/core/deadlines/index.js'

describe('days', () => {
  it('a two-digit year is 20yy up to 50 and 19yy after', () => {
    expect(readDeadline('ngày 15/12/13')).toMatchObject({ kind: 'date', start: '2013-12-15', end: '2013-12-15' })
    expect(readDeadline('ngày 15/12/99')).toMatchObject({ kind: 'date', start: '1999-12-15', end: '1999-12-15' })
  })

  it('a four-digit year outside 1800–2100 does not make a date', () => {
    expect(readDeadline('ngày 15/12/2200')).toMatchObject({ kind: 'none', start: null, end: null })
  })

  it('"ngày đầu tiên / cuối cùng của tháng …" is the first or the last day of that month', () => {
    expect(readDeadline('ngày đầu tiên của tháng ba năm 2026')).toMatchObject({ kind: 'date', start: '2026-03-01', end: '2026-03-01' })
    expect(readDeadline('ngày cuối cùng của tháng 2/2024')).toMatchObject({ kind: 'date', start: '2024-02-29', end: '2024-02-29' })
  })

  it('an impossible day after "ngày" is reported as invalid; written bare it is not a date', () => {
    expect(readDeadline('ngày 32/12/2024')).toMatchObject({ kind: 'date', start: null, end: null, invalid: expect.stringMatching(/^32\/12\/2024/) })
    expect(readDeadline('ngày 0/12/2024')).toMatchObject({ start: null, end: null, invalid: expect.stringMatching(/^0\/12\/2024/) })
    expect(readDeadline('32/12/2024')).toMatchObject({ kind: 'none', start: null, end: null })
  })
})
