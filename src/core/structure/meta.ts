// Stage 5, metadata: kind, number, issuer, place and date, title, signer, recipients and cited documents.
import { canonicalAgency, findAgencies } from '../agencies/index.js'
import type { AgencyRef, DocKind, Meta, Reference } from '../contract/schema.js'
import { MOTTO, cableSender, type Placed } from './sections.js'
import { at } from '../read/segment.js'
import { withoutHeadTitles } from '../grammar/mentions.js'
import { unitMentions } from '../grammar/units.js'
import { slug } from '../contract/text.js'
import { warmAll } from '../contract/regex.js'

const KIND_BY_WORD: Array<[RegExp, DocKind]> = [
  [/^kế hoạch/iu, 'ke-hoach'],
  [/^kết luận/iu, 'ket-luan'],
  [/^chỉ thị/iu, 'chi-thi'],
  [/^nghị quyết/iu, 'nghi-quyet'],
  [/^quyết định/iu, 'quyet-dinh'],
  [/^thông báo/iu, 'thong-bao'],
  [/^hướng dẫn/iu, 'huong-dan'],
  [/^báo cáo/iu, 'bao-cao'],
  [/^công văn/iu, 'cong-van'],
  [/^công điện/iu, 'cong-dien'],
  [/^chương trình/iu, 'chuong-trinh'],
  // a regulation ("QUY ĐỊNH", numbered "383-QĐ/TW" like a decision) is none of the kinds above
  [/^quy định(?!\p{L})/iu, 'khac'],
]

/** The subtitle of a plan, or the act that issues one: "Triển khai thực hiện Quyết định …", "Ban hành Kế hoạch …". */
const PLAN_SUBTITLE = /^(?:(?:triển khai|tổ chức)\s+)?thực hiện\s+(?:nghị quyết|quyết định|chỉ thị|kết luận|chương trình|đề án|luật)\s|^ban hành kế hoạch\s/iu

const KIND_BY_CODE: Record<string, DocKind> = {
  KH: 'ke-hoach',
  KL: 'ket-luan',
  TB: 'thong-bao',
  CT: 'chi-thi',
  NQ: 'nghi-quyet',
  QĐ: 'quyet-dinh',
  HD: 'huong-dan',
  BC: 'bao-cao',
  CV: 'cong-van',
  CĐ: 'cong-dien',
  CTr: 'chuong-trinh',
  CTR: 'chuong-trinh',
}

/** Issuer codes after the kind code: "15-KH/TU" → Tỉnh ủy, "02-KL/BTCTW" → Ban Tổ chức Trung ương. */
const ISSUER_BY_CODE: Record<string, string> = {
  BTCTW: 'Ban Tổ chức Trung ương',
  BTGTW: 'Ban Tuyên giáo Trung ương',
  BDVTW: 'Ban Dân vận Trung ương',
  BNCTW: 'Ban Nội chính Trung ương',
  BKTTW: 'Ban Kinh tế Trung ương',
  BĐNTW: 'Ban Đối ngoại Trung ương',
  UBKTTW: 'Ủy ban Kiểm tra Trung ương',
  VPTW: 'Văn phòng Trung ương Đảng',
  TU: 'Tỉnh ủy',
  TƯ: 'Tỉnh ủy',
  THU: 'Thành ủy',
  HU: 'Huyện ủy',
  QU: 'Quận ủy',
  ĐU: 'Đảng ủy',
  CP: 'Chính phủ',
  TTG: 'Thủ tướng Chính phủ',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  QH: 'Quốc hội',
  VPCP: 'Văn phòng Chính phủ',
}

