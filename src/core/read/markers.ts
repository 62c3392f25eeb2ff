// The numbering of Vietnamese administrative text: "I.-", "1/-", "2.1-", "a)-", "(1)", "(iv)", bullets; one token, its type and value.

export type MarkerType = 'roman' | 'arabic' | 'decimal' | 'letter' | 'paren' | 'dash' | 'plus' | 'star' | 'dot' | 'article'

export interface Marker {
  type: MarkerType
  /** the number as written, without punctuation: "II", "2.1", "a", "3"; null for bullets */
  value: string | null
  /** length of the marker and the spaces after it */
  length: number
  /** the marker as written, without the spaces after it: "2.1.", "a)", "3-" */
  label?: string
}

const ROMAN = '(?:X{0,3})(?:IX|IV|V?I{0,3})'
const RE: Array<[MarkerType, RegExp]> = [
  ['article', /^(Điều\s+(\d+)[.:])\s*/u],
  ['decimal', /^((\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\s*[-–/)]\s*|\.\s+|\s+))/u],
  ['roman', new RegExp(`^((${ROMAN})(?:\\.\\s*[-–]|[-–]|\\.|/\\s*[-–]?|\\)))\\s*`, 'u')],
  ['arabic', /^((\d{1,2})(?:\/\s*[-–]|\s*[-–]|\.\s*[-–]?|\)|\/))\s*/u],
  ['paren', /^(\((\d{1,2}|[ivx]{2,5}|[a-zđ])\)\.?)\s*/u],
  ['letter', /^(([a-zđ])(?:\)\s*[-–]?|\/\s*[-–]?|\.\s*-?|\s*[-–]))\s*/u],
  ['dash', /^([-–—−])\s*/u],
  ['plus', /^(\+)\s*/u],
  ['star', /^(\*)\s+/u],
  ['dot', /^([•●▪◦·])\s*/u],
]

/** The marker at the start of a (trimmed) line, or null. A Roman or letter token must be followed by text. */
export function readMarker(line: string): Marker | null {
  for (const [type, re] of RE) {
    const m = re.exec(line)
    if (!m) continue
    const rest = line.slice(m[0].length)
    if (!rest.trim()) continue
    if (type === 'roman' && !m[2]) continue
    // "V/v", "V/V" (về việc) is a subject line, not item V; nor "v/v", a scan's, item v)
    if ((type === 'roman' || type === 'letter') && /^v$/i.test(m[2]) && /^v(?!\p{L})/iu.test(rest)) continue
    // "A." or "I." alone could be initials; demand that text follows a separator
    if ((type === 'roman' || type === 'letter' || type === 'arabic') && /^[.,;:]/.test(rest)) continue
    // a rule under a letterhead ("------- | CỘNG HÒA …", "—— Độc lập …"): a run of three hyphens or more, or of two
    // long dashes, is no bullet ("-- Xây dựng …", a converter's en dash, still is one)
    if (type === 'dash' && (/^[-–—−]{2}/u.test(rest) || (m[1] !== '-' && /^[–—−]/u.test(rest)))) continue
    // a year or a quantity is not a number marker: "2012, ..." / "15 ngày"
    if (type === 'arabic' && /^\d/.test(rest)) continue
    // nor is a quarter's numeral before its year, on the line after "quý" ("… tham mưu trong quý" / "II/2027)."), nor an
    // arabic month's ("… trong tháng" / "10/2027")
    if ((type === 'roman' || type === 'arabic') && m[1].trim().endsWith('/') && /^\d{4}(?!\d)/u.test(rest)) continue
    // "45/KH-UBND", "15-KH/TU": a document's number, not an item's
    if (type === 'arabic' && /^\d{1,2}[/-]$/u.test(m[1].trim()) && /^\p{Lu}{1,6}[/-]/u.test(rest)) continue
    const value = type === 'dash' || type === 'plus' || type === 'star' || type === 'dot' ? null : (m[2] ?? null)
    return { type, value, length: m[0].length, label: m[1].trim() }
  }
  return null
}

/** A key that tells apart marker kinds for nesting: "1/-" and "1." are different levels in one document. */
export function markerStyle(line: string, m: Marker): string {
  const raw = line.slice(0, m.length).trim()
  // every article ("Điều 1.", "Điều 12:") is one level, whatever its number and punctuation
  if (m.type === 'dash' || m.type === 'plus' || m.type === 'star' || m.type === 'dot' || m.type === 'article') return m.type
  const punct = raw.replace(/[0-9A-Za-zđ.]+/u, (s) => (m.type === 'decimal' ? 'N' + (s.match(/\./g) ?? []).length : 'X')).replace(/\s+/g, '')
  return `${m.type}:${punct}`
}
