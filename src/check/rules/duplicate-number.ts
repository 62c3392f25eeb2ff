// Rule duplicate-number: two files carrying the same document number; only a small key → first-file map is kept, so memory follows the number of documents' keys, never their text.
import type { PlanDocument } from '../../core/contract/schema.js'
import { normKey, placeOf } from '../../core/contract/text.js'
import type { Hit, RuleInfo } from '../types.js'

export const duplicateNumber: RuleInfo = {
  id: 'duplicate-number',
  description: 'the same document number (and issuer and year, when known) in two files of the corpus',
  defaultSetting: 'error',
}

/** What one file contributes to the cross-file check. */
export interface NumberSummary {
  key: string
  number: string
  line: number
  column: number
}

/**
 * The identity of a document number. Serial numbers restart each year and every Tỉnh ủy has a "15-KH/TU",
 * so the issuer and year are part of the key when the parser found them.
 */
export function numberSummary(doc: PlanDocument, text: string | null): NumberSummary | null {
  const number = doc.meta.number
  if (!number) return null
  const serial = normKey(number).replace(/\s+/g, '').replace(/^số:?/, '')
  const issuer = doc.meta.issuer ? normKey(doc.meta.issuer.name) : ''
  const year = doc.meta.issuedOn?.slice(0, 4) ?? ''
  const pos = text ? locate(text, number) : { line: 1, column: 1 }
  return { key: `${serial}|${issuer}|${year}`, number, ...pos }
}

/** Where a string first occurs in the text (1-based), else the top of the file. */
function locate(text: string, needle: string): { line: number; column: number } {
  const i = text.indexOf(needle)
  return i < 0 ? { line: 1, column: 1 } : placeOf(text, i)
}

/** Remembers the first file of each number; reports every later one. */
export class DuplicateNumbers {
  private first = new Map<string, string>()

  see(file: string, s: NumberSummary | null): Hit[] {
    if (!s) return []
    const prev = this.first.get(s.key)
    if (prev === undefined) {
      this.first.set(s.key, file)
      return []
    }
    return [{ line: s.line, column: s.column, message: `document number "${s.number}" is also used by ${prev}`, related: prev }]
  }
}
