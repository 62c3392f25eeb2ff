// Stage 4, sections: the bodies a text names, the lexicon's and units read by their shape, each placed in its block.
import { findAgencies, type AgencyMention } from '../agencies/index.js'
import { mergeUnits, unitMentions } from '../grammar/units.js'
import { withRegions } from '../grammar/mentions.js'
import type { Block } from '../read/segment.js'
import { at } from '../read/segment.js'
import type { AgencyRef } from '../contract/schema.js'
import { slug } from '../contract/text.js'

/** A text that opens with a body's name ("Chủ tịch Ủy ban nhân dân cấp tỉnh" with the head's title blanked). */
export function bodyFirst(text: string): boolean {
  const first = bodiesIn(text)[0]
  return !!first && !text.slice(0, first.index).trim()
}

/**
 * The bodies a text names: the lexicon's (a national body's regional or provincial branch with it, as mentionsIn reads
 * it: "Kho bạc Nhà nước khu vực XII"), and units the lexicon lacks read by their shape.
 */
export function bodiesIn(text: string): AgencyMention[] {
  return mergeUnits(withRegions(findAgencies(text), text), unitMentions(text, []))
}

/** A body named at `off + m.index` of a heading's text, as a named (not generic) reference with its place. */
export function refAt(b: Block, m: AgencyMention, off: number, generic = false): AgencyRef {
  return { id: slug(m.name), name: m.name, text: m.text, generic, span: { start: at(b, off + m.index), end: at(b, off + m.index + m.length) } }
}
