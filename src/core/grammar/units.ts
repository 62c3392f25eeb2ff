// Bodies the lexicon cannot know by name — a company, a bank branch, a hospital, a department's own offices — found
// by their shape: a head noun from lexicon/unit-heads.tsv, then its name up to the verb that follows it.
import { lexiconNameByFold, type AgencyMention } from '../agencies/index.js'
import { unitHeads, type UnitHead } from '../agencies/data.js'
import { COMPANY_FIELDS, DOMAINS, LEVELS as LEVEL_ROWS, TITLES } from '../agencies/lexicon.js'
import { opensWithAction } from './cues.js'
import { fold, modernTone } from '../contract/text.js'
import { charClass, hasAstral, hashUnit, HASH_SEED, LETTER, MARK, NUMBER, SPACE, WordTable } from '../agencies/chars.js'
import { warm } from '../contract/regex.js'

/** Lower-case words that end a name: the words that join a name to its sentence. */
const STOP_WORDS = new Set(
  'và với của cho về tại trong theo các những là được để sẽ đã đang cần phải có chịu mở đưa cử trình hoặc cùng nếu khi thì do như mà này đó từ đến ngày tháng năm khóa khoá giai lần số trước sau khoản không khoảng giờ vào đi nơi ở qua cũng chưa vẫn đều luôn còn hãy nộp thuộc gồm biết ngưng ngừng'.split(' '),
)
/**
 * A company's legal form, spelt as the law spells it when a scan has damaged its marks: "Công ty cô phần …",
 * "Công ty cỗ phân …" are "Công ty cổ phần …".
 */
function companyForm(name: string): string {
  const m = /^(Công ty|Tổng công ty)\s+(\S+\s+\S+)(?=\s|$)/u.exec(name)
  return m && fold(m[2]) === 'co phan' && m[2] !== 'cổ phần' ? `${m[1]} cổ phần${name.slice(m[0].length)}` : name
}

/** Heads that always begin a new body ("Cục Viễn thông Cơ quan điều hành …" is two), unlike "Chi nhánh Ngân hàng …". */
const NEW_BODY = new Set(['Cơ quan', 'Công ty', 'Chi nhánh', 'Cục', 'Sở', 'Phòng', 'Vụ', 'Bộ Chỉ huy', 'Tập đoàn', 'Tổng công ty'])
/** Verbs of assignment that the list of opening verbs does not hold. */
/** Verbs of assignment, compared without marks so that OCR damage ("khan trương") still ends a name. */
const STOP_PAIRS = new Set(
  [
    'chủ trì', 'phối hợp', 'báo cáo', 'tổng hợp', 'đề xuất', 'phát hành', 'có trách', 'chịu trách', 'làm việc', 'thông báo', 'gửi về',
    'liên hệ', 'căn cứ', 'đăng tải', 'phát sóng', 'cung cấp', 'tiếp nhận', 'đề nghị', 'yêu cầu', 'xem xét', 'giải quyết', 'chỉ định',
    'thống nhất', 'khẩn trương', 'chuẩn bị', 'hoàn thành', 'thực hiện', 'tổ chức', 'triển khai', 'chỉ đạo', 'hướng dẫn', 'theo dõi',
    'rà soát', 'kiểm tra', 'nghiên cứu', 'tham mưu', 'xây dựng', 'bảo đảm', 'đảm bảo', 'tập trung', 'tiếp tục', 'chủ động', 'tích cực',
    'kịp thời', 'trực tiếp', 'bố trí', 'phân công', 'đôn đốc', 'giám sát', 'lãnh đạo', 'quản lý', 'ban hành', 'trình bày',
    'nhiệm kỳ', 'nhắc nhở', 'phê duyệt', 'nhiệt liệt', 'biểu dương', 'diễn ra', 'thảo luận', 'phát biểu', 'kết luận',
    // (and the adverbs of manner and time that open what a body does: "Cục Thuế định kỳ hàng quý báo cáo …")
    'quy định', 'quyết định', 'định kỳ', 'thường xuyên', 'nghiêm túc', 'dự kiến', 'trực thuộc',
    // (and what a report to a body is about: "báo cáo Ban Chỉ đạo kết quả thực hiện")
    'kết quả',
    // (and what a body does or what befalls it, in a sentence that names it: "Trung tâm … hoạt động hiệu quả",
    // "Trường … ngưng hoạt động", "Vụ TCCB tiếp thu", "… liên tiếp xảy ra")
    'hoạt động', 'tiếp thu', 'công nhận', 'xảy ra', 'liên tiếp',
    // (and who acts for another, or pays: "Phó Chủ tịch Ủy ban Quốc gia thay mặt Chủ tịch …", "Quỹ BHYT thanh toán 80%")
    'thay mặt', 'thanh toán',
  ].map((p) => fold(p)),
)
/** A field's name whose last words would be an adverb: "Phòng Giáo dục thường xuyên - chuyên nghiệp" (continuing education). */
const FIELD_TAILS = new Set(['dục thường xuyên'].map((p) => fold(p)))
const BOARD_WORDS = new Set(['ban', 'tổ', 'đồng', 'đoàn'])
/** Nouns whose second syllable would end a name as a verb: "Công trình", "Chương trình" inside a unit's name. */
const NOUN_PAIRS = new Set(['công trình', 'chương trình', 'quy trình', 'lộ trình'].map((p) => fold(p)))
/** Heads whose names may hold commas ("Ủy ban Văn hóa, Giáo dục"). */
const COMMA_NAMES = new Set(['Ủy ban', 'Ban', 'Hội đồng', 'Trung tâm', 'Viện', 'Vụ', 'Cục', 'Phòng'])
const MAX_WORDS = 12
/**
 * Words that after a comma begin no part of a name: one in capitals, as an abbreviation is written ("Phòng PC04, SĐT …"),
 * and the plural that opens a collective ("Phòng Đào tạo, Các Khoa" in a table's cell).
 */
