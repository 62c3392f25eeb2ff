// The tails that make a head into one body: a place ("tỉnh Trà Vinh"), a Party scope ("Tỉnh ủy", "Trung ương").
import { provinceByFold } from './data.js'
import { PLACE_STOP } from './lexicon.js'
import type { Tok } from './tokens.js'
import { CENTRAL_V, COMMITTEE_V, DANG_UY_V, DOMAIN_V, FIXED_V, LEVEL_V, MOD_V, PLACE_ABBR_V, VN_V } from './vocab.js'

export interface Scope {
  end: number
  name: string
  generic: boolean
  central?: boolean
  /** named by its level alone ("cấp tỉnh", "cấp xã"): after a head of local government, every body of that level */
  level?: boolean
}

const isWordAt = (ts: Tok[], i: number, low: string) => i < ts.length && ts[i].low === low

/** "Trà Vinh", "TRÀ VINH" → "Trà Vinh"; "Bà Rịa - Vũng Tàu"; "Phường 3". */
export function place(ts: Tok[], i: number): Scope | null {
  // "Báo Tài nguyên và Môi trường", "Tạp chí Nông nghiệp và Phát triển nông thôn": a ministry's field, not a place
  if (i < ts.length && ts[i].cap && DOMAIN_V.longest(ts, i)) return null
  const parts: string[] = []
  let j = i
  while (j < ts.length && parts.length < 5) {
    const t = ts[j]
    // "Phường 3", "phường 3 Bảo Lộc", "xã Bảo Lâm 1": a number names a ward alone, or with the old town's name after it
    if (t.word && /^\p{N}{1,3}$/u.test(t.raw)) {
      parts.push(t.raw)
      j++
      if (parts.length > 1) break
      continue
    }
    if (!t.word || !(t.cap || t.caps) || (PLACE_STOP.has(t.low) && !softPlaceWord(ts, j, parts.length)) || t.raw.length < 2 && !t.caps) break
    if (t.caps && t.raw.length > 1 && t.key !== t.fold && !parts.length) break
    if (t.raw === 'HCM') {
      parts.push('Hồ Chí Minh')
      j++
      break
    }
    parts.push(t.caps && t.raw.length > 1 ? titleCase(t.low) : t.written)
    j++
    if (j + 1 < ts.length && ts[j].low === '-' && ts[j + 1].cap && !PLACE_STOP.has(ts[j + 1].low)) {
      parts.push('-')
      j++
    }
  }
  if (parts[parts.length - 1] === '-') parts.pop(), j--
  if (!parts.length) return null
  // a scan's stray mark inside a province's name ("tỉnh Dong } Nai"): the name goes on after it when the two halves
  // together are a province
  const name = parts.join(' ')
  const across = j + 1 < ts.length && !ts[j].word && !/^[-,.;:()]$/u.test(ts[j].raw) && ts[j + 1].word && ts[j + 1].cap ? provinceByFold(`${name} ${ts[j + 1].raw}`) : null
  if (across) return { end: j + 2, name: across, generic: false }
  // marks a scan lost or damaged in a province's name ("tỉnh Phú Tho", "tỉnh Dong Nai"): its true spelling
  return { end: j, name: provinceByFold(name) ?? name, generic: false }
}

/** Words that end a place but also begin or end place names: "Lâm Đồng", "Đồng Nai", "Châu Thành", "Hội An", "Trung Khánh". */
const SOFT_STOP = new Set(['đồng', 'thành', 'trung', 'hội', 'chi', 'thị', 'bảo', 'kinh', 'quân', 'long', 'tân', 'văn', 'phòng', 'công'])
/** Second words that make the soft word a body's word instead: "Thành ủy", "Trung ương", "Hội đồng", "Đồng chí". */
const SOFT_PAIRS = new Set(['an', 'ty', 'nghiệp', 'ủy', 'uỷ', 'phố', 'đoàn', 'ương', 'tâm', 'chí', 'đồng', 'nhánh', 'cục', 'viên', 'sự', 'đội', 'tịch', 'tế', 'nghị', 'phòng', 'bản', 'hóa', 'hoá', 'hiểm', 'vệ'])

function softPlaceWord(ts: Tok[], j: number, inside: number): boolean {
  if (!SOFT_STOP.has(ts[j].low)) return false
  const next = ts[j + 1]
  if (next && next.word && SOFT_PAIRS.has(next.low) && (!next.cap || next.caps)) return false
  // ("Gò Công Đông" is a place; "… Công Thương", "… Công An" name a ministry's field or a police force whatever their case)
  if (ts[j].low === 'công' && next?.word && (next.low === 'thương' || next.low === 'an')) return false
  // inside a place ("Lâm Đồng", "Châu Thành", "Hải Phòng") the word closes it, unless a name follows it ("Lâm Đồng
  // Phòng Giáo dục …" is a place and a body); as its first word the place must go on ("Đồng Nai")
  if (inside) return !(ts[j].low === 'phòng' && next?.word && next.cap)
  return !!next && next.word && next.cap && !PLACE_STOP.has(next.low)
}

/** A word in capitals as a name writes it, each part of a hyphened one too: "RỊA-VŨNG" → "Rịa-Vũng". */
const titleCase = (low: string) => low.replace(/(^|[-–])(\p{L})/gu, (_, dash: string, c: string) => dash + c.toUpperCase())

