import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readDocx } from '../../src/core/read/docx.js'
import { LIMITS, ReadError } from '../../src/core/read/types.js'
import { abstractNum, makeDocx, num, numberedTableDocx, p, r, table, utf8 } from './make-docx.js'

const lines = (parts: Parameters<typeof makeDocx>[0]): string[] => readDocx(makeDocx(parts)).lines

function readError(f: () => unknown): ReadError {
  try {
    f()
  } catch (e) {
    if (e instanceof ReadError) return e
    throw e
  }
  throw new Error('no error thrown')
}

const ROMAN_DECIMAL_LETTER = abstractNum(0, [{ fmt: 'upperRoman', text: '%1.' }, { fmt: 'decimal', text: '%2.' }, { fmt: 'lowerLetter', text: '%3)' }])

describe('readDocx: paragraphs', () => {
  it('gives one line per paragraph, an empty paragraph an empty line, with typed labels as they are', () => {
    const doc = readDocx(makeDocx({ body: p('I. MỤC TIÊU') + p('') + p('1. Cải cách thể chế') + p(r('a) Mục') + r(' tiêu')) }))
    expect(doc).toEqual({ format: 'docx', lines: ['I. MỤC TIÊU', '', '1. Cải cách thể chế', 'a) Mục tiêu'], markdown: false, notes: [] })
  })

  it('renders tabs and line breaks as spaces, a non-breaking hyphen as "-", and drops symbols and page breaks', () => {
    const runs = '<w:r><w:t>Kính gửi:</w:t><w:tab/><w:t>Sở Nội vụ</w:t><w:br/><w:t>Sở Tư pháp</w:t><w:noBreakHyphen/><w:t>TP</w:t><w:sym w:font="Wingdings" w:char="F0E0"/><w:br w:type="page"/></w:r>'
    expect(lines({ body: p(runs) })).toEqual(['Kính gửi: Sở Nội vụ Sở Tư pháp-TP'])
  })

  it('skips deleted and moved-away text and field codes, keeps inserted text and field results', () => {
    const runs =
      r('Giao ') +
      '<w:del w:id="1" w:author="A"><w:r><w:delText>Sở Tài chính</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="A"><w:r><w:t>Sở Nội vụ</w:t></w:r></w:ins>' +
      '<w:moveFrom w:id="3" w:author="A"><w:r><w:t> (cũ)</w:t></w:r></w:moveFrom>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      r(' chủ trì') +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:fldSimple w:instr=" DATE "><w:r><w:t>, ngay</w:t></w:r></w:fldSimple>'
    expect(lines({ body: p(runs) })).toEqual(['Giao Sở Nội vụ chủ trì, ngay'])
  })

  it('skips text boxes (DrawingML and VML, both branches of mc:AlternateContent)', () => {
    const box = (t: string): string => `<w:txbxContent>${p(t)}</w:txbxContent>`
    const alternate =
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>' +
      box('DỰ THẢO') +
      '</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>' +
      box('DỰ THẢO') +
      '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    const vml = `<w:r><w:pict><v:shape><v:textbox>${box('Mẫu số 01')}</v:textbox></v:shape></w:pict></w:r>`
    expect(lines({ body: p(r('KẾ HOẠCH') + alternate) + p(vml + r('Triển khai')) })).toEqual(['KẾ HOẠCH', 'Triển khai'])
  })

  it('notes content imported with w:altChunk, which it does not read', () => {
    const doc = readDocx(makeDocx({ body: p('A') + '<w:altChunk r:id="rId9"/>' }))
    expect([doc.lines, doc.notes.map((n) => n.code)]).toEqual([['A'], ['reader-note']])
  })

  it('reads content controls (w:sdt) in body order', () => {
    expect(lines({ body: p('Một') + `<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${p('Hai')}</w:sdtContent></w:sdt>` + p('Ba') })).toEqual(['Một', 'Hai', 'Ba'])
  })
})

