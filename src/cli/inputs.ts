// Turns command-line operands (files, folders, globs, `-`) into documents: read, decode, parse, or load saved JSON.
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { decode, DecodeError } from '../core/read/decode.js'
import type { PlanDocument } from '../core/contract/schema.js'
import { DOCUMENT_EXTENSIONS, ENCODINGS, LIMITS, ReadError, tooLarge, type Encoding } from '../core/read/index.js'
import { FileReadError, kindOf, readRegularFile, regularFileChunks, textEncodingProblem } from '../shared/files.js'
import { savedDocuments } from './saved.js'
import { UserError } from './io.js'
import { expandGlob, hasMagic } from '../shared/glob.js'
import type { Io } from './io.js'
import { safeText } from '../shared/sanitize.js'

export const DOC_EXTENSIONS = DOCUMENT_EXTENSIONS

/** The value of `--encoding`, checked. */
export function encodingOption(v: string | undefined): Encoding | undefined {
  if (v === undefined) return undefined
  const e = v.toLowerCase().replace(/[-_]/g, '').replace(/^windows1258$/, 'cp1258').replace(/^(abc|tcvn)$/, 'tcvn3').replace(/^utf8$/, 'utf8')
  if (!(ENCODINGS as readonly string[]).includes(e)) throw new UserError(`unknown --encoding "${safeText(v)}" (one of ${ENCODINGS.join(', ')})`)
  return e as Encoding
}

/** How documents are read: `--encoding` forces a text file's encoding. */
export interface LoadOptions {
  encoding?: Encoding
  /** the largest input read (set from Io.maxBytes by the loaders here) */
  maxBytes?: number
}

/**
 * One operand that could not be used: the one-line message names the file (and line). Both are for display: a
 * control character in a file name is made visible, so a name cannot forge lines or escapes on the terminal.
 */
export interface InputError {
  file: string
  message: string
}

function inputError(file: string, message: string): InputError {
  return { file: safeText(file), message: safeText(message) }
}

/** Saved `plan parse` output a glob may pick up besides documents. */
const SAVED_EXTENSIONS = ['.json', '.jsonl']

/**
 * Expands folders (recursively, .txt/.md, plus .json when `withJson`) in a stable order; files are kept as given.
 * An operand that is not a path but holds * ? [ ] is a glob: matching documents and saved JSON, and matching folders walked.
 */
