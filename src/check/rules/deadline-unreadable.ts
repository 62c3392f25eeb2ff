// Rule deadline-unreadable: a phrase that looks like a deadline but could not be turned into a date.
import type { DocRule } from '../types.js'
import { fromDiagnostics } from './from-diagnostics.js'

export const deadlineUnreadable: DocRule = {
  id: 'deadline-unreadable',
  description: 'a time phrase that looks like a deadline but could not be read as a date',
  defaultSetting: 'warn',
  check: fromDiagnostics('deadline-unreadable'),
}
