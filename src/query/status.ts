// The progress file of `plan overdue --status`: task id → done date and note, read from CSV or JSON, and its starter
// merged in without losing a row. What a person recorded is never rewritten: new rows are inserted into the file's own
// bytes, in the file's own encoding (UTF-8, UTF-16 with a BOM, Windows-1258), and a file that cannot be read for
// certain is refused rather than guessed at.
import { csvRecord } from '../shared/csv.js'
import { parseJson } from '../shared/json.js'
import { decode, DecodeError } from '../core/read/decode.js'
import { decodeLegacy, ENCODING_NAMES, tableRows } from '../core/read/legacy.js'
import { CsvReadError, readCsv } from './csv-read.js'
import { parseUserDate } from './dates.js'
import type { TaskRow } from './rows.js'

export interface StatusEntry {
  id: string
  /** YYYY-MM-DD, or null while not done */
  done: string | null
  note: string
}

export interface StatusProblem {
  /** the line (CSV) or the 1-based entry (JSON) */
  line: number
  message: string
}

export type StatusFormat = 'csv' | 'json'

export function statusFormatOf(file: string): StatusFormat {
  return /\.json$/i.test(file) ? 'json' : 'csv'
}

/** A status file that is left as it is: it cannot be read for certain, or not written back without loss. */
export class StatusFileError extends Error {}

// Headers a person may have typed instead of ours; compared without case or diacritics
const ID = ['id', 'task', 'taskid', 'ma']
const DONE = ['done', 'doneon', 'donedate', 'completed', 'hoanthanh', 'ngayhoanthanh']
const NOTE = ['note', 'notes', 'ghichu']
const headerKey = (h: string) => h.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z]/g, '')

export function parseStatus(text: string, format: StatusFormat): { entries: Map<string, StatusEntry>; problems: StatusProblem[] } {
  const entries = new Map<string, StatusEntry>()
  const problems: StatusProblem[] = []
  const seen = new Map<string, number>()
  const add = (line: number, id: string, done: string, note: string) => {
    id = id.trim()
    if (!id) return
    const prev = seen.get(id)
    if (prev !== undefined) return void problems.push({ line, message: `task ${id} is already listed on ${prev}` })
    seen.set(id, line)
    const d = done.trim() ? parseUserDate(done) : null
    if (done.trim() && !d) problems.push({ line, message: badDate(done.trim()) })
    entries.set(id, { id, done: d, note: note.trim() })
  }
  if (format === 'json') {
    const list = jsonEntries(text, problems)
    list.forEach((e, i) => add(i + 1, String(e.id ?? ''), String(e.done ?? ''), String(e.note ?? '')))
    return { entries, problems }
  }
  let csv
  try {
    csv = readCsv(text)
  } catch (e) {
    if (e instanceof CsvReadError) return { entries, problems: [{ line: e.line, message: e.message }] }
    throw e
  }
  const keys = csv.header.map(headerKey)
  const col = (names: string[]) => keys.findIndex((k) => names.includes(k))
  const [iId, iDone, iNote] = [col(ID), col(DONE), col(NOTE)]
  if (iId < 0 || iDone < 0) {
    problems.push({ line: 1, message: 'the first line must name the columns, with at least "id" and "done"' })
    return { entries, problems }
  }
  for (const r of csv.rows) add(r.line, r.cells[iId] ?? '', r.cells[iDone] ?? '', iNote >= 0 ? (r.cells[iNote] ?? '') : '')
  return { entries, problems }
}

/** A date written in one of our forms that names no day ("31/02/2013") is told apart from one in no form at all. */
function badDate(s: string): string {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s)
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s)
  if (!iso && !dmy) return `done date "${s}" is not YYYY-MM-DD or DD/MM/YYYY`
  const [y, m, d] = iso ? [+iso[1], +iso[2], +iso[3]] : [+dmy![3], +dmy![2], +dmy![1]]
  if (m < 1 || m > 12) return `done date "${s}" does not exist: there is no month ${m}`
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return `done date "${s}" does not exist: ${String(m).padStart(2, '0')}/${y} has ${days} days`
}

type JsonEntry = { id?: unknown; done?: unknown; note?: unknown }

