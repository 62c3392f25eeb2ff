// Rule deadline-before-issue: a deadline that had passed when the document was signed is a typo or a misread date.
// A warning, not an error: on real documents most hits are a past date the reader took for a deadline, which a person must judge.
import type { DocRule } from '../types.js'
import { at, deadlineSpan, quote } from './util.js'

export const deadlineBeforeIssue: DocRule = {
  id: 'deadline-before-issue',
  description: "a deadline earlier than the document's own date of issue",
  defaultSetting: 'warn',
  check(doc) {
    const issued = doc.meta.issuedOn
    if (!issued) return []
    return doc.tasks
      .filter((t) => t.deadline?.end && t.deadline.end < issued)
      .map((t) => at(deadlineSpan(t), `deadline ${t.deadline!.end} (${quote(t.deadline!.text, 40)}) is before the document's date ${issued}`))
  },
}
