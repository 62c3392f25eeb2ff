// Stage 4, sections: which blocks are headings, how they nest (by the sequence of numbering styles), and what each is for.
import { canonicalAgency, findAgencies, type AgencyMention } from '../agencies/index.js'
import { provinceByFold } from '../agencies/data.js'
import { ASK_BEFORE, assign, SPEAKERS } from '../grammar/assign.js'
import { withDefinedIn, withoutHeadTitles, withoutMentions } from '../grammar/mentions.js'
import { mergeUnits, unitMentions } from '../grammar/units.js'
import { isDirective, opensWithWork } from '../grammar/cues.js'
import { isHeading, lostNumber, NUMBERED } from './headings.js'
import { DELEGATES, DUTY_END, GENERAL_PROVISIONS, introRole, roleOf, shortLeadInRole } from './roles.js'
import type { Block } from '../read/segment.js'
import { at, endOf } from '../read/segment.js'
import { withoutMarks } from '../contract/text.js'
import type { AgencyRef, Section, SectionRole } from '../contract/schema.js'
import { slug } from '../contract/text.js'
import { warmAll } from '../contract/regex.js'

export type BlockKind = 'title' | 'preamble' | 'heading' | 'content' | 'row' | 'closing'

export interface Placed {
  block: Block
  kind: BlockKind
  /** the innermost section the block sits in (for a heading: itself) */
  section: Section | null
  role: SectionRole
  /** the bodies the nearest heading above names: the implicit leads */
  leads: AgencyRef[]
  /** the bodies that heading (or lead-in) has them lead with: "2. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế:" */
  partners?: AgencyRef[]
  /** those bodies are asked to direct others ("… đề nghị Ủy ban nhân dân tỉnh quan tâm chỉ đạo thực hiện … sau:") */
  asked?: boolean
  /** the nearest heading above that names who acts names them only in general ("2. Các Sở quản lý ngành, lĩnh vực:") */
  others?: boolean
}

