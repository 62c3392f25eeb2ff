// Rule task-no-lead: a task nobody is named to carry out cannot be followed up.
import type { DocRule } from '../types.js'
import { at, quote } from './util.js'

export const taskNoLead: DocRule = {
  id: 'task-no-lead',
  description: 'a task with no lead (chủ trì) in the item or the headings above it',
  defaultSetting: 'warn',
  check(doc) {
    return doc.tasks.filter((t) => t.lead.length === 0).map((t) => at(t.span, `task has no lead: ${quote(t.text)}`))
  },
}