const NOT_NAMED_ON = /^(?:\p{Lu}{2,}|Các|Những)$/u
/** Levels of government: "Bưu điện tỉnh", "Ban Quản lý dự án huyện" are one body each. */
const LEVELS = new Set(['tỉnh', 'huyện', 'xã', 'thành', 'quận', 'phường', 'thị', 'trung'])
/** Levels whose places' names may begin with a unit's head word: "Xã Trường Xuân", "phường Hội Hợp". */
const PLACE_LEVEL = new Set(['xã', 'phường'])
/** The last word of a local unit's name: "… tỉnh", "… thành phố", "… huyện". */
const LEVEL_END = new Set(['tỉnh', 'huyện', 'xã', 'quận', 'phường', 'phố'])
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}&]*|[^\s\p{L}\p{N}]/gu
/** The words that may follow a name ending in its country or "quốc tế": a branch, a level, "các cấp", a "và" joining more. */
const AFTER_COUNTRY = new Set(['chi', 'cấp', 'các', 'khu', 'và'])
/** Two words that end a name: the country ("Việt Nam") or "quốc tế". */
/** What "cấp" names a level before, besides the levels: "cấp ủy", "cấp cao", "cấp cơ sở", "cấp bộ", "cấp quân khu" … */
const AFTER_CAP = new Set(['ủy', 'cao', 'cơ', 'bộ', 'vùng', 'khu', 'quân', 'tổng', 'trên', 'dưới', 'mình', 'quốc', 'các'])
/** Words that "cấp" ends as one word with them: "Trung cấp", "liên cấp", "sơ cấp", "cao cấp". */
const LEVEL_PREFIX = new Set(['trung', 'liên', 'sơ', 'cao', 'thượng'])
const closesName = (a: T, b: T): boolean => (a.raw === 'Việt' && b.raw === 'Nam') || (a.low === 'quốc' && b.low === 'tế')
/** A number that counts or measures: its thousands or decimals follow with no space ("216.868", "26,1"), or a percent sign. */
const figureAt = (text: string, t: T): boolean => /^[.,]\p{N}|^\s*%/u.test(text.slice(t.end, t.end + 2))

interface Keys {
  raw: string
  low: string
  word: boolean
  cap: boolean
  /** a unit's head may start here: a capital first, no digit, not a word in capitals (see headAt) */
  opens: boolean
  /** low with every mark folded away, read the first time it is asked (see headAt) */
  bare?: string
}

/** A word's keys depend on the word alone: computed once per distinct word. */
const WORDS = new WordTable((raw): Keys => {
  const word = /^[\p{L}\p{N}]/u.test(raw)
  const cap = word && /^[\p{Lu}\p{N}]/u.test(raw)
  // a heading in capitals ("NHIỆM VỤ", "XÃ HỘI SỐ") holds no unit the lexicon did not find already
  const opens = cap && !/^\p{N}/u.test(raw) && !(raw.length > 1 && raw === raw.toUpperCase())
  return { raw, low: modernTone(raw.toLowerCase()), word, cap, opens }
})

/** A token where the text has it: its place and the interned word's keys, the rest read from them (no copy per token). */
class T {
  constructor(
    private readonly keys: Keys,
    readonly index: number,
  ) {}

  get raw(): string {
    return this.keys.raw
  }
  get low(): string {
    return this.keys.low
  }
  get end(): number {
    return this.index + this.keys.raw.length
  }
  get word(): boolean {
    return this.keys.word
  }
  get cap(): boolean {
    return this.keys.cap
  }
  get opens(): boolean {
    return this.keys.opens
  }
  get bare(): string {
    return (this.keys.bare ??= fold(this.keys.low))
  }
}

const tok = (k: Keys, index: number): T => new T(k, index)

/** The tokens of TOKEN, read by hand over a table of character classes (text outside the BMP goes through TOKEN). */
export function tokens(text: string): T[] {
  const out: T[] = []
  if (hasAstral(text)) {
    TOKEN.lastIndex = 0
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push(tok(WORDS.val(WORDS.id(m[0], 0, m[0].length)), m.index))
    return out
  }
  const n = text.length
  for (let p = 0; p < n; ) {
    const c = charClass(text.charCodeAt(p))
    if (c & SPACE) {
      p++
      continue
    }
    let end = p + 1
    // hashed as it is read: the word table need not read the word again
    let h = hashUnit(HASH_SEED, text.charCodeAt(p))
    if (c & (LETTER | NUMBER)) {
      for (let d = text.charCodeAt(end); end < n && (d === 0x26 || charClass(d) & (LETTER | MARK | NUMBER)); d = text.charCodeAt(++end)) h = hashUnit(h, d)
    }
    out.push(tok(WORDS.val(WORDS.hashedId(text, p, end, h)), p))
    p = end
  }
  return out
}

let firstWords: RegExp | null = null
let scanned: RegExp | null = null
/** A text with none of the heads' first words written with a capital holds no unit: most lines, skipped at once. */
function mayHoldUnit(text: string, heads: UnitHead[]): boolean {
  firstWords ??= warm(new RegExp(`(?<![\\p{L}])(?:${[...new Set(heads.map((h) => h.head.split(/\s+/)[0]))].join('|')})(?![\\p{L}])`, 'u'))
  // (nor any head of two words or more as a scan may write it, its marks lost or its tone on the old place: "Uy ban",
  // "Uỷ ban", "Hoi dong"; see headAt; asked only of a text the first test lets go)
  scanned ??= warm(new RegExp(`(?<![\\p{L}])(?:${[...new Set(heads.flatMap(scannedForms))].join('|')})(?![\\p{L}])`, 'u'))
  return firstWords.test(text) || scanned.test(text)
}

