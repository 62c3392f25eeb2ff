// Extraction, last step: a task stated in the body and again as a row of the assignment table ("Phân công nhiệm vụ theo
// Phụ lục đính kèm") is one task. The row carries the assignment (lead, coordinators, deadline); the body item, which
// names none, takes it. A body item that says exactly what its row says is the same task: only the row is kept.
import type { Task } from '../contract/schema.js'
import { normKey } from '../contract/text.js'

/** Shorter texts are too generic to be the same task by their words alone ("Tổ chức thực hiện"). */
const MIN_KEY = 30
/** The part of the key the candidates are looked up by: body and row share their opening words. */
const PREFIX = 24
/** A text inside the other counts when it is at least this share of it (a row that adds a clause, a body item that adds a sentence). */
const MIN_SHARE = 0.6

/** A row's own task cell where its text reads on into the cells after it (a table flattened one cell a line, tasks.ts). */
export const ROW_CELL = new WeakMap<Task, string>()

export function shareRowAssignments(tasks: Task[]): Task[] {
  const rows = new Map<string, Array<{ task: Task; key: string }>>()
  for (const t of tasks) {
    if (t.source !== 'table-row' || !assigned(t)) continue
    const key = taskKey(ROW_CELL.get(t) ?? t.text)
    if (key.length < MIN_KEY) continue
    const list = rows.get(key.slice(0, PREFIX)) ?? []
    list.push({ task: t, key })
    rows.set(key.slice(0, PREFIX), list)
  }
  if (!rows.size) return tasks
  const dropped = new Set<Task>()
  for (const t of tasks) {
    if (t.source === 'table-row' || t.lead.length) continue
    const key = taskKey(t.text)
    if (key.length < MIN_KEY) continue
    const row = rows.get(key.slice(0, PREFIX))?.find((r) => sameTask(key, r.key))
    if (!row) continue
    if (row.key === key) dropped.add(t)
    else adopt(t, row.task)
  }
  return dropped.size ? tasks.filter((t) => !dropped.has(t)) : tasks
}

function assigned(t: Task): boolean {
  return t.lead.length > 0 || t.coordinators.length > 0
}

/** The words of a task without its label or bullet, as the contract compares them. */
export function taskKey(text: string): string {
  return normKey(text.replace(/^\s*(?:[-–+•*]|\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]|\(?[a-zđ][.)]|[IVXLC]{1,6}\.)\s+/iu, ''))
}

function sameTask(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.length >= MIN_SHARE * long.length && long.startsWith(short)
}

function adopt(t: Task, row: Task): void {
  t.lead = row.lead
  if (!t.coordinators.length) t.coordinators = row.coordinators
  if (!t.deadline && row.deadline) {
    t.deadline = row.deadline
    if (!t.recurrence) t.recurrence = row.recurrence
  }
}