describe('readDocx: automatic numbering', () => {
  it('types I., 1., a) in front of the paragraphs and restarts a level after a higher one', () => {
    const body = [
      p('MỤC TIÊU', { numId: 1, ilvl: 0 }),
      p('Cải cách thể chế', { numId: 1, ilvl: 1 }),
      p('Mục tiêu', { numId: 1, ilvl: 2 }),
      p('Nhiệm vụ', { numId: 1, ilvl: 2 }),
      p('Cải cách thủ tục', { numId: 1, ilvl: 1 }),
      p('Mục tiêu', { numId: 1, ilvl: 2 }),
      p('Không đánh số'),
      p('TỔ CHỨC THỰC HIỆN', { numId: 1, ilvl: 0 }),
      p('Sở Nội vụ', { numId: 1 }),
      p('Sở Tư pháp', { numId: 1, ilvl: 1 }),
    ].join('')
    expect(lines({ body, numbering: ROMAN_DECIMAL_LETTER + num(1, 0) })).toEqual([
      'I. MỤC TIÊU',
      '1. Cải cách thể chế',
      'a) Mục tiêu',
      'b) Nhiệm vụ',
      '2. Cải cách thủ tục',
      'a) Mục tiêu',
      'Không đánh số',
      'II. TỔ CHỨC THỰC HIỆN',
      'III. Sở Nội vụ',
      '1. Sở Tư pháp',
    ])
  })

  it('builds multi-level labels like 1.2. and honours w:lvlRestart="0" (never restart)', () => {
    const numbering = abstractNum(0, [{ fmt: 'decimal', text: '%1.' }, { fmt: 'decimal', text: '%1.%2.' }, { fmt: 'decimal', text: '(%3)', restart: 0 }]) + num(5, 0)
    const body = [p('A', { numId: 5, ilvl: 0 }), p('B', { numId: 5, ilvl: 1 }), p('C', { numId: 5, ilvl: 2 }), p('D', { numId: 5, ilvl: 1 }), p('E', { numId: 5, ilvl: 2 }), p('F', { numId: 5, ilvl: 0 }), p('G', { numId: 5, ilvl: 1 }), p('H', { numId: 5, ilvl: 2 })].join('')
    expect(lines({ body, numbering })).toEqual(['1. A', '1.1. B', '(1) C', '1.2. D', '(2) E', '2. F', '2.1. G', '(3) H'])
  })

  it('continues a list across two w:num of one definition, and restarts it with w:startOverride', () => {
    const body = [p('A', { numId: 1, ilvl: 1 }), p('B', { numId: 2, ilvl: 1 }), p('C', { numId: 3, ilvl: 1 }), p('D', { numId: 3, ilvl: 1 })].join('')
    expect(lines({ body, numbering: ROMAN_DECIMAL_LETTER + num(1, 0) + num(2, 0) + num(3, 0, { 1: 1 }) })).toEqual(['1. A', '2. B', '1. C', '2. D'])
  })

  it('renders a bullet level as "- " whatever its glyph, and w:start, lowerRoman, upperLetter', () => {
    const numbering = abstractNum(1, [{ fmt: 'bullet', text: '\uF0B7' }, { fmt: 'bullet', text: 'o' }]) + abstractNum(2, [{ fmt: 'lowerRoman', text: '%1.', start: 3 }, { fmt: 'upperLetter', text: '%2.' }]) + num(1, 1) + num(2, 2)
    const body = [p('x', { numId: 1 }), p('y', { numId: 1, ilvl: 1 }), p('z', { numId: 2 }), p('w', { numId: 2, ilvl: 1 }), p('v', { numId: 2, ilvl: 1 })].join('')
    expect(lines({ body, numbering })).toEqual(['- x', '- y', 'iii. z', 'A. w', 'B. v'])
  })

  it('takes numbering from the paragraph style (through w:basedOn); numId 0 turns it off', () => {
    const styles =
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Muc"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="MucCon"><w:basedOn w:val="Muc"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
    const body = [p('Mục một', { style: 'Muc' }), p('Khoản', { style: 'MucCon' }), p('Không số', { style: 'Muc', numId: 0 }), p('Mục hai', { style: 'Muc' })].join('')
    expect(lines({ body, numbering: ROMAN_DECIMAL_LETTER + num(1, 0), styles })).toEqual(['I. Mục một', '1. Khoản', 'Không số', 'II. Mục hai'])
  })

  it('ignores numbering it cannot resolve (no numbering part, unknown numId)', () => {
    expect(lines({ body: p('A', { numId: 7, ilvl: 0 }) })).toEqual(['A'])
    expect(lines({ body: p('A', { numId: 7, ilvl: 0 }), numbering: ROMAN_DECIMAL_LETTER + num(1, 0) })).toEqual(['A'])
  })
})

describe('readDocx: tables', () => {
  it('gives a row per line, cells joined by TAB, a span once, a vertical merge repeated, cell paragraphs joined by " / "', () => {
    const body = table([
      ['STT', { paras: ['Nội dung'], gridSpan: 2 }, 'Cơ quan'],
      ['1', 'Việc a', 'Quý I', { paras: ['Sở Nội vụ'], vMerge: 'restart' }],
      ['2', { paras: ['Việc b', '', 'Dòng hai'] }, '', { vMerge: 'continue' }],
      ['3', 'Việc c', 'Quý III', 'Sở Tư pháp'],
    ])
    expect(lines({ body })).toEqual(['STT\tNội dung\tCơ quan', '1\tViệc a\tQuý I\tSở Nội vụ', '2\tViệc b / Dòng hai\t\tSở Nội vụ', '3\tViệc c\tQuý III\tSở Tư pháp'])
  })

  it('types numbering labels inside cells, turns a tab in a cell into a space and flattens a nested table', () => {
    const nested = table([['a', 'b'], ['c', 'd']])
    const body = table([[{ paras: [p('Rà soát', { numId: 1, ilvl: 1 }), p('Công bố', { numId: 1, ilvl: 1 })] }, { paras: [p('<w:r><w:t>Kính gửi:</w:t><w:tab/><w:t>Sở</w:t></w:r>'), nested] }]])
    expect(lines({ body, numbering: ROMAN_DECIMAL_LETTER + num(1, 0) })).toEqual(['1. Rà soát / 2. Công bố\tKính gửi: Sở / a / b / c / d'])
  })
})