/**
 * Where the fields a local unit's name lists in lower case end, at its level: "… Xúc tiến đầu tư, thương mại và du lịch
 * tỉnh" (from "đầu": a comma between fields, a "và" before the last, the level last), or at the end of the text when
 * the name is all of it (a heading's); a verb ends the list ("… và du lịch tổ chức"); -1 when the words are no such list.
 */
function fieldsToLevel(ts: T[], j: number): number {
  let comma = false
  let and = false
  for (let k = j; k < j + 12; k++) {
    // (a name that is the whole text, a heading's: "7. Trung tâm Xúc tiến đầu tư, thương mại và du lịch")
    if (k >= ts.length) return comma && and && ts[k - 1].word && ts[k - 1].low !== 'và' ? k - 1 : -1
    const t = ts[k]
    if (t.raw === ',' && !and && k > j && ts[k - 1].word) comma = true
    else if (!t.word || t.cap) return -1
    else if (LEVEL_END.has(t.low) && comma && and) return ts[k + 1]?.word && !STOP_WORDS.has(ts[k + 1].low) && !STOP_PAIRS.has(fold(`${ts[k + 1].low} ${ts[k + 2]?.low ?? ''}`)) ? -1 : k
    else if (t.low === 'và') and = ts[k - 1].word
    else if (STOP_WORDS.has(t.low) || STOP_PAIRS.has(fold(`${t.low} ${ts[k + 1]?.low ?? ''}`))) return -1
  }
  return -1
}

let andFields: [string[], string[]][] | null = null
/**
 * A ministry's field that holds "và" ("Tài nguyên và Môi trường"), written in lower case inside a unit's name
 * ("Trung tâm Truyền thông tài nguyên và môi trường"): at the "và" of token j, the index after the field's last word,
 * or -1. The fields are the lexicon's (domains.tsv).
 */
function fieldAcrossAnd(ts: T[], j: number): number {
  andFields ??= DOMAINS.map(([name]) => name).filter((n) => / và /u.test(n)).map((n) => n.split(' và ').map((half) => fold(half.toLowerCase()).split(' ')) as [string[], string[]])
  for (const [left, right] of andFields) {
    if (j < left.length) continue
    if (left.every((w, k) => fold(ts[j - left.length + k].low) === w) && right.every((w, k) => ts[j + 1 + k] && fold(ts[j + 1 + k].low) === w)) return j + 1 + right.length
  }
  return -1
}

let fieldWords: Set<string> | null = null
/**
 * Two syllables that make one word of a ministry's field as domains.tsv writes it, the first with a capital ("Đào tạo",
 * "Du lịch"): inside a name the second is no verb, though "tạo …" or "lịch …" might open a clause elsewhere.
 */
function fieldWord(a: T, b: T): boolean {
  fieldWords ??= new Set(
    DOMAINS.flatMap(([name]) => {
      const ws = name.split(/[\s,]+/u)
      return ws.slice(1).flatMap((w, k) => (/^\p{Lu}/u.test(ws[k]) && /^\p{Ll}/u.test(w) ? [fold(`${ws[k]} ${w}`.toLowerCase())] : []))
    }),
  )
  return fieldWords.has(fold(`${a.low} ${b.low}`))
}

let fieldAbbr: Map<string, string> | null = null
/**
 * A ministry's field written as its abbreviation inside a unit's name, spelt out as domains.tsv names it: "Trung tâm
 * Truyền thông TN&MT" is "… Tài nguyên và Môi trường", "Trung tâm Chuyển đổi số VHTTDL" "… Văn hóa, Thể thao và Du
 * lịch". Only the forms with "&" or "-" and those of four capitals or more: "TC", "CT" alone are too short to tell from
 * other words.
 */
function spellFields(name: string): string {
  fieldAbbr ??= new Map(
    DOMAINS.flatMap(([field, , ...aliases]) => aliases.filter((a) => /^\p{Lu}[\p{Lu}&-]*\p{Lu}$/u.test(a) && (/[&-]/u.test(a) || a.length >= 4)).map((a) => [a, field] as [string, string])),
  )
  return name.replace(/(?<=\s)\p{Lu}[\p{Lu}&-]*\p{Lu}(?![\p{L}&-])/gu, (a) => fieldAbbr!.get(a) ?? a)
}

let titles: Set<string> | null = null
/** A person's title starts at token j ("… Việt Nam và Thủ trưởng các cơ quan"): it begins no part of a name. */
function titleAt(ts: T[], j: number): boolean {
  titles ??= new Set(TITLES.map((t) => fold(t.toLowerCase())))
  for (let n = 1; n <= 3 && j + n <= ts.length; n++) if (titles.has(fold(ts.slice(j, j + n).map((t) => t.low).join(' ')))) return true
  return false
}

/** "số" is a number's word ("Trường số 2", "Kế hoạch số 12") unless a name goes on after it: "Cục Chuyển đổi số và …". */
const numberWord = (next: T | undefined) => !next || !next.word || /^\p{N}/u.test(next.raw) || next.low === 'hiệu' || next.low === 'lượng'

let byFirst: { heads: UnitHead[]; map: Map<string, UnitHead[]> } | null = null
/** The heads by their first word, each list in the order of `heads` (longest first). */
function headsByFirst(heads: UnitHead[]): Map<string, UnitHead[]> {
  if (byFirst?.heads !== heads) {
    const map = new Map<string, UnitHead[]>()
    for (const h of heads) map.set(h.words[0], [...(map.get(h.words[0]) ?? []), h])
    byFirst = { heads, map }
  }
  return byFirst.map
}

