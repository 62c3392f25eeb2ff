// Stage 4, sections: the bodies a lead-in names: its subject, those it asks or directs, those a list names over a subjectless one.
import type { AgencyMention } from '../agencies/index.js'
import { provinceByFold } from '../agencies/data.js'
import { ASK_BEFORE, assign, SPEAKERS } from '../grammar/assign.js'
import { withDefinedIn, withoutHeadTitles, withoutMentions } from '../grammar/mentions.js'
import { opensWithWork } from '../grammar/cues.js'
import type { Block } from '../read/segment.js'
import { at } from '../read/segment.js'
import type { AgencyRef } from '../contract/schema.js'
import { slug } from '../contract/text.js'
import { warmAll } from '../contract/regex.js'
import { bodiesIn, refAt } from './bodies.js'

/**
 * Those who act for a body in a heading or a lead-in ("Lãnh đạo Ban X", "Đề nghị Thường trực Tỉnh ủy …:"): the body is
 * the lead. Not inside a body's own name ("Cơ quan Thường trực …", "Văn phòng Thường trực …", "Tổ đảng ở Thường trực …").
 */
export const STANDS_FOR = /(?<![\p{L}])(?<!(?:[Cc]ơ quan|Văn phòng|Ban|ở)\s)(?:Lãnh đạo|lãnh đạo|Tập thể lãnh đạo|Thường trực)(?=\s+\p{Lu})/gu

/** A lead-in that gives the speaker's views, and asks no one: "…, Bộ có ý kiến như sau:", "… xin có ý kiến góp ý như sau:". */
// (a request before it asks someone: "… đề nghị Sở X …, có ý kiến như sau:"; not a body named for traffic, "Sở Giao thông")
const GIVES_VIEWS = /^(?:(?!(?<!\p{L})(?:đề nghị|yêu cầu|giao(?! thông))\s)[^.:])*(?<!\p{L})có ý kiến(?:\s+(?:trao đổi|góp ý|phúc đáp|tham gia))?\s+(?:như sau|sau đây|cụ thể như sau)\s*:?\s*$/iu

/** The work given to the body named next: "Giao ", "giao cho ". */
const GIVEN = /(?:^|\s)giao(?:\s+cho)?\s*$/iu

/** "X có trách nhiệm:", "X xác định các nhiệm vụ trọng tâm sau:", "Lãnh đạo Ban X chỉ đạo:": the named subject of the lead-in's last sentence. */
export function subjectOf(b: Block, text: string): AgencyRef[] {
  const last = text.split(/(?<=[.;])\s+(?=\p{Lu})/u).pop() ?? text
  const off = text.length - last.length
  // ("Cục … nhận được Công văn số 88/SKHCN-QLKH …; sau khi xem xét, Cục có ý kiến như sau:": who gives its views on the
  // matters below, which name their own actors)
  if (GIVES_VIEWS.test(last)) return []
  const plain = withoutHeadTitles(last).replace(STANDS_FOR, (t) => ' '.repeat(t.length))
  // (a unit the lexicon does not know is read by the grammar of unit names: "Cục Biến đổi khí hậu có trách nhiệm:"; a
  // name the document shortens is its body: "… đề nghị Công ty thực hiện … sau:" in a letter to one company)
  const ms = withDefinedIn(bodiesIn(plain), plain, b.defs)
  const toRef = (m: AgencyMention): AgencyRef => ({ id: slug(m.name), name: m.name, text: last.slice(m.index, m.index + m.length), generic: false, span: { start: at(b, off + m.index), end: at(b, off + m.index + m.length) } })
  const asked = askedOf(plain, ms)
  if (asked.length) return asked.map(toRef)
  const lead = assign(plain, ms).lead
  // "… của cả nước, tỉnh Đắk Lắk cần tiếp tục thực hiện …:": a province that acts is its People's Committee
  if (!lead.length) return provinceActs(b, plain, off)
  // "… yêu cầu các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể …": a list that opens with collectives means
  // everyone, not the one body named in it; "Văn phòng Tỉnh ủy và các ban đảng …" is led by the body it opens with
  if (lead[0].generic) return []
  // "Chủ tịch UBND tỉnh thống nhất …, yêu cầu …:": the one who speaks and decides, not the one who acts
  const leadEnd = lead[lead.length - 1].index + lead[lead.length - 1].length
  const after = plain.slice(leadEnd)
  // ("Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:": a body that directs another of its own answers for the items)
  const directs = /^[\s,]*chỉ đạo\s+(?=\p{Lu})/u.exec(after)
  const below = directs ? ms.filter((m) => m.index >= leadEnd + directs[0].length && !m.generic) : []
  const speaks = !below.length || lead.some((m) => SPEAKERS.test(m.name))
  // ("Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:" speaks too; not a body asked to direct: "Bộ Nội vụ
  // đề nghị đồng chí Giám đốc Sở Nội vụ chỉ đạo triển khai một số nhiệm vụ sau:" is the department's work)
  // (nor one given the work: "Giao UBND xã chỉ đạo phòng chuyên môn tiếp thu …; trong đó lưu ý:")
  const isAsked = ASK_BEFORE.test(plain.slice(0, lead[0].index)) || GIVEN.test(plain.slice(0, lead[0].index))
  if (speaks && !isAsked && /^[\s,]*(?:đã\s+)?(?:trân trọng\s+|kính\s+)?(?:có ý kiến|thống nhất|quyết định|yêu cầu|đề nghị|chỉ thị|giao|kết luận|thông báo|chỉ đạo|quyết nghị)(?!\p{L})/iu.test(after)) return []
  return lead
    .filter((m) => !m.generic)
    .map(toRef)
}

