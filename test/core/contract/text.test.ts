import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { modernTone, normKey } from '../../../src/core/contract/text.js'

/** normKey as one chain of regular expressions: what the hand-written steps must equal. */
const reference = (s: string): string =>
  modernTone(s.normalize('NFC').toLowerCase())
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s.,;:()"“”'-]+|[\s.,;:()"“”'-]+$/g, '')

describe('normKey', () => {
  it('lower case, modern tones, one space, outer punctuation stripped', () => {
    expect(normKey('  “Hoà   bình”, (Uỷ ban)\t- ')).toBe('hòa bình”, (ủy ban')
    expect(normKey('Ban Tổ chức')).toBe('ban tổ chức')
    expect(normKey(' .;- ')).toBe('')
  })

  it('equals the chain of regular expressions on any mix of words, spaces and punctuation', () => {
    const piece = fc.constantFrom('Hoà', 'uỷ', 'a', 'B', ' ', '  ', '\t', '\n', '\u00a0', '.', ',', ';', ':', '(', ')', '"', '“', '”', "'", '-', '–', '!', 'o\u0301')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (p) => {
        expect(normKey(p.join(''))).toBe(reference(p.join('')))
      }),
      { numRuns: 5000 },
    )
  })
})
