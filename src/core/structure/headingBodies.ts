// Stage 4, sections: the bodies a heading names as the leads of the items under it, or names only in general.
import { canonicalAgency, findAgencies } from '../agencies/index.js'
import { assign, SPEAKERS } from '../grammar/assign.js'
import { withoutHeadTitles, withoutMentions, withRegions } from '../grammar/mentions.js'
import { DELEGATES, DUTY_END } from './roles.js'
import type { Block } from '../read/segment.js'
import { at, endOf } from '../read/segment.js'
import type { AgencyRef } from '../contract/schema.js'
import { slug, withoutMarks } from '../contract/text.js'
import { warmAll } from '../contract/regex.js'
import { bodiesIn, refAt } from './bodies.js'
import { STANDS_FOR, subjectOf } from './leadIns.js'

/** A body's own programme of work: "chương trình giám sát của Hội đồng nhân dân tỉnh năm 2018", "chương trình công tác của …". */
const PROGRAMME_OF = /(?<!\p{L})[Cc]hương trình\s+(?:công tác|giám sát|hoạt động|làm việc|kiểm tra(?:,? giám sát)?)(?:\s+(?:năm|nhiệm kỳ)\s+[\d-]+)?\s+của\s+([^,.;:()]{3,80}?)(?=\s+(?:năm|giai đoạn|nhiệm kỳ|khóa|khoá|quý|tháng|như|theo)(?!\p{L})|\s*[,.;:(]|\s*$)/u

/** "… do Sở Y tế thực hiện:": the heading names who carries out the items under it. */
const DOER = /(?<!\p{L})do\s+(.+?)\s+(?:thực hiện|chủ trì|đảm nhiệm|triển khai)\s*:?\s*$/u
const UNIT_NAME = /^(?:Phòng|Vụ|Cục|Chi cục|Trung tâm|Trường|Viện|Văn phòng|Ban|Sở|Đài|Báo|Hội)\s+\p{Lu}[\p{L}\s&-]{2,60}$/u
/** A duty given to whom follows: "Trách nhiệm của …", also "Nhiệm vụ và quyền hạn của …", "Chức năng, nhiệm vụ của …". */
const DUTY_OF = String.raw`(?:(?:chức năng|quyền hạn)(?:,| và)\s+)?(?:trách nhiệm|nhiệm vụ)(?:(?:,| và)\s+(?:quyền hạn|trách nhiệm|nhiệm vụ|quyền lợi))?(?:\s+(?:chủ yếu|trọng tâm|cụ thể|chính))?\s+của`
const HEADING_LEAD_IN = new RegExp(String.raw`^(?:đối với|${DUTY_OF}|giao|đề nghị)\s*:?\s+`, 'iu')
/**
 * The duty's words as a scan writes them, some of their marks lost ("Trách nhiệm va quyền han của Chủ tịch …"), read
 * with every mark taken away (its words only: "giao" so read would be "Giáo dục" too).
 */
const SCANNED_LEAD_IN = new RegExp(String.raw`^${withoutMarks(DUTY_OF)}\s*:?\s+`, 'iu')
/** A heading's title without its lead-in. */
function withoutLeadIn(title: string): string {
  const m = HEADING_LEAD_IN.exec(title) ?? SCANNED_LEAD_IN.exec(withoutMarks(title))
  return m ? title.slice(m[0].length) : title
}

/** "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo", "Sở Nội vụ (cơ quan thường trực)": the body's role, not a body. */
const ROLE_APPOSITIVE = /\s*(?:[-–]\s*|\(\s*)(?:là\s+)?(?:cơ quan|đơn vị)\s+(?:thường trực|chủ trì|đầu mối|tham mưu|giúp việc)(?![\p{L}])[^()]*\)?\s*$/iu

/** "Các cơ quan tham mưu quản lý ngành (gồm các Sở: Xây dựng, Công Thương)": the bodies the bracket lists. */
const LISTED = /\((?:bao\s+)?gồm\s*:?\s*([^()]+)\)/iu
/** "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế …):": a heading's closing bracket, which may
 * name the bodies a collective before it stands for. */
const BRACKET_AT_END = /\(([^()]+)\)[\s:.]*$/u

/**
 * The bodies a heading names: "Ban Tổ chức Tỉnh ủy:", "Đối với Sở Y tế", or a list "Bộ Công an, Bộ Quốc phòng:" when
 * nothing but bodies and separators is left.
 */
/** "giao" after the subject that assigns, then the body assigned, to the heading's end ("bàn giao", "được giao" are no such). */
const MID_ASSIGN = /(?<![\p{L}])(?<!(?:bàn|chuyển|được|đã|vừa|phân|cấp|tiếp nhận)\s)giao\s+(?=\p{Lu})[^.;:]*$/u

/** What follows a body that heads the items as their lead: "chủ trì" ("chủ trì, phối hợp với …"), or "chỉ đạo" (group 1). */
const LEADS_NEXT = /^\s*(?:chủ trì|(chỉ đạo))(?!\p{L})/u

export function headingBodies(b: Block, title: string, label = false): AgencyRef[] {
  // "Về … do PVN thực hiện:": the body named as the doer
  const doer = DOER.exec(title) ?? DELEGATES.exec(title)
  if (doer) {
    const ms = bodiesIn(doer[1]).filter((m) => !m.generic)
    const off = doer.index + doer[0].indexOf(doer[1])
    if (ms.length) return ms.map((m) => refAt(b, m, off))
  }
  // "Điều 1. Thông qua chương trình giám sát của Hội đồng nhân dân tỉnh năm 2018 … như sau:": the items are the
  // programme's, its owner's work
  const programme = PROGRAMME_OF.exec(title)
  if (programme) {
    const m = bodiesIn(programme[1])[0]
    if (m && !m.generic && m.index === 0) return [refAt(b, m, programme.index + programme[0].indexOf(programme[1]))]
  }
  // "2. Bộ trưởng Bộ Công Thương", "Lãnh đạo Ban Tuyên giáo": the head of a body stands for the body
  // "Vụ Tổ chức cán bộ: Tham mưu Lãnh đạo Bộ:": the body, then a lead-in of its own
  const colon = /^([^:]{3,120}?):\s+\S/u.exec(title)
  if (colon) {
    const own = headingBodies(b, colon[1], true)
    if (own.length) return own
  }
  const listed = LISTED.exec(title)
  if (listed) {
    const off = listed.index + listed[0].indexOf(listed[1])
    const ms = findAgencies(listed[1]).filter((m) => !m.generic)
    const before = findAgencies(title.slice(0, listed.index)).filter((m) => !m.generic)
    if (ms.length && !before.length) return ms.map((m) => refAt(b, m, off))
  }
  // without "gồm", the bracket enumerates the collective when it holds bodies only, each named ("Các cơ quan đăng ký
  // đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên, …):"); a bracket that qualifies ("(nếu có)", "(Văn phòng
  // thường trực)") or a named body before it leaves the heading as it is
  const bracket = BRACKET_AT_END.exec(title)
  if (bracket) {
    const ms = bodiesIn(bracket[1])
    const head = title.slice(0, bracket.index)
    const before = bodiesIn(head)
    if (ms.length && ms.every((m) => !m.generic) && before.every((m) => m.generic) && /^[\s,;.]*$/u.test(withoutMentions(bracket[1], ms).replace(/(?<!\p{L})và(?!\p{L})/gu, ''))) {
      const off = bracket.index + 1
      return ms.map((m) => refAt(b, m, off))
    }
  }
  // (not a standing body the lexicon knows as one: "1. Thường trực Hội đồng nhân dân tỉnh:", "Thường trực Tỉnh ủy")
  const headed = withoutHeadTitles(withoutLeadIn(title))
  const standing = /^\s*Thường trực\s/u.test(headed) && findAgencies(headed).some((m) => m.index === headed.search(/\S/u) && !m.generic && m.name.startsWith('Thường trực'))
  const front = (standing ? headed : headed.replace(/^\s*(?:Lãnh đạo|Tập thể lãnh đạo|Thường trực)\s+(?=\p{Lu})/u, '')).trimStart()
  // (where the bare name begins in the heading: what is cut from its end does not move it)
  const bareAt = title.length - front.length
  const undutied = front.replace(DUTY_END, '')
  const bare = undutied.replace(ROLE_APPOSITIVE, '').trimEnd()
  const written = bare.replace(/[\s:;.,]+$/u, '')
  // (the heading, or the name before the duty it is given: "Sở Nội vụ có trách nhiệm:")
  const span = undutied === front ? { start: at(b, 0), end: endOf(b) } : { start: at(b, bareAt), end: at(b, bareAt + written.length) }
  // "1. Nhiệm vụ của Hội đồng": the short name the document gave a body it sets up, or an abbreviation it defines
  // (the short name read from a scan with its head's marks lost, "Uy ban Quốc gia", by the name it reads as)
  const one = canonicalAgency(bare)
  const defined = b.defs?.get(written) ?? (one && !one.generic ? b.defs?.get(one.name) : undefined)
  if (defined) return [{ id: slug(defined), name: defined, text: written, generic: false, span }]
  if (one) return one.generic ? [] : [{ id: slug(one.name), name: one.name, text: written, generic: false, span }]
  const ms = bodiesIn(bare)
  // "Giao BCS đảng UBND tỉnh lãnh đạo UBND tỉnh:": the heading assigns; its lead leads the items under it
  // (also its last sentence: "Điều 1. Chính phủ cơ bản thống nhất dự án Luật … Giao Bộ Công an chủ trì, … bảo đảm một
  // số yêu cầu sau:")
  const lastAt = title.search(/(?<=[.;:]\s+)(?:giao|đề nghị|yêu cầu)(?:\s+cho)?\s[^.;:]*$/iu)
  // (or its subject assigns, mid-sentence, over what follows: "…, Bộ Chính trị, Ban Bí thư giao Đảng ủy Chính phủ lãnh
  // đạo, chỉ đạo một số nội dung sau:")
  const midAt = lastAt < 0 && /:\s*$/u.test(b.text) ? title.search(MID_ASSIGN) : -1
  const assigning = /^(giao|đề nghị|yêu cầu)(\s+cho)?\s/iu.test(title) ? 0 : lastAt >= 0 ? lastAt : midAt
  // (a capital tells those who act for a body from the verb: "Giao BCS đảng UBND tỉnh lãnh đạo UBND tỉnh:")
  // (read with the heading's colon: "Đề nghị UBND tỉnh chỉ đạo Công an tỉnh:" tells the body directed what comes)
  const said = b.text.trimEnd().slice(Math.max(assigning, 0)).replace(STANDS_FOR, (t) => (/^\p{Lu}/u.test(t) ? ' '.repeat(t.length) : t))
  const assigned = assigning >= 0 ? assign(said, withRegions(findAgencies(said), said)).lead.filter((m) => !m.generic) : []
  if (assigned.length) return assigned.map((m) => refAt(b, m, assigning))
  // "### 1. Phòng Giáo dục Trung học": a heading that is only a unit's name, though the lexicon does not know it
  if (!ms.length && UNIT_NAME.test(bare)) return [{ id: slug(written), name: written, text: written, generic: false, span }]
  // "### 1. Phòng Giáo dục Trung học": a heading that is only a unit's name, though the lexicon does not know it
  if (ms.length === 1 && !ms[0].generic && ms[0].index === 0 && /^[\s:.,;]*$/u.test(bare.slice(ms[0].length))) {
    // (named as the text defined it when it reads as a short name the text gave: "Uy ban Quốc gia" from a scan)
    const name = b.defs?.get(ms[0].name) ?? ms[0].name
    return [{ id: slug(name), name, text: ms[0].text, generic: false, span }]
  }
  // (the words before a colon inside the heading are a label only when they name the body: "… thống nhất với một số
  // giải pháp mà Ủy ban nhân dân tỉnh, thủ trưởng các sở, ngành: Nông nghiệp …; … đề nghị Ủy ban nhân dân tỉnh … sau:" is
  // a sentence, whose subject is read from its end)
  const leadIn = !label && /:\s*$/u.test(b.text)
  // "7.1. Sở Tài chính chủ trì, phối hợp các sở, ban, ngành" (no colon): a heading whose subject is a body that leads,
  // over the items that say what it does
  const first = ms[0]
  // ("5.2. Bộ Chỉ huy quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng": a body that directs its own force answers for
  // the items; not one that speaks and decides, as Ban Thường vụ Tỉnh ủy)
  const next = first && first.index === 0 && !first.generic ? LEADS_NEXT.exec(bare.slice(first.length)) : null
  if (!label && next && (next[1] === undefined || !SPEAKERS.test(first.name))) return [refAt(b, first, bareAt)]
  if (ms.length < 2) return leadIn ? subjectOf(b, title) : []
  if (!/^[\s,;:.và]*$/u.test(withoutMentions(bare, ms).replace(/(?<!\p{L})và(?!\p{L})/gu, ''))) return leadIn ? subjectOf(b, title) : []
  const off = bareAt
  return ms.filter((m) => !m.generic).map((m) => refAt(b, m, off))
}

/**
 * A heading that names bodies only in general: a collective ("Các sở, ban, ngành", "UBND các xã") or a plural of a
 * named kind ("Các Đoàn đại biểu Quốc hội"). Its items are theirs, not those of a body named further up.
 */
export function namesOthers(title: string): boolean {
  const bare = withoutLeadIn(title).trim()
  if (canonicalAgency(bare)?.generic === true || /^[Cc]ác\s+\p{Lu}\p{Ll}/u.test(bare)) return true
  // (a collective narrowed to those where something holds: "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc
  // trung ương nơi có trồng sầu riêng")
  const narrowed = NARROWED.exec(bare)
  return !!narrowed && canonicalAgency(withoutHeadTitles(bare.slice(0, narrowed.index)).trim())?.generic === true
}
/** Where a collective's name turns to the clause that narrows it: "… nơi có …", "… có …", "… đang …". */
const NARROWED = /\s+(?:nơi|có|đang)\s+\p{Ll}[^,;:]*$/u

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(UNIT_NAME, DOER, ROLE_APPOSITIVE, LISTED, BRACKET_AT_END, LEADS_NEXT)
