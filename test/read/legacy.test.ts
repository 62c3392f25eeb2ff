import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readHtml } from '../../src/core/read/html.js'
import { decodeLegacy, isVietnameseSyllable, repairTcvn3InUnicode, tableRows, type LegacyEncoding } from '../../src/core/read/legacy.js'
import { modernTone } from '../../src/core/contract/text.js'
import { encodeLegacy, expectedText, FIXTURES, LEGACY_ENCODINGS, legacyFixtureBytes, writeLegacyFixtures } from './make-legacy.js'

const NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI-Windows', cp1258: 'Windows-1258' }
const codepoints = (s: string) => [...s].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ')
const hex = (b: number[]) => b.map((x) => x.toString(16).toUpperCase().padStart(2, '0')).join('')

describe.each(LEGACY_ENCODINGS)('the %s table', (enc) => {
  const rows = tableRows(enc)

  it('has rows, each written the same in its unicode and codepoints columns', () => {
    expect(rows.length).toBeGreaterThan(70)
    for (const r of rows) expect(codepoints(r.unicode), hex(r.bytes)).toBe(r.codepoints)
  })

  it.each(rows.map((r) => [hex(r.bytes), r.unicode, r.bytes] as const))('%s decodes to %s', (_, unicode, bytes) => {
    expect(decodeLegacy(Uint8Array.from(bytes), enc)?.text).toBe(unicode.normalize('NFC'))
  })
})

describe('decodeLegacy', () => {
  if (process.env.PLAN_WRITE_LEGACY) writeLegacyFixtures()
  const expected = expectedText()

  it.each(LEGACY_ENCODINGS)('the fixture legacy-%s.txt is what make-legacy writes', (enc) => {
    expect(new Uint8Array(readFileSync(new URL(`legacy-${enc}.txt`, FIXTURES)))).toEqual(legacyFixtureBytes()[enc])
  })

  it.each(LEGACY_ENCODINGS)('detects legacy-%s.txt and decodes it to legacy.expected.txt', (enc) => {
    const found = decodeLegacy(new Uint8Array(readFileSync(new URL(`legacy-${enc}.txt`, FIXTURES))))
    expect(found?.encoding).toBe(NAMES[enc])
    expect(found?.text).toBe(expected)
    expect(found?.converted).toBe([...expected].filter((c) => c > '\x7f').length)
  })

  const paragraph =
    'Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan tham mưu Ủy ban nhân dân tỉnh ban hành ' +
    'quy chế quản lý; báo cáo kết quả thực hiện về Văn phòng trước ngày 15 tháng 12 năm 2026.'
  it.each(LEGACY_ENCODINGS)('detects a Vietnamese paragraph in %s', (enc) => {
    // TCVN3 has no toned capitals: Ủ comes back as ủ there, as it did on screen with a .VnTime font
    const want = enc === 'tcvn3' ? paragraph.replace('Ủy', 'ủy') : paragraph
    expect(decodeLegacy(encodeLegacy(paragraph, enc))).toEqual({ text: want, encoding: NAMES[enc], converted: [...want].filter((c) => c > '\x7f').length })
  })

  it('restores capitals on a line typed for a .VnTimeH font', () => {
    expect(decodeLegacy(encodeLegacy('QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT\nSố 12/QĐ-UBND', 'tcvn3'), 'tcvn3')?.text).toBe('QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT\nSố 12/QĐ-UBND')
  })

  it('reads a VNI capital letter with a lower-case mark byte', () => {
    expect(decodeLegacy(Uint8Array.from([0x41, 0xf9, 0x70, 0x20, 0x64, 0x75, 0xef, 0x6e, 0x67]), 'vni')?.text).toBe('Áp dụng')
  })

  it('is not fooled by French or German in Latin-1', () => {
    const french = 'Le garçon a été très content de voir Noël à Paris; où est la forêt? Ça dépend du maïs et des élèves.'
    const german = 'Der Bär läuft über die Straße, während die Mädchen schön und fröhlich Größe üben.'
    for (const text of [french, german]) {
      expect(decodeLegacy(new Uint8Array(Buffer.from(text, 'latin1')))).toBeNull()
      expect(repairTcvn3InUnicode(text)).toEqual({ text, converted: 0 })
    }
  })

  it('gives null for bytes that look like nothing', () => {
    expect(decodeLegacy(Uint8Array.from([0xff, 0xfe, 0x20, 0x80, 0x81, 0x20, 0xa9, 0xb0]))).toBeNull()
  })
})

