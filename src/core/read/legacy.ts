// Legacy Vietnamese encodings → Unicode: TCVN3 (ABC), VNI-Windows and Windows-1258 files, and TCVN3 text that reached
// us as Latin-1 characters inside Unicode (pasted from .VnTime documents). The byte tables are data files,
// lexicon/encodings/*.tsv, read once on first use.
import { readFileSync } from 'node:fs'

export type LegacyEncoding = 'tcvn3' | 'vni' | 'cp1258'

export const ENCODING_NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI-Windows', cp1258: 'Windows-1258' }

export interface TableRow {
  bytes: number[]
  unicode: string
  /** the unicode column spelt as code points ("U+1EA1"), for a person reading the file */
  codepoints: string
}

// src/core/read and dist/core/read are both three folders below the package root
const ROOT = new URL('../../../lexicon/encodings/', import.meta.url)
const rows = new Map<LegacyEncoding, TableRow[]>()

/** The rows of lexicon/encodings/<encoding>.tsv: '#' lines are comments, the first other line is the header. */
export function tableRows(enc: LegacyEncoding): TableRow[] {
  let found = rows.get(enc)
  if (!found) {
    const lines = readFileSync(new URL(`${enc}.tsv`, ROOT), 'utf8').split(/\r?\n/).filter((l) => l && !l.startsWith('#'))
    found = lines.slice(1).map((l) => {
      const [hex, unicode, codepoints = ''] = l.split('\t')
      return { bytes: (hex.match(/../g) ?? []).map((h) => parseInt(h, 16)), unicode, codepoints }
    })
    rows.set(enc, found)
  }
  return found
}

interface Table {
  /** one byte → text */
  single: Map<number, string>
  /** two bytes (first << 8 | second) → text: VNI's letter + tone/shape byte */
  pair: Map<number, string>
}

const tables = new Map<LegacyEncoding, Table>()

function table(enc: LegacyEncoding): Table {
  let t = tables.get(enc)
  if (!t) {
    t = { single: new Map(), pair: new Map() }
    for (const r of tableRows(enc)) {
      if (r.bytes.length === 1) t.single.set(r.bytes[0], r.unicode)
      else if (r.bytes.length === 2) t.pair.set((r.bytes[0] << 8) | r.bytes[1], r.unicode)
    }
    tables.set(enc, t)
  }
  return t
}

/** Bytes outside a table read as Windows-1252, the code page the legacy fonts were used with (Node's own decoder
 * reads 0x80-0x9F as Latin-1 control characters). */
const C1_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'
const FALLBACK = Array.from({ length: 256 }, (_, b) => (b >= 0x80 && b < 0xa0 ? C1_1252[b - 0x80] : String.fromCharCode(b)))

function decodeWith(bytes: Uint8Array, enc: LegacyEncoding): string {
  const t = table(enc)
  let out = ''
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]
    const pair = t.pair.size && bytes[i + 1] >= 0x80 ? pairText(t, b, bytes[i + 1]) : undefined
    if (pair !== undefined) {
      out += pair
      i++
    } else out += (b >= 0x80 && t.single.get(b)) || FALLBACK[b]
  }
  return out
}

/** A VNI letter; a capital base letter with a lower-case mark byte (or the reverse) takes the base letter's case. */
function pairText(t: Table, b: number, next: number): string | undefined {
  const exact = t.pair.get((b << 8) | next)
  if (exact !== undefined || !((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a))) return exact
  const other = t.pair.get((b << 8) | (next ^ 0x20))
  if (other === undefined) return undefined
  return b < 0x60 ? other.toUpperCase() : other.toLowerCase()
}

// ---- what a Vietnamese syllable looks like ----

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?'
const NUCLEUS =
  'iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|oao|' +
  'ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|' +
  'a|ă|â|e|ê|i|o|ô|ơ|u|ư|y'
const SYLLABLE = new RegExp(`^${ONSET}(?:${NUCLEUS})(ch|nh|ng|[cmnpt])?$`)
const CASES = /^(?:\p{Lu}?\p{Ll}*|\p{Lu}+)$/u

/**
 * One Vietnamese syllable: an onset, a valid vowel nucleus, a coda, at most one tone mark, ordinary capitals; after
 * c ch p t only the acute or the dot below.
 */
