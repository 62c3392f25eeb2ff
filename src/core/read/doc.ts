// The .doc reader (Word 97–2003), on word-extractor's OLE reader. Its own text flattens tables (a cell mark becomes a
// TAB, a row end a newline, a cell's paragraphs newlines like any other), so we read the paragraph properties of the
// main text ourselves: a paragraph inside a table, a row end (TTP) and the row's vertical merges. Then a row is one
// line of cells joined by TAB, a cell's paragraphs joined by " / ", and a merged cell repeats the text above it.
// Skipped as in word-extractor: deleted text, field codes (their results kept), headers, footers, footnotes, text
// boxes. Not handled: Word 6/95 files, fast-saved paragraph properties (in the piece table), list numbering that
// Word generates (only typed labels appear; a reader note counts the paragraphs that lose theirs), horizontal merges
// (each merged cell stays an empty cell).
import { createRequire } from 'node:module'
import { isEncryptedOoxml, isOle } from './docx.js'
import { ReadError, type ReadDocument, type ReadNote } from './types.js'

interface Piece {
  startCp: number
  startFilePos: number
  bpc: number
  size: number
  text: string
}

interface StorageStream {
  _streamEntry?: unknown
  _bytes: number
  _secIds: number[]
  _readSector(id: number): Promise<Buffer>
}

interface OleExtractor {
  _pieces: Piece[]
  _boundaries: { ccpText: number }
  extract(reader: unknown): Promise<unknown>
  extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown>
  writeParagraphProperties(buffer: Buffer, table: Buffer): void
}

const require = createRequire(import.meta.url)
const WordOleExtractor = require('word-extractor/lib/word-ole-extractor.js') as new () => OleExtractor
const BufferReader = require('word-extractor/lib/buffer-reader.js') as new (b: Buffer) => unknown
const { clean } = require('word-extractor/lib/filters.js') as { clean: (s: string) => string }
guardSectorChains(require('word-extractor/lib/ole-allocation-table.js'))

/** Markers written over the paragraph marks of table paragraphs (private-use characters, one UTF-16 unit each). */
const CELL_END = '\uE000'
const CELL_PARA = '\uE001'
const ROW_END = '\uE002'

const SPRM = { inTable: 0x2416, ttp: 0x2417, itap: 0x6649, ilfo: 0x460b, vertMerge: 0xd62b, defTable: 0xd608, chgTabs: 0xc615 }

interface Row {
  cp: number
  /** cell indexes that continue the vertical merge of the cell above */
  continues: Set<number>
}

export async function readDoc(bytes: Uint8Array): Promise<ReadDocument> {
  if (isOle(bytes) && isEncryptedOoxml(bytes)) throw new ReadError('encrypted', 'the Word file is password-protected (encrypted); save it without a password')
  if (!isOle(bytes)) throw new ReadError('corrupt', 'not a valid .doc (not a Word 97–2003 file)')
  let read: { body: string; rows: Row[]; numbered: number }
  try {
    read = (await new TableExtractor().extract(new BufferReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)))) as typeof read
  } catch (e) {
    if (e instanceof ReadError) throw e
    throw new ReadError('corrupt', 'not a valid .doc (damaged or truncated Word 97–2003 file)')
  }
  const notes: ReadNote[] = []
  if (read.numbered > 0) {
    const message = `${read.numbered} paragraphs carry Word's automatic list numbering, which this reader does not render: their labels are missing`
    notes.push({ code: 'reader-note', message })
  }
  return { format: 'doc', lines: toLines(normalize(read.body), read.rows), markdown: false, notes }
}

class TableExtractor extends WordOleExtractor {
  private rows: Row[] = []
  private numbered: number[] = []

  documentStream(document: { stream(name: string): StorageStream }, name: string): Promise<StorageStream> {
    const stream = document.stream(name)
    if (!stream._streamEntry) {
      if (name === 'WordDocument') throw new ReadError('not-a-document', 'an OLE file without a Word document in it (not a Word 97–2003 file)')
      throw new ReadError('corrupt', `not a valid .doc (its ${name} stream is missing)`)
    }
    return Promise.resolve(stream)
  }

