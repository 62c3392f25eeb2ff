// Stage 8, tasks: whether a block's bodies act, a condition or frame comes before the clause that directs, or an item is listed content.
import { CONDITION_WORDS, DECIDES, MANDATE_ASIDE, isDirective, opensAsReport, opensWithAction, opensWithWork } from '../grammar/cues.js'
import { listEnd, mentionsIn, withoutHeadTitles } from '../grammar/mentions.js'
import type { Section } from '../contract/schema.js'
import type { Block } from '../read/segment.js'
import { warmAll } from '../contract/regex.js'

/** A lead-in that lists what a thing is made of or covers, or gives examples of it: "… bao gồm", "… gồm", "… đối với", "… như". */
export const INCLUDES = /(?<!\p{L})(?:(?:bao )?gồm|đối với|như)$/u
/** A heading that names where money comes from ("- Nguồn vốn trong nước:", "Nguồn vốn quốc tế"): its items are sources. */
const FUNDING_SOURCES = /^(?:các\s+)?nguồn\s+(?:vốn|kinh phí|tài chính|ngân sách)(?:\s+[^\s:;.,]+){0,4}\s*:?$/iu
/**
 * A lead-in that lists what is forbidden or punished: "Các hành vi vi phạm quy định về … thì bị xử phạt … như:",
 * "Nghiêm cấm các hành vi sau:". Its items are acts no one is to do, not tasks. (Not "Xử lý nghiêm các hành vi vi
 * phạm sau:", which opens with the action asked.)
 */
const LISTS_VIOLATIONS = /^(?:(?:các|những)\s+hành vi\s+(?:vi phạm|bị (?:nghiêm )?cấm)|nghiêm cấm\s+(?:các|những)\s+hành vi)[^]*?(?<!\p{L})(?:như|gồm|sau|sau đây|như sau|là)$/iu
/** A project, task or programme of a programme, by its number: "Dự án 1:", "Tiểu dự án 2", "Nhiệm vụ 3:". */
const PROJECT = /^(?:tiểu dự án|dự án|đề án|nhiệm vụ|chương trình)\s+(?:\d|[IVX]+\b)/iu

/**
 * The block opens with the bodies that act, then their action: "Bộ Quốc phòng, Bộ Công an huy động …", "Các Bộ, ngành,
 * các địa phương chủ động triển khai …" (collectives too: who acts is named, if in general).
 */
/**
 * A condition, then after one of its commas a clause that directs: "Trường hợp …, các đơn vị, trường học chủ động tạm
 * dừng …" (a subject of a few words, then the action), "Khi …, tổ chức cho học sinh học trong lớp" (the action), "Nếu …,
 * Sở X phải …" (a clause that directs).
 */
const CONDITION_OPENS = new RegExp(`^(?:${CONDITION_WORDS})(?!\\p{L})`, 'iu')
/**
 * A time or a frame before the clause that directs: "Từ thời điểm mốc xác định trở đi, số hoá đồng bộ …", "Hằng năm,
 * tiến hành rà soát …", "Theo điều kiện nguồn lực cho phép, số hoá …". (Not the law a provision restates, "Theo
 * quy định tại … Luật …, tổ chức, cá nhân …"; "Mỗi tỉnh ủy, thành ủy …" opens with its subject, no frame.)
 */
const FRAME_OPENS = /^(?:từ|trong|theo(?!\s+quy\s+định)|sau|trước|kể từ|căn cứ|hằng|hàng|tùy|tuỳ)(?!\p{L})[^,;:.]{1,80},/iu
const MATTER_LABEL = /^đối với\s[^:;.]{0,240}:/iu
/** A time before a colon, the label of when the rest is done: "Trước buổi bảo vệ 01 ngày:", "Sau khi có kết quả:". */
const TIME_LABEL = /^(?:trước|sau|trong (?:vòng|thời hạn)|chậm nhất|kể từ)(?!\p{L})[^,;:.]{1,80}:/iu
/**
 * A marked item, not opened by a body, under a lead-in that lists what a thing includes (and the item names no work,
 * no numbered project, no condition that directs) or what is forbidden: content, not a task.
 */
export function listedContent(b: Block, section: Section | null, text: string): boolean {
  if (!b.marker || !section || mentionsIn(b)[0]?.index === 0) return false
  if (LISTS_VIOLATIONS.test(section.title)) return true
  // ("- Nguồn vốn trong nước:" / "+ Vốn tín dụng (bao gồm tín dụng đầu tư phát triển …)": a source of money is no work)
  if (FUNDING_SOURCES.test(section.title) && !opensWithWork(text)) return true
  return INCLUDES.test(section.title) && !opensWithWork(text) && !PROJECT.test(text) && !conditionThenDirects(text)
}

/** A label, a colon and a figure with its unit and nothing else: "Xăng E5RON92: 0 đồng/lít;", "Số lượng: 5.000 cuốn." */
const VALUE_ROW = /^([^:;]{2,60}):\s*(?:(?:khoảng|không (?:cao|thấp) hơn|tối đa|tối thiểu|dưới|trên)\s+)?\d[\d.,]*\s*(?:[\p{L}%]+(?:\/\p{L}+)?)?\s*[;.]?$/u

/** A marked item, not opened by a body, that only gives a label's figure: a value, no work. */
export function valueRow(b: Block, text: string): boolean {
  if (!b.marker || mentionsIn(b)[0]?.index === 0) return false
  const m = VALUE_ROW.exec(text.trim())
  return !!m && !opensWithWork(m[1])
}

/**
 * A condition (CONDITION_OPENS) or a time or frame (FRAME_OPENS) before a comma, or a time before a colon (TIME_LABEL),
 * then the clause that directs.
 */
