// Time phrases in running text: every one, left to right, without the dates of cited documents; the deadline of a task.
import { parseIso } from './calendar.js'
import { normalise, toGiven } from './normal.js'
import { parsePhrase } from './phrase.js'
import { repairDates, repairNotes, type Repair } from './repair.js'
import { warmAll } from '../contract/regex.js'
import type { DeadlineContext, DeadlineMatch, DeadlineNote, Env, Node, Out } from './types.js'

/** Words a time phrase can start with; the grammar is only tried there. */
const TRIGGER =
  /(?:từ|kể|trước|rước|chậm|muộn|hạn|không|đến|tới|cho|hết|trong|suốt|vào|ngay|sau|đầu|giữa|cuối|thượng|trung|hạ|nửa|thứ|chủ|chúa|ngày|hôm|mồng|mùng|tháng|qu[ýyí]|năm|giai|thời|niên|tuần|thường|định|theo|hằng|hàng|mỗi|khi|lúc|đột|\p{N}|một|mốt|hai|ba|bốn|tư|sáu|bảy|bẩy|tám|chín|mười)(?!\p{L})/gu

/** A whole phrase may also open with a festival ("Tết Nguyên đán 2026"); running text names one after a cue word. */
const TRIGGER_LOOSE = new RegExp(TRIGGER.source.replace('(?:', '(?:tết|rằm|giỗ|'), TRIGGER.flags)

const DOC_KIND = 'nghị quyết|chỉ thị|kết luận|quy định|quyết định|nghị định|thông tư|kế hoạch|hướng dẫn|thông báo|thông tri|công văn|công điện|tờ trình|pháp lệnh|điều lệ|luật'
const CODE = '[\\p{L}\\p{N}][\\p{L}\\p{N}./-]*'
/**
 * What stands before the date of a cited document: "số 12-NQ/TW", "Chỉ thị 03-CT/TW", "Kế hoạch 08,", "Quyết định số
 * 270/QĐ-TTg", and as OCR leaves it: "sô 484/TB- VPCP".
 */
const REF_BEFORE = new RegExp(
  `(?:(?<!\\p{L})s[ốô]\\s*${CODE}(?:\\s+[\\p{L}\\p{N}]+[/-][\\p{L}\\p{N}./-]*|(?<=-)\\s+${CODE})?|(?<![\\p{L}\\p{N}])\\p{N}+[\\p{L}\\p{N}.]*[/-]\\p{L}[\\p{L}\\p{N}./-]*|(?<!\\p{L})(?:${DOC_KIND})(?:\\s+(?:s[ốô]\\s*)?\\p{N}[\\p{L}\\p{N}./-]*)?)\\s*[,;:]?\\s*\\(?\\s*(?:ban hành\\s+|ký\\s+)?$`,
  'u',
)
const REF_AFTER = /^\s*,?\s*của\s+(?:chính phủ|thủ tướng|bộ|ban|quốc hội|ủy ban|ubnd|hđnd|hội đồng|tỉnh ủy|thành ủy|huyện ủy|đảng ủy|văn phòng|tổng cục|cục|sở|trung ương|bch|tòa án|viện|liên)(?!\p{L})/u
const LAW_BEFORE = /(?<!\p{L})(?:bộ luật|luật|hiến pháp|pháp lệnh)(?:,?\s+[^\s,.;:()]+){0,8}\s+$/u
/**
 * "Hội nghị toàn quốc Ngành Tổ chức xây dựng Đảng năm 2016", "chương trình kiểm tra, giám sát năm 2025": the year
 * names the event or the programme, it does not limit a task; so it does a budget's accounts ("quyết toán ngân sách nhà
 * nước năm 2025") and an examination ("Kỳ thi tốt nghiệp Trung học phổ thông năm 2026"); a title may run to 14
 * syllables ("Kế hoạch triển khai ứng dụng AI trong cải cách hành chính năm 2026"). (Not "dự toán năm 2025": a
 * budget's year is the year the text works in, which a bare "cuối năm" beside it is read against.)
 */
const EVENT_BEFORE = /(?<!\p{L})(?:hội nghị|đại hội|hội thảo|hội thi|kỳ họp|phiên họp|lễ|chương trình|kế hoạch|báo cáo|phong trào|đề án|dự án|chiến lược|cuộc vận động|quyết toán|kỳ thi|cuộc thi)(?:,?\s+[^\s,.;:()]+){0,14}\s+$/u
/**
 * "Các Báo cáo của Ủy ban nhân dân tỉnh về phát triển kinh tế - xã hội; …; thực hành tiết kiệm, chống lãng phí năm
 * 2017;": the year of a topic in a report's list of topics is the time reported on.
 */