/** `[{id, done, note}]`, `{"tasks": [...]}` or `{"<id>": {done, note}}`. */
function jsonEntries(text: string, problems: StatusProblem[]): JsonEntry[] {
  const json = parseJson(text)
  if ('error' in json) {
    problems.push({ line: 1, message: `not valid JSON: ${json.error}` })
    return []
  }
  let data = json.data
  if (data && typeof data === 'object' && !Array.isArray(data) && Array.isArray((data as { tasks?: unknown }).tasks)) data = (data as { tasks: unknown }).tasks
  if (Array.isArray(data)) return data.map((e) => (e && typeof e === 'object' ? (e as JsonEntry) : {}))
  if (data && typeof data === 'object') return Object.entries(data).map(([id, v]) => ({ ...(v && typeof v === 'object' ? v : {}), id }))
  problems.push({ line: 1, message: 'expected an array of {id, done, note} or an object keyed by task id' })
  return []
}

/** The columns of a starter file: the two to fill in, then what helps a person recognise the task. */
export const STATUS_COLUMNS = ['id', 'done', 'note', 'deadline', 'lead', 'file', 'line', 'text'] as const

function starterCells(r: TaskRow): Record<string, string> {
  return { id: r.id, done: '', note: '', deadline: r.deadline ?? '', lead: r.lead.join('; '), file: r.file, line: String(r.line), text: r.text.replace(/\s+/g, ' ').trim() }
}

/**
 * What merging adds to an existing file: `insert` goes in at character offset `at` of its text, and nothing of the
 * text is changed or removed. `replace` instead when there was nothing to keep (no file, or an empty one).
 */
export type StatusEdit = { kind: 'insert'; at: number; insert: string; added: number; kept: number } | { kind: 'replace'; text: string; added: number; kept: number }

/**
 * The status file with a row for every task: `existing` is kept byte for byte, and only ids it lacks are inserted
 * (appended to a CSV, into the array or object of a JSON file). Throws when `existing` cannot be read as a status
 * file, so nothing is overwritten.
 */
export function mergeStarter(existing: string | null, format: StatusFormat, rows: TaskRow[]): { text: string; added: number; kept: number } {
  const edit = statusEdit(existing, format, rows)
  if (edit.kind === 'replace') return edit
  const text = existing!
  return { text: text.slice(0, edit.at) + edit.insert + text.slice(edit.at), added: edit.added, kept: edit.kept }
}

/** The edit that brings `existing` (its decoded text) up to date with `rows`; see mergeStarter. */
export function statusEdit(existing: string | null, format: StatusFormat, rows: TaskRow[]): StatusEdit {
  const ids = new Set<string>()
  const fresh = rows.filter((r) => !ids.has(r.id) && ids.add(r.id))
  if (existing !== null && /[\uFFFD\u0000]/.test(existing)) {
    // read with the wrong decoder: writing it back would make the damage permanent
    throw new StatusFileError('it holds characters that were not read as UTF-8 text (U+FFFD or NUL); it is left as it is')
  }
  const empty = existing === null || existing.replace(/^\uFEFF/, '').trim() === ''
  if (format === 'json') return empty ? { kind: 'replace', text: JSON.stringify(fresh.map(jsonEntry), null, 2) + '\n', added: fresh.length, kept: 0 } : jsonEdit(existing!, fresh)
  if (empty) {
    const lines = [csvRecord([...STATUS_COLUMNS]), ...fresh.map((r) => csvRecord(STATUS_COLUMNS.map((k) => starterCells(r)[k])))]
    return { kind: 'replace', text: '\uFEFF' + lines.map((l) => l + '\r\n').join(''), added: fresh.length, kept: 0 }
  }
  let csv
  try {
    csv = readCsv(existing!)
  } catch (e) {
    if (e instanceof CsvReadError) throw new StatusFileError(`line ${e.line}: ${e.message}`)
    throw e
  }
  const keys = csv.header.map(headerKey)
  const iId = keys.findIndex((k) => ID.includes(k))
  if (iId < 0) throw new StatusFileError('the existing status file has no "id" column on its first line')
  const have = new Set(csv.rows.map((r) => (r.cells[iId] ?? '').trim()))
  const text = existing!
  const eol = /\r\n/.test(text) ? '\r\n' : /\r(?!\n)/.test(text) && !text.includes('\n') ? '\r' : '\n'
  // new rows follow the existing header, whatever its order and extra columns
  const fill = (r: TaskRow) => {
    const cells = starterCells(r)
    return keys.map((k) => (ID.includes(k) ? r.id : DONE.includes(k) || NOTE.includes(k) ? '' : (cells[STATUS_COLUMNS.find((c) => headerKey(c) === k) ?? ''] ?? '')))
  }
  const lines = fresh.filter((r) => !have.has(r.id)).map((r) => csvRecord(fill(r), csv.delimiter))
  const lead = text.endsWith('\n') || text.endsWith('\r') ? '' : eol
  return { kind: 'insert', at: text.length, insert: lines.length ? lead + lines.map((l) => l + eol).join('') : '', added: lines.length, kept: csv.rows.length }
}