export function conditionThenDirects(text: string): boolean {
  // ("Trước buổi bảo vệ 01 ngày: Khoa chuẩn bị các điều kiện …": a time set apart by a colon, as a label of when)
  const when = TIME_LABEL.exec(text)
  if (when && directs(text.slice(when[0].length).trim())) return true
  if (!CONDITION_OPENS.test(text) && !FRAME_OPENS.test(text)) return false
  // ("Đối với hạng mục đầu tư …, thiết bị/mạng viễn thông: Do các doanh nghiệp đầu tư …": the matter, then a colon, labels
  // what is said of it, a provision; the matter as a frame ends at a comma: "Đối với các chi phí …, giao …")
  if (MATTER_LABEL.test(text)) return false
  for (let i = text.indexOf(','); i > 0 && i < 240; i = text.indexOf(',', i + 1)) if (directs(text.slice(i + 1).trim())) return true
  return false
}

/** What follows a frame directs: an action, or a subject of a few words and then one (not a report of what was done). */
function directs(rest: string): boolean {
  if (opensAsReport(rest)) return false
  if (isDirective(rest) || opensWithWork(rest)) return true
  // (the subject's words, up to six, may hold commas of their own: "các đơn vị, trường học")
  const words = [...rest.matchAll(/\S+/gu)].slice(1, 7)
  return words.some((w) => opensWithAction(rest.slice(w.index)))
}

/**
 * `answers`: the body may answer for the action first ("Sở Tài chính chịu trách nhiệm cập nhật …"). `framed`: a time or a
 * condition may come first ("Hằng năm, Trung tâm tổ chức …", "Trường hợp …, giám đốc Trung tâm tổ chức …"). The body
 * may decide on the action ("Giám đốc Trung tâm quyết định tổ chức chấm phúc tra …", "UBND xã quyết định địa điểm tặng
 * quà …"), and a step's label may come before it ("Bước 3: UBND xã …").
 */
export function subjectActs(b: Block, text: string, answers = false, framed = false): boolean {
  let ms = mentionsIn(b)
  if (!ms.length) return false
  const plain = withoutHeadTitles(text)
  // ("Trên cơ sở quy hoạch được duyệt, các địa phương triển khai ngay …": after the grounds the sentence opens with, the
  // bodies after its comma are its subject, whoever the grounds name)
  if (!/^\s*$/u.test(plain.slice(0, ms[0].index))) {
    const k = ms.findIndex((m) => {
      const before = plain.slice(0, m.index)
      const unlabelled = before.replace(STEP_LABEL, '')
      return GROUNDS_FIRST.test(unlabelled) || (framed && FRAME_FIRST.test(unlabelled)) || STEP_ONLY.test(before)
    })
    if (k < 0) return false
    ms = ms.slice(k)
  }
  let rest = plain.slice(listEnd(plain, ms)).replace(/^[\s,]+/u, '').replace(MANDATE_ASIDE, '')
  if (answers) rest = rest.replace(/^(?:chịu|có)\s+trách\s+nhiệm\s+/u, '')
  return opensWithAction(rest) || DECIDES.test(rest) || actsAfterWhere(rest)
}

/**
 * The body, a clause that says which one by where ("nơi có cơ sở giam giữ, giáo dưỡng", "nơi người đó cư trú"), then
 * its action: "Ủy ban nhân dân cấp xã nơi có cơ sở giam giữ, giáo dưỡng, cai nghiện thực hiện chi trả …".
 */
function actsAfterWhere(rest: string): boolean {
  if (!WHERE.test(rest)) return false
  const clause = rest.slice(0, 160).split(/[.;:]/u)[0]
  const words = [...clause.matchAll(/\s+(?=\S)/gu)].slice(1, 16)
  return words.some((w) => opensWithAction(rest.slice(w.index + w[0].length), false))
}
const WHERE = /^nơi\s+\p{L}/u

/** A time, a frame or a condition, up to the comma before the subject: "Hằng năm, ", "Trong 03 ngày làm việc kể từ …, ". */
const FRAME_FIRST = new RegExp(`^\\s*(?:${CONDITION_WORDS}|từ|trong|sau|trước|kể từ|hằng|hàng|định kỳ)(?!\\p{L})[^.;:]{0,200},\\s*$`, 'iu')

/** A procedure's step, labelled: "Bước 3: ". The body named after it acts in that step. */
export const STEP_LABEL = /^\s*bước\s+\d{1,2}\s*[:.]\s*/iu
const STEP_ONLY = /^\s*bước\s+\d{1,2}\s*[:.]\s*$/iu

/** The grounds a sentence opens with, up to the comma before its subject: "Trên cơ sở Chương trình thi đua của Bộ, ". */
const GROUNDS_FIRST = /^\s*(?:trên cơ sở|căn cứ(?:\s+vào)?|dựa trên|theo đó)(?:\s[^.;:]*)?,\s*$/iu

/**
 * subjectActs, for a body named (not a collective) in a sentence: not a list's line that names a company whose name the
 * lexicon cannot close ("- Công ty CP Xử lý chất thải xây dựng và Đầu tư phát triển môi trường Hà Nội.": a capitalised
 * word soon after the "action", or no stop at the end, says the name goes on).
 */
export function namedBodyActs(b: Block, text: string): boolean {
  const first = mentionsIn(b)[0]
  if (!first || first.generic || !subjectActs(b, text, false, true) || !/[.;:]$/u.test(text.trim())) return false
  return !/^\S+(?:\s+\S+){0,3}?\s+(?:và\s+)?\p{Lu}/u.test(text.slice(first.index + first.length).trim())
}

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(TIME_LABEL, CONDITION_OPENS, MATTER_LABEL, LISTS_VIOLATIONS, VALUE_ROW)
