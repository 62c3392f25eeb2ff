// Stage 8, tasks: the year for dates written without one (the table's header, a heading, the title, the document's date).
import { yearOfHeading } from '../deadlines/index.js'
import type { Section } from '../contract/schema.js'
import type { Placed } from '../structure/sections.js'
import type { TableColumns } from '../read/tables.js'
import type { TaskContext } from './draft.js'

const TITLE_KIND = /^\s*(?:kế hoạch|chương trình(?: hành động)?|chỉ thị|kết luận|thông báo(?: kết luận)?|nghị quyết|quyết định|hướng dẫn|công văn|công điện)(?!\p{L})\s*/iu

export interface YearSource {
  year: number
  /** where it was read, for the note a deadline that takes it carries */
  from: string
}

/**
 * The year for the dates an item writes without one (the item's own years come first, in the deadline reader): its
 * table's header ("Thời gian hoàn thành năm 2026"), else the nearest heading above it that names one year ("Nhiệm vụ
 * năm 2025"), else the title's ("Kế hoạch cải cách hành chính năm 2026", signed in December 2025), else the document's date.
 */
export function contextYears(ctx: TaskContext): { title(text: string): void; at(p: Placed, table: YearSource | null): TaskContext } {
  const sections = new Map<string, Section>()
  const titleText: string[] = []
  let titleYear: TaskContext | null | undefined
  const own = new Map<string, YearSource | null>()
  const headingYear = (s: Section): YearSource | null => {
    if (!own.has(s.id)) {
      const y = yearOfHeading(s.title)
      own.set(s.id, y === null ? null : { year: y, from: `the heading "${short(s.title)}"` })
    }
    return own.get(s.id)!
  }
  const documentYear: TaskContext =
    ctx.year === undefined ? ctx : { ...ctx, yearFrom: ctx.today && ctx.today.startsWith(String(ctx.year)) ? `the document's date (${ctx.today})` : "the document's title or date line" }
  return {
    title(text) {
      titleText.push(text)
      titleYear = undefined
    },
    at(p, table) {
      let found = table
      for (let s = p.section, n = 0; !found && s && n < 20; s = s.parent === null ? null : (sections.get(s.parent) ?? null), n++) {
        sections.set(s.id, s)
        found = headingYear(s)
      }
      if (p.section) sections.set(p.section.id, p.section)
      if (found) return { ...ctx, year: found.year, yearFrom: found.from }
      if (titleYear === undefined) {
        // "KẾ HOẠCH / Cải cách hành chính năm 2026": without its kind word, which would make the year a programme's name
        const y = titleText.length ? yearOfHeading(titleText.join(' ').replace(TITLE_KIND, '')) : null
        titleYear = y === null ? null : { ...ctx, year: y, yearFrom: 'the title' }
      }
      return titleYear ?? documentYear
    },
  }
}

/** A task table's header may name the year of its deadline column ("Thời gian hoàn thành năm 2026") or of the whole table. */
export function headerYearOf(cells: string[], cols: TableColumns): YearSource | null {
  const cell = cols.deadline >= 0 ? cells[cols.deadline] : null
  const y = (cell ? yearOfHeading(cell) : null) ?? yearOfHeading(cells.join(' ; '))
  return y === null ? null : { year: y, from: "the table's header" }
}

export function short(s: string): string {
  return s.length > 60 ? s.slice(0, 57) + '…' : s
}
