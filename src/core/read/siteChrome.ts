// A page saved from a legal-information site carries the site's banner before the act ("Bản dịch này thuộc quyền sở
// hữu của THƯ VIỆN PHÁP LUẬT …", "Click vào phần bôi vàng để xem chi tiết.") and its trailer after it (related acts,
// a comparison tool, log-in notices). Neither is the act: their lines are blanked, so that line numbers hold. The
// lines that mark them are data (lexicon/site-chrome.tsv). A news page's picture captions go the same way.
import { readTsv } from '../agencies/data.js'

interface Chrome {
  bannerEnd: Set<string>
  trailer: Set<string>
  site: string[]
  /** the lengths of the shortest and the longest trailer mark */
  shortest: number
  longest: number
}

let chrome: Chrome | null = null
function marks(): Chrome {
  if (chrome) return chrome
  const rows = readTsv('site-chrome.tsv')
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.line)
  const trailer = of('trailer')
  const lengths = trailer.map((t) => t.length)
  return (chrome = { bannerEnd: new Set(of('banner-end')), trailer: new Set(trailer), site: of('site'), shortest: Math.min(...lengths), longest: Math.max(...lengths) })
}

/** A line without its markup: "**Đang tải văn bản...**" → "Đang tải văn bản...". */
const bare = (l: string) => l.replace(/[*#|_]+/g, ' ').replace(/\s+/g, ' ').trim()

/** The site's one-line summary of the act above its trailer: "Công văn 174/CV-BCĐ năm 2025 … do X ban hành", "… do Thủ tướng Chính phủ điện". */
const SUMMARY = /^\p{Lu}[\p{L} ]{1,40}? \d{1,5}\/[\p{L}\p{N}/&-]+ .+ do \p{Lu}[^.;:]*$/u

const BANNER_LINES = 60

/**
 * A picture's caption on a news or question-and-answer page: "*Toàn văn Quyết định … ? (Hình từ Internet)*",
 * "(Hình ảnh từ Internet)", "(Ảnh minh họa)". The picture is gone and its caption says nothing the act says.
 */
const CAPTION = /\((?:hình|ảnh)(?: ảnh)?(?: minh (?:họa|hoạ)| từ internet)+\)$/iu

function withoutCaptions(lines: string[]): string[] {
  let out: string[] | null = null
  for (let i = 0; i < lines.length; i++) {
    // (cheap first: a caption ends with its bracket)
    if (!lines[i].includes(')') || !CAPTION.test(bare(lines[i]))) continue
    out ??= lines.slice()
    out[i] = ''
  }
  return out ?? lines
}

export function withoutSiteChrome(input: string[]): string[] {
  const lines = withoutCaptions(input)
  // cheap first: most documents come from elsewhere
  const m = marks()
  const head = lines.slice(0, BANNER_LINES)
  const site = head.findIndex((l) => m.site.some((s) => l.includes(s)))
  let bannerEnd = -1
  if (site >= 0) for (let i = site; i < head.length && bannerEnd < 0; i++) if (m.bannerEnd.has(bare(lines[i]))) bannerEnd = i
  // the first line that starts a trailer (only lines about as long as a mark are compared)
  let trailer = -1
  for (let i = bannerEnd + 1; i < lines.length && trailer < 0; i++) {
    const n = lines[i].length
    if (n >= m.shortest && n <= m.longest + 12 && m.trailer.has(bare(lines[i]))) trailer = i
  }
  if (bannerEnd < 0 && trailer < 0) return lines
  const out = lines.slice()
  for (let i = 0; i <= bannerEnd; i++) out[i] = ''
  if (trailer >= 0) {
    let from = trailer
    for (let k = trailer - 1; k > bannerEnd && k >= trailer - 3; k--) {
      if (!bare(lines[k])) continue
      if (SUMMARY.test(bare(lines[k]))) from = k
      break
    }
    for (let i = from; i < out.length; i++) out[i] = ''
  }
  return out
}
