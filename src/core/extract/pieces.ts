// Which stretches of a block are tasks: a whole item (split at its own milestones), the sentences of a paragraph in a
// task section, or, in prose, the sentences that direct someone to act.
import { closingCall, continuesPrevious, isDirective, isNarrative, isStandingRule, isTimeLine, MANDATE_ASIDE, THIS_WORK, opensWithAction, opensWithWork, sentences, summedUpAsk } from '../grammar/cues.js'
import { findAgencies, type AgencyMention } from '../agencies/index.js'
import { mergeUnits, unitMentions } from '../grammar/units.js'
import { listEnd } from '../grammar/mentions.js'
import { onlyPrepares } from '../structure/headings.js'
import { lastDeadline, type DeadlineContext, type DeadlineMatch } from '../deadlines/index.js'

const TIME_OPENING = /^(trong|từ nay|từ|đến|trước|chậm nhất|năm \d|quý|tháng \d)/iu
/** A clause that sends the result up ("…; báo cáo Thủ tướng Chính phủ trước ngày 15/5/2026") is a step of the action before it. */
export const REPORT_STEP = /^(?:báo cáo|trình|gửi)(?!\p{L})/iu
/**
 * A report of what was done, its own work with its own date ("…, trước ngày 28/2/2023; Báo cáo kết quả thực hiện công
 * tác … trước ngày 10/11/2023"): no step that sends the result of the action before it up.
 */
const REPORT_OF_RESULTS = /^báo cáo\s+(?:(?:tổng thể|toàn diện|chung)\s+)?(?:kết quả|tình hình|sơ kết|tổng kết)(?!\p{L})/iu

/** `text` from `at` to the next semicolon or the end of its sentence. */
function toSemicolon(text: string, at: number): string {
  const rest = text.slice(at)
  const end = /;\s|[.!?](?:\s+(?=\p{Lu})|\s*$)/u.exec(rest)
  return end ? rest.slice(0, end.index) : rest
}

/**
 * A sentence that opens on a condition ("Trường hợp có đề xuất khác, khẩn trương báo cáo …, đảm bảo hoàn thành trước
 * ngày 15/12/2025."): what to do if the action before it meets the case, so that action's own, and its date too.
 */
const CONDITION = /^(?:trong )?(?:trường hợp|nếu)(?!\p{L})/iu

export interface Piece {
  text: string
  offset: number
  inherited?: DeadlineMatch | null
  /** the piece opens with a body of its own, other than the item's: its lead is its own, for itself alone */
  ownBody?: boolean
}

/**
 * One item, or several when it carries two actions with their own deadlines: parenthesised milestones
 * ("… (trình Ban Bí thư quý IV-2013), … (trình Ban Bí thư quý III-2014)"), a later sentence that opens with its
 * own time frame ("Trong năm 2012, thực hiện tốt chuyên đề …"), or one whose date differs from the sentence before.
 */
export function splitMilestones(text: string, ctx: DeadlineContext): Piece[] {
  return milestones(text, ctx, true)
}

/**
 * `item`: the text is a marked item, whose every sentence that opens with an action after a dated one is an action
 * of its own ("… hoàn thành trước ngày 31/12/2025. Thực hiện kê khai …"); an unnumbered paragraph keeps such a
 * sentence with the one before (paragraphSentences).
 */
