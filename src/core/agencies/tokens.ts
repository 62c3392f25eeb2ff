// Tokens of running text with matching keys (toned, folded, abbreviation), and a phrase trie over them.
import { modernTone } from '../contract/text.js'
import { warm } from '../contract/regex.js'
import { joinedCuts } from './syllables.js'
import { charClass, hasAstral, hashUnit, HASH_SEED, LETTER, MARK, NUMBER, SPACE, WordTable } from './chars.js'

/** A word's keys: they depend on the word alone, so they are computed once per distinct word and shared. */
interface Keys {
  raw: string
  /** NFC, lower case, modern tone placement, Ð→đ */
  low: string
  /** low without diacritics (đ→d) */
  fold: string
  /** fold without the joiners of abbreviations (& . -) */
  key: string
  word: boolean
  /** first letter upper case */
  cap: boolean
  /** every letter upper case */
  caps: boolean
  /** no diacritics at all: OCR may have lost them */
  plain: boolean
  /** an abbreviation's exact key: low without the joiners (& . -), marks kept */
  exact: string
  /** as a name writes it: NFC, modern tone placement, case kept */
  written: string
  /** the tries (one bit each) whose root has an edge for this word, among those in `asked` */
  roots: number
  /** the tries asked about this word since the last phrase was added to any trie */
  asked: number
  /** the trie generation the two masks belong to */
  gen: number
  /** a body may start at this word (the root of one of the tries startsAny is given has an edge for it): 1, -1 or 0 until asked */
  starts: number
  /** where the words a lost space ran together ("vụĐảng") fall apart, inside raw; null for one word */
  cuts: number[] | null
}

/**
 * A word where the text has it. A token is made for every word of every text the finder reads: it holds only its
 * place and the interned word's keys, and reads the rest from them (a copy of the keys on each token cost more than
 * the rest of the finding).
 */
export class Tok {
  constructor(
    /** the interned word's shared keys, where the tries note which of them the word can enter */
    readonly keys: Keys,
    readonly start: number,
    /** white space (or the start of the text, or a space the text lost between two words it ran together) right before it */
    readonly spaced: boolean,
  ) {}

  get raw(): string {
    return this.keys.raw
  }
  get end(): number {
    return this.start + this.keys.raw.length
  }
  get low(): string {
    return this.keys.low
  }
  get fold(): string {
    return this.keys.fold
  }
  get key(): string {
    return this.keys.key
  }
  get word(): boolean {
    return this.keys.word
  }
  get cap(): boolean {
    return this.keys.cap
  }
  get caps(): boolean {
    return this.keys.caps
  }
  get plain(): boolean {
    return this.keys.plain
  }
  get exact(): string {
    return this.keys.exact
  }
  get written(): string {
    return this.keys.written
  }
}

