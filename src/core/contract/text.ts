// Small string helpers shared by every stage: tone placement, name keys, diacritic folding, hashing.

const TONED: Record<string, string> = { a: 'àáảãạ', e: 'èéẻẽẹ', y: 'ỳýỷỹỵ' }
const ON: Record<string, string> = { o: 'òóỏõọ', u: 'ùúủũụ' }
const TONED_UPPER: Record<string, string> = { A: 'ÀÁẢÃẠ', E: 'ÈÉẺẼẸ', Y: 'ỲÝỶỸỴ' }
const ON_UPPER: Record<string, string> = { O: 'ÒÓỎÕỌ', U: 'ÙÚỦŨỤ' }

/**
 * Old tone placement to modern: hoá→hóa, uỷ→ủy, khoẻ→khỏe, HOÁ→HÓA (not after q: quý stays).
 * Only a word-final "oa/oe/uy" with the mark on the second vowel is moved.
 */
const MAYBE_OLD_TONE = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]/

const OLD_TONE = /(?<![qQ])([ouOU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?!\p{L})/gu

export function modernTone(s: string): string {
  // most text has nothing to move: a cheap test spares the Unicode-aware pass
  if (!MAYBE_OLD_TONE.test(s)) return s
  // the vowel after a q is not moved (quý stays): a look-behind, where a lazy (\p{L}*?) prefix walked every word
  return s.replace(OLD_TONE, (m, v: string, t: string) => {
    const upper = t === t.toUpperCase() && t !== t.toLowerCase()
    const lowT = t.toLowerCase()
    const isY = TONED.y.includes(lowT)
    if ((v.toLowerCase() === 'u') !== isY) return m
    const base = isY ? 'y' : TONED.a.includes(lowT) ? 'a' : 'e'
    const k = TONED[base].indexOf(lowT)
    const vowel = v === v.toUpperCase() ? ON_UPPER[v][k] : ON[v][k]
    const tail = upper ? (TONED_UPPER[base.toUpperCase()] ? base.toUpperCase() : base) : base
    return vowel + tail
  })
}

/** The comparison key of the contract: NFC, lower case, modern tones, one space, outer punctuation stripped. */
export function normKey(s: string): string {
  let k = modernTone(String(s ?? '').normalize('NFC').toLowerCase())
  // most text is spaced with single spaces already: no new string then
  if (MESSY_SPACE.test(k)) k = k.replace(/\s+/g, ' ')
  return stripOuter(k.trim())
}

/** White space that is not one plain space. */
const MESSY_SPACE = /[^\S ]| {2}/
/** The punctuation normKey strips at both ends (and the spaces it leaves there), as `/^[\s.,;:()"“”'-]+|[\s.,;:()"“”'-]+$/g` would. */
const OUTER = ' .,;:()"“”\'-'

/** A text whose only white space is single spaces, without OUTER characters at either end. */
function stripOuter(k: string): string {
  let i = 0
  let j = k.length
  while (i < j && OUTER.includes(k[i])) i++
  while (j > i && OUTER.includes(k[j - 1])) j--
  return i === 0 && j === k.length ? k : k.slice(i, j)
}

/**
 * Every mark taken away, letter for letter (đ → d), nothing else changed: an NFC text keeps its length, so an offset in
 * it is an offset in the text (a regular expression's source folds the same way).
 */
export function withoutMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
}

/** Strip every diacritic (đ→d too): for forgiving matches on user input and OCR-damaged text. */
export function fold(s: string): string {
  return normKey(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
}

/** FNV-1a 32-bit, hex: stable ids without pulling in node:crypto (the core stays platform-free). */
export function hash(s: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

/** Every reference to a body gets the slug of its name, and a document names the same few bodies over and over. */
const slugs = new Map<string, string>()

/** A readable, stable slug of a canonical name: "Ban Tổ chức Trung ương" → "ban-to-chuc-trung-uong". */
export function slug(s: string): string {
  let out = slugs.get(s)
  if (out === undefined) {
    out = fold(s)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
    if (slugs.size >= 10_000) slugs.clear()
    slugs.set(s, out)
  }
  return out
}

/** The 1-based line and column of offset `at` in `text`. */
export function placeOf(text: string, at: number): { line: number; column: number } {
  return { line: text.slice(0, at).split('\n').length, column: at - text.lastIndexOf('\n', at - 1) }
}