describe('isVietnameseSyllable', () => {
  it.each(['Quyết', 'định', 'Uỷ', 'ủy', 'người', 'khuỷu', 'giữ', 'gìn', 'ĐỊNH', 'nghiêng', 'hoặc', 'xuân'])('%s is one', (w) => expect(isVietnameseSyllable(w)).toBe(true))
  it.each(['QuyÕt', 'Größe', 'été', 'lùc', 'cáá', 'über', 'qUY', 'sch'])('%s is not', (w) => expect(isVietnameseSyllable(w)).toBe(false))
})

describe('repairTcvn3InUnicode', () => {
  it('converts TCVN3 pasted into Unicode', () => {
    const r = repairTcvn3InUnicode('Uû ban nh©n d©n tØnh')
    expect(r.text).toBe('Uỷ ban nhân dân tỉnh')
    expect(modernTone(r.text)).toBe('Ủy ban nhân dân tỉnh')
    expect(r.converted).toBe(4)
  })

  it('converts the words that are only Vietnamese in TCVN3 on a TCVN3 line ("Bé" is Bộ, "mét" is một)', () => {
    expect(repairTcvn3InUnicode('Bé tr­ëng Bé X©y dùng vÒ mét sè ®iÒu, Q§-BXD').text).toBe('Bộ trưởng Bộ Xây dựng về một số điều, QĐ-BXD')
  })

  it('restores the capitals of a .VnTimeH heading', () => {
    expect(repairTcvn3InUnicode('QUYÕT §ÞNH VÒ VIÖC').text).toBe('QUYẾT ĐỊNH VỀ VIỆC')
  })

  it('leaves ordinary Unicode Vietnamese exactly as it is', () => {
    const line = 'Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ; giá trị © 2026 «Kế hoạch» · bé, mét, vô, dùng, Uỷ ban, Thái Bình à'
    expect(repairTcvn3InUnicode(line)).toEqual({ text: line, converted: 0 })
    expect(repairTcvn3InUnicode(line.normalize('NFD'))).toEqual({ text: line.normalize('NFD'), converted: 0 })
  })

  it('converts only the TCVN3 words of a mixed line', () => {
    expect(repairTcvn3InUnicode('Điều 1. Sở Tư pháp: QuyÕt ®Þnh nµy cã hiÖu lùc tõ ngµy ký').text).toBe('Điều 1. Sở Tư pháp: Quyết định này có hiệu lực từ ngày ký')
    expect(repairTcvn3InUnicode('Hội nghị tại Hà Nội (Uû ban nh©n d©n), bé và mét').text).toBe('Hội nghị tại Hà Nội (Uỷ ban nhân dân), bé và mét')
  })

  it('converts a short TCVN3 line whose only sure word is an abbreviation', () => {
    expect(repairTcvn3InUnicode('Sè: 12/Q§-UBND').text).toBe('Số: 12/QĐ-UBND')
  })

  it.each(['121/2021/NÐ-CP (nếu có);', '121/2021/NÐ-CP', 'lớn của Bộ Tài chính và Ủy baï.Chứng khoán Nhà nước', 'ø) Tiểu ban An ninh - Y tế do Bộ Công an chủ trì'])(
    'leaves Ð for Đ and OCR noise in Unicode alone: %s',
    (line) => expect(repairTcvn3InUnicode(line)).toEqual({ text: line, converted: 0 }),
  )

  it('leaves a line without a TCVN3 character alone at once', () => {
    const line = 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015'
    expect(repairTcvn3InUnicode(line).text).toBe(line)
  })
})

const real = new URL('../../../shared/corpus/real/', import.meta.url)
const hasReal = existsSync(real)

describe.skipIf(!hasReal)(`the real TCVN3 page${hasReal ? '' : ' (skipped: ../shared/corpus/real is absent)'}`, () => {
  it('reads through readHtml and the repair into Unicode', () => {
    const doc = readHtml(readFileSync(new URL('vbplld-3bb2368d35b2.html', real), 'utf8'))
    const lines = doc.lines.map((l) => repairTcvn3InUnicode(l).text)
    const text = lines.join('\n')
    expect(lines[0]).toBe('QUYẾT ĐỊNH')
    expect(text).toContain('V/v: Đính chính Quyết định số 29/2007/QĐ-BXD ngày 31/12/2007 của')
    expect(text).toContain('Bộ trưởng Bộ Xây dựng về việc ban hành Chương trình khung đào tạo, bồi dưỡng kiến thức')
    expect(text).toContain('Căn cứ Nghị định số 104/2004/NĐ-CP ngày 23/3/2004 của Chính phủ về Công báo Nước Cộng hoà Xã hội Chủ nghĩa Việt Nam;')
    expect(text).toContain('Điều 1. Đính chính nội dung Mẫu chứng chỉ')
    expect(modernTone(text)).toContain('Ủy ban nhân dân các tỉnh')
    expect(text).not.toMatch(/[©®§µ¸¹­]/)
  })
})
