// Saved `plan parse` output, read as a stream: JSON Lines one line at a time, never the whole file in one string.
// Each document gets a cheap check of the shape the queries rely on; the full schema (zod) only with --strict.
// A bad line is one error with its line number, and the reading goes on with the next.
import { isIsoDate } from '../core/contract/dates.js'
import type { PlanDocument } from '../core/contract/schema.js'
import { safeText } from '../shared/sanitize.js'

export interface SavedError {
  file: string
  message: string
}

export interface SavedOptions {
  /** validate every document against the full schema (zod), not only its shape */
  strict?: boolean
  /** JSON Lines whatever the first line holds (the file is named .jsonl) */
  lines?: boolean
  /** a single JSON value (one document, an array) spread over lines is read whole: at most this many bytes */
  maxWholeBytes: number
}

const err = (file: string, message: string): SavedError => ({ file: safeText(file), message: safeText(message) })

/**
 * The documents of a saved file, given as chunks of bytes. JSON Lines when the first line is a JSON value on its own
 * (or the file is named .jsonl); otherwise one JSON value (a document or an array of them) read whole.
 */
export async function* savedDocuments(chunks: AsyncIterable<Uint8Array>, file: string, opts: SavedOptions): AsyncGenerator<PlanDocument | SavedError> {
  const check = await checker(opts.strict ?? false)
  let mode: 'lines' | 'whole' | null = opts.lines ? 'lines' : null
  const whole: string[] = []
  let wholeBytes = 0
  let firstLine = 0
  for await (const l of lines(chunks, opts.maxWholeBytes)) {
    if (typeof l.text !== 'string') {
      yield err(`${file}:${l.line}`, l.problem)
      if (mode === 'whole') return
      continue
    }
    if (mode === 'whole') {
      wholeBytes += l.text.length + 1
      if (wholeBytes > opts.maxWholeBytes) {
        yield err(file, `a single JSON value over ${opts.maxWholeBytes / 1024 / 1024} MiB; save a large corpus as JSON Lines (plan parse --format jsonl), which is read line by line`)
        return
      }
      whole.push(l.text)
      continue
    }
    if (!l.text.trim()) continue
    let value: unknown
    try {
      value = JSON.parse(l.text)
    } catch (e) {
      if (mode === null) {
        // not a value on one line: a document or an array laid out over lines
        mode = 'whole'
        firstLine = l.line
        whole.push(l.text)
        wholeBytes = l.text.length
        continue
      }
      yield err(`${file}:${l.line}`, `not valid JSON: ${(e as Error).message}`)
      continue
    }
    mode = 'lines'
    if (Array.isArray(value)) {
      for (const [k, v] of value.entries()) yield check(v, `${file}:${l.line} (document ${k + 1})`)
    } else yield check(value, `${file}:${l.line}`)
  }
  if (mode !== 'whole') return
  let data: unknown
  try {
    data = JSON.parse(whole.join('\n'))
  } catch (e) {
    yield err(firstLine > 1 ? `${file}:${firstLine}` : file, `not valid JSON: ${(e as Error).message}`)
    return
  }
  whole.length = 0
  if (Array.isArray(data)) for (const [k, v] of data.entries()) yield check(v, `${file} (document ${k + 1})`)
  else yield check(data, file)
}

/**
 * Lines of UTF-8 text, numbered from 1, split as the bytes arrive; a line that is not UTF-8 is a problem on that line,
 * and so is one longer than `maxLine` bytes, which is skipped, not held (/dev/zero piped in has no line break).
 */