const jsonEntry = (r: TaskRow): Record<string, unknown> => ({ ...starterCells(r), done: null, line: r.line })

/**
 * JSON: every existing entry stays as it is written (numbers too long for a double included), and the missing ids
 * are inserted after the last entry, in whichever of the three shapes the file already has.
 */
function jsonEdit(text: string, fresh: TaskRow[]): StatusEdit {
  const json = parseJson(text)
  if ('error' in json) throw new StatusFileError(`not valid JSON: ${json.error}`)
  const data = json.data
  let top: Span
  try {
    top = scanJson(text)
  } catch (e) {
    // nesting deeper than the stack (JSON.parse has no such limit): refused, not written
    if (e instanceof RangeError) throw new StatusFileError('nested too deeply to be a status file')
    throw e
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const tasks = !Array.isArray(data) && data && typeof data === 'object' && Array.isArray((data as { tasks?: unknown }).tasks)
  if (Array.isArray(data) || tasks) {
    const list = (tasks ? (data as { tasks: unknown[] }).tasks : data) as unknown[]
    // the last "tasks" member is the one JSON.parse kept
    const span = tasks ? [...(top.members ?? [])].reverse().find((m) => m.key === 'tasks')!.value : top
    const have = new Set(list.map((e) => String((e as JsonEntry)?.id ?? '')))
    const added = fresh.filter((r) => !have.has(r.id)).map((r) => jsonEntry(r))
    return { ...insertItems(text, span, added.map((e) => (indent) => render(e, indent, eol)), eol), added: added.length, kept: list.length }
  }
  if (!data || typeof data !== 'object') throw new StatusFileError('expected an array of {id, done, note} or an object keyed by task id')
  const kept = Object.keys(data).length
  const added = fresh.filter((r) => !Object.hasOwn(data as object, r.id))
  const items = added.map((r) => (indent: string | null) => {
    const { id: _id, ...rest } = jsonEntry(r)
    return JSON.stringify(r.id) + (indent === null ? ':' : ': ') + render(rest, indent, eol)
  })
  return { ...insertItems(text, top, items, eol), added: added.length, kept }
}

/** JSON text of `v`: on one line in a compact file (indent null), else pretty, its inner lines under `indent`. */
function render(v: unknown, indent: string | null, eol: string): string {
  if (indent === null) return JSON.stringify(v)
  const unit = indent.startsWith('\t') ? '\t' : '  '
  return JSON.stringify(v, null, unit).split('\n').join(eol + indent)
}

interface Span {
  start: number
  /** just past the value */
  end: number
  /** the values of an array, in order */
  items?: Span[]
  /** the members of an object, in order */
  members?: Array<{ key: string; keyStart: number; value: Span }>
}

/** Where the items go into the array or object at `span`: after its last item, in the way its items are laid out. */
function insertItems(text: string, span: Span, items: Array<(indent: string | null) => string>, eol: string): { kind: 'insert'; at: number; insert: string } {
  if (!items.length) return { kind: 'insert', at: span.end, insert: '' }
  const children = span.items ?? span.members?.map((m) => ({ start: m.keyStart, end: m.value.end })) ?? []
  if (children.length) {
    const before = text.slice(span.start + 1, children[0].start)
    // items laid out one per line: the indent of the first one; all on one line: compact
    const indent = before.includes('\n') ? before.slice(before.lastIndexOf('\n') + 1) : null
    const sep = indent === null ? ',' : ',' + eol + indent
    return { kind: 'insert', at: children[children.length - 1].end, insert: items.map((f) => sep + f(indent)).join('') }
  }
  // an empty array or object: the items on their own lines, one step in from the bracket
  const openIndent = lineIndent(text, span.start)
  const inner = text.slice(span.start + 1, span.end - 1)
  const indent = openIndent + (openIndent.startsWith('\t') ? '\t' : '  ')
  const body = items.map((f) => eol + indent + f(indent)).join(',')
  return { kind: 'insert', at: span.start + 1, insert: body + (inner.includes('\n') ? '' : eol + openIndent) }
}

/** The white space that starts the line holding offset `at`. */
function lineIndent(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1
  return /^[ \t]*/.exec(text.slice(start, at))![0]
}

/** The spans of valid JSON text (JSON.parse has accepted it): the top value, the items of arrays and members of objects. */
export function scanJson(text: string): Span {
  let i = 0
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r' || text[i] === '\uFEFF')) i++
  }
  const str = (): string => {
    const start = i
    i++
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1
    i++
    return JSON.parse(text.slice(start, i)) as string
  }
  const value = (): Span => {
    ws()
    const start = i
    const c = text[i]
    if (c === '[') {
      i++
      const items: Span[] = []
      ws()
      if (text[i] === ']') return (i++, { start, end: i, items })
      for (;;) {
        items.push(value())
        ws()
        if (text[i++] === ']') return { start, end: i, items }
      }
    }
    if (c === '{') {
      i++
      const members: Array<{ key: string; keyStart: number; value: Span }> = []
      ws()
      if (text[i] === '}') return (i++, { start, end: i, members })
      for (;;) {
        ws()
        const keyStart = i
        const key = str()
        ws()
        i++ // ':'
        members.push({ key, keyStart, value: value() })
        ws()
        if (text[i++] === '}') return { start, end: i, members }
      }
    }
    if (c === '"') {
      str()
      return { start, end: i }
    }
    while (i < text.length && /[^\s,\]}]/.test(text[i])) i++
    return { start, end: i }
  }
  return value()
}

