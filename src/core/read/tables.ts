// Task tables (STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành): the header by its words, then each row.
import { HOUR } from '../contract/regex.js'

export interface TableColumns {
  text: number
  lead: number
  coordinators: number
  deadline: number
}

export interface Row {
  text: string
  lead: string | null
  coordinators: string | null
  deadline: string | null
}

/** A header's labels are short ("Cơ quan, đơn vị chủ trì thực hiện"); a longer cell is a row's content. */
const HEADER_CELL_MAX = 80
/** …unless it is in capitals, as no row's sentence is ("CÁC LUẬT, NGHỊ ĐỊNH, QUYẾT ĐỊNH … CẦN SỬA ĐỔI, BỔ SUNG"). */
const CAPS_HEADER_CELL_MAX = 120
export const tooLong = (cell: string) => cell.length > (/\p{Ll}/u.test(cell) ? HEADER_CELL_MAX : CAPS_HEADER_CELL_MAX)

export function tableHeader(cells: string[]): TableColumns | null {
  // a row that is numbered ("5 | Tiếp tục sử dụng … công việc … | … thực hiện …") or holds a sentence is data, whatever its words
  if (/^(?:\d{1,3}|[IVXLC]{1,6})[.)]?$/u.test(cells[0]?.trim() ?? '')) return null
  // (so is one whose cells hold bulleted items: "| | | - Giám sát công tác vận hành … | - Hệ thống … hoạt động ổn định |")
  if (cells.some((c) => /^\s*[-+•]\s+\p{L}/u.test(c))) return null
  const low = cells.map((c) => c.toLowerCase())
  const find = (re: RegExp) => low.findIndex((c) => re.test(c))
  // (a column that only groups the rows, "Nhóm hoạt động" before "Hoạt động", names no task when another column does)
  const grouping = /^(?:thuộc )?nhóm(?!\p{L})/u
  const findText = (re: RegExp) => {
    const k = low.findIndex((c) => re.test(c) && !grouping.test(c))
    return k >= 0 ? k : find(re)
  }
  // a column that records progress ("Kết quả thực hiện", "Tình trạng") is never the one that names who acts
  const progress = /kết quả|tình trạng|tình hình|ghi chú|sản phẩm|tiến độ/u
  // nor is one that says when ("Thời gian thực hiện" | … | "Đơn vị đầu mối")
  const when = /^thời (?:gian|hạn|điểm)(?!\p{L})/u
  // ("chủ trì" first: "Điều, khoản, điểm … bãi bỏ để thực hiện phân quyền …" names provisions, not who acts)
  const names = (re: RegExp) => low.findIndex((c) => re.test(c) && !progress.test(c) && !when.test(c) && !/^(nội dung|nhiệm vụ|điều|khoản|điểm)(?!\p{L})/u.test(c))
  const chair = names(/chủ trì/u)
  // ("Đơn vị phụ trách", "Cơ quan đầu mối", "Bộ phụ trách tiếp nhận, xử lý": whoever the row is given to)
  let lead = chair >= 0 ? chair : names(/thực hiện|trách nhiệm|phụ trách|đầu mối|xử lý|giải quyết|được giao/u)
  // (a column the tasks are named in outranks one that only groups them: "Thuộc nhóm nhiệm vụ, hành động" | "Nội dung
  // nhiệm vụ"; the first such column names them: "Tên dự án, nhiệm vụ" | "Nội dung chính")
  const named = find(/^(?:tên (?:nhiệm vụ|đề án|dự án|văn bản|công việc|việc|chương trình|hoạt động)|nội dung|nhiệm vụ)(?!\p{L})/u)
  let text = named >= 0 ? named : findText(/nhiệm vụ|nội dung|^thông tin (?:đề xuất|kiến nghị)|tên (nhiệm vụ|đề án|dự án|văn bản|việc|chương trình)|^(dự án|đề án)|công việc|hoạt động|^(?:(?:các|danh sách|danh mục) )?(?:các )?văn bản|^các (?:luật|nghị định|nghị quyết|quyết định|thông tư)(?!\p{L})/u)
  // a column of targets ("Chỉ tiêu") assigned to a lead is the rows' text ("Tỷ lệ hồ sơ … đạt 80% | Văn phòng UBND
  // tỉnh"); a scorecard that measures them ("Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì") states goals, not tasks
  if (text < 0 && !low.some((c) => /^(?:đơn vị(?: tính)?|đvt)$/u.test(c))) text = find(/^chỉ tiêu/u)
  // "Đơn vị | Nhiệm vụ chủ trì | Đơn vị phối hợp": the tasks each row's body leads, that body named bare beside them
  if (lead < 0 && text >= 0 && /chủ trì|được giao/u.test(low[text])) lead = low.findIndex((c) => /^(?:đơn vị|cơ quan|cơ quan, đơn vị|bộ, ngành|địa phương)$/u.test(c))
  if (text < 0 || lead < 0 || lead === text || tooLong(cells[text]) || tooLong(cells[lead])) return null
  // a week's calendar ("Ngày | Thời gian | Nội dung | Lãnh đạo chủ trì/tham dự"): the day column dates each row, and
  // "Thời gian" there is only the hour the meeting starts
  const day = find(/^(?:thứ\s*[,/-]?\s*)?ngày(?:\s*[,/-]?\s*tháng)?(?:\s*[,/-]?\s*thứ)?$/u)
  return {
    text,
    lead,
    coordinators: find(/phối hợp|tham gia/u),
    deadline: day >= 0 ? day : find(/thời (gian|hạn)|hoàn thành|tiến độ|thời điểm/u),
  }
}

