// Extraction: a paragraph that opens "Đồng thời" (or another word that goes on: "Cùng với đó", "Bên cạnh đó", "Ngoài
// ra", "Mặt khác") goes on with the subject of the one before it. "Sở Nội vụ tiếp tục rà soát …" / "Đồng thời, chủ trì
// xây dựng kế hoạch đào tạo …": the second is Sở Nội vụ's too, when it names no one who leads and follows the first
// task right after it (blank lines apart at most), in the same section.
import type { Task } from '../contract/schema.js'

/** "Đồng thời", "Cùng với đó,", "Bên cạnh đó,", "Ngoài ra,", "Mặt khác,", "Đặc biệt,": what follows goes on with the same subject. */
export const GOES_ON = /^(?:Đồng thời|(?:Cùng|Song song) với (?:đó|việc này)|Bên cạnh đó|Ngoài ra|Mặt khác|Đặc biệt(?: là)?)(?!\p{L})\s*,?\s*/u
/** The lines between two tasks hold nothing but blank space: the second starts right after the first, blank lines apart at most. */
function rightAfter(lines: readonly string[], endLine: number, startLine: number): boolean {
  if (startLine <= endLine) return false
  for (let l = endLine + 1; l < startLine; l++) if (lines[l - 1]?.trim()) return false
  return true
}

export function sameSubjectGoesOn(tasks: Task[], lines: readonly string[]): void {
  for (let i = 1; i < tasks.length; i++) {
    const t = tasks[i]
    const before = tasks[i - 1]
    if (t.lead.length || !before.lead.length || !GOES_ON.test(t.text) || t.section !== before.section) continue
    if (rightAfter(lines, before.span.end.line, t.span.start.line)) t.lead = before.lead.map((r) => ({ ...r }))
  }
}
