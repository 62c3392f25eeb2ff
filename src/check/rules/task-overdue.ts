// Rule task-overdue: tasks whose deadline has passed as of a given date; silent unless --as-of or asOf is given.
import type { DocRule } from '../types.js'
import { at, deadlineSpan, quote } from './util.js'

export const taskOverdue: DocRule = {
  id: 'task-overdue',
  description: 'a task whose deadline is before the --as-of date (only when --as-of or asOf is given)',
  defaultSetting: 'warn',
  check(doc, ctx) {
    const asOf = ctx.asOf
    if (!asOf) return []
    return doc.tasks
      .filter((t) => t.deadline?.end && t.deadline.end < asOf)
      .map((t) => at(deadlineSpan(t), `task overdue since ${t.deadline!.end} (as of ${asOf}): ${quote(t.text)}`))
  },
}