function milestones(text: string, ctx: DeadlineContext, item: boolean): Piece[] {
  const listed = inlineItems(text, ctx)
  if (listed) {
    const out: Piece[] = []
    for (let k = 0; k < listed.length; k++) {
      const from = k === 0 ? 0 : listed[k].start
      const to = k + 1 < listed.length ? listed[k + 1].at : text.length
      for (const p of milestones(text.slice(from, to), ctx, item)) out.push({ ...p, ...piece(text, from + p.offset, from + p.offset + p.text.length) })
    }
    return out
  }
  const ss = clauses(text)
  const ownBody = new Set<number>()
  // the body the item opens with, read once and only when a later sentence opens with a body of its own
  let opener: AgencyMention | null | undefined
  // a later sentence with a date of its own, different from the one before it, is another action
  const first = lastDeadline(ss[0]?.text ?? '', ctx)
  let before = first?.end ?? null
  // (a duty that recurs, "Định kỳ thứ Hai hàng tuần tổng hợp …", is no milestone of the dated work after it: "…; xây
  // dựng Báo cáo tổng thể …, trình … trước ngày 06 tháng 7 năm 2026" is a task of its own; a step that sends the work
  // up, "…; trình Ban Thường vụ trước tháng 6-2024", still dates the work before it)
  let recurs = first?.kind === 'recurring'
  let prior = ss[0]?.text ?? ''
  const opening = ss.slice(1).filter((s) => {
    // (a clause after "; " only: "Định kỳ 6 tháng, báo cáo kết quả trước ngày …" is one piece of work)
    const afterRecurring = recurs && /;\s*$/u.test(text.slice(0, s.offset))
    const ladder = s.inSentence && SHARE_TARGET.test(prior) && SHARE_TARGET.test(s.text)
    const clauseBefore = prior
    prior = s.text
    // (a report of results is dated by the whole of its clause: "Báo cáo kết quả … và gửi về UBND tỉnh trước ngày …")
    const results = s.inSentence && REPORT_OF_RESULTS.test(s.text)
    const own = lastDeadline(results || afterRecurring ? toSemicolon(text, s.offset) : s.text, ctx)?.end ?? null
    // inside one sentence, only a second action of its own ("… trong tháng 10/2024 và mở lớp bồi dưỡng …, hoàn
    // thành trước ngày 31/3/2025") is a task of its own: a milestone or a report of the same action is not
    // (nor is a sentence that dates what the one before made: "… (iii) Báo cáo về … . Các Báo cáo trên gửi Bộ Tư pháp
    // trước ngày 05 tháng 12 năm 2025")
    // (nor is the next rung of a target, "… ít nhất 20% xã … trong năm 2025 và xây dựng lộ trình … đến năm 2030, ít nhất
    // 50% xã …": the share that grows is one target's milestones)
    const action = ((!s.inSentence && !CONDITION.test(s.text)) || (opensWithAction(s.text) && !REPORT_STEP.test(s.text)) || results) && !POINTS_BACK.test(s.text) && !ladder && !assignsAbove(s.text)
    // (a sentence of its own dated after one with no date is another action too: "Các địa phương phát động … . Trong đó
    // việc sửa chữa nhà ở … phải hoàn thành trước ngày 31/12/2025")
    // (and a duty that recurs, after "; " and a dated clause: "… (trong tháng 01/2026) …; định kỳ trước 25 hằng tháng báo
    // cáo tiến độ …" is no milestone of the work before it, but a duty of its own)
    const recurring = before !== null && /;\s*$/u.test(text.slice(0, s.offset)) && RECURS_FIRST.test(s.text) && lastDeadline(s.text, ctx)?.kind === 'recurring'
    // (and a clause after "; " whose own subject, a body named, acts: "…, hoàn thành trong tháng 12 năm 2025; Bộ Khoa
    // học và Công nghệ hướng dẫn các Tập đoàn nêu trên …" is that body's task)
    const other = item && !s.inSentence && otherBodyActs(s.text, () => (opener ??= findAgencies(ss[0].text)[0] ?? null))
    if (other) ownBody.add(s.offset)
    const cut =
      other ||
      recurring ||
      (s.inSentence && namedSubjectActs(s.text) && !bareSubjects(clauseBefore)) ||
      (action && ((TIME_OPENING.test(s.text) && !!lastDeadline(s.text.slice(0, 40), ctx)?.end) || (own !== null && (before !== null || !s.inSentence || afterRecurring) && own !== before && !isTimeLine(s.text)))) ||
      (item && !s.inSentence && own === null && before !== null && opensWithWork(s.text))
    if (own) (before = own), (recurs = false)
    return cut
  })
  if (opening.length) {
    const cut = (from: number, to: number): Piece => (ownBody.has(from) ? { ...piece(text, from, to), ownBody: true } : piece(text, from, to))
    const out: Piece[] = []
    let from = 0
    for (const s of opening) {
      out.push(cut(from, s.offset))
      from = s.offset
    }
    out.push(cut(from, text.length))
    return out
  }
  const cuts: number[] = []
  const ends = new Set<string>()
  for (const m of text.matchAll(/\(([^()]{3,120})\)\s*[,;]?\s*/gu)) {
    const d = lastDeadline(m[1], ctx)
    if (!d?.end) continue
    ends.add(d.end)
    cuts.push(m.index! + m[0].length)
  }
  if (ends.size < 2) return [{ text, offset: 0 }]
  const out: Piece[] = []
  let from = 0
  for (const c of cuts) {
    if (c - from > 10 && text.slice(c).trim()) {
      out.push(piece(text, from, c))
      from = c
    }
  }
  // what is left after the last milestone is a full stop, or a last action of its own
  if (/\p{L}/u.test(text.slice(from))) out.push(piece(text, from, text.length))
  else if (out.length) out[out.length - 1] = piece(text, out[out.length - 1].offset, text.length)
  return out
}

