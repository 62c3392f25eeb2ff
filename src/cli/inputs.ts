// Turns command-line operands (files, folders, `-`) into documents: read, decode, parse, or load saved JSON.
import { readFile, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { decode, DecodeError } from '../core/decode.js'
import { parseDocument } from '../core/parse.js'
import type { PlanDocument } from '../core/schema.js'
import type { Io } from './io.js'

export const DOC_EXTENSIONS = ['.txt', '.md', '.markdown']

/** One operand that could not be used: the one-line message names the file (and line). */
export interface InputError {
  file: string
  message: string
}

/** Expands folders (recursively, .txt/.md, plus .json when `withJson`) in a stable order; files are kept as given. */
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
      errors.push({ file: op, message: 'no such file or folder' })
      continue
    }
    if (st.isDirectory()) {
      const found = await walk(abs, exts)
      for (const f of found) files.push(path.relative(io.cwd, f) || f)
    } else files.push(op)
  }
  return { files, errors }
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

/** Reads, decodes and parses one document; a saved `plan parse` JSON is loaded as it is. */
export async function loadDocument(file: string, io: Io): Promise<PlanDocument | InputError> {
  let bytes: Buffer
  try {
    bytes = file === '-' ? await io.readStdin() : await readFile(path.resolve(io.cwd, file))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return { file, message: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : `cannot read (${code ?? 'error'})` }
  }
  const name = file === '-' ? '<stdin>' : file
  let text: string
  try {
    text = decode(bytes).text
  } catch (e) {
    if (e instanceof DecodeError) return { file: name + (e.line ? `:${e.line}` : ''), message: e.message }
    throw e
  }
  if (/\.json$/i.test(file)) return loadSavedJson(text, name)
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