// a letter or two joined to a name by an apostrophe is one word: "R'Lấp", "B’Lao", "H'Mông"
const WORD = /\p{L}\p{M}*(?:\p{L}\p{M}*)?['’ʼ]\p{L}[\p{L}\p{M}\p{N}]*|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:&[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S/gu
const DASHES = /^[-‐‑‒–—―]$/
const SHORT_CAPS = warm(/^(?:[\p{Lu}]{1,3}|Tp)$/u)

export function lowKey(s: string): string {
  return modernTone(s.normalize('NFC').toLowerCase()).replace(/ð/g, 'đ')
}

const MARKS = warm(/\p{M}/gu)

export function foldKey(low: string): string {
  return low.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd')
}

const WORD_START = warm(/^[\p{L}\p{N}]/u)
const NOT_LETTER = warm(/[^\p{L}]/gu)
const CAP_START = warm(/^\p{Lu}/u)

function keysOf(raw: string): Keys {
  const isWord = WORD_START.test(raw)
  const low = DASHES.test(raw) ? '-' : lowKey(raw)
  const fold = foldKey(low)
  const letters = raw.normalize('NFC').replace(NOT_LETTER, '')
  return {
    raw,
    low,
    fold,
    key: fold.replace(/[&.\-]/g, ''),
    word: isWord,
    cap: isWord && CAP_START.test(raw),
    caps: letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    plain: isWord && low === fold,
    exact: exactKey(low),
    written: modernTone(raw.normalize('NFC')),
    roots: 0,
    asked: 0,
    gen: 0,
    starts: 0,
    cuts: isWord ? joinedCuts(raw) : null,
  }
}

/** The keys of a word depend on the word alone: computed once per distinct word (a language has few), reused. */
const WORDS = new WordTable(keysOf)

const makeTok = (k: Keys, start: number, spaced: boolean): Tok => new Tok(k, start, spaced)

const SPACE_RE = /\s/
/** text[i] is white space as /\s/ reads it (ASCII: tab to carriage return, and the space). */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return SPACE_RE.test(text[i])
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc

/**
 * The words of a text as WORD reads them, by hand: the classes of each unit come from a table and each word from the
 * interned words, so a word seen before costs no string and no regex match. Text outside the BMP goes through WORD.
 */
/** The last words() met a "." or a dash between a word and what follows it, without spaces: tokenize may glue there. */
let joinerSeen = false

function words(text: string): Tok[] {
  const out: Tok[] = []
  if (hasAstral(text)) {
    joinerSeen = true
    WORD.lastIndex = 0
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push(makeTok(WORDS.val(WORDS.id(m[0], 0, m[0].length)), m.index, m.index === 0 || isSpace(text, m.index - 1)))
    return out
  }
  const n = text.length
  const cls = (q: number) => (q < n ? charClass(text.charCodeAt(q)) : 0)
  const skip = (q: number, mask: number) => {
    while (q < n && charClass(text.charCodeAt(q)) & mask) q++
    return q
  }
  // "R'Lấp", "H’Mông": a letter or two (with their marks), an apostrophe, a letter, then letters, marks and digits
  const apostropheWord = (p: number): number => {
    const q = skip(p + 1, MARK)
    if (cls(q) & LETTER) {
      const q2 = skip(q + 1, MARK)
      if (q2 < n && isApostrophe(text.charCodeAt(q2)) && cls(q2 + 1) & LETTER) return skip(q2 + 2, LETTER | MARK | NUMBER)
    }
    if (q < n && isApostrophe(text.charCodeAt(q)) && cls(q + 1) & LETTER) return skip(q + 2, LETTER | MARK | NUMBER)
    return -1
  }
  // ' and ’ are no letters: a run of letters stops at them, so only a run that stops at one can be such a word; U+02BC
  // is a letter, and a text that holds it asks every word
  const letterApostrophe = text.includes('\u02bc')
  joinerSeen = false
  let afterWord = false
  let spaced = true
  for (let p = 0; p < n; ) {
    const c = charClass(text.charCodeAt(p))
    if (c & SPACE) {
      spaced = true
      p++
      continue
    }
    let end = -1
    // the run of letters, marks and digits is hashed as it is read: the word table need not read it again
    let run = p + 1
    let h = hashUnit(HASH_SEED, text.charCodeAt(p))
    if (c & (LETTER | NUMBER)) {
      for (let d = text.charCodeAt(run); run < n && charClass(d) & (LETTER | MARK | NUMBER); d = text.charCodeAt(++run)) h = hashUnit(h, d)
      if (c & LETTER && (letterApostrophe || isApostrophe(text.charCodeAt(run)))) end = apostropheWord(p)
      // a word, with "&" joining words ("KH&ĐT")
      if (end < 0) {
        end = run
        while (end < n && text.charCodeAt(end) === 0x26 && cls(end + 1) & (LETTER | NUMBER)) end = skip(end + 2, LETTER | MARK | NUMBER)
      }
    }
    if (end < 0) end = p + 1
    const k = WORDS.val(end === run ? WORDS.hashedId(text, p, end, h) : WORDS.id(text, p, end))
    if (afterWord && !spaced && (k.raw === '.' || k.low === '-') && end < n && !(charClass(text.charCodeAt(end)) & SPACE)) joinerSeen = true
    if (k.cuts) {
      // words a lost space ran together: one token each, the space read back between them
      let from = 0
      for (const cut of k.cuts) {
        out.push(makeTok(WORDS.val(WORDS.id(text, p + from, p + cut)), p + from, from === 0 ? spaced : true))
        from = cut
      }
      out.push(makeTok(WORDS.val(WORDS.id(text, p + from, end)), p + from, true))
    } else out.push(makeTok(k, p, spaced))
    afterWord = k.word
    spaced = false
    p = end
  }
  return out
}

/** Words, with "R'Lấp", "KH&ĐT", "T.Ư", "TP.HCM", "LĐ-TB&XH" kept whole; every other non-space character is its own token. */
export function tokenize(text: string): Tok[] {
  const raw = words(text)
  if (!joinerSeen) return raw
  // glued tokens are written back into the same list (a token is only ever written at or before the one being read)
  let w = 0
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i]
    // glue "T.Ư", "TP.HCM" and "LĐ-TB&XH", "VH-TT&DL": short capitals joined by "." or "-" without spaces
    while (i + 2 < raw.length && t.word && (raw[i + 1].raw === '.' || raw[i + 1].low === '-') && !raw[i + 1].spaced && !raw[i + 2].spaced && raw[i + 2].word) {
      const join = raw[i + 1].raw
      const left = t.raw.split(/[.\-&]/).pop() ?? ''
      const right = raw[i + 2].raw
      const ok = join === '.' ? SHORT_CAPS.test(left) && /^\p{Lu}/u.test(right) : t.caps && raw[i + 2].caps && /^[\p{Lu}&]+$/u.test(t.raw + right)
      if (!ok) break
      t = makeTok(WORDS.val(WORDS.id(text, t.start, raw[i + 2].end)), t.start, t.spaced)
      i += 2
    }
    raw[w++] = t
  }
  if (w < raw.length) raw.length = w
  return raw
}

