// Bodies named in a block, found once per block and shared by the task and agency-index stages.
import { findAgencies, lexiconNameByFold, type AgencyMention } from '../agencies/index.js'
import type { Block } from '../read/segment.js'
import { fold, modernTone } from '../contract/text.js'
import { isCompanyName, mergeUnits, unitMentions } from './units.js'
import { warmAll } from '../contract/regex.js'


/**
 * The head of a body acting for it: "Bộ trưởng Bộ Công an chỉ đạo …", "Chủ tịch Ủy ban nhân dân tỉnh …", "Chánh Văn
 * phòng Ban Chỉ đạo …" (the office's chief: the office itself follows the title's first word). A company's governing
 * organ acts for it the same way ("Chủ tịch Hội đồng thành viên Tập đoàn Bưu chính Viễn thông Việt Nam chỉ đạo:",
 * "Ban Giám đốc Công ty …"), and so does a title that shares its body with the next ("Chủ tịch Hội đồng thành viên,
 * Tổng Giám đốc các tập đoàn …"), and so does its representative at the head of an item ("Đại diện Bộ Tài chính: Chịu
 * trách nhiệm …", capitalised: "cử đại diện Sở Y tế tham dự" names the body as it is). The title is blanked (same
 * length, so offsets hold) and the body after it is found; a
 * deputy or a former head is a person, and a presidium ("Đoàn Chủ tịch Tổng Liên đoàn", "Đoàn Chủ tịch Ủy ban Trung ương
 * MTTQ Việt Nam") is a body of its own. A director is also written in lower case after a comma ("Trường hợp …, giám đốc
 * Trung tâm tổ chức đối thoại …").
 */
const TITLES = String.raw`(?:Bộ trưởng|Thủ trưởng|Trưởng|(?<![Đđ]ồng chí\s)Bí thư|Chủ tịch|[Gg]iám đốc|Tổng [Gg]iám đốc|Thống đốc|Chánh án|Viện trưởng|Vụ trưởng|Hiệu trưởng|Tổng Kiểm toán|Tổng cục trưởng|Cục trưởng|Chánh(?=\s+(?:Văn phòng|Thanh tra)\s)|Hội đồng (?:thành viên|quản trị)|Ban (?:Tổng )?[Gg]iám đốc|Đại diện)`
// (before its body's name, "các" and a collective, "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng đơn vị"; or before the
// next title of a list that shares its body, "Bộ trưởng, Thủ trưởng cơ quan ngang bộ", blanked with its comma)
const HEAD_OF = new RegExp(String.raw`(?<!(?:Phó|phó|nguyên|Nguyên|Đoàn)\s)(?<!\p{L})${TITLES}(?:(?=\s+(?:các\s+\p{L}|\p{Lu}|(?:cơ quan|đơn vị|địa phương)(?!\p{L})))|\s*,(?=\s*${TITLES}\s))`, 'gu')

/** Every title HEAD_OF reads holds one of these, as written: a text with none of them (most) is left without the regex. */
const TITLE_PARTS = ['Bí thư', 'rưởng', 'Chủ tịch', 'iám đốc', 'Thống đốc', 'Chánh', 'Tổng Kiểm toán', 'Hội đồng thành viên', 'Hội đồng quản trị', 'Đại diện']

export function withoutHeadTitles(text: string): string {
  if (!TITLE_PARTS.some((p) => text.includes(p))) return text
  return text.replace(HEAD_OF, (t) => ' '.repeat(t.length))
}

/** A national body's regional branch after its name: "khu vực XII", "Chi nhánh Khu vực 10", "- Chi nhánh Khu vực II". */
const REGION = /^\s*(?:[-–]\s*)?(?:[Cc]hi nhánh\s+)?[Kk]hu vực\s+(?:[IVXLC]{1,5}|\d{1,2})(?![\p{L}\p{N}])/u
/**
 * Its branch in a province or city: "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Lâm Đồng", "… chi nhánh thành phố Hồ Chí
 * Minh", "… chi nhánh tỉnh" (the document's own province). The place is its capitalised words, up to the next body.
 */
