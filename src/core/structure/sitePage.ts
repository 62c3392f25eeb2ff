// Stage 5, metadata: a legal site's page or a news article about an act: a full-text heading, a headline that asks, the act's card, the act it reports.
import { canonicalAgency, findAgencies } from '../agencies/index.js'
import type { AgencyRef, DocKind } from '../contract/schema.js'
import type { Placed } from './sections.js'
import { withoutHeadTitles } from '../grammar/mentions.js'
import { kindOfWord } from './actKinds.js'
import { ymd } from './issuedOn.js'
import { ref } from './issuer.js'
import { wholeUnit } from './letterhead.js'

/** The acts a page reports the issue of, and the shape of their numbers ("9804/UBND-KTNS", "219-KL/TW", "123/2025/QĐ-UBND"). */
const ACTS = 'Công điện|Chỉ thị|Nghị quyết|Quyết định|Kết luận|Thông báo|Công văn|Kế hoạch|Nghị định|Thông tư|Chương trình'
const ACT_NUMBER = '\\d{1,5}(?:\\/\\d{4})?[-/]\\p{Lu}[\\p{L}\\d&/-]*'
/** "Ngày 20/8/2025, Thủ tướng đã có Công điện 138/CĐ-TTg về …": a report that an act was issued. */
export const REPORTED_ACT = new RegExp(`^Ngày\\s+\\d{1,2}(?:\\/\\d{1,2}\\/\\d{4}|\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}),\\s+[^,.;:]{3,80}?\\s+(?:đã\\s+)?(?:ký\\s+)?(?:ban hành|có|ký|gửi)\\s+(?:${ACTS})(?:\\s+số)?\\s+\\d`, 'u')

/** A label of a legal site's card, alone in its block, with its value in the next block. */
const CARD_LABELS = 'Số hiệu|Loại văn bản|Nơi ban hành|Ngày ban hành'
const CARD_LABEL = new RegExp(`^(${CARD_LABELS})\\s*:\\s*$`, 'u')
// (a code may hold small letters after its capital: "23-CTr/ĐU", "191/CĐ-TTg")
const CARD_NUMBER = /^\d{1,5}(?:\/\d{4})?[-/]\p{Lu}\p{L}{0,7}(?:[-/][\p{Lu}\d][\p{L}\d&]{0,11}){1,3}$/u

/** The same fields run into one line, parted by bars: "**Số hiệu:** 18-KH/ĐU | **Ngày ban hành:** ngày 16/5/2025 | …". */
const CARD_FIELD = new RegExp(String.raw`(?:^|\|)[\s*_]*(${CARD_LABELS})[\s*_]*:[\s*_]*([^|*_]+?)[\s*_]*(?=\||$)`, 'gu')

export function siteCard(head: Placed[]): { number: string | null; issuedOn: string | null; kind: DocKind | null; issuer: AgencyRef | null } | null {
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
export function headlineAsks(placed: Placed[]): boolean {
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
export const bareNumber = (n: string) => n.replace(/[-/]+$/u, '')

/** The act a page reports as it opens: its number, its date, and the body that issued it when the report names one. */
export function reportedAct(head: Placed[]): { number: string; issuedOn: string | null; issuer: AgencyRef | null } | null {
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