/** A level of local government and its place: "tỉnh", "tỉnh Trà Vinh", "cấp tỉnh", "các huyện, thị xã, thành phố", "TP.HCM". */
export function localScope(ts: Tok[], i: number, national = false): Scope | null {
  const abbr = PLACE_ABBR_V.longest(ts, i)
  if (abbr) return { end: abbr.end, name: abbr.val, generic: false }
  if (national) {
    const vn = VN_V.longest(ts, i)
    if (vn) return { end: vn.end, name: 'Việt Nam', generic: false }
  }
  if (i >= ts.length) return null
  const w = ts[i].low
  if ((w === 'các' || w === 'cùng') && isWordAt(ts, i + 1, 'cấp')) return { end: i + 2, name: `${w} cấp`, generic: true }
  // "UBND các địa phương": the localities in general, whatever their level
  if (w === 'các' && isWordAt(ts, i + 1, 'địa') && isWordAt(ts, i + 2, 'phương')) return { end: i + 3, name: 'các địa phương', generic: true }
  let j = i
  let lead = ''
  if (w === 'các') (lead = 'các '), j++
  else if (w === 'cấp') (lead = 'cấp '), j++
  // ("Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền, …": a count of places is a plural too, when a level follows it)
  else if (/^\p{N}{1,2}$/u.test(ts[i].raw) && LEVEL_V.longest(ts, i + 1)) (lead = 'các '), j++
  const levels: string[] = []
  let named = ''
  for (;;) {
    const lv = LEVEL_V.longest(ts, j)
    if (!lv) break
    j = lv.end
    levels.push(lv.val)
    const p = !lead ? place(ts, j) : null
    if (p) {
      named = p.name
      j = p.end
      break
    }
    // ("quận - huyện", "phường - xã, thị trấn": levels a dash joins are every one of them, as with a comma)
    const sep = j < ts.length && (ts[j].low === ',' || ts[j].low === 'và' || ts[j].low === '/' || ts[j].low === '-' || ts[j].low === '–') ? 1 : 0
    if (!sep) break
    // "cấp tỉnh, cấp huyện": the "cấp" said again before the next level
    const at = lead === 'cấp ' && isWordAt(ts, j + 1, 'cấp') ? j + 2 : j + 1
    const next = LEVEL_V.longest(ts, at)
    // "UBND tỉnh và Tỉnh ủy": a committee after the separator is a body of its own, not another level
    const c = next && COMMITTEE_V.longest(ts, at)
    if (!next || (c && c.end > next.end)) break
    j = at
  }
  if (!levels.length) {
    // "Sở Xây dựng Lâm Đồng", "Công an Hà Nội": a province named without its level (a province's name only)
    const p = !lead ? place(ts, i) : null
    return p && provinceByFold(p.name) === p.name ? { end: p.end, name: p.name, generic: false } : null
  }
  const generic = lead === 'các ' || levels.length > 1
  const mod = generic ? MOD_V.longest(ts, j) : null
  // ("các tỉnh, thành phố trực thuộc Trung ương", "Ủy ban nhân dân các xã ven biển": the words the lexicon says a scope of
  // levels keeps)
  if (mod?.val) j = mod.end
  if (!lead && levels.length === 1 && isWordAt(ts, j, 'trực') && isWordAt(ts, j + 1, 'thuộc')) return null
  const text = lead + levels.join(', ')
  return { end: j, name: named ? `${text} ${named}` : text, generic, ...(lead === 'cấp ' && !named ? { level: true } : {}) }
}

/** The scope of a Party body: "Trung ương" (and TW, T.Ư, Trung ương Đảng), "Tỉnh ủy [Trà Vinh]", "Đảng ủy Khối …", "cấp ủy". */
export function partyScope(ts: Tok[], i: number, committeeAt: (ts: Tok[], i: number) => Scope | null): Scope | null {
  const c = CENTRAL_V.longest(ts, i)
  if (c && !(isWordAt(ts, c.end, 'đoàn') || isWordAt(ts, c.end, 'hội'))) return { end: c.end, name: 'Trung ương', generic: false, central: true }
  const fixed = FIXED_V.longest(ts, i)
  if (fixed && fixed.val.kind === 'committee') return { end: fixed.end, name: fixed.val.name, generic: false }
  const full = committeeAt(ts, i)
  if (full) return full
  const bare = COMMITTEE_V.longest(ts, i)
  if (bare) return { end: bare.end, name: bare.val.name, generic: false }
  const du = DANG_UY_V.longest(ts, i)
  if (du) return { end: du.end, name: 'Đảng ủy', generic: false }
  if (isWordAt(ts, i, 'cấp') && isWordAt(ts, i + 1, 'ủy')) {
    let end = i + 2
    if ((isWordAt(ts, end, 'cùng') || isWordAt(ts, end, 'các')) && isWordAt(ts, end + 1, 'cấp')) end += 2
    return { end, name: ts.slice(i, end).map((t) => t.low).join(' '), generic: true }
  }
  if (isWordAt(ts, i, 'các') && isWordAt(ts, i + 1, 'cấp')) return { end: i + 2, name: 'các cấp', generic: true }
  return null
}
