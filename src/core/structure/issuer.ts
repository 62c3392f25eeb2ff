// Stage 5, metadata: the issuer, from the letterhead, a telegram's sender, the title, the text, a notice or the signature, else the number's code; a title's enacting body.
import { canonicalAgency, findAgencies } from '../agencies/index.js'
import type { AgencyRef } from '../contract/schema.js'
import { cableSender, type Placed } from './sections.js'
import { at } from '../read/segment.js'
import { withoutHeadTitles } from '../grammar/mentions.js'
import { slug } from '../contract/text.js'
import { MOTTO_LINE, PLACE_LINE, letterheadLines, unitInCapitals, wrappedNames } from './letterhead.js'
import { CAPACITY } from './signature.js'
import { provinceByFold, readTsv } from '../agencies/data.js'

/**
 * Issuer codes after the kind code: "15-KH/TU" → Tỉnh ủy, "02-KL/BTCTW" → Ban Tổ chức Trung ương. (A letter's code before
 * its unit's, "470/TCT-TTKT", is read from lexicon/letter-codes.tsv by letterIssuer.)
 */
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

/**
 * Every central Party document is headed BAN CHẤP HÀNH TRUNG ƯƠNG; who issued it is in the signature
 * ("T/M BAN BÍ THƯ", "T/M BỘ CHÍNH TRỊ").
 */
export function issuerOf(placed: Placed[], number: string | null, title: string | null, place: string | null): AgencyRef | null {
  const found = findIssuer(placed, number, title, place)
  // ("Số: 470/TCT-TTKT" under "BỘ TÀI CHÍNH" / "TONG CỤC THU.": the letter's number names the department whose line a scan
  // damaged, and under a receipt stamp read first, "CUC THUE TINH HOA BINH", still the body that wrote it)
  const coded = number ? letterIssuer(number) : null
  if (coded && found?.name !== coded.name) return coded
  if (!found) return signedFor(placed) ?? enactedBy(placed) ?? councilInSession(placed)
  if (found.name !== 'Ban Chấp hành Trung ương') return found
  const body = bodySignedFor(placed)
  return body ? { ...found, id: slug(body.name), name: body.name } : found
}

/**
 * A council's resolution copied without its letterhead still names the council on the line above its term and session:
 * "Hội đồng nhân dân tỉnh bến tre" / "Khóa VII - kỳ họp thứ 18", its place in lower case as a copy that lowered its
 * head wrote it.
 */
function councilInSession(placed: Placed[]): AgencyRef | null {
  const k = placed.slice(0, 20).findIndex((p) => SESSION.test(p.block.text))
  const p = k > 0 ? placed[k - 1] : null
  const m = p ? COUNCIL_LINE.exec(p.block.text.trim()) : null
  const place = m ? provinceByFold(m[3]) : null
  return place ? ref(`Hội đồng nhân dân ${m![2].toLowerCase()} ${place}`, m![0], p) : null
}
const COUNCIL_LINE = /^(Hội đồng nhân dân|HĐND)\s+(tỉnh|thành phố)\s+(\p{L}+(?:\s+\p{L}+){0,3})$/iu

/**
 * A directive, a resolution or a decision that lost its letterhead and its signature names who enacts it where its
 * preamble ends: "…, Bộ trưởng Bộ Công Thương chỉ thị:", "…, UBND thành phố Hà Nội chỉ thị:" (the body a head's title
 * stands for; of two that decide together, the first).
 */
