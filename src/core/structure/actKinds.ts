// Stage 5, metadata: the kind of act a text is, from the word that names it, a plan's subtitle, its number's code or "… này" in its text.
import type { DocKind } from '../contract/schema.js'
import type { Placed } from './sections.js'
import { fold } from '../contract/text.js'

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
export const PLAN_SUBTITLE = /^(?:(?:triển khai|tổ chức)\s+)?thực hiện\s+(?:nghị quyết|quyết định|chỉ thị|kết luận|chương trình|đề án|luật)\s|^ban hành kế hoạch\s/iu

export const KIND_BY_CODE: Record<string, DocKind> = {
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
  // (the codes a scan or a plain-letter copy wrote without their Đ: "190/CD-TTg", "143/QD-UBQGNCT"; "HD" is Hướng dẫn's)
  CD: 'cong-dien',
  QD: 'quyet-dinh',
  CTr: 'chuong-trinh',
  CTR: 'chuong-trinh',
}

/**
 * The kind's word in capitals whose marks a scan lost ("THONG BAO", "KE HOACH", "QUYET DINH"): read without marks, but
 * only in capitals, as a title is written; none of them but "Báo cáo" and "Công văn" is an ordinary word.
 */
const KIND_BY_BARE_WORD: Array<[RegExp, DocKind]> = [
  [/^ke hoach(?!\p{L})/u, 'ke-hoach'],
  [/^ket luan(?!\p{L})/u, 'ket-luan'],
  [/^chi thi(?!\p{L})/u, 'chi-thi'],
  [/^nghi quyet(?!\p{L})/u, 'nghi-quyet'],
  [/^quyet dinh(?!\p{L})/u, 'quyet-dinh'],
  [/^thong bao(?!\p{L})/u, 'thong-bao'],
  [/^huong dan(?!\p{L})/u, 'huong-dan'],
  [/^bao cao(?!\p{L})/u, 'bao-cao'],
  [/^cong van(?!\p{L})/u, 'cong-van'],
  [/^cong dien(?!\p{L})/u, 'cong-dien'],
  [/^chuong trinh(?!\p{L})/u, 'chuong-trinh'],
]
const CAPITALS = /^\p{Lu}+\s+\p{Lu}+(?!\p{Ll})/u

export function kindOfWord(t: string): DocKind | null {
  const s = t.replace(/^[\W_]+/u, '')
  for (const [re, k] of KIND_BY_WORD) if (re.test(s)) return k
  if (!CAPITALS.test(s)) return null
  const f = fold(s.slice(0, 16)).toLowerCase()
  for (const [re, k] of KIND_BY_BARE_WORD) if (re.test(f)) return k
  return null
}

/** The text naming its own kind: "Quyết định này", "Kế hoạch này"; "Luật này", "Nghị định này", "Quy chế này" are other acts. */
const SELF_NAMED = /(?<!\p{L})(Kế hoạch|Kết luận|Chỉ thị|Nghị quyết|Quyết định|Thông báo|Hướng dẫn|Công văn|Công điện|Chương trình|Luật|Nghị định|Thông tư|Quy định|Quy chế|Đề án|Điều lệ)\s+này(?!\p{L})/gu

export function selfNamedKind(placed: Placed[]): DocKind | null {
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

/**
 * The parts only a plan is laid out in, as numbered headings: "III. TỔ CHỨC THỰC HIỆN", "2. Cơ quan chủ trì, phối hợp",
 * "1. Nội dung, biện pháp", "3. Thời gian thực hiện: …".
 */
const PLAN_PART = /^(?:tổ chức thực hiện|cơ quan chủ trì(?:,? (?:và )?phối hợp)?|nội dung,? biện pháp|thời gian thực hiện)(?:\s*:.*)?$/iu

/** An excerpt that kept neither its letterhead, its title nor a sentence naming its kind, laid out in a plan's parts: a plan. */
export function kindByParts(placed: Placed[]): DocKind | null {
  for (const p of placed) {
    const m = p.block.marker
    if (!m || m.value === null || m.type === 'article') continue
    if (PLAN_PART.test(p.block.text.replace(/[*_]+/gu, '').trim())) return 'ke-hoach'
  }
  return null
}
