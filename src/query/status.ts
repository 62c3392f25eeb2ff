// The progress file of `plan overdue --status`: task id → done date and note, read from CSV or JSON, and its starter merged in without losing a row.
import { csvRecord } from '../report/csv.js'
import { readCsv } from './csv-read.js'
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
    if (done.trim() && !d) problems.push({ line, message: `done date "${done.trim()}" is not YYYY-MM-DD or DD/MM/YYYY` })
    entries.set(id, { id, done: d, note: note.trim() })
  }
  if (format === 'json') {
    const list = jsonEntries(text, problems)
    list.forEach((e, i) => add(i + 1, String(e.id ?? ''), String(e.done ?? ''), String(e.note ?? '')))
    return { entries, problems }
  }
  const csv = readCsv(text)
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

type JsonEntry = { id?: unknown; done?: unknown; note?: unknown }

/** `[{id, done, note}]`, `{"tasks": [...]}` or `{"<id>": {done, note}}`. */
function jsonEntries(text: string, problems: StatusProblem[]): JsonEntry[] {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    problems.push({ line: 1, message: `not valid JSON: ${(e as Error).message}` })
    return []
  }
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
 * The status file with a row for every task: `existing` is kept byte for byte (CSV) or entry for entry (JSON),
 * and only ids it lacks are appended. Throws when `existing` cannot be read as a status file, so nothing is overwritten.
 */
export function mergeStarter(existing: string | null, format: StatusFormat, rows: TaskRow[]): { text: string; added: number; kept: number } {
  const ids = new Set<string>()
  const fresh = rows.filter((r) => !ids.has(r.id) && ids.add(r.id))
  if (format === 'json') return mergeJson(existing, fresh)
  if (existing === null || existing.replace(/^\uFEFF/, '').trim() === '') {
    const lines = [csvRecord([...STATUS_COLUMNS]), ...fresh.map((r) => csvRecord(STATUS_COLUMNS.map((k) => starterCells(r)[k])))]
    return { text: '\uFEFF' + lines.map((l) => l + '\r\n').join(''), added: fresh.length, kept: 0 }
  }
  const csv = readCsv(existing)
  const keys = csv.header.map(headerKey)
  if (!keys.some((k) => ID.includes(k))) throw new Error('the existing status file has no "id" column on its first line')
  const have = new Set(csv.rows.map((r) => (r.cells[keys.findIndex((k) => ID.includes(k))] ?? '').trim()))
  const eol = existing.includes('\r\n') ? '\r\n' : '\n'
  // new rows follow the existing header, whatever its order and extra columns
  const fill = (r: TaskRow) => {
    const cells = starterCells(r)
    return keys.map((k) => (ID.includes(k) ? r.id : DONE.includes(k) || NOTE.includes(k) ? '' : (cells[STATUS_COLUMNS.find((c) => headerKey(c) === k) ?? ''] ?? '')))
  }
  const lines = fresh.filter((r) => !have.has(r.id)).map((r) => csvRecord(fill(r), csv.delimiter))
  const body = existing.endsWith('\n') || existing.endsWith('\r') ? existing : existing + eol
  return { text: lines.length ? body + lines.map((l) => l + eol).join('') : existing, added: lines.length, kept: csv.rows.length }
}

/** JSON keeps every existing entry as it is and appends, in whichever of the three shapes the file already has. */
function mergeJson(existing: string | null, fresh: TaskRow[]): { text: string; added: number; kept: number } {
  const entry = (r: TaskRow) => ({ ...starterCells(r), done: null, line: r.line })
  const data: unknown = existing === null || existing.trim() === '' ? [] : JSON.parse(existing.replace(/^\uFEFF/, ''))
  const out = (v: unknown, added: number, kept: number) => ({ text: JSON.stringify(v, null, 2) + '\n', added, kept })
  const list = Array.isArray(data) ? data : Array.isArray((data as { tasks?: unknown })?.tasks) ? ((data as { tasks: unknown[] }).tasks) : null
  if (list) {
    const have = new Set(list.map((e) => String((e as JsonEntry)?.id ?? '')))
    const added = fresh.filter((r) => !have.has(r.id)).map(entry)
    const merged = [...list, ...added]
    return out(Array.isArray(data) ? merged : { ...(data as object), tasks: merged }, added.length, list.length)
  }
  if (!data || typeof data !== 'object') throw new Error('expected an array of {id, done, note} or an object keyed by task id')
  const map = { ...(data as Record<string, unknown>) }
  const kept = Object.keys(map).length
  let added = 0
  for (const r of fresh) {
    if (r.id in map) continue
    const { id: _id, ...rest } = entry(r) as Record<string, unknown>
    map[r.id] = rest
    added++
  }
  return out(map, added, kept)
}
