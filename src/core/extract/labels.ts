// Stage 8, tasks: labels inside or under an item ("Cơ quan chủ trì: …", "Thời gian hoàn thành: …") that give a task its lead, partners or time.
import { findAgencies } from '../agencies/index.js'
import { withLostSpaces } from '../agencies/syllables.js'
import { assign } from '../grammar/assign.js'
import { readDeadline } from '../deadlines/index.js'
import { withoutHeadTitles } from '../grammar/mentions.js'
import type { Task } from '../contract/schema.js'
import type { Block } from '../read/segment.js'
import { warmAll } from '../contract/regex.js'
import type { TaskContext } from './draft.js'
import { dedupe, isListOf, mentionRef, refsOf } from './cells.js'
import { setDeadline } from './taskDeadlines.js'

const INLINE_LABEL = /(?:^|[;.,(]\s*)(?:(?:cơ quan|đơn vị)\s+(chủ trì|phối hợp|thực hiện)|(chủ trì|phối hợp))\s*:\s*([^;.)]+)|(?:^|[;.,(]\s*)thời (?:gian|hạn)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*([^;)]+?)(?=[;)]|\.\s|\.?$)/giu

/** "… Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Sở Tài chính; thời gian hoàn thành: quý II/2024." inside the item: labels win. */
export function inlineLabels(task: Task, text: string, b: Block, offset: number, ctx: TaskContext): void {
  for (const m of text.matchAll(INLINE_LABEL)) {
    const [, role, bareRole, who, when] = m
    if (who) {
      applyLabel(task, /phối hợp/iu.test(role ?? bareRole), who.trim(), b, offset + m.index! + m[0].indexOf(who))
    } else if (when) {
      const r = readDeadline(when.trim(), ctx)
      if (r.kind !== 'none') setDeadline(task, { ...r, index: m.index! + m[0].indexOf(when), length: when.length }, b, offset)
    }
  }
}

/**
 * A lead label may hold the whole assignment: "Phòng Giáo dục Trung học chủ trì, phối hợp với Tỉnh đoàn" — the bodies
 * before "phối hợp" lead, those after it coordinate.
 */
/** Where a lead label's value turns to the partners: ", phối hợp với …", "chủ trì, phối hợp …" (also "chủtrì", a PDF's lost space). */
const SPLIT_AT_PARTNERS = new RegExp(withLostSpaces(String.raw`,?\s*(?:chủ trì\s*,?\s*)?phối hợp(?:\s+với)?\s+`), 'iu')

export function applyLabel(task: Task, coordinating: boolean, value: string, b: Block, offset: number): void {
  if (coordinating) {
    task.coordinators = refsOf(value, b, offset)
    return
  }
  const split = SPLIT_AT_PARTNERS.exec(value)
  const leadPart = (split ? value.slice(0, split.index) : value).replace(/\s+chủ trì\s*$/iu, '')
  // "Cơ quan thực hiện: Sở X tiến hành rà soát …, trình UBND tỉnh": a sentence, not a list; its subject leads
  const refs = refsOf(leadPart, b, offset)
  const sentence = withoutHeadTitles(leadPart).replace(/[\s,;.:]+$/u, '')
  if (refs.length > 1 && !isListOf(sentence, findAgencies(sentence))) {
    const subject = assign(sentence, findAgencies(sentence)).lead.filter((m) => !m.generic)
    task.lead = subject.length ? dedupe(subject.map((m) => mentionRef(m, b, offset))) : refs
  } else task.lead = refs
  if (split) task.coordinators = refsOf(value.slice(split.index + split[0].length), b, offset + split.index + split[0].length)
}

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(INLINE_LABEL)
