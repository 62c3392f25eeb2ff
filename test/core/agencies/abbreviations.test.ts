// agencyKey reads abbreviations before it folds diacritics: TƯ/TW is Trung ương, TU is Tỉnh ủy, and folding must not merge them.
import { describe, expect, it } from 'vitest'
import { agencyKey } from '../../../src/core/agencies/index.js'
import { GLUED_HEADS } from '../../../src/core/agencies/lexicon.js'

const key = (name: string) => agencyKey(name)

describe('agencyKey: abbreviations are resolved before folding', () => {
  it('TU is Tỉnh ủy, TƯ and TW are Trung ương, HU is Huyện ủy', () => {
    expect(key('TU')).toBe('tinh uy')
    expect(key('TƯ')).toBe('trung uong')
    expect(key('TW')).toBe('trung uong')
    expect(key('HU')).toBe('huyen uy')
  })

  it.each([
    ['VPTU', 'Văn phòng Tỉnh ủy'],
    ['VPTW', 'Văn phòng Trung ương Đảng'],
    ['VPTƯ', 'Văn phòng Trung ương Đảng'],
    ['BTCTU', 'Ban Tổ chức Tỉnh ủy'],
    ['BTCTW', 'Ban Tổ chức Trung ương'],
    ['BTCTƯ', 'Ban Tổ chức Trung ương'],
    ['BTGTU', 'Ban Tuyên giáo Tỉnh ủy'],
    ['BDVTU', 'Ban Dân vận Tỉnh ủy'],
    ['UBKTTU', 'Ủy ban Kiểm tra Tỉnh ủy'],
    ['UBKTTW', 'Ủy ban Kiểm tra Trung ương'],
    ['BTVTU', 'Ban Thường vụ Tỉnh ủy'],
    ['BTVHU', 'Ban Thường vụ Huyện ủy'],
    ['VPHU', 'Văn phòng Huyện ủy'],
  ])('glued %s is %s', (abbr, full) => {
    expect(key(abbr)).toBe(key(full))
  })

  it('a head followed by TU, spaced, is the Tỉnh ủy body', () => {
    for (const q of ['Ban Tổ chức TU', 'BTC TU', 'BAN TỔ CHỨC TU']) expect(key(q), q).toBe('ban to chuc tinh uy')
    for (const q of ['Văn phòng TU', 'VP TU']) expect(key(q), q).toBe('van phong tinh uy')
    for (const q of ['Ban Tổ chức TƯ', 'BTC TW', 'BTC T.Ư']) expect(key(q), q).toBe('ban to chuc trung uong')
  })

  it('no form of TU written without the horn becomes Trung ương', () => {
    for (const [abbr, head] of Object.entries(GLUED_HEADS)) {
      for (const q of [`${abbr}TU`, `${abbr} TU`, `${abbr}TU`.toLowerCase(), `${abbr} tu`.toLowerCase()]) {
        expect(key(q), q).not.toMatch(/trung uong/)
      }
      expect(key(`${abbr}TU`), abbr).toBe(key(`${head} Tỉnh ủy`))
    }
  })

  it('a form with no diacritic at all falls back to folded matching (only when it is not itself an abbreviation)', () => {
    expect(key('UBKTDU')).toBe(key('Ủy ban Kiểm tra Đảng ủy'))
    expect(key('BDNTU')).toBe(key('Ban Đối ngoại Tỉnh ủy'))
    expect(key('BDNTW')).toBe(key('Ban Đối ngoại Trung ương'))
    expect(key('Sở KH&DT')).toBe(key('Sở Kế hoạch và Đầu tư'))
  })

  it('words that merely look like abbreviations are left alone', () => {
    for (const q of ['Sở Tư pháp', 'SỞ TƯ PHÁP', 'so tu phap', 'sở tư pháp']) expect(key(q), q).toBe('so tu phap')
    expect(key('Sở Văn hóa, Thể thao và Du lịch')).toBe(key('so van hoa, the thao va du lich'))
  })
})

describe('agencyKey: case never matters', () => {
  it.each([
    ['btctw', 'BTCTW'], ['btctu', 'BTCTU'], ['vptu', 'VPTU'], ['vptw', 'VPTW'], ['ubkttu', 'UBKTTU'], ['bdvtu', 'BDVTU'],
    ['Btctu', 'BTCTU'], ['btc tw', 'BTC TW'], ['ubnd tỉnh', 'UBND tỉnh'], ['vp ubnd tinh', 'VP UBND tỉnh'], ['btcTƯ', 'BTCTƯ'],
  ])('%s is %s', (lower, upper) => {
    expect(key(lower)).toBe(key(upper))
  })

  // The decision: a lower-case (or not all-capital) form that is also a Vietnamese word (tu, hu, đu, thu, tư) is read as an
  // abbreviation only when the query does not name a body with it read as a word. So "ban to chuc tu" and "tu" are Tỉnh ủy,
  // while "so tu phap" stays Sở Tư pháp. Written without the horn it is Tỉnh ủy, never Trung ương; "tư" with the horn is Trung ương.
  it('lower-case tu is Tỉnh ủy only where it is the abbreviation; tư (with the horn) is Trung ương', () => {
    expect(key('tu')).toBe('tinh uy')
    expect(key('hu')).toBe('huyen uy')
    for (const q of ['ban to chuc tu', 'btc tu', 'Ban Tổ chức Tu', 'ban tổ chức tu']) expect(key(q), q).toBe('ban to chuc tinh uy')
    expect(key('van phong tu')).toBe('van phong tinh uy')
    expect(key('ban to chuc tư')).toBe('ban to chuc trung uong')
    expect(key('tư')).toBe(key('TƯ'))
    expect(key('so tu phap')).toBe('so tu phap')
  })
})
