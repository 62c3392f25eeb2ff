// Rule legacy-tone: old tone placement (hoá, uỷ). Harmless for matching, so off unless a team wants one style.
import type { DocRule } from '../types.js'
import { fromDiagnostics } from './from-diagnostics.js'

export const legacyTone: DocRule = {
  id: 'legacy-tone',
  description: 'old tone placement (hoá, uỷ) instead of the modern one (hóa, ủy)',
  defaultSetting: 'off',
  check: fromDiagnostics('legacy-tone'),
}