const PROVINCE_BRANCH = /^\s*(?:[-–]\s*)?[Cc]hi nhánh\s+(?:tỉnh|thành phố|TP\.?)(?:\s+(?!(?:Sở|Ban|Bộ|Cục|Ủy|Uỷ|UBND|Văn|Hội|Liên|Đoàn|Kho|Ngân|Chi|Công|Trường|Bảo hiểm|Thuế|Thanh tra)(?!\p{L}))\p{Lu}\p{Ll}*(?:\s*-\s*\p{Lu}\p{Ll}*)?){0,4}(?![\p{L}\p{N}])/u

/**
 * A national body's regional office by the short name the text gives it, which alone names no body: "Kiểm toán khu vực
 * VII" (Kiểm toán Nhà nước khu vực VII), named as written.
 */
const SHORT_REGIONAL = /(?<![\p{L}\p{N}])Kiểm toán\s+[Kk]hu vực\s+(?:[IVXLC]{1,5}|\d{1,2})(?![\p{L}\p{N}])/gu

function regionsByShortName(found: AgencyMention[], text: string): AgencyMention[] {
  const out: AgencyMention[] = []
  for (const r of text.matchAll(SHORT_REGIONAL)) {
    if (found.some((m) => r.index < m.index + m.length && m.index < r.index + r[0].length)) continue
    out.push({ name: r[0].replace(/\s+/g, ' '), text: r[0], index: r.index, length: r[0].length, generic: false })
  }
  return out
}

/**
 * A body's words as the lexicon spells them, where the text wrote the first words of its name in other case: "Ngân
 * hàng nhà nước" → "Ngân hàng Nhà nước" (of "Ngân hàng Nhà nước Việt Nam"), so that the branch has one key however
 * written.
 */
function asNamed(m: AgencyMention): string {
  const words = m.text.trim().split(/\s+/u)
  const named = m.name.split(' ').slice(0, words.length).join(' ')
  return fold(named).toLowerCase() === fold(words.join(' ')).toLowerCase() ? m.text.slice(0, m.text.search(/\S/u)) + named : m.text
}

/**
 * A body followed by a region or a province's branch is that branch, a body of its own: the lexicon knows the national
 * body only. A region's branch is named as written, the body's words in the lexicon's case ("Ngân hàng Nhà nước khu
 * vực XII", also from "Ngân hàng nhà nước khu vực XII"; "Kho bạc Nhà nước Khu vực III");
 * a province's takes the body's own name, however the text wrote it ("ngân hàng nhà nước Việt Nam chi nhánh tỉnh Lâm
 * Đồng" → "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Lâm Đồng").
 */
export function withRegions(found: AgencyMention[], text: string): AgencyMention[] {
  if (!/khu vực|chi nhánh/iu.test(text)) return found
  const short = regionsByShortName(found, text)
  if (short.length) found = [...found, ...short].sort((a, b) => a.index - b.index)
  return found.map((m) => {
    if (m.generic) return m
    const after = text.slice(m.index + m.length)
    const region = REGION.exec(after)
    const branch = region ? null : PROVINCE_BRANCH.exec(after)
    const hit = region ?? branch
    if (!hit) return m
    const length = m.length + hit[0].length
    const written = text.slice(m.index, m.index + length)
    const name = branch ? `${m.name} chi nhánh ${branch[0].replace(/^\s*(?:[-–]\s*)?[Cc]hi nhánh\s+/u, '')}` : asNamed(m) + written.slice(m.length)
    return { ...m, name: modernTone(name.normalize('NFC')).replace(/\s+/g, ' '), text: written, length }
  })
}

/** The bodies a block names, read once and kept on the block (a WeakMap's entry cost more than the lookups it saved). */
export function mentionsIn(block: Block): AgencyMention[] {
  let m = block.mentions?.of === block ? block.mentions.list : undefined
  if (!m) {
    const text = withoutHeadTitles(block.text)
    const found = withRegions(findAgencies(text), block.text).map((x) => (text === block.text ? x : { ...x, text: block.text.slice(x.index, x.index + x.length) }))
    // units the lexicon does not know by name, by their shape; the lexicon's reading wins where both see something
    m = withDefinedIn(mergeUnits(found, unitMentions(text, found)), block.text, block.defs)
    block.mentions = { of: block, list: m }
  }
  return m
}

