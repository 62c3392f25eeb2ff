import { describe, expect, it } from 'vitest'
import { lexiconNameByFold } from '../../../src/core/agencies/index.js'
import { definedAbbreviations } from '../../../src/core/grammar/mentions.js'
import { unitMentions } from '../../../src/core/grammar/units.js'
import { segment } from '../../../src/core/read/segment.js'

describe('a body the lexicon knows, its marks damaged by OCR', () => {
  it('takes the lexicon name when exactly one full name folds to the same letters', () => {
    expect(lexiconNameByFold('Tập đoàn Công nghiệp - Năng lượng Quốc gia Viét Nam')).toBe('Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam')
    expect(lexiconNameByFold('Tập đoàn Dầu khí Việt Nam')).toBe('Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam')
  })
  it('leaves short names and names the lexicon does not hold alone', () => {
    expect(lexiconNameByFold('Quoc hoi')).toBeNull()
    expect(lexiconNameByFold('Tập đoàn Vingroup')).toBeNull()
  })
  it('a unit found by its shape and an abbreviation a document defines both take it', () => {
    expect(unitMentions('Tập đoàn Công nghiệp - Năng lượng Quốc gia Viét Nam chủ trì', []).map((m) => m.name)).toEqual(['Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam'])
    const defs = definedAbbreviations(segment(['giao các Tập đoàn: Điện lực Việt Nam (EVN), Công nghiệp - Năng lượng Quốc gia Viét Nam (PVN) triển khai'], false))
    expect(defs.get('PVN')).toBe('Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam')
  })
})