/**
 * How a scan may write the opening of a head of two words or more: "Uỷ", and its first two words with no marks, "Uy
 * ban", "Hoi dong" (by two words: "Quy" alone opens "Quy định" as often as "Quỹ"). A head opens with a capital.
 */
function scannedForms(h: UnitHead): string[] {
  const [w, second] = h.head.split(/\s+/)
  if (!second) return []
  // (fold gives lower case: the first word's capital, either case for the second's first letter)
  const first = fold(w)
  const next = fold(second)
  return [...(w === 'Ủy' ? ['Uỷ'] : []), `${first[0].toUpperCase()}${first.slice(1)}\\s+[${next[0]}${next[0].toUpperCase()}]${next.slice(1)}`]
}

/** The heads of two words or more by their words with no marks: "uy ban" → Ủy ban. */
let byFolded: { heads: UnitHead[]; map: Map<string, { head: UnitHead; words: string[] }[]> } | null = null
function headsByFolded(heads: UnitHead[]): Map<string, { head: UnitHead; words: string[] }[]> {
  if (byFolded?.heads !== heads) {
    const map = new Map<string, { head: UnitHead; words: string[] }[]>()
    for (const h of heads) {
      if (h.words.length < 2) continue
      const words = h.words.map((w) => fold(w))
      map.set(words[0], [...(map.get(words[0]) ?? []), { head: h, words }])
    }
    byFolded = { heads, map }
  }
  return byFolded.map
}

/**
 * The longest head that starts at token i (its first word written with a capital). A head of two words or more is
 * also known with its marks lost, as a scan writes it ("Uy ban Quốc gia", "Hoi dong"): one word alone is not ("Bo",
 * "So" are other words).
 */
function headAt(ts: T[], i: number, heads: UnitHead[]): UnitHead | null {
  if (!ts[i].opens) return null
  const starting = headsByFirst(heads).get(ts[i].low)
  if (starting) {
    for (const h of starting) {
      if (i + h.words.length > ts.length) continue
      if (h.words.every((w, k) => ts[i + k].low === w)) return h
    }
  }
  const folded = headsByFolded(heads).get(ts[i].bare)
  if (!folded) return null
  for (const f of folded) {
    if (i + f.words.length > ts.length) continue
    if (f.words.every((w, k) => ts[i + k].bare === w)) return f.head
  }
  return null
}

/** How a name is read: alone, or as one item of a list under a shared head, whose items a comma or a semicolon parts. */
type ListMode = 'one' | 'commas' | 'semicolons'

interface NameRead {
  /** the name's last token, or the head's last when no word followed */
  last: number
  words: number
  /** how many words come before the first capital (-1: none) */
  capWithin: number
  lowStart: boolean
  /** fields listed in the name, by a comma or "và" between capitals */
  listed: boolean
  /** how many words spell a company's legal form ("cổ phần", "TNHH") before its name */
  form: number
}

