// What the HTML report shows, computed by the same query functions as `plan overdue` and `plan agencies`, so its numbers
// are theirs: the categories as of a date (classifyAll), the summary per lead body (summarize), the bodies (agencySummary).
import type { PlanDocument } from '../../core/contract/schema.js'
import { agencySummary, type AgencyRow } from '../../query/agencies.js'
import { bodiesOf } from '../../query/bodies.js'
import { classifyAll, summarize, type OverdueRow, type SummaryRow } from '../../query/overdue.js'
import { fileOf, taskRows } from '../../query/rows.js'
import type { StatusEntry } from '../../query/status.js'

export interface DocumentModel {
  file: string
  number: string | null
  kind: string
  title: string | null
  issuedOn: string | null
  issuer: string | null
  signer: string | null
  sections: Array<{ id: string; number: string | null; title: string; level: number }>
}

export interface ReportModel {
  asOf: string
  /** the total row of `plan overdue --by agency`: each task counted once */
  total: SummaryRow
  /** the other rows of `plan overdue --by agency`, most overdue first */
  byLead: SummaryRow[]
  /** `plan agencies`, as of the same date */
  agencies: AgencyRow[]
  /** every task with its category, in document order; `section[i]` is the section id of `tasks[i]` */
  tasks: OverdueRow[]
  section: Array<string | null>
  /** `docOf[i]` is the index in `documents` of the document of `tasks[i]` (a file may hold several documents) */
  docOf: number[]
  documents: DocumentModel[]
}

export function reportModel(docs: PlanDocument[], asOf: string, status?: Map<string, StatusEntry>): ReportModel {
  const tasks = classifyAll(taskRows(docs), asOf, status)
  const summary = summarize(tasks, 'agency', bodiesOf(docs))
  return {
    asOf,
    total: summary[summary.length - 1],
    byLead: summary.slice(0, -1),
    agencies: agencySummary(docs, tasks),
    tasks,
    section: docs.flatMap((d) => d.tasks.map((t) => t.section ?? null)),
    docOf: docs.flatMap((d, i) => d.tasks.map(() => i)),
    documents: docs.map((d) => ({
      file: fileOf(d),
      number: d.meta.number,
      kind: d.meta.kind,
      title: d.meta.title,
      issuedOn: d.meta.issuedOn,
      issuer: d.meta.issuer?.name ?? null,
      signer: d.meta.signer ? [d.meta.signer.capacity, d.meta.signer.name].filter(Boolean).join(' ') : null,
      sections: (d.sections ?? []).map((s) => ({ id: s.id, number: s.number, title: s.title, level: s.level })),
    })),
  }
}