interface Edge<V> {
  /** the word as the phrase spells it (lower case, marks kept) */
  low: string
  /** some phrase through this edge accepts a word that lost its marks */
  loose: boolean
  node: Node<V>
}

interface Node<V> {
  /** one edge per spelling, under its folded key: "báo" and "bảo" lead to different phrases */
  words: Map<string, Edge<V>[]>
  /** abbreviations by their exact key (marks kept: TU is not TƯ) */
  abbrs: Map<string, Node<V>>
  /** the exact keys under each folded key, for text that lost its marks */
  abbrFold: Map<string, string[]>
  vals: V[]
  /** a comma or dash edge leaves this node (optional in the text) */
  punct: boolean
}

// Most nodes of a trie end a phrase or lead on by one word: their empty maps and lists are one shared empty map or
// list, replaced by a node's own when add() first writes to it. Three maps a node made building the lexicon's tries
// cost more than reading its files.
const NONE = new Map<string, never>()
const NO_VALS: never[] = []
const newNode = <V>(): Node<V> => ({ words: NONE, abbrs: NONE, abbrFold: NONE, vals: NO_VALS, punct: false })
/** An abbreviation's exact key: lower case, marks kept, joiners dropped ("VPTƯ" → "vptư", "KH&ĐT" → "khđt"). */
function exactKey(low: string): string {
  return low.replace(/[&.\-]/g, '')
}
/** Every abbreviation spelt exactly so somewhere in the lexicon: such a form never stands for another one that differs only by its marks. */
const SPELT = new Set<string>()
const OPTIONAL_PUNCT = [',', '-']
const isAbbr = (raw: string) => /\p{Lu}.*\p{Lu}|[&.]/u.test(raw) && raw !== '&'

export interface Hit<V> {
  end: number
  val: V
}

const NO_HITS: never[] = []

/**
 * A trie as plain data (Vocab.data, Vocab.load): the phrases added, in order, with their strictness; the first keys;
 * each node depth first as [words, abbreviations, abbreviations by folded key, punct], words as [fold, [low, loose,
 * node]…], abbreviations as [exact, node]; and for each phrase in turn the number of the node it ended at (nodes
 * numbered in the order they are listed), whose values are the phrases' own, in the order added.
 */
export interface TrieData {
  phrases: [string, boolean][]
  firsts: string[]
  root: NodeData
  ends: number[]
}
type NodeData = [words: [string, [string, boolean, NodeData][]][], abbrs: [string, NodeData][], abbrFold: [string, string[]][], punct: boolean]

/** Each trie's bit in a word's `roots` and `asked` masks (past 31 tries, a trie looks at its root every time). */
let nextBit = 1
/** Bumped whenever a phrase is added: what a word learnt of the tries' roots before then is forgotten. */
let generation = 1

/**
 * A phrase trie: words match by folded key and must carry the same marks unless the text has lost them
 * (no marks, or all capitals from OCR); abbreviations match case-sensitively on their joiner-free key;
 * a comma or dash in a phrase is optional in the text.
 */
export class Vocab<V> {
  private root: Node<V> = newNode()
  readonly firsts = new Set<string>()
  private readonly bit: number
  /** the phrases added and the node each ended at, in order (what data() writes) */
  private readonly added: [string, boolean][] = []
  private readonly ends: Node<V>[] = []

  /** strict: the words must carry their marks (short common words whose bare form is another word: quan/quận, cung/cùng) */
  constructor(private strict = false) {
    this.bit = nextBit
    nextBit = nextBit === 1 << 30 ? 0 : nextBit << 1
  }

