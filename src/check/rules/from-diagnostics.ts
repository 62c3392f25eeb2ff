// Rules that only surface what the parser already noticed: each diagnostic of one code becomes a hit at its place.
import type { DiagnosticCode } from '../../core/contract/diagnostics.js'
import type { PlanDocument } from '../../core/contract/schema.js'
import type { Hit } from '../types.js'

export function fromDiagnostics(code: DiagnosticCode): (doc: PlanDocument) => Hit[] {
  return (doc) => doc.diagnostics.filter((d) => d.code === code).map((d) => ({ line: d.line, column: d.column, message: d.message.replace(/\s+/g, ' ') }))
}
