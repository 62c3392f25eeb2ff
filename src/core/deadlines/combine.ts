// What the words before an atom make of it: a limit (trước X, đến hết X), a range (X đến Y), a start (từ X, sau X).
import { addDays } from './calendar.js'
import type { DeadlineKind, Env, Node, Out } from './types.js'

/** The invalid date and the notes of `from`, kept on a new reading. */
export function carry(from: Out, to: Out): Out {
  if (!from.invalid && !from.notes) return to
  const out = { ...to }
  if (from.invalid) out.invalid = from.invalid
  if (from.notes?.length) out.notes = [...(to.notes ?? []), ...from.notes]
  return out
}

export function compose(i: number, j: number, kind: DeadlineKind, parts: Node[], resolve: (env: Env) => Out): Node {
  const year = parts.map((p) => p.year).filter((y) => y !== null).pop() ?? null
  return { i, j, kind, unit: 'span', recurrence: null, year, needsYear: parts.some((p) => p.needsYear), prefixed: true, resolve }
}

/** "X đến Y": a yearless X takes Y's year, and the year before if it would start after Y ends (tháng 11 đến tháng 2/2025). */
export function range(i: number, j: number, x: Node, y: Node): Node {
  return compose(i, j, 'range', [x, y], (env) => {
    const b = y.resolve(env)
    if (b.invalid) return carry(b, { start: null, end: null })
    const yr = y.year ?? (b.end ? Number(b.end.slice(0, 4)) : env.year)
    let a = x.needsYear ? x.resolve({ ...env, year: yr }) : x.resolve(env)
    if (x.needsYear && yr !== null && a.start && b.end && a.start > b.end) a = x.resolve({ ...env, year: yr - 1 })
    if (a.invalid) return carry(a, { start: null, end: null })
    return carry(a, carry(b, { start: a.start, end: b.end }))
  })
}

/** "trước X": the day before X starts. */
export function before(i: number, j: number, x: Node): Node {
  return compose(i, j, 'limit', [x], (env) => {
    const o = x.resolve(env)
    return o.start ? carry(o, { start: null, end: addDays(o.start, -1) }) : o
  })
}

/** "đến hết X", "chậm nhất X": the day X ends. */
export function by(i: number, j: number, x: Node): Node {
  return compose(i, j, 'limit', [x], (env) => {
    const o = x.resolve(env)
    return carry(o, { start: null, end: o.end })
  })
}

/** "từ X": X's start, no end. */
export function from(i: number, j: number, x: Node): Node {
  return compose(i, j, 'open-start', [x], (env) => {
    const o = x.resolve(env)
    return carry(o, { start: o.start, end: null })
  })
}

/** "sau X": the day after X ends, no end. */
export function after(i: number, j: number, x: Node): Node {
  return compose(i, j, 'open-start', [x], (env) => {
    const o = x.resolve(env)
    return o.end ? carry(o, { start: addDays(o.end, 1), end: null }) : o
  })
}
