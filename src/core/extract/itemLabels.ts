// Stage 8, tasks: the number of the item a task opens ("2.1.", "a)", "(3)"), which the task's text quotes as the
// document writes it, in front of its words.
import type { Task } from '../contract/schema.js'
import type { Draft } from './draft.js'

/** Markers that number an item: "2.1.", "3)", "a)", "(1)", "II."; not a bullet, nor an article's "Điều 5.". */
const NUMBERED = new Set(['decimal', 'roman', 'arabic', 'paren', 'letter'])

/** Each task that opens a numbered item: the number as written, and the column it stands at. */
const ITEM_LABEL = new WeakMap<Task, { label: string; column: number }>()

/**
 * Notes the number of the item a task opens, when the number stands on the task's first line, right before it. Kept
 * aside, not yet in the text, while the later stages read the task's own words (see withItemLabels).
 */
export function itemLabel(d: Draft): void {
  const b = d.placed.block
  const m = b.marker
  if (!m?.label || !NUMBERED.has(m.type) || b.cells || d.task.source === 'table-row' || d.task.source === 'field') return
  const first = b.segs[0]
  const column = first.column - m.length
  if (column < 1 || d.task.span.start.line !== first.line || d.task.span.start.column !== first.column) return
  ITEM_LABEL.set(d.task, { label: m.label.replace(/[*_]+/gu, ''), column })
}

/**
 * The tasks' texts with the numbers of the items they open, and their spans from the number on: "2.1. Giao Ban Xây
 * dựng Đảng chủ trì …", as readers quote an item, with its number, to say which one they mean. The id stays the hash of
 * the words alone, so renumbering the items leaves it.
 */
export function withItemLabels(tasks: Task[]): void {
  for (const t of tasks) {
    const l = ITEM_LABEL.get(t)
    if (!l) continue
    t.text = `${l.label} ${t.text}`
    t.span = { start: { line: t.span.start.line, column: l.column }, end: t.span.end }
  }
}