/** "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam (PVN)", "… (sau đây gọi tắt là Ban Chỉ đạo)": an abbreviation the document defines. */
const DEFINED = /\(\s*(?:(?:sau đây )?(?:gọi|viết) tắt là\s+)?["“]?(\p{Lu}[\p{L}\p{N}&\-]{1,11})["”]?\s*\)/gu

/** The abbreviations a document spells out itself, each to the body named right before it. */
export function definedAbbreviations(blocks: Block[]): Map<string, string> {
  const defs = new Map<string, string>()
  for (const b of blocks) {
    if (!b.text.includes('(')) continue
    for (const d of b.text.matchAll(DEFINED)) {
      const abbr = d[1]
      if (abbr.length > 12 || !/\p{Lu}.*\p{Lu}/u.test(abbr)) continue
      // the name sits right before the bracket: a line's worth of text is enough to find it
      const before = b.text.slice(Math.max(0, d.index! - 160), d.index).trimEnd()
      const named = mergeUnits(findAgencies(withoutHeadTitles(before)), unitMentions(before, [])).filter((x) => !x.generic)
      const last = named[named.length - 1]
      if (defs.has(abbr)) continue
      if (last && last.index + last.length === before.length) defs.set(abbr, last.name)
      else {
        // "các Tập đoàn: Điện lực Việt Nam (EVN), Công nghiệp - Năng lượng Quốc gia Việt Nam (PVN)": the shared head
        const list = /(?:^|\s)các\s+(Tập đoàn|Tổng công ty|Ngân hàng|Bộ|Sở|Ban|Cục|Tổng cục)\s*:\s*(?:[^:()]*\([^()]*\)\s*[,;]\s*)*([^:(),;]+)$/u.exec(before)
        if (list) {
          const name = `${list[1]} ${modernTone(list[2].trim().replace(/\s+/g, ' '))}`
          defs.set(abbr, lexiconNameByFold(name) ?? name)
        }
      }
    }
  }
  shortForms(blocks, defs)
  initialisms(blocks, defs)
  addressee(blocks, defs)
  roleNamed(blocks, defs)
  established(blocks, defs)
  return defs
}

/** A name's first two words, where its head noun stands ("Chi cục", "Cục Hải"). */
const headOf = (name: string) => name.split(' ').slice(0, 2).join(' ')
/** A bracket that holds a body's short name of several words: "(Chi cục HQCK cảng SGKV 1)". */
const SHORT_FORM = /\(\s*(\p{Lu}[^()]{3,60}?)\s*\)/gu

/**
 * A body named in full, then its short form in brackets, the same head and fewer letters: "Chi cục Hải quan cửa khẩu
 * cảng Sài Gòn khu vực 1 (Chi cục HQCK cảng SGKV 1)". The short form, read as a body of its own, is the body in full.
 */
function shortForms(blocks: Block[], defs: Map<string, string>): void {
  for (const b of blocks) {
    if (!b.text.includes('(')) continue
    for (const d of b.text.matchAll(SHORT_FORM)) {
      const short = d[1]
      if (defs.has(short) || !short.includes(' ')) continue
      const own = namedIn(short)
      if (own.length !== 1 || own[0].index !== 0 || own[0].length !== short.length) continue
      const before = b.text.slice(Math.max(0, d.index! - 160), d.index).trimEnd()
      const full = namedIn(withoutHeadTitles(before)).at(-1)
      if (!full || full.index + full.length !== before.length || full.name.length <= short.length || full.name === own[0].name) continue
      if (headOf(full.name) !== headOf(short)) continue
      defs.set(short, full.name)
    }
  }
}

