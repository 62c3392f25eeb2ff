// Rule meta-missing: a directive with no number, no date of issue or no issuer cannot be cited or followed up.
import type { DocRule, Hit } from '../types.js'

export const metaMissing: DocRule = {
  id: 'meta-missing',
  description: 'the document has no number, no date of issue or no issuer',
  defaultSetting: 'warn',
  check(doc) {
    // a news article reports on directives; it has none of these by nature
    if (doc.meta.kind === 'tin-bai') return []
    const missing: string[] = []
    if (!doc.meta.number) missing.push('number')
    if (!doc.meta.issuedOn) missing.push('date')
    if (!doc.meta.issuer) missing.push('issuer')
    if (!missing.length) return []
    const d = doc.diagnostics.find((x) => x.code === 'meta-missing')
    const hit: Hit = { line: d?.line ?? 1, column: d?.column ?? 1, message: `document metadata missing: ${missing.join(', ')}` }
    return [hit]
  },
}
