// Stage 0, read: bytes of any format we accept → the one text layout the pipeline reads (see types.ts).
// The format is known from the bytes first (a .doc that is really a .docx, an HTML page saved as .doc), the name second.
import { CESU8, decode, DecodeError } from './decode.js'
import { unfoldLayoutRows } from './layout.js'
import { LIMITS, ReadError, type ReadDocument, type ReadNote } from './types.js'

export { LIMITS, ReadError, type Format, type Origin, type ReadDocument, type ReadNote } from './types.js'

/** Every file extension a folder walk picks up as a document. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.markdown', '.docx', '.doc', '.pdf', '.html', '.htm']

export const ENCODINGS = ['utf8', 'tcvn3', 'vni', 'cp1258'] as const
export type Encoding = (typeof ENCODINGS)[number]

export interface ReadOptions {
  /** the file's name, for its extension ('' for standard input) */
  name: string
  /** force the encoding of a text file instead of detecting it */
  encoding?: Encoding
  /** the largest input read (`--max-size`); LIMITS.maxFileBytes when absent */
  maxBytes?: number
}

const UNKNOWN_ENCODING = 'not valid UTF-8, and not recognisably TCVN3, VNI or Windows-1258 either (try --encoding, or save the file as UTF-8)'

type Kind = 'docx' | 'ole' | 'pdf' | 'html' | 'text'

export async function readDocument(bytes: Uint8Array, opts: ReadOptions): Promise<ReadDocument> {
  const max = opts.maxBytes ?? LIMITS.maxFileBytes
  if (bytes.length > max) throw tooLarge(bytes.length, max)
  const read = await readAny(bytes, opts)
  if (read.format === 'text' || read.format === 'markdown' || read.format === 'pdf') return read
  return { ...read, lines: unfoldLayoutRows(read.lines), origins: undefined }
}

async function readAny(bytes: Uint8Array, opts: ReadOptions): Promise<ReadDocument> {
  switch (sniff(bytes, opts.name)) {
    case 'docx':
      return (await import('./docx.js')).readDocx(bytes)
    case 'ole':
      // an encrypted .docx is an OLE container too; the Word reader says so
      return /\.docx$/i.test(opts.name) ? (await import('./docx.js')).readDocx(bytes) : (await import('./doc.js')).readDoc(bytes)
    case 'pdf':
      return (await import('./pdf.js')).readPdf(bytes)
    case 'html': {
      const { text, notes } = await decodeText(bytes, opts.encoding)
      const read = (await import('./html.js')).readHtml(text)
      return repaired({ ...read, notes: [...notes, ...read.notes] })
    }
    case 'text': {
      const { text, notes } = await decodeText(bytes, opts.encoding)
      let lines = text.split(/\r\n?|\n/)
      if (/<table/i.test(text)) lines = (await import('./htmlTables.js')).renderHtmlTables(lines)
      return repaired({ format: /\.(md|markdown)$/i.test(opts.name) ? 'markdown' : 'text', lines, markdown: /\.(md|markdown)$/i.test(opts.name), notes })
    }
  }
}

/** The error for input over the limit, naming its size (`more than` when it was not read to its end) and the limit. */
export function tooLarge(size: number, limit: number = LIMITS.maxFileBytes, atLeast = false): ReadError {
  return new ReadError('too-large', `file too large (${atLeast ? 'more than ' : ''}${mib(size)}; the limit is ${mib(limit)}, raise it with --max-size)`)
}

function mib(n: number): string {
  if (n < 1024) return `${n} bytes`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MiB`
  return `${(n / 1024 ** 3).toFixed(1)} GiB`
}

function sniff(b: Uint8Array, name: string): Kind {
  // a text name is read as text whatever its bytes (a .txt that starts like a zip is a damaged text, not a Word file)
  if (/\.(txt|md|markdown)$/i.test(name)) return 'text'
  if (/\.html?$/i.test(name)) return 'html'
  if (b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05 || b[2] === 0x07)) return 'docx'
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'ole'
  if (startsWithAscii(b, '%PDF-')) return 'pdf'
  if (/\.(docx|doc|pdf)$/i.test(name)) throw new ReadError('corrupt', `not a valid ${name.slice(name.lastIndexOf('.'))} file (its first bytes are not those of the format)`)
  const head = new TextDecoder('latin1').decode(b.subarray(0, 512)).trimStart().toLowerCase()
  return head.startsWith('<!doctype html') || head.startsWith('<html') ? 'html' : 'text'
}

function startsWithAscii(b: Uint8Array, s: string): boolean {
  for (let i = 0; i < s.length; i++) if (b[i] !== s.charCodeAt(i)) return false
  return true
}

/** UTF-8 or UTF-16 with a BOM; a legacy Vietnamese encoding when the bytes are not UTF-8 and one fits, or when forced. */
async function decodeText(bytes: Uint8Array, encoding?: Encoding): Promise<{ text: string; notes: ReadNote[] }> {
  if (encoding && encoding !== 'utf8') return legacy(bytes, encoding)
  try {
    return { text: decode(bytes).text, notes: [] }
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e
    if (e.code !== 'invalid-utf8' || encoding === 'utf8') throw new ReadError(e.code, e.message, e.line)
    // CESU-8 is UTF-8 in all but its surrogates: no legacy encoding is tried on it
    if (e.message === CESU8) throw new ReadError(e.code, e.message, e.line)
    try {
      return await legacy(bytes)
    } catch {
      throw new ReadError(e.code, UNKNOWN_ENCODING, e.line)
    }
  }
}

async function legacy(bytes: Uint8Array, force?: Exclude<Encoding, 'utf8'>): Promise<{ text: string; notes: ReadNote[] }> {
  const found = (await import('./legacy.js')).decodeLegacy(bytes, force)
  if (!found) throw new ReadError('invalid-utf8', UNKNOWN_ENCODING)
  return { text: found.text, notes: [{ code: 'legacy-encoding', message: `read as ${found.encoding}: ${found.converted} characters converted to Unicode` }] }
}

/** TCVN3 pasted into Unicode text (Latin-1 look-alikes from .VnTime fonts), converted where it is unmistakable. */
async function repaired(read: ReadDocument): Promise<ReadDocument> {
  const { repairTcvn3InUnicode } = await import('./legacy.js')
  let total = 0
  let first = 0
  const lines = read.lines.map((l, i) => {
    const r = repairTcvn3InUnicode(l)
    if (r.converted && !total) first = i + 1
    total += r.converted
    return r.text
  })
  if (!total) return read
  return { ...read, lines, notes: [...read.notes, { code: 'legacy-encoding', message: `TCVN3 text inside Unicode: ${total} characters converted`, line: first }] }
}