async function* lines(chunks: AsyncIterable<Uint8Array>, maxLine = Infinity): AsyncGenerator<{ line: number; text: string } | { line: number; text?: undefined; problem: string }> {
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
  let pending: Buffer[] = []
  let n = 0
  const take = (bytes: Buffer) => {
    n++
    try {
      // the decoder drops a BOM at the start of each call: only the first line can have one
      let text = utf8.decode(bytes)
      if (text.endsWith('\r')) text = text.slice(0, -1)
      return { line: n, text }
    } catch {
      return { line: n, problem: 'not valid UTF-8 (save the file as UTF-8)' }
    }
  }
  let held = 0
  let skipping = false
  const tooLong = () => ({ line: ++n, problem: `a line over ${(maxLine / 1024 / 1024).toFixed(1)} MiB (--max-size), skipped` })
  for await (const c of chunks) {
    const chunk = Buffer.isBuffer(c) ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength)
    let from = 0
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      const piece = chunk.subarray(from, nl)
      if (skipping) skipping = false
      else if (held + piece.length > maxLine) yield tooLong()
      else yield take(pending.length ? Buffer.concat([...pending, piece]) : piece)
      pending = []
      held = 0
      from = nl + 1
    }
    if (from < chunk.length && !skipping) {
      held += chunk.length - from
      if (held > maxLine) {
        yield tooLong()
        skipping = true
        pending = []
        held = 0
      } else pending.push(chunk.subarray(from))
    }
  }
  if (pending.length) yield take(Buffer.concat(pending))
}

type Check = (value: unknown, where: string) => PlanDocument | SavedError

async function checker(strict: boolean): Promise<Check> {
  if (!strict) {
    return (value, where) => {
      const problem = shapeProblem(value)
      return problem ? err(where, `not a saved \`plan parse\` document: ${problem}`) : (value as PlanDocument)
    }
  }
  const { PlanDocument } = await import('../core/contract/schema.js')
  return (value, where) => {
    const r = PlanDocument.safeParse(value)
    if (r.success) return r.data
    const issue = r.error.issues[0]
    return err(where, `not a saved \`plan parse\` document: ${issue.message} (at ${issue.path.join('.') || '(root)'})`)
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * What the queries read of a document, checked without the schema: a few type tests per task and per body, so a file
 * from elsewhere, or of another version, is one clear error rather than a crash. `--strict` checks everything.
 */
export function shapeProblem(v: unknown): string | null {
  if (!isObject(v)) return 'expected an object (at (root))'
  if (v.schemaVersion !== 1) return `expected schemaVersion 1 (at schemaVersion)`
  if (v.file !== null && typeof v.file !== 'string') return 'expected a string or null (at file)'
  if (!isObject(v.meta)) return 'expected an object (at meta)'
  if (typeof v.meta.kind !== 'string') return 'expected a string (at meta.kind)'
  for (const key of ['sections', 'tasks', 'agencies', 'diagnostics']) if (!Array.isArray(v[key])) return `expected an array (at ${key})`
  for (const [i, t] of (v.tasks as unknown[]).entries()) {
    const at = `tasks.${i}`
    if (!isObject(t)) return `expected an object (at ${at})`
    if (typeof t.id !== 'string' || typeof t.text !== 'string') return `expected a string (at ${at}.${typeof t.id !== 'string' ? 'id' : 'text'})`
    for (const key of ['lead', 'coordinators', 'reportsTo']) {
      const refs = t[key]
      if (!Array.isArray(refs)) return `expected an array (at ${at}.${key})`
      const bad = refs.findIndex((r) => !isObject(r) || typeof r.name !== 'string')
      if (bad >= 0) return `expected a body with a name (at ${at}.${key}.${bad})`
    }
    if (t.deadline !== null && !isObject(t.deadline)) return `expected an object or null (at ${at}.deadline)`
    // a deadline that is not a day would be counted as not yet due: "abc", 2024-02-30
    if (t.deadline !== null) {
      for (const key of ['start', 'end']) {
        const d = t.deadline[key]
        if (d != null && (typeof d !== 'string' || !isIsoDate(d))) return `expected a date YYYY-MM-DD or null (at ${at}.deadline.${key})`
      }
    }
    if (!isObject(t.span) || !isObject(t.span.start)) return `expected an object (at ${at}.span)`
  }
  for (const [i, a] of (v.agencies as unknown[]).entries()) {
    if (!isObject(a) || typeof a.name !== 'string' || !Array.isArray(a.forms) || !Array.isArray(a.roles)) return `expected a body with name, forms and roles (at agencies.${i})`
  }
  return null
}