/** The words of a unit's name after its head (head at token i, name from token j), up to the verb or body that follows. */
function readName(text: string, ts: T[], i: number, j: number, h: UnitHead, heads: UnitHead[], known: AgencyMention[], mode: ListMode): NameRead {
  let words = 0
  let capWithin = -1
  let lowStart = false
  let listed = false
  let last = j - 1
  // a company's legal form opens its name, in either case: "Công ty Cổ phần Công nghiệp …", "Công ty cổ phần …" (the
  // name's capital is looked for after it)
  const form = COMPANY_HEADS.has(h.head) ? legalForm(ts, j) : 0
  if (form) (words = form), (last = j + form - 1), (j += form)
  // "Công ty Cổ phần Đầu tư phát triển công nghiệp Lào Cai": trades that open the name with a capital, the rest of
  // them in lower case, are all the name's, up to what the company is called
  const opening = form && ts[j]?.cap ? tradeRun(ts, j) : j
  if (opening > j) (words += opening - j), (last = opening - 1), (capWithin = 0), (j = opening)
  while (j < ts.length && words < MAX_WORDS) {
    const t = ts[j]
    const next = ts[j + 1]
    if (!t.word) {
      // "Phát thanh - Truyền hình", "Công nghiệp Than - Khoáng sản"; a comma inside the names that hold one
      // a comma inside the names that hold one: the head's own ("Ủy ban Văn hóa, Giáo dục") or a board's nested in it
      // ("Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách")
      const commaName = mode === 'semicolons' || (mode === 'one' && (COMMA_NAMES.has(h.head) || ts.slice(i, j).some((x) => x.low === 'ban' || x.low === 'đồng')))
      // (not before a body of its own: "Ban Quản lý Khu kinh tế, Sở Công Thương"; nor before a person's title, which
      // names who speaks or signs for it: "Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh", "Ban Chỉ đạo, Tổng Bí thư")
      // ("&" between spaces is a "và" before a capital: "Viện Nghiên cứu Công nhân & Công đoàn")
      const joins = t.raw === '-' || t.raw === '–' ? next?.word : t.raw === '&' ? next?.cap && !headAt(ts, j + 1, heads) : t.raw === ',' && commaName && next?.cap && !NOT_NAMED_ON.test(next.raw) && !headAt(ts, j + 1, heads) && !titleAt(ts, j + 1) && !known.some((k) => k.index === next.index)
      if (!joins || words === 0 || text.slice(ts[j - 1].end, t.index).includes('\n')) break
      if (t.raw === ',' || t.raw === '&') listed = true
      j++
      continue
    }
    // "Binh đoàn 19", "Quân khu 7": a short number names a unit; a year ("… 2026 - 2027") is not part of a name
    // (nor a count of levels: "Công an 3 cấp", the police at three levels)
    if (/^\p{N}/u.test(t.raw) && (!/^\p{N}{1,3}$/u.test(t.raw) || next?.low === 'cấp')) break
    // nor a figure ("… Việt Nam 216.868", "100%"), a number after the name has reached its country, one on the next line
    // ("Cơ quan điều hành" / "100% người …"), a room ("Phòng 102, Nhà Hiệu bộ"), nor a cell a table's gap parts from it
    if (/^\p{N}/u.test(t.raw) && (figureAt(text, t) || (words > 1 && closesName(ts[j - 2], ts[j - 1])) || /\n/.test(text.slice(ts[j - 1].end, t.index)) || (words === 0 && h.head === 'Phòng' && t.raw.length === 3))) break
    if (words > 0 && /\t| {3,}/.test(text.slice(ts[j - 1].end, t.index))) break
    if (!t.cap) {
      // "Chi cục … SGKV 1 quyền dừng …": the number that names a unit ends its name, save for the level after it ("… Ban
      // Chỉ đạo 389 quốc gia")
      if (/^\p{N}/u.test(ts[j - 1].raw) && words > 0 && !LEVELS.has(t.low) && !(t.low === 'quốc' && next?.low === 'gia')) break
      // "Cục Hàng hải và Đường thủy Việt Nam văn bản lấy ý kiến", "Cơ quan Năng lượng nguyên tử quốc tế phục vụ công
      // tác": a name that has reached its country or the world ends there, save for its branch or level after it
      // ("Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh …", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")
      if (words > 1 && closesName(ts[j - 2], ts[j - 1]) && !LEVELS.has(t.low) && !AFTER_COUNTRY.has(t.low)) break
      // "Cục Xuất bản, In và Phát hành cấp lại chứng chỉ …": "cấp" names a level only before one ("Công an cấp xã",
      // "Viện Kiểm sát nhân dân cấp cao"); before anything else it grants, a verb (not the word it ends: "Trung cấp")
      if (t.low === 'cấp' && words > 0 && !LEVEL_PREFIX.has(ts[j - 1].low) && next?.word && !LEVELS.has(next.low) && !AFTER_CAP.has(next.low)) break
      // "Công ty cổ phần tập đoàn đầu tư và thương mại Mundus Stones": between a company's legal form and its name's
      // first capital, the trades it tells are nouns, joined by "và"
      const at = t.low === 'và' && words > form ? j + 1 : j
      const trade = form && capWithin < 0 ? companyField(ts, at) : 0
      if (trade) {
        const to = at + trade
        words += to - j
        last = to - 1
        j = to
        continue
      }
      // "Tổ đảng ở Thường trực Ủy ban …": the place a Party cell sits in
      if (t.low === 'ở' && h.head === 'Tổ đảng' && words === 0) {
        j++
        continue
      }
      // "và" inside a name only before a capital that does not begin another body: "Phòng Khảo thí và Quản lý …"
      // "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi": a board that manages several zones
      if (t.low === 'và' && next?.low === 'các' && ts[j + 2]?.cap && h.head === 'Ban Quản lý' && words > 0 && !headAt(ts, j + 2, heads)) {
        listed = true
        j += 2
        continue
      }
      // (not before a document's or a project's name: "Bệnh viện Hữu nghị Việt Đức và Dự án đầu tư xây dựng …")
      if (t.low === 'và' && mode !== 'commas' && next?.cap && !headAt(ts, j + 1, heads) && !titleAt(ts, j + 1) && !DOC_NOUNS.has(`${next.low} ${ts[j + 2]?.low ?? ''}`) && words > 0) {
        listed = true
        j++
        continue
      }
      // "Trung tâm Truyền thông tài nguyên và môi trường": a ministry's field in lower case
      const across = t.low === 'và' && words > 0 ? fieldAcrossAnd(ts, j) : -1
      if (across > 0) {
        words += across - j
        last = across - 1
        j = across
        continue
      }
      // "Cục Chuyển đổi số", "Trung tâm Kinh tế số …": digital, not a number
      if (t.low === 'số' && words > 0 && !numberWord(next)) {
        words++
        last = j
        j++
        continue
      }
      // "Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh": fields listed in lower case, ending at the level
      const fields = words > 0 && COMMA_NAMES.has(h.head) ? fieldsToLevel(ts, j) : -1
      if (fields > 0) {
        listed = true
        if (capWithin < 0) capWithin = words - form
        words += fields - j + 1
        last = fields
        j = fields + 1
        continue
      }
      // "Vụ Khoa học công nghệ, Đào tạo và Môi trường": the second syllable of a field's word, not a verb ("tạo …");
      // "Công ty Cổ phần Công trình Đô thị …": a noun's, not "trình" (submit)
      if (ts[j - 1].cap && (fieldWord(ts[j - 1], t) || NOUN_PAIRS.has(fold(`${ts[j - 1].low} ${t.low}`)))) {
        words++
        last = j
        j++
        continue
      }
      // "Ban chỉ đạo …", "Tổ công tác …", "Hội đồng thẩm định …": right after a board's own word, a verb names its work
      // (not the place "Lâm Đồng" before the verb: "Đoàn Luật sư tỉnh Lâm Đồng khẩn trương …")
      const board = BOARD_WORDS.has(ts[j - 1].low) && (ts[j - 1].low !== 'đồng' || ts[j - 2]?.low === 'hội')
      // ("… Đảng ủy xã làm Trưởng Ban": "làm" acts, save in the noun "việc làm", employment: "Trung tâm Dịch vụ việc làm")
      if (t.low === 'làm' && ts[j - 1].low !== 'việc') break
      if (STOP_WORDS.has(t.low) || (!board && ((STOP_PAIRS.has(fold(`${t.low} ${next?.low ?? ''}`)) && !FIELD_TAILS.has(fold(`${ts[j - 1].low} ${t.low} ${next?.low ?? ''}`))) || opensWithAction(text.slice(t.index, t.index + 40), false)))) break
      // a head whose name starts with a capital may still start in lower case when the name lists its fields and ends
      // at a level: a local unit ("Trung tâm xúc tiến Đầu tư, Thương mại và Du lịch tỉnh"); checked once it is read
      if (words === 0 && h.start === 'cap' && !LEVELS.has(t.low)) lowStart = true
      if (LEVELS.has(t.low) && capWithin < 0) capWithin = words - form
    } else {
      // (a head's word that begins no name of its own is a word of this one: "Ban Chỉ huy Phòng thủ dân sự tỉnh")
      const other = words > 0 ? headAt(ts, j, heads) : null
      if (other && NEW_BODY.has(other.head) && bodyOfItsOwn(text, ts, j, heads, known)) break
      // "cơ quan chủ quản Chương trình": a document's name is no body's, when it would be the first capital after words
      // in lower case ("Vụ Kế hoạch, Tài chính", "Ban Quản lý Dự án 85", "Đoàn Luật sư" keep theirs)
      if (capWithin < 0 && words > 0 && (DOC_NOUNS.has(`${t.low} ${next?.low ?? ''}`) || t.low === 'luật')) break
      if (capWithin < 0) capWithin = words - form
    }
    words++
    last = j
    j++
  }
  return { last, words, capWithin, lowStart, listed, form }
}