/** An inline item's mark: "(1) ", "(ii) ". */
const INLINE_MARK = /\((\d{1,2}|[ivx]{1,5})\)\s+/gu
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii']

/**
 * The items of a list numbered inline after a colon ("Bộ Khoa học và Công nghệ: (1) trình …, hoàn thành trong tháng 11
 * năm 2025; (2) chủ trì … trước ngày 10 tháng 12 năm 2025; (3) …"), when they are tasks of their own: actions ("trình
 * …", "báo cáo …" are actions here) two of which have dates of their own that differ; a later one whose own body acts
 * ("…: (1) Thanh tra Chính phủ ban hành …; (2) Bộ Công an chủ trì …"); or actions a lead-in announces ("…, cụ thể: (i)
 * Rà soát …; (ii) Chỉ đạo …"). A list of things one verb acts on ("hoàn thiện các báo cáo: (i) Báo cáo …; (ii) …"), or
 * of actions under one date, is one task. `at` is where an item's mark is, `start` where its text begins.
 */
function inlineItems(text: string, ctx: DeadlineContext): Array<{ at: number; start: number }> | null {
  const items: Array<{ at: number; start: number }> = []
  for (const m of text.matchAll(INLINE_MARK)) {
    const want = items.length + 1
    if (m[1] !== String(want) && m[1] !== ROMAN[want - 1]) continue
    const before = text.slice(0, m.index).trimEnd()
    if (items.length ? /[;.]$/u.test(before) : before.endsWith(':')) items.push({ at: m.index!, start: m.index! + m[0].length })
  }
  if (items.length < 2) return null
  // (the last item ends with its sentence: what follows may date them all, "Các Báo cáo trên gửi … trước ngày …")
  const last = text.slice(items[items.length - 1].start)
  const stop = /[.!?]\s+(?=\p{Lu})/u.exec(last)
  const texts = items.map((it, k) => (k + 1 < items.length ? text.slice(it.start, items[k + 1].at) : stop ? last.slice(0, stop.index) : last))
  if (!texts.every((t) => opensWithWork(t) || (REPORT_STEP.test(t) && !/^trình\s+độ(?!\p{L})/iu.test(t)) || namedSubjectActs(t) || subjectThenWork(t))) return null
  const dates = new Set(texts.map((t) => lastDeadline(t, ctx)?.end ?? null).filter((d) => d !== null))
  const announced = ANNOUNCES_TASKS.test(text.slice(0, items[0].at)) && texts.every((t) => opensWithWork(t))
  return announced || dates.size >= 2 || texts.slice(1).some((t) => namedSubjectActs(t)) ? items : null
}

/** A lead-in that announces tasks to follow: "…, cụ thể:", "một số nhiệm vụ trọng tâm sau:", "… tập trung:". */
const ANNOUNCES_TASKS = /(?:cụ thể|sau|tập trung)\s*:\s*$/u

/** A text that opens with a body the text before it names already. */
function sameOpener(before: string, s: string): boolean {
  const y = findAgencies(s)[0]
  return !!y && y.index === 0 && !y.generic && findAgencies(before).some((x) => x.name === y.name)
}

/** "các bộ, ngành, địa phương tổ chức …": bodies, if in general, then their action. */
function subjectThenWork(s: string): boolean {
  // (units the lexicon does not know by name, by their shape: "Trung tâm Phục vụ hành chính công tỉnh công khai …")
  const known = findAgencies(s)
  const ms = mergeUnits(known, unitMentions(s, known))
  if (!ms.length || ms[0].index !== 0) return false
  return opensWithWork(s.slice(listEnd(s, ms)).replace(/^[\s,]+/u, ''))
}

/** A list numbered inline after a colon: ": (i) …", ": (1) …", ": a) …". */
const INLINE_LIST = /:\s*\(?(?:i|1|a)\)\s/u

/** A share to reach: "ít nhất 20% xã", "đạt 100% …", "trên 50% …". */
const SHARE_TARGET = /\d+(?:[.,]\d+)?\s*%/u