  /** The stream's sectors read in turn, so that a damaged file rejects instead of leaving a stream hanging. */
  async streamBuffer(stream: StorageStream): Promise<Buffer> {
    const chunks: Buffer[] = []
    let left = stream._bytes
    for (const id of stream._secIds) {
      if (left <= 0) break
      const sector = await stream._readSector(id)
      chunks.push(sector.subarray(0, Math.min(sector.length, left)))
      left -= sector.length
    }
    return Buffer.concat(chunks)
  }

  extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown> {
    const magic = buffer.length >= 12 ? buffer.readUInt16LE(0) : 0
    if (magic === 0xa5dc) throw new ReadError('unsupported', 'a Word 6/95 file: save it as .docx')
    if (magic === 0xa5ec && buffer.readUInt16LE(0xa) & 0x0100) throw new ReadError('encrypted', 'the Word file is password-protected (encrypted); save it without a password')
    return super.extractWordDocument(document, buffer)
  }

  writeParagraphProperties(buffer: Buffer, table: Buffer): void {
    super.writeParagraphProperties(buffer, table)
    ;({ rows: this.rows, numbered: this.numbered } = markTables(this._pieces, buffer, table))
  }

  buildDocument(): { body: string; rows: Row[]; numbered: number } {
    const end = this._boundaries.ccpText
    let body = ''
    for (const p of this._pieces) if (p.startCp < end) body += p.text.slice(0, end - p.startCp)
    const rows = this.rows.filter((r) => r.cp < end).sort((a, b) => a.cp - b.cp)
    return { body, rows, numbered: this.numbered.filter((cp) => cp < end).length }
  }
}

/** Writes the markers over the last character of every table paragraph; returns the rows and where numbered paragraphs end. */
function markTables(pieces: Piece[], word: Buffer, table: Buffer): { rows: Row[]; numbered: number[] } {
  const rows: Row[] = []
  const numbered: number[] = []
  const marks = new Map<Piece, Map<number, string>>()
  forEachParagraph(word, table, (fcEnd, grpprl) => {
    const props = paragraphProps(grpprl)
    if (!props.inTable && !props.numbered) return
    const piece = pieces.find((p) => p.startFilePos <= fcEnd - 1 && fcEnd - 1 < p.startFilePos + p.size)
    if (!piece) return
    const i = Math.floor((fcEnd - 1 - piece.startFilePos) / piece.bpc)
    if (props.numbered) numbered.push(piece.startCp + i)
    if (!props.inTable) return
    const ch = piece.text[i]
    const mark = props.ttp ? (ch === '\n' || ch === '\x07' ? ROW_END : '') : ch === '\r' ? CELL_PARA : ''
    if (!mark) return
    if (!marks.has(piece)) marks.set(piece, new Map())
    marks.get(piece)!.set(i, mark)
    if (props.ttp) rows.push({ cp: piece.startCp + i, continues: props.continues })
  })
  for (const [piece, at] of marks) piece.text = piece.text.split('').map((c, i) => at.get(i) ?? c).join('')
  return { rows, numbered }
}

/** Each paragraph of the PAPX FKPs: where it ends (a file position) and its properties (istd, then sprms). */
function forEachParagraph(word: Buffer, table: Buffer, visit: (fcEnd: number, grpprl: Buffer) => void): void {
  const fc = word.readUInt32LE(0x102)
  const lcb = word.readUInt32LE(0x106)
  const n = (lcb - 4) / 8
  const plc = table.subarray(fc, fc + lcb)
  for (let i = 0; i < n; i++) {
    const page = plc.readUInt32LE((n + 1) * 4 + i * 4)
    const fkp = word.subarray(page * 512, page * 512 + 512)
    if (fkp.length < 512) continue
    const crun = fkp[511]
    for (let j = 0; j < crun; j++) {
      const bx = fkp[(crun + 1) * 4 + j * 13] * 2
      if (bx === 0) continue
      const cb = fkp[bx]
      const grpprl = cb !== 0 ? fkp.subarray(bx + 1, bx + 2 * cb) : fkp.subarray(bx + 2, bx + 2 + 2 * fkp[bx + 1])
      visit(fkp.readUInt32LE((j + 1) * 4), grpprl)
    }
  }
}

