// Stage 5, metadata: kind, number, issuer, place and date, title, signer, recipients and cited documents.
import type { DocKind, Meta } from '../contract/schema.js'
import type { Placed } from './sections.js'
import { warmAll } from '../contract/regex.js'
import { KIND_BY_CODE, PLAN_SUBTITLE, kindByParts, kindOfWord, selfNamedKind } from './actKinds.js'
import { ADOPTED_ON, BARE_DATE, ISSUED_WITH, NEWS_STAMP, PLACE, PLACE_DATE, POST_DATE, POST_LAYOUT, repairedDate, twoDigits, ymd } from './issuedOn.js'
import { letterheadLines } from './letterhead.js'
import { SESSION, authorityAboveGrounds, enactingBody, issuerByCode, issuerOf } from './issuer.js'
import { REPORTED_ACT, bareNumber, fullTextHeading, headlineAsks, reportedAct, siteCard } from './sitePage.js'
import { annexOf } from './annex.js'
import { findRecipients, findSigner } from './signature.js'
import { findReferences } from './citations.js'

export { fullTextHeading, isSitePage, quotedActKind } from './sitePage.js'

// ("Sô:", "Sỗ:": OCR loses or swaps the mark of "Số"; "Số: 28 /2025/QĐ-UBND": the number typed into a blank left for it;
// "Số: 66.19/2026/NQ-CP": one of a numbered series of resolutions)
// (and "số:" in lower case, as OCR reads it, with its colon: not the "số" of a document cited in a sentence)
const NUMBER_WORD = /[Ss][ốôỗồ]|So\s*:/u
// (a unit of the issuer may carry a dot: "11554/VPCP-V.I", the Government Office's Department I)
const NUMBER_BODY = String.raw`([0-9]{1,5}(?:\.\d{1,3})?(?:\s*\/\s*\d{4})?\s*[-/]\s*[A-ZĐa-zđ]{1,8}(?:\s*[-/]\s*[A-ZĐa-zđ0-9&]{1,12}(?:\.[A-Z0-9]{1,4}(?![\p{L}\p{N}]))?){1,3})`
// ("So: 412 /QD-UBND": a scan that lost the marks keeps the colon, which tells the word from the verb "so")
const NUMBER = new RegExp(String.raw`(?:^|\s)(?:S[ốôỗồ]\s*:?|s[ốôỗồ]\s*:|So\s*:)\s*${NUMBER_BODY}`, 'u')

/** A number whose "Số:" was lost (OCR), known by where it stands: right before the place and date on their line. */
const BARE_NUMBER = new RegExp(String.raw`^\s*(\d{1,5}(?:\/\d{4})?[-/][A-ZĐ]{1,6}(?:[-/][A-ZĐ0-9&]{1,12}){1,3})\s+${PLACE},\s*ngày\s*\d`, 'u')