export async function expandOperands(operands: string[], io: Io, withJson = false): Promise<{ files: string[]; errors: InputError[] }> {
  const files: string[] = []
  const errors: InputError[] = []
  const exts = withJson ? [...DOC_EXTENSIONS, '.json'] : DOC_EXTENSIONS
  const shown = (abs: string) => path.relative(io.cwd, abs) || abs
  for (const op of operands) {
    if (op === '-') {
      files.push('-')
      continue
    }
    const abs = path.resolve(io.cwd, op)
    let st
    try {
      st = await stat(abs)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (hasMagic(op)) {
        const before = errors.length
        const found = await globFiles(op, io, exts, errors)
        if (found.length) files.push(...found)
        else if (errors.length === before) errors.push(inputError(op, 'no document matches this pattern'))
      } else errors.push(inputError(op, code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or folder' : `cannot read (${code ?? 'error'})`))
      continue
    }
    if (st.isDirectory()) {
      const found = await walk(abs, exts, errors, shown)
      for (const f of found) files.push(path.relative(io.cwd, f) || f)
    } else if (st.isFile()) files.push(op)
    // named on purpose, and still not read: reading a FIFO or a device waits forever or never ends
    else errors.push(inputError(op, `not a regular file (${kindOf(st)}); only files and folders are read`))
  }
  return { files, errors }
}

async function globFiles(pattern: string, io: Io, exts: string[], errors: InputError[]): Promise<string[]> {
  const out: string[] = []
  const shown = (abs: string) => path.relative(io.cwd, abs) || abs
  let matches: string[]
  try {
    matches = await expandGlob(pattern, io.cwd, (dir, code) => errors.push(inputError(shown(dir), `cannot read folder (${code})`)))
  } catch (e) {
    if (e instanceof UserError) throw e
    throw new UserError(`${safeText(pattern)}: ${safeText((e as Error).message)}`)
  }
  for (const p of matches) {
    const abs = path.resolve(io.cwd, p)
    const st = await stat(abs).catch(() => null)
    if (st?.isDirectory()) for (const f of await walk(abs, exts, errors, shown)) out.push(path.isAbsolute(p) ? f : path.relative(io.cwd, f))
    else if (st?.isFile() && [...exts, ...SAVED_EXTENSIONS].includes(path.extname(p).toLowerCase())) out.push(p)
  }
  return [...new Set(out)]
}

/**
 * The documents under `dir`: regular files only (a FIFO named x.txt would hang the read; a link is followed to what
 * it names), hidden entries and node_modules left out. A folder that cannot be read is one error; the walk goes on.
 */
async function walk(dir: string, exts: string[], errors: InputError[], shown: (abs: string) => string): Promise<string[]> {
  const out: string[] = []
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (e) {
    errors.push(inputError(shown(dir), `cannot read folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`))
    return out
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue
    const p = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...(await walk(p, exts, errors, shown)))
    else if (!exts.includes(path.extname(e.name).toLowerCase())) continue
    else if (e.isFile()) out.push(p)
    // a link to a file counts as the file; a link to a folder is not walked (no cycles), a broken one is skipped
    else if (e.isSymbolicLink() && (await stat(p).catch(() => null))?.isFile()) out.push(p)
  }
  return out
}

export function isMarkdownName(name: string): boolean {
  return /\.(md|markdown)$/i.test(name)
}

/** The bytes of a file or of standard input, or why they cannot be had (a file over the size limit is not read at all). */
async function readBytes(file: string, io: Io): Promise<{ bytes: Buffer; name: string } | InputError> {
  const name = file === '-' ? '<stdin>' : file
  const max = maxBytes(io)
  let bytes: Buffer
  try {
    // standard input is read no further than the limit: /dev/zero piped in ends with an error, not all memory
    bytes = file === '-' ? await io.readStdin(max) : await readRegularFile(path.resolve(io.cwd, file), max)
  } catch (e) {
    if (e instanceof FileReadError) return inputError(name, e.code === 'too-large' ? tooLarge(e.size ?? 0, max, file === '-').message : e.message)
    const code = (e as NodeJS.ErrnoException).code
    return inputError(name, `cannot read (${code ?? 'error'})`)
  }
  if (bytes.length > max) return inputError(name, tooLarge(bytes.length, max, file === '-').message)
  return { bytes, name }
}

/** The largest input read: `--max-size`, else the reader's limit. */
export function maxBytes(io: Io): number {
  return io.maxBytes ?? LIMITS.maxFileBytes
}

/** The decoded text of a saved JSON file or of standard input. */
async function readText(file: string, io: Io): Promise<{ text: string; name: string } | InputError> {
  const got = await readBytes(file, io)
  return 'message' in got ? got : decodeSaved(got)
}

function decodeSaved(got: { bytes: Buffer; name: string }): { text: string; name: string } | InputError {
  const odd = textEncodingProblem(got.bytes, got.name)
  if (odd) return inputError(got.name, odd)
  try {
    return { text: decode(got.bytes).text, name: got.name }
  } catch (e) {
    if (e instanceof DecodeError) return inputError(got.name + (e.line ? `:${e.line}` : ''), e.message)
    throw e
  }
}

/** Reads (any format), decodes and parses one document; a saved `plan parse` JSON is loaded as it is. */
export async function loadDocument(file: string, io: Io, opts: LoadOptions = {}): Promise<PlanDocument | InputError> {
  if (/\.json$/i.test(file)) {
    const read = await readText(file, io)
    return 'message' in read ? read : loadSavedJson(read.text, read.name)
  }
  const got = await readBytes(file, io)
  if ('message' in got) return got
  return parseBytes(got.bytes, file === '-' ? null : file, { ...opts, maxBytes: maxBytes(io) })
}

async function parseBytes(bytes: Uint8Array, file: string | null, opts: LoadOptions): Promise<PlanDocument | InputError> {
  const name = file ?? '<stdin>'
  const odd = textEncodingProblem(bytes, file ?? '')
  if (odd) return inputError(name, odd)
  // loaded only when there is a document to parse: saved JSON is queried without the parser
  const [{ readDocument }, { parseRead }] = await Promise.all([import('../core/read/index.js'), import('../core/parse.js')])
  try {
    return parseRead(await readDocument(bytes, { name: file ?? '', encoding: opts.encoding, maxBytes: opts.maxBytes }), { file })
  } catch (e) {
    if (e instanceof ReadError) return inputError(name + (e.line ? `:${e.line}` : ''), e.message)
    throw e
  }
}

/** Saved output of `plan parse --format json` (one document, or an array of them is refused here: one file, one document). */
async function loadSavedJson(text: string, file: string): Promise<PlanDocument | InputError> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    return inputError(file, `not valid JSON: ${(e as Error).message}`)
  }
  const { PlanDocument } = await import('../core/contract/schema.js')
  const r = PlanDocument.safeParse(data)
  if (!r.success) {
    const issue = r.error.issues[0]
    return inputError(file, `not a saved \`plan parse\` document: ${issue.message} (at ${issue.path.join('.') || '(root)'})`)
  }
  return r.data
}

