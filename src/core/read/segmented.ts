// Word-segmented text: some corpora of Vietnamese text join the syllables of a word with underscores and put a space
// before each mark ("Uỷ_ban_nhân_dân quận yêu_cầu các phòng , ban , ngành :"). The grammar reads words, not such
// tokens, so such a text is read through a copy with the joins opened and the marks back on their words — the same
// length, so every position stays where it was — and what the output quotes (a task's text, a time phrase as
// written) is taken back from the text itself.
import type { Span } from '../contract/schema.js'

/** An underscore between two letters: a word's syllables joined. */
const JOIN = /(?<=\p{L})_(?=\p{L})/gu

/** A text in which most words are joined syllables (a fifth of its words or more, and at least twenty of them). */
export function isWordSegmented(lines: readonly string[]): boolean {
  // (cheap first: most texts have no underscore at all)
  let joins = 0
  for (const l of lines) if (l.includes('_')) joins += l.match(JOIN)?.length ?? 0
  if (joins < 20) return false
  let words = 0
  for (const l of lines) words += l.split(/\s+/u).filter(Boolean).length
  return joins >= words / 5
}

/**
 * A Roman numeral such corpora wrote in sentence case, their text having been lowered and each line's first letter
 * raised again: "Ii. mục_tiêu", "Iii. tổ_chức thực_hiện" (no Vietnamese word is spelt so).
 */
const SENTENCE_CASE_ROMAN = /^(\s*)(I(?:i{1,2}|v|x)|Vi{1,3}|Xi{1,3})(?=\s?\.)/u

/**
 * A part's title such corpora lowered whole, its marker keeping the line's raised first letter: "B . nhiệm_vụ và
 * giải_pháp", "I . tình_hình nhà_ở của hộ nghèo …" were capitals ("B. NHIỆM VỤ VÀ GIẢI PHÁP") and read as such; a
 * title with a capital in it ("1 . Mục_tiêu đến năm 2020") was not lowered.
 */
const LOWERED_PART_TITLE = /^(\s*(?:[IVX]{1,4}|[A-H])\s?\.\s+)([^\p{Lu}]*)$/u

/** `title` in capitals, if that keeps its length (it does for every Vietnamese letter written precomposed). */
function raised(title: string): string {
  const up = title.toUpperCase()
  return up.length === title.length ? up : title
}

/**
 * Such corpora end every line with a full stop, the title of a numbered part too ("1 . Tổng_Liên_đoàn Lao_động Việt_Nam
 * ."): a short numbered line's closing " ." is no sentence's end, and a title reads as one without it.
 */
const NUMBERED_TITLE_STOP = /^(\s*(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])\s?[.)]\s[^.;:]{2,100}?) \.(\s*)$/u

/**
 * A line as the grammar reads it, of the same length: the joins opened ("Uỷ ban nhân dân"), a mark set after a
 * space moved onto the word before it ("phòng , ban" → "phòng,  ban", "1 . Tăng" → "1.  Tăng"; "( a )" → " (a) ")
 * and a heading's Roman numeral and a part's lowered title in capitals ("Ii." → "II.", "B . nhiệm_vụ" → "B.  NHIỆM VỤ").
 */
export function openJoins(line: string): string {
  return line
    .replace(SENTENCE_CASE_ROMAN, (_, space: string, n: string) => space + n.toUpperCase())
    .replace(LOWERED_PART_TITLE, (_, marker: string, title: string) => marker + raised(title))
    .replace(NUMBERED_TITLE_STOP, (_, title: string, end: string) => title + '  ' + end)
    .replace(JOIN, ' ')
    .replace(/(?<=\S) ([,.;:!?)\]])(?= |$)/gu, '$1 ')
    .replace(/(^| )([(\[]) (?=\S)/gu, '$1 $2')
}

/** Where to look for a quotation: the lines from its start to the end of its last line. */
function source(lines: readonly string[], span: Span): string {
  const first = lines[span.start.line - 1]
  if (first === undefined) return ''
  return [first.slice(span.start.column - 1), ...lines.slice(span.start.line, span.end.line)].join('\n')
}

/** How far a quotation may skip over the text it leaves out (a marker, a table's bar) before it is not trusted. */
const MAX_SKIP = 40

/**
 * `quoted` (read from the opened copy) as the text itself writes it: each of its characters found in turn in the
 * text from `span`, the joins and spaces between them put back as the text has them. When a character cannot be
 * found near where it should be, `quoted` as it is. `spacesAdded`: the copy put spaces where the text has none (a
 * PDF's words run together, glued.ts), and a space of the quotation that the text does not have is left out.
 */
export function asWritten(quoted: string, lines: readonly string[], span: Span | null, spacesAdded = false): string {
  if (!span) return quoted
  const src = source(lines, span)
  let out = ''
  let at = -1
  let space = false
  for (const c of quoted) {
    if (/\s/u.test(c)) {
      space = true
      continue
    }
    const q = src.indexOf(c, at + 1)
    if (q < 0 || q - at - 1 > (at < 0 ? 2 * MAX_SKIP : MAX_SKIP)) return quoted
    if (at >= 0) {
      const gap = src.slice(at + 1, q)
      out += gap === '_' ? '_' : /^[\s_]+$/u.test(gap) || (space && !(spacesAdded && gap === '')) ? ' ' : ''
    }
    out += c
    at = q
    space = false
  }
  return out
}

/** Every quotation in `value` (an object with a `text` and the `span` it was read from) as the text writes it. */
export function quoteAsWritten(value: unknown, lines: readonly string[]): void {
  if (Array.isArray(value)) for (const v of value) quoteAsWritten(v, lines)
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if (typeof o.text === 'string' && o.span && typeof o.span === 'object') o.text = asWritten(o.text, lines, o.span as Span)
    for (const v of Object.values(o)) if (v && typeof v === 'object') quoteAsWritten(v, lines)
  }
}
