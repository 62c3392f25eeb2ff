// What the HTML report shows, computed by the same query functions as `plan overdue` and `plan agencies`, so its numbers
// are theirs: the categories as of a date (classifyAll), the summary per lead body (summarize), the bodies (agencySummary).
import type { PlanDocument } from '../../core/contract/schema.js'
import { agencyTally, type AgencyRow } from '../../query/agencies.js'
import { bodyIndex } from '../../query/bodies.js'
import { classify, summaryTally, type OverdueRow, type SummaryRow } from '../../query/overdue.js'
import { fileOf, taskRow } from '../../query/rows.js'
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

/** The model built document by document, holding each task's row and each document's heading, not the documents. */
export interface ReportModelBuilder {
  add(doc: PlanDocument): void
  model(): ReportModel
}

export function reportModelBuilder(asOf: string, status?: Map<string, StatusEntry>): ReportModelBuilder {
  const bodies = bodyIndex()
  const byLead = summaryTally('agency')
  const agencies = agencyTally()
  const tasks: OverdueRow[] = []
  const section: Array<string | null> = []
  const docOf: number[] = []
  const documents: DocumentModel[] = []
  return {
    add(d) {
      bodies.add(d)
      const i = documents.length
      for (const t of d.tasks) {
        const row = classify(taskRow(d, t), asOf, status?.get(t.id))
        byLead.add(row)
        agencies.add(row)
        tasks.push(row)
        section.push(t.section ?? null)
        docOf.push(i)
      }
      documents.push({
        file: fileOf(d),
        number: d.meta.number,
        kind: d.meta.kind,
        title: d.meta.title,
        issuedOn: d.meta.issuedOn,
        issuer: d.meta.issuer?.name ?? null,
        signer: d.meta.signer ? [d.meta.signer.capacity, d.meta.signer.name].filter(Boolean).join(' ') : null,
        sections: (d.sections ?? []).map((s) => ({ id: s.id, number: s.number, title: s.title, level: s.level })),
      })
    },
    model() {
      const list = bodies.list()
      const summary = byLead.rows(list)
      return { asOf, total: summary[summary.length - 1], byLead: summary.slice(0, -1), agencies: agencies.rows(list), tasks, section, docOf, documents }
    },
  }
}

export function reportModel(docs: PlanDocument[], asOf: string, status?: Map<string, StatusEntry>): ReportModel {
  const builder = reportModelBuilder(asOf, status)
  for (const d of docs) builder.add(d)
  return builder.model()
}