export function isVietnameseSyllable(word: string): boolean {
  if (!word || !CASES.test(word)) return false
  const d = word.normalize('NFD')
  const tones = d.match(TONES) ?? []
  if (tones.length > 1) return false
  const m = SYLLABLE.exec(d.replace(TONES, '').normalize('NFC').toLowerCase())
  if (!m) return false
  return !/^(?:c|ch|p|t)$/.test(m[1] ?? '') || tones[0] === '\u0301' || tones[0] === '\u0323'
}

const EDGE_PUNCT = /^[!-/:-@[-`{-~“”‘’…–—]+|[!-/:-@[-`{-~“”‘’…–—]+$/g

/** Enough text to tell the encodings apart */
const SAMPLE_CHARS = 100_000

/** Of the words with a non-ASCII character (the ones a decoding decides), how many are Vietnamese syllables. */
function syllableShare(text: string): { good: number; total: number } {
  const seen = new Map<string, boolean>()
  let good = 0
  let total = 0
  for (const token of text.slice(0, SAMPLE_CHARS).split(/\s+/)) {
    const w = token.replace(EDGE_PUNCT, '')
    if (!/[^\x00-\x7f]/.test(w) || /\d/.test(w)) continue
    let valid = seen.get(w)
    if (valid === undefined) seen.set(w, (valid = isVietnameseSyllable(w)))
    total++
    if (valid) good++
  }
  return { good, total }
}

// ---- capitals: TCVN3 has no toned capitals; .VnTimeH draws the lower-case codes as capitals ----

/** "QUYếT" → "QUYẾT": a word with no ASCII lower case whose lower-case letters came from toned codes, among two capitals. */
function capitalsWord(word: string): boolean {
  return !/[a-z]/.test(word) && /\p{Ll}/u.test(word) && (word.match(/\p{Lu}/gu) ?? []).length >= 2
}

/** A line typed for .VnTimeH: no ASCII lower case, and a word such as "QUYếT"; its "Về" is "VỀ" too. */
function capsLine(line: string, decode: (word: string) => string = (w) => w): boolean {
  return !/[a-z]/.test(line) && (line.match(/\p{L}+/gu) ?? []).some((w) => capitalsWord(decode(w)))
}

function fixCase(word: string, lineCaps: boolean): string {
  return lineCaps || capitalsWord(word) ? word.toUpperCase() : word
}

function fixTcvn3Case(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const caps = capsLine(line)
      return /[^\x00-\x7f]/.test(line) ? line.replace(/\p{L}+/gu, (w) => fixCase(w, caps)) : line
    })
    .join('\n')
}

// ---- whole files ----

function decodeAs(bytes: Uint8Array, enc: LegacyEncoding): string {
  const text = decodeWith(bytes, enc).normalize('NFC')
  return enc === 'tcvn3' ? fixTcvn3Case(text) : text
}

function nonAscii(text: string): number {
  return (text.match(/[^\x00-\x7f]/g) ?? []).length
}

/**
 * Bytes that are not UTF-8, read as the legacy encoding whose decoding gives the most Vietnamese syllables; null when
 * none gives a convincing share. With `force`, that encoding, unconditionally.
 */
export function decodeLegacy(bytes: Uint8Array, force?: LegacyEncoding): { text: string; encoding: string; converted: number } | null {
  const result = (enc: LegacyEncoding, text: string) => ({ text, encoding: ENCODING_NAMES[enc], converted: nonAscii(text) })
  if (force) return result(force, decodeAs(bytes, force))
  let best: { enc: LegacyEncoding; text: string; share: number; good: number; total: number } | null = null
  for (const enc of ['tcvn3', 'vni', 'cp1258'] as const) {
    const text = decodeAs(bytes, enc)
    const { good, total } = syllableShare(text)
    const share = total ? good / total : 0
    if (!best || share > best.share || (share === best.share && good > best.good)) best = { enc, text, share, good, total }
  }
  if (!best || best.share < 0.6 || best.good < Math.min(3, best.total)) return null
  return result(best.enc, best.text)
}

// ---- TCVN3 inside Unicode ----

