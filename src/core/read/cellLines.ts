// A flattened table's lines to cells: a line that goes on with the cell above it (a word in lower case, a line left
// open, a body's name or a place cut by the cell's width, a header's label wrapped after its noun).
import { canonicalAgency } from '../agencies/index.js'
import { provinceByFold } from '../agencies/data.js'

/** A line that cannot end a cell: it stops on a comma, a hyphen or a word that needs what follows. */
export const OPEN_END = /(?:[,;(\-–]|(?<!\p{L})(?:của|và|về|các|với|cho|theo|trong|tại|ở|từ|đến|hoặc|những|là|được|để|năm|tháng|quý|Năm|Tháng|Quý|Giai đoạn|giai đoạn|Các|Những|Cơ)|(?<!\p{L})(?:Bộ|Sở|Ban|Ủy ban|Uỷ ban))$/u
/** A Party committee or a level that completes the body on the line above: "Văn phòng" / "Tỉnh ủy". */
const SCOPE_LINE = /^(?:(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) (?:ủy|uỷ)|Trung ương|tỉnh|huyện|thành phố)(?:\s+\p{Lu}\p{L}*)*$/u
/** A level at a line's end, waiting for the place it names. */
const LEVEL_END = /(?<!\p{L})(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)$/u
const YEAR = /^(?:19|20)\d\d$/
/** An abbreviation alone on a header's line ends the label above it: "… thẩm quyền giải quyết" / "TTHC". */
const ABBREVIATION = /^\p{Lu}{2,6}$/u
/** A column label's noun that wants its complement ("Thời hạn …", "Cơ quan …"), and the complements a label takes. */
const LABEL_HEAD = /^(?:thời hạn|thời gian|cơ quan|đơn vị)$/iu
/** Two-syllable words of column labels, cut between their syllables: "CƠ QUAN PHỐI" / "HỢP". */
const LABEL_WORDS = new Set(['soạn thảo', 'phối hợp', 'chủ trì', 'thực hiện', 'hoàn thành', 'phê duyệt', 'nhiệm vụ', 'cơ quan', 'thời hạn', 'thời gian', 'đơn vị', 'ghi chú', 'sản phẩm', 'kết quả'])
const lastWord = (s: string) => s.trim().split(/\s+/u).pop() ?? ''
const firstWord = (s: string) => s.trim().split(/\s+/u)[0] ?? ''
const LABEL_TAIL = /^(?:hoàn thành|thực hiện|chủ trì|phối hợp|triển khai|báo cáo)(?!\p{L})/iu
/** A header's label in capitals stops on a word that needs what follows, or goes on with one that cannot open a label. */
const CAPS_OPEN_END = /(?<!\p{L})(?:CỦA|VÀ|VỀ|CÁC|VỚI|CHO|THEO|TRONG|TẠI|ĐẾN|HOẶC|ĐỂ|CẦN)$/u
/** A label's head noun alone on its line: "DANH SÁCH" / "VĂN BẢN". */
const CAPS_HEAD_NOUN = /^(?:DANH SÁCH|DANH MỤC|TÊN)$/u
const CAPS_GOES_ON = /^(?:CẦN|CẨN|ĐƯỢC|ĐỂ|CỦA|VÀ|HOẶC)(?!\p{L})/u
/** Lines to cells: a line in lower case, after one left open, or completing a body's name carries on the cell before it. */
export function group(parts: string[], row = false): string[] {
  const cells: string[] = []
  for (const p of parts) {
    const prev = cells[cells.length - 1]
    if (prev !== undefined && carries(prev, p, row)) cells[cells.length - 1] = `${prev} ${p}`
    else cells.push(p)
  }
  return cells
}

/** Whether line `p` carries on the cell `prev` (a header's label when not `row`). */
export function carries(prev: string, p: string, row: boolean): boolean {
  // a line in lower case, or a bare number ("2025" under "6 tháng đầu năm"), carries on the cell;
  // and so does a bracket ("Đơn vị phối hợp" / "(Bộ/ngành/địa phương)")
  // (in a row a year alone is the time column's cell: "Luật Dầu khí" / "2026" / "Bộ Công Thương")
  // (but "(1) Bộ Tư pháp" opens a numbered list of bodies, a cell of its own; "(2) Bộ Nội vụ" goes on with it)
  const lower = /^\p{Ll}/u.test(p) || (/^\d{1,4}[.)]?$/u.test(p) && !(row && YEAR.test(p))) || (p.startsWith('(') && !/^\(1\)\s/u.test(p)) || (!row && ABBREVIATION.test(p) && /\p{Ll}$/u.test(prev))
  if (lower || OPEN_END.test(prev)) return true
  // "UBND thành phố" / "Hà Nội, Thành …": a level at the line's end and the place it names on the next
  if (LEVEL_END.test(prev) && provinceByFold(p.split(',')[0].trim()) !== null) return true
  // "Ban Tuyên giáo" / "Tỉnh ủy": a body and its scope wrapped onto the next line are one cell
  const scoped = prev.length < 60 && (canonicalAgency(prev) !== null || SCOPE_LINE.test(p)) && canonicalAgency(`${prev} ${p}`) !== null
  // a header's label in capitals wrapped after its noun: "THỜI HẠN" / "HOÀN THÀNH", "CƠ QUAN" / "CHỦ TRÌ"
  // (in capitals too: "CÁC LUẬT, NGHỊ ĐỊNH … CỦA" / "THỦ TƯỚNG CHÍNH PHỦ, THÔNG TƯ" / "CẦN SỬA ĐỔI, BỔ SUNG")
  const label = (LABEL_HEAD.test(prev) && LABEL_TAIL.test(p)) || LABEL_WORDS.has(`${lastWord(prev)} ${firstWord(p)}`.toLowerCase()) || /\/$/u.test(prev) || (!row && (CAPS_OPEN_END.test(prev) || CAPS_GOES_ON.test(p) || CAPS_HEAD_NOUN.test(prev)))
  // "Bộ Công" / "Thương": a body's name cut by the cell's width, whole again on the next line
  const cut = BODY_START.test(`${prev} `) && p.split(/\s+/u).length <= 3 && canonicalAgency(prev) === null && canonicalAgency(`${prev} ${p}`) !== null
  return scoped || label || cut || wrapsPlace(prev, p)
}

/**
 * A place's name cut by the cell's width: the line ends with its first words and the next line opens with the rest
 * ("Thành phố Hồ" / "Chí Minh, thành phố Đà Nẵng", "Ngân hàng Nhà nước Việt" / "Nam, các bộ", "Đồng" / "Nai và …").
 */
function wrapsPlace(prev: string, next: string): boolean {
  const tail = prev.split(/\s+/u).slice(-3)
  const head = next.split(/\s+/u).slice(0, 3).map((w) => w.replace(/[,.;:)]+$/u, ''))
  for (let k = 1; k <= tail.length; k++)
    for (let m = 1; m <= head.length; m++) {
      const name = [...tail.slice(-k), ...head.slice(0, m)].join(' ')
      if (/^\p{Lu}/u.test(name) && provinceByFold(name)) return true
    }
  return false
}

/** The head a body's name opens with ("Bộ …", "Ủy ban …"), or a collective's ("Các …", "Cơ quan …"). */
export const BODY_START = /^(?:Các|Cơ quan|Bộ|Sở|Ban|Ủy ban|Uỷ ban|UBND|Văn phòng|Tổng cục|Cục|Hội|Đài|Thông tấn|Ngân hàng|Tập đoàn|Trung tâm|Viện|Đoàn)\s/u
