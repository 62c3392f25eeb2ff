// Where each task stands on a date, in the four categories of the state's task-tracking reports, and the per-body summary.
import type { Body } from './bodies.js'
import { daysBetween } from './dates.js'
import { agencyKey } from './names.js'
import type { TaskRow } from './rows.js'
import type { StatusEntry } from './status.js'

/** done on time (hoàn thành đúng hạn), done late (hoàn thành quá hạn), not yet due (chưa đến hạn), overdue (quá hạn); tasks with no deadline are counted apart. */
export const CATEGORIES = ['done-on-time', 'done-late', 'not-yet-due', 'overdue', 'no-deadline'] as const
export type Category = (typeof CATEGORIES)[number]

export const CATEGORY_VI: Record<Category, string> = {
  'done-on-time': 'hoàn thành đúng hạn',
  'done-late': 'hoàn thành quá hạn',
  'not-yet-due': 'chưa đến hạn',
  overdue: 'quá hạn',
  'no-deadline': 'không có thời hạn',
}

export interface OverdueRow extends TaskRow {
  status: Category
  /** overdue: days since the deadline as of the date; done late: days late; else 0 */
  daysOverdue: number
  /** not yet due: days left (0 = due that very day); else null */
  daysLeft: number | null
  /** the done date from the status file, when it is on or before the as-of date */
  done: string | null
  note: string
}

/** A deadline is inclusive: a task due on D is overdue from D+1. A done date after `asOf` is not yet known on `asOf`. */
export function classify(row: TaskRow, asOf: string, entry?: StatusEntry): OverdueRow {
  const done = entry?.done && entry.done <= asOf ? entry.done : null
  const base = { ...row, done, note: entry?.note ?? '', daysOverdue: 0, daysLeft: null }
  const end = row.deadline
  if (done) {
    if (end && done > end) return { ...base, status: 'done-late', daysOverdue: daysBetween(end, done) }
    return { ...base, status: 'done-on-time' }
  }
  if (!end) return { ...base, status: 'no-deadline' }
  if (end < asOf) return { ...base, status: 'overdue', daysOverdue: daysBetween(end, asOf) }
  return { ...base, status: 'not-yet-due', daysLeft: daysBetween(asOf, end) }
}

export function classifyAll(rows: TaskRow[], asOf: string, status?: Map<string, StatusEntry>): OverdueRow[] {
  return rows.map((r) => classify(r, asOf, status?.get(r.id)))
}

/** What `plan overdue` lists unless --all: the overdue tasks and those due that very day. */
export function isListed(r: OverdueRow): boolean {
  return r.status === 'overdue' || (r.status === 'not-yet-due' && r.daysLeft === 0)
}

export interface SummaryRow {
  /** the lead body (or the file) the row counts; "(no lead)" and "total" are rows too */
  group: string
  total: number
  doneOnTime: number
  doneLate: number
  notYetDue: number
  overdue: number
  noDeadline: number
}

export const NO_LEAD = '(no lead)'
export const TOTAL = 'total'

const FIELD: Record<Category, keyof Omit<SummaryRow, 'group' | 'total'>> = {
  'done-on-time': 'doneOnTime',
  'done-late': 'doneLate',
  'not-yet-due': 'notYetDue',
  overdue: 'overdue',
  'no-deadline': 'noDeadline',
}

/** The counts of summarize, gathered task by task; the rows are named and ordered at the end. */
export interface SummaryTally {
  add(row: OverdueRow): void
  /** `bodies` (bodiesOf the input) name the bodies' rows */
  rows(bodies?: Array<Pick<Body, 'key' | 'name'>>): SummaryRow[]
}

const empty = (group: string): SummaryRow => ({ group, total: 0, doneOnTime: 0, doneLate: 0, notYetDue: 0, overdue: 0, noDeadline: 0 })

export function summaryTally(by: 'agency' | 'file'): SummaryTally {
  // per group key: the counts, and the name of its first lead (used when the bodies do not name the key)
  const groups = new Map<string, { first: string; counts: SummaryRow }>()
  const total = empty(TOTAL)
  const count = (s: SummaryRow, r: OverdueRow) => {
    s.total++
    s[FIELD[r.status]]++
  }
  const add = (key: string, name: string, r: OverdueRow) => {
    let g = groups.get(key)
    if (!g) groups.set(key, (g = { first: name, counts: empty(name) }))
    count(g.counts, r)
  }
  return {
    add(r) {
      if (by === 'file') add(r.file, r.file, r)
      else {
        // each body once: a task naming it twice ("Ban Tổ chức Tỉnh ủy", "BTC Tỉnh uỷ") counts once for it
        const leads = new Map<string, string>()
        for (const n of r.lead) {
          const k = agencyKey(n)
          if (k && !leads.has(k)) leads.set(k, n)
        }
        if (!leads.size) add('', NO_LEAD, r)
        for (const [k, name] of leads) add(k, name, r)
      }
      count(total, r)
    },
    rows(bodies = []) {
      const names = by === 'agency' ? new Map(bodies.map((b) => [b.key, b.name])) : new Map<string, string>()
      const list = [...groups].map(([k, g]) => ({ ...g.counts, group: names.get(k) ?? g.first }))
      list.sort((a, b) => b.overdue - a.overdue || Number(a.group === NO_LEAD) - Number(b.group === NO_LEAD) || a.group.localeCompare(b.group, 'vi'))
      return [...list, { ...total }]
    },
  }
}

/**
 * Counts per lead body (a task with two leads counts for each) or per file, most overdue first, and a total that counts each task once.
 * Bodies are grouped by agencyKey, as `plan agencies` groups them, so two spellings of one body are one row; a row is named
 * as `bodies` (bodiesOf the input) names its key, else as its first lead.
 */
export function summarize(rows: OverdueRow[], by: 'agency' | 'file', bodies: Array<Pick<Body, 'key' | 'name'>> = []): SummaryRow[] {
  const tally = summaryTally(by)
  for (const r of rows) tally.add(r)
  return tally.rows(bodies)
}
