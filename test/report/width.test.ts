import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import wrapAnsi from 'wrap-ansi'
import { displayWidth, padEnd, truncate, truncateStart, wrapText } from '../../src/report/width.js'

describe('displayWidth', () => {
  it('counts a Vietnamese letter as one column, precomposed or decomposed', () => {
    expect(displayWidth('Ủy ban')).toBe(6)
    expect(displayWidth('Ủy ban'.normalize('NFD'))).toBe(6)
    expect(displayWidth('Tổ chức')).toBe(7)
  })
  it('counts CJK and emoji as two columns, controls and zero-width marks as none', () => {
    expect(displayWidth('中文')).toBe(4)
    expect(displayWidth('✅')).toBe(2) // emoji presentation: two columns, as terminals draw it
    expect(displayWidth('🚀x')).toBe(3)
    expect(displayWidth('a\u200bb')).toBe(2)
  })
})

describe('truncate', () => {
  it('cuts to the width with an ellipsis and never splits a letter from its marks', () => {
    expect(truncate('Ban Tổ chức Trung ương', 10)).toBe('Ban Tổ ch…')
    expect(displayWidth(truncate('Ban Tổ chức Trung ương', 10))).toBeLessThanOrEqual(10)
    const nfd = truncate('Tổ chức'.normalize('NFD'), 4)
    expect(nfd.normalize('NFC')).toBe('Tổ…')
    expect(truncate('short', 10)).toBe('short')
    expect(displayWidth(truncate('中文中文', 5))).toBeLessThanOrEqual(5)
  })
  it('pads by display width', () => {
    expect(padEnd('Ủy', 4)).toBe('Ủy  ')
  })
})

describe('truncateStart', () => {
  it('keeps the end of a path (file name and line) and cuts the front', () => {
    expect(truncateStart('../shared/corpus/real/kh-12.txt:219:25', 20)).toBe('…al/kh-12.txt:219:25')
    expect(displayWidth(truncateStart('../shared/corpus/real/kh-12.txt:219:25', 20))).toBeLessThanOrEqual(20)
    expect(truncateStart('a.txt:1:1', 20)).toBe('a.txt:1:1')
    expect(truncateStart('Ủy ban'.normalize('NFD'), 4).normalize('NFC')).toBe('…ban')
  })
})

describe('wrapText', () => {
  const opts = { hard: true, trim: true }
  it('wraps as wrap-ansi does (hard, trimmed), on Vietnamese text, spaces and words longer than the line', () => {
    const alphabet = [...'ab c  Đđ ươ ệỷ,.-…–“” \u00a0x'.split(''), 'Tổ', 'chức', 'supercalifragilistic']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), fc.integer({ min: 1, max: 30 }), (parts, w) => {
        const s = parts.join('')
        expect(wrapText(s, w)).toEqual(wrapAnsi(s, w, opts).split('\n'))
      }),
      { numRuns: 2000 },
    )
  })
  it('hands wide, combining and coloured text to wrap-ansi', () => {
    for (const s of ['中文中文 ab', 'Tổ chức'.normalize('NFD') + ' x', '\u001b[31mđỏ\u001b[39m và xanh'])
      for (const w of [2, 3, 5]) expect(wrapText(s, w)).toEqual(wrapAnsi(s, w, opts).split('\n'))
  })
})