/** A sentence whose subject points back at what the one before made: "Các Báo cáo trên gửi Bộ Tư pháp trước ngày …". */
/** "… Nghị quyết Đại hội Đảng bộ xã lần thứ I. (Giao Ban Xây dựng Đảng chủ trì, tham mưu trong quý II/2026).": a note in
 * brackets that says who leads the sentence before it and by when is part of that sentence's item, not an action. */
const assignsAbove = (s: string): boolean => /^\(.*\)\s*[.;]?$/su.test(s) && onlyPrepares(s, findAgencies(s))

/** A clause that opens with the period its duty comes back at: "định kỳ …", "hằng tháng …". */
const RECURS_FIRST = /^(?:định kỳ|(?:hằng|hàng)\s+(?:tuần|tháng|quý|năm))(?!\p{L})/iu
const POINTS_BACK = /^(?:(?:các|những)\s+)?(?:báo cáo|kết quả|nội dung|văn bản|hồ sơ|đề án|dự thảo|danh mục|số liệu|sản phẩm)\s+(?:nêu\s+|kể\s+)?trên(?![\p{L}])/iu

/**
 * Sentences, cut further where a new action may start: after "; " and before "và <verb>" ("… trong tháng 10/2024
 * và mở lớp bồi dưỡng …, hoàn thành trước ngày 31/3/2025"). Only a different date makes such a cut a new task.
 */
function clauses(text: string): Array<{ text: string; offset: number; inSentence?: boolean }> {
  const out: Array<{ text: string; offset: number; inSentence?: boolean }> = []
  for (const s of sentences(text)) {
    let from = 0
    const re = /;\s+|,?\s+và\s+(?=\S)/gu
    // (a list the sentence opens after a colon, numbered inline, is what one verb acts on: "hoàn thiện các báo cáo: (i)
    // Báo cáo …; (ii) Báo cáo …, tiếp tục được xử lý trong năm 2025 và chuyển sang năm 2026; (iii) …" is not cut)
    const list = INLINE_LIST.exec(s.text)
    for (const m of s.text.matchAll(re)) {
      if (list && m.index! > list.index) break
      const cut = m.index! + m[0].length
      if (m[0].includes('và') && !opensWithAction(s.text.slice(cut))) continue
      out.push({ text: s.text.slice(from, m.index).trim(), offset: s.offset + from, inSentence: from > 0 })
      from = cut
    }
    out.push({ text: s.text.slice(from).trim(), offset: s.offset + from, inSentence: from > 0 })
  }
  return out.filter((c) => c.text)
}

/**
 * An unnumbered paragraph in a task section is one item, unless a later sentence opens a new assignment: a new
 * subject ("Ban Tổ chức Tỉnh ủy sẽ …", "Giao …", "Đề nghị …") or a time of its own that differs from the one
 * before. A sentence that only dates or carries on the one before always stays with it.
 */
export function paragraphSentences(text: string, ctx: DeadlineContext): Piece[] {
  const out: Array<Piece & { end: string | null }> = []
  // ("Yêu cầu đồng chí … và Trưởng phòng … nghiêm túc triển khai thực hiện. Trong quá trình thực hiện, …": a closing
  // call names nothing to do, and what follows it is not its tail)
  let cut = false
  for (const s of requestSentences(text)) {
    if (closingCall(s.text)) {
      cut = true
      continue
    }
    const prev = cut ? undefined : out[out.length - 1]
    cut = false
    const own = lastDeadline(s.text, ctx)?.end ?? null
    if (prev) {
      const tail = isTimeLine(s.text) || continuesPrevious(s.text) || /^\p{Ll}/u.test(s.text) || !/\p{L}{2}/u.test(s.text) || assignsAbove(s.text)
      const newSubject = NEW_SUBJECT.test(s.text) || (/^\p{Lu}/u.test(s.text) && findAgencies(s.text)[0]?.index === 0)
      const newTime = own !== null && (prev.end === null ? TIME_OPENING.test(s.text) : own !== prev.end)
      if (tail || (!newSubject && !newTime)) {
        out[out.length - 1] = { ...piece(text, prev.offset, s.offset + s.text.length), end: own ?? prev.end }
        continue
      }
    }
    out.push({ text: s.text, offset: s.offset, end: own })
  }
  // "… yêu cầu trong quý III, toàn ngành cần …. Ban X sẽ …": what the request dates, the assignments after it share
  let scope: DeadlineMatch | null = null
  return out.flatMap((p) => {
    const mine = lastDeadline(p.text, ctx)
    if (mine?.end && /(yêu cầu|đề nghị|chỉ đạo)/iu.test(p.text)) scope = mine
    return milestones(p.text, ctx, false).map((q) => ({ text: q.text, offset: p.offset + q.offset, inherited: mine?.end ? null : scope }))
  })
}