/**
 * "Để kịp thời tháo gỡ khó khăn, Ủy ban nhân dân tỉnh Lào Cai trân trọng đề nghị Bộ Xây dựng:": a named body asks, and the
 * bodies named right after the asking verb, closing the lead-in, do the items.
 */
function askedOf(plain: string, ms: AgencyMention[]): AgencyMention[] {
  for (let k = 0; k < ms.length; k++) {
    const speaker = ms[k]
    if (speaker.generic) continue
    const asks = /^[\s,]*(?:trân trọng\s+|kính\s+)?(?:đề nghị|yêu cầu)\s+(?=\p{Lu})/u.exec(plain.slice(speaker.index + speaker.length))
    if (!asks) continue
    let from = speaker.index + speaker.length + asks[0].length
    const asked: AgencyMention[] = []
    for (const m of ms.slice(k + 1)) {
      if (m.generic || !/^[\s,;]*(?:và\s+)?$/u.test(plain.slice(from, m.index))) break
      asked.push(m)
      from = m.index + m.length
    }
    return asked.length && /^[\s.:]*$/u.test(plain.slice(from)) ? asked : []
  }
  return []
}

/** "tỉnh Đắk Lắk cần …", "Thành phố Hải Phòng tiếp tục …": a province or city as the subject of what it must do. */
const PROVINCE_SUBJECT = /(?:^|[,;:]\s*)([Tt]ỉnh|[Tt]hành phố)\s+((?:\p{Lu}\p{Ll}*\s){1,4}?)(?:\(mới\)\s*)?(?:cần|phải|tiếp tục|khẩn trương|tập trung|chủ động)(?!\p{L})/u

function provinceActs(b: Block, plain: string, off: number): AgencyRef[] {
  const m = PROVINCE_SUBJECT.exec(plain)
  const name = m ? provinceByFold(m[2].trim()) : null
  if (!m || !name) return []
  const index = m.index + m[0].indexOf(m[1])
  const length = m[1].length + 1 + m[2].trim().length
  return [refAt(b, { name: `Ủy ban nhân dân ${m[1].toLowerCase()} ${name}`, text: plain.slice(index, index + length), index, length, generic: false }, off)]
}


/** A request that a body direct others: "… đề nghị Ủy ban nhân dân tỉnh quan tâm chỉ đạo thực hiện một số công việc sau:". */
export const ASKS_TO_DIRECT = /(?:đề nghị|yêu cầu)\s[^.;:]{0,80}?chỉ đạo(?!\p{L})/iu
/** A heading that opens by directing a body: "Chỉ đạo Sở Nông nghiệp và PTNT:". */
export const DIRECTS = /^(?:chỉ đạo)\s+\p{Lu}/iu

export function directedOf(b: Block): AgencyRef[] {
  return assign(b.text, bodiesIn(b.text)).directed.map((m) => refAt(b, m, 0))
}

/** The text right after a body named in it opens with an action, perhaps after a modal: "… khẩn trương rà soát …", "… cần tập trung …". */
export function actsAfter(text: string, m: AgencyRef): boolean {
  const at = text.lastIndexOf(m.text)
  return at >= 0 && opensWithWork(text.slice(at + m.text.length).replace(/^[\s,]*(?:cần|phải|sẽ)\s+/u, ''))
}

/** The body answers to another for a field of work right after its name: "Sở X chịu trách nhiệm trước UBND tỉnh …". */
export function answersFor(text: string, m: AgencyRef): boolean {
  const at = text.lastIndexOf(m.text)
  return at >= 0 && /^\s*chịu trách nhiệm trước\s/u.test(text.slice(at + m.text.length))
}

/** The outline style of such a lead-in, led by the bodies listed above it. */
export const LISTED_DUTY = 'listed-duty'

/** A lead-in whose subject is left out: "Có trách nhiệm:", "Chịu trách nhiệm:", "Có nhiệm vụ:". */
export const SUBJECTLESS_DUTY = /^(?:có|chịu)\s+(?:trách nhiệm|nhiệm vụ)(?:\s+(?:sau|như sau|chủ yếu|cụ thể))?$/iu

/** The bodies the last items of a run of bullets name, each item only a name: those right above the lead-in. */
export function listedBodies(run: Block[]): AgencyRef[] {
  const out: AgencyRef[][] = []
  for (let i = run.length - 1; i >= 0; i--) {
    const names = onlyBodies(run[i])
    if (!names.length) break
    out.unshift(names)
  }
  return out.flat()
}

/** "- Sở Công Thương (đối với tài sản kết cấu hạ tầng cụm công nghiệp);": an item that only names bodies. */
function onlyBodies(b: Block): AgencyRef[] {
  const text = b.text.replace(/\([^()]*\)/gu, (t) => ' '.repeat(t.length))
  const ms = bodiesIn(text).filter((m) => !m.generic)
  if (!ms.length || ms[0].index > 0) return []
  return /^[\s,;:.]*$/u.test(withoutMentions(text, ms).replace(/(?<!\p{L})và(?!\p{L})/gu, '')) ? ms.map((m) => refAt(b, m, 0)) : []
}

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(PROVINCE_SUBJECT)
