// Stage 8, tasks: a task's deadline, set from what was read or from the heading above it (a phase, a horizon, a time, a dated lead-in).
import { lastDeadline, type DeadlineMatch } from '../deadlines/index.js'
import type { Section, Task } from '../contract/schema.js'
import { at, type Block } from '../read/segment.js'
import { warmAll } from '../contract/regex.js'
import type { Draft, TaskContext } from './draft.js'

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
export function phaseDeadline(d: Draft, headingOf: Map<string, { block: Block; section: Section; ctx: TaskContext }>): void {
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

export function setDeadline(task: Task, m: DeadlineMatch, b: Block, offset: number): void {
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

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(PHASE, HORIZON)