/** The words before a colon that announce a content rather than an assignment: "theo hướng:", "như sau:", "gồm:". */
const ANNOUNCES = /(?:hướng|sau|gồm|cụ thể|là|như)\s*$/u

/**
 * A clause that names bodies and nothing they do: "Ban Xây dựng Đảng đảng ủy xã, phường; Ban Tuyên giáo và Dân vận đảng
 * ủy đặc khu lập danh sách …" lists the subjects of the one verb after the semicolon, no task of its own.
 */
function bareSubjects(s: string): boolean {
  const first = findAgencies(s)[0]
  return !!first && first.index === 0 && !isDirective(s) && !opensWithWork(s.slice(first.length).replace(/^[\s,;]+/u, '')) && !/(?<!\p{L})(?:chủ trì|phối hợp|thực hiện|triển khai|tổ chức|xây dựng|báo cáo)(?!\p{L})/iu.test(s.slice(first.length))
}

/** A clause that opens with a body named (not a collective) and then its action: "Bộ Tài chính hướng dẫn …". */
function namedSubjectActs(s: string): boolean {
  if (!/^\p{Lu}/u.test(s)) return false
  const first = findAgencies(s)[0]
  return !!first && first.index === 0 && !first.generic && opensWithWork(s.slice(first.length))
}

/**
 * A sentence that opens with a body other than the one the item opened with, then its action ("Bộ Tài chính khẩn trương
 * xem xét, xuất cấp …"), or assigns one ("Giao Bộ Quốc phòng, Bộ Công an chỉ đạo …"). Not a line that only says who
 * carries the item out ("Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan thực hiện.").
 */
function otherBodyActs(s: string, first: () => AgencyMention | null): boolean {
  const assigned = /^giao\s+/iu.exec(s)
  const rest = assigned ? s.slice(assigned[0].length) : s
  if (!/^\p{Lu}/u.test(rest)) return false
  const bodies = findAgencies(rest)
  const body = bodies[0]
  if (!body || body.index !== 0 || body.generic) return false
  // ("Thanh tra tỉnh, Công an tỉnh theo chức năng, nhiệm vụ, quyền hạn được giao, tham mưu …": the bodies listed, then
  // the mandate they act by, then the action)
  const after = rest.slice(listEnd(rest, bodies)).replace(/^[\s,]+/u, '').replace(MANDATE_ASIDE, '').trim()
  if (WHO_CARRIES_OUT.test(after)) return false
  // ("Bộ Dân tộc và Tôn giáo chịu trách nhiệm hướng dẫn …": answers for the action that follows)
  if (!assigned && !opensWithWork(after.replace(/^(?:chịu|có)\s+trách\s+nhiệm\s+/u, ''))) return false
  const opener = first()
  return !(opener && opener.index === 0 && opener.name === body.name)
}

const WHO_CARRIES_OUT = /^(?:(?:chủ trì|phối hợp)(?:[^.;]{0,100}?\s)?)?(?:tổ chức |triển khai )?(?:thực hiện|theo dõi)[.;]?$/u

/**
 * "Ủy ban nhân dân tỉnh Sơn La căn cứ quy định của pháp luật về đầu tư công … để hoàn thiện thủ tục đầu tư dự án …":
 * a body named first that, on grounds, acts to an end the sentence names is given that work.
 */
const ON_GROUNDS_TO = /^\s*,?\s*(?:căn cứ|trên cơ sở)(?:\s+vào)?\s[^.;]*?\sđể\s+([^.;]+)/u
function bodyOnGrounds(s: string): boolean {
  const first = bodyFirst(s)
  const m = first && ON_GROUNDS_TO.exec(s.slice(first.length))
  return !!m && opensWithWork(m[1])
}

function bodyWithTime(s: string, own: DeadlineMatch | null): boolean {
  return !!own && (!!own.end || !!own.recurrence) && bodyFirst(s) !== null
}

