// Builds small .docx files in tests: the XML parts written by hand, zipped with fflate.
import { zipSync } from 'fflate'

const NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
].join(' ')

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

export interface DocxParts {
  /** the children of w:body */
  body: string
  /** the children of w:numbering (see abstractNum and num) */
  numbering?: string
  /** the children of w:styles */
  styles?: string
  /** other entries, by path */
  extra?: Record<string, string | Uint8Array>
}

export function makeDocx(parts: DocxParts): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': utf8(CONTENT_TYPES),
    '_rels/.rels': utf8(RELS),
    'word/document.xml': utf8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${parts.body}<w:sectPr/></w:body></w:document>`),
  }
  if (parts.numbering !== undefined) files['word/numbering.xml'] = utf8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering ${NS}>${parts.numbering}</w:numbering>`)
  if (parts.styles !== undefined) files['word/styles.xml'] = utf8(`<?xml version="1.0" encoding="UTF-8"?><w:styles ${NS}>${parts.styles}</w:styles>`)
  for (const [name, content] of Object.entries(parts.extra ?? {})) files[name] = typeof content === 'string' ? utf8(content) : content
  // a fixed date, so that the same parts give the same bytes
  return zipSync(files, { mtime: new Date('2026-01-01T00:00:00Z') })
}

export function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s)
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** A run of text. */
export function r(text: string): string {
  return `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`
}

export interface ParaOptions {
  numId?: number
  ilvl?: number
  style?: string
}

/** A paragraph; its content is text (made a run) or raw run XML when it starts with "<". */
export function p(content = '', opts: ParaOptions = {}): string {
  const numPr = opts.numId === undefined ? '' : `<w:numPr>${opts.ilvl === undefined ? '' : `<w:ilvl w:val="${opts.ilvl}"/>`}<w:numId w:val="${opts.numId}"/></w:numPr>`
  const style = opts.style ? `<w:pStyle w:val="${opts.style}"/>` : ''
  const pPr = style || numPr ? `<w:pPr>${style}${numPr}<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:rPr><w:b/></w:rPr></w:pPr>` : ''
  return `<w:p>${pPr}${content.startsWith('<') ? content : content ? r(content) : ''}</w:p>`
}

export interface Cell {
  /** paragraphs (raw XML from p(), or text) */
  paras?: string[]
  gridSpan?: number
  vMerge?: 'restart' | 'continue'
}

/** A table; a cell is text (one paragraph) or a Cell. */
export function table(rows: (string | Cell)[][]): string {
  const cell = (c: string | Cell): string => {
    const cc: Cell = typeof c === 'string' ? { paras: [c] } : c
    const span = cc.gridSpan ? `<w:gridSpan w:val="${cc.gridSpan}"/>` : ''
    const merge = cc.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : cc.vMerge === 'continue' ? '<w:vMerge/>' : ''
    const paras = (cc.paras ?? ['']).map((x) => (x.startsWith('<w:') ? x : p(x))).join('')
    return `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>${span}${merge}</w:tcPr>${paras}</w:tc>`
  }
  const body = rows.map((row) => `<w:tr><w:trPr><w:trHeight w:val="300"/></w:trPr>${row.map(cell).join('')}</w:tr>`).join('')
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>${body}</w:tbl>`
}

export interface LevelDef {
  fmt: string
  text: string
  start?: number
  restart?: number
}

/** A w:abstractNum with its levels, from level 0 down. */
export function abstractNum(id: number, levels: LevelDef[]): string {
  const lvl = (l: LevelDef, i: number): string =>
    `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/>${l.restart === undefined ? '' : `<w:lvlRestart w:val="${l.restart}"/>`}<w:lvlText w:val="${esc(l.text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol"/></w:rPr></w:lvl>`
  return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/>${levels.map(lvl).join('')}</w:abstractNum>`
}

/** A w:num instance of an abstract list; startOverride restarts levels: { level: start }. */
export function num(numId: number, abstractId: number, startOverride: Record<number, number> = {}): string {
  const overrides = Object.entries(startOverride)
    .map(([lvl, start]) => `<w:lvlOverride w:ilvl="${lvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`)
    .join('')
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`
}

/** The fixture fixtures/read/numbered-table.docx: a plan with Word-numbered headings, a bullet list and a task table. */
export function numberedTableDocx(): Uint8Array {
  const numbering =
    abstractNum(0, [{ fmt: 'upperRoman', text: '%1.' }, { fmt: 'decimal', text: '%2.' }, { fmt: 'lowerLetter', text: '%3)' }]) +
    abstractNum(1, [{ fmt: 'bullet', text: '\uF0B7' }]) +
    num(1, 0) +
    num(2, 1)
  const body = [
    table([[{ paras: ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG'] }, { paras: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] }]]),
    p(''),
    p('KẾ HOẠCH'),
    p('Cải cách hành chính năm 2026'),
    p('MỤC TIÊU, NHIỆM VỤ', { numId: 1, ilvl: 0 }),
    p('Cải cách thể chế', { numId: 1, ilvl: 1 }),
    p('Mục tiêu', { numId: 1, ilvl: 2 }),
    p('100% văn bản được kiểm tra theo quy định.', { numId: 2, ilvl: 0 }),
    p('Có ứng dụng AI hỗ trợ phổ biến pháp luật.', { numId: 2, ilvl: 0 }),
    p('Nhiệm vụ', { numId: 1, ilvl: 2 }),
    p('Cải cách thủ tục hành chính', { numId: 1, ilvl: 1 }),
    p('Mục tiêu', { numId: 1, ilvl: 2 }),
    p('TỔ CHỨC THỰC HIỆN', { numId: 1, ilvl: 0 }),
    p('Sở Nội vụ theo dõi, đôn đốc.', { numId: 1, ilvl: 1 }),
    p(''),
    table([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
      [{ paras: ['Nhiệm vụ chung'], gridSpan: 4 }],
      ['1', { paras: ['Rà soát văn bản', 'Báo cáo kết quả'] }, { paras: ['Sở Tư pháp'], vMerge: 'restart' }, 'Quý I/2026'],
      ['2', 'Công bố thủ tục hành chính', { vMerge: 'continue' }, 'Tháng 12/2026'],
    ]),
  ].join('')
  return makeDocx({ body, numbering })
}
