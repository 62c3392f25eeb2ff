// Canonical names of whole phrases (headings, table cells), forgiving keys for user queries, and genericity.
import { fold } from '../text.js'
import { canonicalText, pick } from './find.js'
import { foldKey, lowKey, tokenize } from './tokens.js'
import { ABBR } from './vocab.js'

const MARKER = /^\s*(?:[#>*+•·\-–—]+\s*)*(?:\(?(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)/:\-–]+\s*[-–]?\s*)?/iu
const TRAILER = /(?:\s*\([^()]*\))?[\s:;.,\-–—*_]*$/u

/** The body a phrase names as a whole ("Ban Tổ chức Tỉnh ủy:", "a)- Ban Tuyên giáo Tỉnh ủy", "Sở KH&ĐT"), or null. */
export function canonicalAgency(phrase: string): { name: string; generic: boolean } | null {
  const s = String(phrase ?? '').normalize('NFC').replace(/[*_`]+/g, ' ').replace(MARKER, '').replace(TRAILER, '')
  const ts = tokenize(s)
  if (!ts.length) return null
  const c = pick(ts, 0, true)
  if (!c || c.end !== ts.length || c.bare === 'party' && c.name === 'Văn phòng') return null
  return { name: canonicalText(c.name), generic: c.generic }
}

const LOOSE = new Set(['TW', 'TƯ'])
const FOLDED = new Map(Object.keys(ABBR).map((k) => [foldKey(lowKey(k)), k]))

/** Spell out abbreviations in a user's query (case-insensitively for the unambiguous ones). */
function expand(q: string): string {
  return q.replace(/[\p{L}\p{N}][\p{L}\p{M}\p{N}&.\-]*/gu, (w) => {
    if (ABBR[w]) return ABBR[w]
    const k = FOLDED.get(foldKey(lowKey(w)))
    return k && (k.length >= 3 || LOOSE.has(k)) ? ABBR[k] : w
  })
}

/** A key for forgiving matches: abbreviations spelt out, canonical when it parses, tones modern, marks folded, lower case. */
export function agencyKey(nameOrQuery: string): string {
  const q = String(nameOrQuery ?? '').normalize('NFC')
  const c = canonicalAgency(q) ?? canonicalAgency(expand(q))
  return fold(c ? c.name : expand(q)).replace(/\s+/g, ' ')
}

const GENERIC = /^(?:các|một số|những|tất cả|toàn bộ) |liên quan$|hữu quan$|các cấp$|cùng cấp$|có thẩm quyền$|chức năng$/u

/** A plural collective ("các cơ quan liên quan", "cấp có thẩm quyền") rather than one body. */
export function isGenericName(name: string): boolean {
  const c = canonicalAgency(name)
  if (c) return c.generic
  return GENERIC.test(canonicalText(name).toLowerCase())
}