/**
 * Characters TCVN3 uses for Vietnamese letters that Unicode Vietnamese never contains: the one cheap test. Not Ð
 * (TCVN3's é), which Unicode text uses for Đ ("NÐ-CP").
 */
const TCVN3_ONLY = /[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be\u00c6\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe]/
/** Vietnamese letters beyond Latin-1: a line that has them was typed in Unicode. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/
/** A word: letters, and the Latin-1 symbols TCVN3 uses for letters (© is â, ­ is ư). */
const WORD = /[\p{L}\p{M}\u00a1-\u00fe]+/gu

let tcvn3Chars: Map<string, string> | null = null

function tcvn3Char(c: string): string {
  tcvn3Chars ??= new Map(tableRows('tcvn3').map((r) => [String.fromCharCode(r.bytes[0]), r.unicode]))
  return tcvn3Chars.get(c) ?? c
}

/** A word's Latin-1 characters read as TCVN3 (a word with anything beyond Latin-1 is Unicode, left as it is). */
function tcvn3Word(raw: string): string {
  return /[^\x00-\xff]/.test(raw) ? raw : [...raw].map(tcvn3Char).join('')
}

interface Word {
  raw: string
  decoded: string
  /** has a character only TCVN3 produces */
  marker: boolean
  /** has a letter (a lone symbol such as © or « is no evidence) */
  lettered: boolean
  validDecoded: boolean
  /** "Q§" → "QĐ": capitals around TCVN3's Đ */
  abbreviation: boolean
}

function judge(raw: string): Word {
  const decoded = fixCase(tcvn3Word(raw), false)
  return {
    raw,
    decoded,
    marker: decoded !== raw && TCVN3_ONLY.test(raw),
    lettered: /\p{L}/u.test(raw),
    validDecoded: isVietnameseSyllable(decoded),
    abbreviation: raw.includes('§') && /^\p{Lu}{2,}$/u.test(decoded),
  }
}

/**
 * Convert a marker word that decodes to a syllable or an abbreviation (on a TCVN3 line, to letters at all); a word with no
 * marker ("Bé" → "Bộ") only on a TCVN3 line, or when it is no Vietnamese as it stands ("QuyÕt" → "Quyết"); called only
 * on a line where more marker words decode to syllables than not.
 */
function shouldConvert(w: Word, tcvn3Line: boolean): boolean {
  if (w.decoded === w.raw) return false
  if (w.marker) return (w.lettered || tcvn3Line) && (w.validDecoded || w.abbreviation || (tcvn3Line && /^\p{L}+$/u.test(w.decoded)))
  return w.validDecoded && (tcvn3Line || !isVietnameseSyllable(w.raw))
}

function changedChars(a: string, b: string): number {
  let n = 0
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++
  return n
}

/** TCVN3 words that arrived as Latin-1 characters inside Unicode, converted; genuine Unicode Vietnamese left alone. */
export function repairTcvn3InUnicode(line: string): { text: string; converted: number } {
  if (!TCVN3_ONLY.test(line)) return { text: line, converted: 0 }
  const words = (line.match(WORD) ?? []).map(judge)
  const good = words.filter((w) => w.marker && w.lettered && (w.validDecoded || w.abbreviation)).length
  const bad = words.filter((w) => w.marker && w.lettered && !w.validDecoded && !w.abbreviation).length
  const unicode = words.filter((w) => UNICODE_VIETNAMESE.test(w.raw)).length
  // German or Swedish words decode to non-syllables ("Größe", "är"); one odd letter in a Unicode line is OCR noise
  if (good <= bad || (good < 2 && unicode > 0)) return { text: line, converted: 0 }
  // mostly TCVN3: every word that decodes to a syllable is converted, even one that is also Unicode Vietnamese ("Bé")
  const tcvn3Line = good > unicode
  const caps = capsLine(line, tcvn3Word)
  let converted = 0
  let k = 0
  const text = line.replace(WORD, (raw) => {
    const w = words[k++]
    if (!shouldConvert(w, tcvn3Line)) return raw
    const out = fixCase(w.decoded, caps)
    converted += changedChars(raw, out)
    return out
  })
  return { text, converted }
}
