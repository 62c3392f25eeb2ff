// Stage 8, tasks: each leaf item, paragraph, sentence or table row that assigns work, with its lead, coordinators and deadline.
import { findAgencies, type AgencyMention } from '../agencies/index.js'
import { withLostSpaces } from '../agencies/syllables.js'
import { assign, RECIPIENT_BEFORE } from '../grammar/assign.js'
import { CONDITION_WORDS, closingCall, isDirective, isNarrative, isTimeLine, opensAsReport, opensWithAction, opensWithRole, opensWithWork, sentences } from '../grammar/cues.js'
import { lastDeadline, readDeadline, yearOfHeading, type DeadlineContext, type DeadlineMatch } from '../deadlines/index.js'
import { diagnostic } from '../contract/diagnostics.js'
import { mentionsBetween, mentionsIn, withDefinedIn, withRegions, withoutHeadTitles, withoutMentions } from '../grammar/mentions.js'
import { mergeUnits, unitMentions } from '../grammar/units.js'
import { REPORT_STEP, directiveSentences, paragraphSentences, splitMilestones } from './pieces.js'
import { GOES_ON } from './goesOn.js'
import { ROW_CELL } from './appendix.js'
import type { AgencyRef, Diagnostic, DocKind, Section, Task } from '../contract/schema.js'
import { BULLET_STYLES, type Placed } from '../structure/sections.js'
import { at, type Block } from '../read/segment.js'
import { roleOf } from '../structure/roles.js'
import { LABEL, NUMBERED, preparesOnly } from '../structure/headings.js'
import { readRow, tableHeader, type TableColumns } from '../read/tables.js'
import { hash, normKey, slug } from '../contract/text.js'
import { warm, warmAll } from '../contract/regex.js'

export interface TaskContext extends DeadlineContext {
  /** the document's kind: in plans and directives an item that opens with an action is a task wherever it sits */
  kind?: DocKind
  /** the text comes as a site's page about an act ("# Toàn văn Công văn …"), with the site's own questions after it */
  page?: boolean
  /** the number of the act the text is or is about ("12118/VPCP-KTTH") */
  number?: string | null
  /** the body that issued the document: "Văn phòng sẽ phối hợp …" in its own text is itself */
  issuer?: AgencyRef | null
}

/** Kinds whose numbered or bulleted items assign work even under headings that do not say so. */
const ASSIGNING_KINDS: ReadonlySet<DocKind> = new Set(['ke-hoach', 'chuong-trinh', 'chi-thi', 'ket-luan', 'thong-bao', 'cong-dien', 'cong-van', 'huong-dan'])

interface Draft {
  task: Task
  placed: Placed
}

/**
 * A labelled field under an item: "- Cơ quan chủ trì: …", "- Đơn vị phối hợp: …", also with the roles joined ("- Cơ quan
 * chủ trì, thực hiện: …", "Chủ trì và tham mưu: …"), and as a PDF that lost a space writes it ("Cơ quan chủtrì: …"). Group 2
 * or 4 is the first role, group 5 the value.
 */
const FIELD = new RegExp(
  withLostSpaces(String.raw`^(?:(cơ quan|đơn vị|bộ phận|trách nhiệm(?:\s+(?:chỉ đạo|tổ chức|triển khai))?)\s+(chủ trì|thực hiện|phối hợp)|()(chủ trì|phối hợp))(?:(?:\s*,\s*|\s+(?:và\s+)?)(?:tham mưu|thực hiện|triển khai)){0,2}\s*:\s*(.+)$`),
  'iu',
)
const TIME_FIELD = /^(thời gian|thời hạn|tiến độ)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*(.+)$/iu
/**
 * A label alone over a list of bodies: "2. Cơ quan chủ trì, phối hợp" / "a) Cơ quan chủ trì" (or the role alone, "2. Chủ trì thực
 * hiện") / "- Ban Chỉ đạo quốc gia." /
 * "- Bộ Quốc phòng; Bộ Lao động - Thương binh và Xã hội." / "b) Cơ quan phối hợp" / "- …".
 */
const LABEL_ALONE = new RegExp(withLostSpaces(String.raw`^(?:(?:cơ quan|đơn vị)\s+(chủ trì|phối hợp|thực hiện)(?:\s*,\s*(?:phối hợp|thực hiện))?|(chủ trì|phối hợp)(?:\s+thực hiện)?)\s*:?\s*$`), 'iu')
/** An article's number with nothing after it: "Điều 2.", "**Điều 3:**". */
const LONE_ARTICLE = /^[*_\s]*Điều\s+\d{1,3}[a-zđ]?\s*[.:]?[*_\s]*$/u
const OTHER_FIELD = /^(sản phẩm|kết quả|kinh phí|nguồn kinh phí|hình thức văn bản)(?:\s+\S+){0,2}\s*:/iu
/** A lead-in that lists what a thing is made of or covers: "… bao gồm", "… gồm", "… đối với". */
const INCLUDES = /(?<!\p{L})(?:(?:bao )?gồm|đối với)$/u
/** A heading that names where money comes from ("- Nguồn vốn trong nước:", "Nguồn vốn quốc tế"): its items are sources. */
const FUNDING_SOURCES = /^(?:các\s+)?nguồn\s+(?:vốn|kinh phí|tài chính|ngân sách)(?:\s+[^\s:;.,]+){0,4}\s*:?$/iu
/**
 * A lead-in that lists what is forbidden or punished: "Các hành vi vi phạm quy định về … thì bị xử phạt … như:",
 * "Nghiêm cấm các hành vi sau:". Its items are acts no one is to do, not tasks. (Not "Xử lý nghiêm các hành vi vi
 * phạm sau:", which opens with the action asked.)
 */