const COMPANY_HEADS = new Set(['Công ty', 'Tổng công ty'])
/** A name that a company's head opens: "Công ty cổ phần …", "Tổng công ty …". */
export const isCompanyName = (name: string): boolean => [...COMPANY_HEADS].some((h) => name.startsWith(`${h} `))
/**
 * How many words in lower case a company's name may hold between its legal form and its first capital: it says
 * what the company does before what it is called ("Công ty cổ phần tập đoàn đầu tư và thương mại Mundus Stones").
 */
const COMPANY_LOWER = 8
/** The legal forms of a company: "cổ phần" (also as a scan damages it), "trách nhiệm hữu hạn", "TNHH". */
const LEGAL_FORMS = [['co', 'phan'], ['trach', 'nhiem', 'huu', 'han'], ['tnhh']]
/** How many tokens from j spell a trade a company's name tells (0: none): "đầu tư", "xuất nhập khẩu". */
function companyField(ts: T[], j: number): number {
  for (const f of COMPANY_FIELDS) if (f.every((w, k) => ts[j + k]?.word && !ts[j + k].cap && ts[j + k].low === w)) return f.length
  return 0
}

/** Where trades that follow one another from j end, any of them capitalised, "và" between two ("Đầu tư phát triển công nghiệp"). */
function tradeRun(ts: T[], j: number): number {
  let end = j
  for (let k = j; k < ts.length; ) {
    const n = ts[k].word ? COMPANY_FIELDS.find((f) => f.every((w, x) => ts[k + x]?.word && ts[k + x].low === w))?.length ?? 0 : 0
    if (n) end = k += n
    else if (ts[k].low === 'và' && k > j) k++
    else break
  }
  return end
}

/** How many tokens from j spell a company's legal form (0: none). */
function legalForm(ts: T[], j: number): number {
  for (const f of LEGAL_FORMS) if (f.every((w, k) => ts[j + k]?.word && fold(ts[j + k].low) === w)) return f.length
  return 0
}

/** The nouns of documents, capitalised when they mean the one at hand ("Chương trình", "Kế hoạch", "Đề án"). */
const DOC_NOUNS = new Set(['chương trình', 'kế hoạch', 'đề án', 'dự án', 'nghị quyết', 'quyết định', 'chỉ thị', 'kết luận', 'nghị định', 'thông tư'])

/** A read name is a unit's: enough words, a capital among the first, and a name begun in lower case ending at its level. */
function isName(r: NameRead, h: UnitHead, ts: T[]): boolean {
  return r.words >= h.min && r.capWithin >= 0 && r.capWithin <= (r.form ? COMPANY_LOWER : 3) && !(r.lowStart && !(r.listed && LEVEL_END.has(ts[r.last].low)))
}

/** "… các cấp" after a unit's name: every such unit, at each level ("Ban Chỉ huy PTDS các cấp"), a collective. */
const AT_EVERY_LEVEL = /^\s+các cấp(?!\p{L})/u
/** "… các quận, huyện" after a unit's name: that unit of every such place, a collective (the levels: lexicon/levels.tsv). */
const PLACE_LEVEL_WORD = `(?:${LEVEL_ROWS.map(([level]) => level).sort((a, b) => b.length - a.length).join('|')})`
// (not places named after it: "Đoàn Luật sư các tỉnh Đắk Nông, Bình Thuận" are the bar associations of those provinces)
const AT_EVERY_PLACE = new RegExp(String.raw`^\s+các\s+${PLACE_LEVEL_WORD}(?:(?:\s*,\s*(?:và\s+)?|\s+và\s+)${PLACE_LEVEL_WORD})*(?![\p{L}\p{N}])(?!\s+\p{Lu})`, 'u')

function mention(text: string, ts: T[], start: number, last: number, name: string): AgencyMention {
  const end = ts[last].end
  const after = text.slice(end)
  const every = AT_EVERY_LEVEL.exec(after)
  const places = every ? null : AT_EVERY_PLACE.exec(after)
  const raw = text.slice(start, end + ((every ?? places)?.[0].length ?? 0))
  const full = spellFields(companyForm(modernTone(name.normalize('NFC')).replace(/\s+/g, ' ').replace(/ & /g, ' và ')))
  if (every) return { name: `${full} các cấp`, text: raw, index: start, length: raw.length, generic: true }
  // "Chi cục Thuế các quận, huyện", "Trung tâm Y tế các huyện, thành phố": the unit of every such place, a collective
  if (places) return { name: `${full} ${places[0].trim().replace(/\s+/g, ' ').replace(/\s+,/g, ',')}`, text: raw, index: start, length: raw.length, generic: true }
  return { name: lexiconNameByFold(full) ?? full, text: raw, index: start, length: raw.length, generic: false }
}