// ---- bytes: the file as it is on disk ----

export type StatusEncoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'cp1258'

export const STATUS_ENCODING_NAMES: Record<StatusEncoding, string> = {
  utf8: 'UTF-8',
  'utf8-bom': 'UTF-8 with a BOM',
  utf16le: 'UTF-16 LE',
  utf16be: 'UTF-16 BE',
  cp1258: ENCODING_NAMES.cp1258,
}

const SAVE_AS = 'save it as UTF-8 (in Excel: "CSV UTF-8") and run again'

/**
 * The text of a status file, read with the decoder documents use: UTF-8 (BOM or not), UTF-16 with a BOM, and for CSV
 * Windows-1258 where the bytes read as Vietnamese in it. Throws a StatusFileError when in doubt. An empty file is ''.
 */
export function decodeStatus(bytes: Uint8Array, format: StatusFormat): { text: string; encoding: StatusEncoding } {
  if (bytes.length === 0) return { text: '', encoding: 'utf8' }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    throw new StatusFileError(`it is UTF-32, which plan does not read; ${SAVE_AS}`)
  }
  let text: string
  let encoding: StatusEncoding
  try {
    const d = decode(bytes)
    text = d.text
    encoding = d.notes.includes('utf16le') ? 'utf16le' : d.notes.includes('utf16be') ? 'utf16be' : d.notes.includes('bom') ? 'utf8-bom' : 'utf8'
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e
    if (e.code === 'empty') return { text: '', encoding: 'utf8' }
    if (e.code === 'binary') throw new StatusFileError(`it holds NUL bytes (UTF-16 without a BOM?), so it cannot be read for certain; ${SAVE_AS}`)
    // the encoding is judged on the words of the cells: CSV punctuation (ASCII in every legacy encoding) becomes a space
    const words = format === 'csv' ? decodeLegacy(bytes.map((b) => (b === 0x2c || b === 0x3b || b === 0x22 ? 0x20 : b))) : null
    if (!words || words.encoding !== ENCODING_NAMES.cp1258) {
      const what = format === 'json' ? 'JSON must be UTF-8' : words ? `it looks like ${words.encoding}, which plan does not write` : 'not recognisably Windows-1258 either'
      throw new StatusFileError(`it is not valid UTF-8${e.line ? ` (line ${e.line})` : ''}, and ${what}; ${SAVE_AS}`)
    }
    text = decodeLegacy(bytes, 'cp1258')!.text
    encoding = 'cp1258'
  }
  // what will be written back must be what was read: a decoder that replaced or dropped anything is refused
  if (encoding !== 'cp1258' && !Buffer.from(encodeStatus(text, encoding)).equals(Buffer.from(bytes))) {
    throw new StatusFileError(`its ${STATUS_ENCODING_NAMES[encoding]} text does not read back to the same bytes; ${SAVE_AS}`)
  }
  return { text, encoding }
}

