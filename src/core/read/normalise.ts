// Stage 2, normalise: one canonical text (NFC, LF line ends, plain spaces) that every position refers to.
import { diagnostic } from '../contract/diagnostics.js'
import type { Diagnostic } from '../contract/schema.js'
import { warmAll } from '../contract/regex.js'
import { placeOf } from '../contract/text.js'
import { decodeNamedCharacterReference } from 'decode-named-character-reference'

export interface Normalised {
  text: string
  lines: string[]
  diagnostics: Diagnostic[]
}

/** ƣ/Ƣ (U+01A3/U+01A2), and a letter only Vietnamese writes. */
const OI = /[ƣƢ]/gu
const VIETNAMESE = /[ăâđêôơĂÂĐÊÔƠ]/u

/** Cyrillic letters that look like Latin ones ("С", "Р", "Т", "а"), and the Latin letter each is read as. */
const CYRILLIC_AS_LATIN: Record<string, string> = {
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', І: 'I', Ј: 'J', К: 'K', М: 'M', О: 'O', Р: 'P', Ѕ: 'S', Т: 'T', Х: 'X', У: 'Y',
  а: 'a', с: 'c', е: 'e', і: 'i', ј: 'j', о: 'o', р: 'p', ѕ: 's', х: 'x', у: 'y',
}
const LOOKALIKE = new RegExp(`[${Object.keys(CYRILLIC_AS_LATIN).join('')}]`, 'gu')
/** A Cyrillic letter; a character of a word (a document's number with its slashes and hyphens, "40/2026/NĐ-СР", is one); LATIN, a Latin letter. */
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/gu
const WORD_CHAR = /[\p{L}\p{M}\p{N}/&-]/u
const LATIN = /\p{Script=Latin}/u

/**
 * `text` with the Cyrillic look-alikes of its Latin words read as Latin, how many words changed and where the first
 * starts. Each word is found from a Cyrillic letter in it (a pattern that looked for the word from every position would
 * backtrack over every word of the text).
 */
function withLatinLookalikes(text: string): { text: string; count: number; first: number } {
  let count = 0
  let first = -1
  let out = ''
  let done = 0
  CYRILLIC_LETTER.lastIndex = 0
  for (let m = CYRILLIC_LETTER.exec(text); m; m = CYRILLIC_LETTER.exec(text)) {
    let i = m.index
    while (i > done && WORD_CHAR.test(text[i - 1])) i--
    let j = m.index + 1
    while (j < text.length && WORD_CHAR.test(text[j])) j++
    CYRILLIC_LETTER.lastIndex = j
    const w = text.slice(i, j)
    if (!LATIN.test(w)) continue
    const fixed = w.replace(LOOKALIKE, (c) => CYRILLIC_AS_LATIN[c] ?? c)
    if (fixed === w) continue
    out += text.slice(done, i) + fixed
    done = j
    count++
    if (first < 0) first = i
  }
  return { text: out + text.slice(done), count, first }
}

const LEGACY_TONE = /(?<![qQ])(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?!\p{L})/u

export function normalise(raw: string): Normalised {
  const diagnostics: Diagnostic[] = []
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  // a line break composes with nothing, so the text is NFC exactly when every line is: lines are looked at only when it is not
  const nfc = text.normalize('NFC')
  if (nfc !== text) {
    const lines0 = text.split('\n')
    const firstNfd = lines0.findIndex((l) => l !== l.normalize('NFC'))
    const count = lines0.filter((l) => l !== l.normalize('NFC')).length
    diagnostics.push(diagnostic('unicode-normalised', firstNfd + 1, 1, `${count} line${count > 1 ? 's' : ''}, first at line ${firstNfd + 1}`))
  }
  // a page's paragraphs copied with their HTML into a text ("<p>C&ocirc;ng văn n&ecirc;u r&otilde; …"): the characters
  // its references stand for, without the paragraph and emphasis tags (a line keeps its number; its columns are the
  // decoded text's)
  text = nfc.includes('&') ? withoutPageMarkup(nfc) : nfc
  // NBSP, narrow NBSP, figure space → space; zero-width characters and soft hyphens go.
  text = text.replace(/[\u00A0\u202F\u2007]/g, ' ').replace(/[\u200B-\u200D\u2060\u00AD]/g, '')
  // "phƣơng", "Ƣu tiên": PDFs whose font maps ư to ƣ (U+01A3, a letter Vietnamese never writes) read as ư, same length
  const oi = text.match(OI)?.length ?? 0
  if (oi && VIETNAMESE.test(text)) {
    const { line, column } = placeOf(text, text.search(OI))
    text = text.replace(OI, (c) => (c === 'ƣ' ? 'ư' : 'Ư'))
    diagnostics.push(diagnostic('reader-note', line, column, `"ƣ" read as "ư" (${oi} time${oi > 1 ? 's' : ''}, first at line ${line}): the font of the text's source maps the one to the other`))
  }
  // "NĐ-СР", "BТС-PTHT", "củа": Cyrillic letters that look like Latin ones, inside a word of Latin letters, are those
  // (a font's substitute, or a copy from a scan); a word all in Cyrillic is left as it is
  const latin = withLatinLookalikes(text)
  if (latin.count) {
    text = latin.text
    const { line, column } = placeOf(text, latin.first)
    diagnostics.push(diagnostic('reader-note', line, column, `Cyrillic letters inside ${latin.count} Latin word${latin.count > 1 ? 's' : ''} read as the Latin letters they look like (first at line ${line})`))
  }
  const lines = text.split('\n')
  const legacy = lines.findIndex((l) => LEGACY_TONE.test(l))
  if (legacy >= 0) {
    const m = LEGACY_TONE.exec(lines[legacy])!
    diagnostics.push(diagnostic('legacy-tone', legacy + 1, m.index + 1, m[0]))
  }
  return { text, lines, diagnostics }
}

/** A character reference: "&ocirc;", "&#7841;", "&#x1EA1;". */
const CHAR_REF = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g
/** The tags a page wraps its paragraphs and their words in: "<p>", "</p>", "<br />", "<strong>", "<span style=…>". */
const INLINE_TAG = /<\/?(?:p|br|strong|em|b|i|u|span|div|font|sup|sub)(?:\s[^<>]{0,300})?\s*\/?>/gi

/** A text with HTML escapes in it read as the text it shows, without its inline tags; any other text is returned as it is. */
export function withoutPageMarkup(text: string): string {
  CHAR_REF.lastIndex = 0
  INLINE_TAG.lastIndex = 0
  // (only where references hide the words, two at least: "Sở KH&amp;ĐT" alone is no page's markup, and tags alone,
  // "… giai đoạn 2021-2025. <br>", hide no word and are read as they were)
  if ((text.match(CHAR_REF)?.length ?? 0) < 2) return text
  // (a break or a paragraph's edge parts words, "hạ tầng<br>viễn thông"; emphasis does not, "đ<b>ã</b>")
  // (a letter given by its reference and its tone mark after it, "th&ecirc;́": the two compose into one, "thế", as the
  // text's other letters were composed)
  return text
    .replace(INLINE_TAG, (t) => (/^<\/?(?:p|br|div)\b/iu.test(t) ? ' ' : ''))
    .replace(CHAR_REF, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name) return decodeNamedCharacterReference(name) || m
      const cp = dec ? Number(dec) : parseInt(hex!, 16)
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m
    })
    .normalize('NFC')
}

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(LEGACY_TONE)
