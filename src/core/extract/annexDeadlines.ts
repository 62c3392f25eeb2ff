// Extraction: a deadline given to an annex. The article that sends work to an annex dates it for every row
// ("b) Trình cơ quan có thẩm quyền ban hành văn bản … theo Phụ lục II …, bảo đảm có hiệu lực trước ngày 01 tháng 3
// năm 2027"); the rows of that annex's tables, which carry no time of their own, are due when it says.
import type { Task } from '../contract/schema.js'
import type { Placed } from '../structure/sections.js'

/** "theo Phụ lục II", "tại Phụ lục số 2", "Phụ lục III kèm theo": the annex an item names. */
const NAMES_ANNEX = /(?<!\p{L})phụ lục\s+(?:số\s+)?([IVXLC]{1,6}|\d{1,2})(?![\p{L}\p{N}.])/giu
/** An annex's title alone on its line: "Phụ lục II", "PHỤ LỤC số 2", "Phụ lục I.3" (its key: the one number, if one). */
const ANNEX_TITLE = /^phụ lục(?:\s+(?:số\s+)?(?:([IVXLC]{1,6}|\d{1,2})|[IVXLC\d]{1,6}(?:\.\d{1,2})+))?\s*\.?$/iu

export function deadlinesByAnnex(tasks: Task[], placed: Placed[]): void {
  // an annex runs from its title to the next annex's title (a title may stand twice: in the list of annexes after
  // the signature, then over the annex itself, so every stretch it heads counts)
  const titles = placed.flatMap((p) => {
    const m = ANNEX_TITLE.exec(p.block.text.trim())
    return m ? [{ key: m[1] ? annexKey(m[1]) : null, line: p.block.segs[0]?.line ?? 0 }] : []
  })
  const annexes = new Map<string, Array<{ start: number; end: number }>>()
  titles.forEach((t, i) => {
    if (t.key) annexes.set(t.key, [...(annexes.get(t.key) ?? []), { start: t.line, end: titles[i + 1]?.line ?? Infinity }])
  })
  if (!annexes.size) return
  const given = new Set<string>()
  for (const t of tasks) {
    if (!t.deadline?.end) continue
    for (const m of t.text.matchAll(NAMES_ANNEX)) {
      const key = annexKey(m[1])
      const parts = annexes.get(key)
      const inside = (line: number) => !!parts?.some((p) => line >= p.start && line < p.end)
      // the first item that dates an annex dates it; an item inside the annex speaks of its own row only
      if (!parts || given.has(key) || inside(t.span.start.line)) continue
      given.add(key)
      const note = { code: 'annex-deadline', message: `due as the item at line ${t.span.start.line} dates ${m[0].trim()}` }
      for (const r of tasks) {
        if (r.source !== 'table-row' || r.deadline || r.recurrence || !inside(r.span.start.line)) continue
        r.deadline = { ...t.deadline, notes: [...(t.deadline.notes ?? []), note] }
      }
    }
  }
}

/** "II", "2" and "ii" name the same annex. */
function annexKey(n: string): string {
  if (/^\d+$/u.test(n)) return String(Number(n))
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 }
  const s = n.toUpperCase()
  let total = 0
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]]
    total += i + 1 < s.length && values[s[i + 1]] > v ? -v : v
  }
  return String(total)
}