/**
 * A decision that sets up a council, a board or a team names it in full once and gives the short name it goes by:
 * "Thành lập Hội đồng thẩm định Quy hoạch các khu công nghiệp do Ban Quản lý … quản lý (sau đây viết tắt là Hội đồng
 * thẩm định)". Two set up at once share the rest of the name: "Thành lập Hội đồng và Tổ giúp việc Hội đồng đánh giá …
 * (gọi tắt là Hội đồng và Tổ giúp việc)" sets up "Hội đồng đánh giá …" and "Tổ giúp việc Hội đồng đánh giá …".
 */
const SETS_UP = /(?<!\p{L})[Tt]hành lập\s+((?:Hội đồng|Ban|Tổ|Đoàn|Ủy ban|Tiểu ban)\s[^()]{2,300}?)\s*\(\s*(?:sau đây\s+)?(?:gọi|viết) tắt là\s*:?\s*["“]?(\p{Lu}[^()"”:;,.]{1,60}?)["”]?\s*\)/u

/**
 * A body named in full and given its short name, without "Thành lập": "Điều 1. Ủy ban Quốc gia về người cao tuổi Việt
 * Nam (sau đây gọi tắt là Ủy ban Quốc gia) là tổ chức …". The full name opens with the short one and runs, within the
 * sentence, up to the bracket.
 */
const SHORT_NAME = /\(\s*(?:sau đây\s+)?(?:được\s+)?(?:gọi|viết) tắt là\s*:?\s*["“]?((?:Hội đồng|Ban|Tổ|Đoàn|Ủy ban|Tiểu ban|Trung tâm|Viện|Học viện|Trường|Quỹ|Cục|Chi cục|Tổng cục|Văn phòng|Hội)(?:\s[^()"”:;,.]{1,60}?)?)["”]?\s*\)/gu

function shortNamed(text: string, set: (form: string, body: string) => void): void {
  for (const d of text.matchAll(SHORT_NAME)) {
    const short = modernTone(d[1].normalize('NFC')).replace(/\s+/g, ' ').trim()
    const before = modernTone(text.slice(Math.max(0, d.index! - 200), d.index).normalize('NFC')).replace(/\s+/g, ' ').trimEnd()
    const at = before.lastIndexOf(`${short} `)
    if (at < 0 || (at > 0 && /\p{L}/u.test(before[at - 1]))) continue
    const name = before.slice(at)
    if (/[.;:()]/u.test(name) || name.split(' ').length > 25) continue
    set(short, name)
  }
}

function established(blocks: Block[], defs: Map<string, string>): void {
  for (const b of blocks) {
    if (!b.text.includes('tắt là')) continue
    const set = (form: string, body: string) => {
      if (!defs.has(form)) defs.set(form, body)
    }
    const m = SETS_UP.exec(b.text)
    if (!m) {
      shortNamed(b.text, set)
      continue
    }
    const name = modernTone(m[1].normalize('NFC')).replace(/\s+/g, ' ').trim()
    const short = modernTone(m[2].normalize('NFC')).replace(/\s+/g, ' ').trim()
    const [first, second, ...more] = short.split(' và ')
    if (second === undefined) {
      if (name.startsWith(`${short} `) || name === short) set(short, name)
    } else if (!more.length && name.startsWith(`${first} và ${second} ${first}`)) {
      const firstName = name.slice(`${first} và ${second} `.length)
      set(`${second} ${first}`, `${second} ${firstName}`)
      set(first, firstName)
      set(second, `${second} ${firstName}`)
    }
  }
}

/** The bodies a short text names by name (the lexicon's, and units read by their shape), no collective. */
const namedIn = (text: string): AgencyMention[] => mergeUnits(findAgencies(text), unitMentions(text, [])).filter((x) => !x.generic)

/** The roles a document may name a body by once it has said who plays them, as written and in lower case. */
const ROLE_NAMES = ['Chủ đầu tư', 'Nhà đầu tư', 'Cơ quan thường trực']
/** How a role is written: as listed, in lower case, and with the capital an office's title takes ("Cơ quan Thường trực"). */
const roleForms = (r: string) => [r, r.toLowerCase(), r.replace(/ t(?=hường trực$)/u, ' T')]
const ROLES = new Set(ROLE_NAMES.flatMap(roleForms))

/** A project's card naming who plays a role in it: "- Chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng xã Trấn Yên." */
const ROLE_CARD = new RegExp(`^(${ROLE_NAMES.join('|')})\\s*:\\s*([^:;]+?)[\\s.;]*$`, 'u')

/**
 * A document that names its project's investor once ("- Chủ đầu tư: Ban Quản lý dự án …") means that body by the role
 * after ("… đề nghị Chủ đầu tư cập nhật …", in either case). Not when it names two (two projects, two investors).
 */
function roleNamed(blocks: Block[], defs: Map<string, string>): void {
  const named = new Map<string, Set<string>>()
  for (const b of blocks) {
    const card = ROLE_CARD.exec(b.text.trim())
    if (!card) continue
    const ms = namedIn(card[2])
    if (ms.length !== 1 || ms[0].index !== 0 || ms[0].length < card[2].length - 1) continue
    if (!named.has(card[1])) named.set(card[1], new Set())
    named.get(card[1])!.add(ms[0].name)
  }
  // a decision that approves an investment names its investor once ("1. Nhà đầu tư" / "Tên doanh nghiệp: Công ty Cổ phần
  // …"); its investor and its project's owner are that company
  for (let k = 0; k < blocks.length; k++) {
    const who = INVESTOR_HEADING.test(blocks[k].text.trim()) ? blocks.slice(k + 1, k + 4).map((x) => INVESTOR_NAME.exec(x.text.trim())?.[1]).find(Boolean) : undefined
    if (!who) continue
    const ms = namedIn(who)
    if (!ms.length || ms[0].index !== 0) continue
    for (const role of ['Nhà đầu tư', 'Chủ đầu tư']) {
      if (!named.has(role)) named.set(role, new Set())
      named.get(role)!.add(ms[0].name)
    }
  }
  // (or, approving an investment by its title, it names no such heading but one company, the investor whose project it
  // approves: "Căn cứ hồ sơ … do Công ty cổ phần … Mundus Stones nộp ngày …" / "Nhà đầu tư phải thực hiện …")
  if (!named.has('Nhà đầu tư') && blocks.slice(0, 40).some((b) => INVESTMENT_DECISION.test(b.text)) && blocks.some((b) => INVESTOR_WORD.test(b.text))) {
    // (one company however its name is spaced or cased: "… Mundus Stones", "… Đầu tư và Thương mại MundusStones"; named
    // again and again, beside a name a flattened table's cells garbled once)
    const companies = new Map<string, { name: string; n: number }>()
    for (const b of blocks) {
      if (!COMPANY_WORD.test(b.text)) continue
      for (const m of namedIn(b.text)) {
        if (!isCompanyName(m.name)) continue
        const key = fold(m.name).replace(/\s+/g, '')
        const c = companies.get(key)
        if (c) c.n++
        else companies.set(key, { name: m.name, n: 1 })
      }
    }
    const [top, ...rest] = [...companies.values()].sort((a, b) => b.n - a.n)
    const others = rest.reduce((n, c) => n + c.n, 0)
    // (the investor only: a project's owner, "Chủ đầu tư NMĐ Ô Môn II", may be another body than the one company named)
    if (top && (others === 0 || (top.n >= 2 && top.n > 2 * others))) named.set('Nhà đầu tư', new Set([top.name]))
  }
  // "Bộ Y tế là Cơ quan thường trực của Ủy ban Quốc gia", "Giao Công an tỉnh là cơ quan thường trực, …": the body
  // that serves a council or a board as its standing office, meant after by the role ("Cơ quan Thường trực Ban Chỉ đạo
  // chịu trách nhiệm …")
  for (const b of blocks) {
    if (!b.text.includes('hường trực')) continue
    for (const m of b.text.matchAll(STANDING_OFFICE)) {
      const before = b.text.slice(Math.max(0, m.index! - 120), m.index)
      const ms = namedIn(before)
      const last = ms[ms.length - 1]
      if (!last || last.index + last.length !== before.length) continue
      if (!named.has('Cơ quan thường trực')) named.set('Cơ quan thường trực', new Set())
      named.get('Cơ quan thường trực')!.add(last.name)
    }
  }
  for (const [role, bodies] of named) {
    if (bodies.size !== 1) continue
    const [body] = bodies
    for (const form of roleForms(role)) if (!defs.has(form)) defs.set(form, body)
  }
}

/** A text that speaks of the investor, and one that may name a company. */
const INVESTOR_WORD = /(?:^|\s)[Nn]hà đầu tư(?!\p{L})/u
const COMPANY_WORD = /[Cc]ông ty/u
/** A decision on an investment's policy or its investor, by its title: "Chấp thuận (điều chỉnh) chủ trương đầu tư …". */
const INVESTMENT_DECISION = /chấp thuận\s+(?:điều chỉnh\s+)?(?:chủ trương đầu tư|nhà đầu tư)|quyết định chủ trương đầu tư/iu

/** "1. Nhà đầu tư" over "Tên doanh nghiệp: Công ty Cổ phần …". */
const INVESTOR_HEADING = /^(?:\d{1,2}[.)]\s*)?nhà đầu tư\s*:?$/iu
const INVESTOR_NAME = /^(?:[-+]\s*)?tên (?:doanh nghiệp|nhà đầu tư|tổ chức|công ty)\s*:\s*(.{4,200})$/iu

