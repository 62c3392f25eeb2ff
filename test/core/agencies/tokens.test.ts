// Tokens and the phrase trie (src/core/agencies/tokens.ts), on a few inline words.
import { describe, expect, it } from 'vitest'
import { tokenize, Vocab } from '../../../src/core/agencies/tokens.js'

const hits = (v: Vocab<string>, text: string) => v.walk(tokenize(text), 0).map((h) => h.val)

describe('Vocab', () => {
  it('a word with marks matches its own spelling only, even where another phrase shares its letters: Bảo is not Báo', () => {
    const v = new Vocab<string>().add('Báo', 'paper').add('Bảo hiểm xã hội', 'insurance')
    expect(hits(v, 'Bảo Lộc')).toEqual([])
    expect(hits(v, 'Báo Lâm Đồng')).toEqual(['paper'])
    expect(hits(v, 'Bảo hiểm xã hội')).toEqual(['insurance'])
  })

  it('a word that lost its marks, or is written in capitals, matches any spelling: BAO, BÁO', () => {
    const v = new Vocab<string>().add('Báo', 'paper').add('Bảo hiểm xã hội', 'insurance')
    expect(hits(v, 'Bao')).toEqual(['paper'])
    expect(hits(v, 'BÁO')).toEqual(['paper'])
    expect(hits(v, 'BAO HIEM XA HOI')).toEqual(['paper', 'insurance'])
  })

  it("what a word learnt of a trie's root is forgotten when a phrase is added: a word first turned away is let in", () => {
    const v = new Vocab<string>().add('Báo', 'paper')
    const other = new Vocab<string>().add('Cục Thuế', 'tax')
    expect(hits(v, 'Cục Thuế')).toEqual([])
    expect(hits(other, 'Cục Thuế')).toEqual(['tax'])
    v.add('Cục Thuế', 'tax here')
    expect(hits(v, 'Cục Thuế')).toEqual(['tax here'])
    // an abbreviation enters by its keys, a capitalised word only
    v.add('UBND', 'committee')
    expect(hits(v, 'UBND')).toEqual(['committee'])
    expect(hits(v, 'ubnd')).toEqual([])
  })

  it('a phrase added after a node ended or led on by one word is its own: nodes share no map or list', () => {
    const v = new Vocab<string>().add('Sở Y tế', 'health').add('Sở', 'any')
    const w = new Vocab<string>().add('Bộ', 'ministry')
    v.add('Sở GD&ĐT', 'education').add('Sở Y tế', 'health again')
    expect(hits(v, 'Sở Y tế')).toEqual(['any', 'health', 'health again'])
    expect(hits(v, 'Sở GD&ĐT')).toEqual(['any', 'education'])
    expect(hits(v, 'Sở Tư pháp')).toEqual(['any'])
    expect(hits(w, 'Bộ Y tế')).toEqual(['ministry'])
    expect(hits(w, 'Sở Y tế')).toEqual([])
    expect(hits(w, 'GD&ĐT')).toEqual([])
  })
})

describe('tokenize', () => {
  it("a letter or two joined by an apostrophe to a name is one word: R'Lấp, B’Lao; a quote is not", () => {
    expect(tokenize("Đắk R'Lấp").map((t) => t.raw)).toEqual(['Đắk', "R'Lấp"])
    expect(tokenize('B’Lao').map((t) => t.raw)).toEqual(['B’Lao'])
    expect(tokenize("'Tỉnh ủy'").map((t) => t.raw)).toEqual(["'", 'Tỉnh', 'ủy', "'"])
  })

  // the scanner walks the text by hand: it must read every text as the regex it replaced
  const WORD = /\p{L}\p{M}*(?:\p{L}\p{M}*)?['’ʼ]\p{L}[\p{L}\p{M}\p{N}]*|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:&[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S/gu
  const byRegex = (text: string) => [...text.matchAll(WORD)].map((m) => [m[0], m.index, m.index === 0 || /\s/.test(text[m.index - 1])])
  const byScanner = (text: string) => tokenize(text).map((t) => [t.raw, t.start, t.spaced])
  it.each([
    "Hʼmông, HʼMông và H'Mông; KH&ĐT, KH& ĐT, &ĐT, KH&&ĐT",
    'hoà\u0301 a\u0301b \u0301x 12&3 Đ\u00a0X\u3000Y\tZ',
    'Sở Tài chính (STC) – 2026/2027 … “Bộ”',
    "R'Lấp R'' 'L a’ ʼʼa",
    'chữ 𝐀𝐁 ngoài BMP, 😀 và Bộ',
  ])('reads %j as the word regex does', (text) => {
    expect(byScanner(text)).toEqual(byRegex(text))
  })
})

describe('Vocab as data (the bundle reads the lexicon tries from dist/bundle/tries.json)', () => {
  it('a trie loaded from its data is the trie its phrases build, for every trie of the lexicon', async () => {
    const { trieData } = await import('../../../src/core/agencies/vocab.js')
    const all = trieData()
    expect(all.length).toBeGreaterThan(15)
    for (const data of all) {
      const pairs = data.phrases.map(([p, s], i) => [p, { i }, s] as [string, { i: number }, boolean])
      const strict = data.phrases.length > 0 && data.phrases.every(([, s]) => s)
      const built = new Vocab<{ i: number }>(strict)
      for (const [p, v, s] of pairs) built.add(p, v, s)
      const loaded = new Vocab<{ i: number }>(strict)
      expect(loaded.load(data, pairs)).toBe(true)
      // all but the trie's own bit in the words' masks
      const shape = (v: Vocab<{ i: number }>) => ({ ...v, bit: 0 })
      expect(shape(loaded)).toEqual(shape(built))
      expect(loaded.data()).toEqual(data)
      for (const phrase of data.phrases.slice(0, 20)) {
        const ts = tokenize(phrase[0])
        expect(loaded.walk(ts, 0)).toEqual(built.walk(ts, 0))
      }
    }
  })

  it('data written for other phrases is not loaded (a lexicon file edited since the build)', () => {
    const data = new Vocab<string>().add('Sở Y tế', 'health').add('Sở', 'any').data()
    expect(new Vocab<string>().load(data, [['Sở Y tế', 'health'], ['Sở Tư pháp', 'justice']])).toBe(false)
    expect(new Vocab<string>().load(data, [['Sở Y tế', 'health'], ['Sở', 'any', true]])).toBe(false)
    expect(new Vocab<string>().load(data, [['Sở Y tế', 'health']])).toBe(false)
    const v = new Vocab<string>()
    expect(v.load(data, [['Sở Y tế', 'a'], ['Sở', 'b']])).toBe(true)
    expect(v.walk(tokenize('Sở Y tế'), 0).map((h) => h.val)).toEqual(['b', 'a'])
  })
})
