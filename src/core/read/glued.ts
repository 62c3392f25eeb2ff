// Text whose PDF lost the space after every letter that carries a mark ("Đảng uỷUBND xã chủtrì, phối hợp Chi bộCông
// an xã tham mưu, trình trong tháng 3/2026"). The agency finder cuts such words (syllables.ts), but the rest of the
// grammar reads words: an action verb, a time phrase, a lead-in. A text in which such runs are common is read through
// a copy with the spaces put back; the positions the output gives are taken back to the text's own columns, and what
// it quotes (a task's text, a time phrase as written) is taken back from the text itself, so it stays verbatim.
import { joinedCuts, lostSpaces, MARKED_LETTERS } from '../agencies/syllables.js'
import { asWritten } from './segmented.js'
import type { Span } from '../contract/schema.js'

const WORD = /\p{L}{3,}/gu
/** A letter with a mark, followed by a letter: where a lost space may be (most words have none). */
const MARKED_THEN_LETTER = new RegExp(`[${MARKED_LETTERS}]\\p{L}`, 'iu')
/**
 * A letter with a mark before a consonant that cannot end a syllable, or before a capital: "vụĐảng", "bộxã", "uỷbáo"
 * (not k: "Đắk Lắk").
 */
const CANNOT_END = new RegExp(`[${MARKED_LETTERS}](?:[bdđghlqrsvx]|\\p{Lu})`, 'gu')
/** How many such pairs a text must have before its words are looked at. */
const MIN_SEEN = 10
/** How many words must have run together, and in what share of the words, for a text to be read through a copy. */
const MIN_RUNS = 20
const MIN_SHARE = 1 / 50

/**
 * Whether the PDF a text came from lost its spaces after marked letters throughout: twenty words or more are runs of
 * syllables, a fiftieth of its words. (A few runs — a name, an OCR slip — are read as they are: the finder cuts them.)
 */
export function isGlued(lines: readonly string[]): boolean {
  // (cheap first: a marked letter before a letter that no syllable ends with is rare in a text with its spaces)
  let seen = 0
  for (const l of lines) if (l.length > 3) seen += l.match(CANNOT_END)?.length ?? 0
  if (seen < MIN_SEEN) return false
  let runs = 0
  let words = 0
  for (const l of lines) {
    words += l.split(/\s+/u).length
    if (!MARKED_THEN_LETTER.test(l)) continue
    for (const m of l.matchAll(WORD)) if (joinedCuts(m[0])) runs++
  }
  return runs >= MIN_RUNS && runs >= words * MIN_SHARE
}

/** The copy the grammar reads, and for each of its lines the columns (0-based, in the copy) of the spaces put back. */
export interface Unglued {
  lines: string[]
  spaces: Array<number[] | null>
}

export function unglue(lines: readonly string[]): Unglued {
  const out: string[] = []
  const spaces: Array<number[] | null> = []
  for (const line of lines) {
    const at = MARKED_THEN_LETTER.test(line) ? lostSpaces(line) : []
    let copy = ''
    let from = 0
    for (const a of at) {
      copy += line.slice(from, a) + ' '
      from = a
    }
    out.push(at.length ? copy + line.slice(from) : line)
    // (the k-th space put back stands at the k-th offset, moved on by the k spaces before it)
    spaces.push(at.length ? at.map((a, k) => a + k) : null)
  }
  return { lines: out, spaces }
}

/** A column (1-based) of the copy's line `line` as a column of the text's own line. */
export function ownColumn(u: Unglued, line: number, column: number): number {
  const put = u.spaces[line - 1]
  if (!put) return column
  let before = 0
  for (const p of put) if (p < column - 1) before++
  return column - before
}

/**
 * Every position (an object with a `line` and a `column`) in `value`, but those in `seen`, moved to the text's own
 * columns; each once, however many places share it (a body's reference sits in its task and in the agency index).
 */
export function positionsBack(value: unknown, u: Unglued, seen: Set<object>): void {
  if (!value || typeof value !== 'object' || seen.has(value)) return
  seen.add(value)
  if (Array.isArray(value)) {
    for (const v of value) positionsBack(v, u, seen)
    return
  }
  const o = value as Record<string, unknown>
  if (typeof o.line === 'number' && typeof o.column === 'number') o.column = ownColumn(u, o.line, o.column)
  for (const v of Object.values(o)) if (v && typeof v === 'object') positionsBack(v, u, seen)
}

/** A task's text and its time phrase as the text writes them (positions already moved back). */
export function quotedAsWritten(tasks: ReadonlyArray<{ text: string; span: Span; deadline: { text: string; span: Span | null } | null }>, lines: readonly string[]): void {
  for (const t of tasks) {
    t.text = asWritten(t.text, lines, t.span, true)
    if (t.deadline) t.deadline.text = asWritten(t.deadline.text, lines, t.deadline.span, true)
  }
}