const REPORT_TOPICS = /(?<!\p{L})báo cáo\s[^.!?:;]{0,200}?\svề\s[^.!?:]*;[^.!?:;]*\s+$/iu
/**
 * "a) Kết quả thực hiện Nghị quyết của HĐND tỉnh về nhiệm vụ phát triển kinh tế - xã hội … năm 2018.": a matter a
 * supervision lists by its results; its years are the time whose results are looked at, no deadline.
 */
const RESULTS_TOPIC = /^\s*kết quả (?:thực hiện|triển khai)\s[^.!?;:]*$/iu
/**
 * "Chương trình mục tiêu quốc gia xây dựng nông thôn mới … và miền núi giai đoạn 2026 - 2035": a programme's period at
 * the end of its long name ("giai đoạn" with no "trong" before it) names the programme too.
 */
const PROGRAMME_BEFORE = /(?<!\p{L})(?:chương trình|kế hoạch|đề án|dự án|chiến lược|quy hoạch)(?:,?\s+[^\s,.;:()]+){0,40}\s+$/u
/**
 * "tổng mức vốn sự nghiệp nguồn ngân sách tỉnh giai đoạn 2025-2030": so does the period of a sum of money (not where
 * the money's purpose follows: "kinh phí thực hiện chính sách … giai đoạn 2026-2030" is the policy's time).
 */
const MONEY_BEFORE = /(?<!\p{L})(?:vốn|ngân sách|kinh phí)(?:\s+(?!(?:thực|để|cho|nhằm|phục)(?!\p{L}))[^\s,.;:()]+){0,12}\s+$/u

/**
 * Inside quotation marks a time phrase belongs to a title ('Đề án "… giai đoạn 2026 - 2030"'), not to the task; a mark
 * the text never closes quotes nothing after it (a title whose closing mark a copy lost: '… "về đẩy mạnh học tập …
 * giai đoạn mới. (Giao Ban Xây dựng Đảng chủ trì, tham mưu trong quý II/2029).').
 */
