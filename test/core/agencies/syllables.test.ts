// Words a PDF ran together (src/core/agencies/syllables.ts), on a few inline words.
import { describe, expect, it } from 'vitest'
import { joinedCuts, spacesPutBack, withLostSpaces } from '../../../src/core/agencies/syllables.js'
import { tokenize } from '../../../src/core/agencies/tokens.js'

const pieces = (w: string) => {
  const cuts = joinedCuts(w)
  if (!cuts) return [w]
  return [0, ...cuts].map((c, i, all) => w.slice(c, all[i + 1] ?? w.length))
}

describe('joinedCuts', () => {
  it('a run of letters that is no syllable is cut right after a marked letter: "vụĐảng", "kỹthuật", "dữliệu"', () => {
    expect(pieces('vụĐảng')).toEqual(['vụ', 'Đảng'])
    expect(pieces('kỹthuật')).toEqual(['kỹ', 'thuật'])
    expect(pieces('dữliệu')).toEqual(['dữ', 'liệu'])
    expect(pieces('CHỦTRÌ')).toEqual(['CHỦ', 'TRÌ'])
  })
  it('the earliest cut that leaves syllables wins: "bịnội" is "bị nội", not "bịn ội"', () => {
    expect(pieces('bịnội')).toEqual(['bị', 'nội'])
  })
  it('an abbreviation in capitals after a marked small letter is a piece of its own: "uỷUBND"', () => {
    expect(pieces('uỷUBND')).toEqual(['uỷ', 'UBND'])
  })
  it('one syllable, a word with no marked letter, and a name that reads as no syllables are left whole', () => {
    for (const w of ['nghiêng', 'người', 'khuỷu', 'Thành', 'Krông', 'iPhone', 'Đắk', 'internet']) expect(joinedCuts(w), w).toBeNull()
  })
})

describe('tokenize', () => {
  it('gives each word a lost space ran together a token of its own, at its place in the text, with the space read back', () => {
    const ts = tokenize('Ban Thường vụĐảng uỷ')
    expect(ts.map((t) => t.raw)).toEqual(['Ban', 'Thường', 'vụ', 'Đảng', 'uỷ'])
    expect(ts.map((t) => t.start)).toEqual([0, 4, 11, 13, 18])
    expect(ts[3].spaced).toBe(true)
  })
})

describe('withLostSpaces', () => {
  it('lets a space after a marked letter go missing, and only there', () => {
    const re = new RegExp(withLostSpaces('cơ quan chủ trì'), 'u')
    expect(re.test('cơ quan chủtrì')).toBe(true)
    expect(re.test('cơ quanchủ trì')).toBe(false)
  })
})

describe('spacesPutBack', () => {
  it('puts back the spaces a PDF lost after marked letters, and leaves other text as it is', () => {
    expect(spacesPutBack('Đồng thời, đềnghịbổsung Nghị quyết')).toBe('Đồng thời, đề nghị bổ sung Nghị quyết')
    expect(spacesPutBack('Ban Thường vụĐảng uỷ')).toBe('Ban Thường vụ Đảng uỷ')
    const clean = 'Người đứng đầu chịu trách nhiệm trước Ban Thường vụ.'
    expect(spacesPutBack(clean)).toBe(clean)
  })
})