/** "… là Cơ quan thường trực": the body named right before it plays the role. */
const STANDING_OFFICE = /\s+là\s+[Cc]ơ quan [Tt]hường trực(?!\p{L})/gu

/** A letter's one addressee ("Kính gửi: Công ty cổ phần … (Địa chỉ: …)"), up to a bracket. */
const ADDRESSED = /^Kính gửi\s*:\s*([^()]+)/u
/** A head noun that opens a name of its own: a capital after it, or a company's legal form ("Công ty cổ phần …"). */
const NAME_GOES_ON = /^\s+(?:\p{Lu}|cổ phần|trách nhiệm)/u
/** The kinds of body a letter calls by their head noun alone once it has named them: "đề nghị Công ty thực hiện …". */
const CALLED_BY_HEAD = /^(Tổng công ty|Công ty|Tập đoàn|Trường|Bệnh viện|Hợp tác xã|Ngân hàng|Trung tâm|Quỹ)(?=\s)/u

/**
 * A letter to one body of such a kind calls it by its head noun after: "Kính gửi: Công ty cổ phần Khai thác và Chế
 * biến kim loại Thủ Đô" / "… đề nghị Công ty thực hiện đầy đủ các nội dung sau:". Not a letter to several bodies, and
 * not the state's own bodies, whose head noun the issuer also calls itself by ("Sở sẽ phối hợp …").
 */