/** `text` in the file's encoding (with its BOM for the BOM encodings); Windows-1258 writes what it cannot encode as '?'. */
export function encodeStatus(text: string, encoding: StatusEncoding, withBom = true): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8')
    case 'utf8-bom':
      return Buffer.from((withBom ? '\uFEFF' : '') + text, 'utf8')
    case 'utf16le':
      return Buffer.from((withBom ? '\uFEFF' : '') + text, 'utf16le')
    case 'utf16be':
      return Buffer.from((withBom ? '\uFEFF' : '') + text, 'utf16le').swap16()
    case 'cp1258':
      return encodeCp1258(text)
  }
}

let cp1258: Map<string, number> | null = null
const CP1258_TONES: Record<string, number> = { '\u0300': 0xcc, '\u0301': 0xec, '\u0303': 0xde, '\u0309': 0xd2, '\u0323': 0xf2 }

/** Windows-1258: a letter with a tone is its base letter then the tone's combining byte, as Vietnamese keyboards type it. */
export function encodeCp1258(text: string): Uint8Array {
  cp1258 ??= new Map(tableRows('cp1258').filter((r) => r.bytes.length === 1 && r.unicode.length === 1).map((r) => [r.unicode, r.bytes[0]]))
  const map = cp1258
  const one = (c: string): number | undefined => (c.charCodeAt(0) < 0x80 && c.length === 1 ? c.charCodeAt(0) : map.get(c))
  const out: number[] = []
  for (const c of text.normalize('NFC')) {
    const b = one(c)
    if (b !== undefined) {
      out.push(b)
      continue
    }
    // canonical order puts the dot below (ộ = o, dot below, circumflex) before the circumflex: the tone is any mark
    const d = [...c.normalize('NFD')]
    const k = d.findIndex((m) => CP1258_TONES[m] !== undefined)
    const tone = k > 0 ? CP1258_TONES[d[k]] : undefined
    const base = tone !== undefined ? one(d.filter((_, j) => j !== k).join('').normalize('NFC')) : undefined
    if (base !== undefined) out.push(base, tone!)
    else out.push(0x3f)
  }
  return Uint8Array.from(out)
}

/**
 * The bytes of the status file with a row for every task: the existing bytes are kept as they are and the new rows
 * inserted in the file's encoding. `existing` null when there is no file.
 */
export function mergeStatusBytes(existing: Uint8Array | null, format: StatusFormat, rows: TaskRow[]): { bytes: Uint8Array; added: number; kept: number; encoding: StatusEncoding } {
  const read = existing === null ? null : decodeStatus(existing, format)
  const edit = statusEdit(read && read.text, format, rows)
  if (edit.kind === 'replace' || !read) {
    const text = edit.kind === 'replace' ? edit.text : ''
    return { bytes: Buffer.from(text, 'utf8'), added: edit.added, kept: edit.kept, encoding: 'utf8' }
  }
  const { text, encoding } = read
  if (encoding === 'cp1258') {
    // Windows-1258 text was composed when read, so only an insertion at the end maps onto the bytes
    if (edit.at !== text.length) throw new StatusFileError(`rows can only be appended to a Windows-1258 file; ${SAVE_AS}`)
    const ids = rows.map((r) => r.id).filter((id) => decodeLegacy(encodeCp1258(id), 'cp1258')!.text !== id.normalize('NFC'))
    if (ids.length) throw new StatusFileError(`task id ${ids[0]} cannot be written in Windows-1258; ${SAVE_AS}`)
    return { bytes: Buffer.concat([existing!, encodeCp1258(edit.insert)]), added: edit.added, kept: edit.kept, encoding }
  }
  const bom = encoding === 'utf8' ? 0 : encoding === 'utf8-bom' ? 3 : 2
  const offset = bom + Buffer.byteLength(text.slice(0, edit.at), encoding === 'utf16le' || encoding === 'utf16be' ? 'utf16le' : 'utf8')
  const bytes = Buffer.concat([existing!.subarray(0, offset), encodeStatus(edit.insert, encoding, false), existing!.subarray(offset)])
  return { bytes, added: edit.added, kept: edit.kept, encoding }
}