/** The body a sentence opens with, named (not a collective), or null. */
function bodyFirst(s: string): AgencyMention | null {
  if (!/^\p{Lu}/u.test(s)) return null
  const first = findAgencies(s)[0]
  return first?.index === 0 && !first.generic ? first : null
}

/**
 * A sentence that opens by sending something up before a limit ("Báo cáo kế hoạch … gửi Văn phòng Chính phủ trước ngày
 * 03/12/2025 …") asks for that report: a report told of has no limit ahead of it.
 */
function reportByLimit(s: string, own: DeadlineMatch | null): boolean {
  return REPORT_STEP.test(s) && own?.kind === 'limit' && !!own.end && LIMIT_AHEAD.test(own.text)
}
/** A limit set ahead ("trước ngày …", "chậm nhất …", "hạn …"), not a cut-off for figures ("tính đến ngày 31 tháng 12"). */
const LIMIT_AHEAD = /^(?:trước|chậm nhất|hạn|muộn nhất)(?!\p{L})/iu

const NEW_SUBJECT = /^(giao|đề nghị|yêu cầu)\s/iu

/** text[from, to) without its outer spaces and trailing separators, with the offset where it really starts. */
function piece(text: string, from: number, to: number): Piece {
  const raw = text.slice(from, to)
  const lead = raw.length - raw.trimStart().length
  return { text: raw.trim().replace(/\s*[,;]$/u, ''), offset: from + lead }
}

/**
 * The sentences of `text`, each summing-up that asks for work from its request on: "Trên đây là ý kiến của Bộ Công
 * Thương …, đề nghị UBND tỉnh Bình Định chỉ đạo …" is the request, not the paper it sums up, whose bodies and year are
 * not the task's.
 */
function requestSentences(text: string): Array<{ text: string; offset: number }> {
  return sentences(text).map((s) => {
    const k = summedUpAsk(s.text)
    return k < 0 ? s : { text: s.text.slice(k), offset: s.offset + k }
  })
}

/** In prose: the sentences that direct; after "yêu cầu/đề nghị", the sentences that follow are in its scope and share its time. */
/** A sentence that ends by announcing what follows: "… các nội dung sau:", "… như sau:", "… cụ thể:". */
const LEADS_IN = /(?<!\p{L})(?:sau|sau đây|như sau|cụ thể|gồm|bao gồm|trong đó)\s*:\s*$/iu

/**
 * A sentence of purpose alone ("Nhằm …, nâng cao hiệu quả …; giúp …."), whose main clause is the lead-in that follows
 * and closes the paragraph ("Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:"): why the items below are asked, none of them.
 */
const PURPOSE = /^(?:nhằm|để|với mục (?:tiêu|đích))\s/iu

/** A sentence that asks: "… yêu cầu …", "… đề nghị …". */
const ASKS = /(?:^|\s)(?:yêu cầu|đề nghị)(?=\s)/iu