/** A letter's subject line under its number: "V/v tăng cường công tác …" (a scan's too: "V/v Chấn chỉnh …"). */
const SUBJECT_LINE = /^[Vv]\/[Vv]\s+\p{L}/u
/** A kind's word, then what the act is about: "Chỉ thị về việc …", "Nghị quyết về …", "Kế hoạch về …". */
const TITLE_ABOUT = /^\p{L}+(?:\s+\p{L}+)?\s+về\s/u
/** A line that is only a link or a picture to a web address. */
const WEB_LINE = /^!?\[[^\]]*\]\(https?:\/\/[^)\s]+(?:\s+"[^"]*")?\)/u
/** A number left blank for the registry, its kind's code kept: "Số -CV/ĐU", "Số:      /KH-UBND", "Số: ….-TB/TU". */
const BLANK_NUMBER = /^Số\s*:?[\s._…]*[-/]\s*([A-ZĐ]{2,4})\s*[-/]\s*[A-ZĐ]/u
/** A number left blank for the day it is signed, before its code, wherever it stands on its line: "Số:      /UBND-NC". */
const UNNUMBERED = /(?<!\p{L})Số\s*:?[ \t._…]*\/\s*[A-ZĐ]{2,8}(?:-[A-ZĐ&]{1,8})?(?![\p{L}\p{N}])/u
/** A calendar's title: "LỊCH CÔNG TÁC TỪ NGÀY 11/11/2019 …", "Lịch làm việc tuần 46 của Lãnh đạo UBND huyện". */
const CALENDAR = /^(?:LỊCH (?:CÔNG TÁC|LÀM VIỆC)|Lịch (?:công tác|làm việc))(?!\p{L})/u
/** A news agency's or paper's dateline: "(ĐCSVN) –", "NDO - Chiều 20/1, …", "TTXVN -". */
const NEWS_SOURCE = /\((ĐCSVN|TTXVN|Chinhphu\.vn|VOV|VTV)\)|^(?:NDO|TTXVN|VOV|VTV|VNA|Chinhphu\.vn|QĐND|ĐCSVN)\s*[-–]\s/u

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
      issuedOn = ymd(+pd[4], twoDigits(pd[3]), twoDigits(pd[2]))
    }
  }
  // a letterhead laid out as a table puts "Số:" and "7360/KH-UBND", "Lai Châu, ngày" and "19 tháng 11 năm 2025" on
  // lines of their own: read the lines above the title as one
  const firstTitle = placed.findIndex((p) => p.kind === 'title')
  const above = placed.slice(0, firstTitle > 0 ? firstTitle : 0).map((p) => p.block.text).join(' ')
  if (!number) number = NUMBER.exec(above)?.[1].replace(/\s+/g, '') ?? null
  const pdAbove = !issuedOn ? PLACE_DATE.exec(above) : null
  if (pdAbove) (place = pdAbove[1]), (issuedOn = ymd(+pdAbove[4], twoDigits(pdAbove[3]), twoDigits(pdAbove[2])))
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
  // a copy signed before it was numbered keeps the code after the blank ("Số -CV/ĐU", "Số:     /KH-UBND"), which names
  // its kind before the subject lines under it do ("Tham mưu triển khai thực hiện" / "Chương trình hành động số 15-CTr/TU")
  // (a page's own header may give the number the archive filed it under, "**Số hiệu:** 362-CV/ĐU", and a title read
  // from the text below may say otherwise)
  const blankCode = headText.slice(0, 16).map((t) => BLANK_NUMBER.exec(t)).find(Boolean)?.[1]
  if (blankCode && KIND_BY_CODE[blankCode]) kind = KIND_BY_CODE[blankCode]
  // (a long line is a paragraph, save the document's first that gives its subject: "Chỉ thị về việc tăng cường … trong năm
  // 2010 và những năm tiếp theo", a title a copy kept on one line)
  // (not past the signature: an annex after it has a title of its own, "PHỤ LỤC" / "HƯỚNG DẪN VIỆC SỐ HOÁ …")
  const signed = head.findIndex((p) => p.kind === 'closing')
  if (!kind && !post) for (const p of head.slice(0, signed > 0 ? Math.min(12, signed) : 12)) if (!kind && !p.block.marker && (p.block.text.length < 200 || (p === head[0] && TITLE_ABOUT.test(p.block.text))) && !/^\S+(?:\s+\S+)?\s+số\s/u.test(p.block.text)) kind = kindOfWord(p.block.text)
  // (a copy that lost its kind's line keeps a plan's subtitle as the heading it opens with, in capitals: "TRIỂN KHAI
  // THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG …", "BAN HÀNH KẾ HOẠCH TỔ CHỨC THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW …")
  if (!kind && head[0]?.block.caps && PLAN_SUBTITLE.test(head[0].block.text)) kind = 'ke-hoach'
  if (!kind && number) {
    // (a code a scan wrote without its Đ still names the kind, KIND_BY_CODE; the number stays as written: readers split
    // on restoring it)
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
  // (or a number left blank for the day it is signed, anywhere on a letterhead copied as one line: " / Số:      /UBND-NC / …")
  const addressedLetter = addressed >= 0 && (number !== null || [...headText, ...parts].some((t) => /^([Vv]\/[Vv]|Về việc)\s|\s[Vv]\/[Vv]\s/u.test(t)) || !/\p{L}/u.test(headText.slice(0, addressed).join('')) || headText.slice(0, addressed).some((t) => UNNUMBERED.test(t)))
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
  // (a calendar posted to a site is no article: who meets when, a document of its own kind, 'khac')
  const calendar = head.slice(0, 12).some((p) => CALENDAR.test(p.block.text))
  if (!kind && !calendar && (news || post || web || headText.some((t) => NEWS_SOURCE.test(t)) || headText.slice(0, 12).some((t) => REPORTED_ACT.test(t)))) kind = 'tin-bai'
  if (!issuedOn && news) issuedOn = news[1] ? ymd(+news[3], +news[2], +news[1]) : ymd(+news[6], +news[5], +news[4])
  const posted = !issuedOn && post && kind === 'tin-bai' ? front.map((t) => POST_DATE.exec(t)).find(Boolean) : null
  if (posted) issuedOn = new Date(Date.UTC(+posted[1], +posted[2] - 1, +posted[3], +posted[4] + 7, +posted[5])).toISOString().slice(0, 10)
  let issuer = issuerOf(placed, number, title, place) ?? enacting ?? authorityAboveGrounds(head)
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
  // (or one laid out in a plan's own parts: "1. Nội dung, biện pháp", "2. Cơ quan chủ trì, phối hợp", "III. TỔ CHỨC THỰC HIỆN")
  if (!kind) kind = kindByParts(placed)
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

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(NUMBER)