describe('readDocx: errors and limits', () => {
  it('a damaged or truncated zip is corrupt', () => {
    expect(readError(() => readDocx(utf8('PK\x03\x04 not really a zip'))).code).toBe('corrupt')
    const good = makeDocx({ body: p('x') })
    const e = readError(() => readDocx(good.subarray(0, good.length - 30)))
    expect([e.code, e.message]).toEqual(['corrupt', 'not a valid .docx (damaged or truncated zip)'])
  })

  it('a part that is not well-formed XML is corrupt', () => {
    expect(readError(() => readDocx(makeDocx({ body: '<w:p><w:r><w:t>x</w:r></w:p>' }))).code).toBe('corrupt')
  })

  it('a zip without word/document.xml is not a document', () => {
    expect(readError(() => readDocx(zipSync({ 'xl/workbook.xml': utf8('<workbook/>') }))).code).toBe('not-a-document')
  })

  it('too many entries or too many declared bytes is too large, before anything is inflated', () => {
    const many: Record<string, Uint8Array> = { 'word/document.xml': utf8('<w:document xmlns:w="x"><w:body/></w:document>') }
    for (let i = 0; i < LIMITS.maxZipEntries; i++) many[`word/media/${i}.bin`] = new Uint8Array(0)
    expect(readError(() => readDocx(zipSync(many, { level: 0 }))).code).toBe('too-large')
    const big = Uint8Array.from(makeDocx({ body: p('x') }))
    const view = new DataView(big.buffer)
    for (let i = 0; i + 46 < big.length; i++) {
      // central directory headers: the uncompressed size is at +24
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, LIMITS.maxUnzippedBytes + 1, true)
    }
    expect(readError(() => readDocx(big)).code).toBe('too-large')
  })

  it('a password-protected Word file (OLE with an EncryptedPackage stream) is encrypted; other OLE files are not a .docx', () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
    const encrypted = Uint8Array.from([...ole, ...new Uint8Array(100), ...Buffer.from('EncryptedPackage', 'utf16le')])
    expect(readError(() => readDocx(encrypted)).code).toBe('encrypted')
    expect(readError(() => readDocx(Uint8Array.from([...ole, ...new Uint8Array(600)]))).code).toBe('not-a-document')
  })
})

describe('readDocx: fixture', () => {
  const dir = new URL('../../fixtures/read/', import.meta.url)
  it('numbered-table.docx reads as numbered-table.lines.txt', () => {
    const expected = readFileSync(new URL('numbered-table.lines.txt', dir), 'utf8').replace(/\n$/, '').split('\n')
    expect(readDocx(readFileSync(new URL('numbered-table.docx', dir))).lines).toEqual(expected)
  })

  it('the committed fixture is what make-docx.ts builds', () => {
    expect(Buffer.from(numberedTableDocx()).equals(readFileSync(new URL('numbered-table.docx', dir)))).toBe(true)
  })
})

const originals = new URL('../../../shared/corpus/originals/', import.meta.url)
const hasOriginals = existsSync(originals)

describe.skipIf(!hasOriginals)(`readDocx: real originals${hasOriginals ? '' : ' (skipped: ../shared/corpus/originals is not there)'}`, () => {
  const files = hasOriginals ? readdirSync(originals).filter((f) => f.endsWith('.docx')) : []
  it('there are .docx originals', () => expect(files.length).toBeGreaterThan(0))
  for (const f of files) {
    it(`${f} reads into lines`, () => {
      const doc = readDocx(readFileSync(new URL(f, originals)))
      expect(doc.lines.filter((l) => l.trim() !== '').length).toBeGreaterThan(10)
    })
  }

  it('vbai-f0bcec4359bd.docx: the labels Word numbers automatically are typed (numId 39 decimal "%1.", numId 2 and 31 lowerLetter "%1)")', () => {
    const lines = readDocx(readFileSync(new URL('vbai-f0bcec4359bd.docx', originals))).lines
    expect(lines).toContain('1. Cải cách thể chế')
    expect(lines).toContain('2. Cải cách thủ tục hành chính')
    expect(lines).toContain('7. Công tác chỉ đạo, điều hành')
    expect(lines.some((l) => l.startsWith('a) Các sở, ban, ngành'))).toBe(true)
    expect(lines.some((l) => l.startsWith('c) Sở Nội vụ có trách nhiệm'))).toBe(true)
    expect(lines.some((l) => l.startsWith('b) Các cơ quan, đơn vị, địa phương căn cứ'))).toBe(true)
    // the appendix table: 7 columns, its section rows typed by hand
    expect(lines).toContain('I\tCải cách thể chế\t\t\t\t\t')
  })
})
