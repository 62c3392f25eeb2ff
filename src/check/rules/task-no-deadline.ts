// Rule task-no-deadline: many duties are ongoing by design, so this is off unless a team wants every task dated.
import type { DocRule } from '../types.js'
import { at, quote } from './util.js'

export const taskNoDeadline: DocRule = {
  id: 'task-no-deadline',
  description: 'a task with no deadline (recurring duties such as "hằng năm" are not counted)',
  defaultSetting: 'off',
  check(doc) {
    return doc.tasks.filter((t) => !t.deadline?.end && !t.recurrence).map((t) => at(t.span, `task has no deadline: ${quote(t.text)}`))
  },
}
