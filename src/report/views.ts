// The columns each query shows: full data columns for csv, a compact view (place, who, when, what) for table and md.
import type { AgencyRow } from '../query/agencies.js'
import type { OverdueRow, SummaryRow } from '../query/overdue.js'
import type { TaskRow } from '../query/rows.js'
import type { Column, Report } from './types.js'

// a long path gives way from the front, so the file name and line stay readable
const where = <R extends { file: string; line: number; column: number }>(): Column<R> => ({ key: 'where', get: (r) => `${r.file}:${r.line}:${r.column}`, tint: () => 'dim', max: 40, cut: 'start' })
const place = <R>(): Column<R>[] => [{ key: 'file' }, { key: 'line', align: 'right' }, { key: 'column', align: 'right' }]

export function tasksReport(rows: TaskRow[]): Report<TaskRow> {
  return {
    records: rows,
    columns: [...place<TaskRow>(), { key: 'id' }, { key: 'kind' }, { key: 'document' }, { key: 'lead' }, { key: 'coordinators' }, { key: 'deadline' }, { key: 'deadlineText' }, { key: 'recurrence' }, { key: 'text' }],
    view: [
      where<TaskRow>(),
      { key: 'lead', max: 32, tint: (r) => (r.lead.length ? 'cyan' : null) },
      { key: 'coordinators', max: 24 },
      { key: 'deadline', get: (r) => r.deadline ?? r.recurrence ?? '', tint: () => 'magenta' },
      { key: 'text', header: 'task', flex: true },
    ],
    footer: `${rows.length} task${rows.length === 1 ? '' : 's'}`,
  }
}

/** "overdue 31 d", "due today", "due in 5 d", "done late 3 d", "done on time", "no deadline". */
export function statusLabel(r: OverdueRow): string {
  switch (r.status) {
    case 'overdue':
      return `overdue ${r.daysOverdue} d`
    case 'not-yet-due':
      return r.daysLeft === 0 ? 'due today' : `due in ${r.daysLeft} d`
    case 'done-late':
      return `done late ${r.daysOverdue} d`
    case 'done-on-time':
      return 'done on time'
    default:
      return 'no deadline'
  }
}

export function overdueReport(rows: OverdueRow[], asOf: string): Report<OverdueRow> {
  const overdue = rows.filter((r) => r.status === 'overdue').length
  return {
    records: rows,
    columns: [...place<OverdueRow>(), { key: 'id' }, { key: 'status' }, { key: 'daysOverdue' }, { key: 'daysLeft' }, { key: 'deadline' }, { key: 'done' }, { key: 'note' }, { key: 'lead' }, { key: 'text' }],
    view: [
      where<OverdueRow>(),
      { key: 'status', get: statusLabel, tint: (r) => (r.status === 'overdue' ? 'red' : r.status === 'not-yet-due' ? 'yellow' : r.status.startsWith('done') ? 'green' : null) },
      { key: 'deadline', tint: () => 'magenta' },
      { key: 'lead', max: 32, tint: () => 'cyan' },
      { key: 'text', header: 'task', flex: true },
    ],
    footer: `${overdue} overdue as of ${asOf}, ${rows.length} listed`,
  }
}

const COUNTS: Array<[keyof SummaryRow, string]> = [
  ['total', 'tasks'],
  ['doneOnTime', 'done on time'],
  ['doneLate', 'done late'],
  ['notYetDue', 'not yet due'],
  ['overdue', 'overdue'],
  ['noDeadline', 'no deadline'],
]

export function summaryReport(rows: SummaryRow[], by: 'agency' | 'file', asOf: string): Report<SummaryRow> {
  const counts: Column<SummaryRow>[] = COUNTS.map(([key, header]) => ({ key, header, align: 'right' }))
  return {
    records: rows,
    columns: [{ key: 'group', header: by === 'agency' ? 'lead' : 'file' }, ...counts],
    view: [{ key: 'group', header: by === 'agency' ? 'lead' : 'file', max: 48 }, ...counts.map((c) => ({ ...c, tint: (r: SummaryRow) => (c.key === 'overdue' && r.overdue ? ('red' as const) : null) }))],
    footer: `as of ${asOf}; a task with several leads counts for each, the total counts it once`,
    emphasise: (r) => r === rows[rows.length - 1],
  }
}

export function agenciesReport(rows: AgencyRow[], asOf: string): Report<AgencyRow> {
  return {
    records: rows,
    columns: [{ key: 'name' }, { key: 'generic' }, { key: 'forms' }, { key: 'leads' }, { key: 'coordinates' }, { key: 'overdueLeads' }, { key: 'overdueCoordinates' }, ...place<AgencyRow>()],
    view: [
      { key: 'name', max: 48, tint: (r) => (r.generic ? 'dim' : 'cyan') },
      { key: 'leads', align: 'right' },
      { key: 'coordinates', header: 'coord.', align: 'right' },
      { key: 'overdueLeads', header: 'late lead', align: 'right', tint: (r) => (r.overdueLeads ? 'red' : null) },
      { key: 'overdueCoordinates', header: 'late coord.', align: 'right', tint: (r) => (r.overdueCoordinates ? 'red' : null) },
      where<AgencyRow>(),
      { key: 'forms', header: 'written as', flex: true },
    ],
    footer: `${rows.length} bodies; overdue as of ${asOf}`,
  }
}
