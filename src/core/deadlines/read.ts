// One phrase as a whole (a table cell, a command-line argument) → one reading.
import { normalise } from './normal.js'
import { pickDeadline, resolveAll, scan } from './find.js'
import type { DeadlineContext, DeadlineReading } from './types.js'

export function readDeadline(phrase: string, ctx: DeadlineContext = {}): DeadlineReading {
  const { low } = normalise(phrase)
  const readings = resolveAll(scan(low, true).nodes, ctx).map(({ node, start, end, invalid }) => ({
    kind: node.kind,
    recurrence: node.recurrence,
    start,
    end,
    ...(invalid ? { invalid } : {}),
  }))
  const best = pickDeadline(readings) ?? readings[0]
  if (!best) return { text: phrase, start: null, end: null, kind: 'none', recurrence: null }
  return { text: phrase, ...best }
}