/**
 * "các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội", "Các Cục: Bản quyền tác giả; Xuất
 * bản, In và Phát hành; Báo chí": a plural head, a colon, then the names that share it, each a body of its own. The
 * items are parted by semicolons when one comes before the list ends (a name may then hold a comma), else by commas and
 * a last "và". The first body is written with the words "các …:" that open the list.
 */
function headList(text: string, ts: T[], i: number, h: UnitHead, heads: UnitHead[], known: AgencyMention[]): { list: AgencyMention[]; last: number } {
  const out: AgencyMention[] = []
  let last = i
  const colon = i + h.words.length
  if (ts[i - 1]?.low !== 'các' || ts[colon]?.raw !== ':') return { list: out, last }
  let j = colon + 1
  const mode: ListMode = semicolonsPart(ts, j) ? 'semicolons' : 'commas'
  // (a Party organ's list names the bodies it sits in, each a body of its own: "các Đảng uỷ: …; Viện Kiểm sát nhân dân
  // tối cao; Bộ Tư pháp")
  const inside = PARTY_ORGANS.has(h.head)
  while (j < ts.length && ts[j].cap && (inside || !bodyOfItsOwn(text, ts, j, heads, known))) {
    const r = readName(text, ts, i, j, h, heads, known, mode)
    if (!isName(r, h, ts)) break
    // (in a list parted by semicolons an item runs to the next one: "…; Mặt trận Tổ quốc, các đoàn thể Trung ương; …")
    if (mode === 'semicolons' && ts[r.last + 1]?.raw === ',') r.last = toSemicolon(text, ts, r.last)
    out.push(mention(text, ts, out.length ? ts[j].index : ts[i - 1].index, r.last, `${h.head} ${text.slice(ts[j].index, ts[r.last].end)}`))
    last = r.last
    const sep = ts[r.last + 1]
    const parts = sep && (sep.raw === (mode === 'semicolons' ? ';' : ',') || (mode === 'commas' && sep.low === 'và'))
    if (!parts || text.slice(ts[r.last].end, sep.index).includes('\n')) break
    j = r.last + 2
  }
  return { list: out, last }
}

/** Party organs that sit inside another body and are named by it ("Đảng ủy Bộ Tư pháp"). */
const PARTY_ORGANS = new Set(['Đảng ủy', 'Ban cán sự đảng', 'Đảng đoàn'])

/** The last token before the next semicolon, when only words and commas come between (no verb, no line break); else k. */
function toSemicolon(text: string, ts: T[], k: number): number {
  for (let m = k + 1; m < ts.length && m <= k + 12; m++) {
    const t = ts[m]
    if (t.raw === ';') return m > k + 2 && !text.slice(ts[k].end, t.index).includes('\n') ? m - 1 : k
    if (t.word ? STOP_PAIRS.has(fold(`${t.low} ${ts[m + 1]?.low ?? ''}`)) : t.raw !== ',') return k
  }
  return k
}

/** A body of its own starts at token j ("…, Văn phòng Bộ"), not a name that opens with a head's word ("Báo chí"). */
function bodyOfItsOwn(text: string, ts: T[], j: number, heads: UnitHead[], known: AgencyMention[]): boolean {
  const own = headAt(ts, j, heads)
  return !!own && isName(readName(text, ts, j, j + own.words.length, own, heads, known, 'one'), own, ts)
}

/** A semicolon comes before the sentence, the line or the clause ends (a verb of assignment): the list's items are parted by it. */
function semicolonsPart(ts: T[], j: number): boolean {
  for (let k = j; k < ts.length && k < j + 60; k++) {
    const t = ts[k]
    if (t.raw === ';') return true
    if (t.raw === '.' || t.raw === ':' || (t.word && !t.cap && STOP_PAIRS.has(fold(`${t.low} ${ts[k + 1]?.low ?? ''}`)))) return false
  }
  return false
}

/**
 * The stages of a parse ask again about a text in which the lexicon found nothing (a table's cells, a heading, a block
 * with no body the lexicon knows): those answers are kept until the parse of the document ends (forgetUnits), and each
 * caller gets its own copies.
 */
const unknownOnly = new Map<string, AgencyMention[]>()
const MAX_UNKNOWN = 4096

/** Drops the texts read so far: called by the parser at the start and the end of each document. */
export function forgetUnits(): void {
  unknownOnly.clear()
}

export function unitMentions(text: string, known: AgencyMention[]): AgencyMention[] {
  if (known.length) return unitsIn(text, known)
  let found = unknownOnly.get(text)
  if (!found) {
    found = unitsIn(text, known)
    if (unknownOnly.size >= MAX_UNKNOWN) unknownOnly.clear()
    unknownOnly.set(text, found)
  }
  return found.length ? found.map((m) => ({ ...m })) : []
}

