// Stage 4, sections: the frames of the open headings, and the role, leads and partners they pass down to the items under them.
import { assign } from '../grammar/assign.js'
import type { Block } from '../read/segment.js'
import type { AgencyRef, Section, SectionRole } from '../contract/schema.js'
import { slug } from '../contract/text.js'
import { bodiesIn, refAt } from './bodies.js'

export interface Frame {
  style: string
  section: Section
  md: number
  leads: AgencyRef[]
  partners: AgencyRef[]
  /** the heading names bodies only in general ("p) Các Đoàn đại biểu Quốc hội"): the items under it have no named lead */
  others?: boolean
  /** the heading asks its bodies to direct others: see Placed.asked */
  asked?: boolean
  /** a markdown heading under which the document it quotes started its own numbering again: see restartsUnder */
  restarted?: boolean
}

export function inheritedRole(stack: Frame[]): SectionRole {
  return stack.length ? stack[stack.length - 1].section.role : 'other'
}

const LEADS_WITH = /(?<!\p{L})chủ trì,?\s+(?:và\s+)?phối hợp(?!\p{L})/iu
/** "… phối hợp (chặt chẽ) với Y:": who the items are done with, whoever leads them. */
const WORKS_WITH = /(?<!\p{L})phối hợp(?:\s+chặt chẽ)?\s+(?:với|cùng)\s/iu
/** "chỉ đạo" before such a "phối hợp": those directed are the ones who work with the partners. */
const DIRECTING = /(?<!\p{L})chỉ đạo(?!\p{L})/iu

/**
 * "2. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, …:": the bodies a heading or a lead-in
 * that names the lead has it work with, which every item under it that names no partner of its own works with too.
 */
export function partnersOf(b: Block, leads: AgencyRef[]): AgencyRef[] {
  const leadsWith = leads.length > 0 && LEADS_WITH.test(b.text)
  const works = leadsWith ? null : WORKS_WITH.exec(b.text)
  // ("Chỉ đạo các ngân hàng … phối hợp với Sở Y tế …, cụ thể như sau:": those directed work with them, not every item)
  if (!leadsWith && (!works || DIRECTING.test(b.text.slice(0, works.index)))) return []
  const a = assign(b.text, bodiesIn(b.text))
  // (a lead-in that names only partners passes on the named ones: "Phối hợp với các đơn vị liên quan:" says nothing new)
  return a.coordinators.filter((m) => !leads.some((l) => l.id === slug(m.name)) && (leadsWith || !m.generic)).map((m) => refAt(b, m, 0, !!m.generic))
}

/** The nearest frame that names bodies, whose leads (and partners) the items under it take; none past a heading that names bodies only in general. */
/** The nearest frame that names who acts: by name (its leads) or only in general (others). */
function namingFrame(stack: Frame[]): Frame | null {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].leads.length || stack[i].others) return stack[i]
  return null
}

export function leadFrame(stack: Frame[]): Frame | null {
  const f = namingFrame(stack)
  return f?.leads.length ? f : null
}

/** The nearest frame that names who acts names them only in general: see Placed.others. */
export function othersAbove(stack: Frame[]): boolean {
  const f = namingFrame(stack)
  return !!f && !f.leads.length
}

export function inheritedLeads(stack: Frame[]): AgencyRef[] {
  return leadFrame(stack)?.leads ?? []
}

/** The partners of the nearest frame that names leads or partners ("(1) Phối hợp chặt chẽ với Y:" under "2. Sở X"). */
export function inheritedPartners(stack: Frame[]): AgencyRef[] {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i].leads.length || stack[i].partners.length) return stack[i].partners
    if (stack[i].others) return []
  }
  return []
}
