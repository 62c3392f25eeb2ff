// Character classes by code, for scanners that walk a text by hand instead of running a regex over it: what
// /\p{L}/u, /\p{M}/u, /\p{N}/u and /\s/u say of one UTF-16 unit, asked once per distinct unit and kept in a table.

export const LETTER = 1
export const MARK = 2
export const NUMBER = 4
export const SPACE = 8
const KNOWN = 128

const table = new Uint8Array(0x10000)

function classify(c: number): number {
  const ch = String.fromCharCode(c)
  return KNOWN | (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{M}/u.test(ch) ? MARK : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0) | (/\s/u.test(ch) ? SPACE : 0)
}

for (let c = 0; c < 128; c++) table[c] = classify(c)

/** The classes (LETTER | MARK | NUMBER | SPACE) of a UTF-16 unit that is not half of a surrogate pair. */
export function charClass(c: number): number {
  const k = table[c]
  return k ? k : (table[c] = classify(c))
}

const SURROGATE = /[\uD800-\uDFFF]/

/** The text holds a character outside the Basic Multilingual Plane: by-hand scanners leave it to their regex. */
export function hasAstral(text: string): boolean {
  return SURROGATE.test(text)
}

/** A word's hash, one UTF-16 unit at a time from HASH_SEED (FNV-1a): a scanner may hash a word as it reads it. */
export const HASH_SEED = 0x811c9dc5
export const hashUnit = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193)

/**
 * Words interned by their text: a scanner looks a word up by its span of the text (a hash of its units, then a
 * compare), so a word seen before costs no new string. Each distinct word gets a small integer id and a value
 * computed once from its text.
 */
export class WordTable<V> {
  private slots = new Int32Array(1 << 12)
  private hashes: number[] = [0]
  private raws: string[] = ['']
  private vals: V[] = [undefined as V]

  constructor(
    private readonly make: (raw: string) => V,
    private readonly max = 100_000,
  ) {}

  /** The id of text[start, end), interned on first sight. */
  id(text: string, start: number, end: number): number {
    let h = HASH_SEED
    for (let i = start; i < end; i++) h = hashUnit(h, text.charCodeAt(i))
    return this.hashedId(text, start, end, h)
  }

  /** The id of text[start, end), whose hash (hashUnit over its units from HASH_SEED) the caller has already. */
  hashedId(text: string, start: number, end: number, h: number): number {
    const slots = this.slots
    const mask = slots.length - 1
    const len = end - start
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = slots[s]
      if (id === 0) break
      if (this.hashes[id] !== h) continue
      const raw = this.raws[id]
      if (raw.length !== len) continue
      let k = 0
      while (k < len && raw.charCodeAt(k) === text.charCodeAt(start + k)) k++
      if (k === len) return id
    }
    if (this.raws.length > this.max) this.clear()
    const raw = text.slice(start, end)
    const id = this.raws.length
    this.raws.push(raw)
    this.hashes.push(h)
    this.vals.push(this.make(raw))
    if (id * 2 > this.slots.length) this.grow()
    else this.place(id, h)
    return id
  }

  raw(id: number): string {
    return this.raws[id]
  }

  val(id: number): V {
    return this.vals[id]
  }

  private place(id: number, h: number): void {
    const mask = this.slots.length - 1
    let s = h & mask
    while (this.slots[s] !== 0) s = (s + 1) & mask
    this.slots[s] = id
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2)
    for (let id = 1; id < this.raws.length; id++) this.place(id, this.hashes[id])
  }

  private clear(): void {
    this.slots = new Int32Array(1 << 12)
    this.hashes = [0]
    this.raws = ['']
    this.vals = [undefined as V]
  }
}
