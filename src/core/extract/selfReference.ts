// Stage 8, tasks: the issuer named in its own text by its head noun ("Bộ sẽ …", "Văn phòng sẽ …") leads the task.
import type { AgencyRef } from '../contract/schema.js'
import { at, type Block } from '../read/segment.js'
import { warm, warmAll } from '../contract/regex.js'

/** The head nouns a body calls itself by in its own text ("Bộ sẽ …", "Văn phòng sẽ …", "Sở chủ trì …", "Trường định kỳ …"). */
const SELF_HEAD = /^(Văn phòng|Bộ|Sở|Ban|Cục|Tổng cục|Viện|Học viện|Trường|Đài|Ngân hàng)(?=\s)/u
/**
 * The head noun as a clause's subject, right before the verb: at the start or after a comma, perhaps after "lãnh đạo"
 * or after a time that opens the clause ("…, trong năm 2019 Bộ sẽ tổng kết", "Quý III/2025 Sở chủ trì …").
 */
const selfSubjects = new Map<string, RegExp>()
const SELF_SUBJECT = (head: string): RegExp => {
  let re = selfSubjects.get(head)
  if (!re) {
    re = warm(new RegExp(String.raw`(?:^|[,.;:]\s+)(?:(?:[Tt]rong\s+|[Đđ]ến\s+|[Tt]ừ\s+)?(?:năm|[Nn]ăm|quý|Quý|tháng|Tháng)\s+[\dIVX][\d/IVX.-]*\s+)?(?:[Ll]ãnh đạo\s+)?(${head})(?=\s+(?:sẽ|chủ trì|phối hợp|tiếp tục|có trách nhiệm|chịu trách nhiệm|tập trung|chỉ đạo|tham mưu|thực hiện|chủ động|định kỳ|thường xuyên|triển khai|hướng dẫn)(?!\p{L}))`, 'u'))
    selfSubjects.set(head, re)
  }
  return re
}

export function selfReference(text: string, issuer: AgencyRef, b: Block, offset: number): AgencyRef[] {
  const head = SELF_HEAD.exec(issuer.name)?.[1]
  // (a cheap test first: most texts never name the head noun at all)
  const m = head && text.includes(head) ? SELF_SUBJECT(head).exec(text) : null
  if (!m) return []
  const at0 = m.index + m[0].length - m[1].length
  return [{ id: issuer.id, name: issuer.name, text: m[1], generic: false, span: { start: at(b, offset + at0), end: at(b, offset + at0 + m[1].length) } }]
}

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(SELF_HEAD)