/** A group's number in a table's first cell, perhaps in bold: "II", "**IV.**", "A". */
export const GROUP_NUMBER = /^\s*(?:\*\*|__)?\s*(?:[IVXLC]{1,6}|[A-ZĐ])\s*[.)]?\s*(?:\*\*|__)?\s*$/u

/** A row that marks a break in a schedule, "Nghỉ Tết Nguyên đán", "Nghỉ hè": no work is given. */
const BREAK = /^(?:\*\*)?nghỉ\s+(?:tết|lễ|hè|học|bù|giữa kỳ)(?!\p{L})/iu

/**
 * A time of day alone, or a span of two, in a row's time cell: "07h45 - 8h00", "10h30", "8 giờ 40 - 9 giờ 30". Such a
 * row is an item of a meeting's agenda, who speaks when; no work is given ("17h00 ngày 15/3/2027" names a day: a deadline).
 */
const AGENDA_TIME = new RegExp(String.raw`^(?:\*\*)?${HOUR}(?:\s*(?:-|–|đến)\s*${HOUR})?(?:\*\*)?$`, 'iu')

/** A row with task text; group rows ("I. Nâng cao nhận thức…" with empty body columns) are not tasks. */
export function readRow(cells: string[], cols: TableColumns): Row | null {
  const text = (cells[cols.text] ?? '').trim()
  const lead = (cells[cols.lead] ?? '').trim()
  if (!text || text.length < 4 || BREAK.test(text)) return null
  // a group's title merged across the row, which a converter repeated in every cell ("II | Tăng cường … | Tăng cường … |
  // Tăng cường …"): no task
  if (lead === text) return null
  if (cols.deadline >= 0 && AGENDA_TIME.test((cells[cols.deadline] ?? '').trim())) return null
  // (a numbered row with a time of its own is a task though no one is named: "16 | 25/07/2026 - 31/08/2026 | Tổ chức …")
  const when = cols.deadline > 0 && cols.deadline < cols.text ? (cells[cols.deadline] ?? '').trim() : ''
  const timed = /\d\s*[/.-]\s*\d|tháng|quý|năm|tuần/iu.test(when) && /^\d{1,3}[.)]?$/u.test(cells[0]?.trim() ?? '')
  if (!lead && cols.lead >= 0 && cells.slice(cols.text + 1).every((c) => !c.trim()) && !timed) return null
  // "**IV.** | Phát triển nhân lực … | | | | năm tiếp theo": a group numbered in Roman or by a capital letter, with no body
  // named, is a group even when a cell of the row above spilt into it
  const coords = cols.coordinators >= 0 ? (cells[cols.coordinators] ?? '').trim() : ''
  if (!lead && !coords && cols.text > 0 && GROUP_NUMBER.test(cells[0] ?? '')) return null
  const pick = (i: number) => (i >= 0 && cells[i]?.trim() ? rejoin(cells[i].trim()) : null)
  return { text, lead: lead ? rejoin(lead) : null, coordinators: pick(cols.coordinators), deadline: cols.deadline >= 0 ? (cells[cols.deadline] ?? '').trim() : null }
}

/** A narrow cell wraps a name over two paragraphs ("Ủy ban / Kinh tế và Tài chính"): a unit's head alone is no name, so it joins what follows. */
function rejoin(cell: string): string {
  return cell.replace(/(^|[;,]\s*)(Ủy ban|Uỷ ban|Ban|Bộ|Sở|Văn phòng|Hội đồng|Cơ quan|Trung tâm|Cục|Tổng cục|Viện|Học viện)\s\/\s(?=\p{L})/gu, '$1$2 ')
}
