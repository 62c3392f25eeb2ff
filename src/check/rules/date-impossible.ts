// Rule date-impossible: a date that does not exist in the calendar, such as 31/4/2024.
import type { DocRule } from '../types.js'
import { fromDiagnostics } from './from-diagnostics.js'

export const dateImpossible: DocRule = {
  id: 'date-impossible',
  description: 'a date that does not exist, such as 31/4/2024',
  defaultSetting: 'error',
  check: fromDiagnostics('date-impossible'),
}