  add(phrase: string, val: V, strict = this.strict): this {
    generation++
    let node = this.root
    const toks = tokenize(phrase)
    toks.forEach((t, k) => {
      if (t.word && isAbbr(t.raw)) {
        if (k === 0) this.firsts.add(t.key)
        const exact = exactKey(t.low)
        SPELT.add(exact)
        let next = node.abbrs.get(exact)
        if (!next) {
          if (node.abbrs === NONE) (node.abbrs = new Map()), (node.abbrFold = new Map())
          node.abbrs.set(exact, (next = newNode()))
          node.abbrFold.set(t.key, [...(node.abbrFold.get(t.key) ?? []), exact])
        }
        node = next
        return
      }
      if (k === 0) this.firsts.add(t.fold)
      if (OPTIONAL_PUNCT.includes(t.fold)) node.punct = true
      const edges = node.words.get(t.fold) ?? []
      if (!edges.length) {
        if (node.words === NONE) node.words = new Map()
        node.words.set(t.fold, edges)
      }
      let edge = edges.find((e) => e.low === t.low)
      if (!edge) edges.push((edge = { low: t.low, loose: false, node: newNode() }))
      edge.loose ||= !strict
      node = edge.node
    })
    if (node.vals === NO_VALS) node.vals = []
    node.vals.push(val)
    this.added.push([phrase, strict])
    this.ends.push(node)
    return this
  }

  /** The trie as data, for load() to build again without reading the phrases (scripts/bundle.mjs writes it). */
  data(): TrieData {
    const ids = new Map<Node<V>, number>()
    const out = (node: Node<V>): NodeData => {
      ids.set(node, ids.size)
      return [
        [...node.words].map(([fold, edges]) => [fold, edges.map((e): [string, boolean, NodeData] => [e.low, e.loose, out(e.node)])]),
        [...node.abbrs].map(([exact, next]) => [exact, out(next)]),
        [...node.abbrFold],
        node.punct,
      ]
    }
    const root = out(this.root)
    return { phrases: this.added.map(([p, s]) => [p, s]), firsts: [...this.firsts], root, ends: this.ends.map((n) => ids.get(n)!) }
  }

  /**
   * The phrases of `pairs` (each with its strictness, else the trie's) added from `data`, the same trie that adding them
   * one by one builds, when `data` was written for these very phrases; false (nothing added) when it was not.
   */
  load(data: TrieData, pairs: readonly (readonly [string, V, boolean?])[]): boolean {
    if (this.added.length || data.phrases.length !== pairs.length) return false
    for (let i = 0; i < pairs.length; i++) {
      const [p, s] = data.phrases[i]
      if (p !== pairs[i][0] || s !== (pairs[i][2] ?? this.strict)) return false
    }
    generation++
    const nodes: Node<V>[] = []
    const make = ([words, abbrs, abbrFold, punct]: NodeData): Node<V> => {
      const node = newNode<V>()
      nodes.push(node)
      if (words.length) node.words = new Map(words.map(([fold, edges]) => [fold, edges.map(([low, loose, next]) => ({ low, loose, node: make(next) }))]))
      if (abbrs.length) {
        node.abbrs = new Map(abbrs.map(([exact, next]) => (SPELT.add(exact), [exact, make(next)])))
        node.abbrFold = new Map(abbrFold)
      }
      node.punct = punct
      return node
    }
    this.root = make(data.root)
    for (const f of data.firsts) this.firsts.add(f)
    for (let i = 0; i < pairs.length; i++) {
      const node = nodes[data.ends[i]]
      if (node.vals === NO_VALS) node.vals = []
      node.vals.push(pairs[i][1])
      this.added.push(data.phrases[i])
      this.ends.push(node)
    }
    return true
  }

  /**
   * Every phrase that starts at token i, with the index after its last token. Most tokens start no phrase: they get
   * one shared empty list (callers only read it).
   */
  walk(ts: Tok[], i: number): Hit<V>[] {
    const root = this.root
    if (!root.vals.length && !root.punct) {
      if (i >= ts.length || !this.hasRootEdge(ts[i])) return NO_HITS
    }
    const out: Hit<V>[] = []
    this.rec(ts, root, i, out)
    return out
  }

  /**
   * The root has an edge for the token's word that rec follows (followsRoot). The answer depends on the word alone: it
   * is kept on the interned word, one bit per trie.
   */
  hasRootEdge(t: Tok): boolean {
    const k = t.keys
    const bit = this.bit
    if (k.gen !== generation) (k.gen = generation), (k.asked = 0), (k.roots = 0), (k.starts = 0)
    if (k.asked & bit) return (k.roots & bit) !== 0
    const yes = this.followsRoot(t)
    if (bit) {
      k.asked |= bit
      if (yes) k.roots |= bit
    }
    return yes
  }

