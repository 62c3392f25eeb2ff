// Stage 5, metadata: the letterhead's left column a line at a time, a name wrapped over its lines read as one, and a unit in capitals the lexicon lacks.
import { canonicalAgency, findAgencies } from '../agencies/index.js'
import { MOTTO, type Placed } from './sections.js'
import { unitMentions } from '../grammar/units.js'
import { withoutMentions } from '../grammar/mentions.js'

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
export function unitInCapitals(line: string, placed: Placed[]): { name: string; generic: boolean } | null {
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

const PLACE_NAME = /^(?:thành phố|tỉnh|quận|huyện|thị xã|thị trấn|xã|phường|đặc khu)\s/iu
/**
 * A body the lexicon lacks, when the grammar of unit names reads the whole text as one ("Nơi ban hành:" / "Cục Thuế",
 * "Cục Viễn thông"); a name it reads only in part ("Ban Chỉ đạo sắp xếp ĐVHC …") is none.
 */
export function wholeUnit(text: string): { name: string; generic: boolean } | null {
  // (a level and its name is a place, whoever governs it: "Thành phố Hồ Chí Minh")
  if (PLACE_NAME.test(text)) return null
  const m = unitMentions(text, [])[0]
  return m && !m.generic && m.index === 0 && m.length === text.length ? { name: m.name, generic: false } : null
}

/**
 * "CỤC ỨNG DỤNG, PHÁT TRIỂN" / "CÔNG NGHỆ VÀ" / "ĐỔI MỚI SÁNG TẠO": a unit's name wrapped over the letterhead's lines, each
 * line after the first in capitals and no body or place of its own, read as one line when together they name a body
 * (under a body above it too: "BỘ KHOA HỌC VÀ CÔNG NGHỆ" over them).
 */
export function wrappedNames(lines: { p: Placed; first: string }[], placed: Placed[]): { p: Placed; first: string; until?: { p: Placed; first: string } }[] {
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
export const PLACE_LINE = /^(?:TỈNH|HUYỆN|THÀNH PHỐ|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)\s/u
/** The Party's name or the national motto beside the letterhead, no part of it. */
export const MOTTO_LINE = /^(?:ĐẢNG CỘNG SẢN|CỘNG HÒA|CỘNG HOÀ)/u

/** A name in capitals after a sentence, then a rule of dashes: the letterhead run into the line of a site's title. */
const RULED_HEAD = /(?<=[.:]\s+)(\p{Lu}+(?:\s+\p{Lu}+)*)\s*[-–]{3,}\s*$/u

/** The Party's name, where a Party body's letterhead has the national motto. */
const PARTY_NAME = /^\s*ĐẢNG CỘNG SẢN VIỆT NAM\s*$/u

/**
 * The left column of the letterhead, a line at a time, however it arrived: own lines, the first cell of a table row
 * (pipes, TABs, wide spaces), or Word's cells joined by " / " on one line ("ỦY BAN NHÂN DÂN / TỈNH LÂM ĐỒNG / Số: …").
 */
export function letterheadLines(placed: Placed[]): { p: Placed; first: string }[] {
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
      } else if (first) {
        // ("UBND TỈNH LÀO CAI SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG": a cell's two lines a Word export joined with one space, in
        // capitals, a body and one of its own below it; each is a line of its own. Not two ministries side by side, "BỘ
        // CÔNG AN BỘ QUỐC PHÒNG", who issue together)
        const ms = first.length < 120 && first === first.toUpperCase() ? findAgencies(first).filter((m) => !m.generic) : []
        if (ms.length === 2 && !ms[1].name.startsWith('Bộ ') && !withoutMentions(first, ms).trim()) {
          for (const m of ms) out.push({ p, first: m.text })
        } else out.push({ p, first })
      }
    }
  }
  return out
}
