// Stage 4, sections: which blocks are headings, how they nest (by the sequence of numbering styles), and what each is for.
import { assign } from '../grammar/assign.js'
import { withoutHeadTitles } from '../grammar/mentions.js'
import { isDirective } from '../grammar/cues.js'
import { isHeading, lostNumber, NUMBERED } from './headings.js'
import { DUTY_END, GENERAL_PROVISIONS, roleOf } from './roles.js'
import { bodiesIn, bodyFirst } from './bodies.js'
import type { Frame } from './frames.js'
import { inheritedLeads, inheritedPartners, inheritedRole, leadFrame, othersAbove, partnersOf } from './frames.js'
import { ADDRESSED, CLOSING, MOTTO, NUMBER_LINE, RECIPIENTS, sendsCable, SIGNER_NAME, SIGNS_FOR } from './furniture.js'
import { headingBodies, namesOthers } from './headingBodies.js'
import { actsAfter, answersFor, ASKS_TO_DIRECT, directedOf, DIRECTS, LISTED_DUTY, listedBodies, subjectOf, SUBJECTLESS_DUTY } from './leadIns.js'
import { ownRole } from './ownRole.js'
import type { Block } from '../read/segment.js'
import { at, endOf } from '../read/segment.js'
import type { AgencyRef, Section, SectionRole } from '../contract/schema.js'
import { slug } from '../contract/text.js'
import { warmAll } from '../contract/regex.js'

export { cableSender, MOTTO } from './furniture.js'

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
/** An unmarked heading shorter than this is a title ("Một số vấn đề lưu ý:"), not a sentence. */
const SUB_TITLE = 40

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
    // (not an attachment's after the signature, "PHỤ LỤC" / "HƯỚNG DẪN VIỆC SỐ HOÁ …": its own title, under its heading)
    if (!anyNumbered && !titleSeen && stack[0]?.style !== 'attachment' && (b.caps || b.mdDepth) && KIND_WORD.test(b.text.replace(/^\W+/u, ''))) {
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
    // ("Nguyên nhân:" / "(1) …" / "… Ban Thường vụ Đảng uỷ xã đề nghị … tập trung triển khai thực hiện các nội dung trọng
    // tâm sau:" / "1. …": a sentence, however long, that announces the work to do ends an assessment or an aim above it)
    if (isHeading(b, next) || announcesWorkAfterNone(b, next, stack)) {
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

/**
 * A sentence that ends by announcing the work to do: "… thực hiện các nội dung trọng tâm sau:", "… triển khai các nhiệm
 * vụ sau đây:" (not what is noted: "… lưu ý một số nội dung sau:").
 */
const ANNOUNCES_WORK = /(?<!\p{L})(?:thực hiện|triển khai|tập trung|làm tốt)(?!\p{L})[^.;:]{0,40}(?<!\p{L})(?:nhiệm vụ|công việc|nội dung|giải pháp)[^.;:]{0,40}(?<!\p{L})(?:như sau|sau đây|sau)\s*:\s*$/u

/** An unmarked sentence that announces work over numbered items, under a section that holds none (an assessment, aims). */
function announcesWorkAfterNone(b: Block, next: Block | undefined, stack: Frame[]): boolean {
  if (b.marker || b.mdDepth || b.caps || !next?.marker || !NUMBERED.has(next.marker.type) || !ANNOUNCES_WORK.test(b.text)) return false
  const role = inheritedRole(stack)
  return role === 'situation' || role === 'purpose'
}

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

/** A part's capital letter, which the marker reader leaves in the text: "A. MỤC TIÊU", "B- NHIỆM VỤ". */
const PART_LETTER = /^[A-H]\s?[.-]\s/u

/** A heading that opens with "Đánh giá" (assess). */
const ASSESS = /^đánh giá(?!\p{L})/iu

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(KIND_WORD, AUTHORITY, DECIDES, ASSESS)
