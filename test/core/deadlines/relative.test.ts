// Days relative to today (src/core/deadlines/relative.ts), read whole with readDeadline. Written against the mutants
// Stryker left alive (npm run mutation): no other test read a single day against today.
import { describe, expect, it } from 'vitest'
import { readDeadline } from '../../../src/core/deadlines/index.js'

describe('relative days', () => {
  it('hôm nay / ngày mai / hôm qua are today, the day after and the day before', () => {
    const today = '2024-06-15'
    expect(readDeadline('hôm nay', { today })).toMatchObject({ kind: 'relative', start: '2024-06-15', end: '2024-06-15' })
    expect(readDeadline('ngày mai', { today })).toMatchObject({ kind: 'relative', start: '2024-06-16', end: '2024-06-16' })
    expect(readDeadline('hôm qua', { today })).toMatchObject({ kind: 'relative', start: '2024-06-14', end: '2024-06-14' })
  })
})