function addressee(blocks: Block[], defs: Map<string, string>): void {
  const b = blocks.slice(0, 40).find((x) => ADDRESSED.test(x.text))
  if (!b) return
  const to = ADDRESSED.exec(b.text)![1].trim().replace(/[.;,]+$/u, '')
  const named = namedIn(to)
  if (named.length !== 1 || named[0].index !== 0 || named[0].length < to.length - 1) return
  const head = CALLED_BY_HEAD.exec(named[0].name)?.[1]
  if (head && !defs.has(head)) defs.set(head, named[0].name)
}

/**
 * A name shortened by its initials around an ampersand, "PĐT&CTSV", "Phòng Đào tạo &CTSV", "Báo TN&MT": up to five
 * words before the "&" (a word in capitals is initials), and the initials after it.
 */
const INITIALS = /(?<![\p{L}\p{N}])((?:\p{L}+[ \t]+){0,5}\p{Lu}*)[ \t]?&[ \t]?(\p{Lu}{2,8})(?![\p{L}\p{N}])/gu

/**
 * A body's full name in the text that the written form stands for: its words written out as they are, each letter of
 * a word in capitals (and of the part after the "&") the first of a word, "và" or "&" between any two.
 * "Phòng Đào tạo &CTSV" → "Phòng Đào tạo và Công tác sinh viên"; "Báo TN&MT" → "Báo Tài nguyên và Môi trường".
 */