function enactedBy(placed: Placed[]): AgencyRef | null {
  for (const p of placed.slice(0, 60)) {
    if (p.kind === 'closing' || p.kind === 'row') continue
    const m = ENACTS.exec(p.block.text)
    if (!m) continue
    const plain = withoutHeadTitles(m[1])
    const body = findAgencies(plain).find((a) => !a.generic)
    if (body && !plain.slice(0, body.index).trim()) return ref(body.name, body.text, p, m.index + m[0].indexOf(m[1]) + body.index)
  }
  return null
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

/** A council's term and session under its name: "KHÓA XVII - KỲ HỌP THỨ NĂM", "KHÓA X, KỲ HỌP THỨ 12". */
export const SESSION = /^\s*KHÓA\s+[IVXLC]+\s*[-–,]?\s*KỲ HỌP\s+(?:THỨ\s+)?\S+(?:\s+\S+)?\s*$/iu

/** The head's title before the body, in capitals: "CHỦ TỊCH", "BỘ TRƯỞNG", "GIÁM ĐỐC", "KT. … PHÓ …". */
const HEAD_TITLE = /^(?:(?:KT|Q|TL|TM)\.\s*)?(?:QUYỀN\s+)?(?:PHÓ\s+)?(?:CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|TỔNG THANH TRA|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|THỐNG ĐỐC|HIỆU TRƯỞNG|VIỆN TRƯỞNG|CHỦ NHIỆM|TRƯỞNG)\s+/u

/** A title block that is one body's name alone, perhaps after its head's title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X"). */
export function enactingBody(p: Placed): AgencyRef | null {
  const text = p.block.text.trim()
  if (text.length > 90) return null
  // (a head's title in capitals, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", which withoutHeadTitles, reading names as written,
  // leaves)
  const bare = withoutHeadTitles(text.replace(HEAD_TITLE, (t) => ' '.repeat(t.length)))
  const c = canonicalAgency(bare.trim())
  // (the name as written starts after the head's title, which was blanked)
  const from = bare.length - bare.trimStart().length
  return c && !c.generic ? ref(c.name, text.slice(from), p, from) : null
}

/**
 * The authority a decision is made by, on the line right above its grounds, where a copy lost the letterhead:
 * "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU" / "Căn cứ Luật …" is the province's People's Committee, "BỘ TRƯỞNG BỘ Y TẾ"
 * the ministry, "THỦ TƯỚNG CHÍNH PHỦ" the Prime Minister. In capitals only: a line of prose before the grounds names
 * no authority.
 */
export function authorityAboveGrounds(head: Placed[]): AgencyRef | null {
  const k = head.findIndex((p) => GROUNDS.test(p.block.text))
  const p = k > 0 ? head[k - 1] : null
  if (!p || !p.block.caps || p.block.marker || p.block.cells) return null
  return PRIME_MINISTER_LINE.test(p.block.text.trim()) ? ref('Thủ tướng Chính phủ', p.block.text.trim(), p) : enactingBody(p)
}
const GROUNDS = /^[*_]*căn cứ\s/iu
const PRIME_MINISTER_LINE = /^THỦ TƯỚNG CHÍNH PHỦ$/u

export function ref(name: string, written: string, p: Placed | null, offset = 0): AgencyRef {
  // (the name as written, without the stop a scan read after it: "THỦ TƯỚNG CHÍNH PHU .", "… TRUNG ƯƠNG ĐẢNG.")
  const text = written.replace(/[\s.,;:]+$/u, '')
  return { id: slug(name), name, text, generic: false, span: p ? { start: at(p.block, offset), end: at(p.block, offset + text.length) } : null }
}

/** The words that close a preamble by naming who enacts: "<body> chỉ thị:", "<body> quyết nghị:", "<body> quyết định:". */
const ENACTS = /(?:^|[,;]\s*)([^,;.:]{3,90}?)\s+(?:chỉ thị|quyết nghị|quyết định)\s*:\s*$/u

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

let letterCodes: Map<string, string> | null = null
/** The national body a letter's number names by its first code ("470/TCT-TTKT": Tổng cục Thuế; lexicon/letter-codes.tsv). */
function letterIssuer(number: string): AgencyRef | null {
  const code = /^\d[\d.]*\/([A-ZĐ]{2,8})-/u.exec(number)?.[1]
  const name = code ? (letterCodes ??= new Map(readTsv('letter-codes.tsv').map((r) => [r.code, r.name]))).get(code) : undefined
  return name ? ref(name, code!, null) : null
}

/** The issuer a number's last code names: "TU" in "15-KH/TU", "TTg" in "2640/QĐ-TTg". */
export function issuerByCode(number: string, place: string | null): AgencyRef | null {
  const code = /\/([A-ZĐ][A-ZĐa-z]{1,6})$|-([A-ZĐ][A-ZĐa-z]{1,6})$/u.exec(number)
  const name = code ? ISSUER_BY_CODE[(code[1] ?? code[2]).toUpperCase()] : undefined
  // the form written is the issuer's code in the number ("TU" in "15-KH/TU"), not the number
  return name ? ref(place && /ủy$/u.test(name) ? `${name} ${place}` : name, code![1] ?? code![2], null) : null
}
