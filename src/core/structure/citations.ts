// Stage 5, metadata: the documents a text cites ("Nghị quyết số 18-NQ/TW ngày 25/10/2017"), each once, with its kind, number and date.
import type { Reference } from '../contract/schema.js'
import type { Placed } from './sections.js'
import { at } from '../read/segment.js'
import { kindOfWord } from './actKinds.js'
import { ymd } from './issuedOn.js'

const REFERENCE =
  /(Nghị quyết|Kết luận|Chỉ thị|Kế hoạch|Quyết định|Quy định|Hướng dẫn|Thông báo|Chương trình|Công văn|Nghị định|Thông tư)\s+(?:số\s+)?(\d{1,4}(?:\/\d{4})?[-/][A-ZĐ][A-ZĐa-zđ0-9&/-]*)(?:,?\s*ngày\s+(\d{1,2})\s*(?:[-/.]|\s*tháng\s*)(\d{1,2})\s*(?:[-/.]|\s*năm\s*)(\d{4}))?/gu

export function findReferences(placed: Placed[]): Reference[] {
  const out: Reference[] = []
  const seen = new Set<string>()
  for (const p of placed) {
    if (p.kind === 'closing') continue
    REFERENCE.lastIndex = 0
    for (const m of p.block.text.matchAll(REFERENCE)) {
      const key = m[2]
      if (seen.has(key)) continue
      seen.add(key)
      const kindWord = kindOfWord(m[1])
      out.push({
        kind: kindWord,
        number: m[2],
        date: m[3] ? ymd(+m[5], +m[4], +m[3]) : null,
        text: m[0],
        span: { start: at(p.block, m.index ?? 0), end: at(p.block, (m.index ?? 0) + m[0].length) },
      })
    }
  }
  return out
}
