// `plan agencies`: every body in the input with the forms it was written in, the tasks it leads and coordinates, and how many are overdue.
import type { PlanDocument } from '../core/contract/schema.js'
import { bodiesOf } from './bodies.js'
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

/** `tasks` are every task of `docs`, already classified on the as-of date. Most-leading bodies first. */
export function agencySummary(docs: PlanDocument[], tasks: OverdueRow[]): AgencyRow[] {
  const rows = new Map<string, AgencyRow>()
  for (const b of bodiesOf(docs)) {
    rows.set(b.key, { name: b.name, generic: b.generic, forms: b.forms, leads: 0, coordinates: 0, overdueLeads: 0, overdueCoordinates: 0, file: b.file, line: b.line, column: b.column })
  }
  for (const t of tasks) {
    const late = t.status === 'overdue'
    for (const r of bodyRows(rows, t.lead)) {
      r.leads++
      if (late) r.overdueLeads++
    }
    for (const r of bodyRows(rows, t.coordinators)) {
      r.coordinates++
      if (late) r.overdueCoordinates++
    }
  }
  return [...rows.values()].sort((a, b) => b.leads - a.leads || b.coordinates - a.coordinates || a.name.localeCompare(b.name, 'vi'))
}

/** The rows of the named bodies, each once even when a task names it twice. */
function bodyRows(rows: Map<string, AgencyRow>, names: string[]): AgencyRow[] {
  return [...new Set(names.map(agencyKey))].flatMap((k) => rows.get(k) ?? [])
}