function unitsIn(text: string, known: AgencyMention[]): AgencyMention[] {
  const heads = unitHeads()
  if (!mayHoldUnit(text, heads)) return []
  const ts = tokens(text)
  const out: AgencyMention[] = []
  for (let i = 0; i < ts.length; i++) {
    const h = headAt(ts, i, heads)
    if (!h) continue
    // ("Xã Trường Xuân", "phường Hội Hợp": a head's word after a commune's or a ward's level begins the place's name)
    if (i > 0 && PLACE_LEVEL.has(ts[i - 1].low)) continue
    // ("Đoàn Văn Sự", "Đoàn Thị Hoa": a person, whose surname is a head's word; "Đoàn Văn công" is a troupe)
    if (h.head === 'Đoàn' && PERSON_MIDDLE.has(ts[i + 1]?.raw ?? '') && /^\p{Lu}\p{Ll}*$/u.test(ts[i + 2]?.raw ?? '')) continue
    const start = ts[i].index
    if (known.some((k) => start >= k.index && start < k.index + k.length && !(k.generic && i > 0 && k.index === ts[i - 1].index))) continue
    // "các Trung tâm Y tế": a plural is a collective, not one body, unless a list of names follows it
    if (i > 0 && (ts[i - 1].low === 'các' || ts[i - 1].low === 'những')) {
      const listed = headList(text, ts, i, h, heads, known)
      if (listed.list.length) {
        out.push(...listed.list)
        i = listed.last
      }
      continue
    }
    const r = readName(text, ts, i, i + h.words.length, h, heads, known, 'one')
    if (!isName(r, h, ts)) {
      // "giao Văn phòng chủ trì", "phối hợp với Vụ TTHT, Tạp chí Thuế, Văn phòng và …": a bare "Văn phòng" that acts or
      // stands in a list of bodies is the issuer's own office
      // (spelt with its marks: "Vân Phong" is a bay)
      if (h.head === 'Văn phòng' && r.words === 0 && h.words.every((w, k) => ts[i + k].low === w) && bareOffice(ts, i, i + h.words.length)) out.push(mention(text, ts, start, i + h.words.length - 1, h.head))
      continue
    }
    // (a head read with its marks lost is named as it is spelt: "Uy ban Quốc gia" → "Ủy ban Quốc gia")
    const headEnd = ts[i + h.words.length - 1].end
    const marked = h.words.every((w, k) => ts[i + k].low === w)
    out.push(mention(text, ts, start, r.last, marked ? text.slice(start, ts[r.last].end) : `${h.head}${text.slice(headEnd, ts[r.last].end)}`))
    i = r.last
  }
  return out
}

/** The middle names of a Vietnamese person's name, as written, that tell a person after a surname. */
const PERSON_MIDDLE = new Set(['Văn', 'Thị'])

/** Before a bare office: the start, a mark that opens or separates a list, or a word that gives or joins. */
const BEFORE_BARE = new Set([',', ';', ':', '(', '-', '–', 'giao', 'với', 'và', 'cùng'])
/** After it: a mark that closes or separates, or a conjunction; or the role it plays ("chủ trì", "phối hợp", not "chủ tịch"). */
const AFTER_BARE = new Set([',', ';', ':', '.', ')', 'và'])
const ROLE_AFTER = new Set(['chủ trì', 'phối hợp'])

/** A capitalised head with no name at token i (its words end before j) that sits where a body does: "giao Văn phòng chủ trì". */
function bareOffice(ts: T[], i: number, j: number): boolean {
  if (!ts[i].cap) return false
  const before = ts[i - 1]
  const after = ts[j]
  if (before && !BEFORE_BARE.has(before.low)) return false
  // (not at the end of the text: a cell wrapped over lines, "Văn phòng" / "Chính phủ", goes on in the next)
  return !!after && (AFTER_BARE.has(after.low) || ROLE_AFTER.has(`${after.low} ${ts[j + 1]?.low ?? ''}`))
}

/** The lexicon's mentions and the units found by shape: a unit that holds a known body ("Đảng ủy cơ quan Văn phòng Quốc hội") wins over it. */
export function mergeUnits(known: AgencyMention[], units: AgencyMention[]): AgencyMention[] {
  const inside = (k: AgencyMention, u: AgencyMention) => k.index > u.index && k.index + k.length <= u.index + u.length
  // the body a unit sits in is named as the lexicon names it ("Tổ đảng ở Thường trực Ủy ban KH,CN&MT" → "… Ủy ban Khoa
  // học, Công nghệ và Môi trường"), without the tag that tells the National Assembly's committees from others
  units = units.map((u) => {
    const k = known.filter((x) => inside(x, u) && !x.generic).pop()
    // (the unit's name ends with the body as written; a name built from a list, "các Đảng uỷ: Chính phủ" → "Đảng ủy
    // Chính phủ", is not the text it stands for, and keeps its own)
    if (!k || k.index + k.length !== u.index + u.length || !u.name.endsWith(k.text)) return u
    return { ...u, name: `${u.name.slice(0, u.name.length - k.text.length)}${k.name.replace(/ của Quốc hội$/u, '')}` }
  })
  // (a collective that opens a list of the names it shares its head with: "các Tập đoàn: …" is read as the list)
  const opens = (k: AgencyMention, u: AgencyMention) => k.generic && k.index === u.index && k.length < u.length
  // (and a name of the list the head is given to: "Quốc hội" in "các Đảng uỷ: Chính phủ; Quốc hội" is "Đảng ủy Quốc hội")
  // (or the first name of an item that runs on: "Mặt trận Tổ quốc" in "…; Mặt trận Tổ quốc, các đoàn thể Trung ương; …")
  const headed = (k: AgencyMention, u: AgencyMention) =>
    k.index === u.index && u.name.length > k.name.length && (k.length === u.length ? u.name.endsWith(` ${k.name}`) || u.name.endsWith(` ${k.text}`) : k.length < u.length && u.name.includes(` ${k.text},`))
  const kept = known.filter((k) => !units.some((u) => inside(k, u) || opens(k, u) || headed(k, u)))
  const fits = units.filter((u) => !kept.some((k) => k.index < u.index + u.length && u.index < k.index + k.length))
  return [...kept, ...fits].sort((a, b) => a.index - b.index)
}
