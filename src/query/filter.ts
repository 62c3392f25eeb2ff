// The task filters of `plan tasks` / `plan overdue`: AND across filters, OR within a repeated one.
import type { PlanDocument } from '../core/contract/schema.js'
import { bodiesOf, type Body } from './bodies.js'
import { modernTone } from '../core/contract/text.js'
import { agencyKey, suggestAgencies } from './names.js'
import type { TaskRow } from './rows.js'

export interface TaskFilter {
  /** --chu-tri: lead is one of these */
  lead?: string[]
  /** --phoi-hop: a coordinator is one of these */
  coordinator?: string[]
  /** --agency: lead or coordinator is one of these */
  agency?: string[]
  /** --due-before: deadline.end on or before this day (YYYY-MM-DD) */
  dueBefore?: string
  /** --due-after: deadline.end on or after this day */
  dueAfter?: string
  /** --no-deadline: only tasks without deadline.end */
  noDeadline?: boolean
  /** --kind: the document's kind */
  kind?: string[]
  /** --grep: the task text contains one of these (diacritics matter only when the query has them) */
  grep?: string[]
}

/** A query naming no body in the input, with the closest names. */
export interface UnknownAgency {
  query: string
  suggestions: string[]
}

/** Checks every agency query against the bodies in the input: exact on agencyKey, nothing fuzzy. */
export function unknownAgencies(docs: PlanDocument[], f: TaskFilter): UnknownAgency[] {
  return unknownAmong(bodiesOf(docs), f)
}

/** unknownAgencies, given the bodies of the input (bodiesOf, or a bodyIndex filled document by document). */
export function unknownAmong(bodies: Body[], f: TaskFilter): UnknownAgency[] {
  const keys = new Set(bodies.map((b) => b.key))
  const names = bodies.map((b) => b.name)
  const queries = [...new Set([...(f.lead ?? []), ...(f.coordinator ?? []), ...(f.agency ?? [])])]
  return queries.filter((q) => !keys.has(agencyKey(q))).map((q) => ({ query: q, suggestions: suggestAgencies(q, names, 3) }))
}

/** Whether the filter names bodies: only then can it fail on the input (a name that matches no body). */
export function namesBodies(f: TaskFilter): boolean {
  return !!(f.lead?.length || f.coordinator?.length || f.agency?.length)
}

export function filterTasks(rows: TaskRow[], f: TaskFilter): TaskRow[] {
  return rows.filter(taskMatcher(f))
}

/** The filter as a test of one row, for rows read one at a time. */
export function taskMatcher(f: TaskFilter): (r: TaskRow) => boolean {
  const key = agencyKey
  const keySet = (qs?: string[]) => (qs?.length ? new Set(qs.map(agencyKey)) : null)
  const lead = keySet(f.lead)
  const coord = keySet(f.coordinator)
  const any = keySet(f.agency)
  const kinds = f.kind?.length ? new Set(f.kind) : null
  const greps = f.grep?.length ? f.grep.map(textMatcher) : null
  return (r) => {
    if (lead && !r.lead.some((n) => lead.has(key(n)))) return false
    if (coord && !r.coordinators.some((n) => coord.has(key(n)))) return false
    if (any && ![...r.lead, ...r.coordinators].some((n) => any.has(key(n)))) return false
    if (f.dueBefore && !(r.deadline && r.deadline <= f.dueBefore)) return false
    if (f.dueAfter && !(r.deadline && r.deadline >= f.dueAfter)) return false
    if (f.noDeadline && r.deadline) return false
    if (kinds && !kinds.has(r.kind)) return false
    if (greps && !greps.some((m) => m(r.text))) return false
    return true
  }
}

/** Case and tone placement never matter; diacritics matter only when the query has some ("to chuc" finds "tổ chức", "tổ" does not find "tờ"). */
export function textMatcher(query: string): (text: string) => boolean {
  const lower = (s: string) => modernTone(s.normalize('NFC').toLowerCase()).replace(/\s+/g, ' ')
  const strip = (s: string) => lower(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')
  const q = lower(query).trim()
  const plain = strip(q) === q
  return plain ? (t) => strip(t).includes(q) : (t) => lower(t).includes(q)
}