export function isInputError(x: PlanDocument | InputError): x is InputError {
  return 'message' in x && !('schemaVersion' in x)
}

/**
 * Like loadDocument, for the query commands: a saved file may hold one document, an array of them (`plan parse a b --format json`)
 * or one per line (.jsonl), read as a stream (savedDocuments); standard input holding JSON is read as saved output, so
 * `plan parse … --format jsonl | plan tasks -` works. Every document, or the reason one could not be had, in order.
 */
export async function* loadDocuments(file: string, io: Io, opts: LoadOptions & { strict?: boolean } = {}): AsyncGenerator<PlanDocument | InputError> {
  const saved = /\.jsonl?$/i.test(file)
  if (file !== '-' && !saved) {
    yield await loadDocument(file, io, opts)
    return
  }
  const name = file === '-' ? '<stdin>' : file
  const source = file === '-' ? stdinChunks(io) : regularFileChunks(path.resolve(io.cwd, file))[Symbol.asyncIterator]()
  try {
    // the first bytes say what it is: a document on standard input, or text in an encoding other than UTF-8
    const head: Buffer[] = []
    let size = 0
    while (size < 64) {
      const r = await source.next()
      if (r.done) break
      head.push(r.value)
      size += r.value.length
    }
    const start = Buffer.concat(head)
    const odd = start[0] === 0xff || start[0] === 0xfe || textEncodingProblem(start, name) !== null
    const isJson = /^(?:\uFEFF)?\s*[[{]/.test(new TextDecoder().decode(start.subarray(0, 64)))
    if (odd || (file === '-' && !isJson)) {
      // read whole, as before: a document to parse, or JSON in UTF-16 to decode first
      const bytes = await rest(start, source, maxBytes(io))
      if (bytes === null) {
        yield inputError(name, tooLarge(maxBytes(io), maxBytes(io), true).message)
        return
      }
      if (file === '-' && !isJson) {
        yield await parseBytes(bytes, null, { ...opts, maxBytes: maxBytes(io) })
        return
      }
      const read = decodeSaved({ bytes, name })
      if ('message' in read) {
        yield read
        return
      }
      yield* savedDocuments(once(Buffer.from(read.text, 'utf8')), name, { strict: opts.strict, lines: /\.jsonl$/i.test(file), maxWholeBytes: maxBytes(io) })
      return
    }
    yield* savedDocuments(prepend(head, source), name, { strict: opts.strict, lines: /\.jsonl$/i.test(file), maxWholeBytes: maxBytes(io) })
  } catch (e) {
    if (e instanceof FileReadError) yield inputError(name, e.message)
    else throw e
  } finally {
    await source.return?.(undefined)
  }
}

function stdinChunks(io: Io): AsyncIterator<Buffer> {
  if (io.stdinChunks) return io.stdinChunks()[Symbol.asyncIterator]()
  return (async function* () {
    yield await io.readStdin(maxBytes(io))
  })()
}

async function* once(b: Buffer): AsyncGenerator<Buffer> {
  yield b
}

async function* prepend(head: Buffer[], it: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield* head
  for (let r = await it.next(); !r.done; r = await it.next()) yield r.value
}

/** `start` and what is left of `it`, in one buffer of at most `max` bytes, or null when there is more. */
async function rest(start: Buffer, it: AsyncIterator<Buffer>, max: number): Promise<Buffer | null> {
  const chunks = [start]
  let total = start.length
  for (let r = await it.next(); !r.done; r = await it.next()) {
    total += r.value.length
    if (total > max) return null
    chunks.push(r.value)
  }
  return Buffer.concat(chunks, total)
}