function spelledOut(text: string, words: string[], after: string): string | null {
  const initials = (w: string) => [...w].map((l) => `[${l}${l.toLowerCase()}]\\p{Ll}*`)
  const parts = [...words.flatMap((w) => (w.length > 1 && /^\p{Lu}+$/u.test(w) ? initials(w) : [w])), ...initials(after)]
  if (parts.length < 3) return null
  const re = new RegExp(`(?<![\\p{L}&])${parts.join('(?:\\s+(?:và|&))?\\s+')}(?![\\p{L}])`, 'u')
  const m = re.exec(text)
  if (!m) return null
  const named = findAgencies(m[0]).concat(unitMentions(m[0], []))
  return named.some((x) => x.index === 0 && !x.generic) ? m[0].replace(/\s+/g, ' ') : null
}

/** The shortened names a document spells out somewhere in full, each to that name; one the lexicon reads is its own. */
function initialisms(blocks: Block[], defs: Map<string, string>): void {
  let all: string | null = null
  for (const b of blocks) {
    if (!b.text.includes('&')) continue
    for (const m of b.text.matchAll(INITIALS)) {
      const words = [...m[1].matchAll(/\p{L}+/gu)]
      const end = m.index! + m[0].length
      // the longest run of words before the "&" that a full name begins with: "Phòng Đào tạo &CTSV", not "… Phòng Đào tạo"
      for (let k = 0; k < words.length; k++) {
        if (!/^\p{Lu}/u.test(words[k][0])) continue
        const written = b.text.slice(m.index! + words[k].index!, end)
        if (defs.has(written)) break
        // (a form the lexicon or the grammar already spells out, "Trung tâm Truyền thông TN&MT", keeps that reading)
        const read = mergeUnits(findAgencies(written), unitMentions(written, []))
        if (read.some((x) => x.index === 0 && x.length === written.length && !x.name.includes('&'))) break
        all ??= blocks.map((x) => x.text).join('\n')
        const full = spelledOut(all, words.slice(k).map((w) => w[0]), m[2])
        if (full) {
          defs.set(written, full)
          break
        }
      }
    }
  }
}

/**
 * The mentions of a text with every defined abbreviation in it read as its body (a block's text, or a table's cell),
 * whatever the lexicon reads into it; the mentions as they are where the document defines none.
 */
