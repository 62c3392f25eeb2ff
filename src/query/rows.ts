// Parsed documents → one flat row per task, each saying which file, line and column it came from.
import type { DocKind, PlanDocument, Recurrence, Task } from '../core/contract/schema.js'

export interface TaskRow {
  file: string
  line: number
  column: number
  id: string
  text: string
  lead: string[]
  coordinators: string[]
  /** deadline.end: the last day, inclusive (YYYY-MM-DD) */
  deadline: string | null
  deadlineText: string | null
  recurrence: Recurrence | null
  /** the kind of the document the task is in */
  kind: DocKind
  /** the document's number (Số 15-KH/TU), when it has one */
  document: string | null
}

/** The name a document gets in rows: its file, or <stdin>. */
export function fileOf(doc: PlanDocument): string {
  return doc.file ?? '<stdin>'
}

export function taskRow(doc: PlanDocument, t: Task): TaskRow {
  return {
    file: fileOf(doc),
    line: t.span.start.line,
    column: t.span.start.column,
    id: t.id,
    text: t.text,
    lead: unique(t.lead.map((a) => a.name)),
    coordinators: unique(t.coordinators.map((a) => a.name)),
    deadline: t.deadline?.end ?? null,
    deadlineText: t.deadline?.text ?? null,
    recurrence: t.recurrence,
    kind: doc.meta.kind,
    document: doc.meta.number,
  }
}

/** Every task of every document, in input order then document order. */
export function taskRows(docs: PlanDocument[]): TaskRow[] {
  return docs.flatMap((d) => d.tasks.map((t) => taskRow(d, t)))
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)]
}
