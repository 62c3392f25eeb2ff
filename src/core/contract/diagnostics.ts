// Problems are data: every diagnostic the parser can emit has a stable code, and its English sentence is built here only.
import type { Diagnostic } from './schema.js'

export const DIAGNOSTIC_CODES = {
  /** the text had decomposed (NFD) characters and was normalised to NFC */
  'unicode-normalised': 'info',
  /** old tone placement (hoá, uỷ) seen; names are compared in the modern form */
  'legacy-tone': 'info',
  /** a phrase that looks like a deadline but could not be read */
  'deadline-unreadable': 'warning',
  /** a date that does not exist, such as 31/4/2024 */
  'date-impossible': 'error',
  /** a task whose lead could not be found in the item or its headings */
  'task-no-lead': 'warning',
  /** no document number, date or issuer could be found */
  'meta-missing': 'warning',
  /** the text was in a legacy encoding (TCVN3, VNI, Windows-1258) and was converted to Unicode */
  'legacy-encoding': 'info',
  /** something the format reader did that a person should know */
  'reader-note': 'info',
} as const

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES

export function diagnostic(code: DiagnosticCode, line: number, column: number, detail: string): Diagnostic {
  return { code, severity: DIAGNOSTIC_CODES[code], message: formatMessage(code, detail), line, column }
}

function formatMessage(code: DiagnosticCode, detail: string): string {
  switch (code) {
    case 'unicode-normalised':
      return `decomposed Unicode normalised to NFC (${detail})`
    case 'legacy-tone':
      return `old tone placement (${detail}); compared in the modern form`
    case 'deadline-unreadable':
      return `time phrase could not be read: "${detail}"`
    case 'date-impossible':
      return `impossible date: "${detail}"`
    case 'task-no-lead':
      return `task has no lead: "${detail}"`
    case 'meta-missing':
      return `document metadata missing: ${detail}`
    case 'legacy-encoding':
    case 'reader-note':
      return detail
  }
}
