// Bodies named in a block, found once per block and shared by the task and agency-index stages.
import { findAgencies, type AgencyMention } from './agencies/index.js'
import type { Block } from './segment.js'

const cache = new WeakMap<Block, AgencyMention[]>()

export function mentionsIn(block: Block): AgencyMention[] {
  let m = cache.get(block)
  if (!m) {
    m = findAgencies(block.text)
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