// ("Sô:", "Sỗ:": OCR loses or swaps the mark of "Số"; "Số: 28 /2025/QĐ-UBND": the number typed into a blank left for it;
// "Số: 66.19/2026/NQ-CP": one of a numbered series of resolutions)
const NUMBER_WORD = /S[ốôỗồ]/u
const NUMBER = /(?:^|\s)S[ốôỗồ]\s*:?\s*([0-9]{1,5}(?:\.\d{1,3})?(?:\s*\/\s*\d{4})?\s*[-/]\s*[A-ZĐa-zđ]{1,8}(?:\s*[-/]\s*[A-ZĐa-zđ0-9&]{1,12}){1,3})/u
/** The place a date line opens with: up to four capitalised words ("Hà Nội", "Thành phố Hồ Chí Minh"). */
const PLACE = String.raw`\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3}`
/** A number whose "Số:" was lost (OCR), known by where it stands: right before the place and date on their line. */
const BARE_NUMBER = new RegExp(String.raw`^\s*(\d{1,5}(?:\/\d{4})?[-/][A-ZĐ]{1,6}(?:[-/][A-ZĐ0-9&]{1,12}){1,3})\s+${PLACE},\s*ngày\s*\d`, 'u')
const PLACE_DATE = new RegExp(String.raw`(?:^|\s)(${PLACE}),\s*ngày\s*(\d{1,2})\s*(?:tháng\s*|[/.-])(\d{1,2})\s*(?:năm\s*|[/.-])(\d{4})`, 'u')
/** A date line whose words lost their marks to OCR, each read from its first and last letters: "Lao Cai, ngdy 02 thdng 10 nam 2026". */
const BARE_DATE = new RegExp(String.raw`(?:^|\s)(${PLACE}),\s*ng\S{1,2}y\s*(\d{1,2})\s*th\S{1,2}ng\s*(\d{1,2})\s*n\S{1,2}m\s*((?:19|20)\d\d)(?!\d)`, 'u')
const NEWS_STAMP = /\b\d{1,2}:\d{2}\s+(\d{1,2})\/(\d{1,2})\/(\d{4})\b|\bngày (\d{1,2})\/(\d{1,2})\/(\d{4})\s*[-–]\s*\d{1,2}:\d{2}\b/
/** The act a text is issued with, and that act's day: "(Ban hành kèm theo Quyết định số 3556/QĐ-UBND ngày 30 tháng 9 năm 2026 …)". */
const ISSUED_WITH = /\(\s*ban hành kèm theo (?:quyết định|nghị quyết|thông tư|chỉ thị|kế hoạch)\s+(?:số\s*)?\d[^\s,]*,?\s+ngày\s+(\d{1,2})\s*(?:tháng\s*|[/.-])\s*(\d{1,2})\s*(?:năm\s*|[/.-])\s*(\d{4})/iu
/** A website's front matter: the page template a post is laid out by, and when it was posted (UTC, ISO 8601). */
const POST_LAYOUT = /(?:^|[\s,{])"?layout"?\s*:\s*"?[\w-]+\.html\b/u
const POST_DATE = /(?:^|[\s,{])"?date"?\s*:\s*"?(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/u
/** A letter's subject line under its number: "V/v tăng cường công tác …" (a scan's too: "V/v Chấn chỉnh …"). */
const SUBJECT_LINE = /^[Vv]\/[Vv]\s+\p{L}/u
/** A line that is only a link or a picture to a web address. */
const WEB_LINE = /^!?\[[^\]]*\]\(https?:\/\/[^)\s]+(?:\s+"[^"]*")?\)/u
/** A news agency's or paper's dateline: "(ĐCSVN) –", "NDO - Chiều 20/1, …", "TTXVN -". */
const NEWS_SOURCE = /\((ĐCSVN|TTXVN|Chinhphu\.vn|VOV|VTV)\)|^(?:NDO|TTXVN|VOV|VTV|VNA|Chinhphu\.vn|QĐND|ĐCSVN)\s*[-–]\s/u
/** The acts a page reports the issue of, and the shape of their numbers ("9804/UBND-KTNS", "219-KL/TW", "123/2025/QĐ-UBND"). */
const ACTS = 'Công điện|Chỉ thị|Nghị quyết|Quyết định|Kết luận|Thông báo|Công văn|Kế hoạch|Nghị định|Thông tư|Chương trình'
const ACT_NUMBER = '\\d{1,5}(?:\\/\\d{4})?[-/]\\p{Lu}[\\p{L}\\d&/-]*'
/** "Ngày 20/8/2025, Thủ tướng đã có Công điện 138/CĐ-TTg về …": a report that an act was issued. */
const REPORTED_ACT = new RegExp(`^Ngày\\s+\\d{1,2}(?:\\/\\d{1,2}\\/\\d{4}|\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}),\\s+[^,.;:]{3,80}?\\s+(?:đã\\s+)?(?:ký\\s+)?(?:ban hành|có|ký|gửi)\\s+(?:${ACTS})(?:\\s+số)?\\s+\\d`, 'u')
const REFERENCE =
  /(Nghị quyết|Kết luận|Chỉ thị|Kế hoạch|Quyết định|Quy định|Hướng dẫn|Thông báo|Chương trình|Công văn|Nghị định|Thông tư)\s+(?:số\s+)?(\d{1,4}(?:\/\d{4})?[-/][A-ZĐ][A-ZĐa-zđ0-9&/-]*)(?:,?\s*ngày\s+(\d{1,2})\s*(?:[-/.]|\s*tháng\s*)(\d{1,2})\s*(?:[-/.]|\s*năm\s*)(\d{4}))?/gu

export function extractMeta(placed: Placed[]): Meta {
  const head = placed.slice(0, 40)
  const headText = head.map((p) => p.block.text)
  let number: string | null = null
  let kind: DocKind | null = null
  let place: string | null = null
  let issuedOn: string | null = null
  // the first of each wins; a block without "Số" or "ngày" holds neither (the regexes are slow over a long paragraph)
  for (const t of headText) {
    const dated = t.includes('ngày')
    const n: RegExpExecArray | null = number || !(dated || NUMBER_WORD.test(t)) ? null : (NUMBER.exec(t) ?? (dated ? BARE_NUMBER.exec(t) : null))
    if (n) number = n[1].replace(/\s+/g, '')
    const pd = issuedOn || !dated ? null : PLACE_DATE.exec(t)
    if (pd) {
      place = pd[1]
      issuedOn = ymd(+pd[4], +pd[3], +pd[2])
    }
  }
  // a letterhead laid out as a table puts "Số:" and "7360/KH-UBND", "Lai Châu, ngày" and "19 tháng 11 năm 2025" on
  // lines of their own: read the lines above the title as one
  const firstTitle = placed.findIndex((p) => p.kind === 'title')
  const above = placed.slice(0, firstTitle > 0 ? firstTitle : 0).map((p) => p.block.text).join(' ')
  if (!number) number = NUMBER.exec(above)?.[1].replace(/\s+/g, '') ?? null
  const pdAbove = !issuedOn ? PLACE_DATE.exec(above) : null
  if (pdAbove) (place = pdAbove[1]), (issuedOn = ymd(+pdAbove[4], +pdAbove[3], +pdAbove[2]))
  // a scan that damaged the month of its date line ("Hà Nội, ngày 06 tháng 40 năm 2025") takes it from the stamp of its
  // digital signature, of the same year ("Thời gian ký: 07.10.2025 …")
  if (!issuedOn) issuedOn = repairedDate(headText)
  // (a scan read without its marks: "Lao Cai, ngdy 02 thdng 10 nam 2026")
  if (!issuedOn) {
    const bare = headText.map((t) => BARE_DATE.exec(t)).find(Boolean)
    issuedOn = bare ? ymd(+bare[4], +bare[3], +bare[2]) : null
    if (issuedOn) place ??= bare![1]
  }
  const allTitles = placed.filter((p) => p.kind === 'title')
  // "NGHỊ QUYẾT" / "THÔNG QUA …" / "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG" / "KHÓA XVII - KỲ HỌP THỨ NĂM": the body that enacts
  // the act, named under its title (a resolution's council, a decision's "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"), is no part
  // of the title; with no letterhead above, it is the issuer
  // (and the session after it: "KHÓA XVII - KỲ HỌP THỨ NĂM")
  let last = allTitles.length - 1
  while (last > 1 && SESSION.test(allTitles[last].block.text)) last--
  const enacting = last > 0 ? enactingBody(allTitles[last]) : null
  const titleBlocks = enacting ? allTitles.slice(0, last) : allTitles
  const title = titleBlocks.length ? titleBlocks.map((p) => p.block.text).join(' ').replace(/\s+/g, ' ') : null
  // a regulation or plan copied without the decision that carries it is issued with it: "(Ban hành kèm theo Quyết định
  // số 3556/QĐ-UBND ngày 30 tháng 9 năm 2026 của Ủy ban nhân dân tỉnh Lào Cai)" in its title (not such a line that a
  // citation quotes further down)
  const carried = !issuedOn ? allTitles.map((p) => ISSUED_WITH.exec(p.block.text)).find(Boolean) : null
  if (carried) issuedOn = ymd(+carried[3], +carried[2], +carried[1])
  if (title) kind = kindOfWord(title)
  // (not a document cited in the text, "Chỉ thị số 24/CT-TTg ngày …", nor an item: "- Quy định chi tiết …" names another act)
  // (a website's post, whose front matter names the page's template and the moment it was posted: "layout":
  // "post.html", "date": "2020-03-05T02:00:00.000Z", the day taken in Vietnam; its paragraphs are the article's, "Kết
  // luận hội nghị, …" no act's title)
  const front = /^---(?:json)?$/u.test(headText[0] ?? '') ? headText.slice(1, 24) : []
  const post = front.some((t) => POST_LAYOUT.test(t))
  if (!kind && !post) for (const p of head.slice(0, 12)) if (!kind && !p.block.marker && p.block.text.length < 200 && !/^\S+(?:\s+\S+)?\s+số\s/u.test(p.block.text)) kind = kindOfWord(p.block.text)
  // (a copy that lost its kind's line keeps a plan's subtitle as the heading it opens with, in capitals: "TRIỂN KHAI
  // THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG …", "BAN HÀNH KẾ HOẠCH TỔ CHỨC THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW …")
  if (!kind && head[0]?.block.caps && PLAN_SUBTITLE.test(head[0].block.text)) kind = 'ke-hoach'
  if (!kind && number) {
    const code = /[-/]([A-ZĐa-zđ]{1,4})(?=[-/])/u.exec(number)?.[1]
    if (code) kind = KIND_BY_CODE[code] ?? KIND_BY_CODE[code.toUpperCase()] ?? null
  }
  // an official letter names its subject (V/v …, "v/v" in a scan) and its addressees (Kính gửi: …) instead of a kind word
  // (a letterhead copied as one line has the subject after the number: "Số: /SNNMT-KS V/v thực hiện …")
  const parts = letterheadLines(placed).map((l) => l.first)
  // (or its addressees alone, when nothing above them survived the copy: "Kính gửi:" is the first thing the text says)
  const addressed = headText.findIndex((t) => /^Kính gửi\s*:/iu.test(t))
  // (a scan whose "Kính gửi:" the OCR damaged still opens its subject line with "V/v" under the number, "V/v Chấn
  // chỉnh …" too; and one whose "V/v" a scan damaged still has its number, whose code names no kind of act: "Số:
  // 749/TCT-TTKT" over "Kính gửi: …")
  const addressedLetter = addressed >= 0 && (number !== null || [...headText, ...parts].some((t) => /^([Vv]\/[Vv]|Về việc)\s|\s[Vv]\/[Vv]\s/u.test(t)) || !/\p{L}/u.test(headText.slice(0, addressed).join('')))
  if (!kind && (addressedLetter || headText.slice(0, 24).some((t) => SUBJECT_LINE.test(t)))) kind = 'cong-van'
  // a page headed as an act's full text ("# Toàn văn Công văn 9804/UBND-KTNS …", "TOÀN VĂN: KẾT LUẬN 155-KL/TW …") is
  // that act, whatever news it wraps it in
  const fullText = addressed < 0 ? fullTextHeading(head) : null
  // (but a legal site's answer to a question, "# Toàn văn Chỉ thị 24/CT-TTg 2025 về … ra sao?", is a page about the act:
  // a news article that quotes it, whose number and issuer are still the act's)
  const answersAbout = !kind && !!fullText && headlineAsks(head)
  if (!kind && fullText) kind = kindOfWord(fullText[1])
  const news = headText.map((t) => NEWS_STAMP.exec(t)).find(Boolean)
  // (or a page that reports an act's issue as it opens, with no title of its own kind: "Ngày 31/3/2025, Thủ tướng Chính
  // phủ đã ban hành Công điện 26/CĐ-TTg về việc …" is an article about the telegram)
  // (or a website's post, told by its front matter)
  // (or a web page: its head links out or shows a picture, "[Xem chi tiết ở đây](https://…)", "![…](https://…)", or its
  // headline asks, as a legal site's answer to a question does, with no act's kind of its own)
  const web = headText.slice(0, 8).some((t) => WEB_LINE.test(t)) || headlineAsks(head)
  if (!kind && (news || post || web || headText.some((t) => NEWS_SOURCE.test(t)) || headText.slice(0, 12).some((t) => REPORTED_ACT.test(t)))) kind = 'tin-bai'
  if (!issuedOn && news) issuedOn = news[1] ? ymd(+news[3], +news[2], +news[1]) : ymd(+news[6], +news[5], +news[4])
  const posted = !issuedOn && post && kind === 'tin-bai' ? front.map((t) => POST_DATE.exec(t)).find(Boolean) : null
  if (posted) issuedOn = new Date(Date.UTC(+posted[1], +posted[2] - 1, +posted[3], +posted[4] + 7, +posted[5])).toISOString().slice(0, 10)
  let issuer = issuerOf(placed, number, title, place) ?? enacting
  // a page that reports an act as it opens, with no letterhead of its own ("Ngày 14/11/2025, Chủ tịch Ủy ban nhân dân
  // tỉnh Đồng Nai ban hành Công văn 9804/UBND-KTNS năm 2025 về …"), is about that act: its number, its issuer and (unless
  // the page is dated as news) its date are the act's
  // (a letter's own text may open the same way, after its addressees: it is still the letter)
  const reported = !number && addressed < 0 ? reportedAct(head.slice(0, 12)) : null
  if (reported) {
    number = reported.number
    issuedOn ??= reported.issuedOn
    issuer ??= reported.issuer ?? issuerByCode(reported.number, place)
  }
  // (or one headed as the act's full text, "# Toàn văn Quyết định 2640/QĐ-TTg năm 2025 …", "TOÀN VĂN: KẾT LUẬN 155-KL/TW
  // CỦA BỘ CHÍNH TRỊ …": its number at least)
  const whole = !number ? fullText : null
  if (whole) {
    number = bareNumber(whole[2])
    issuer ??= issuerByCode(number, place)
  }
  // a legal site's card of the act's fields ("Số hiệu:" / "6225/BVHTTDL-VP", "Ngày ban hành:" / "18/11/2025"), for
  // a copy that has lost the act's own letterhead
  const card = siteCard(head)
  if (card) {
    number ??= card.number
    issuedOn ??= card.issuedOn
    kind ??= card.kind
    issuer ??= card.issuer
  }
  // an annex that travels alone ("PHỤ LỤC II … (Kèm theo Chương trình hành động tại Nghị quyết số …/NQ-CP ngày 01
  // tháng 01 năm 2025 của Chính phủ)") is read as the act it belongs to: its kind, issuer and date are that act's
  const parent = title && /^phụ lục(?!\p{L})/iu.test(title) ? annexOf(head) : null
  // (a letter that lost its letterhead, its number and its date, with an annex still attached "(Kèm theo Công văn số
  // 6386/BVHTTDL-KHCNĐTMT ngày 25/11/2025 của Bộ …)": the annex names the letter)
  // (only an annex that follows the letter's text: a plan titled "(Kèm theo Nghị quyết …)" is a text of its own)
  // (a legal site's copy that kept its title and lost its letterhead: "NGHỊ QUYẾT" … "PHỤ LỤC … (Kèm theo Nghị quyết số
  // 394/NQ-CP ngày 03 tháng 12 năm 2025 của Chính phủ)": the annex names the act when it names an act of its kind)
  // (also when only the issuer was read, from the council named under the title: the annex still dates the act)
  const annexAt = !number && !issuedOn ? placed.findIndex((p) => /^phụ lục(?!\p{L})/iu.test(p.block.text.trim())) : -1
  const attached = annexAt > 0 ? annexOf(placed.slice(annexAt).filter((p) => /^\(?\s*(?:ban hành\s+)?kèm theo\s/iu.test(p.block.text))) : null
  const sameIssuer = !issuer || !attached?.issuer || attached.issuer.id === issuer.id
  const own = parent ?? (attached && sameIssuer && (!title || (kind && attached.kind === kind)) ? attached : null)
  if (own) {
    if (!kind) kind = own.kind
    if (!number) number = own.number
    if (!issuedOn) issuedOn = own.issuedOn
    issuer ??= own.issuer
  }
  // an excerpt that kept neither its letterhead nor its title still names its own kind: "… hướng dẫn triển khai thực hiện
  // Quyết định này", "Kế hoạch này được triển khai …" (the kind it names most; a law, a decree or a regulation is none)
  if (!kind) kind = selfNamedKind(placed)
  // a resolution with no date line is issued the day it was adopted: "Nghị quyết này đã được Hội đồng nhân dân tỉnh
  // khóa XI, Kỳ họp thứ Ba thông qua ngày 13 tháng 7 năm 2017 …"
  if (!issuedOn) {
    const adopted = placed.map((p) => ADOPTED_ON.exec(p.block.text)).find(Boolean)
    if (adopted) issuedOn = ymd(+adopted[3], +adopted[2], +adopted[1])
  }
  return {
    kind: answersAbout ? 'tin-bai' : (kind ?? 'khac'),
    number,
    issuer,
    place,
    issuedOn,
    title,
    signer: findSigner(placed),
    recipients: findRecipients(placed),
    references: findReferences(placed),
  }
}

/**
 * Every central Party document is headed BAN CHẤP HÀNH TRUNG ƯƠNG; who issued it is in the signature
 * ("T/M BAN BÍ THƯ", "T/M BỘ CHÍNH TRỊ").
 */
function issuerOf(placed: Placed[], number: string | null, title: string | null, place: string | null): AgencyRef | null {
  const found = findIssuer(placed, number, title, place)
  if (!found) return signedFor(placed)
  if (found.name !== 'Ban Chấp hành Trung ương') return found
  const body = bodySignedFor(placed)
  return body ? { ...found, id: slug(body.name), name: body.name } : found
}

/** The body the signature signs for, by name ("T/M BAN BÍ THƯ", "TM. CHÍNH PHỦ"; no collective), and where it stands. */
function bodySignedFor(placed: Placed[]): { name: string; text: string; p: Placed } | null {
  const p = placed.slice(-40).reverse().find((q) => CAPACITY.test(q.block.text))
  const m = p ? /^(?:T\/M|TM\.)\s*(.+)$/u.exec(CAPACITY.exec(p.block.text)![1].trim()) : null
  const body = m ? canonicalAgency(m[1].replace(/\s+/g, ' ')) : null
  return body && !body.generic ? { name: body.name, text: m![1], p: p! } : null
}

/**
 * A copy that lost its letterhead still has its signature: the body signed for ("TM. CHÍNH PHỦ"), or the Prime Minister's
 * title over his name ("THỦ TƯỚNG" / "Nguyễn Tấn Dũng", "KT. THỦ TƯỚNG" / "PHÓ THỦ TƯỚNG", also in a table's cell:
 * "| THỦ TƯỚNG Nguyễn Tấn Dũng |"). Not "TM. ỦY BAN NHÂN DÂN", which names no place.
 */
function signedFor(placed: Placed[]): AgencyRef | null {
  const body = bodySignedFor(placed)
  if (body) return ref(body.name, body.text, body.p, body.p.block.text.lastIndexOf(body.text))
  for (const p of placed.slice(-40).reverse()) {
    const t = PRIME_MINISTER.exec(p.block.text)
    if (t) return ref('Thủ tướng Chính phủ', t[1], p, p.block.text.indexOf(t[1]))
  }
  return null
}

/** The Prime Minister's title at the foot, alone or before his name, in capitals (read only when no issuer was found: not warmed at start-up). */
const PRIME_MINISTER = /(?:^|\|\s*|\s{2,})((?:KT\.\s*)?THỦ TƯỚNG)(?:\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,4})?\s*\|?\s*$/u

/**
 * The heads of institutions a letterhead names in capitals (not a committee's "BAN CHẤP HÀNH", whose name a line break
 * may cut: "BAN CHẤP HÀNH" / "TRUNG ƯƠNG").
 */
const INSTITUTION = /^(?:TRƯỜNG|HỌC VIỆN|ĐẠI HỌC|BỆNH VIỆN|TRUNG TÂM|VIỆN|CỤC|CHI CỤC|TỔNG CỤC|CÔNG TY|TỔNG CÔNG TY|TẬP ĐOÀN|NGÂN HÀNG|BÁO|ĐÀI|KHO BẠC|BAN QUẢN LÝ)\s/u

/**
 * A letterhead's unit in capitals ("TRƯỜNG ĐẠI HỌC VIỆT NHẬT"), named as the text names it elsewhere in its own case
 * ("Hiệu trưởng Trường Đại học Việt Nhật"), else with each word capitalised, when the grammar of unit names reads the
 * whole line as one body.
 */
function unitInCapitals(line: string, placed: Placed[]): { name: string; generic: boolean } | null {
  const words = line.trim().split(/\s+/u)
  if (/\p{Ll}/u.test(line) || !INSTITUTION.test(line) || words.length < 3) return null
  const whole = (text: string) => wholeUnit(text)?.name ?? null
  const same = new RegExp(`(?<!\\p{L})${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')}(?!\\p{L})`, 'iu')
  for (const p of placed) {
    const m = /\p{Ll}/u.test(p.block.text) ? same.exec(p.block.text) : null
    const name = m && /\p{Ll}/u.test(m[0]) ? whole(m[0].replace(/\s+/gu, ' ')) : null
    if (name) return { name, generic: false }
  }
  const name = whole(words.map((w) => (w === 'VÀ' ? 'và' : w.charAt(0) + w.slice(1).toLowerCase())).join(' '))
  return name ? { name, generic: false } : null
}

/** A label of a legal site's card, alone in its block, with its value in the next block. */
const CARD_LABELS = 'Số hiệu|Loại văn bản|Nơi ban hành|Ngày ban hành'
const CARD_LABEL = new RegExp(`^(${CARD_LABELS})\\s*:\\s*$`, 'u')
// (a code may hold small letters after its capital: "23-CTr/ĐU", "191/CĐ-TTg")
const CARD_NUMBER = /^\d{1,5}(?:\/\d{4})?[-/]\p{Lu}\p{L}{0,7}(?:[-/][\p{Lu}\d][\p{L}\d&]{0,11}){1,3}$/u

/** The same fields run into one line, parted by bars: "**Số hiệu:** 18-KH/ĐU | **Ngày ban hành:** ngày 16/5/2025 | …". */
const CARD_FIELD = new RegExp(String.raw`(?:^|\|)[\s*_]*(${CARD_LABELS})[\s*_]*:[\s*_]*([^|*_]+?)[\s*_]*(?=\||$)`, 'gu')

function siteCard(head: Placed[]): { number: string | null; issuedOn: string | null; kind: DocKind | null; issuer: AgencyRef | null } | null {
  const value = new Map<string, { text: string; p: Placed; offset: number }>()
  head.forEach((p, i) => {
    const m = CARD_LABEL.exec(p.block.text)
    if (m && head[i + 1] && !CARD_LABEL.test(head[i + 1].block.text)) value.set(m[1], { text: head[i + 1].block.text.trim(), p: head[i + 1], offset: 0 })
    else if (p.block.text.includes(':') && p.block.text.includes('|')) {
      for (const f of p.block.text.matchAll(CARD_FIELD)) if (!value.has(f[1])) value.set(f[1], { text: f[2].trim(), p, offset: f.index + f[0].indexOf(f[2]) })
    }
  })
  if (!value.size) return null
  const text = (label: string) => value.get(label)?.text ?? ''
  const n = text('Số hiệu')
  const d = /^(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(text('Ngày ban hành'))
  const by = value.get('Nơi ban hành')
  // ("Nơi ban hành: Thành phố Hồ Chí Minh" names a place; the number's code says which of its bodies: "4001/UBND-ĐT" is
  // its People's Committee's, "12/NQ-HĐND" its council's)
  const code = CARD_NUMBER.test(n) ? /\/(UBND|HĐND)(?:-|$)|[-/](UBND|HĐND)$/u.exec(n) : null
  const place = by?.text ?? ''
  const body = by ? (canonicalAgency(place) ?? (code ? canonicalAgency(`${(code[1] ?? code[2]) === 'UBND' ? 'Ủy ban nhân dân' : 'Hội đồng nhân dân'} ${place}`) : null) ?? wholeUnit(place)) : null
  return {
    number: CARD_NUMBER.test(n) ? n : null,
    issuedOn: d ? ymd(+d[3], +d[2], +d[1]) : null,
    kind: text('Loại văn bản') ? kindOfWord(text('Loại văn bản')) : null,
    issuer: by && body && !body.generic ? ref(body.name, by.text, by.p, by.offset) : null,
  }
}

const PLACE_NAME = /^(?:thành phố|tỉnh|quận|huyện|thị xã|thị trấn|xã|phường|đặc khu)\s/iu
/**
 * A body the lexicon lacks, when the grammar of unit names reads the whole text as one ("Nơi ban hành:" / "Cục Thuế",
 * "Cục Viễn thông"); a name it reads only in part ("Ban Chỉ đạo sắp xếp ĐVHC …") is none.
 */
function wholeUnit(text: string): { name: string; generic: boolean } | null {
  // (a level and its name is a place, whoever governs it: "Thành phố Hồ Chí Minh")
  if (PLACE_NAME.test(text)) return null
  const m = unitMentions(text, [])[0]
  return m && !m.generic && m.index === 0 && m.length === text.length ? { name: m.name, generic: false } : null
}

const ANNEX_OF = /^\(?\s*(?:ban hành\s+)?kèm theo\s+(.+?)\)?\s*$/iu
const OF_ISSUER = /\scủa\s+(.+?)\s*$/u
const LONG_DATE = /ngày\s*(\d{1,2})\s*(?:tháng\s*|[/.-])(\d{1,2})\s*(?:năm\s*|[/.-])(\d{4})/u

/** The act an annex is attached to, from its "(Kèm theo … số N ngày D của X)" line. */
function annexOf(head: Placed[]): { kind: DocKind | null; number: string | null; issuedOn: string | null; issuer: AgencyRef | null } | null {
  for (const p of head.slice(0, 12)) {
    const m = ANNEX_OF.exec(p.block.text)
    if (!m) continue
    const what = m[1]
    const n = /\bsố\s*(\d{1,5}(?:\.\d{1,3})?(?:\/\d{4})?\s*[-/]\s*[A-ZĐ]{1,8}(?:[-/][A-ZĐa-zđ0-9&]{1,12}){0,3})/u.exec(what)
    const d = LONG_DATE.exec(what)
    const of = OF_ISSUER.exec(what)
    const body = of ? findAgencies(of[1])[0] : undefined
    const offset = p.block.text.indexOf(what)
    return {
      kind: kindOfWord(what),
      number: n ? n[1].replace(/\s+/g, '') : null,
      issuedOn: d ? ymd(+d[3], +d[2], +d[1]) : null,
      issuer: body && !body.generic && body.index === 0 ? ref(body.name, body.text, p, offset + of!.index + of![0].indexOf(of![1])) : null,
    }
  }
  return null
}

/** A council's term and session under its name: "KHÓA XVII - KỲ HỌP THỨ NĂM", "KHÓA X, KỲ HỌP THỨ 12". */
const SESSION = /^\s*KHÓA\s+[IVXLC]+\s*[-–,]?\s*KỲ HỌP\s+(?:THỨ\s+)?\S+(?:\s+\S+)?\s*$/iu

/** A title block that is one body's name alone, perhaps after its head's title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X"). */
function enactingBody(p: Placed): AgencyRef | null {
  const text = p.block.text.trim()
  if (text.length > 90) return null
  const bare = withoutHeadTitles(text)
  const c = canonicalAgency(bare.trim())
  // (the name as written starts after the head's title, which withoutHeadTitles blanked)
  const from = bare.length - bare.trimStart().length
  return c && !c.generic ? ref(c.name, text.slice(from), p, from) : null
}

function kindOfWord(t: string): DocKind | null {
  const s = t.replace(/^[\W_]+/u, '')
  for (const [re, k] of KIND_BY_WORD) if (re.test(s)) return k
  return null
}

function ymd(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d))
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function ref(name: string, text: string, p: Placed | null, offset = 0): AgencyRef {
  return { id: slug(name), name, text, generic: false, span: p ? { start: at(p.block, offset), end: at(p.block, offset + text.length) } : null }
}

/** "<body> thông báo để … biết": a notice's closing sentence, which names who gives notice. */
const NOTIFIES = /^(\p{Lu}[^.;:]{2,80}?)\s+(?:xin\s+)?thông báo\s+(?:để|cho|ý kiến)(?!\p{L})/u

/**
 * The letterhead's first body, else "Kế hoạch của X", else "X ban hành/xây dựng kế hoạch", else the body a notice's closing
 * names ("X thông báo để … biết"), else the number's issuer code.
 */
function findIssuer(placed: Placed[], number: string | null, title: string | null, place: string | null): AgencyRef | null {
  // the letterhead: "BAN CHẤP HÀNH TRUNG ƯƠNG / ĐẢNG ĐOÀN QUỐC HỘI", "UBND TỈNH X / SỞ Y": the last body is the issuer
  let letterhead: AgencyRef | null = null
  let unread = ''
  for (const { p, first, until } of wrappedNames(letterheadLines(placed), placed)) {
    if (MOTTO_LINE.test(first)) continue
    // ("BỘ NÔNG NGHIỆP" / "VÀ MÔI TRƯỜNG": a name wrapped over lines was joined by wrappedNames)
    const before = unread
    // "BAN CHẤP HÀNH TRUNG ƯƠNG / VĂN PHÒNG", "TỈNH ỦY BÌNH AN / BAN TỔ CHỨC": an office of the committee above it
    const committee = letterhead && /^(?:Ban Chấp hành Trung ương|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Đảng ủy)/u.test(letterhead.name) ? letterhead.name : null
    const office = committee && first.length < 60 ? canonicalAgency(`${first} ${committee === 'Ban Chấp hành Trung ương' ? 'Trung ương' : committee}`) : null
    const own = first.length < 80 ? canonicalAgency(first) : null
    // ("BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TUYÊN GIÁO VÀ DÂN VẬN": the office's full name carries its committee's level)
    const fuller = office && !office.generic && own && office.name.startsWith(`${own.name} `) ? office : null
    // ("ĐẠI HỌC QUỐC GIA HÀ NỘI" / "TRƯỜNG ĐẠI HỌC VIỆT NHẬT", "CỤC KỸ THUẬT AN TOÀN VÀ MÔI TRƯỜNG CÔNG NGHIỆP": a unit the
    // lexicon does not list, in capitals, read by the grammar of unit names)
    const c = fuller ?? own ?? (office && !office.generic ? office : null) ?? (first.length < 100 ? unitInCapitals(first, placed) : null)
    unread = c ? '' : first.length < 60 ? first : ''
    // "ỦY BAN NHÂN DÂN / TỈNH BÌNH AN": a place on the next line completes the body above it
    const joined = letterhead && PLACE_LINE.test(first) ? canonicalAgency(`${letterhead.text} ${first}`) : null
    if (joined && !joined.generic) letterhead = ref(joined.name, `${letterhead!.text} ${first}`, p)
    else if (c && !c.generic) {
      // "ỦY BAN NHÂN DÂN TỈNH NAM THỦY / SỞ GIÁO DỤC VÀ ĐÀO TẠO": the department takes its province
      const province = letterhead && /^(Sở|Ban) /u.test(c.name) && !/ (tỉnh|thành phố) /u.test(c.name) ? / ((?:tỉnh|thành phố) .+)$/u.exec(letterhead.name)?.[1] : undefined
      // ("ĐẢNG BỘ TỈNH LÀO CAI / ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", dated "Lào Cai, ngày …": a name that ends on its level
      // takes the place the line above it names)
      // (the name where it stands in its block: a site's title may run before it on the line)
      const ownPlace = !province && / (?:tỉnh|thành phố|huyện)$/u.test(c.name) ? (letterhead ? / (?:tỉnh|thành phố|huyện) (\p{Lu}.+)$/u.exec(letterhead.name)?.[1] : place && before && before.toLowerCase().endsWith(` ${place.toLowerCase()}`) ? place : undefined) : undefined
      letterhead = ref(province ? `${c.name} ${province}` : ownPlace ? `${c.name} ${ownPlace}` : c.name, first, p, Math.max(0, p.block.text.indexOf(first)))
      // (a name wrapped over lines ends where its last line does)
      if (until && letterhead.span) letterhead.span.end = at(until.p.block, Math.max(0, until.p.block.text.indexOf(until.first)) + until.first.length)
    }
    else if (letterhead) break
  }
  if (letterhead) return letterhead
  // a telegram names its sender where a letter has its letterhead: "THỦ TƯỚNG CHÍNH PHỦ điện:"
  for (const p of placed.slice(0, 30)) {
    const sender = cableSender(p.block.text)
    const c = sender ? canonicalAgency(sender) : null
    if (c && !c.generic) return ref(c.name, sender!, p, p.block.text.indexOf(sender!))
  }
  if (title) {
    const m = /^(?:\S+\s+){1,5}?của\s+(.+?)(?:\s+(?:thực hiện|triển khai|về|ngày)(?!\p{L})|$)/iu.exec(title)
    const c = m ? findAgencies(m[1])[0] : undefined
    if (c && !c.generic && c.index === 0) {
      // ("NGHỊ QUYẾT CỦA BAN THƯỜNG VỤ TỈNH ỦY" under "Lào Cai, ngày …": the committee of the place the text is dated at)
      const name = place && /(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy$/u.test(c.name) ? `${c.name} ${place}` : c.name
      return ref(name, c.text, placed.find((p) => p.kind === 'title') ?? null)
    }
  }
  for (const p of placed.slice(0, 60)) {
    if (p.kind === 'closing' || p.kind === 'row') continue
    // "Căn cứ Nghị quyết … của Chính phủ ban hành Chương trình …" cites another body's act
    if (/^(?:Căn cứ|Thực hiện|Theo|Triển khai)\s/u.test(p.block.text)) continue
    const m = /(?:ban hành|xây dựng|đề ra)\s+(?:bản\s+)?(?:kế hoạch|chương trình|kết luận|chỉ thị)/iu.exec(p.block.text)
    if (!m) continue
    const before = findAgencies(p.block.text.slice(0, m.index)).filter((a) => !a.generic)
    const last = before[before.length - 1]
    if (last && m.index - (last.index + last.length) < 4) return ref(last.name, last.text, p, last.index)
  }
  // a notice that lost its letterhead still says who gives notice, as it closes: "Văn phòng Chính phủ thông báo để Ủy
  // ban nhân dân tỉnh Sơn La và các cơ quan liên quan biết, thực hiện."
  for (const p of placed.slice(-40)) {
    const m = NOTIFIES.exec(p.block.text)
    const body = m ? findAgencies(m[1])[0] : undefined
    if (body && !body.generic && body.index === 0 && body.length === m![1].length) return ref(body.name, body.text, p, 0)
  }
  return number ? issuerByCode(number, place) : null
}

/**
 * "CỤC ỨNG DỤNG, PHÁT TRIỂN" / "CÔNG NGHỆ VÀ" / "ĐỔI MỚI SÁNG TẠO": a unit's name wrapped over the letterhead's lines, each
 * line after the first in capitals and no body or place of its own, read as one line when together they name a body
 * (under a body above it too: "BỘ KHOA HỌC VÀ CÔNG NGHỆ" over them).
 */
function wrappedNames(lines: { p: Placed; first: string }[], placed: Placed[]): { p: Placed; first: string; until?: { p: Placed; first: string } }[] {
  const out: { p: Placed; first: string; until?: { p: Placed; first: string } }[] = []
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i].first
    let best: { k: number; text: string } | null = null
    for (let k = i + 1; k < Math.min(lines.length, i + 3); k++) {
      const next = lines[k].first
      if (/\p{Ll}/u.test(next) || !/^\p{Lu}/u.test(next) || PLACE_LINE.test(next) || MOTTO_LINE.test(next) || /^ĐỘC LẬP/u.test(next) || canonicalAgency(next) || unitInCapitals(next, placed)) break
      text = `${text} ${next}`
      const c = text.length < 160 ? canonicalAgency(text) : null
      if ((c && !c.generic) || unitInCapitals(text, placed)) best = { k, text }
    }
    out.push(best ? { p: lines[i].p, first: best.text, until: lines[best.k] } : lines[i])
    if (best) i = best.k
  }
  return out
}
const PLACE_LINE = /^(?:TỈNH|HUYỆN|THÀNH PHỐ|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)\s/u
/** The Party's name or the national motto beside the letterhead, no part of it. */
const MOTTO_LINE = /^(?:ĐẢNG CỘNG SẢN|CỘNG HÒA|CỘNG HOÀ)/u

/** The issuer a number's last code names: "TU" in "15-KH/TU", "TTg" in "2640/QĐ-TTg". */
function issuerByCode(number: string, place: string | null): AgencyRef | null {
  const code = /\/([A-ZĐ][A-ZĐa-z]{1,6})$|-([A-ZĐ][A-ZĐa-z]{1,6})$/u.exec(number)
  const name = code ? ISSUER_BY_CODE[(code[1] ?? code[2]).toUpperCase()] : undefined
  // the form written is the issuer's code in the number ("TU" in "15-KH/TU"), not the number
  return name ? ref(place && /ủy$/u.test(name) ? `${name} ${place}` : name, code![1] ?? code![2], null) : null
}

/** "Ngày 14/11/2025, <who> (đã) ban hành|có|ký|ra <kind> <number>": a page's opening report of an act. */
const REPORTS =
  new RegExp(`^Ngày\\s+(\\d{1,2})(?:\\/(\\d{1,2})\\/(\\d{4})|\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})),\\s*([^,.;:]{3,120}?)\\s+(?:đã\\s+)?(?:ký\\s+)?(?:ban hành|có|ký|gửi|ra)\\s+(?:${ACTS})(?:\\s+số)?\\s+(${ACT_NUMBER})`, 'u')

/** The heading that gives a page as an act's full text, among its first blocks (a legal site's page wraps the act). */
export function fullTextHeading(placed: Placed[]): RegExpExecArray | null {
  for (const p of placed.slice(0, 6)) {
    const m = FULL_TEXT.exec(p.block.text.trim())
    if (m) return m
  }
  return null
}

/**
 * A legal site's page about an act: its heading gives the act's full text, or its headline, a markdown heading at the
 * top, asks a question ("# Chỉ thị 05: … phải tham gia Tổ liên gia an toàn PCCC thế nào?", "# Lịch nhập ngũ năm 2026
 * … ra sao?"), which the page answers by quoting acts and the law.
 */
export function isSitePage(placed: Placed[]): boolean {
  return !!fullTextHeading(placed) || headlineAsks(placed)
}

/**
 * The kind of the act a page gives in full ("# Toàn văn Chỉ thị 24/CT-TTg … ra sao?" quotes a Chỉ thị), which its
 * items are read as, though the page itself is a news article.
 */
export function quotedActKind(placed: Placed[]): DocKind | null {
  const full = fullTextHeading(placed)
  return full ? kindOfWord(full[1]) : null
}

/** The page's markdown headline asks a question: "# Thủ tướng yêu cầu … hoàn thành khi nào?". */
function headlineAsks(placed: Placed[]): boolean {
  const first = placed.find((p) => p.block.text.trim())
  return !!first && first.block.mdDepth === 1 && /\?[\s*]*$/u.test(first.block.text)
}

/** A page's heading that gives it as an act's full text: "Toàn văn Công văn 9804/UBND-KTNS …", "TOÀN VĂN: KẾT LUẬN 155-KL/TW …". */
const FULL_TEXT =
  new RegExp(`^(?:Toàn văn|TOÀN VĂN)\\s*:?\\s+(Công điện|Chỉ thị|Nghị quyết|Quyết định|Kết luận|Thông báo|Công văn|Kế hoạch|Chương trình|Hướng dẫn)\\s+(?:số\\s+)?(${ACT_NUMBER})`, 'iu')

/**
 * What a page sets around its text: its question again ("Toàn văn Công văn 9804/UBND-KTNS … ra sao?"), a line that
 * introduces it ("Dưới đây là thông tin về …"), a download link (">>> Tải về Toàn văn …").
 */
const SETTING = /^(?:[*_#>]|(?:Tải về|TẢI VỀ|Toàn văn|TOÀN VĂN|Dưới đây)(?!\p{L}))|\?[\s*\-–]*$/u

/** A number without the separator a sentence left after it ("9804/UBND-KTNS-" is "9804/UBND-KTNS"). */
const bareNumber = (n: string) => n.replace(/[-/]+$/u, '')

/** The text naming its own kind: "Quyết định này", "Kế hoạch này"; "Luật này", "Nghị định này", "Quy chế này" are other acts. */
const SELF_NAMED = /(?<!\p{L})(Kế hoạch|Kết luận|Chỉ thị|Nghị quyết|Quyết định|Thông báo|Hướng dẫn|Công văn|Công điện|Chương trình|Luật|Nghị định|Thông tư|Quy định|Quy chế|Đề án|Điều lệ)\s+này(?!\p{L})/gu

function selfNamedKind(placed: Placed[]): DocKind | null {
  const votes = new Map<DocKind | 'other', number>()
  for (const p of placed) {
    for (const m of p.block.text.matchAll(SELF_NAMED)) {
      const k = kindOfWord(m[1])
      const key = !k || k === 'khac' ? 'other' : k
      votes.set(key, (votes.get(key) ?? 0) + 1)
    }
  }
  let best: DocKind | 'other' | null = null
  for (const [k, n] of votes) if (best === null || n > votes.get(best)!) best = k
  return best === 'other' ? null : best
}

/** The sentence that closes a resolution or a law: "… này (đã) được … thông qua ngày 19 tháng 02 năm 2025". */
const ADOPTED_ON = /(?<!\p{L})này\s+(?:đã\s+)?được\s[^.;]{0,200}?\sthông qua\s+(?:vào\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)/u

/** The act a page reports as it opens: its number, its date, and the body that issued it when the report names one. */
function reportedAct(head: Placed[]): { number: string; issuedOn: string | null; issuer: AgencyRef | null } | null {
  for (const p of head) {
    const t = p.block.text.trim()
    // the page's first running paragraph: a report further down ("Ngày 22/12/2009, UBND thành phố đã ban hành …" after
    // the text's own opening, or after a letter's "Kính gửi:") cites an act, it is not what the page is
    if (p.kind === 'title' || p.kind === 'heading' || t.length < 60 || SETTING.test(t)) continue
    const m = t.startsWith('Ngày') ? REPORTS.exec(t) : null
    if (!m) return null
    const issuedOn = m[2] ? ymd(+m[3], +m[2], +m[1]) : ymd(+m[5], +m[4], +m[1])
    // ("Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai": the head acts for the body; "Phó Thủ tướng Mai Văn Chính" is a person)
    const who = m[6]
    const bare = withoutHeadTitles(who)
    const from = bare.length - bare.trimStart().length
    const c = findAgencies(bare)[0]
    const at = p.block.text.indexOf(who)
    const issuer = c && !c.generic && c.index === from ? ref(c.name, who.slice(from, from + c.length), p, at + from) : null
    return { number: bareNumber(m[7]), issuedOn, issuer }
  }
  return null
}

/** A name in capitals after a sentence, then a rule of dashes: the letterhead run into the line of a site's title. */
const RULED_HEAD = /(?<=[.:]\s+)(\p{Lu}+(?:\s+\p{Lu}+)*)\s*[-–]{3,}\s*$/u

/** A date line whose year is read and whose day or month may not be: "Hà Nội, ngày 06 tháng 40 năm 2025". */
const DAMAGED_DATE = new RegExp(String.raw`(?:^|\s)${PLACE},\s*ngày\s*(\S{0,4}?)\s*(?:tháng|thang)\s*(\S{0,4}?)\s*(?:năm|nam)\s*((?:19|20)\d\d)(?!\d)`, 'u')
/** The stamp a digital signature leaves on a scan, its words often damaged: "Thời gian ký: 06.10.2025 10:34:46 +07:00". */
const SIGNED_AT = /gian\s*k[ýyỳ][^\d\n]{0,6}(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d)/u

function repairedDate(headText: string[]): string | null {
  const line = headText.map((t) => (t.includes('ngày') ? DAMAGED_DATE.exec(t) : null)).find(Boolean)
  const stamp = line ? headText.map((t) => SIGNED_AT.exec(t)).find(Boolean) : null
  if (!line || !stamp || line[3] !== stamp[3]) return null
  const num = (s: string, max: number) => (/^\d{1,2}$/u.test(s) && +s >= 1 && +s <= max ? +s : null)
  // (the day is the line's own: a text is signed on the day it is dated or after it, so a lost day is not guessed; the
  // month is the stamp's when the line's day is not past the stamp's, a text signed in the month it is dated)
  const day = num(line[1], 31)
  if (day === null || num(line[2], 12) !== null || day > +stamp[1]) return null
  return ymd(+line[3], +stamp[2], day)
}

/** The Party's name, where a Party body's letterhead has the national motto. */
const PARTY_NAME = /^\s*ĐẢNG CỘNG SẢN VIỆT NAM\s*$/u

/**
 * The left column of the letterhead, a line at a time, however it arrived: own lines, the first cell of a table row
 * (pipes, TABs, wide spaces), or Word's cells joined by " / " on one line ("ỦY BAN NHÂN DÂN / TỈNH LÂM ĐỒNG / Số: …").
 */
function letterheadLines(placed: Placed[]): { p: Placed; first: string }[] {
  const out: { p: Placed; first: string }[] = []
  // a page saved from a legal site puts its own chrome first (a banner, the act's fields): the letterhead is the few
  // blocks around the national motto, wherever that stands
  // (a Party body's letterhead stands beside the Party's name, "ĐẢNG CỘNG SẢN VIỆT NAM", where a state body's has the motto;
  // a page that wraps the text, its headline and a card of its fields above, may put it under its own title)
  const motto = placed.slice(0, 80).findIndex((p) => MOTTO.test(p.block.text) || PARTY_NAME.test(p.block.text))
  let from = Math.max(0, motto - 6)
  for (let i = from; i < motto; i++) if (placed[i].kind === 'title') from = i + 1
  for (const p of placed.slice(from, from + 8)) {
    if (p.kind === 'title') break
    if (p.block.marker) continue
    // OCR keeps one space between the columns: the national motto's first words end the left one
    // (a letterhead a Word export wrote as cells joined by " | " keeps each cell's lines apart by a run of spaces:
    // "ỦY BAN NHÂN DÂN      TỈNH LÀO CAI |  | CỘNG HÒA …" is the left cell's two lines)
    const cell = p.block.cells ? (p.block.cells[0] ?? '') : p.block.text.includes(' | ') ? p.block.text.split('|')[0].trim().replace(/\s{3,}/g, ' / ') : null
    // (and the motto's second line ends it on the next: "TONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc")
    const left = (cell ?? p.block.text.trim().split(/\s{3,}|\t/)[0]).split(/\s(?=(?:CỘNG|CONG) (?:HÒA|HOÀ|HOA) |(?:Độc|Đôc|Doc) (?:lập|lap)\s*[-–—])/u)[0]
    for (const part of left.split(/(?:^|\s)\/(?:\s|$)/u)) {
      const first = part.trim()
      // (a legal site's copy that runs its title and its letterhead into one line: "Công văn 384/BYT-KCB năm 2014 … do
      // Bộ Y tế ban hành. BỘ Y TẾ -------": the name in capitals before the rule, each of its bodies a line of its own)
      const ruled = RULED_HEAD.exec(first)
      if (ruled && ruled.index > 0) {
        const ms = findAgencies(ruled[1]).filter((m) => !m.generic)
        for (const x of ms.length > 1 ? ms.map((m) => m.text) : [ruled[1]]) out.push({ p, first: x })
      } else if (first) out.push({ p, first })
    }
  }
  return out
}

/** "T/M BAN BÍ THƯ", also in the right-hand column of a line that starts with "Nơi nhận:". */
const CAPACITY = /(?:^|\s{2,})((?:T\/M|TM\.|K\/T|KT\.|T\/L|TL\.|Q\.)\s*[\p{Lu}][\p{Lu}\s]+)$/u

function findSigner(placed: Placed[]): Meta['signer'] {
  for (let i = placed.length - 1; i >= Math.max(0, placed.length - 40); i--) {
    const p = placed[i]
    const m = CAPACITY.exec(p.block.text)
    if (!m) continue
    let name: string | null = null
    for (const q of placed.slice(i + 1)) {
      const t = q.block.text
      if (/^[\p{Lu}][\p{Ll}]+(\s[\p{Lu}][\p{Ll}]+){1,4}$/u.test(t) && !/^(Nơi|Lưu)/u.test(t)) name = t
    }
    const capacity = m[1].replace(/\s+/g, ' ').trim()
    const from = p.block.text.lastIndexOf(m[1])
    return { name, capacity, span: { start: at(p.block, from), end: at(p.block, from + m[1].length) } }
  }
  return null
}

function findRecipients(placed: Placed[]): string[] {
  const i = placed.findIndex((p) => /^nơi nhận/iu.test(p.block.text))
  if (i < 0) return []
  const out: string[] = []
  // (the left column only: the signature's capacity stands beside the list, "Nơi nhận:      KT. CỤC TRƯỞNG", "- Như trên;
  // PHÓ CỤC TRƯỞNG" apart by a run of spaces, a TAB or a table's bar)
  const left = (t: string) => t.split(/\s{3,}|\t|\s\|(?:\s|$)/u)[0]
  const inline = left(placed[i].block.text).replace(/^nơi nhận\s*:?\s*/iu, '')
  if (inline) out.push(...inline.split(/\s*;\s*|\s+-\s+|(?:^|\s+)\/(?=\s|$)/u).map((r) => r.replace(/^[-\s]+|[;,.\s]+$/gu, '')).filter(Boolean))
  for (const p of placed.slice(i + 1, i + 40)) {
    if (p.block.marker?.type !== 'dash' && p.block.marker?.type !== 'plus') continue
    out.push(left(p.block.text).replace(/[;,.]+$/u, '').trim())
  }
  // (a line of Word's cells joined by " / " leaves a bare "/" between them: no recipient)
  return out.filter((r) => /\p{L}/u.test(r) && !/^\(?đã ký\)?$/iu.test(r))
}

function findReferences(placed: Placed[]): Reference[] {
  const out: Reference[] = []
  const seen = new Set<string>()
  for (const p of placed) {
    if (p.kind === 'closing') continue
    REFERENCE.lastIndex = 0
    for (const m of p.block.text.matchAll(REFERENCE)) {
      const key = m[2]
      if (seen.has(key)) continue
      seen.add(key)
      const kindWord = kindOfWord(m[1])
      out.push({
        kind: kindWord,
        number: m[2],
        date: m[3] ? ymd(+m[5], +m[4], +m[3]) : null,
        text: m[0],
        span: { start: at(p.block, m.index ?? 0), end: at(p.block, (m.index ?? 0) + m[0].length) },
      })
    }
  }
  return out
}

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(NUMBER, PLACE_DATE, CAPACITY)
