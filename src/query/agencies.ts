// `plan agencies`: every body in the input with the forms it was written in, the tasks it leads and coordinates, and how many are overdue.
import type { PlanDocument } from '../core/contract/schema.js'
import { bodiesOf, type Body } from './bodies.js'
import { agencyKey } from './names.js'
import type { OverdueRow } from './overdue.js'

export interface AgencyRow {
  name: string
  generic: boolean
  forms: string[]
  leads: number
  coordinates: number
  overdueLeads: number
  overdueCoordinates: number
  /** where the body was first seen */
  file: string
  line: number
  column: number
}

/** How many tasks each body leads and coordinates (and of those, how many are overdue), counted task by task. */
export interface AgencyTally {
  add(task: OverdueRow): void
  /** the rows of `bodies` (bodiesOf the same input), most-leading bodies first */
  rows(bodies: Body[]): AgencyRow[]
}

interface Counts {
  leads: number
  coordinates: number
  overdueLeads: number
  overdueCoordinates: number
}

export function agencyTally(): AgencyTally {
  const counts = new Map<string, Counts>()
  const of = (k: string) => {
    let c = counts.get(k)
    if (!c) counts.set(k, (c = { leads: 0, coordinates: 0, overdueLeads: 0, overdueCoordinates: 0 }))
    return c
  }
  return {
    add(t) {
      const late = t.status === 'overdue'
      // each body once, even when a task names it twice
      for (const k of new Set(t.lead.map(agencyKey))) {
        const c = of(k)
        c.leads++
        if (late) c.overdueLeads++
      }
      for (const k of new Set(t.coordinators.map(agencyKey))) {
        const c = of(k)
        c.coordinates++
        if (late) c.overdueCoordinates++
      }
    },
    rows(bodies) {
      const rows = bodies.map((b): AgencyRow => {
        const c = counts.get(b.key)
        return { name: b.name, generic: b.generic, forms: b.forms, leads: c?.leads ?? 0, coordinates: c?.coordinates ?? 0, overdueLeads: c?.overdueLeads ?? 0, overdueCoordinates: c?.overdueCoordinates ?? 0, file: b.file, line: b.line, column: b.column }
      })
      return rows.sort((a, b) => b.leads - a.leads || b.coordinates - a.coordinates || a.name.localeCompare(b.name, 'vi'))
    },
  }
}

/** `tasks` are every task of `docs`, already classified on the as-of date. Most-leading bodies first. */
export function agencySummary(docs: PlanDocument[], tasks: OverdueRow[]): AgencyRow[] {
  const tally = agencyTally()
  for (const t of tasks) tally.add(t)
  return tally.rows(bodiesOf(docs))
}