function quoted(s: string, i: number): boolean {
  const before = s.slice(Math.max(0, i - 300), i)
  const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length
  return (open > 0 && s.includes('”', i)) || ((before.match(/"/g) ?? []).length % 2 === 1 && s.includes('"', i))
}
const TERM_BEFORE = /(?<!\p{L})(?:nhiệm kỳ|khóa|khoá|năm học|niên khóa|niên khoá)\s*\(?\s*$/u
const COMPARE_BEFORE = /(?<!\p{L})so với\s+(?:cùng kỳ\s+)?(?:của\s+)?$/u
/** "những năm tới" is vague, "03 tháng trước ngày…" counts back from an event. */
const PLURAL_BEFORE = /(?:(?<!\p{L})(?:những|các|mấy)|\p{N})\s+$/u
const IDIOM_BEFORE = /(?<!\p{L})hơn\s+$/u
const IDIOM_AFTER = /^\s+[^,.;\n]{0,15}?(?<!\p{L})hơn(?!\p{L})/u

warmAll(REF_BEFORE, REF_AFTER, LAW_BEFORE, EVENT_BEFORE, REPORT_TOPICS, RESULTS_TOPIC, TERM_BEFORE, COMPARE_BEFORE, PLURAL_BEFORE, IDIOM_BEFORE, IDIOM_AFTER)

/**
 * The horizon of a strategy or a programme named in the text ("… đến năm 2030, tầm nhìn đến năm 2045", "… đến năm 2030,
 * định hướng đến năm 2035"): its title's years, not a time the work must end by.
 */
const HORIZON_BEFORE = /(?:tầm nhìn|định hướng)\s*$/u
const HORIZON_AFTER = /^\s*[,;]?\s*(?:và\s+)?(?:tầm nhìn|định hướng)\s+(?:đến|tới|năm\s+\p{N}|\p{N}{4}(?!\p{N}))(?!\p{L})/u
/**
 * "… tại Kỳ họp thứ Sáu, HĐND tỉnh (dự kiến tổ chức vào tháng 12/2017)": the time an event is expected, in brackets
 * after it, dates the event the task is bound to, not the task.
 */
const EVENT_EXPECTED = /(?<!\p{L})(?:kỳ họp|phiên họp|hội nghị|đại hội|hội thảo|hội thi|lễ)(?!\p{L})[^()]{0,80}\(\s*(?:thời gian\s+)?dự kiến\s+(?:(?:sẽ\s+)?(?:tổ chức|diễn ra|khai mạc|họp|triệu tập)\s+)?(?:vào\s+)?(?:(?:trong|cuối|đầu|giữa)\s+)?$/u
/** "Hiệp định … đã được ký kết ngày 18/11/2009": the day an act was signed or passed, told in the past, limits nothing. */
const DONE_ON = /(?<!\p{L})(?:đã\s+(?:được\s+)?|được\s+)(?:ký kết|ký|ban hành|thông qua|phê duyệt|công bố)(?:\s+vào)?\s*$/u
/** A country's or a sector's commitment ("phù hợp cam kết của Việt Nam phát thải ròng bằng “0” vào năm 2050"): its year, not the task's. */
const COMMITMENT_BEFORE = /(?<!\p{L})cam kết(?:\s+[^\s,.;:()]+){0,9}\s+$/u
/**
 * "… đáp ứng mục tiêu tăng trưởng kinh tế năm 2025 và giai đoạn 2026 - 2030": a bare year or period after a goal names
 * the goal's horizon, not a time the work must end by ("… mục tiêu … trong năm 2025", with its preposition, still does).
 */
const GOAL_BEFORE = /(?<!\p{L})mục tiêu(?:,?\s+[^\s,.;:()]+){0,9}\s+$/u
/**
 * "Chiến lược phát triển ngành than đến năm 2030", "Chương trình phát triển công nghiệp công nghệ số Việt Nam đến
 * 2030": a year the title of a programme, a strategy or a scheme runs to, not a time the work must end by ("đến hết năm
 * …" still is one). (Not a plan's: readers split on "triển khai Kế hoạch hành động quốc gia về … đến năm 2030", r8 and
 * r91, one document.)
 */
/** "hồi" right before a time: then, in the past ("chỉ đạo hồi đầu năm", "hồi tháng 3"). */
const PAST_AT = /(?<!\p{L})hồi\s+$/u
/** "tháng" right before the beginning or end of a year: "bảy tháng đầu năm", "6 tháng cuối năm 2025". */
const MONTHS_OF = /(?<!\p{L})tháng\s+$/u
const PART_OF_YEAR = /^(?:đầu|cuối|giữa)\s+năm/u
const MONTHS_OF_YEAR = /^(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+\p{L}+)?|mấy|vài|các|những)\s+tháng\s+(?:đầu|cuối|giữa)\s+năm/u
/**
 * "Tại Nghị quyết phiên họp Chính phủ thường kỳ tháng 8/2016", "Thông báo phiên họp thường kỳ tháng 10/2026": the month
 * of a meeting an act cited is named after dates that act; not a schedule's cell, where the meeting's month is the time
 * the work is due by ("Tiến độ trình UBTVQH: Phiên họp tháng 3/2026").
 */
const MEETING_MONTH_BEFORE = /(?<!\p{L})(?:nghị quyết|thông báo|kết luận|biên bản)\s+(?:của\s+)?(?:phiên họp|kỳ họp|hội nghị|cuộc họp)(?:\s+[^\s,.;:()]+){0,4}\s+$/iu
const TITLE_RUNS_TO = /(?<!\p{L})(?:chương trình|chiến lược|đề án|quy hoạch)(?:\s+[^\s,.;:()]+){0,14}\s+$/u
warmAll(MEETING_MONTH_BEFORE, PAST_AT, MONTHS_OF, PART_OF_YEAR, MONTHS_OF_YEAR, TITLE_RUNS_TO, MONEY_BEFORE, HORIZON_BEFORE, HORIZON_AFTER, COMMITMENT_BEFORE, GOAL_BEFORE, PROGRAMME_BEFORE, EVENT_EXPECTED, DONE_ON)

/** Is this phrase the date of a cited document, a term of office, a comparison or an idiom rather than a time limit? */
function excluded(s: string, n: Node): boolean {
  if (quoted(s, n.i)) return true
  // (the years of a strategy's title, read where they stand; also no year the text works in)
  if (HORIZON_BEFORE.test(s.slice(Math.max(0, n.i - 16), n.i)) || HORIZON_AFTER.test(s.slice(n.j, n.j + 24))) return true
  const before = s.slice(Math.max(0, n.i - 80), n.i)
  // ("đã có chỉ đạo hồi đầu năm": a time back then, told by "hồi"; "bảy tháng đầu năm", "6 tháng cuối năm": a part of
  // the year counted, as a report counts it. A count in words is read into the phrase, a count in digits stays before it:
  // both are asked)
  if (PAST_AT.test(before) || (MONTHS_OF.test(before) && PART_OF_YEAR.test(s.slice(n.i, n.j))) || MONTHS_OF_YEAR.test(s.slice(n.i, n.j))) return true
  if (n.unit === 'year' && COMMITMENT_BEFORE.test(before)) return true
  if (before.includes('dự kiến') && EVENT_EXPECTED.test(s.slice(Math.max(0, n.i - 160), n.i))) return true
  if ((n.unit === 'year' || n.unit === 'span') && /^(?:đến|tới)\s+(?:năm\s+)?\p{N}/u.test(s.slice(n.i, n.j)) && TITLE_RUNS_TO.test(s.slice(Math.max(0, n.i - 160), n.i))) return true
  // (a period that opens with "giai đoạn" is read before the prefixed ones: "giai đoạn từ năm 2026 đến năm 2030" is made
  // a range by its "đến" and still names the plan it ends)
  if (n.unit === 'span' && (s.startsWith('giai đoạn', n.i) || s.startsWith('thời kỳ', n.i)) && (PROGRAMME_BEFORE.test(s.slice(Math.max(0, n.i - 320), n.i)) || MONEY_BEFORE.test(before))) return true
  if (n.prefixed) return false
  if (n.unit === 'month' && MEETING_MONTH_BEFORE.test(before)) return true
  if (COMPARE_BEFORE.test(before)) return true
  // ("dự kiến kế hoạch bồi dưỡng cho năm sau", "báo cáo kết quả năm trước": a year counted from now names a plan or a
  // report as a year written out does, EVENT_BEFORE)
  if (n.kind === 'relative') return PLURAL_BEFORE.test(before) || IDIOM_BEFORE.test(before) || IDIOM_AFTER.test(s.slice(n.j, n.j + 30)) || (n.unit === 'year' && EVENT_BEFORE.test(s.slice(Math.max(0, n.i - 120), n.i)))
  if (n.unit === 'day') return REF_BEFORE.test(before) || REF_AFTER.test(s.slice(n.j, n.j + 40)) || DONE_ON.test(before)
  if (n.unit === 'year' || n.unit === 'span') return TERM_BEFORE.test(before) || GOAL_BEFORE.test(before) || LAW_BEFORE.test(before) || REF_BEFORE.test(before) || EVENT_BEFORE.test(s.slice(Math.max(0, n.i - 120), n.i)) || REPORT_TOPICS.test(s.slice(Math.max(0, n.i - 400), n.i)) || RESULTS_TOPIC.test(s.slice(0, n.i))
  return false
}

export interface Scan {
  nodes: Node[]
  /** spans left out as references, terms of office, comparisons */
  skipped: Array<[number, number]>
}

/** Every time phrase in a normalised text; `loose` also reads the bare forms a table cell uses. */
const WORDISH = /[\p{L}\p{N}]/u
const DIGIT = /\p{N}/u

/** A trigger counts at a word start, and not inside a number such as 12/2021 or 1.234 (checked here: a lookbehind in TRIGGER is slow). */
function wordStart(s: string, i: number): boolean {
  if (i === 0) return true
  const c = s.charCodeAt(i - 1)
  // ASCII by its ranges: letters and digits are a word, and only "/.,-" can glue a trigger to a number
  if (c < 128) {
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return false
    if (c !== 47 && c !== 46 && c !== 44 && c !== 45) return true
    return !(i >= 2 && DIGIT.test(s[i - 2]))
  }
  return !WORDISH.test(s[i - 1])
}

/** The trigger regexes, reused by every scan (a scan runs to the end before the next one starts). */
const TRIGGERS = { strict: new RegExp(TRIGGER.source, TRIGGER.flags), loose: new RegExp(TRIGGER_LOOSE.source, TRIGGER.flags) }

/** The words of TRIGGER, for the scan that reads whole words instead of running TRIGGER. */
const TRIGGER_WORDS = new Set(
  TRIGGER.source
    .slice(3, TRIGGER.source.indexOf(')'))
    .split('|')
    .filter((w) => w !== '\\p{N}')
    .flatMap((w) => (w === 'qu[ýyí]' ? ['quý', 'quy', 'quí'] : [w])),
)

/** Trigger words by the hash of their characters, so that a word of the text is looked up without cutting it out. */
const wordHash = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0
const TRIGGERS_BY_HASH = new Map<number, string[]>()
for (const w of TRIGGER_WORDS) {
  let h = 0
  for (let i = 0; i < w.length; i++) h = wordHash(h, w.charCodeAt(i))
  TRIGGERS_BY_HASH.set(h, [...(TRIGGERS_BY_HASH.get(h) ?? []), w])
}
const MAX_TRIGGER = Math.max(...[...TRIGGER_WORDS].map((w) => w.length))

/** The trigger word that is the run of letters low[p, q) with hash h, or null. */
function triggerWord(low: string, p: number, q: number, h: number): string | null {
  const ws = TRIGGERS_BY_HASH.get(h)
  if (ws) for (const w of ws) if (w.length === q - p && low.startsWith(w, p)) return w
  return null
}

/** What follows a count in every rule that opens with one (recurring, counted, relative, duration, part of a year). */
const AFTER_COUNT = '\\s+(?:lần|tháng|qu[ýí]|ngày|buổi|tuần|năm)'
/**
 * Trigger words that open a phrase only before certain words: the rules (phrase.ts and the parsers it calls) were
 * read for what each of these words must stand before when it is the first word of a phrase in running text. Each
 * regex is looser than the rules it stands for (it only has to hold where one of them matches), and a word not
 * listed here is always tried. Most trigger words in running text ("quy định", "trung ương", "chủ trì", "theo",
 * "không", "thời gian") open nothing, and the ~20 rules each failed attempt tried cost more than the rest of the scan.
 */
const OPENS: Record<string, string> = {
  'trung': 'trung\\s+tuần\\s+(?:năm|tháng|qu)',
  'thượng': 'thượng\\s+tuần\\s+(?:năm|tháng|qu)',
  'hạ': 'hạ\\s+tuần\\s+(?:năm|tháng|qu)',
  'đầu': 'đầu\\s+(?:năm|tháng|qu)',
  'giữa': 'giữa\\s+(?:năm|tháng|qu)',
  'cuối': 'cuối\\s+(?:năm|tháng|qu)',
  // "quy" (no tone) is read only as a damaged quarter (repair.ts)
  'quy': 'quy\\s+[^\\s/-]{1,3}\\s*[/-]\\s*(?:1[89]|20)\\d\\d',
  'chủ': 'chủ\\s+nhật',
  'chúa': 'chúa\\s+nhật',
  'thứ': 'thứ\\s*(?:[2-7]|hai|ba|tư|năm|sáu|bảy|bẩy)',
  'theo': 'theo\\s+định\\s+kỳ',
  'định': 'định\\s+kỳ',
  'thường': 'thường\\s+(?:xuyên|niên)',
  'không': 'không\\s+(?:quá|muộn|chậm)',
  'chậm': 'chậm\\s+nhất',
  'muộn': 'muộn\\s+nhất',
  'hạn': 'hạn\\s+(?:chót|cuối)',
  'cho': 'cho\\s+(?:đến|tới)',
  'kể': 'kể\\s+từ',
  'thời': 'thời\\s+kỳ',
  'giai': 'giai\\s+đoạn',
  'niên': 'niên\\s+độ',
  'khi': 'khi\\s+có',
  'lúc': 'lúc\\s+có',
  'đột': 'đột\\s+xuất',
  'hằng': `hằng\\s+(?:ngày|tuần|tháng|qu[ýí]|năm)`,
  'hàng': `hàng\\s+(?:ngày|tuần|tháng|qu[ýí]|năm)`,
  'mỗi': `mỗi\\s+(?:ngày|tuần|tháng|qu[ýí]|năm)`,
  // number words open only a count ("năm" is also the year and is always tried)
  'mười': `mười(?:\\s+(?:một|hai))?${AFTER_COUNT}`,
  ...Object.fromEntries(['một', 'mốt', 'hai', 'ba', 'bốn', 'tư', 'sáu', 'bảy', 'bẩy', 'tám', 'chín'].map((w) => [w, `${w}${AFTER_COUNT}`])),
}
const OPENERS = new Map(Object.entries(OPENS).map(([w, src]) => [w, new RegExp(src, 'uy')]))
/**
 * A digit opens a time of day ("9h", "14 giờ"), a count, a day ("15/12", "27, 28 tháng 3", "5 tháng 6") or a range of
 * years ("2021 - 2025"); running text reads no bare year or month. Other digits (\p{N}) open nothing: the rules read \d.
 */
const DIGIT_OPENS = new RegExp(`(?:\\d{1,2}(?:\\s*(?:giờ|[hg]|,|và|&|tháng)|${AFTER_COUNT}|[/.-]\\d)|\\d{4}\\s*[-–—])`, 'uy')

/** Letter (\p{L}) and number (\p{N}) flags of the BMP, filled as characters are met. */
const IS_LETTER = 1
const IS_NUMBER = 2
const KNOWN = 4
const classes = new Uint8Array(0x10000)
const LETTER_RE = /\p{L}/u
const NUMBER_RE = /\p{N}/u
function classOf(c: number): number {
  let k = classes[c]
  if (k === 0) {
    const ch = String.fromCharCode(c)
    k = KNOWN | (LETTER_RE.test(ch) ? IS_LETTER : 0) | (NUMBER_RE.test(ch) ? IS_NUMBER : 0)
    classes[c] = k
  }
  return k
}
const SURROGATE = /[\uD800-\uDFFF]/

/** Whether a phrase may open at `i` in running text, by the trigger word there (`word`, or null for a digit). */
function mayOpen(low: string, i: number, word: string | null): boolean {
  const re = word === null ? DIGIT_OPENS : OPENERS.get(word)
  if (!re) return true
  re.lastIndex = i
  return re.test(low)
}

export function scan(low: string, loose: boolean): Scan {
  if (loose || SURROGATE.test(low)) return scanEvery(low, loose)
  // the positions TRIGGER finds at a word start, read word by word: a run of letters is a trigger word or is not
  // (TRIGGER's hits inside a run are never at a word start), a digit not followed by a letter is a trigger
  const nodes: Node[] = []
  const skipped: Array<[number, number]> = []
  const n = low.length
  for (let p = 0; p < n; ) {
    const k = classOf(low.charCodeAt(p))
    let q = p + 1
    let word: string | null = null
    if (k & IS_LETTER) {
      let h = wordHash(0, low.charCodeAt(p))
      for (let c = low.charCodeAt(q); q < n && classOf(c) & IS_LETTER; c = low.charCodeAt(++q)) h = wordHash(h, c)
      word = q - p <= MAX_TRIGGER ? triggerWord(low, p, q, h) : null
      if (word === null) {
        p = q
        continue
      }
    } else if (!(k & IS_NUMBER) || (q < n && classOf(low.charCodeAt(q)) & IS_LETTER)) {
      p = q
      continue
    }
    if (!wordStart(low, p) || !mayOpen(low, p, word)) {
      p = q
      continue
    }
    const node = parsePhrase(low, p, false)
    if (node && node.j > node.i) {
      if (excluded(low, node)) skipped.push([node.i, node.j])
      else nodes.push(node)
      p = node.j
    } else p = q
  }
  return { nodes, skipped }
}

/** The scan that tries the grammar at every hit of the trigger regex: for whole phrases (`loose`) and text outside the BMP. */
export function scanEvery(low: string, loose: boolean): Scan {
  const nodes: Node[] = []
  const skipped: Array<[number, number]> = []
  const re = loose ? TRIGGERS.loose : TRIGGERS.strict
  re.lastIndex = 0
  for (let m = re.exec(low); m; m = re.exec(low)) {
    if (!wordStart(low, m.index)) continue
    const n = parsePhrase(low, m.index, loose)
    if (!n || n.j <= n.i) continue
    if (excluded(low, n)) skipped.push([n.i, n.j])
    else nodes.push(n)
    re.lastIndex = n.j
  }
  return { nodes, skipped }
}

/** The year for a phrase written without one: the nearest written year in the same text, else the context's. */
export function contextYear(n: Node, nodes: Node[], ctx: DeadlineContext): number | null {
  let best: number | null = null
  let dist = Infinity
  for (const o of nodes) {
    if (o === n || o.year === null) continue
    const d = o.i >= n.j ? o.i - n.j : n.i >= o.j ? n.i - o.j : 0
    if (d < dist) [best, dist] = [o.year, d]
  }
  if (best !== null) return best
  if (ctx.year !== undefined) return ctx.year
  return ctx.today ? (parseIso(ctx.today)?.y ?? null) : null
}

/** Each node read against the context, with the notes of the OCR mends inside it and of a year taken from the context. */
export function resolveAll(nodes: Node[], ctx: DeadlineContext, repairs: Repair[] = []): Array<{ node: Node } & Out> {
  const today = ctx.today ? parseIso(ctx.today) : null
  const effective = ctx.effective ? parseIso(ctx.effective) : null
  return nodes.map((node) => {
    const env: Env = { year: node.needsYear ? contextYear(node, nodes, ctx) : (ctx.year ?? today?.y ?? null), today, effective, actsInForce: ctx.actsInForce }
    const o: { node: Node } & Out = { node, ...node.resolve(env) }
    const notes = [...(repairs.length ? repairNotes(repairs, node.i, node.j) : []), ...(o.notes ?? [])]
    if (node.needsYear && ctx.yearFrom && usedContextYear(node, nodes, ctx, o, today)) {
      notes.push({ code: 'year-inferred', message: `no year written: ${ctx.year}, from ${ctx.yearFrom}` })
    }
    if (notes.length) o.notes = notes
    return o
  })
}

/** The year came from the context, not from the text, and the reading needed it (not "trước Tết", read against today). */
function usedContextYear(node: Node, nodes: Node[], ctx: DeadlineContext, o: Out, today: Env['today']): boolean {
  if (ctx.year === undefined || nodes.some((x) => x !== node && x.year !== null) || (!o.start && !o.end)) return false
  const without = node.resolve({ year: null, today })
  return without.start !== o.start || without.end !== o.end
}

/** The optional parts of a reading, present only when they say something. */
export function extras(o: { invalid?: string; notes?: DeadlineNote[] }): { invalid?: string; notes?: DeadlineNote[] } {
  return { ...(o.invalid ? { invalid: o.invalid } : {}), ...(o.notes?.length ? { notes: o.notes } : {}) }
}

interface Read {
  norm: ReturnType<typeof normalise>
  repairs: Repair[]
  nodes: Node[]
}

/**
 * The phrases of a text before any context is applied. The stages of a parse read the same sentence again and again
 * (its task, its milestones, its neighbours' cut): the text-only part is kept until the parse of the document ends
 * (forgetReadings), so that a memo never spans two documents.
 */
const reads = new Map<string, Read>()
const MAX_READS = 4096

/** Drops the texts read so far: called by the parser at the start and the end of each document. */
export function forgetReadings(): void {
  reads.clear()
}

function phrasesOf(text: string): Read {
  let r = reads.get(text)
  if (!r) {
    const norm = normalise(text)
    const { low, repairs } = repairDates(norm.low)
    r = { norm, repairs, nodes: scan(low, false).nodes }
    if (reads.size >= MAX_READS) reads.clear()
    reads.set(text, r)
  }
  return r
}

export function findDeadlines(text: string, ctx: DeadlineContext = {}): DeadlineMatch[] {
  const { norm, repairs, nodes } = phrasesOf(text)
  return resolveAll(nodes, ctx, repairs).map((r) => {
    const { node } = r
    const index = toGiven(norm, node.i)
    const length = toGiven(norm, node.j) - index
    const m: DeadlineMatch = { text: text.slice(index, index + length), start: r.start, end: r.end, kind: node.kind, recurrence: node.recurrence, index, length }
    if (r.invalid) m.invalid = r.invalid
    if (r.notes?.length) m.notes = r.notes
    return m
  })
}

/** A period of a year or more: "năm 2026", "giai đoạn 2026 - 2030". */
function spansAYear(m: { start?: string | null; end: string | null }): boolean {
  return !!m.start && !!m.end && Date.parse(m.end) - Date.parse(m.start) >= 300 * 86_400_000
}

interface Pickable {
  start?: string | null
  end: string | null
  kind: string
  invalid?: string
  /** the words read, when known */
  text?: string
  /** where the reading stands in its text, when known: a limit right after a period qualifies it */
  index?: number
  length?: number
  recurrence?: string | null
  notes?: { code: string }[]
}

/** The cycles whose days are named by a day and a month: a year, half a year, a quarter. */
const CYCLES_OF_DAYS = new Set(['yearly', 'half-yearly', 'quarterly', 'periodic'])

/**
 * A day with no year written in a duty that comes back every year, half year or quarter ("định kỳ hằng năm gửi báo cáo
 * … trước ngày 15 tháng 12", "định kỳ 6 tháng báo cáo … trước ngày 15 tháng 6 và trước ngày 01 tháng 12"): that duty's
 * day of each cycle, not one date in the document's year.
 */
function daysOfEachCycle(m: Pickable, list: Pickable[]): boolean {
  return !!m.notes?.some((n) => n.code === 'year-inferred') && list.some((p) => p.kind === 'recurring' && CYCLES_OF_DAYS.has(p.recurrence ?? ''))
}

/**
 * A year that names which year's event, right before the days the event takes ("khám tuyển nghĩa vụ quân sự năm 2025
 * từ ngày 15 – 17/10/2025", "… năm 2027 từ ngày 15 – 17/12/2026", the year's call-up held the year before): the days are
 * the time.
 */
function namesTheYearOf(m: Pickable, list: Pickable[]): boolean {
  if (m.kind !== 'period' || !spansAYear(m) || m.index === undefined || m.length === undefined) return false
  const after = m.index + m.length
  return list.some((n) => (n.kind === 'range' || n.kind === 'date') && n.index !== undefined && n.index - after >= 0 && n.index - after <= 1 && !!n.end)
}

/** A limit that sets a date, not one that says "as of" of the period just before it ("năm 2026 đến ngày 15 tháng 5 năm 2026"). */
function setsALimit(m: Pickable, list: Pickable[]): boolean {
  if (m.kind !== 'limit' || !m.end) return false
  if (m.index === undefined) return true
  const at = m.index
  return !list.some((p) => p.kind !== 'limit' && p.index !== undefined && p.length !== undefined && at - (p.index + p.length) >= 0 && at - (p.index + p.length) <= 1)
}

/**
 * A period before the text's own time ("số liệu của năm trước", "kết quả 6 tháng qua", "năm ngoái"): it names what the
 * work is about, never when the work is due.
 */
const BACK = /(?<![\p{L}])(?:trước|ngoái|qua|vừa qua|vừa rồi|gần đây|gần nhất|hôm qua)$/u
const looksBack = (m: Pickable) => m.kind === 'relative' && !!m.text && BACK.test(m.text)

/**
 * The deadline among several readings: the latest end; else a recurring or conditional one; else a start with no end,
 * an impossible date. A limit the text sets ("gửi Bộ Tài chính trước ngày 15 tháng 5 năm 2026") wins over a year or
 * more it only names ("phương án phân bổ vốn giai đoạn 2026 - 2030", "trong năm 2026"); a shorter period is a step of
 * its own ("báo cáo Thủ tướng Chính phủ trong tháng 4 năm 2026") and the latest end still wins.
 */
export function pickDeadline<T extends Pickable>(all: T[]): T | null {
  const first = all.some(looksBack) || all.some((m) => daysOfEachCycle(m, all)) ? all.filter((m) => !looksBack(m) && !daysOfEachCycle(m, all)) : all
  const list = first.some((m) => namesTheYearOf(m, first)) ? first.filter((m) => !namesTheYearOf(m, first)) : first
  const limits = list.some((m) => setsALimit(m, list))
  let best: T | null = null
  for (const m of list) if (m.end && !(limits && m.kind !== 'limit' && spansAYear(m)) && (!best || m.end > best.end!)) best = m
  return (
    best ??
    list.find((m) => m.kind === 'recurring' || m.kind === 'conditional') ??
    list.find((m) => m.kind === 'open-start' || m.invalid) ??
    null
  )
}

/**
 * The periods a count names, in brackets after it: "chi trả gộp 03 tháng lương hưu (tháng 12 năm 2025, tháng 01 và tháng
 * 02 năm 2026) vào kỳ chi trả tháng 12 năm 2025" pays for those months; when the work is done is said outside them.
 */
const COUNTED_PERIODS = /(?<![\p{L}\p{N}])\d{1,2}\s+(?:tháng|quý|năm|kỳ)\s[^().;:]{0,80}?\(([^()]{4,120})\)/giu

/** `all` without the readings inside a count's brackets, when a reading stands outside them. */
function withoutCountedPeriods(text: string, all: DeadlineMatch[]): DeadlineMatch[] {
  if (all.length < 2 || !text.includes('(')) return all
  const spans: Array<[number, number]> = []
  for (const m of text.matchAll(COUNTED_PERIODS)) {
    const close = m.index + m[0].length - 1
    spans.push([close - m[1].length, close])
  }
  if (!spans.length) return all
  const inside = (m: DeadlineMatch) => spans.some(([a, b]) => m.index >= a && m.index < b)
  return all.some((m) => !inside(m)) ? all.filter((m) => !inside(m)) : all
}

/**
 * A task's deadline in its text. A period of a year or more that was over before the year the text was written in
 * ("… người tham gia kháng chiến trong giai đoạn 1974 - 1975", "Luật Luật sư năm 2006") names what the work is about.
 * (An undated text was written no earlier than the latest act it cites.)
 */
export function lastDeadline(text: string, ctx: DeadlineContext = {}): DeadlineMatch | null {
  const all = withoutCountedPeriods(text, findDeadlines(text, ctx))
  const written = ctx.today ?? ctx.since
  const year = written ? `${written.slice(0, 4)}-01-01` : null
  return pickDeadline(year && all.some((m) => m.end && m.end < year) ? all.filter((m) => !(m.end && m.end < year && spansAYear(m))) : all)
}

const YEAR_NUMBER = /(?<![\p{L}\p{N}/]|\p{N}[.,])(19[4-9]\d|20\d\d|2100)(?![\p{N}]|[/.,]\p{N}|[/-]\p{L})/gu

/** Plausible years (1945–2100) written outside cited documents and terms of office, ascending, once each. */
export function yearsMentioned(text: string): number[] {
  const { low } = normalise(text)
  const { skipped } = scan(low, false)
  const years = new Set<number>()
  for (const m of low.matchAll(YEAR_NUMBER)) {
    const at = m.index
    if (skipped.some(([a, b]) => at >= a && at < b)) continue
    if (/(?<!\p{L})số\s*$/u.test(low.slice(Math.max(0, at - 6), at))) continue
    years.add(Number(m[1]))
  }
  return [...years].sort((a, b) => a - b)
}
