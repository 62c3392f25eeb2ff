// The columns each query shows: full data columns for csv (JSON keys as headers), a compact view (place, who, when, what)
// for table and md, with headers and status words in the reader's language.
import path from 'node:path'
import type { AgencyRow } from '../query/agencies.js'
import { NO_LEAD, TOTAL, type OverdueRow, type SummaryRow } from '../query/overdue.js'
import type { TaskRow } from '../query/rows.js'
import { CATEGORY_VI } from '../query/overdue.js'
import { FIELD_LABELS, LABELS, recurrenceLabel, SAY, STATUS_WORDS, type Lang } from './labels.js'
import type { Column, Report } from './types.js'

export interface ViewOptions {
  /** the language of headers, status words and footers (default vi); JSON and CSV keys never change */
  lang?: Lang
  /** the document number (số ký hiệu) of a file, shown instead of a machine-named path */
  documentOf?: (file: string) => string | null
  /** the body filters the run was given (--chu-tri, --phoi-hop): a column every row of which repeats one is left out */
  filtered?: { lead?: boolean; coordinators?: boolean }
}

/** A file name a machine gave (a hash: `hrmaster-0620de5c61a4.txt`, `001_1f8384c197785dba.txt`), which tells a reader nothing. */
export function isMachineName(file: string): boolean {
  const base = path.basename(file).replace(/\.[^.]+$/, '')
  return [...base.matchAll(/(?:^|[-_.\s])([0-9a-f]{8,})(?=$|[-_.\s])/gi)].some((m) => /\d/.test(m[1]) && /[a-f]/i.test(m[1]))
}

/** `file:line:column`, or `number:line:column` when the file is machine-named and its document has a number. */
export function placeText(file: string, document: string | null | undefined, line: number, column: number): string {
  return `${document && isMachineName(file) ? document : file}:${line}:${column}`
}

// a long path gives way from the front, so the file name and line stay readable
const where = <R extends { file: string; line: number; column: number }>(header: string, documentOf: (r: R) => string | null): Column<R> => ({
  key: 'where',
  header,
  get: (r) => placeText(r.file, documentOf(r), r.line, r.column),
  tint: () => 'dim',
  max: 40,
  cut: 'start',
})
const place = <R>(lang: Lang = 'vi'): Column<R>[] => [field('file', lang), field('line', lang, { align: 'right' }), field('column', lang, { align: 'right' })]

/** A full data column: its JSON key (csv's header) and its header in the reader's language (xlsx). */
function field<R>(key: string, lang: Lang, more: Partial<Column<R>> = {}): Column<R> {
  return { key, header: FIELD_LABELS[lang][key] ?? key, ...more }
}

/** The one value every row has in a column, or null. */
function repeated<R>(rows: R[], cell: (r: R) => string): string | null {
  if (!rows.length) return null
  const first = cell(rows[0])
  return first && rows.every((r) => cell(r) === first) ? first : null
}

export function tasksReport(rows: TaskRow[], opts: ViewOptions = {}): Report<TaskRow> {
  const lang = opts.lang ?? 'vi'
  const L = LABELS[lang]
  const say = SAY[lang]
  const view: Column<TaskRow>[] = [
    where<TaskRow>(L.where, (r) => r.document ?? opts.documentOf?.(r.file) ?? null),
    { key: 'lead', header: L.lead, max: 32, wrap: true, tint: (r) => (r.lead.length ? 'cyan' : null) },
    { key: 'coordinators', header: L.coordinators, max: 24, wrap: true, optional: true },
    { key: 'deadline', header: L.deadline, get: (r) => r.deadline ?? (r.recurrence ? recurrenceLabel(r.recurrence, lang) : ''), tint: () => 'magenta' },
    { key: 'text', header: L.task, flex: true },
  ]
  const notes: string[] = []
  for (const key of ['lead', 'coordinators'] as const) {
    const value = opts.filtered?.[key] ? repeated(rows, (r) => r[key].join('; ')) : null
    if (value === null) continue
    view.splice(view.findIndex((c) => c.key === key), 1)
    notes.push(say.filtered(L[key], value))
  }
  return {
    records: rows,
    columns: [
      ...place<TaskRow>(lang),
      ...['id', 'kind', 'document', 'lead', 'coordinators'].map((k) => field<TaskRow>(k, lang)),
      field<TaskRow>('deadline', lang, { date: true }),
      field<TaskRow>('deadlineText', lang),
      field<TaskRow>('recurrence', lang, { display: (r) => (r.recurrence ? recurrenceLabel(r.recurrence, lang) : null) }),
      field<TaskRow>('text', lang, { flex: true }),
    ],
    view,
    footer: [say.tasks(rows.length), ...notes].join(' · '),
  }
}

/** "quá hạn 31 ngày", "đến hạn hôm nay", "còn 5 ngày"…; in English "overdue 31 d", "due today", "due in 5 d", "done late 3 d", "done on time", "no deadline". */
export function statusLabel(r: OverdueRow, lang: Lang = 'en'): string {
  const w = STATUS_WORDS[lang]
  switch (r.status) {
    case 'overdue':
      return w.overdue(r.daysOverdue)
    case 'not-yet-due':
      return r.daysLeft === 0 ? w.dueToday : w.dueIn(r.daysLeft ?? 0)
    case 'done-late':
      return w.doneLate(r.daysOverdue)
    case 'done-on-time':
      return w.doneOnTime
    default:
      return w.noDeadline
  }
}