export function directiveSentences(text: string, ctx: DeadlineContext): Piece[] {
  const out: Piece[] = []
  let scope = false
  let paragraphDeadline: DeadlineMatch | null = null
  let previousReport = false
  let previousDirective = false
  let previousRule = false
  const all = requestSentences(text)
  const closingLeadIn = (i: number) => i === all.length - 1 && LEADS_IN.test(all[i].text)
  // the sentence goes on with the piece before it, which it may date
  const joinLast = (s: { text: string; offset: number }, own: DeadlineMatch | null) => {
    const last = out[out.length - 1]
    const joined = piece(text, last.offset, s.offset + s.text.length)
    out[out.length - 1] = { text: joined.text, offset: joined.offset, inherited: lastDeadline(joined.text, ctx)?.end ? null : last.inherited }
    if (own?.end) paragraphDeadline = own
  }
  for (const [i, s] of all.entries()) {
    if (PURPOSE.test(s.text) && closingLeadIn(i + 1)) continue
    // ("Trong thời hạn 07 ngày, kể từ ngày nhận được ý kiến …, Bộ Quốc phòng … cấp Giấy chứng nhận …. Trường hợp không
    // cấp phải trả lời bằng văn bản …": a sentence on a condition goes on with the standing rule before it, a rule too)
    if (previousRule && CONDITION.test(s.text)) continue
    previousRule = isStandingRule(s.text)
    const own = lastDeadline(s.text, ctx)
    // ("… ghi nhận những kết quả đã đạt. Đồng thời, đồng chí cũng yêu cầu trong năm tới, cần tập trung …": a sentence that
    // goes on from a report but asks, itself directing, is no report)
    const report: boolean = isNarrative(s.text) || (previousReport && continuesPrevious(s.text) && !(ASKS.test(s.text) && isDirective(s.text)))
    // "Cùng với đó, X …" carries on the sentence before, in its mood; "X hằng tháng báo cáo …" (a body and a time) directs
    // ("Các bộ, ngành chủ trì … công bố … . Trung tâm Phục vụ hành chính công tỉnh công khai danh mục đó …": after a
    // sentence that directs, one whose bodies open it and then act is the next assignment)
    const cued: boolean = !report && (isDirective(s.text) || scope || (previousDirective && continuesPrevious(s.text)) || bodyWithTime(s.text, own) || bodyOnGrounds(s.text) || reportByLimit(s.text, own))
    const laterSubject: boolean = !report && !cued && previousDirective && /^\p{Lu}/u.test(s.text) && subjectThenWork(s.text)
    // ("… được giao nghiên cứu sửa đổi … . Nội dung này báo cáo Bộ Chính trị, Ban Bí thư và hoàn thành chậm nhất ngày
    // 30/6.": after a sentence that directs, one whose subject is the work just named goes on with it, a task of its own)
    const directive: boolean = cued || laterSubject || (!report && previousDirective && THIS_WORK.test(s.text))
    // (the same body again, "Ban Tổ chức Trung ương sẽ phối hợp … xây dựng đề án. Ban Tổ chức Trung ương hướng dẫn thực
    // hiện …", goes on with its own task)
    if (laterSubject && out.length && sameOpener(out[out.length - 1].text, s.text)) {
      joinLast(s, own)
      continue
    }
    // ("… tư pháp. Trường hợp có đề xuất khác, khẩn trương báo cáo …, đảm bảo hoàn thành trước ngày 15/12/2025.": a
    // sentence on a condition is the task before it, which its date dates; so is one that sends what the task before
    // made, "Các Báo cáo trên gửi … trước ngày …")
    if (directive && previousDirective && out.length && (CONDITION.test(s.text) || POINTS_BACK.test(s.text))) {
      joinLast(s, own)
      continue
    }
    previousReport = report
    previousDirective = directive
    // "… Thời gian hoàn thành trước ngày 30/12/2025.": kept, so that the task stage dates the sentences before it
    if (!directive && !(out.length && isTimeLine(s.text))) continue
    if (/(yêu cầu|đề nghị|chỉ đạo)/iu.test(s.text)) scope = true
    // "…, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, … triển khai thực hiện các nội dung sau:" at the paragraph's end
    // announces the items below it: they are the tasks, it is none
    if (LEADS_IN.test(s.text) && s.offset + s.text.length >= text.trimEnd().length) continue
    if (own?.end) paragraphDeadline = own
    // "…, hoàn thành trong tháng 12 năm 2025; Bộ Khoa học và Công nghệ hướng dẫn …": a clause whose own subject acts
    let from = 0
    for (const m of s.text.matchAll(/;\s+(?=\p{Lu})/gu)) {
      const cut = m.index! + m[0].length
      // (not inside what a colon announces: "… theo hướng: Bộ A chủ trì …; Bộ B chủ trì …" is one task's content)
      const colon = s.text.lastIndexOf(':', m.index!)
      if (colon >= 0 && ANNOUNCES.test(s.text.slice(0, colon))) continue
      if (!namedSubjectActs(s.text.slice(cut)) || bareSubjects(s.text.slice(from, m.index!))) continue
      const p = piece(s.text, from, m.index!)
      out.push({ text: p.text, offset: s.offset + p.offset, inherited: lastDeadline(p.text, ctx)?.end ? null : paragraphDeadline })
      from = cut
    }
    if (!from) {
      // ("…, cụ thể: (i) Rà soát …; (ii) Chỉ đạo …": the items a directive announces are its tasks)
      for (const q of inlineItems(s.text, ctx) ? milestones(s.text, ctx, false) : [{ text: s.text, offset: 0 }]) {
        out.push({ text: q.text, offset: s.offset + q.offset, inherited: lastDeadline(q.text, ctx)?.end ? null : paragraphDeadline })
      }
      continue
    }
    const rest = piece(s.text, from, s.text.length)
    out.push({ text: rest.text, offset: s.offset + rest.offset, inherited: lastDeadline(rest.text, ctx)?.end ? null : paragraphDeadline })
  }
  return out
}
