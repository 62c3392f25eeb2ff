// Who leads, who coordinates, who is reported to: read from the grammar of assignment around each body named in a task.
import type { AgencyMention } from '../agencies/index.js'
import { warmAll } from '../contract/regex.js'
import { withLostSpaces } from '../agencies/syllables.js'
import { CONDITION_WORDS, DECIDES, opensWithAction, opensWithWork } from './cues.js'

export interface Assignment {
  lead: AgencyMention[]
  /** "Chỉ đạo Sở X: …" opening the text: the body directed, who leads when the items were asked of a body to direct. */
  directed: AgencyMention[]
  coordinators: AgencyMention[]
  reportsTo: AgencyMention[]
}

interface Chain {
  members: AgencyMention[]
  start: number
  end: number
}

const GAP = /^[\s,;]*(?:(?:và|cùng|hoặc)\s+)?[\s,]*$/u
// ("Phối hợp và tạo điều kiện để Bộ Công Thương, Bộ Xây dựng triển khai …": those it works with and helps)
// ("phối hợp với cơ quan chức năng của Bộ Nông nghiệp và Môi trường": the ministry, through its units; so "phối hợp chặt
// chẽ lực lượng Công an thành phố", through its forces)
// ("Sở Tư pháp kết hợp với Công an tỉnh và Sở Y tế …", "phối kết hợp với …": "kết hợp" is "phối hợp" when a body follows)
const COORD_BEFORE = /(?:(?:phối hợp|(?:phối )?kết hợp)(?: chặt chẽ)?(?:(?:,| và) (?:tạo điều kiện|hỗ trợ)(?: để| cho)?)?(?: với)?(?:\s+(?:các\s+)?cơ quan\s+(?:chức năng|chuyên môn)\s+(?:của|thuộc)|\s+(?:các\s+)?lực lượng)?|cùng(?: với)?|tham gia(?: với)?|(?:với )?sự (?:phối hợp|tham gia) của|^với|[-+:]\s*với)\s*$/iu
/** "… gửi X … để phối hợp với": a purpose after what is sent, whose subject is the one it is sent to. */
const RECIPIENT_PURPOSE = /(?:^|\s)(?:gửi|gửi về|nộp)\s+\p{Lu}[^.;:]{0,120}?\sđể\s+phối hợp(?:\s+với)?\s*$/u
const ASSIGN_BEFORE = /(?:^|[\s(])giao(?: cho)?(?: đồng chí)?\s*$/iu
/** A matter the text answers, before the colon that opens the answer: "Về đề nghị …:", "Đối với kiến nghị …:". */
const MATTER = /^[\s*_]*(?:về|đối với)\s[^:]{0,500}:/iu
/** "(các nhiệm vụ) do Thủ tướng Chính phủ giao cho": the giver of work a relative clause tells of. */
const GIVEN_BY = /(?:^|\s)do\s+[^,.;:]{1,40}?\s+giao\s+cho\s*$/iu
/**
 * "Đề nghị Ban cán sự đảng UBND tỉnh lãnh đạo …", "Yêu cầu Sở Y tế …" opening the item: the body asked acts; so do the
 * bodies encouraged ("Khuyến khích Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh xây dựng kế hoạch …").
 */
const ASK_AT_START = /^[\s\W]*(?:đề nghị|yêu cầu|khuyến khích)\s*$/iu
/**
 * "đồng chí … đề nghị Ban cán sự đảng UBND tỉnh lãnh đạo …": the body asked, followed by what it is to do, acts (its head
 * asked by name as well: "Bộ Nội vụ đề nghị đồng chí Giám đốc Sở Nội vụ chỉ đạo …").
 */
export const ASK_BEFORE = /(?:^|\s)(?:đề nghị|yêu cầu)(?:\s+đồng chí)?\s*$/iu
/** "Chỉ đạo Sở X: …", "Đề nghị UBND tỉnh chỉ đạo Công an tỉnh …": the body directed to do the work. */
const DIRECT_BEFORE = /(?:^|\s)chỉ đạo(?:\s+cho)?\s*$/iu
/** The authorities a document speaks for: when they "chỉ đạo" another body, they are not the ones who act. */
export const SPEAKERS = /^(?:Chính phủ|Thủ tướng|Ủy ban nhân dân|Ban Thường vụ|Thường trực|Tỉnh ủy|Thành ủy|Bộ Chính trị|Ban Bí thư|Ban Chấp hành)/u
const REPORT_BEFORE = /(?:trình|báo cáo(?: với| lên)?|tham mưu(?: cho| với)?|gửi(?: về| cho)?|đề xuất(?: với)?|xin ý kiến|giúp|qua|kiến nghị(?: với)?)\s*$/iu
/** In a table's cell, only a word that sends the work on, as a word of its own: "… được trình X", "Y trình X", "báo cáo X". */
export const RECIPIENT_BEFORE = /(?:^|[\s;,(])(?:trình|báo cáo|gửi)\s*$/iu
// (a space after a marked letter may be lost: "Văn phòng Đảng uỷchủtrì, phối hợp …"; a scan may lose the last word's
// mark, "Vụ TVQT chủ tri, …", or read its first one's hook as an i, "Ban QLRR chi trì, …": no other words are spelt so)
const LEAD_AFTER = new RegExp(withLostSpaces(String.raw`^[\s,]*(?:(?:sẽ|trực tiếp|có trách nhiệm|chịu trách nhiệm|là cơ quan)\s+)*(?:chủ tr(?:ì|i(?!\p{L}))|chi trì)`), 'iu')
const COORD_AFTER = new RegExp(withLostSpaces(String.raw`^[\s,]*(?:cùng\s+)?phối hợp(?!\s*(?:chặt chẽ\s+)?với)(?!\p{L})`), 'iu')
const GENITIVE_AFTER = /^[\s,]*(?:của|về|tại|trong|ở|theo(?! dõi| chức năng| thẩm quyền| nhiệm vụ| lĩnh vực| phạm vi)|thuộc|với|khóa|khoá|nhiệm kỳ|lần|đối với|cho|và các đồng chí)(?![\p{L}\p{N}])/iu
const VERB_SOON = new RegExp(
  withLostSpaces(
    String.raw`^[^.;:]{0,60}?(?:^|\s)(?:sẽ|chủ trì|phối hợp|tham mưu|trực tiếp|có trách nhiệm|chịu trách nhiệm|tiếp tục|tập trung|đang|chỉ đạo|hướng dẫn|xây dựng|tổ chức(?!\s+(?:chính trị|xã hội|đảng|đoàn thể|thành viên|quốc tế|phi chính phủ|tín dụng|kinh tế))|thực hiện|nghiên cứu|kịp thời|cần|phải|chuẩn bị|tiến hành|rà soát|kiểm tra|phân công|lãnh đạo|triển khai|báo cáo|đề xuất|chọn|quán triệt|thường xuyên|chủ động|nắm bắt|theo dõi|tổng hợp|vận động|tuyên truyền|giám sát|đôn đốc|khẩn trương|tăng cường|đẩy mạnh|nâng cao|bảo đảm|phấn đấu|hoàn thành|ban hành|sửa đổi|xem xét|giải quyết|xác định|đề ra)(?=\s|$|,)`,
  ),
  'iu',
)

/** Between a collective and the body whose units it names: "các cơ quan của Quốc hội". */
const OWNED_BY = /^\s+(?:của|thuộc)\s+$/u
const PLURAL = /^(?:các|những)\s/iu
/** A collective's last words that name whose units they are: "các đơn vị trực thuộc", "các sở thuộc". */
const UNDER = /(?<!\p{L})(?:trực\s+)?thuộc$/u
/** Between a named unit and the body it belongs to: "Phòng Khoáng sản thuộc Sở …", "Trung tâm X trực thuộc Sở …". */
const PART_OF = /^\s+(?:trực\s+)?thuộc\s+$/u

function chains(mentions: AgencyMention[], text: string): Chain[] {
  const out: Chain[] = []
  for (const m of mentions) {
    const last = out[out.length - 1]
    const lastMember = last?.members[last.members.length - 1]
    // ("các chi, đảng bộ trực thuộc Đảng uỷ xã", "các đơn vị trực thuộc Bộ Tài chính": a collective whose modifier says
    // whose units they are, the owner named right after, is one name with it, as "các cơ quan của Quốc hội" is below)
    if (last && lastMember!.generic && PLURAL.test(lastMember!.text) && UNDER.test(lastMember!.text) && !m.generic && /^\s+$/u.test(text.slice(last.end, m.index))) {
      last.end = m.index + m.length
      continue
    }
    if (last && GAP.test(text.slice(last.end, m.index))) {
      last.members.push(m)
      last.end = m.index + m.length
    }
    // ("phối hợp với các cơ quan của Quốc hội, Đoàn Đại biểu Quốc hội tỉnh …": a plural collective of a body's units is
    // one name with that body, no list of two, and the list goes on after it; "cơ quan chức năng của Bộ X", one body's
    // functional agencies, still names Bộ X)
    else if (last && PLURAL.test(last.members[last.members.length - 1].text) && last.members[last.members.length - 1].generic && !m.generic && OWNED_BY.test(text.slice(last.end, m.index))) last.end = m.index + m.length
    // ("Văn phòng Đăng ký đất đai thuộc Sở Nông nghiệp và Môi trường có trách nhiệm …": a named unit, then the body it
    // belongs to, is that unit)
    else if (last && !last.members[last.members.length - 1].generic && !m.generic && PART_OF.test(text.slice(last.end, m.index))) last.end = m.index + m.length
    else out.push({ members: [m], start: m.index, end: m.index + m.length })
  }
  return out
}

/** Reads lead, coordinators and recipients of one task text; an empty lead means "inherit the heading's body". */
export function assign(text: string, mentions: AgencyMention[]): Assignment {
  // ("1. Về đề nghị các bộ, ngành quan tâm sớm rà soát …: Ủy ban nhân dân thành phố Đà Nẵng cần tiếp tục rà soát …": the
  // matter answered names those who asked; the body after the colon acts)
  const matter = MATTER.exec(text)
  if (matter && mentions.some((m) => m.index >= matter[0].length && !m.generic && /^[\s*_]*$/u.test(text.slice(matter[0].length, m.index)))) {
    mentions = mentions.filter((m) => m.index >= matter[0].length)
  }
  const lead: AgencyMention[][] = [[], [], []] // by strength: "X chủ trì", "giao X", subject
  const coordinators: AgencyMention[] = []
  const reportsTo: AgencyMention[] = []
  const director: AgencyMention[] = []
  const opening: AgencyMention[] = []
  for (const c of chains(mentions, text)) {
    const before = text.slice(Math.max(0, c.start - 40), c.start)
    const after = text.slice(c.end, c.end + 120)
    if (COORD_BEFORE.test(before)) {
      // ("các Bộ, ngành, địa phương phối hợp với Bộ Kế hoạch và Đầu tư chủ trì, nghiên cứu …": the one worked with, named
      // before "chủ trì", leads)
      if (LEAD_AFTER.test(after) && /(?:^|\s)với\s*$/iu.test(before)) {
        lead[0].push(...c.members)
        continue
      }
      // ("… gửi Sở Tư pháp trước ngày 25/11/2025 để phối hợp với Sở Nội vụ tham mưu …": the partners of the recipient's
      // own work, in the purpose it is sent for, are none of the task's)
      if (!RECIPIENT_PURPOSE.test(text.slice(Math.max(0, c.start - 160), c.start))) coordinators.push(...c.members)
      continue
    }
    // "… báo cáo cấp thẩm quyền (UBND thành phố, Bộ … và các Bộ, cơ quan trung ương chủ trì dự án …)": bodies in brackets
    // after a report's verb say who is reported to, whatever they do in the brackets
    if (inReportBrackets(text, c.start)) {
      reportsTo.push(...c.members)
      continue
    }
    // "Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, chủ trì …": those whose proposal it is neither lead nor
    // coordinate, though "chủ trì" follows them
    // ("Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, Bộ Tài chính khẩn trương …": a named body after the comma that
    // ends the proposers' collective is the subject, read below)
    if (PROPOSED_BY.test(before)) {
      const own = ownMembers(c, before, text)
      if (own === c.members || own.every((m) => m.generic)) continue
    }
    // "Sở Nội vụ chủ trì, Sở Tư pháp và Văn phòng phối hợp thực hiện": after the body that leads, those who "phối hợp"
    // with no partner named after it are its partners (not "Sở Y tế phối hợp với Sở Tư pháp …", whose subject leads)
    if (lead[0].length && COORD_AFTER.test(after)) {
      coordinators.push(...c.members)
      continue
    }
    if (LEAD_AFTER.test(after)) {
      // "Giao Quân ủy Trung ương căn cứ Kết luận số 126-KL/TW của Bộ Chính trị, Ban Bí thư chủ trì, …": the act's
      // authors, in the genitive of a citation inside a clause that gives the work, do not lead; the body given it does
      // (nor the body whose guidance the grounds name: "Giao Ban Xây dựng Đảng, Ủy ban Kiểm tra Đảng ủy căn cứ chức năng,
      // nhiệm vụ và các văn bản chỉ đạo, hướng dẫn của Tỉnh ủy chủ trì, …")
      if ((CITED_BY.test(before) && ASSIGNED_EARLIER.test(text.slice(0, c.start))) || (/(?:^|\s)của\s*$/u.test(before) && GROUNDS_AFTER_GIVEN.test(text.slice(0, c.start)))) continue
      // "Chủ trì xây dựng hệ thống học liệu … trên nền tảng Bình dân học vụ số do Bộ Công an chủ trì": an item that opens
      // with its own "Chủ trì" is led by the body above it; "do X chủ trì" only says who runs the thing named
      if (/(?:^|\s)do\s*$/iu.test(before) && /^[\s\W]*chủ trì(?!\p{L})/iu.test(text)) continue
      lead[0].push(...ownMembers(c, before, text))
      continue
    }
    const directed = directedBy(text, c, before, after, mentions)
    if (directed) {
      ;(directed.length ? lead[1] : opening).push(...c.members.filter((m) => !m.generic))
      director.push(...directed)
      continue
    }
    // ("… phân bổ kinh phí thực hiện các nhiệm vụ do Thủ tướng Chính phủ giao cho các bộ, …": work someone gave them,
    // told in a relative clause, is no work the text gives)
    if (GIVEN_BY.test(before)) continue
    // "Đối với Ban Xây dựng Đảng, tham mưu Ban Thường vụ …": the body the sentence opens on, set apart by a comma before
    // its work, does that work
    if (TOPIC_OPENS.test(text.slice(0, c.start)) && c.members.some((m) => !m.generic) && /^\s*,/u.test(after) && actsAtOnce(after.replace(/^\s*,/u, ''))) {
      lead[1].push(...c.members)
      continue
    }
    if (ASSIGN_BEFORE.test(before) || ASK_AT_START.test(text.slice(0, c.start)) || (ASK_BEFORE.test(before) && (asked(before, after) || required(before, c))) || (ANNOUNCES_AFTER.test(after) && REQUEST_TO.test(before))) {
      lead[1].push(...c.members)
      continue
    }
    if (REPORT_BEFORE.test(before)) {
      reportsTo.push(...c.members)
      continue
    }
    // "Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, Bộ Tài chính khẩn trương …": a named body after the comma that
    // ends a genitive's collective stands where a subject stands (not one of a list of names: "của Bộ Chính trị, Ban Bí
    // thư đã chỉ ra" names both whose word it was)
    const own = ownMembers(c, before, text)
    // ("Căn cứ chủ trương của Bộ Chính trị, Đảng ủy Chính phủ khẩn trương chỉ đạo …": so does one after the comma that
    // ends the grounds the text opens with, whoever they name)
    const split = own !== c.members && /(?:^|\s)của\s*$/u.test(before) && own.every((m) => !m.generic) && (c.members.slice(0, c.members.length - own.length).every((m) => m.generic) || (inOpeningGrounds(text, c.start) && actsAtOnce(after)))
    const sub = split ? { members: own, start: own[0].index, end: c.end } : c
    if (isSubject(text, sub, split ? text.slice(Math.max(0, sub.start - 40), sub.start) : before, after)) lead[2].push(...own)
  }
  // (a body named as the text opens outranks a collective asked at a stronger level: "Bộ Dân tộc và Tôn giáo chịu trách
  // nhiệm hướng dẫn … . Yêu cầu các Bộ, cơ quan đổi mới …" is the ministry's)
  // (only when the collective is asked in a later sentence: "UBND tỉnh yêu cầu các sở …" is the province asking)
  // "Đề nghị UBND tỉnh chỉ đạo Bộ Chỉ huy Quân sự tỉnh phối hợp …": the authority that directs hands the work on
  if (director.length) for (const l of lead) l.splice(0, l.length, ...l.filter((m) => !director.includes(m)))
  const first = lead.find((l) => l.length) ?? []
  const opens = (m: AgencyMention) => !m.generic && /^[\s"“(]*$/u.test(text.slice(0, m.index))
  const opener = first.length && first.every((m) => m.generic) ? lead.find((l) => l.some(opens)) : undefined
  const later = opener && first.every((m) => /[.!?]\s+\p{Lu}/u.test(text.slice(0, m.index)))
  const chosen = later ? opener : first
  // "X giao Y chủ trì": X assigns, it does not lead
  return { lead: chosen, directed: opening, coordinators, reportsTo }
}

/**
 * "… sự chỉ đạo của Bộ Chính trị, Ban Tổ chức Trung ương sẽ chủ trì": when the chain opens inside a genitive or
 * prepositional phrase, the comma ends that phrase; only the bodies after the last comma are the subject.
 */
function ownMembers(c: Chain, before: string, text: string): AgencyMention[] {
  if (!GOVERNED_BEFORE.test(before)) return c.members
  for (let i = c.members.length - 1; i > 0; i--) {
    const prev = c.members[i - 1]
    if (/,/.test(text.slice(prev.index + prev.length, c.members[i].index))) return c.members.slice(i)
  }
  return c.members
}

/** "… Kết luận số 126-KL/TW của ": the genitive of a cited act. */
const CITED_BY = /\d[\p{L}\d/.-]*\s+(?:ngày\s+[\d/.-]+\s+)?của\s*$/u
/** "Giao X căn cứ …" earlier in the same clause: the grounds of the work given, which a genitive in them is part of. */
const GROUNDS_AFTER_GIVEN = /(?:^|[.;:]\s*|\s)[Gg]iao(?: cho)?\s+[^.;:]*?\s(?:căn cứ|trên cơ sở)\s[^.;:]*$/u
/** "Giao X …" earlier in the same sentence. */
const ASSIGNED_EARLIER = /(?:^|[.;:]\s*|\s)[Gg]iao(?: cho)?\s+[^.;:]*$/u

/** "trên cơ sở đề xuất của", "theo đề nghị của": the bodies after it made the proposal the text acts on. */
const PROPOSED_BY = /(?:^|\s)(?:trên cơ sở|theo|căn cứ(?: vào)?)\s+(?:đề xuất|đề nghị|kiến nghị)\s+của\s*$/iu

/** The grounds a text opens with, still running at `at`: "Căn cứ chủ trương của ", "Trên cơ sở ý kiến của ". */
const GROUNDS_OPEN = /^[\s\W]*(?:căn cứ|trên cơ sở)\s/iu
/** A verb of the lexicon within a few words, with no "đã" between: "khẩn trương chỉ đạo", not "đã chỉ ra, các bộ tập trung". */
const ACTS_AT_ONCE = /^(?![\s,]*đã(?!\p{L}))[^.;:,]{0,25}?(?:^|\s)(?:sẽ|chủ trì|tham mưu|chỉ đạo|hướng dẫn|xây dựng|tổ chức|thực hiện|nghiên cứu|rà soát|kiểm tra|triển khai|báo cáo|đề xuất|tổng hợp|ban hành|sửa đổi|xem xét|giải quyết|phối hợp|có trách nhiệm|chịu trách nhiệm)(?=\s|$|,)/iu
/** ACTS_AT_ONCE, or a verb of the lexicon right after the subject ("… , Bộ Xây dựng làm việc với …", "… khẩn trương rà soát …"). */
const actsAtOnce = (after: string) => ACTS_AT_ONCE.test(after) || opensWithWork(after.replace(/^[\s,]+/u, ''))
const inOpeningGrounds = (text: string, at: number) => GROUNDS_OPEN.test(text) && !/[,;:.()]/u.test(text.slice(0, at))

/** A sentence that opens on what it is about: "Đối với …". */
const TOPIC_OPENS = /^[\s*_(+-]*đối với\s+$/iu

const GOVERNED_BEFORE = /(?:^|\s)(?:của|về|theo|tại|trong|với|cho|đối với|sau khi|khi)\s*$/iu

/** "X theo chức năng, nhiệm vụ được giao theo dõi …": an aside between the subject and its verb. */
const ASIDE = /^[\s,]*(?:theo|căn cứ|trong phạm vi)\s+(?:chức năng|nhiệm vụ|phạm vi)[^.;]{0,60}?(?:được giao|của mình|thẩm quyền)\s*,?/iu

/**
 * "Bộ Tư pháp đề nghị Liên đoàn Luật sư Việt Nam căn cứ chức năng, nhiệm vụ của mình … có văn bản hướng dẫn": the body
 * asked acts, past an aside; not in "theo đề nghị Sở X", "hồ sơ đề nghị Chủ tịch UBND tỉnh tặng …" (a proposal).
 */
function asked(before: string, after: string): boolean {
  if (/(?:theo|trên cơ sở|căn cứ|hồ sơ|tờ trình|văn bản|được)\s+(?:đề nghị|yêu cầu)(?:\s+đồng chí)?\s*$/iu.test(before)) return false
  const rest = after.replace(ASIDE, ' ')
  return VERB_SOON.test(rest) || /^[\s,]*(?:căn cứ|quan tâm|có văn bản|sớm|nghiên cứu)(?!\p{L})/iu.test(after)
}

/** "của Đồng chí Tổng Bí thư Tô Lâm, ": a genitive whose list of capitalised names goes on into the chain. */
const GENITIVE_LIST = /(?<!\p{L})của\s+(?:[Đđ]ồng chí\s+)?(?:\p{Lu}\p{Ll}*\s+)*\p{Lu}\p{Ll}*\s*,\s*$/u

/**
 * "… có yêu cầu sau đây đối với Bộ Nông nghiệp và Môi trường như sau:", "… có ý kiến chỉ đạo đối với Sở X như sau:": the
 * body the requests that follow are addressed to carries them out (only in a lead-in that announces them).
 */
const REQUEST_TO = /(?:^|\s)(?:có\s+)?(?:yêu cầu|đề nghị|ý kiến chỉ đạo|chỉ đạo)(?:\s+(?:sau đây|sau|như sau|cụ thể))?\s+đối với\s*$/iu
const ANNOUNCES_AFTER = /^[\s,]*(?:(?:như sau|sau đây|cụ thể(?: như sau)?)\s*)?:\s*$/u

/**
 * "… , yêu cầu Bộ Y tế, Ban Quản lý dự án, các nhà thầu … tiếp tục …": a named body required to act acts, however long
 * the list of those required with it ("yêu cầu các tổ chức, cá nhân không sử dụng …" names no one who acts).
 */
function required(before: string, c: Chain): boolean {
  return /(?:^|\s)yêu cầu\s*$/iu.test(before) && !/(?:theo|trên cơ sở|căn cứ|được)\s+yêu cầu\s*$/iu.test(before) && c.members.some((m) => !m.generic)
}

/**
 * A named body after "chỉ đạo" that is told what to do ("Chỉ đạo Sở Tài nguyên và Môi trường: Thường xuyên …", "… đề
 * nghị UBND tỉnh chỉ đạo Công an tỉnh nghiên cứu …") does the work, when no one directs it or the one who does is an
 * authority the document speaks for (a ministry directing a unit of its own still answers for it: "Bộ Tài chính chỉ
 * đạo Kho bạc Nhà nước …" is left to the ministry). Returns the directing bodies (none when the item opens with the
 * verb), or null when the chain is not so directed.
 */
function directedBy(text: string, c: Chain, before: string, after: string, mentions: AgencyMention[]): AgencyMention[] | null {
  if (!DIRECT_BEFORE.test(before) || !c.members.some((m) => !m.generic)) return null
  if (!/^\s*:/u.test(after) && !VERB_SOON.test(after.replace(ASIDE, ' '))) return null
  const verbAt = text.slice(0, c.start).search(/chỉ đạo(?:\s+cho)?\s*$/iu)
  const head = text.slice(0, verbAt)
  // the item opens with the verb: "Chỉ đạo …", "- Quan tâm chỉ đạo …"
  if (OPENS_WITH_VERB.test(head)) return []
  // the director is the chain right before the verb ("UBND tỉnh (quan tâm) chỉ đạo …"), the subject of its clause or the
  // body asked ("Đề nghị UBND tỉnh chỉ đạo …"; not "… tiếp thu ý kiến Bộ Chính trị, chỉ đạo Bộ Nội vụ …")
  const by = mentions.filter((m) => m.index + m.length <= verbAt && RIGHT_BEFORE_VERB.test(text.slice(m.index + m.length, verbAt)))
  if (!by.length || !by.every((m) => SPEAKERS.test(m.name))) return null
  return CLAUSE_OPEN.test(text.slice(0, by[0].index)) ? by : null
}

/** The words that may stand before "chỉ đạo" and do not change who directs: "quan tâm chỉ đạo", "tiếp tục chỉ đạo". */
const URGING = String.raw`(?:(?:tiếp tục|quan tâm|tăng cường|khẩn trương)\s+)?`
const OPENS_WITH_VERB = new RegExp(String.raw`^[\s\W]*${URGING}$`, 'iu')
/** An item that opens with "chỉ đạo" and lists what it directs up to the chain: "Chỉ đạo hệ thống Thương vụ, ". */
const DIRECTED_LIST = new RegExp(String.raw`^[\s\W]*${URGING}chỉ đạo\s+([^.;:]{1,80}),\s*$`, 'iu')
const RIGHT_BEFORE_VERB = new RegExp(String.raw`^[\s,]*${URGING}$`, 'iu')

/**
 * A clause's opening, perhaps with the verb that asks its subject: "", "…; ", "Hội đồng nhân dân tỉnh đề nghị ". (Not
 * "giao": "Giao Ban Thường vụ Thị ủy chỉ đạo UBND thị xã rà soát …" gives the work to the body it names.)
 */
const CLAUSE_OPEN = /(?:^[\s\W]*|[.;:]\s*|(?:^|\s)(?:đề nghị|yêu cầu)\s*)$/iu

/**
 * "… tại nhà ga trên địa bàn thành phố Hà Nội, Thành phố Hồ Chí Minh, hoàn thành trong năm 2025": the clause after the
 * comma gives the item its limit; the name before it ends a phrase of place, and is no subject of "hoàn thành".
 */
const DEADLINE_CLAUSE = /^\s*,\s*(?:hoàn thành|xong)\s+(?:trong|trước|vào|chậm nhất|năm|quý|tháng|ngày)(?!\p{L})/iu
/**
 * "… công trình xanh: Hà Nội có tối thiểu 200 công trình, Thành phố Hồ Chí Minh có tối thiểu 500 công trình xây dựng xanh
 * vào năm 2030": a place or a body that has or reaches a figure is what a target counts, no subject of the words after it.
 */
const FIGURE_AFTER = /^\s*(?:có|đạt|chiếm)\s+(?:(?:tối thiểu|ít nhất|tối đa|trên|dưới|khoảng|từ)\s+)?\d/iu
/** "(ii) PVN phối hợp …": an inline number alone before the subject. */
const INLINE_NUMBER_ONLY = /^[\s\W]*\((?:[ivx]{1,4}|\d{1,2}|[a-zđ])\)\s*$/u

function isSubject(text: string, c: Chain, before: string, after: string): boolean {
  after = after.replace(ASIDE, ' ')
  if (GENITIVE_AFTER.test(after) && !/^[\s,]*với/iu.test(after)) return false
  if (DEADLINE_CLAUSE.test(after) || FIGURE_AFTER.test(after)) return false
  if (/^[\s,]*giao(?!\p{L})/iu.test(after)) return false
  const head = text.slice(0, c.start)
  if (/^[\s\W]*(?:các đồng chí\s+)?$/iu.test(head) || INLINE_NUMBER_ONLY.test(head)) return true
  // "… theo đúng chỉ đạo của Đồng chí Tổng Bí thư Tô Lâm, Chính phủ, Thủ tướng Chính phủ và …": a list that goes on
  // from a genitive's person names the one whose word it was, not who acts
  if (GENITIVE_LIST.test(head)) return false
  // "Chỉ đạo hệ thống Thương vụ, Văn phòng Xúc tiến thương mại tăng cường …": a body listed after the verb that directs,
  // behind names the lexicon lacks, is among those directed, not the subject of a clause of its own
  const directed = DIRECTED_LIST.exec(head)
  if (directed && directed[1].split(',').every((p) => !VERB_SOON.test(p))) return false
  // "Dự án thượng nguồn: (i) PVN tập trung …": after a label, and after the label's inline number
  // ("Trên cơ sở kết quả rà soát, Văn phòng Ủy ban nhân dân tỉnh công bố …": after the grounds or the condition that
  // opens the text, an action of the lexicon right after the body does too)
  // (a step's label too, "Bước 1: Cục CSQLHC về TTXH trích xuất …": any verb of the lexicon right after the body)
  return /[,:]\s*(?:\((?:[ivx]{1,4}|\d{1,2}|[a-zđ])\)\s*)?$/u.test(before) && (VERB_SOON.test(after) || (FRAMING.test(text) && opensWithWork(after)) || (STEP.test(head) && (opensWithAction(after.trimStart(), false) || DECIDES.test(after.trimStart()))))
}

/** A step's label that opens a text: "Bước 1:", "**Bước 2: **". */
const STEP = /^[\s*_]*Bước\s+\d{1,2}\s*[:.]?[\s*_]*$/iu

/** The grounds or the condition a text opens with, before its subject: "Trên cơ sở …,", "Căn cứ …,", "Trường hợp …,", "Khi …,". */
const FRAMING = new RegExp(`^[\\s\\W]*(?:${CONDITION_WORDS}|sau khi|căn cứ)(?!\\p{L})`, 'iu')

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(RECIPIENT_PURPOSE, COORD_BEFORE, VERB_SOON, GENITIVE_LIST, PROPOSED_BY, GIVEN_BY, MATTER)

/** The brackets that hold `at` open right after a report's verb and its object ("báo cáo cấp thẩm quyền (", "gửi (…"). */
function inReportBrackets(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at)
  if (open < 0 || text.lastIndexOf(')', at) > open) return false
  return /(?:^|\s)(?:báo cáo|trình|gửi)(?:\s+[^\s()]+){0,4}\s*$/iu.test(text.slice(Math.max(0, open - 50), open))
}
