// Helpers shared by the rules: one-line quoting of document text, and the position of a task.
import type { Span, Task } from '../../core/contract/schema.js'
import type { Hit } from '../types.js'

/** Document text made safe for a one-line message: white space collapsed, long text cut with an ellipsis. */
export function quote(s: string, max = 60): string {
  const t = s.replace(/\s+/g, ' ').trim()
  return `"${t.length > max ? t.slice(0, max - 1).trimEnd() + '…' : t}"`
}

export function at(span: Span | null | undefined, message: string): Hit {
  return { line: span?.start.line ?? 1, column: span?.start.column ?? 1, message }
}

/** Where a task's deadline is written, else where the task starts. */
export function deadlineSpan(t: Task): Span {
  return t.deadline?.span ?? t.span
}
