// Bodies named in a block, found once per block and shared by the task and agency-index stages.
import { findAgencies, type AgencyMention } from './agencies/index.js'
import type { Block } from './segment.js'
import { mergeUnits, unitMentions } from './units.js'

const cache = new WeakMap<Block, AgencyMention[]>()

/**
 * The head of a body acting for it: "Bộ trưởng Bộ Công an chỉ đạo …", "Chủ tịch Ủy ban nhân dân tỉnh …". The title
 * is blanked (same length, so offsets hold) and the body after it is found; a deputy or a former head is a person.
 */
const HEAD_OF = /(?<!(?:Phó|phó|nguyên|Nguyên)\s)(?<!\p{L})(?:Bộ trưởng|Thủ trưởng|Trưởng|Chủ tịch|Giám đốc|Tổng Giám đốc|Thống đốc|Chánh án|Viện trưởng|Tổng Kiểm toán|Tổng cục trưởng|Cục trưởng)(?=\s+\p{Lu})/gu

export function withoutHeadTitles(text: string): string {
  return text.replace(HEAD_OF, (t) => ' '.repeat(t.length))
}

export function mentionsIn(block: Block): AgencyMention[] {
  let m = cache.get(block)
  if (!m) {
    const text = withoutHeadTitles(block.text)
    const found = findAgencies(text).map((x) => (text === block.text ? x : { ...x, text: block.text.slice(x.index, x.index + x.length) }))
    // units the lexicon does not know by name, by their shape; the lexicon's reading wins where both see something
    m = mergeUnits(found, unitMentions(block.text, found))
    cache.set(block, m)
  }
  return m
}

/** The mentions inside block.text[offset, offset + length), with indexes relative to that piece. */
export function mentionsBetween(block: Block, offset: number, length: number): AgencyMention[] {
  return mentionsIn(block)
    .filter((m) => m.index >= offset && m.index + m.length <= offset + length)
    .map((m) => ({ ...m, index: m.index - offset }))
}
