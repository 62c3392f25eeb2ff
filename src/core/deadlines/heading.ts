// The year a heading or a table's header sets for the dates under it: "Nhiệm vụ năm 2025", "Thời gian hoàn thành năm 2026".
import { findDeadlines } from './find.js'

/**
 * The one calendar year every time phrase of a heading falls in ("NHIỆM VỤ TRỌNG TÂM NĂM 2026", "Quý I/2026"), else
 * null: no phrase, a span of years ("giai đoạn 2026-2030"), a bare limit ("đến năm 2030"), a relative one ("năm nay").
 */
export function yearOfHeading(text: string): number | null {
  let year: number | null = null
  for (const m of findDeadlines(text)) {
    if (m.kind === 'relative' || m.kind === 'recurring' || !m.start || !m.end) return null
    const y = Number(m.start.slice(0, 4))
    if (Number(m.end.slice(0, 4)) !== y || (year !== null && year !== y)) return null
    year = y
  }
  return year
}