export function overdueReport(rows: OverdueRow[], asOf: string, opts: ViewOptions = {}): Report<OverdueRow> {
  const lang = opts.lang ?? 'vi'
  const L = LABELS[lang]
  const overdue = rows.filter((r) => r.status === 'overdue').length
  const view: Column<OverdueRow>[] = [
    where<OverdueRow>(L.where, (r) => r.document ?? opts.documentOf?.(r.file) ?? null),
    { key: 'status', header: L.status, get: (r) => statusLabel(r, lang), wrap: true, tint: (r) => (r.status === 'overdue' ? 'red' : r.status === 'not-yet-due' ? 'yellow' : r.status.startsWith('done') ? 'green' : null) },
    { key: 'deadline', header: L.deadline, tint: () => 'magenta' },
    { key: 'lead', header: L.lead, max: 32, wrap: true, tint: () => 'cyan' },
    { key: 'text', header: L.task, flex: true },
  ]
  const notes: string[] = []
  const lead = opts.filtered?.lead ? repeated(rows, (r) => r.lead.join('; ')) : null
  if (lead !== null) {
    view.splice(view.findIndex((c) => c.key === 'lead'), 1)
    notes.push(SAY[lang].filtered(L.lead, lead))
  }
  return {
    records: rows,
    columns: [
      ...place<OverdueRow>(lang),
      field<OverdueRow>('id', lang),
      field<OverdueRow>('status', lang, { display: (r) => (lang === 'vi' ? CATEGORY_VI[r.status] : r.status) }),
      field<OverdueRow>('daysOverdue', lang, { align: 'right' }),
      field<OverdueRow>('daysLeft', lang, { align: 'right' }),
      field<OverdueRow>('deadline', lang, { date: true }),
      field<OverdueRow>('done', lang, { date: true }),
      field<OverdueRow>('note', lang),
      field<OverdueRow>('lead', lang),
      field<OverdueRow>('text', lang, { flex: true }),
    ],
    view,
    highlight: (r) => r.status === 'overdue',
    footer: [SAY[lang].overdue(overdue, rows.length, asOf), ...notes].join(' · '),
  }
}

const COUNTS = ['total', 'doneOnTime', 'doneLate', 'notYetDue', 'overdue', 'noDeadline'] as const

export function summaryReport(rows: SummaryRow[], by: 'agency' | 'file', asOf: string, opts: ViewOptions = {}): Report<SummaryRow> {
  const lang = opts.lang ?? 'vi'
  const L = LABELS[lang]
  const groupHeader = by === 'agency' ? L.lead : L.file
  const last = rows[rows.length - 1]
  const groupText = (r: SummaryRow) =>
    r === last && r.group === TOTAL ? L.totalRow : by === 'agency' && r.group === NO_LEAD ? L.noLead : by === 'file' ? placeName(r.group, opts.documentOf?.(r.group)) : r.group
  return {
    records: rows,
    // csv's headers are the keys; these headers are xlsx's
    columns: [
      { key: 'group', header: groupHeader, display: groupText },
      ...COUNTS.map((key): Column<SummaryRow> => ({ key, header: L[key], align: 'right' })),
    ],
    view: [
      { key: 'group', header: groupHeader, get: groupText, max: 48, wrap: true },
      ...COUNTS.map((key): Column<SummaryRow> => ({ key, header: L[key], align: 'right', tint: key === 'overdue' ? (r) => (r.overdue ? 'red' : null) : undefined })),
    ],
    footer: SAY[lang].summary(asOf),
    emphasise: (r) => r === last,
    highlight: (r) => r !== last && r.overdue > 0,
  }
}

function placeName(file: string, document: string | null | undefined): string {
  return document && isMachineName(file) ? document : file
}

export function agenciesReport(rows: AgencyRow[], asOf: string, opts: ViewOptions = {}): Report<AgencyRow> {
  const lang = opts.lang ?? 'vi'
  const L = LABELS[lang]
  return {
    records: rows,
    columns: [...['name', 'generic', 'forms', 'leads', 'coordinates', 'overdueLeads', 'overdueCoordinates'].map((k) => field<AgencyRow>(k, lang)), ...place<AgencyRow>(lang)],
    highlight: (r) => r.overdueLeads > 0,
    view: [
      { key: 'name', header: L.name, max: 48, wrap: true, tint: (r) => (r.generic ? 'dim' : 'cyan') },
      { key: 'leads', header: L.leads, align: 'right' },
      { key: 'coordinates', header: L.coordinates, align: 'right' },
      { key: 'overdueLeads', header: L.overdueLeads, align: 'right', tint: (r) => (r.overdueLeads ? 'red' : null) },
      { key: 'overdueCoordinates', header: L.overdueCoordinates, align: 'right', tint: (r) => (r.overdueCoordinates ? 'red' : null) },
      { ...where<AgencyRow>(L.where, (r) => opts.documentOf?.(r.file) ?? null), optional: true },
      { key: 'forms', header: L.forms, flex: true },
    ],
    footer: SAY[lang].bodies(rows.length, asOf),
  }
}
