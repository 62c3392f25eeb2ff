// Canonical names of whole phrases (headings, table cells), forgiving keys for user queries, and genericity.
import { fold } from '../contract/text.js'
import { canonicalText, pick } from './find.js'
import { withPartyScope } from './grammar.js'
import { COMMITTEES, GLUED_HEADS, GLUED_SCOPES } from './lexicon.js'
import { foldKey, lowKey, tokenize } from './tokens.js'
import { ABBR } from './vocab.js'
import { warmAll } from '../contract/regex.js'

const MARKER = /^\s*(?:[#>*+•·\-–—]+\s*)*(?:\(?(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)/:\-–]+\s*[-–]?\s*)?/iu
const TRAILER = /(?:\s*\([^()]*\))?[\s:;.,\-–—*_]*$/u

type Whole = { name: string; generic: boolean } | null

/**
 * The stages of a parse ask about the same phrases again (a table's cells line after line, a heading, a letterhead):
 * each answer is kept until the parse of the document ends (forgetWholes), and each caller gets its own copy.
 */
const wholes = new Map<string, Whole>()
const MAX_WHOLES = 4096

/** Drops the phrases read so far: called by the parser at the start and the end of each document. */
export function forgetWholes(): void {
  wholes.clear()
}

/** The body a phrase names as a whole ("Ban Tổ chức Tỉnh ủy:", "a)- Ban Tuyên giáo Tỉnh ủy", "Sở KH&ĐT"), or null. */
export function canonicalAgency(phrase: string): Whole {
  const key = String(phrase ?? '')
  let whole = wholes.get(key)
  if (whole === undefined) {
    whole = readWhole(key)
    if (wholes.size >= MAX_WHOLES) wholes.clear()
    wholes.set(key, whole)
  }
  return whole && { ...whole }
}

function readWhole(phrase: string): Whole {
  const s = phrase.normalize('NFC').replace(/[*_`]+/g, ' ').replace(MARKER, '').replace(TRAILER, '')
  const ts = tokenize(s)
  if (!ts.length) return null
  const c = pick(ts, 0, true)
  if (!c || c.end !== ts.length || c.bare === 'party' && c.name === 'Văn phòng') return null
  return { name: canonicalText(c.name), generic: c.generic }
}

// ---- the key of user queries and of grouping: one function for every command ----

const abbrForm = (s: string) => /\p{Lu}.*\p{Lu}|[&.]/u.test(s)

/**
 * Every abbreviation the parser knows, exactly as written, and what it stands for: the glued head+scope forms
 * (VPTU = Văn phòng Tỉnh ủy, VPTW = Văn phòng Trung ương Đảng, BTCTU, UBKTHU…), the committees' own (TU, ThU, T.U)
 * and ABBR (which wins where they overlap).
 */
const READINGS = new Map<string, string>()
for (const [s, scope] of Object.entries(GLUED_SCOPES)) READINGS.set(s, scope)
for (const [name, , , ...al] of COMMITTEES) for (const a of al) if (abbrForm(a)) READINGS.set(a, name)
for (const [h, head] of Object.entries(GLUED_HEADS)) {
  for (const [s, scope] of Object.entries(GLUED_SCOPES)) {
    READINGS.set(h + s, withPartyScope(head, { end: 0, name: scope, generic: false, central: scope === 'Trung ương' }))
  }
}
for (const [k, v] of Object.entries(ABBR)) READINGS.set(k, v)

interface Form {
  /** lower case, marks kept */
  low: string
  reading: string
}

/** The abbreviations by their folded form: what a query that lost its case or its marks may have meant. */
const BY_FOLD = new Map<string, Form[]>()
/** Folded forms (joiners dropped, as the parser's tries compare abbreviations) shared by abbreviations that mean different bodies: TU/TƯ. */
const CONTESTED = new Set<string>()
{
  const byKey = new Map<string, Set<string>>()
  for (const [w, reading] of READINGS) {
    const low = lowKey(w)
    const f = foldKey(low)
    BY_FOLD.set(f, [...(BY_FOLD.get(f) ?? []), { low, reading }])
    const k = f.replace(/[&.\-]/g, '')
    byKey.set(k, (byKey.get(k) ?? new Set()).add(reading))
  }
  for (const [k, rs] of byKey) if (rs.size > 1) CONTESTED.add(k)
}

/** A Vietnamese syllable (marks folded): a lower-case "tu", "hu", "đu", "thu" is a word as often as an abbreviation. */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/

interface Reading {
  text: string
  /** false for a form read only by its letters whatever their case, that is also a word (tu, Tu, hu, THU) */
  strong: boolean
}

/**
 * What a written word abbreviates, read before any folding. An exact abbreviation (TU, TƯ, VPTU, BTCTW…) is itself.
 * Otherwise case is ignored and marks may have been lost but never added: the form is compared with every abbreviation
 * it could be a stripped copy of, and the one that needs the fewest marks restored wins (a tie between bodies reads
 * nothing). So a form with a mark keeps its evidence ("btctư" is Trung ương), and a form without any falls back to
 * folded matching only where no abbreviation is written that way itself ("TU", "tu", "btctu" are Tỉnh ủy, never
 * Trung ương; "UBKTDU" is UBKTĐU).
 */
function readingOf(w: string): Reading | null {
  const exact = READINGS.get(w)
  if (exact) return { text: exact, strong: true }
  const low = lowKey(w)
  const f = foldKey(low)
  const chars = [...low]
  let best = Infinity
  let texts = new Set<string>()
  for (const form of BY_FOLD.get(f) ?? []) {
    const cs = [...form.low]
    if (cs.length !== chars.length) continue
    let lost = 0
    let ok = true
    for (let i = 0; ok && i < cs.length; i++) {
      if (chars[i] === cs[i]) continue
      if (chars[i] === foldKey(cs[i])) lost++
      else ok = false
    }
    if (!ok || lost > best) continue
    if (lost < best) (best = lost), (texts = new Set())
    texts.add(form.reading)
  }
  if (texts.size !== 1) return null
  return { text: [...texts][0], strong: !SYLLABLE.test(f.replace(/[^a-z]/g, '')) }
}

/** A word with the joiners of abbreviations inside it ("KH&ĐT", "T.Ư", "LĐ-TB&XH"), not a full stop or dash after it. */
const QUERY_WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[&.\-](?=[\p{L}\p{N}]))*/gu

/** Spell out the abbreviations of a query; the ones that are also words (tu, hu) only when `words` is set. */
function expand(q: string, words: boolean): string {
  return q.replace(QUERY_WORD, (w) => {
    const r = readingOf(w)
    return r && (r.strong || words) ? r.text : w
  })
}

/**
 * The parser's tries compare abbreviations on their folded form, so a name read from a query may have taken TU for
 * TƯ: a reading is kept only if every contested abbreviation of the query is in it either as the word it is ("Sở TƯ
 * PHÁP" is Sở Tư pháp) or as what it stands for.
 */
function faithful(name: string, q: string): boolean {
  const words = ` ${fold(name).replace(/\s+/g, ' ')} `
  for (const w of q.match(QUERY_WORD) ?? []) {
    if (!CONTESTED.has(foldKey(lowKey(w)).replace(/[&.\-]/g, ''))) continue
    const r = readingOf(w)
    if (r && !words.includes(` ${fold(w)} `) && !words.includes(` ${fold(r.text)} `)) return false
  }
  return true
}

const keyOf = (s: string) => fold(s).replace(/\s+/g, ' ')

/**
 * A key for forgiving matches: abbreviations spelt out (read before the marks are folded, so TU stays Tỉnh ủy and
 * TƯ/TW Trung ương), canonical when it parses, tones modern, marks folded, lower case. Case never matters.
 *
 * Tried in turn, the first that names one body (faithfully to its abbreviations) wins: the query as written; with
 * its abbreviations spelt out; with also the lower-case ones that are words too ("tu", "hu": "ban to chuc tu" is Ban
 * Tổ chức Tỉnh ủy and "tu" alone is Tỉnh ủy, while "so tu phap" stays Sở Tư pháp). A query naming no known body is
 * keyed on its text with the abbreviations that are not words spelt out (or, when it is one abbreviation alone, on
 * what that stands for).
 */
export function agencyKey(nameOrQuery: string): string {
  const q = String(nameOrQuery ?? '').normalize('NFC')
  const spelt = expand(q, false)
  for (const s of new Set([q, spelt, expand(q, true)])) {
    const c = canonicalAgency(s)
    if (c && faithful(c.name, q)) return keyOf(c.name)
  }
  // a query that is one abbreviation and nothing else is that abbreviation, even one that is also a word ("tư", "DU")
  const alone = q.trim().match(QUERY_WORD)
  const r = alone?.length === 1 && alone[0] === q.trim() ? readingOf(alone[0]) : null
  return keyOf(r ? r.text : spelt)
}

const GENERIC = /^(?:các|một số|những|tất cả|toàn bộ) |liên quan$|hữu quan$|các cấp$|cùng cấp$|có thẩm quyền$|chức năng$/u

/** A plural collective ("các cơ quan liên quan", "cấp có thẩm quyền") rather than one body. */
export function isGenericName(name: string): boolean {
  const c = canonicalAgency(name)
  if (c) return c.generic
  return GENERIC.test(canonicalText(name).toLowerCase())
}

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(QUERY_WORD)