const LISTS_VIOLATIONS = /^(?:(?:các|những)\s+hành vi\s+(?:vi phạm|bị (?:nghiêm )?cấm)|nghiêm cấm\s+(?:các|những)\s+hành vi)[^]*?(?<!\p{L})(?:như|gồm|sau|sau đây|như sau|là)$/iu
/** A contact line: "Khu vực tỉnh Bình Dương (cũ): điện thoại số 0937.618.686, địa chỉ: Tầng 6, …", "Mọi ý kiến thắc mắc xin liên hệ … (email: …, số điện thoại:" (its number cut to the next line). */
const CONTACT = /điện thoại(?:\s+số)?\s*:?\s*(?:\(?\+?\d[\d\s.()-]{6,}|$)/iu
const ADDRESS = /(?<!\p{L})(?:địa chỉ|liên hệ)(?!\p{L})/iu
/** A project, task or programme of a programme, by its number: "Dự án 1:", "Tiểu dự án 2", "Nhiệm vụ 3:". */
const PROJECT = /^(?:tiểu dự án|dự án|đề án|nhiệm vụ|chương trình)\s+(?:\d|[IVX]+\b)/iu
const DEADLINE_LIKE = /(trước|chậm nhất|hạn chót|thời hạn|hoàn thành trong|đến hết)\s+(ngày|tháng|quý|năm)/iu

/** The bodies of one level of government, named by the level: "Ủy ban nhân dân cấp xã", "Sở Tài chính cấp tỉnh". */
const LEVEL_COLLECTIVE = /\scấp (?:tỉnh|huyện|xã|cơ sở)$/u

/** A lead-in that names no one: "Chủ trì, phối hợp", "Chủ trì, phối hợp với:" over items that each open with a body. */
const CHAIRS_WITH = /^chủ trì,?\s*phối hợp(?:\s+với)?\s*:?$/iu

/** An example in a guidance: "Ví dụ:", "Ví dụ 1:", "Ví dụ: Đồng chí …" (markdown emphasis already gone or kept). */
const EXAMPLE = /^[*_]*\s*ví dụ(?:\s+\d{1,2})?\s*[*_]*\s*:/iu
/** The notes under a table or a list: "Ghi chú:", "Chú thích:" (what they note comes after the colon or as items). */
const NOTES = /^[*_]*\s*(?:ghi chú|chú thích)\s*[*_]*\s*:/iu
/** A heading that is the word alone ("## Chú thích"): its whole section notes, marked or not. */
const NOTES_HEADING = /^[*_]*\s*(?:ghi chú|chú thích)\s*[*_]*\s*$/iu

export function extractTasks(placed: Placed[], ctx: TaskContext): { tasks: Task[]; diagnostics: Diagnostic[] } {
  const drafts: Draft[] = []
  const diagnostics: Diagnostic[] = []
  let pending: Draft[] = []
  let pendingSection: string | null = null
  let header: TableColumns | null = null
  /** the last row of the table that named its own bodies: rows merged under it are its bodies' too */
  let lastRow: Draft | null = null
  let headerCells: string[] | null = null
  let timeAbove = null as Task['deadline']
  // "6. Tổ chức triển khai thực hiện Chiến lược …" as a heading over only its labels (Cơ quan chủ trì: …, Thời gian
  // thực hiện: …) or over nothing: the heading is the task. Held until what sits under it shows whether items carry it.
  let held: Draft | null = null
  // each section's parent, to tell which items a group's label covers
  const parents = new Map<string, string | null>()
  const within = (id: string | null, root: string | null): boolean => {
    if (root === null) return false
    for (let s = id, n = 0; s !== null && s !== undefined && n < 20; s = parents.get(s) ?? null, n++) if (s === root) return true
    return false
  }
  const release = () => {
    if (held) drafts.push(held), pending.push(held)
    held = null
  }
  // labelled fields cover the items since the last run of labels: "1.2. …" / "- Cơ quan thực hiện: …" / "1.3. …" /
  // "- Cơ quan thực hiện: …" gives each block its own items, not every item of the section still without a body
  let labelsFrom = 0
  let labelsSeen = -1
  const sinceLabels = (): number => {
    if (drafts.length !== labelsSeen) labelsFrom = Math.max(labelsSeen, 0)
    labelsSeen = drafts.length
    return labelsFrom
  }
  // the label alone whose list of bodies is being read, and the items it covers
  let labelList: { coordinating: boolean; base: Draft[]; targets: Draft[]; listed: boolean } | null = null
  /** the items whose lead a labelled field "… chủ trì: …" gave */
  const ledByLabel = new WeakSet<Task>()
  let example = false
  let noting = false
  // under a heading of notes standing alone ("## Chú thích") every paragraph notes, marked or not
  let notes = false
  // the lead-in held as a task because it lists what its work includes ("… bao gồm:")
  let listsWork: Draft | null = null
  let quoting = false
  const years = contextYears(ctx)
  let headerYear: YearSource | null = null
  // whether the open table, one with no header, is read row by row from its cells (null: none open yet)
  let headless: boolean | null = null
  // the heading of each section, and each section's parent: a phase's end reaches the items under it
  const headingOf = new Map<string, { block: Block; section: Section; ctx: TaskContext }>()
  let placedAt = -1
  for (const p of placed) {
    const b = p.block
    /** the block right before this one, as placed */
    const above: Placed | undefined = placed[++placedAt - 1]
    if (p.kind === 'title') years.title(b.text)
    if (p.kind === 'heading' && p.section && !headingOf.has(p.section.id)) headingOf.set(p.section.id, { block: b, section: p.section, ctx: years.at(p, null) })
    const here = years.at(p, p.kind === 'row' ? headerYear : null)
    const sectionId = p.section?.id ?? null
    if (sectionId !== pendingSection) {
      pending = []
      pendingSection = sectionId
    }
    if (p.kind === 'row') {
      const h = tableHeader(b.cells!)
      if (h) {
        header = h
        headless = false
        headerCells = b.cells!
        lastRow = null
        timeAbove = null
        headerYear = headerYearOf(b.cells!, h)
        continue
      }
      // a header over two rows, a merged cell's parts under it: "Thời gian | Nội dung công việc | … | Thực hiện" /
      // " | | | Đơn vị chủ trì | Đơn vị phối hợp" — the second row names the columns the first one spans
      if (header && headerCells && !lastRow && !b.cells![header.text]?.trim()) {
        const top = headerCells
        const both = tableHeader(b.cells!.map((c, i) => `${top[Math.min(i, top.length - 1)] ?? ''} ${c}`.trim()))
        if (both) {
          header = both
          headerCells = null
          continue
        }
      }
      headerCells = null
      if (!header) {
        // (a numbered row of a table whose header was lost, from its first row on: its columns read from what its
        // cells hold; not the rows of a table whose header names no task, a scorecard's "STT | Chỉ tiêu | Đơn vị | …")
        const cols: TableColumns | null = headless !== false ? headlessColumns(b.cells!, here) : null
        headless ??= !!cols
        const d = cols && rowTask(p, cols, here)
        if (d) drafts.push(d), (held = null)
        continue
      }
      const d = rowTask(p, header, here)
      // a schedule whose time comes before the work ("10-11/2019 | Xây dựng … " / " | Lấy ý kiến …", "9 | 08/09/2025-14/09/2025
      // | Tuần lễ hội nhập |" / "| | | Buổi định hướng …"): Word merged the time over the rows under it, whose own cell,
      // and number, are empty
      const timeFirst = header.deadline >= 0 && header.deadline < header.text
      if (d && timeFirst && !b.cells![0]?.trim() && !b.cells![header.deadline]?.trim() && !d.task.deadline && timeAbove) d.task.deadline = { ...timeAbove }
      if (d && timeFirst) timeAbove = d.task.deadline
      // a row whose number, lead and partners Word merged with the row above's ("| | | | - Rà soát … | … | Giai đoạn
      // 2026 - 2027 |") is another task of that row's bodies
      const cells = b.cells!
      const merged = !!d && !cells[0]?.trim() && header.lead > 0 && !cells[header.lead]?.trim() && (header.coordinators < 0 || !cells[header.coordinators]?.trim())
      if (d && merged && lastRow && !d.task.lead.length) {
        d.task.lead = lastRow.task.lead
        d.task.coordinators = lastRow.task.coordinators
      }
      if (d && !merged) lastRow = d
      // the rows of a table under an action heading carry its work: the heading is their group, not a task of its own
      if (d) drafts.push(d), (held = null)
      continue
    }
    // a news article that quotes the law ("Hoạt động … được quy định tại Điều 30 Luật …", "Căn cứ tại Điều 3 Quyết định
    // … quy định nhiệm vụ của Ban chỉ đạo như sau:"): what it quotes assigns nothing, up to the article's next headline
    // ("## …", "**… như thế nào?**")
    // (the same in a site's page that gives an act's full text and answers questions of law after it)
    if ((ctx.kind === 'tin-bai' || ctx.page) && (p.kind === 'heading' || p.kind === 'content')) {
      // (a headline that asks, "Hoạt động … được quy định như thế nào?", is the question the part answers: no task)
      const asks = /\?\s*$/u.test(b.text) && b.text.length < 200
      if (b.mdDepth || asks) quoting = false
      // (not the act the page is about: "Theo đó, tại nội dung Công văn 12118/VPCP-KTTH năm 2025, quy định những vấn đề
      // như sau:" opens the act's own text)
      // (nor an act that gives work, whatever it is called: "Căn cứ theo Mục 1 Công điện 71/CĐ-TTg năm 2025 có quy định
      // như sau:" quotes the work the Công điện gives)
      // (nor a lead-in that asks for the items, whatever grounds it cites: "Thực hiện Kế hoạch 11/KH-BCĐTƯATTP …, căn cứ
      // trách nhiệm … quy định tại Điều 38 Nghị định 115/2018/NĐ-CP …, Cục An toàn thực phẩm đề nghị các đơn vị thực hiện
      // các nội dung sau:")
      if (QUOTES_LAW.test(b.text) && !(ctx.number && b.text.includes(ctx.number)) && !quotesWork(b.text) && !ASKS_ITEMS.test(b.text)) quoting = true
      // (on a site's page about one act, an answer that quotes a decision, "Tại điểm 3 Mục III Quyết định 2371/QĐ-TTg năm
      // 2025 đã triển khai … như sau:", gives what that decision provides, not work of the page's act, as a law quoted
      // does; a plan, a telegram or the page's own act quoted so still gives work)
      if (ctx.page && ctx.number && !b.marker && /:\s*$/u.test(b.text) && citesOtherAct(b.text, ctx.number)) quoting = true
      if (quoting || asks) continue
      // (a legal site's answer in its own words, after the act it quotes: "Như vậy, Chủ tịch … có trách nhiệm …", "Theo
      // đó, tại Công điện 71/CĐ-TTg … Thủ tướng Chính phủ yêu cầu …", "Ngoài ra, Bộ trưởng … có trách nhiệm …")
      if (ctx.page && !b.marker && p.kind === 'content' && RESTATES.test(b.text)) continue
    }
    // a group title between rows keeps the table open; prose closes it
    if (p.kind !== 'heading') (header = null), (headless = null)
    if (p.kind === 'heading' || p.kind === 'closing') {
      release()
      // a section's title ("II. TỔ CHỨC THỰC HIỆN") is no task, however it opens
      if (p.kind === 'heading' && b.marker && (p.role === 'tasks' || p.role === 'organisation') && opensWithAction(b.text) && !/:\s*$/u.test(b.text) && !b.caps && !roleOf(b.text)) {
        held = makeTask(p, b.text, 0, here, 'item', null)
      }
      // ("Yêu cầu UBND các xã, … báo cáo số liệu định kỳ hàng tháng … bao gồm:" over "(1). Tổng số gói thầu …": a lead-in
      // that directs, over a list of what its work includes, is the task itself; items that open with work of their
      // own take its place)
      // (not one that lists who: "Giao các sở quản lý … gồm:" / "- Sở Xây dựng (đối với …);" names the bodies that
      // the next lead-in gives work to)
      // (in a regulation's article too, where a body named first answers for it: "Sở Tài chính chịu trách nhiệm cập nhật …
      // vào Cơ sở dữ liệu về giá đối với:" / "a) Báo cáo giá thị trường …")
      else if (p.kind === 'heading' && !b.caps && INCLUDES.test(b.text.replace(/[:\s]+$/u, '')) && (p.role === 'tasks' || p.role === 'organisation' ? isDirective(b.text) || opensWithWork(b.text) || subjectActs(b, b.text, true) : p.role === 'other' && subjectActs(b, b.text, true))) {
        held = makeTask(p, b.text, 0, here, 'item', null)
        listsWork = held
      }
    }
    if (p.kind !== 'content') {
      example = false
      // ("Ghi chú:" alone over its items is read as a heading)
      noting = p.kind === 'heading' && NOTES.test(b.text)
      notes = p.kind === 'heading' && NOTES_HEADING.test(b.text)
      continue
    }
    // "Ghi chú:" and the items under it ("- (*) Chủ tịch Hội đồng thẩm định là …", "- Thời gian thực hiện … sẽ được điều
    // chỉnh …"): notes on what is above, never tasks; a paragraph with no mark, or a heading, ends them
    if (NOTES.test(b.text)) {
      noting = true
      continue
    }
    if ((noting && b.marker) || notes) continue
    noting = false
    // "Ví dụ: Đồng chí Nguyễn Văn A …", and the paragraphs under a "Ví dụ:" standing alone: an illustration, never a
    // task; the next item or heading ends it
    if (b.marker) example = false
    if (EXAMPLE.test(b.text)) {
      example = true
      continue
    }
    if (example && !b.marker) continue
    if (held && (FIELD.test(b.text) || TIME_FIELD.test(b.text) || isTimeLine(b.text))) release()
    if (p.role === 'purpose' || p.role === 'situation' || p.role === 'arrangements') continue
    const text = b.text
    // "(Kết quả thực hiện cập nhật đến ngày 25/01/2026)": a note in brackets
    if (/^\([^()]*\)[.;]?$/u.test(text)) continue
    // a letter's subject under its number ("V/v triển khai thực hiện các quy định …") names what the letter is about
    if (/^V\/v\s/u.test(text)) continue
    if (p.section) parents.set(p.section.id, p.section.parent)
    // "a) Cơ quan chủ trì" / "- Ban Chỉ đạo quốc gia." / "- Bộ Quốc phòng; …": the bodies listed under a label alone
    // lead (or partner) the items since the last labels that have none of their own; a label or list that follows
    // ("b) Cơ quan phối hợp" / "- …") covers the same items
    const alone = LABEL_ALONE.exec(text)
    if (alone) {
      const base: Draft[] = labelList?.base ?? drafts.slice(sinceLabels()).filter((d) => within(d.task.section, p.section?.id ?? null) || (!!p.section?.parent && d.task.section === p.section.parent))
      const coordinating = /phối hợp/iu.test(alone[1] ?? alone[2])
      labelList = { coordinating, base, targets: base.filter((d) => (coordinating ? !d.task.coordinators.length : !d.task.lead.some((l) => !l.generic))), listed: false }
      continue
    }
    // (an entry that names bodies, a level or a kind of body with a word between — "Ban Chỉ đạo các quân khu; Ban Chỉ
    // đạo các tỉnh." — is still an entry; one that opens with work ends the list)
    if (labelList && !FIELD.test(text) && !TIME_FIELD.test(text) && (namesOnly(b, text) || (!!b.marker && mentionsIn(b).length > 0 && !opensWithWork(text) && !opensWithAction(text) && !subjectActs(b, text) && text.length < 160))) {
      const refs = refsOf(text, b, 0)
      // (the first body listed takes the place of what the item had; the rest join it; "+ Sở X chủ trì, phối hợp với
      // Y" under "- Cơ quan thực hiện:" reads as the label's value would)
      for (const d of labelList.targets) {
        if (!labelList.coordinating && !labelList.listed && /phối hợp/iu.test(text)) {
          applyLabel(d.task, false, text, b, 0)
          continue
        }
        if (labelList.coordinating) d.task.coordinators = dedupe([...(labelList.listed ? d.task.coordinators : []), ...refs])
        else d.task.lead = dedupe([...(labelList.listed ? d.task.lead : []), ...refs])
      }
      labelList.listed = true
      continue
    }
    labelList = null
    // "b) Cơ quan thực hiện:", "a) Nhiệm vụ:": a label over labels or items, nothing to do by itself
    if (/^(?:(?:cơ quan|đơn vị|bộ phận)(?:\s+\S+){1,3}|nhiệm vụ|thời gian(?:\s+\S+){0,2})\s*:\s*$/iu.test(text)) continue
    // labelled fields complete the item above them; at the level of a group ("a) Nhiệm vụ: - … - …; b) Cơ quan
    // thực hiện: - Đơn vị chủ trì: X"), every item of the group that has no body of its own
    const field = FIELD.exec(text)
    // "6.1. Phân công cán bộ lãnh đạo phụ trách …" / "- Cơ quan chủ trì thực hiện: …": an item followed by its labelled
    // fields is a task, whatever it opens with (the labels are not the item above's)
    if (field && above && above.kind === 'content' && above.section === p.section && above.block.marker && NUMBERED.has(above.block.marker.type) && !above.block.cells && drafts[drafts.length - 1]?.placed.block !== above.block && !LABEL.test(above.block.text) && !/:\s*$/u.test(above.block.text)) {
      const d = makeTask(above, above.block.text, 0, years.at(above, null), 'item', null)
      drafts.push(d), pending.push(d)
    }
    const last = drafts[drafts.length - 1]
    if (field && last) {
      const value = field[5]
      const coordinating = /phối hợp/iu.test(field[2] ?? field[4])
      // "- Cơ quan chủ trì: Văn phòng Đảng uỷ." then "- Cơ quan thực hiện: Các cơ quan tham mưu …": beside the body
      // that leads, those that carry the work out neither lead nor partner it
      const doing = /thực hiện/iu.test(field[2] ?? '')
      if (doing && ledByLabel.has(last.task)) continue
      if (!coordinating && !doing) ledByLabel.add(last.task)
      const group = drafts.slice(sinceLabels()).filter((d) => d !== last && within(d.task.section, p.section?.id ?? null) && (coordinating ? !d.task.coordinators.length : !d.task.lead.some((l) => !l.generic)))
      for (const d of [...group, last]) applyLabel(d.task, coordinating, value, b, text.length - value.length)
      continue
    }
    // "2.1. Nghị quyết về phát triển kinh tế - xã hội …" / "Đảng uỷ UBND xã chủ trì, phối hợp các cơ quan liên quan tham
    // mưu trình trong tháng 01/2026": a line right under an item that only says who prepares it, with whom and by when,
    // completes that item as its labels would
    if (last && above?.block === last.placed.block && preparesOnly(b)) {
      applyLabel(last.task, false, text, b, 0)
      const m = lastDeadline(text, here)
      if (m?.end) setDeadline(last.task, m, b, 0)
      continue
    }
    const tf = TIME_FIELD.exec(text)
    if ((tf || isTimeLine(text)) && (pending.length || last)) {
      const m = lastDeadline(text, here)
      if (m && (m.end || m.recurrence || m.kind === 'open-start')) {
        // "- Thời gian thực hiện: …" bulleted under an item is that item's own word and wins; the same words standing
        // alone after a group of items ("Thời gian thực hiện: trong quý III/2024.") date the group, filling gaps
        const own = !!tf && !!b.marker
        const group = drafts.slice(sinceLabels()).filter((d) => d !== last && !d.task.deadline && within(d.task.section, p.section?.id ?? null))
        const targets = own && last ? [...group, last] : pending.length ? pending : last ? [last] : []
        for (const d of targets) if (own || !d.task.deadline?.end) setDeadline(d.task, m, b, 0)
        pending = []
        continue
      }
    }
    // a label whose value could not be read ("Thời gian thực hiện: Theo lộ trình …") is still a label, not a task
    if (OTHER_FIELD.test(text) || tf) continue
    const blockMode = (p.role === 'tasks' || p.role === 'organisation') && !opensAsReport(sentences(text)[0]?.text ?? text)
    // in prose, a short line that ends without a full stop is a headline or a caption, not a sentence that directs
    if (!blockMode && !b.marker && text.length < 120 && !/[.!?;:…]["”»)]?$/u.test(text)) continue
    // a scrap of a table a scan broke apart ("Minh", "Hà Nội, Thành phố Hồ Chí", "UBND thành phố"): a short unmarked
    // line that names no action is no task, even in a task section
    if (blockMode && !b.marker && text.length < 40 && !opensWithAction(text) && !/[.;!?]$/u.test(text)) continue
    // (nor is a cell of names a scan set apart: "Bộ Tài chính, Bộ Ngoại giao, Bộ Nông nghiệp và Môi trường, các địa
    // phương, …" names who partners, and does nothing; nor one that numbers its bodies, as a PDF's table gives each on a
    // line of its own: "(1) Bộ Tư pháp" / "(2) Bộ Nội vụ")
    if (blockMode && (!b.marker || b.marker.type === 'paren') && !b.cells && namesOnly(b, text)) continue
    // ("- Sở Công Thương (đối với tài sản kết cấu hạ tầng cụm công nghiệp);": an item of a list of bodies names who, for
    // what, and does nothing; what they do follows it)
    if (b.marker && !b.cells && text.includes('(') && namesOnly(b, text.replace(/\([^()]*\)/gu, (t) => ' '.repeat(t.length)))) {
      if (held && held === listsWork) held = null
      continue
    }
    // ("… báo cáo số liệu … thông qua Hệ thống mạng đấu thầu quốc gia bao gồm:" / "(1). Tổng số gói thầu …": what a report
    // or a licence includes, item by item, names no work; an item that opens with an action still does: "… tham mưu
    // Lãnh đạo Sở triển khai … bao gồm:" / "- Huấn luyện, kiểm tra, cấp, cấp lại giấy chứng nhận …")
    // (nor does a project named in the list: "- Dự án 1: Phòng ngừa, đấu tranh tội phạm …")
    // ("Các hành vi vi phạm … thì bị xử phạt … như:" / "- Cho thuê lại lao động … vượt quá 12 tháng.": a forbidden act)
    if (listedContent(b, p.section, text)) continue
    // ("- Khu vực …: điện thoại số …, địa chỉ: …": where to call, no work)
    if (CONTACT.test(text) && ADDRESS.test(text) && !opensWithWork(text) && !isDirective(text)) continue
    // (nor the number such a line left on the next: "024.3768.9679)." — no word, no date and no year, nothing to do; a
    // time cut to its own line, "2035).", still ends the item above)
    if (!/\p{L}/u.test(text) && !/\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{1,2}\s*\/\s*\d{4}|(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(text)) continue
    // (nor an article's number alone on its line, its text on the next: "Điều 2." / "Nghị quyết này có hiệu lực …")
    if (LONE_ARTICLE.test(text)) continue
    let pieces = !blockMode ? directiveSentences(text, here) : b.marker ? splitMilestones(text, here) : paragraphSentences(text, here)
    // the task whose list this paragraph goes on, if any (listGoesOn)
    const listFrom = !blockMode && !b.marker && p.kind === 'content' ? listGoesOn(b, text, drafts, sectionId) : null
    // "- Tổ chức quán triệt …", "- Ủy ban Kiểm tra kiểm tra …" in a plan, under a heading with no role words: an item
    // that opens with an action or with the body that acts, or any item under a heading that names who acts
    // "Bộ trưởng Bộ Tài chính cân đối …": the head of a body opens the item for it
    const opensWithBody = () => {
      const m = mentionsIn(b)[0]
      // (a level's bodies together act too: "Ủy ban nhân dân cấp xã ưu tiên cân đối ngân sách …")
      return !!m && (!m.generic || LEVEL_COLLECTIVE.test(m.name)) && /^\s*$/u.test(withoutHeadTitles(text).slice(0, m.index))
    }
    // (in a resolution or a decision too, under a heading that names who acts: "2. Giao Bộ Y tế:" / "a) …" / "b) Ban
    // hành quyết định …", every item that opens with an action is that body's task)
    const assigningKind = !!ctx.kind && ASSIGNING_KINDS.has(ctx.kind)
    // (and in any act, an item whose own body, named, acts: "1. Chánh Văn phòng Trung ương Đảng chỉ đạo xây dựng …" in
    // a regulation assigns that work as a plan's item does)
    // (or under a heading that names them only in general: "2. Các Sở quản lý ngành, lĩnh vực:" / "a) Kiểm tra việc …")
    const assigning = assigningKind || ((p.leads.some((l) => !l.generic) || (!!p.others && !!b.marker)) && opensWithWork(text)) || (!!b.marker && namedBodyActs(b, text))
    // (a later sentence kept on its own — "Báo cáo … trước ngày 03/12/2025 …" — does not stand for an item whose opening
    // sentence, an action, was not: the item is still read whole, split at its own dates)
    // ("- Thường xuyên cập nhật …": an adverb may come before the action; "- Trường hợp … ô nhiễm nghiêm trọng, các đơn
    // vị, trường học chủ động tạm dừng …": a condition may come before the clause that directs)
    if (!blockMode && !pieces.some((x) => x.offset === 0) && b.marker && assigning && (opensWithWork(text) || opensWithBody() || subjectActs(b, text) || conditionThenDirects(text) || p.leads.some((l) => !l.generic) || (assigningKind && opensWithRole(text))) && !opensAsReport(text)) {
      pieces = splitMilestones(text, here)
    }
    // "Bộ Quốc phòng, Bộ Công an huy động lực lượng …", "Các địa phương phát động ngay …": in the body of a document that
    // assigns, a paragraph whose bodies open it and then act is their task, as a directive's sentences are
    else if (!blockMode && !pieces.length && !b.marker && p.kind === 'content' && assigningKind && !/:\s*$/u.test(text) && subjectActs(b, text) && !isNarrative(text) && !opensAsReport(text)) {
      pieces = paragraphSentences(text, here)
    }
    // ("**3. Sở Dân tộc và Tôn giáo:**" / "Mở đợt cao điểm tuyên truyền, …": a paragraph with no mark of its own, under a
    // heading that names who acts, that opens with an action, is that body's task too)
    else if (!blockMode && !pieces.length && !b.marker && p.kind === 'content' && (p.leads.some((l) => !l.generic) || (assigningKind && !!p.others)) && opensWithWork(text) && !opensAsReport(text)) {
      pieces = paragraphSentences(text, here)
    }
    // ("- Tập huấn, bồi dưỡng, nâng cao năng lực cho đội ngũ" / "Phối hợp với đơn vị liên quan tổ chức tập huấn …" / "Tổ
    // chức Hội thảo chia sẻ mô hình hiệu quả …": in a plan, a marked line that heads paragraphs of work with no mark of
    // their own, as a copy leaves a plan's items, heads items; each paragraph that opens with an action is one)
    else if (!blockMode && !pieces.length && !b.marker && p.kind === 'content' && assigningKind && !!p.section && BULLET_STYLES.has(headingOf.get(p.section.id)?.block.marker?.type ?? '') && !/:\s*$/u.test(text) && opensWithWork(text) && !isNarrative(text) && !opensAsReport(text)) {
      pieces = paragraphSentences(text, here)
    }
    // ("Theo đó, lực lượng QLTT cả nước tập trung kiểm tra …" / "Cùng với đó, tăng cường kiểm tra, kiểm soát …": a
    // paragraph that goes on from a task right before it, with more work and no subject of its own, is a task too; its
    // lead is the one before's, goesOn.ts)
    else if (!blockMode && !pieces.length && !b.marker && p.kind === 'content' && goesOnFromTask(b, text, drafts, sectionId)) {
      pieces = paragraphSentences(text, here)
    }
    // ("Giao Đảng ủy Chính phủ: Chỉ đạo … ." / "Lãnh đạo, chỉ đạo rà soát …", "… nghiên cứu định hướng …;" / "Đề xuất chủ
    // trương … ": a list whose marks a copy dropped, each item its own paragraph, goes on while the paragraphs open with
    // an action; its items are the body's the list began with)
    else if (listFrom && !pieces.length) {
      pieces = paragraphSentences(text, here)
    }
    // ("… . Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện.": a closing call to carry out names nothing to do;
    // the paragraph's other sentences still do)
    pieces = pieces.filter((x) => !closingCall(x.text))
    const listLead = listFrom?.task.lead ?? []
    // (items with work of their own take the place of the lead-in held over them; work outside its section does not:
    // "1. Sở Tài chính chịu trách nhiệm … đối với:" / "a) …" / "2. Sở Công Thương chịu trách nhiệm …" keeps both)
    if (pieces.length && held === listsWork && held && !within(sectionId, held.task.section)) release()
    if (pieces.length) held = null
    let itemLead: AgencyRef[] = []
    const ownBody = new Set<Draft>()
    const firstOfBlock = drafts.length
    for (const piece of pieces) {
      // "… tham mưu đề xuất …. Thời gian hoàn thành trước ngày 30/12/2025.": a sentence that only dates the block's
      // actions before it is their deadline, not a task of its own
      const mine = drafts.slice(firstOfBlock)
      if (mine.length && isTimeLine(piece.text)) {
        const m = lastDeadline(piece.text, here)
        if (m && (m.end || m.recurrence)) {
          for (const d of mine) if (!d.task.deadline) setDeadline(d.task, m, b, piece.offset)
          continue
        }
      }
      const source: Task['source'] = b.marker ? 'item' : blockMode ? 'paragraph' : 'sentence'
      const d = makeTask(p, piece.text, piece.offset, here, source, piece.inherited ?? null)
      // "2.3. Công an tỉnh" / "b) Chủ trì, phối hợp" / "- Sở Tài chính … tham mưu …": under a lead-in that only says
      // "leads, with", the body above leads and the bodies each item opens with are its partners
      if (p.section && CHAIRS_WITH.test(p.section.title) && p.leads.some((l) => !l.generic)) {
        const own = d.task.lead.filter((l) => !l.generic && !p.leads.some((x) => x.id === l.id))
        if (own.length) (d.task.coordinators = [...own, ...d.task.coordinators]), (d.task.lead = p.leads.filter((l) => !l.generic))
      }
      // the later actions of one item or paragraph ("… tháng 01/2025. Tổ chức kiểm tra …", "Ban Quản lý Khu kinh tế chủ
      // trì … . Xây dựng phương án giá …, hoàn thành trong năm 2026."): a sentence with no subject of its own continues
      // the one before, and its body acts (a paragraph's sentence must open with the action: "Bộ trưởng Công an chỉ đạo
      // …", "Việc thẩm định được thực hiện …" have subjects the lexicon does not know; "… . Báo cáo kết quả thực hiện về
      // Ủy ban nhân dân tỉnh trước ngày 30/8/2026" sends up what the sentence before had its body do)
      if (!d.task.lead.length && itemLead.length && (b.marker || opensWithAction(piece.text) || REPORT_STEP.test(piece.text))) d.task.lead = itemLead
      if (!d.task.lead.length && listLead.length) d.task.lead = listLead.map((r) => ({ ...r }))
      if (d.task.lead.some((l) => !l.generic)) itemLead = d.task.lead
      if (piece.ownBody) ownBody.add(d)
      drafts.push(d)
      pending.push(d)
      // (a duty that comes back, "định kỳ hằng năm … trước ngày 15 tháng 12", was read: its day is each year's)
      if (!d.task.deadline && !d.task.recurrence && DEADLINE_LIKE.test(piece.text)) {
        // point at the phrase itself, and quote it with what follows the cue
        const m = DEADLINE_LIKE.exec(piece.text)!
        const where = at(b, piece.offset + m.index)
        diagnostics.push(diagnostic('deadline-unreadable', where.line, where.column, piece.text.slice(m.index, m.index + 40).replace(/[,;.].*$/u, '')))
      }
    }
    // "… trong tháng 10/2024 và mở lớp … . Đơn vị thực hiện: Phòng X phối hợp với Y": the item's label covers its every action
    // (not a later sentence's own body: "… . Bộ Tài chính khẩn trương xuất cấp …" leads its own sentence only)
    if (b.marker) fillFromItem(drafts.slice(firstOfBlock).filter((d) => !ownBody.has(d)))
  }
  release()
  for (const d of drafts) if (!d.task.deadline) phaseDeadline(d, headingOf)
  for (const d of drafts) {
    // after labelled fields have had their say
    if (d.task.lead.length === 0) diagnostics.push(diagnostic('task-no-lead', d.task.span.start.line, d.task.span.start.column, short(d.task.text)))
    const dl = d.task.deadline as (Task['deadline'] & { invalid?: string }) | null
    if (dl && (dl as { invalid?: string }).invalid) {
      diagnostics.push(diagnostic('date-impossible', dl.span?.start.line ?? d.task.span.start.line, dl.span?.start.column ?? 1, dl.text))
      delete (dl as { invalid?: string }).invalid
    }
  }
  return { tasks: withIds(drafts.map((d) => d.task)), diagnostics }
}

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
/**
 * A marked item, not opened by a body, under a lead-in that lists what a thing includes (and the item names no work,
 * no numbered project, no condition that directs) or what is forbidden: content, not a task.
 */
function listedContent(b: Block, section: Section | null, text: string): boolean {
  if (!b.marker || !section || mentionsIn(b)[0]?.index === 0) return false
  if (LISTS_VIOLATIONS.test(section.title)) return true
  // ("- Nguồn vốn trong nước:" / "+ Vốn tín dụng (bao gồm tín dụng đầu tư phát triển …)": a source of money is no work)
  if (FUNDING_SOURCES.test(section.title) && !opensWithWork(text)) return true
  return INCLUDES.test(section.title) && !opensWithWork(text) && !PROJECT.test(text) && !conditionThenDirects(text)
}

/** A condition (CONDITION_OPENS) or a time or frame (FRAME_OPENS) before a comma, then the clause that directs. */
function conditionThenDirects(text: string): boolean {
  if (!CONDITION_OPENS.test(text) && !FRAME_OPENS.test(text)) return false
  // ("Đối với hạng mục đầu tư …, thiết bị/mạng viễn thông: Do các doanh nghiệp đầu tư …": the matter, then a colon, labels
  // what is said of it, a provision; the matter as a frame ends at a comma: "Đối với các chi phí …, giao …")
  if (MATTER_LABEL.test(text)) return false
  for (let i = text.indexOf(','); i > 0 && i < 240; i = text.indexOf(',', i + 1)) {
    const rest = text.slice(i + 1).trim()
    if (opensAsReport(rest)) continue
    if (isDirective(rest) || opensWithWork(rest)) return true
    // (the subject's words, up to six, may hold commas of their own: "các đơn vị, trường học")
    const words = [...rest.matchAll(/\S+/gu)].slice(1, 7)
    if (words.some((w) => opensWithAction(rest.slice(w.index)))) return true
  }
  return false
}

/**
 * `answers`: the body may answer for the action first ("Sở Tài chính chịu trách nhiệm cập nhật …"). `framed`: a time or a
 * condition may come first ("Hằng năm, Trung tâm tổ chức …", "Trường hợp …, giám đốc Trung tâm tổ chức …"), and the
 * body may decide on the action ("Giám đốc Trung tâm quyết định tổ chức chấm phúc tra …").
 */
function subjectActs(b: Block, text: string, answers = false, framed = false): boolean {
  let ms = mentionsIn(b)
  if (!ms.length) return false
  const plain = withoutHeadTitles(text)
  // ("Trên cơ sở quy hoạch được duyệt, các địa phương triển khai ngay …": after the grounds the sentence opens with, the
  // bodies after its comma are its subject, whoever the grounds name)
  if (!/^\s*$/u.test(plain.slice(0, ms[0].index))) {
    const k = ms.findIndex((m) => GROUNDS_FIRST.test(plain.slice(0, m.index)) || (framed && FRAME_FIRST.test(plain.slice(0, m.index))))
    if (k < 0) return false
    ms = ms.slice(k)
  }
  let end = ms[0].index + ms[0].length
  for (const m of ms.slice(1)) {
    if (!/^[\s,;]*(?:và\s+)?$/u.test(plain.slice(end, m.index))) break
    end = m.index + m.length
  }
  let rest = plain.slice(end).replace(/^[\s,]+/u, '')
  if (answers) rest = rest.replace(/^(?:chịu|có)\s+trách\s+nhiệm\s+/u, '')
  return opensWithAction(rest) || (framed && DECIDES.test(rest))
}

/** A time, a frame or a condition, up to the comma before the subject: "Hằng năm, ", "Trong 03 ngày làm việc kể từ …, ". */
const FRAME_FIRST = new RegExp(`^\\s*(?:${CONDITION_WORDS}|từ|trong|sau|trước|kể từ|hằng|hàng|định kỳ)(?!\\p{L})[^.;:]{0,200},\\s*$`, 'iu')
/**
 * A body that decides on the action: "quyết định tổ chức …", "ra quyết định công nhận …". (Not the matter it has the
 * power to decide: "Chánh Văn phòng … quyết định việc mang tài liệu …" is a power, as a regulation's powers are said.)
 */
const DECIDES = /^(?:ra\s+)?quyết\s+định\s+(?!số\s|này|của|về\s|việc\s)\p{L}/u

/** The grounds a sentence opens with, up to the comma before its subject: "Trên cơ sở Chương trình thi đua của Bộ, ". */
const GROUNDS_FIRST = /^\s*(?:trên cơ sở|căn cứ(?:\s+vào)?|dựa trên|theo đó)(?:\s[^.;:]*)?,\s*$/iu

/**
 * subjectActs, for a body named (not a collective) in a sentence: not a list's line that names a company whose name the
 * lexicon cannot close ("- Công ty CP Xử lý chất thải xây dựng và Đầu tư phát triển môi trường Hà Nội.": a capitalised
 * word soon after the "action", or no stop at the end, says the name goes on).
 */
function namedBodyActs(b: Block, text: string): boolean {
  const first = mentionsIn(b)[0]
  if (!first || first.generic || !subjectActs(b, text, false, true) || !/[.;:]$/u.test(text.trim())) return false
  return !/^\S+(?:\s+\S+){0,3}?\s+(?:và\s+)?\p{Lu}/u.test(text.slice(first.index + first.length).trim())
}

const TITLE_KIND = /^\s*(?:kế hoạch|chương trình(?: hành động)?|chỉ thị|kết luận|thông báo(?: kết luận)?|nghị quyết|quyết định|hướng dẫn|công văn|công điện)(?!\p{L})\s*/iu

interface YearSource {
  year: number
  /** where it was read, for the note a deadline that takes it carries */
  from: string
}

/**
 * The year for the dates an item writes without one (the item's own years come first, in the deadline reader): its
 * table's header ("Thời gian hoàn thành năm 2026"), else the nearest heading above it that names one year ("Nhiệm vụ
 * năm 2025"), else the title's ("Kế hoạch cải cách hành chính năm 2026", signed in December 2025), else the document's date.
 */
function contextYears(ctx: TaskContext): { title(text: string): void; at(p: Placed, table: YearSource | null): TaskContext } {
  const sections = new Map<string, Section>()
  const titleText: string[] = []
  let titleYear: TaskContext | null | undefined
  const own = new Map<string, YearSource | null>()
  const headingYear = (s: Section): YearSource | null => {
    if (!own.has(s.id)) {
      const y = yearOfHeading(s.title)
      own.set(s.id, y === null ? null : { year: y, from: `the heading "${short(s.title)}"` })
    }
    return own.get(s.id)!
  }
  const documentYear: TaskContext =
    ctx.year === undefined ? ctx : { ...ctx, yearFrom: ctx.today && ctx.today.startsWith(String(ctx.year)) ? `the document's date (${ctx.today})` : "the document's title or date line" }
  return {
    title(text) {
      titleText.push(text)
      titleYear = undefined
    },
    at(p, table) {
      let found = table
      for (let s = p.section, n = 0; !found && s && n < 20; s = s.parent === null ? null : (sections.get(s.parent) ?? null), n++) {
        sections.set(s.id, s)
        found = headingYear(s)
      }
      if (p.section) sections.set(p.section.id, p.section)
      if (found) return { ...ctx, year: found.year, yearFrom: found.from }
      if (titleYear === undefined) {
        // "KẾ HOẠCH / Cải cách hành chính năm 2026": without its kind word, which would make the year a programme's name
        const y = titleText.length ? yearOfHeading(titleText.join(' ').replace(TITLE_KIND, '')) : null
        titleYear = y === null ? null : { ...ctx, year: y, yearFrom: 'the title' }
      }
      return titleYear ?? documentYear
    },
  }
}

/** A task table's header may name the year of its deadline column ("Thời gian hoàn thành năm 2026") or of the whole table. */
function headerYearOf(cells: string[], cols: TableColumns): YearSource | null {
  const cell = cols.deadline >= 0 ? cells[cols.deadline] : null
  const y = (cell ? yearOfHeading(cell) : null) ?? yearOfHeading(cells.join(' ; '))
  return y === null ? null : { year: y, from: "the table's header" }
}

function fillFromItem(pieces: Draft[]): void {
  const donor = [...pieces].reverse().find((d) => d.task.lead.some((l) => !l.generic))
  if (!donor) return
  for (const d of pieces) {
    if (d.task.lead.length) continue
    d.task.lead = donor.task.lead
    if (!d.task.coordinators.length) d.task.coordinators = donor.task.coordinators
  }
}

function short(s: string): string {
  return s.length > 60 ? s.slice(0, 57) + '…' : s
}

function makeTask(p: Placed, text: string, offset: number, ctx: TaskContext, source: Task['source'], inherited: DeadlineMatch | null): Draft {
  const b = p.block
  const mentions = b.text.slice(offset, offset + text.length) === text ? mentionsBetween(b, offset, text.length) : findAgencies(text)
  const a = assign(withoutHeadTitles(text), mentions)
  const toRefs = (ms: AgencyMention[]) => dedupe(ms.map((m) => mentionRef(m, b, offset)))
  let lead = toRefs(a.lead)
  // "…, lãnh đạo Văn phòng sẽ chỉ đạo …" in a text the Văn phòng issued: the issuer speaks of itself by its head noun,
  // a subject of the text's own that no heading above overrides ("Giám đốc Sở … có trách nhiệm:" / "- …" / "Căn cứ kết
  // quả thí điểm, trong năm 2019 Bộ sẽ tổng kết …" in the ministry's letter)
  if (!lead.length && ctx.issuer) lead = selfReference(text, ctx.issuer, b, offset)
  // no subject of its own, or only a plural collective, under a heading that names a body: that body leads
  let partners: AgencyRef[] = []
  // ("Chỉ đạo Sở X: …" under a lead-in that asks a body to direct, "Đề nghị UBND tỉnh quan tâm chỉ đạo … sau:", or that
  // names no body: the body directed does the work; under a heading that names the body, "2.6- UBND huyện" / "- Chỉ đạo
  // Phòng Nội vụ huyện …", the body above answers for it)
  if (a.directed.length && lead.every((l) => l.generic) && (!p.leads.length || p.asked)) lead = toRefs(a.directed)
  else if (p.leads.length && lead.every((l) => l.generic)) (lead = p.leads), (partners = p.partners ?? [])
  // (under a lead-in that names only the partners, "Các sở, ngành phối hợp với Sở Kế hoạch và Đầu tư:", they stand)
  else if (lead.every((l) => l.generic)) partners = p.partners ?? []
  const task: Task = {
    id: '',
    text,
    lead,
    // (an item that names no partner of its own works with those its heading names)
    coordinators: (a.coordinators.length ? toRefs(a.coordinators) : partners).filter((c) => !lead.some((l) => l.id === c.id)),
    reportsTo: toRefs(a.reportsTo),
    deadline: null,
    recurrence: null,
    section: p.section?.id ?? null,
    source,
    span: { start: at(b, offset), end: at(b, offset + text.length) },
  }
  const m = lastDeadline(text, ctx) ?? inherited
  if (m) setDeadline(task, m, b, m === inherited ? -1 : offset)
  inlineLabels(task, text, b, offset, ctx)
  return { task, placed: p }
}

/**
 * A passage that says what a law or another act provides: "được quy định (cụ thể) tại Điều 30 Luật …", "Căn cứ theo
 * quy định tại khoản 2 Điều 10 …", "Tại Điều 4 Quyết định …", "… quy định như sau:"; not work to be done as a law
 * says ("Đề nghị các doanh nghiệp … xây dựng phương án thưởng … theo quy định tại Điều 104 Bộ luật Lao động 2019"),
 * nor a ground named inside a sentence ("… xác định là hàng giả căn cứ quy định tại điểm b khoản 7 Điều 3 Nghị định …").
 */
const QUOTES_LAW = /(?:^|\s)(?<!(?:theo|căn cứ)\s)(?:được\s+)?quy định\s+(?:cụ thể\s+)?(?:tại|ở)\s+(?:(?:điểm|khoản)\s+\S+\s+)*Điều\s+\d+|^(?:Căn cứ(?:\s+theo)?|Theo|(?:Cụ thể\s+)?[Tt]ại)\s+(?:quy định\s+)?(?:tại\s+)?(?:(?:điểm|khoản)\s+\S+\s+)*Điều\s+\d+|(?:^|\s)quy định\s+(?:[^.:;]{0,80}\s)?(?:như sau|sau đây|gồm|bao gồm)\s*:\s*$/iu

/** The kinds of act that give work when a page quotes them. */
const WORK_KINDS = 'Công điện|Chỉ thị|Kế hoạch|Kết luận|Thông báo|Công văn'

/**
 * An answer that opens by citing a decision or a resolution by its number: "Tại điểm 3 Mục III Quyết định 2371/QĐ-TTg
 * …" (the first act it names: "Căn cứ Mục 2 Phần IV Kế hoạch ban hành kèm theo Quyết định 3352/QĐ-CT …" quotes a plan,
 * which gives work).
 */
const CITES_ACT = new RegExp(`^(?:Tại|Theo|Căn cứ(?:\\s+theo)?)\\s+(?:(?!${WORK_KINDS}|Chương trình|Hướng dẫn|Quyết định|Nghị quyết)[^.:;]){0,60}?(?<!\\p{L})(?:Quyết định|Nghị quyết)\\s+(?:số\\s+)?(\\d+)(?!\\d)`, 'u')

/** The text opens by citing a decision other than the one numbered `number` (the same act is the same number, however written). */
function citesOtherAct(text: string, number: string): boolean {
  const m = CITES_ACT.exec(text)
  return !!m && m[1] !== /^\d+/u.exec(number)?.[0]
}

/** A lead-in that asks someone for the items after it: "… đề nghị các đơn vị thực hiện các nội dung sau:". */
const ASKS_ITEMS = /(?<!\p{L})(?:đề nghị|yêu cầu|giao)\s+(?:các\s|\p{Lu})[^.;:]{0,160}:\s*$/u

/** How a legal site's answer opens when it says again, in its own words, what the act it quoted provides. */
const RESTATES = /^(?:Như vậy|Theo đó|Ngoài ra|Bên cạnh đó|Tóm lại)\s*,/u

/** An act that gives work, by its kind and number ("Công điện 71/CĐ-TTg", "Chỉ thị số 24/CT-TTg"); no law's provision. */
const WORK_ACT = new RegExp(`(?<!\\p{L})(?:${WORK_KINDS})\\s+(?:số\\s+)?\\d`, 'u')
const LAW_ACT = /(?<!\p{L})(?:Luật|Bộ luật|Nghị định|Thông tư|Pháp lệnh|Điều\s+\d)(?!\p{L})/u
const quotesWork = (text: string): boolean => WORK_ACT.test(text) && !LAW_ACT.test(text)

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

function selfReference(text: string, issuer: AgencyRef, b: Block, offset: number): AgencyRef[] {
  const head = SELF_HEAD.exec(issuer.name)?.[1]
  // (a cheap test first: most texts never name the head noun at all)
  const m = head && text.includes(head) ? SELF_SUBJECT(head).exec(text) : null
  if (!m) return []
  const at0 = m.index + m[0].length - m[1].length
  return [{ id: issuer.id, name: issuer.name, text: m[1], generic: false, span: { start: at(b, offset + at0), end: at(b, offset + at0 + m[1].length) } }]
}

const INLINE_LABEL = /(?:^|[;.,(]\s*)(?:(?:cơ quan|đơn vị)\s+(chủ trì|phối hợp|thực hiện)|(chủ trì|phối hợp))\s*:\s*([^;.)]+)|(?:^|[;.,(]\s*)thời (?:gian|hạn)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*([^;)]+?)(?=[;)]|\.\s|\.?$)/giu

/** "… Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Sở Tài chính; thời gian hoàn thành: quý II/2024." inside the item: labels win. */
function inlineLabels(task: Task, text: string, b: Block, offset: number, ctx: TaskContext): void {
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

function applyLabel(task: Task, coordinating: boolean, value: string, b: Block, offset: number): void {
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

/**
 * A phase of a plan, named by its heading: "Giai đoạn 1 từ năm 2023 đến hết năm 2025 (Giai đoạn xây dựng cơ sở)"; or a
 * heading that sets the horizon of its items: "2. Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027", "a) Trong giai đoạn
 * từ nay đến năm 2035".
 */
const PHASE = /^giai đoạn(?!\p{L})/iu
/** (the horizon only in a numbered heading's short title: "Từ nay đến hết năm 2025 chỉ còn gần 2 tháng, …" is a sentence) */
const HORIZON = /(?<!\p{L})từ nay (?:đến|tới)(?!\p{L})/iu
/** A heading that is only a time: "3. Năm 2027", "1. Quý IV, năm 2025", "* Năm 2026: (02 cuộc kiểm tra)" — a programme by year dates what it lists under it. */
// (a council's year-end session, "Tại kỳ họp cuối năm 2018:", is a time as the year's end is; its mid-year one is none)
const TIME_HEADING = /^(?:(?:tại\s+)?kỳ họp(?:\s+thường lệ)?\s+cuối\s+năm\s+(?:19|20)\d\d|năm\s+(?:19|20)\d\d|quý\s+(?:[IV]{1,3}|[1-4])(?:\s*[,/-]\s*|\s+)(?:năm\s+)?(?:19|20)\d\d|tháng\s+\d{1,2}(?:\s*[/-]\s*|\s+năm\s+)(?:19|20)\d\d)\s*:?\s*(?:\([^()]*\))?\s*$/iu
const SESSION_AT = /^(?:[Tt]ại\s+)?kỳ họp(?:\s+thường lệ)?\s+(?=cuối\s+năm)/u
const setsHorizon = (h: { block: Block; section: Section }) => !!h.block.marker && h.section.title.length <= 100 && HORIZON.test(h.section.title)

/** A lead-in that announces the items under it: "… các vấn đề sau:", "… như sau:". */
const ANNOUNCES_DATED = /(?<!\p{L})(?:sau|sau đây|như sau|cụ thể)\s*:\s*$/u
/** The words that say a time is when the work is to be done: "hoàn thành trong …", "xong trước …". */
const COMPLETED_BY = /(?<!\p{L})(?:hoàn thành|xong)(?:\s+\p{L}+)?\s*$/u

/**
 * "1. Kể từ ngày Quy định này có hiệu lực thi hành:" / "a) Trong thời hạn 5 năm, cơ quan … phải hoàn thành …": the
 * heading of a lead-in that names the day its items count from (COUNTS_FROM's group 1 is that day; the heading's title
 * has lost its colon), and an item that opens with a period and names no day of its own (BARE_COUNT's group 1).
 */
const COUNTS_FROM = /^(?:kể|tính)\s+từ\s+(ngày\s+[^:;.]+?)\s*:?\s*$/iu
const BARE_COUNT = /^(trong\s+(?:vòng\s+|thời\s+hạn\s+|thời\s+gian\s+)?(?:tối\s+đa\s+|không\s+quá\s+)?[\p{L}\p{N}]+\s+(?:ngày|tuần|tháng|năm)(?:\s+làm\s+việc)?)\s*,/iu

/** The item's period counted from the day its lead-in names, read as the one phrase they make together. */
function countedFromLeadIn(d: Draft, h: { block: Block; section: Section; ctx: TaskContext }): boolean {
  const from = COUNTS_FROM.exec(h.section.title)
  const own = from && BARE_COUNT.exec(d.task.text)
  if (!from || !own) return false
  const m = lastDeadline(`${own[1]} kể từ ${from[1]}`, h.ctx)
  if (!m?.end) return false
  const b = d.placed.block
  const index = b.text.indexOf(own[1])
  setDeadline(d.task, { ...m, text: own[1], index: Math.max(index, 0), length: own[1].length }, b, index < 0 ? -1 : 0)
  return true
}

/** An item with no time of its own, under a phase's heading that says when the phase ends, is due when the phase ends. */
function phaseDeadline(d: Draft, headingOf: Map<string, { block: Block; section: Section; ctx: TaskContext }>): void {
  for (let id = d.placed.section?.id ?? null, n = 0; id !== null && n < 20; n++) {
    const h = headingOf.get(id)
    if (!h) return
    if (countedFromLeadIn(d, h)) return
    if (PHASE.test(h.section.title) || setsHorizon(h) || TIME_HEADING.test(h.section.title)) {
      // (the session's words blanked, same length: a time after "kỳ họp" names a meeting wherever else it stands)
      const m = lastDeadline(h.block.text.replace(SESSION_AT, (t) => ' '.repeat(t.length)), h.ctx)
      if (m?.end && m.kind !== 'recurring') setDeadline(d.task, m, h.block, 0)
      return
    }
    // "Bộ Lao động … chủ trì …, báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020 các vấn đề sau:": a lead-in with no
    // number of its own whose time closes it dates the items it announces; a numbered one when the time is when the
    // work it announces is to be done ("b) Các Bộ: … khẩn trương khắc phục …, hoàn thành trong tháng 11 năm 2025, cụ
    // thể:"), not the span of a programme it approves ("Điều 1. Phê duyệt Chương trình … giai đoạn 2021 - 2030 …, cụ thể:")
    if (ANNOUNCES_DATED.test(h.block.text)) {
      const m = lastDeadline(h.block.text, h.ctx)
      const tail = m ? h.block.text.length - (m.index + m.length) : Infinity
      const done = !h.block.marker || (!!m && COMPLETED_BY.test(h.block.text.slice(Math.max(0, m.index - 24), m.index)))
      if (m?.end && m.kind !== 'recurring' && tail <= 40 && done) return setDeadline(d.task, m, h.block, 0)
    }
    id = h.section.parent
  }
}

function setDeadline(task: Task, m: DeadlineMatch, b: Block, offset: number): void {
  task.recurrence = m.recurrence ?? task.recurrence
  // a first time, then again ("Tháng 12/2025 và hằng năm") has no end but keeps its start
  const firstThen = m.kind === 'recurring' && m.start !== null
  if (!m.end && !m.invalid && m.kind !== 'conditional' && m.kind !== 'open-start' && !firstThen) return
  const span = offset >= 0 ? { start: at(b, offset + m.index), end: at(b, offset + m.index + m.length) } : null
  task.deadline = { text: m.text, start: m.start, end: m.end, span }
  // what the reader assumed: a year from the heading, a mended OCR date, working days counted…
  if (m.notes?.length) task.deadline.notes = m.notes
  if (m.invalid) (task.deadline as { invalid?: string }).invalid = m.invalid
}

/** A time cell that spans months of one year: "10-11/2019", "01-4/2021". */
const MONTH_SPAN = /^\d{1,2}\s*[-–]\s*\d{1,2}\/\d{4}$/u

function rowTask(p: Placed, cols: TableColumns, ctx: TaskContext): Draft | null {
  const row = readRow(p.block.cells!, cols)
  if (!row) return null
  const b = p.block
  // where a cell's text stands in the row, so that what is read from it points at its own line and column
  const cellAt = (cell: string): number => b.text.indexOf(cell)
  // (a bullet that opens the cell, "+ Rà soát …", is no part of the task's text)
  const bullet = /^[-+•]\s+(?=\p{L})/u.exec(row.text)?.[0].length ?? 0
  const from = Math.max(0, cellAt(row.text)) + bullet
  const d = makeTask(p, row.text.slice(bullet), from, ctx, 'table-row', null)
  if (row.lead) {
    // "Sở X chủ trì / Báo Y phối hợp" in the one cell: who leads and who coordinates, each by its own word
    const parts = row.lead.split(/\s*[/;]\s*|\n/u)
    const coordinating = parts.filter((x) => /phối hợp\s*[.;]?$/iu.test(x))
    if (coordinating.length && coordinating.length < parts.length) {
      d.task.lead = refsOf(parts.filter((x) => !coordinating.includes(x)).join('; ').replace(/\s+chủ trì\s*[.;]?$/iu, ''), b, 0)
      d.task.coordinators = refsOf(coordinating.map((x) => x.replace(/\s+phối hợp\s*[.;]?$/iu, '')).join('; '), b, 0)
    } else d.task.lead = refsOf(row.lead, b, Math.max(0, cellAt(row.lead)))
  }
  if (row.coordinators) d.task.coordinators = refsOf(row.coordinators, b, Math.max(0, cellAt(row.coordinators)))
  // (a table flattened one cell a line reads on from the task into the body that leads it, as its readers quote it; the
  // row is still the same task as a body item that says what its cell says)
  if (b.stacked && row.lead && cols.lead === cols.text + 1) {
    ROW_CELL.set(d.task, d.task.text)
    d.task.text = `${d.task.text} ${row.lead}`
  }
  if (row.deadline !== null) {
    // a deadline cell is a whole phrase ("2025", "01/2025", "Quý II/2025"), not running text
    const r = readTimeCell(row.deadline, ctx)
    const m: DeadlineMatch | null = r.kind === 'none' ? null : { ...r, index: 0, length: row.deadline.length }
    d.task.deadline = null
    d.task.recurrence = null
    if (m) setDeadline(d.task, m, b, cellAt(row.deadline))
  }
  return d
}

/**
 * The columns of a numbered row whose table lost its header ("1 | Hoàn thành xét duyệt nghĩa vụ quân sự | Trước
 * 31/8/2025 |", "39 | Khuyến khích … | Bộ Tài chính | Bộ Y tế, các bộ, ngành … | Đề án | Năm 2026 |"), read from its
 * cells: the first that says something is the task, a cell of bodies' names alone leads (the next coordinates), and
 * the last short cell that reads as a time is its deadline. Null when no cell names the work, or none says who or when.
 */
function headlessColumns(cells: string[], ctx: TaskContext): TableColumns | null {
  if (!/^\d{1,3}[.)]?$/u.test(cells[0]?.trim() ?? '')) return null
  const cols: TableColumns = { text: -1, lead: -1, coordinators: -1, deadline: -1 }
  for (let i = 1; i < cells.length; i++) {
    const c = cells[i].trim()
    if (!/[\p{L}\p{N}]/u.test(c)) continue
    if (cols.text < 0) {
      if (!/\p{L}/u.test(c)) continue
      if (bodiesOnly(c) || isTimeCell(c, ctx)) return null
      cols.text = i
    } else if (bodiesOnly(c)) {
      if (cols.lead < 0) cols.lead = i
      else if (cols.coordinators < 0) cols.coordinators = i
    } else if (isTimeCell(c, ctx)) cols.deadline = i
  }
  return cols.text > 0 && (cols.lead > 0 || cols.deadline > 0) ? cols : null
}

/** A time column's cell, a whole phrase: "10-11/2019" there can only be months ("tháng 10-11/2019"). */
const readTimeCell = (cell: string, ctx: TaskContext) => readDeadline(MONTH_SPAN.test(cell) ? `tháng ${cell}` : cell, ctx)

/** A short cell that is a time and little else: "Trước 31/8/2025", "Xong trước tuần 2 tháng 01/2026.", "Năm 2026". */
function isTimeCell(cell: string, ctx: TaskContext): boolean {
  if (cell.length > 100) return false
  const r = readTimeCell(cell, ctx)
  return r.kind !== 'none' || /^(?:thường xuyên|hằng năm|hàng năm|định kỳ|liên tục)(?!\p{L})/iu.test(cell)
}

/** A cell of bodies' names and the words that join them, and nothing else: "Bộ Y tế, các bộ, ngành, cơ quan liên quan". */
function bodiesOnly(cell: string): boolean {
  const known = withRegions(findAgencies(withoutHeadTitles(cell)), cell)
  const found = mergeUnits(known, unitMentions(cell, known))
  return found.some((m) => !m.generic) && nothingBut(cell, found, CELL_JOINERS)
}

/**
 * Bodies named in a cell or a labelled field: the lexicon's, then units by their shape; a name neither knows is kept
 * as written only when it looks like one (a capitalised name of two or more capitalised words, or an abbreviation),
 * never a status word, a date or a phrase ("Hoàn thành", "Thường xuyên", "Năm 2026").
 */
function refsOf(cell: string, b: Block, offset: number): AgencyRef[] {
  // (the units' grammar knows the lexicon's bodies, so that a unit's name stops before one: "Ban Quản lý Khu kinh tế, Sở
  // Công Thương" is two bodies)
  const known = withRegions(findAgencies(withoutHeadTitles(cell)), cell)
  const read = mergeUnits(known, unitMentions(cell, known))
  const all = cellItems(cell, withDefinedIn(read, cell, b.defs))
  // "các Ủy ban khác của Quốc hội", "đơn vị … trực thuộc UBND tỉnh": a body that owns the phrase before it is no actor
  // "… được trình Ban Chỉ đạo …", "báo cáo UBND tỉnh": a body the work goes to is no actor either
  const found = all.filter((m) => !OWNER_BEFORE.test(cell.slice(0, m.index)) && !RECIPIENT_BEFORE.test(cell.slice(0, m.index)))
  if (all.length) return dedupe(found.map((m) => mentionRef({ ...m, text: cell.slice(m.index, m.index + m.length) }, b, offset)))
  return cell
    .split(/[;,]\s*/u)
    .map((s) => s.trim().replace(/[.]+$/, ''))
    .filter(looksLikeName)
    .map((s) => ({ id: slug(s), name: s, text: s, generic: false, span: null }))
}

/**
 * A cell that lists bodies one an item ("- Vụ Vật liệu xây dựng; - Vụ Kế hoạch -Tài chính; - Ban quản lý quy hoạch.",
 * "Ban Quản lý quy hoạch /Tư vấn được lựa chọn"): an item that opens with a unit's head noun is that unit's whole name,
 * though its last words are in lower case or read like a verb ("xây dựng", "quản lý"). An item that says more than a
 * name (a verb of its own, a number, a long phrase) is left to the grammar.
 */
function cellItems(cell: string, found: AgencyMention[]): AgencyMention[] {
  const out = [...found]
  const sep = /\s*(?:;|\/|\.$|(?:^|\s)[-–+•]\s+(?=\p{Lu}))\s*/gu
  let from = 0
  const items: Array<[number, number]> = []
  for (const m of cell.matchAll(sep)) {
    items.push([from, m.index!])
    from = m.index! + m[0].length
  }
  items.push([from, cell.length])
  for (const [i, j] of items) {
    const lead = /^[\s\-–+•]*/u.exec(cell.slice(i, j))![0].length
    // (a footnote's mark after the name, "Vụ Vật liệu xây dựng (*)", "Cục Khoáng sản (1)", is no part of it)
    const item = cell.slice(i + lead, j).trim().replace(FOOTNOTE_MARK, '')
    const start = i + lead
    if (!CELL_UNIT.test(item) || opensWithAction(item) || item.split(/\s+/u).length > 8 || /[\p{N},(]|(?<!\p{L})(?:chủ trì|phối hợp|và|các|của|được|theo|tại|về)(?!\p{L})/u.test(item)) continue
    const inside = out.filter((m) => m.index >= start && m.index < start + item.length)
    if (inside.length > 1 || (inside.length && (inside[0].index !== start || inside[0].length >= item.length))) continue
    const k = inside.length ? out.indexOf(inside[0]) : -1
    const m: AgencyMention = { name: item, text: item, index: start, length: item.length, generic: false }
    if (k >= 0) out[k] = m
    else out.push(m)
  }
  // ("Vụ Kế hoạch -Tài chính", "Vụ Kế hoạch- Tài chính": one name, spaced as "Vụ Kế hoạch - Tài chính")
  return out.map((m) => (/\S[-–]\s|\s[-–]\S/u.test(m.name) ? { ...m, name: m.name.replace(/\s*[-–]\s*(?=\p{Lu})/gu, ' - ') } : m)).sort((a, b) => a.index - b.index)
}

/** A footnote's mark closing a cell's item: "(*)", "(**)", "(1)", "*", or "()" where the text lost its stars to emphasis. */
const FOOTNOTE_MARK = /\s*(?:\(\s*(?:\*{1,3}|\d{1,2})?\s*\)|\*{1,3})$/u

/** The head nouns of a ministry's or a province's own units, then a capitalised name. */
const CELL_UNIT = /^(?:Vụ|Cục|Tổng cục|Chi cục|Ban|Phòng|Văn phòng|Trung tâm|Viện|Thanh tra)\s+\p{L}/u

/** A phrase, then "của" / "thuộc" / "trực thuộc" right before a body: the body is the phrase's owner. */
const OWNER_BEFORE = /\p{L}[^,;]*\s(?:của|thuộc|trực thuộc)\s*$/u

/** Nothing but the bodies named and the words that join them. */
function isListOf(text: string, ms: AgencyMention[]): boolean {
  return /^[\s,;.:()\-–và]*$/u.test(withoutMentions(text, ms).replace(/(?<!\p{L})(?:và|cùng|các|những)(?!\p{L})/gu, ''))
}

function looksLikeName(s: string): boolean {
  if (/\p{N}/u.test(s) || s.split(/\s+/).length > 8) return false
  if (/^\p{Lu}{2,10}$/u.test(s)) return true
  return /^\p{Lu}/u.test(s) && (s.match(/(?:^|\s)\p{Lu}/gu)?.length ?? 0) >= 2
}

function mentionRef(m: AgencyMention, b: Block, offset: number): AgencyRef {
  return { id: slug(m.name), name: m.name, text: m.text, generic: m.generic, span: { start: at(b, offset + m.index), end: at(b, offset + m.index + m.length) } }
}

function dedupe(refs: AgencyRef[]): AgencyRef[] {
  const seen = new Set<string>()
  return refs.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)))
}

/** Ids hash the task's own words (plus a counter for repeats), so edits elsewhere in the document leave them alone. */
function withIds(tasks: Task[]): Task[] {
  const seen = new Map<string, number>()
  for (const t of tasks) {
    const base = 't-' + hash(normKey(t.text))
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    t.id = n > 1 ? `${base}-${n}` : base
  }
  return tasks
}

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(FIELD, TIME_FIELD, OTHER_FIELD, SELF_HEAD, INLINE_LABEL, PHASE, HORIZON, NOTES, CONDITION_OPENS, MATTER_LABEL, LISTS_VIOLATIONS, CONTACT, ADDRESS)

/** Text that is bodies' names and the words that join them, and nothing else. */
function namesOnly(b: Block, text: string): boolean {
  const found = mentionsIn(b)
  return found.length > 0 && nothingBut(text, found, JOINERS)
}

/** The words that join names in a list: "Bộ Y tế và các cơ quan liên quan". */
const JOINERS = /(?<![\p{L}])(?:và|các|cùng|liên quan|có liên quan)(?![\p{L}])/gu
/** …and, in a table's cell, the part each plays: "Sở X chủ trì", "Sở Y phối hợp". */
const CELL_JOINERS = /(?<![\p{L}])(?:và|các|cùng|liên quan|có liên quan|chủ trì|phối hợp)(?![\p{L}])/gu

/** The text holds the mentions found in it, the joining words, and no other word. */
function nothingBut(text: string, found: AgencyMention[], joiners: RegExp): boolean {
  let rest = text
  for (const m of found) rest = rest.slice(0, m.index) + ' '.repeat(m.length) + rest.slice(m.index + m.length)
  return !/\p{L}/u.test(rest.replace(joiners, ''))
}

/** A paragraph that opens with a word that goes on ("Cùng với đó, tăng cường …") and an action, right after the last task, in its section. */
function goesOnFromTask(b: Block, text: string, drafts: Draft[], sectionId: string | null): boolean {
  const on = GOES_ON.exec(text)
  if (!on || !taskRightBefore(b, drafts, sectionId)) return false
  // (what follows the word is read on its own, its action in lower case: "Bên cạnh đó, kiểm tra, kiểm soát …"; "Bên cạnh
  // đó" before a report's shortcomings is the report's, "Bên cạnh đó, vẫn còn …" opens with no action)
  const rest = text.slice(on[0].length)
  const clause = rest.charAt(0).toUpperCase() + rest.slice(1)
  return opensWithAction(clause) && !opensAsReport(clause) && !isNarrative(clause)
}

/** The last task, when the block comes right after it (on the next line, or after blank lines only) in its section. */
function taskRightBefore(b: Block, drafts: Draft[], sectionId: string | null): Draft | null {
  const last = drafts[drafts.length - 1]
  return last && last.task.section === sectionId && b.segs[0].line - last.task.span.end.line - b.blankBefore === 1 ? last : null
}

/** "Giao X: …" or an item that ends on a semicolon: the list it opens or belongs to goes on in the next paragraph. */
const LIST_OPENS = /^\s*Giao\s[^:;.]{3,120}:\s*\S/u

/**
 * A paragraph that opens with an action and no subject, right after a task with a body that leads it (on the next
 * line, or after blank lines only, in its section) that ends on a semicolon or opens with "Giao X:": the next item of
 * a list whose marks were lost. The task it goes on from, else null.
 */
function listGoesOn(b: Block, text: string, drafts: Draft[], sectionId: string | null): Draft | null {
  const last = taskRightBefore(b, drafts, sectionId)
  if (!last || !last.task.lead.length || last.placed.block.marker || last.placed.block.cells) return null
  const before = last.placed.block.text
  if (!/;\s*$/u.test(before) && !LIST_OPENS.test(before)) return null
  // ("… ;" / "Báo cáo Bộ Chính trị trong quý II/2025.": the list's last item may send the work up)
  // (a paragraph, so a capital opens it: a line in lower case is a wrapped sentence's, whatever ends the line before)
  return /^\p{Lu}/u.test(text) && (opensWithAction(text) || SENDS_UP.test(text)) && !isNarrative(text) && !opensAsReport(text) && !/:\s*$/u.test(text) ? last : null
}
/** A paragraph that sends the work up to a body or reports its results: "Báo cáo Bộ Chính trị …", "Trình …". */
const SENDS_UP = /^(?:Báo cáo|Trình|Gửi)\s+(?:kết quả\s|\p{Lu})/u