export function withDefinedIn(ms: AgencyMention[], text: string, defs: ReadonlyMap<string, string> | undefined): AgencyMention[] {
  if (!defs?.size) return ms
  const extra: AgencyMention[] = []
  // the roles read where a role's name stands ("Cơ quan Thường trực …"), which take in the body named right after them
  const roles = new Set<AgencyMention>()
  for (const [abbr, name] of defs) {
    // (a head noun alone stands for the addressee, not where it opens a name of its own: "Công ty Điện lực …", or the
    // addressee's own name written out)
    const head = CALLED_BY_HEAD.test(`${abbr} `)
    // (an initialism, "QLTT", "UBTVQH", or a short name of words, "Ban Chỉ đạo", "Ủy ban Quốc gia")
    const initialism = /\p{Lu}{2}/u.test(abbr)
    for (let i = text.indexOf(abbr); i >= 0; i = text.indexOf(abbr, i + abbr.length)) {
      if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[i + abbr.length] ?? '')) continue
      // (nor where it opens a longer name read there, "UBND các xã, phường": the communes' committees, not the one defined)
      // (but a short name of words a name read by its shape runs on from in lower case is the body defined: "Ủy ban Quốc
      // gia định kỳ họp …" where "Ủy ban Quốc gia" was defined)
      const runsOn = !initialism && /^\s+\p{Ll}/u.test(text.slice(i + abbr.length, i + abbr.length + 4))
      // (nor a role followed by the body it serves: "Cơ quan Thường trực Ban Chỉ đạo" is the body that plays it)
      const role = ROLES.has(abbr) && !/^\s*:/u.test(text.slice(i + abbr.length))
      if (ms.some((x) => x.index <= i && x.index + x.length > i + abbr.length && !((runsOn || role) && x.index === i && !x.generic))) continue
      // (nor where it ends a longer name read there: "Tổng cục QLTT", "Cục Nghiệp vụ QLTT" where "QLTT" was defined as
      // the Tổng cục; a role before it is not such a name, "Cơ quan Thường trực Ủy ban Quốc gia" is the body that plays it)
      // (a head before the abbreviation that only repeats the name it stands for, "Ủy ban UBTVQH", is no other name)
      // (an initialism only: a short name of words, "Ban Chỉ đạo", ends names read too far, "… và 06 Tiểu ban giúp việc Ban
      // Chỉ đạo", and stands for itself there)
      if (initialism && ms.some((x) => x.index < i && x.index + x.length === i + abbr.length && !x.generic && !ROLES.has(text.slice(x.index, i).trim()) && (x.name === name || !x.name.includes(name)))) continue
      if (head && NAME_GOES_ON.test(text.slice(i + abbr.length, i + abbr.length + 16))) continue
      // (a council's short name is no other council: "Hội đồng nhân dân", "Hội đồng Thi đua - Khen thưởng")
      if (!role && !initialism && /^\s+(?:\p{Lu}|nhân dân(?!\p{L}))/u.test(text.slice(i + abbr.length, i + abbr.length + 16))) continue
      // (nor a role where a card names who plays it: "Chủ đầu tư: Ban Quản lý dự án …")
      if (ROLES.has(abbr) && /^\s*:/u.test(text.slice(i + abbr.length))) continue
      // (the role where the text says who plays it, "Sở Nội vụ là cơ quan thường trực", names no one more)
      if (role && /(?:^|\s)là\s+$/u.test(text.slice(Math.max(0, i - 6), i))) continue
      const e: AgencyMention = { name, text: abbr, index: i, length: abbr.length, generic: false }
      extra.push(e)
      if (role) roles.add(e)
    }
  }
  // (a short name read by its shape from a scan, its head's marks lost, "Uy ban Quốc gia": named as the text defined it)
  ms = ms.map((x) => (!x.generic && x.text !== x.name && defs.has(x.name) ? { ...x, name: defs.get(x.name)! } : x))
  if (!extra.length) return ms
  const kept = ms.filter((x) => !extra.some((e) => e.index < x.index + x.length && x.index < e.index + e.length))
  const all = [...kept, ...extra].sort((a, b) => a.index - b.index)
  // (the body a role serves, right after it, is part of the role's name: "Cơ quan Thường trực Ủy ban Quốc gia" is the
  // body that plays it, no second one)
  for (let k = 0; k < all.length; k++) {
    const r = all[k]
    if (!roles.has(r)) continue
    const next = all[k + 1]
    if (!next || !/^\s+(?:của\s+)?$/u.test(text.slice(r.index + r.length, next.index))) continue
    r.length = next.index + next.length - r.index
    r.text = text.slice(r.index, r.index + r.length)
    all.splice(k + 1, 1)
  }
  return all
}

/** The mentions inside block.text[offset, offset + length), with indexes relative to that piece. */
export function mentionsBetween(block: Block, offset: number, length: number): AgencyMention[] {
  return mentionsIn(block)
    .filter((m) => m.index >= offset && m.index + m.length <= offset + length)
    .map((m) => ({ ...m, index: m.index - offset }))
}

/** The text with the mentions cut out (in text order, not overlapping): what is left around the names. */
export function withoutMentions(text: string, ms: AgencyMention[]): string {
  let rest = text
  for (let i = ms.length - 1; i >= 0; i--) rest = rest.slice(0, ms[i].index) + rest.slice(ms[i].index + ms[i].length)
  return rest
}

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(HEAD_OF, DEFINED)

/**
 * Where the list of bodies that opens with ms[0] ends: the bodies after it joined by a comma, a semicolon or "và" only
 * ("Thanh tra tỉnh, Công an tỉnh và Sở Tư pháp …").
 */
export function listEnd(text: string, ms: ReadonlyArray<{ index: number; length: number }>): number {
  let end = ms[0].index + ms[0].length
  for (const m of ms.slice(1)) {
    if (!/^[\s,;]*(?:và\s+)?$/u.test(text.slice(end, m.index))) break
    end = m.index + m.length
  }
  return end
}
