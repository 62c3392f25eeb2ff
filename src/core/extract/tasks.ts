// Stage 8, tasks: each leaf item, paragraph, sentence or table row that assigns work, with its lead, coordinators and deadline.
import { findAgencies, type AgencyMention } from '../agencies/index.js'
import { withLostSpaces } from '../agencies/syllables.js'
import { assign } from '../grammar/assign.js'
import { THIS_WORK, closingCall, isDirective, isGroupTimeLine, isNarrative, isTimeLine, opensAsReport, opensWithAction, opensWithRole, opensWithWork, sentences } from '../grammar/cues.js'
import { lastDeadline, type DeadlineMatch } from '../deadlines/index.js'
import { diagnostic } from '../contract/diagnostics.js'
import { mentionsBetween, mentionsIn, withoutHeadTitles } from '../grammar/mentions.js'
import { REPORT_STEP, directiveSentences, paragraphSentences, splitMilestones } from './pieces.js'
import { ROW_CELL } from './appendix.js'
import { itemLabel } from './itemLabels.js'
import type { AgencyRef, Diagnostic, DocKind, Section, Task } from '../contract/schema.js'
import { BULLET_STYLES, type Placed } from '../structure/sections.js'
import { at, type Block } from '../read/segment.js'
import { roleOf } from '../structure/roles.js'
import { LABEL, NUMBERED, preparesOnly } from '../structure/headings.js'
import { readRow, tableHeader, type TableColumns } from '../read/tables.js'
import { hash, normKey } from '../contract/text.js'
import { warmAll } from '../contract/regex.js'
import type { Draft, TaskContext } from './draft.js'
import { dedupe, headlessColumns, mentionRef, namesOnly, readTimeCell, refsOf } from './cells.js'
import { applyLabel, inlineLabels } from './labels.js'
import { phaseDeadline, setDeadline } from './taskDeadlines.js'
import { contextYears, headerYearOf, short, type YearSource } from './years.js'
import { selfReference } from './selfReference.js'
import { ASKS_ITEMS, QUOTES_LAW, RESTATES, citesOtherAct, opensQuote, quoteEnd, quotesProvision, quotesWork } from './quotes.js'
import { INCLUDES, STEP_LABEL, conditionThenDirects, listedContent, namedBodyActs, subjectActs, valueRow } from './subjects.js'
import { goesOnFromTask, itemGoesOn, listGoesOn, nextLineAfterTask } from './follows.js'

export type { TaskContext } from './draft.js'

