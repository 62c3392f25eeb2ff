// One phrase as a whole (a table cell, a command-line argument) → one reading.
import { normalise } from './normal.js'
import { extras, pickDeadline, resolveAll, scan } from './find.js'
import { repairDates } from './repair.js'
import type { DeadlineContext, DeadlineReading } from './types.js'

export function readDeadline(phrase: string, ctx: DeadlineContext = {}): DeadlineReading {
  const { low, repairs } = repairDates(normalise(phrase).low)
  const readings = resolveAll(scan(low, true).nodes, ctx, repairs).map((r) => ({
    kind: r.node.kind,
    recurrence: r.node.recurrence,
    start: r.start,
    end: r.end,
    ...extras(r),
    index: r.node.i,
    length: r.node.j - r.node.i,
  }))
  const best = pickDeadline(readings) ?? readings[0]
  if (!best) return { text: phrase, start: null, end: null, kind: 'none', recurrence: null }
  const { index: _i, length: _l, ...reading } = best
  return { text: phrase, ...reading }
}
