// Turns command-line operands (files, folders, globs, `-`) into documents: read, decode, parse, or load saved JSON.
import { readFile, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { decode, DecodeError } from '../core/decode.js'
import type { PlanDocument } from '../core/schema.js'
import { expandGlob, hasMagic } from './glob.js'
import type { Io } from './io.js'

export const DOC_EXTENSIONS = ['.txt', '.md', '.markdown']

/** One operand that could not be used: the one-line message names the file (and line). */
export interface InputError {
  file: string
  message: string
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
  for (const op of operands) {
    if (op === '-') {
      files.push('-')
      continue
    }
    const abs = path.resolve(io.cwd, op)
    let st
    try {
      st = await stat(abs)
    } catch {
      if (!hasMagic(op)) errors.push({ file: op, message: 'no such file or folder' })
      else {
        const found = await globFiles(op, io, exts)
        if (found.length) files.push(...found)
        else errors.push({ file: op, message: 'no document matches this pattern' })
      }
      continue
    }
    if (st.isDirectory()) {
      const found = await walk(abs, exts)
      for (const f of found) files.push(path.relative(io.cwd, f) || f)
    } else files.push(op)
  }
  return { files, errors }
}

async function globFiles(pattern: string, io: Io, exts: string[]): Promise<string[]> {
  const out: string[] = []
  for (const p of await expandGlob(pattern, io.cwd)) {
    const abs = path.resolve(io.cwd, p)
    const st = await stat(abs).catch(() => null)
    if (st?.isDirectory()) for (const f of await walk(abs, exts)) out.push(path.isAbsolute(p) ? f : path.relative(io.cwd, f))
    else if (st && [...exts, ...SAVED_EXTENSIONS].includes(path.extname(p).toLowerCase())) out.push(p)
  }
  return [...new Set(out)]
}

async function walk(dir: string, exts: string[]): Promise<string[]> {
  const out: string[] = []
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue
    const p = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...(await walk(p, exts)))
    else if (exts.includes(path.extname(e.name).toLowerCase())) out.push(p)
  }
  return out
}

export function isMarkdownName(name: string): boolean {
  return /\.(md|markdown)$/i.test(name)
}

/** The decoded text of a file or of standard input, or why it cannot be had (naming the file, and the line of a bad byte). */
async function readText(file: string, io: Io): Promise<{ text: string; name: string } | InputError> {
  let bytes: Buffer
  try {
    bytes = file === '-' ? await io.readStdin() : await readFile(path.resolve(io.cwd, file))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return { file, message: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : `cannot read (${code ?? 'error'})` }
  }
  const name = file === '-' ? '<stdin>' : file
  try {
    return { text: decode(bytes).text, name }
  } catch (e) {
    if (e instanceof DecodeError) return { file: name + (e.line ? `:${e.line}` : ''), message: e.message }
    throw e
  }
}

/** Reads, decodes and parses one document; a saved `plan parse` JSON is loaded as it is. */
export async function loadDocument(file: string, io: Io): Promise<PlanDocument | InputError> {
  const read = await readText(file, io)
  if ('message' in read) return read
  const { text, name } = read
  if (/\.json$/i.test(file)) return loadSavedJson(text, name)
  // loaded only when there is text to parse: saved JSON is queried without the parser
  const { parseDocument } = await import('../core/parse.js')
  return parseDocument(text, { file: file === '-' ? null : file, markdown: isMarkdownName(file) })
}

/** Saved output of `plan parse --format json` (one document, or an array of them is refused here: one file, one document). */
async function loadSavedJson(text: string, file: string): Promise<PlanDocument | InputError> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    return { file, message: `not valid JSON: ${(e as Error).message}` }
  }
  const { PlanDocument } = await import('../core/schema.js')
  const r = PlanDocument.safeParse(data)
  if (!r.success) {
    const issue = r.error.issues[0]
    return { file, message: `not a saved \`plan parse\` document: ${issue.message} (at ${issue.path.join('.') || '(root)'})` }
  }
  return r.data
}

export function isInputError(x: PlanDocument | InputError): x is InputError {
  return 'message' in x && !('schemaVersion' in x)
}

/**
 * Like loadDocument, for the query commands: a saved file may hold one document, an array of them (`plan parse a b --format json`)
 * or one per line (.jsonl); standard input holding JSON is read as saved output, so `plan parse … | plan tasks -` works.
 */
export async function loadDocuments(file: string, io: Io): Promise<PlanDocument[] | InputError> {
  const saved = /\.jsonl?$/i.test(file)
  if (file !== '-' && !saved) {
    const d = await loadDocument(file, io)
    return isInputError(d) ? d : [d]
  }
  const read = await readText(file, io)
  if ('message' in read) return read
  const { text, name } = read
  if (file === '-' && !/^\s*[[{]/.test(text)) {
    const { parseDocument } = await import('../core/parse.js')
    return [parseDocument(text, { file: null, markdown: false })]
  }
  return loadSavedMany(text, name)
}

/** One document, an array of documents, or JSON Lines; every one validated against the schema. */
async function loadSavedMany(text: string, file: string): Promise<PlanDocument[] | InputError> {
  const values: Array<{ value: unknown; line: number }> = []
  try {
    const data: unknown = JSON.parse(text)
    if (Array.isArray(data)) data.forEach((value) => values.push({ value, line: 1 }))
    else values.push({ value: data, line: 1 })
  } catch (e) {
    // not one JSON value: JSON Lines, one document per line
    const lines = text.split(/\r?\n/)
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].trim()) continue
      try {
        values.push({ value: JSON.parse(lines[i]), line: i + 1 })
      } catch {
        return { file: values.length ? `${file}:${i + 1}` : file, message: `not valid JSON: ${(e as Error).message}` }
      }
    }
  }
  const { PlanDocument } = await import('../core/schema.js')
  const docs: PlanDocument[] = []
  for (const [k, v] of values.entries()) {
    const r = PlanDocument.safeParse(v.value)
    if (!r.success) {
      const issue = r.error.issues[0]
      const at = values.length > 1 ? `${v.line > 1 ? `:${v.line}` : ''} (document ${k + 1})` : ''
      return { file: file + at, message: `not a saved \`plan parse\` document: ${issue.message} (at ${issue.path.join('.') || '(root)'})` }
    }
    docs.push(r.data)
  }
  return docs
}