interface Frame {
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

export interface Outline {
  sections: Section[]
  placed: Placed[]
}

/** "Phụ lục", "PHỤ LỤC II", "Phụ lục số 1" alone on a line. */
const APPENDIX_ALONE = /^phụ lục(?:\s+(?:số\s+)?(?:\d{1,2}|[IVX]{1,5}))?\.?$/iu
const KIND_WORD = /^(kế hoạch|kết luận|thông báo( kết luận)?|chỉ thị|nghị quyết|quyết định|hướng dẫn|báo cáo|công văn|công điện|chương trình( hành động)?|quy chế|quy định|phụ lục)(?![\p{L}\p{N}])/iu
/** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "BỘ TRƯỞNG BỘ NỘI VỤ" under a title: who decides, not part of the title. */
const AUTHORITY = /^(CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|CHÍNH PHỦ|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HIỆU TRƯỞNG|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|TRƯỞNG BAN|VIỆN TRƯỞNG)(?!\p{L})/u
/** The styles of bullets: "- ", "+ ", "* ", "• ". */
export const BULLET_STYLES: ReadonlySet<string> = new Set(['dash', 'plus', 'star', 'dot'])
/** The numbered items that may have items of their own under them (lettered, bracketed or bulleted). */
const SUB_ITEMS = new Set(['arabic', 'decimal'])
/** The formula that opens an act's operative part, alone on its line. */
const DECIDES = /^QUY[EÉẾÊ]T\s+(?:NGH[IỊ]|Đ[IỊ]NH)\s*:?$/u
/** The national motto of a letterhead, also OCR'd without marks; and a document's number ("Số: 12/KH-UBND"). */
export const MOTTO = /(?:CỘNG|CONG) (?:HÒA|HOÀ|HOA) (?:XÃ|XA) (?:HỘI|HOI)/u
const NUMBER_LINE = /^Số\s*:?\s*\S*\d/u
/** A letter's heading over its requests: "Yêu cầu chung", "Yêu cầu cụ thể", "Các yêu cầu". */
const LETTER_REQUESTS = /^(?:(?:một số|các)\s+)?yêu cầu(?:\s+(?:chung|cụ thể))?$/iu

/** The role a heading's own words give it; null: its parent's. */
function ownRole(b: Block, title: string, letter: boolean): SectionRole | null {
  // (in a letter, "1. Yêu cầu chung:" heads what the letter asks, not the aims a plan states under "Mục đích, yêu cầu")
  if (letter && LETTER_REQUESTS.test(title)) return 'tasks'
  // a regulation's article on what coordination covers and the forms it takes ("Điều 3. Nội dung phối hợp", "Điều 4.
  // Hình thức phối hợp") describes them, as its principles do; the bodies' duties come in the articles after
  if (b.marker?.type === 'article' && COORDINATION_TERMS.test(title)) return 'purpose'
  // a council's supervision programme laid out under the article that adopts it ("Điều 1. Ban hành Chương trình giám
  // sát năm 2018 của Hội đồng nhân dân tỉnh … Cụ thể như sau:"): what is supervised, a report or a matter named by a
  // noun ("- Báo cáo công tác 06 tháng đầu năm …", "a) Việc tuân theo Hiến pháp …"), is the council's work
  if (SUPERVISION_PROGRAMME.test(title)) return 'tasks'
  // a heading's own words set its role when it is a real heading, not a sentence that introduces a list
  if (!(b.mdDepth || b.caps || (b.marker && NUMBERED.has(b.marker.type)) || title.length < 60)) return introRole(title)
  // (a short unmarked lead-in whose subject asks, "Theo đó, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:", says what follows
  // is asked, as a long one does)
  return roleOf(title) ?? (!b.mdDepth && !b.caps && !b.marker ? shortLeadInRole(b.text) : null)
}

/** A supervision or inspection programme that lists its items next: "… Chương trình giám sát năm 2018 của … Cụ thể như sau:". */
const SUPERVISION_PROGRAMME = /(?<!\p{L})chương trình\s+(?:giám sát|kiểm tra(?:,? giám sát)?)(?!\p{L})[^]*?(?:như sau|sau đây)\s*:?\s*$/iu

/** The title of an article on coordination's content or forms, nothing after: "Nội dung phối hợp", "Hình thức, phương thức phối hợp". */
const COORDINATION_TERMS = /^(?:(?:nội dung|hình thức|phương thức|cách thức)(?:,\s*|\s+và\s+|\s+))+phối hợp\s*[.:]?$/iu

/** "Kính gửi: …": a letter's addressees follow. */
const ADDRESSED = /^kính gửi\s*:?/iu
/** "THỦ TƯỚNG CHÍNH PHỦ điện:" over a công điện's addressees (not "b) Về các dự án lưới điện:"): its sender in capitals. */
const SENDS_CABLE = /(?<![\p{L}\p{N}])(\p{Lu}[^\p{Ll}]*\p{Lu})\s+điện\s*:\s*$/u
/** SENDS_CABLE, tried only on a line that ends with a colon: most do not, and the regex starts at every capital. */
const sendsCable = (text: string) => text.trimEnd().endsWith(':') && SENDS_CABLE.test(text)
/** The sender a telegram's line names ("THỦ TƯỚNG CHÍNH PHỦ"), or null. */
export const cableSender = (text: string): string | null => (sendsCable(text) ? (SENDS_CABLE.exec(text)?.[1] ?? null) : null)
/** A signature line: "TM. CHÍNH PHỦ", "KT. BỘ TRƯỞNG", "T/L CHỦ TỊCH". */
const SIGNS_FOR = /^(?:t\/m|tm\.|k\/t|kt\.|t\/l|tl\.)/iu
/** The signer's name under the signature ("Phạm Thị Thanh Trà", OCR noise before it): two to five capitalised words. */
const SIGNER_NAME = /^[^\p{L}]{0,3}\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$/u
/** An unmarked heading shorter than this is a title ("Một số vấn đề lưu ý:"), not a sentence. */
const SUB_TITLE = 40
/** The recipients' list that closes the text: "Nơi nhận:" (also "Noi nhận:", "Nơi nhân:", where OCR drops a mark). */
const RECIPIENTS = /^n[ơo]i nh[ậâa]n/iu
/** What closes the text: the recipients, a signature line, "(đã ký)". */
const CLOSING = /^(t\/m|tm\.|k\/t|kt\.|t\/l|tl\.|q\.\s|\(đã ký\))/iu

export function buildOutline(blocks: Block[]): Outline {
  const sections: Section[] = []
  const placed: Placed[] = []
  const stack: Frame[] = []
  let titleSeen = false
  let inTitle = false
  let anyHeading = false
  let anyNumbered = false
  /** the body has begun without a heading: a numbered item, or a paragraph that ends "… kết luận như sau:" */
  let bodyBegun = false
  let closed = false
  // blocks left in which the signer's title and name may follow a signature line ("KT. THỦ TƯỚNG")
  let signing = 0
  const ids = new Map<string, number>()
  // "Văn phòng Trung ương Đảng … cần tập trung một số nhiệm vụ trọng tâm sau:": the subject of a lead-in acts in the
  // items below it, up to the next heading
  let intro: AgencyRef[] = []
  let introAsked = false
  let introPartners: AgencyRef[] = []
  // (a lead-in may name only the partners: "Các sở, ngành phối hợp với Sở Kế hoạch và Đầu tư:")
  let introOn = false
  // (a paragraph's subject holds over the bullets right after it only: any other block ends it)
  // (the marker type of the items a directing paragraph or item leads, while they go on)
  let introChild: string | null = null
  let addressees = false
  /** the text is a letter or a telegram: it has addressees */
  let letter = false
  // "Giao các sở … gồm: - Sở Công Thương (đối với …); - Sở Xây dựng (…). Có trách nhiệm: a) …": the bodies a list
  // names, one per item, for a lead-in with no subject of its own that follows it
  // (kept as the run of bullets before the lead-in, read only when such a lead-in comes: it is rare)
  let listed: Block[] = []
  // the title's kind word ("CHỈ THỊ", "KẾ HOẠCH") within the first blocks: what stands above it is the letterhead
  const titleAt = blocks.slice(0, 30).findIndex((x) => !x.marker && (x.caps || x.mdDepth) && KIND_WORD.test(x.text.replace(/^\W+/u, '')))
  // (a letter has no title: its subject, "V/v …", or its addressees, "Kính gửi: …", end the letterhead)
  const headEnd = titleAt >= 0 ? titleAt : blocks.slice(0, 15).findIndex((x) => /^(?:V\/v\s|Kính g[ửở]i\b)/u.test(x.text))
  // a text with no letterhead, no number, no addressees and no title (a news report of a conclusion, a speech, an excerpt) has no
  // preamble to skip: its prose directs from the first paragraph on
  const formal = titleAt >= 0 || blocks.slice(0, 30).some((x) => MOTTO.test(x.text) || NUMBER_LINE.test(x.text) || ADDRESSED.test(x.text))
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]
    const next = blocks[i + 1]
    // an attachment after the signature ("CHƯƠNG TRÌNH HÀNH ĐỘNG … (Kèm theo Nghị quyết …)", "PHỤ LỤC") is a new part
    // ("Phụ lục" alone on its line opens one in whatever case it is typed)
    // (within an attachment, the next one's "Phụ lục II" alone on its line opens it too)
    const nextAppendix = !closed && stack[0]?.style === 'attachment' && APPENDIX_ALONE.test(b.text.trim())
    if ((closed || nextAppendix) && !b.marker && (((b.caps || b.mdDepth) && (KIND_WORD.test(b.text.replace(/^\W+/u, '')) || /^phụ lục/iu.test(b.text))) || APPENDIX_ALONE.test(b.text.trim()))) {
      closed = false
      signing = 0
      stack.length = 0
      const section = newSection(b, null, 'other', null, ids, 1)
      sections.push(section)
      stack.push({ style: 'attachment', section, md: 0, leads: [], partners: [] })
      placed.push({ block: b, kind: 'heading', section, role: 'other', leads: [] })
      continue
    }
    // another letter in the same file: its letterhead carries the national motto again
    if (closed && MOTTO.test(b.text)) {
      closed = false
      stack.length = 0
      placed.push({ block: b, kind: 'preamble', section: null, role: 'other', leads: [] })
      continue
    }
    const recipients = RECIPIENTS.test(b.text)
    if (closed || recipients || CLOSING.test(b.text)) {
      closed = closed || recipients || i > blocks.length * 0.6
      signing = SIGNS_FOR.test(b.text) ? 3 : Math.max(0, signing - 1)
      placed.push({ block: b, kind: 'closing', section: top(stack), role: 'other', leads: [] })
      continue
    }
    // "TM. CHÍNH PHỦ" / "KT. THỦ TƯỚNG" / "PHÓ THỦ TƯỚNG" / "Phạm Thị Thanh Trà": the signer's title and name close the
    // text, wherever it stands (annexes may follow, each opening with its own title)
    if (signing > 0) {
      signing--
      const name = SIGNER_NAME.test(b.text.trim())
      // ("PHÓ THỦ TƯỚNGy]": OCR leaves a few marks after the title)
      const title = b.text.trim().replace(/[\p{Ll}[\](){}|'"”“]{1,3}$/u, '')
      if (name || (!b.marker && title.length < 60 && /\p{Lu}{2}/u.test(title) && !/\p{Ll}/u.test(title) && !/[.;:]$/u.test(title))) {
        if (name) (closed = true), (signing = 0)
        placed.push({ block: b, kind: 'closing', section: top(stack), role: 'other', leads: [] })
        continue
      }
      signing = 0
    }
    // "| I | Công tác tuyên truyền | | |": a group title inside a table heads the rows under it
    if (b.cells && /^[IVX]{1,5}\.?$/u.test(b.cells[0] ?? '') && b.cells[1] && b.cells.slice(2).every((c) => !c.trim())) {
      const g: Block = { ...b, text: b.cells[1], cells: null, marker: { type: 'roman', value: b.cells[0].replace('.', ''), length: 0 }, style: 'table-group' }
      const k = stack.findIndex((f) => f.style === 'table-group')
      if (k >= 0) stack.length = k
      const section = newSection(g, top(stack), roleOf(g.text) ?? inheritedRole(stack), null, ids, stack.length + 1)
      sections.push(section)
      stack.push({ style: 'table-group', section, md: 99, leads: [], partners: [] })
      placed.push({ block: g, kind: 'heading', section, role: section.role, leads: inheritedLeads(stack) })
      continue
    }
    // ("|_— Mee.kHULA2%. THỦ TƯỚNG CHÍNH PHỦ điện:": OCR made the sender's line look like a table row)
    if (b.cells && !(b.cells.length === 1 && sendsCable(b.text))) {
      placed.push({ block: b, kind: 'row', section: top(stack), role: inheritedRole(stack), leads: inheritedLeads(stack) })
      continue
    }
    // "Kính gửi: - Công an tỉnh; - Sở Y tế; …": the addressees, not the body's items
    // ("THỦ TƯỚNG CHÍNH PHỦ điện:" in a công điện); the letter's body starts after them
    if (ADDRESSED.test(b.text) || (!b.marker && sendsCable(b.text))) (addressees = true), (letter = true)
    else if (addressees && !(b.marker && !NUMBERED.has(b.marker.type))) (addressees = false), (anyHeading = true)
    if (addressees) {
      // (the title ends where the addressees begin: the sentence after them is the body's)
      inTitle = false
      placed.push({ block: b, kind: 'preamble', section: top(stack), role: 'other', leads: [] })
      continue
    }
    // the document's own title: the kind word ("KẾ HOẠCH") and the short lines right after it
    if (!anyNumbered && !titleSeen && (b.caps || b.mdDepth) && KIND_WORD.test(b.text.replace(/^\W+/u, ''))) {
      titleSeen = inTitle = true
      placed.push({ block: b, kind: 'title', section: null, role: 'other', leads: [] })
      continue
    }
    if (inTitle && !b.marker && !AUTHORITY.test(b.text) && b.text.length < 220 && !/[.;:]$/.test(b.text) && !/^(căn cứ|ngày \d)/iu.test(b.text) && b.blankBefore < 3) {
      placed.push({ block: b, kind: 'title', section: null, role: 'other', leads: [] })
      continue
    }
    if (inTitle && AUTHORITY.test(b.text) && b.caps) {
      placed.push({ block: b, kind: 'preamble', section: null, role: 'other', leads: [] })
      continue
    }
    inTitle = false
    // the letterhead, number and date above the title are not sections
    if (!titleSeen && !anyNumbered && !b.marker && i < headEnd) {
      placed.push({ block: b, kind: 'preamble', section: null, role: 'other', leads: [] })
      continue
    }
    // a title in capitals over two lines, nothing between them ("NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG" /
    // "TRONG THÁNG 5 NĂM 2026 VÀ THỜI GIAN TỚI"): one heading, so that its role holds for the items below it
    const before = placed[placed.length - 1]
    // (the first line may carry the heading's number: "II. NHIỆM VỤ, GIẢI PHÁP … KINH TẾ - XÃ" / "HỘI 5 NĂM 2026 - 2030")
    // (not a line that opens with a part's letter, "II. MỤC TIÊU, NHIỆM VỤ …" / "A. MỤC TIÊU": a heading of its own)
    if (b.caps && !b.marker && !b.mdDepth && b.blankBefore === 0 && !PART_LETTER.test(b.text) && before?.kind === 'heading' && before.block.caps && !before.block.mdDepth && before.section && top(stack) === before.section && isHeading(b, next)) {
      const section = before.section
      section.title = `${section.title} ${b.text.replace(/[:\s]+$/u, '')}`
      if (section.role === 'other') section.role = roleOf(section.title) ?? section.role
      placed.push({ block: b, kind: 'heading', section, role: section.role, leads: before.leads })
      continue
    }
    if (isHeading(b, next)) {
      anyHeading = true
      if (b.marker && NUMBERED.has(b.marker.type)) anyNumbered = true
      // (a markdown heading that carries a number is ranked by it, as its siblings typed in bold are: "**5. …**" /
      // "#### 6. …" / "**7. …**" are one level; an unnumbered one by its depth)
      const numberedMd = !!b.mdDepth && !!b.marker && NUMBERED.has(b.marker.type) && !!b.style
      const style = b.mdDepth && !numberedMd ? `md${b.mdDepth}` : (b.style ?? (b.caps ? 'caps' : lostNumber(b, next) ? 'lost-number' : 'plain'))
      const sibling = numberedMd ? stack.findIndex((s) => sameLevel(s.style, style)) : -1
      // "QUYẾT NGHỊ:", "QUYẾT ĐỊNH:" (also "QUYÉT NGHỊ" from a scan) open the operative part: nothing of the grounds
      // above ("Căn cứ Luật …," read as a heading) holds over it
      if (DECIDES.test(b.text.trim())) stack.length = 0
      else if (sibling >= 0) stack.length = sibling
      else if (b.mdDepth) {
        while (stack.length && stack[stack.length - 1].md >= b.mdDepth) stack.pop()
      } else {
        const k = stack.findIndex((s, i) => sameLevel(s.style, style) && !restartsUnder(stack, i, b.marker?.value))
        // an unmarked heading below a numbered one is that one's sub-heading, not a sibling of an unmarked lead-in above
        // it ("… có ý kiến chỉ đạo như sau:" / "1. Về …" / "Một số vấn đề lưu ý:")
        // (a short title, not a sentence that introduces a list: "Yêu cầu UBND các xã, … bao gồm:" stays where it was)
        // (nor one right under a numbered heading, however long: "2. Phòng Quản lý công nghiệp" / "Chủ trì … tham mưu Lãnh
        // đạo Sở … bao gồm:" introduces that body's items)
        const over = stack[stack.length - 1]
        const underNumbered = before?.kind === 'heading' && !!over && over.section === before.section && over.section.number !== null
        if (k >= 0 && !(style === 'plain' && (b.text.length < SUB_TITLE || underNumbered) && stack.slice(k + 1).some((f) => f.section.number !== null))) stack.length = k
        // bullets are the lowest level of the outline: a numbered heading never sits under one, so it closes them
        // ("- … tại trụ sở UBND các tỉnh:" in the preamble must not catch "2.2 …" and then be closed by its "- " items)
        // (wherever they stand: a page's "- **Toàn văn …**" contents line, then its own titles in bold, then "(1) Bộ X:"
        // must not keep the bullet open, or the "- " items under "(1)" close back to it)
        else if (b.marker && NUMBERED.has(b.marker.type) && stack.some(isBulletFrame)) stack.splice(0, stack.length, ...stack.filter((f) => !isBulletFrame(f)))
      }
      const parent = top(stack)
      const title = b.text.replace(/[:\s]+$/u, '')
      let own = ownRole(b, title, letter)
      // ("- Đánh giá nguy cơ do thao tác con người gây ra:" under steps to take: a bullet that says what to assess is a
      // step too; only a numbered or titled heading opens an assessment of what happened)
      if (own === 'situation' && b.marker && !NUMBERED.has(b.marker.type) && !b.mdDepth && parent && parent.role !== 'situation' && ASSESS.test(title)) own = null
      // ("Điều 6. Ủy ban nhân dân quận - huyện có nhiệm vụ", "4. Chủ tịch Ủy ban nhân dân cấp tỉnh có trách nhiệm sau
      // đây:": a body given duties, as "Trách nhiệm của …" says; not one who is no body, as a licence's "Doanh nghiệp có
      // trách nhiệm:")
      if (own === null && DUTY_END.test(title) && bodyFirst(withoutHeadTitles(title.replace(DUTY_END, '')))) own = 'organisation'
      // ("Mục tiêu cụ thể đến 2025" / "### Triển khai hiệu quả thương mại hóa 5G:" / "* 100% các huyện … có sóng 5G": under
      // the aims, a heading that opens with the verb only groups more aims; the parts that give work are their own headings)
      if (own === 'tasks' && parent?.role === 'purpose' && AIM_GROUP.test(title)) own = null
      // ("QUY ĐỊNH CHUNG" / "Điều 3. Hình thức thẻ ABTC", "Điều 6. Trách nhiệm sử dụng thẻ ABTC": the articles of a legal
      // text's general provisions say what the act is, what its words mean and what binds those it covers; they give no
      // one work, whatever their titles' words)
      if ((own === 'tasks' || own === 'organisation') && stack.some((f) => GENERAL_PROVISIONS.test(f.section.title ?? ''))) own = null
      const role: SectionRole = own ?? parent?.role ?? 'other'
      // "Ban Tổ chức Tỉnh ủy:", also "Đối với Ban Tổ chức Tỉnh ủy", "Trách nhiệm của Sở Nội vụ", "Giao Sở Y tế"
      let named = headingBodies(b, title)
      // "- Chỉ đạo Sở Nông nghiệp và PTNT:" under what a body is asked to direct: the body directed leads the items
      if (!named.length && DIRECTS.test(title) && (!inheritedLeads(stack).length || leadFrame(stack)?.asked)) named = directedOf(b)
      // (such a lead-in is no level of the outline: the next numbered heading closes it, as it closes bullets)
      const fromList = !named.length && listed.length > 0 && SUBJECTLESS_DUTY.test(title) && (named = listedBodies(listed)).length > 0
      listed = []
      const section = newSection(b, parent, role, named[0] ?? null, ids, stack.length + 1)
      sections.push(section)
      intro = []
      introPartners = []
      introOn = false
      const others = !named.length && namesOthers(title)
      stack.push({ style: fromList ? LISTED_DUTY : style, section, md: b.mdDepth || 99, leads: named, partners: partnersOf(b, named), others, asked: named.length > 0 && ASKS_TO_DIRECT.test(b.text) })
      placed.push({ block: b, kind: 'heading', section, role, leads: named.length || others ? named : inheritedLeads(stack.slice(0, -1)) })
      continue
    }
    // an item whose numbering style matches an open heading is that heading's sibling: close it
    if (b.style) {
      const k = stack.findIndex((s, i) => s.style === b.style && !restartsUnder(stack, i, b.marker?.value))
      if (k >= 0) stack.length = k
    }
    if (introChild && b.marker?.type !== introChild) (introOn = false), (introChild = null)
    // before any heading, prose is preamble; numbered items already are the body (a short conclusion, a directive)
    const kind: BlockKind = anyHeading || bodyBegun || b.marker || !formal ? 'content' : 'preamble'
    // ("Thủ tướng Chính phủ đã kết luận như sau:" / paragraphs: a notice of conclusions whose body has no heading)
    if ((kind === 'content' && b.marker && NUMBERED.has(b.marker.type)) || (kind === 'preamble' && /(?<!\p{L})như sau\s*:\s*$/u.test(b.text))) bodyBegun = true
    placed.push({
      block: b,
      kind,
      section: top(stack),
      role: inheritedRole(stack),
      leads: introOn ? intro : inheritedLeads(stack),
      partners: introOn ? introPartners : inheritedPartners(stack),
      asked: introOn ? introAsked : !!leadFrame(stack)?.asked,
      others: !introOn && othersAbove(stack),
    })
    if (b.marker && !NUMBERED.has(b.marker.type)) listed.push(b)
    else listed = []
    // ("Các bộ Xây dựng, Tài chính … khẩn trương rà soát …, dễ làm." / "- Đánh giá toàn bộ quy trình …": a paragraph whose
    // subject acts, then bullets that go on with its work, are that subject's; not a paragraph that reports, whose
    // bullets go on with what it reports. So is a numbered item's over the lettered items under it: "1. Sở X chịu trách
    // nhiệm trước UBND tỉnh thực hiện …" / "b) Định kỳ hằng năm gửi báo cáo …")
    const under: boolean = !!next?.marker && (b.marker ? SUB_ITEMS.has(b.marker.type) && next.marker.type !== b.marker.type && (next.marker.type === 'letter' || next.marker.type === 'paren' || BULLET_STYLES.has(next.marker.type)) : BULLET_STYLES.has(next.marker.type))
    const goesOn: boolean = kind === 'content' && under && !b.mdDepth && /[.;]\s*$/u.test(b.text) && !top(stack)?.agency && isDirective(b.text)
    // ("Phó Thủ tướng … có yêu cầu sau đây đối với Bộ Nông nghiệp và Môi trường như sau:" / "Khẩn trương hoàn thành …": a
    // lead-in that announces requests of a body named, over paragraphs with no mark, as a news page copies them)
    const overParagraphs = kind === 'content' && !!next && !next.marker && !next.cells && !b.marker && b.text.trimEnd().endsWith(':') && ANNOUNCES.test(b.text) && REQUESTS.test(b.text)
    if (kind === 'content' && (/:\s*$/u.test(b.text) || goesOn) && (next?.marker || overParagraphs)) {
      const own = subjectOf(b, b.text)
      if (overParagraphs && !own.length) continue
      // (its subject does the work the paragraph names: "Ban X có 03 phó trưởng ban, … sẽ là 09 người" only describes)
      // (or, over the items under it, answers for a field to the body above it: "1. Sở X chịu trách nhiệm trước Ủy ban
      // nhân dân tỉnh thực hiện chức năng quản lý nhà nước …" / "a) …" / "b) …")
      if (goesOn && !(own.length && (actsAfter(b.text, own[own.length - 1]) || (!!b.marker && answersFor(b.text, own[own.length - 1]))))) continue
      const partners = own.length ? [] : partnersOf(b, [])
      if (own.length) (intro = own), (introPartners = partnersOf(b, own)), (introAsked = ASKS_TO_DIRECT.test(b.text)), (introOn = true), (introChild = goesOn ? next!.marker!.type : null)
      else if (partners.length) {
        // (whoever the lead-in's subject is: a collective leads no one by name, and with none the items' leads stand)
        const subject = assign(b.text, bodiesIn(b.text)).lead
        ;(intro = subject.length ? [] : inheritedLeads(stack)), (introPartners = partners), (introAsked = false), (introOn = true)
      }
    }
  }
  return { sections, placed }
}

function newSection(b: Block, parent: Section | null, role: SectionRole, agency: AgencyRef | null, ids: Map<string, number>, level: number): Section {
  const title = b.text.replace(/[:\s]+$/u, '')
  const base = `s-${b.marker?.value ?? slug(title).slice(0, 24)}`
  const n = (ids.get(base) ?? 0) + 1
  ids.set(base, n)
  const start = at(b, 0)
  return {
    id: n > 1 ? `${base}~${n}` : base,
    number: b.marker?.value ?? null,
    title,
    level,
    role,
    parent: parent?.id ?? null,
    agency,
    span: { start: { line: start.line, column: Math.max(1, start.column - (b.marker?.length ?? 0)) }, end: endOf(b) },
  }
}

/**
 * A numbering that starts again under a part in roman numerals opened after the markdown heading it matches: "### 3. Toàn văn
 * văn bản" / "I. MỤC ĐÍCH, YÊU CẦU" / "1. …" — the "1." is the part's first point, no sibling of the "3." above it (a
 * page that quotes a document under its own numbered headings). So is a "1." under anything opened after such a
 * heading numbered 2 or more ("### 3. Toàn văn văn bản số hoá" / "… yêu cầu … thực hiện tốt các nhiệm vụ sau đây:" / "1. …").
 */
function restartsUnder(stack: Frame[], k: number, value: string | null | undefined): boolean {
  const f = stack[k]
  if (f.md >= 99 || f.style.startsWith('roman:')) return false
  for (let i = k + 1; i < stack.length; i++) if (stack[i].style.startsWith('roman:')) return true
  // (and the "2." after that "1." is its sibling, not the heading's)
  if (value === '1' && k < stack.length - 1 && Number(f.section.number) >= 2) f.restarted = true
  return !!f.restarted
}

/** A heading that opens with "Triển khai" and goes on with what is to be achieved, not with the word for the work to do. */
const AIM_GROUP = /^triển khai\s+(?!(?:thực hiện|các nhiệm vụ|nhiệm vụ|giải pháp|kế hoạch)(?!\p{L}))/iu

/** A lead-in that announces what follows: "… như sau:", "… sau đây:". */
const ANNOUNCES = /(?<!\p{L})(?:như sau|sau đây)\s*:\s*$/u
/** The words that ask a body for work: what such a lead-in announces is requests, not facts ("… thông tin cụ thể như sau:"). */
const REQUESTS = /(?<!\p{L})(?:yêu cầu|đề nghị|giao|chỉ đạo)(?!\p{L})/iu

/** A frame opened by a bullet, or by a lead-in over a list of bodies: the lowest level of the outline. */
const isBulletFrame = (f: Frame): boolean => BULLET_STYLES.has(f.style) || f.style === LISTED_DUTY

/** Two headings' numbering styles name one level: the same style, or roman numerals however closed ("I." and "II-"). */
const sameLevel = (a: string, b: string): boolean => a === b || (a.startsWith('roman:') && b.startsWith('roman:'))

function top(stack: Frame[]): Section | null {
  return stack.length ? stack[stack.length - 1].section : null
}

function inheritedRole(stack: Frame[]): SectionRole {
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
function partnersOf(b: Block, leads: AgencyRef[]): AgencyRef[] {
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

function leadFrame(stack: Frame[]): Frame | null {
  const f = namingFrame(stack)
  return f?.leads.length ? f : null
}

/** The nearest frame that names who acts names them only in general: see Placed.others. */
function othersAbove(stack: Frame[]): boolean {
  const f = namingFrame(stack)
  return !!f && !f.leads.length
}

function inheritedLeads(stack: Frame[]): AgencyRef[] {
  return leadFrame(stack)?.leads ?? []
}

/** The partners of the nearest frame that names leads or partners ("(1) Phối hợp chặt chẽ với Y:" under "2. Sở X"). */
function inheritedPartners(stack: Frame[]): AgencyRef[] {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i].leads.length || stack[i].partners.length) return stack[i].partners
    if (stack[i].others) return []
  }
  return []
}