  /**
   * rec() follows an edge of the root for this token: its own spelling, or (having lost its marks, or in capitals
   * without its own spelling) a loose one; an abbreviation by its exact key, or by its folded key unless the lexicon
   * spells that form itself. A word the root has only under its folded key ("hiện" where a phrase opens with "hiến")
   * starts nothing.
   */
  private followsRoot(t: Tok): boolean {
    const root = this.root
    const edges = root.words.get(t.fold)
    if (edges) {
      for (let k = 0; k < edges.length; k++) if (edges[k].low === t.low) return true
      if (t.plain || t.caps) for (let k = 0; k < edges.length; k++) if (edges[k].loose) return true
    }
    if (t.word && (t.cap || t.caps) && root.abbrs.size) return root.abbrs.has(t.exact) || (root.abbrFold.has(t.key) && !SPELT.has(t.exact))
    return false
  }

  /** What longest() has found so far: the end of its phrase (-1: none) and its value. */
  private bestEnd = -1
  private bestVal: V | undefined = undefined

  // indexed loops, no closures: this runs for every token the finder tries, in every trie. Each phrase found goes to
  // `out`, or with no list (longest) is kept in bestEnd and bestVal when it ends at or after the one kept: the last of
  // the longest in the order of the list, without a list or a hit made for every phrase on the way.
  private rec(ts: Tok[], node: Node<V>, j: number, out: Hit<V>[] | null): void {
    const vals = node.vals
    for (let k = 0; k < vals.length; k++) {
      if (out) out.push({ end: j, val: vals[k] })
      else if (j >= this.bestEnd) (this.bestEnd = j), (this.bestVal = vals[k])
    }
    if (node.punct) {
      for (const p of OPTIONAL_PUNCT) {
        const e = node.words.get(p)?.[0]
        if (e && (j >= ts.length || ts[j].low !== p)) this.rec(ts, e.node, j, out)
      }
    }
    if (j >= ts.length) return
    const t = ts[j]
    const edges = node.words.get(t.fold)
    if (edges) {
      // a word with marks follows its own spelling; one that lost them, or capitals with none of its spelling here
      // (OCR), follows any spelling that accepts it
      let own: Edge<V> | null = null
      for (let k = 0; k < edges.length; k++) {
        if (edges[k].low === t.low) {
          own = edges[k]
          break
        }
      }
      if (own) this.rec(ts, own.node, j + 1, out)
      if (t.plain || (t.caps && !own)) for (const e of edges) if (e !== own && e.loose) this.rec(ts, e.node, j + 1, out)
    }
    if (t.word && (t.cap || t.caps) && node.abbrs.size) {
      const a = node.abbrs.get(t.exact)
      if (a) this.rec(ts, a, j + 1, out)
      // "TW" for "TƯ" is one spelling; a form without marks that the lexicon spells itself ("TU") is what it says; a word
      // in lower case after its capital, or one with marks the abbreviation lacks, is a word ("Cà Mau", "CÀ MAU": no
      // "CA", Công an)
      else if (t.caps && t.plain) {
        const folded = node.abbrFold.get(t.key)
        if (folded && !SPELT.has(t.exact)) for (const k of folded) this.rec(ts, node.abbrs.get(k)!, j + 1, out)
      }
    }
  }

  /** The longest phrase at i (the last added wins a tie). */
  longest(ts: Tok[], i: number): Hit<V> | null {
    const root = this.root
    if (!root.vals.length && !root.punct) {
      if (i >= ts.length || !this.hasRootEdge(ts[i])) return null
    }
    this.bestEnd = -1
    this.rec(ts, root, i, null)
    if (this.bestEnd < 0) return null
    const best = { end: this.bestEnd, val: this.bestVal as V }
    this.bestVal = undefined
    return best
  }
}

/**
 * Some trie of `tries` has a root edge for the token's word. The answer is kept on the interned word until a phrase is
 * added anywhere, so one caller asks it, always of the same tries (agencies/find.ts, of the tries a body can start in).
 */
export function startsAny(t: Tok, tries: readonly Vocab<unknown>[]): boolean {
  const k = t.keys
  if (k.gen !== generation) (k.gen = generation), (k.asked = 0), (k.roots = 0), (k.starts = 0)
  if (k.starts === 0) k.starts = tries.some((v) => v.hasRootEdge(t)) ? 1 : -1
  return k.starts > 0
}
