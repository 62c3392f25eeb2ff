// Extraction: a paragraph that opens "Đồng thời" goes on with the subject of the one before it. "Sở Nội vụ tiếp tục rà
// soát …" / "Đồng thời, chủ trì xây dựng kế hoạch đào tạo …": the second is Sở Nội vụ's too, when it names no one who
// leads and follows the first task right after it, in the same section.
import type { Task } from '../contract/schema.js'

/** "Đồng thời", "Đồng thời,": at the same time, the same subject. */
const AT_THE_SAME_TIME = /^Đồng thời(?!\p{L})/u
/** The most lines apart a task may start after the one before it ends: the next line, or the one after a blank. */
const NEXT_LINES = 2

export function sameSubjectGoesOn(tasks: Task[]): void {
  for (let i = 1; i < tasks.length; i++) {
    const t = tasks[i]
    const before = tasks[i - 1]
    if (t.lead.length || !before.lead.length || !AT_THE_SAME_TIME.test(t.text) || t.section !== before.section) continue
    const gap = t.span.start.line - before.span.end.line
    if (gap >= 1 && gap <= NEXT_LINES) t.lead = before.lead.map((r) => ({ ...r }))
  }
}