/**
 * Those who act for a body in a heading or a lead-in ("Lãnh đạo Ban X", "Đề nghị Thường trực Tỉnh ủy …:"): the body is
 * the lead. Not inside a body's own name ("Cơ quan Thường trực …", "Văn phòng Thường trực …", "Tổ đảng ở Thường trực …").
 */
const STANDS_FOR = /(?<![\p{L}])(?<!(?:[Cc]ơ quan|Văn phòng|Ban|ở)\s)(?:Lãnh đạo|lãnh đạo|Tập thể lãnh đạo|Thường trực)(?=\s+\p{Lu})/gu

/** A lead-in that gives the speaker's views, and asks no one: "…, Bộ có ý kiến như sau:", "… xin có ý kiến góp ý như sau:". */
// (a request before it asks someone: "… đề nghị Sở X …, có ý kiến như sau:"; not a body named for traffic, "Sở Giao thông")
const GIVES_VIEWS = /^(?:(?!(?<!\p{L})(?:đề nghị|yêu cầu|giao(?! thông))\s)[^.:])*(?<!\p{L})có ý kiến(?:\s+(?:trao đổi|góp ý|phúc đáp|tham gia))?\s+(?:như sau|sau đây|cụ thể như sau)\s*:?\s*$/iu

/** "X có trách nhiệm:", "X xác định các nhiệm vụ trọng tâm sau:", "Lãnh đạo Ban X chỉ đạo:": the named subject of the lead-in's last sentence. */
function subjectOf(b: Block, text: string): AgencyRef[] {
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
  const isAsked = ASK_BEFORE.test(plain.slice(0, lead[0].index))
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
const ASKS_TO_DIRECT = /(?:đề nghị|yêu cầu)\s[^.;:]{0,80}?chỉ đạo(?!\p{L})/iu
/** A part's capital letter, which the marker reader leaves in the text: "A. MỤC TIÊU", "B- NHIỆM VỤ". */
const PART_LETTER = /^[A-H]\s?[.-]\s/u
/** A heading that opens by directing a body: "Chỉ đạo Sở Nông nghiệp và PTNT:". */
const DIRECTS = /^(?:chỉ đạo)\s+\p{Lu}/iu

function directedOf(b: Block): AgencyRef[] {
  return assign(b.text, bodiesIn(b.text)).directed.map((m) => refAt(b, m, 0))
}

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

/** The text right after a body named in it opens with an action, perhaps after a modal: "… khẩn trương rà soát …", "… cần tập trung …". */
function actsAfter(text: string, m: AgencyRef): boolean {
  const at = text.lastIndexOf(m.text)
  return at >= 0 && opensWithWork(text.slice(at + m.text.length).replace(/^[\s,]*(?:cần|phải|sẽ)\s+/u, ''))
}

/** The body answers to another for a field of work right after its name: "Sở X chịu trách nhiệm trước UBND tỉnh …". */
function answersFor(text: string, m: AgencyRef): boolean {
  const at = text.lastIndexOf(m.text)
  return at >= 0 && /^\s*chịu trách nhiệm trước\s/u.test(text.slice(at + m.text.length))
}

/** A text that opens with a body's name ("Chủ tịch Ủy ban nhân dân cấp tỉnh" with the head's title blanked). */
function bodyFirst(text: string): boolean {
  const first = bodiesIn(text)[0]
  return !!first && !text.slice(0, first.index).trim()
}

/** The bodies a text names: the lexicon's, and units the lexicon lacks read by their shape. */
function bodiesIn(text: string): AgencyMention[] {
  return mergeUnits(findAgencies(text), unitMentions(text, []))
}

/** A heading that opens with "Đánh giá" (assess). */
const ASSESS = /^đánh giá(?!\p{L})/iu

/** The outline style of such a lead-in, led by the bodies listed above it. */
const LISTED_DUTY = 'listed-duty'

/** A lead-in whose subject is left out: "Có trách nhiệm:", "Chịu trách nhiệm:", "Có nhiệm vụ:". */
const SUBJECTLESS_DUTY = /^(?:có|chịu)\s+(?:trách nhiệm|nhiệm vụ)(?:\s+(?:sau|như sau|chủ yếu|cụ thể))?$/iu

/** The bodies the last items of a run of bullets name, each item only a name: those right above the lead-in. */
function listedBodies(run: Block[]): AgencyRef[] {
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

function headingBodies(b: Block, title: string, label = false): AgencyRef[] {
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
  const assigned = assigning >= 0 ? assign(said, findAgencies(said)).lead.filter((m) => !m.generic) : []
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
function namesOthers(title: string): boolean {
  const bare = withoutLeadIn(title).trim()
  if (canonicalAgency(bare)?.generic === true || /^[Cc]ác\s+\p{Lu}\p{Ll}/u.test(bare)) return true
  // (a collective narrowed to those where something holds: "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc
  // trung ương nơi có trồng sầu riêng")
  const narrowed = NARROWED.exec(bare)
  return !!narrowed && canonicalAgency(withoutHeadTitles(bare.slice(0, narrowed.index)).trim())?.generic === true
}
/** Where a collective's name turns to the clause that narrows it: "… nơi có …", "… có …", "… đang …". */
const NARROWED = /\s+(?:nơi|có|đang)\s+\p{Ll}[^,;:]*$/u

/** A body named at `off + m.index` of a heading's text, as a named (not generic) reference with its place. */
function refAt(b: Block, m: AgencyMention, off: number, generic = false): AgencyRef {
  return { id: slug(m.name), name: m.name, text: m.text, generic, span: { start: at(b, off + m.index), end: at(b, off + m.index + m.length) } }
}

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(RECIPIENTS, CLOSING, PROVINCE_SUBJECT, KIND_WORD, AUTHORITY, SENDS_CABLE, UNIT_NAME, DOER, MOTTO, NUMBER_LINE, ADDRESSED, DECIDES, ROLE_APPOSITIVE, LISTED, BRACKET_AT_END, ASSESS, LEADS_NEXT)