function paragraphProps(grpprl: Buffer): { inTable: boolean; ttp: boolean; numbered: boolean; continues: Set<number> } {
  const out = { inTable: false, ttp: false, numbered: false, continues: new Set<number>() }
  let at = 2 // after the istd
  while (at + 2 <= grpprl.length) {
    const sprm = grpprl.readUInt16LE(at)
    at += 2
    if (at >= grpprl.length) break
    if (sprm === SPRM.inTable && grpprl[at] === 1) out.inTable = true
    if (sprm === SPRM.itap && at + 4 <= grpprl.length && grpprl.readInt32LE(at) > 0) out.inTable = true
    if (sprm === SPRM.ttp && grpprl[at] === 1) out.ttp = true
    if (sprm === SPRM.ilfo && at + 2 <= grpprl.length && grpprl.readInt16LE(at) > 0) out.numbered = true
    if (sprm === SPRM.vertMerge && at + 3 <= grpprl.length && grpprl[at + 2] === 1) out.continues.add(grpprl[at + 1])
    at += operandSize(grpprl, sprm, at)
  }
  return out
}

/** The size of a sprm's operand (MS-DOC 2.2.5.1), with the two variable-size exceptions. */
function operandSize(grpprl: Buffer, sprm: number, at: number): number {
  const spra = sprm >> 13
  if (spra !== 6) return [1, 1, 2, 4, 2, 2, 0, 3][spra]
  if (sprm === SPRM.defTable) return at + 2 <= grpprl.length ? grpprl.readUInt16LE(at) + 1 : grpprl.length
  if (sprm === SPRM.chgTabs && grpprl[at] === 255) {
    const del = grpprl[at + 1] ?? 0
    return 2 + del * 4 + 1 + (grpprl[at + 2 + del * 4] ?? 0) * 3
  }
  return 1 + grpprl[at]
}

/** Word's special characters: a cell mark becomes CELL_END, fields give their result, line breaks and tabs spaces. */
function normalize(body: string): string {
  const marked = body.replace(/\x07/g, CELL_END).replace(/\x1f/g, '').replace(/\x1e/g, '-').replace(/\x0b/g, ' ')
  return clean(marked).replace(/\t/g, ' ')
}

function toLines(text: string, rows: Row[]): string[] {
  const lines: string[] = []
  let cur = ''
  let paras: string[] = []
  let cells: string[] = []
  let above: string[] = []
  let row = 0
  const endRow = (continues: Set<number>): void => {
    cells = cells.map((c, i) => (continues.has(i) ? (above[i] ?? '') : c))
    lines.push(cells.join('\t'))
    above = cells
    cells = []
  }
  for (const part of text.split(/([\n\uE000\uE001\uE002])/)) {
    if (part === CELL_PARA) paras.push(cur)
    else if (part === CELL_END) {
      cells.push(joinCell([...paras, cur]))
      paras = []
    } else if (part === ROW_END) endRow(rows[row++]?.continues ?? new Set())
    else if (part === '\n') {
      if (paras.length || cells.length) {
        if (paras.length) cells.push(joinCell(paras))
        paras = []
        endRow(new Set())
      }
      lines.push(cur)
      above = []
    } else {
      cur = part
      continue
    }
    cur = ''
  }
  if (cur) lines.push(cur)
  return lines
}

function joinCell(paras: string[]): string {
  return paras.map((p) => p.trim()).filter((p) => p !== '').join(' / ')
}

/** word-extractor follows sector chains without a bound; a cycle in a damaged file would never end. */
function guardSectorChains(AllocationTable: { prototype: { getSecIdChain(start: number): number[]; _table?: number[] } }): void {
  AllocationTable.prototype.getSecIdChain = function (this: { _table?: number[] }, start: number): number[] {
    const table = this._table ?? []
    const chain: number[] = []
    const seen = new Set<number>()
    for (let id = start; id > -1 && !seen.has(id) && chain.length <= table.length; id = table[id] ?? -2) {
      seen.add(id)
      chain.push(id)
    }
    return chain
  }
}