/** A heading that supervises or inspects what is listed under it: "2. Giám sát chuyên đề:", "Kiểm tra chuyên đề". */
const SUPERVISES = /^(?:giám sát|kiểm tra)(?:,? (?:giám sát|kiểm tra))?(?: (?:chuyên đề|thường xuyên|định kỳ))?\s*:?\s*$/iu
/** The results of a programme or a resolution, named as the matter to supervise: "Kết quả thực hiện Chương trình …". */
const SUPERVISED_RESULTS = /^kết quả (?:thực hiện|triển khai)(?:\s+(?:các\s+)?\p{L}+){1,3}/iu
/** Kinds whose numbered or bulleted items assign work even under headings that do not say so. */
const ASSIGNING_KINDS: ReadonlySet<DocKind> = new Set(['ke-hoach', 'chuong-trinh', 'chi-thi', 'ket-luan', 'thong-bao', 'cong-dien', 'cong-van', 'huong-dan'])

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
const OTHER_FIELD = /^(sản phẩm|kết quả|kinh phí|nguồn kinh phí|hình thức văn bản|hình thức tổ chức)(?:\s+\S+){0,2}\s*:/iu
/** A contact line: "Khu vực tỉnh Bình Dương (cũ): điện thoại số 0937.618.686, địa chỉ: Tầng 6, …", "Mọi ý kiến thắc mắc xin liên hệ … (email: …, số điện thoại:" (its number cut to the next line). */
const CONTACT = /điện thoại(?:\s+số)?\s*:?\s*(?:\(?\+?\d[\d\s.()-]{6,}|$)/iu
const ADDRESS = /(?<!\p{L})(?:địa chỉ|liên hệ)(?!\p{L})/iu
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
  // the drafts whose lead a numbered item above them lent, across a line break (itemGoesOn)
  const carriedLead = new Set<Draft>()
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
  // the last block of a law's text quoted over several blocks
  let quotedTo = -1
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
    // a law's provision quoted word for word or said to provide, in any act ("Khoản 2 Điều 14 Nghị định … quy định: “…”",
    // "… theo quy định tại Điều 56, 57 … Luật …, cụ thể như sau:" / "\"Điều 56. …" / … / "… của Luật này.”"): its text, over
    // as many blocks as the quotation runs (quoteEnd), assigns nothing of this document
    if (placedAt <= quotedTo) continue
    if (quotesProvision(b.text) || opensQuote(b.text, above?.block.text)) {
      quotedTo = quoteEnd(placed, placedAt)
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
        // (a sentence that dates "the contents" or "the tasks" after a list, "Các nội dung trình Thường trực Đảng uỷ
        // trước ngày 01/10/2025.", dates every item since its section's first, through the headed items between)
        const from = !tf && isGroupTimeLine(text) ? drafts.findIndex((d) => d.task.section === sectionId) : -1
        const targets = from >= 0 ? drafts.slice(from) : own && last ? [...group, last] : pending.length ? pending : last ? [last] : []
        for (const d of targets) if (own || !d.task.deadline?.end) setDeadline(d.task, m, b, 0)
        pending = []
        continue
      }
    }
    // a label whose value could not be read ("Thời gian thực hiện: Theo lộ trình …") is still a label, not a task
    if (OTHER_FIELD.test(text) || tf) continue
    // (under a heading that supervises, "2. Giám sát chuyên đề:", the results of a programme are the matter supervised:
    // "a) Kết quả thực hiện Chương trình mục tiêu quốc gia …" names work, as "a) Việc tuân theo Hiến pháp …" does)
    // (an item's number a scan kept after its dash, "- 4. Quyết định này …", is no sentence of its own)
    const first = sentences(text.replace(/^\d{1,2}\.\s+(?=\p{Lu})/u, ''))[0]?.text ?? text
    const blockMode = (p.role === 'tasks' || p.role === 'organisation') && (!opensAsReport(first) || (SUPERVISED_RESULTS.test(first) && SUPERVISES.test(p.section?.title ?? '')))
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
    // ("- Xăng E5RON92: 0 đồng/lít;", "- Dầu hỏa: không cao hơn 20.288 đồng/lít;", "- Số lượng: 5.000 cuốn.": a label
    // and its figure, a value the heading or the lead-in above sets, no work)
    if (valueRow(b, text)) continue
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
    // ("Bước 3: UBND xã quyết định địa điểm …": a procedure's labelled step is an item, whose body named after the label acts)
    const item = !!b.marker || STEP_LABEL.test(text)
    const assigning = assigningKind || ((p.leads.some((l) => !l.generic) || (!!p.others && !!b.marker)) && opensWithWork(text)) || (item && namedBodyActs(b, text))
    // (a later sentence kept on its own — "Báo cáo … trước ngày 03/12/2025 …" — does not stand for an item whose opening
    // sentence, an action, was not: the item is still read whole, split at its own dates)
    // ("- Thường xuyên cập nhật …": an adverb may come before the action; "- Trường hợp … ô nhiễm nghiêm trọng, các đơn
    // vị, trường học chủ động tạm dừng …": a condition may come before the clause that directs)
    if (!blockMode && !pieces.some((x) => x.offset === 0) && item && assigning && (opensWithWork(text) || opensWithBody() || subjectActs(b, text) || conditionThenDirects(text) || p.leads.some((l) => !l.generic) || (assigningKind && opensWithRole(text))) && !opensAsReport(text)) {
      pieces = splitMilestones(text, here)
    }
    // "Bộ Quốc phòng, Bộ Công an huy động lực lượng …", "Các địa phương phát động ngay …": in the body of a document that
    // assigns, a paragraph whose bodies open it and then act is their task, as a directive's sentences are
    else if (!blockMode && !pieces.length && !b.marker && p.kind === 'content' && assigningKind && !/:\s*$/u.test(text) && subjectActs(b, text) && !isNarrative(text) && !opensAsReport(text)) {
      pieces = paragraphSentences(text, here)
    }
    // ("4. Bộ Quốc phòng, Bộ Công an … chỉ đạo …." / "Bộ Công an lựa chọn đơn vị phối hợp …": in any act, a paragraph on the
    // line right after a task, whose named body opens it and acts, is the item's next assignment, cut off by a line break)
    else if (!blockMode && !pieces.length && !b.marker && p.kind === 'content' && !/:\s*$/u.test(text) && nextLineAfterTask(b, drafts, sectionId) && opensWithBody() && subjectActs(b, text) && !isNarrative(text) && !opensAsReport(text)) {
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
    // (nor does a sentence that only gives a contact: "Đầu mối hỗ trợ tại Cục Thuế là …, địa chỉ email: …, số điện
    // thoại: 024.7305.5999.")
    pieces = pieces.filter((x) => !closingCall(x.text) && !(CONTACT.test(x.text) && ADDRESS.test(x.text) && !opensWithWork(x.text) && !isDirective(x.text)))
    const listLead = listFrom?.task.lead ?? []
    // the numbered item this paragraph goes on from, a line break apart (itemGoesOn)
    let itemFrom = p.kind === 'content' && pieces.length ? itemGoesOn(b, drafts, sectionId, carriedLead) : null
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
      if (!d.task.lead.length && itemLead.length && (b.marker || opensWithAction(piece.text) || REPORT_STEP.test(piece.text) || THIS_WORK.test(piece.text))) d.task.lead = itemLead
      // ("… nghiên cứu sửa đổi, bổ sung Điều lệ Đảng …" / "… Nội dung này cần báo cáo Bộ Chính trị … trước 9/4.": the work
      // named "this" in the next paragraph, with no task of its own before, is still the task above's body's)
      const before = drafts[firstOfBlock - 1]
      if (!d.task.lead.length && !itemLead.length && THIS_WORK.test(piece.text) && before?.task.section === d.task.section && before.task.lead.some((l) => !l.generic)) {
        d.task.lead = before.task.lead.map((r) => ({ ...r }))
      }
      if (!d.task.lead.length && listLead.length) d.task.lead = listLead.map((r) => ({ ...r }))
      // (until a sentence of the paragraph names its own subject: "… ; Các bộ, ngành, địa phương căn cứ … ; gửi kết quả
      // về Bộ Công an …" is theirs)
      // (a collective met inside such a paragraph is no subject of its own when the paragraph opens with work: "Tập
      // trung củng cố … . Hằng năm, … huy động sự đóng góp của các tổ chức xã hội, các doanh nghiệp …" is the item's)
      const ownSubject = d.task.lead.some((l) => !l.generic) || (d.task.lead.length > 0 && !opensWithWork(piece.text))
      if (ownSubject) itemFrom = null
      else if (itemFrom && opensWithWork(piece.text) && !opensAsReport(piece.text)) {
        d.task.lead = itemFrom.task.lead.filter((l) => !l.generic).map((r) => ({ ...r }))
        carriedLead.add(d)
      }
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
  for (const d of drafts) itemLabel(d)
  return { tasks: withIds(drafts.map((d) => d.task)), diagnostics }
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
warmAll(FIELD, TIME_FIELD, OTHER_FIELD, NOTES, CONTACT, ADDRESS)
