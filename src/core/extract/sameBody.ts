// One body, one name within a document. A document often names a body in full once and short after that: "Cục DLQGVN"
// beside "Cục Du lịch Quốc gia Việt Nam", "Tỉnh ủy" after "Thường trực Tỉnh ủy Thanh Hóa". The short form stands for
// the full one when the document gives exactly one full form for it.
import type { AgencyRef, Meta, Section, Task } from '../contract/schema.js'
import { canonicalAgency } from '../agencies/index.js'
import { provinceByFold } from '../agencies/data.js'
import { slug } from '../contract/text.js'
import { mentionsIn } from '../grammar/mentions.js'
import type { Placed } from '../structure/sections.js'

/** Each UTF-16 unit's letter without its marks (the first unit of its NFD), found once per unit; 0: not yet. */
const BARE = new Uint16Array(0x10000)
for (let u = 0; u < 0x80; u++) BARE[u] = u

/** Letters without marks, one for one (đ → d), so that offsets in the folded text are offsets in the text. */
function flat(s: string): string {
  // unit for unit into a buffer (a pair of surrogates kept whole), not a string grown by a normalized string per letter
  const n = s.length
  const units = new Uint16Array(n)
  for (let i = 0; i < n; i++) {
    const u = s.charCodeAt(i)
    if (u >= 0xd800 && u < 0xdc00 && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      units[i] = u
      units[++i] = s.charCodeAt(i)
    } else units[i] = BARE[u] || (BARE[u] = String.fromCharCode(u).normalize('NFD').charCodeAt(0))
  }
  let out = ''
  // (apply reads the buffer as it is: a spread walks an iterator, unit by unit, at several times the cost)
  for (let i = 0; i < n; i += 4096) out += String.fromCharCode.apply(null, units.subarray(i, i + 4096) as unknown as number[])
  return out.toLowerCase().replace(/đ/g, 'd')
}

/** The place written right after a name: "tỉnh Đồng Tháp", "Thanh Hóa" (the country is no place a body belongs to). */
const QUALIFIER = /\s+(?:([Tt]ỉnh|[Tt]hành phố)\s+)?(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})/uy

function placeAfter(text: string, end: number): string | null {
  QUALIFIER.lastIndex = end
  const m = QUALIFIER.exec(text)
  if (!m) return null
  const words = m[2].split(/\s+/u)
  for (let n = words.length; n > 0; n--) {
    const p = provinceByFold(words.slice(0, n).join(' '))
    if (p && p !== 'Việt Nam') return m[1] ? `${m[1].toLowerCase()} ${p}` : p
  }
  return null
}

/**
 * A committee of a level named without its place: "Tỉnh ủy", "Ủy ban nhân dân tỉnh". Readers give such a committee its
 * place when the document names one; a department ("Sở Tài chính", "Thuế tỉnh") they take as written. So do they a
 * board named by its zones, whose place is part of its name ("Ban Quản lý khu Kinh tế" under a heading, "Ban Quản lý
 * khu Kinh tế tỉnh Đồng Tháp" in a table); not one that says its level, which is as written as "Thuế tỉnh" is ("Ban
 * Quản lý các Khu công nghiệp tỉnh").
 */
const BARE_COMMITTEE = /^(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|(?:Ủy ban nhân dân|Hội đồng nhân dân) (?:tỉnh|thành phố|huyện|quận|thị xã)|Ban Quản lý (?:các )?[Kk]hu [\p{L}\s,]+(?<!\s(?:tỉnh|thành phố|huyện|quận|thị xã)))$/u

/** A bare committee, where the document writes it once or more with one place after it: that place's committee. */
function withItsPlace(name: string, texts: string[], flatsOf: () => string[]): string | null {
  if (!BARE_COMMITTEE.test(name)) return null
  const key = flat(name)
  const flats = flatsOf()
  const places = new Set<string>()
  for (let k = 0; k < texts.length; k++) {
    const [t, ft] = [texts[k], flats[k]]
    for (let at = ft.indexOf(key); at >= 0; at = ft.indexOf(key, at + 1)) {
      if (at > 0 && /\p{L}/u.test(ft[at - 1])) continue
      const p = placeAfter(t, at + key.length)
      if (p) places.add(p)
      if (places.size > 1) return null
    }
  }
  if (places.size !== 1) return null
  const full = `${name} ${[...places][0]}`
  return canonicalAgency(full)?.name ?? full
}

/** The first letters of a name's words, as an abbreviation writes them ("Du lịch Quốc gia Việt Nam" → "dlqgvn"). */
function initials(name: string): string {
  return flat(
    name
      .split(/[\s,&-]+/u)
      .filter((w) => w && w !== 'và')
      .map((w) => w[0])
      .join(''),
  )
}

/** "Cục DLQGVN" where the document also writes "Cục Du lịch Quốc gia Việt Nam": the name its abbreviation spells. */
function spelledOut(name: string, names: Set<string>): string | null {
  const m = /^(.+)\s(\p{Lu}{3,})$/u.exec(name)
  if (!m) return null
  const abbr = flat(m[2])
  const found = [...names].filter((n) => n.startsWith(`${m[1]} `) && initials(n.slice(m[1].length + 1)) === abbr)
  return found.length === 1 ? found[0] : null
}

/** The first words of what follows a name when it only gives its level or place: "tỉnh", "thành phố Huế", "Đồng Tháp". */
const LEVEL_OR_PLACE = /^(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu|cấp|các)(?!\p{L})/u

/**
 * "Văn phòng Ban Chỉ huy" in a table's cell where the document also writes "Văn phòng Ban Chỉ huy Phòng thủ dân sự
 * tỉnh": a name found by its shape, cut before its field, is the one fuller name the document gives that goes on with
 * one. A name the lexicon knows is whole ("Bộ Công an"), and one that only lacks its place keeps the form the
 * document writes ("Sở Tài chính" beside "Sở Tài chính tỉnh Đồng Tháp").
 */
function cutShort(name: string, names: Set<string>): string | null {
  if (name.split(' ').length < 3 || canonicalAgency(name)) return null
  const found = [...names].filter((n) => {
    if (!n.startsWith(`${name} `)) return false
    const rest = n.slice(name.length + 1)
    const words = rest.split(' ')
    return /^\p{Lu}/u.test(rest) && !LEVEL_OR_PLACE.test(rest) && !provinceByFold(words.slice(0, 2).join(' ')) && !provinceByFold(words[0])
  })
  return found.length === 1 ? found[0] : null
}

/**
 * The full name each short name stands for in this document, and the refs of tasks and headings renamed to it. The
 * index of bodies renames its mentions with the same map.
 */
export function oneNamePerBody(tasks: Task[], sections: Section[], placed: Placed[], issuer: Meta['issuer']): Map<string, string> {
  const refs: AgencyRef[] = []
  for (const t of tasks) refs.push(...t.lead, ...t.coordinators, ...t.reportsTo)
  for (const s of sections) if (s.agency) refs.push(s.agency)
  const rename = new Map<string, string>()
  if (!refs.length) return rename
  const own = placed.filter((p) => p.kind !== 'closing')
  const texts = own.map((p) => p.block.text)
  // (folded only when a bare committee is looked for)
  let flats: string[] | null = null
  const flatsOf = () => (flats ??= texts.map(flat))
  const names = new Set(own.flatMap((p) => mentionsIn(p.block).filter((m) => !m.generic).map((m) => m.name)))
  const seen = new Set<string>()
  for (const r of refs) {
    if (r.generic || seen.has(r.name)) continue
    seen.add(r.name)
    // (the issuer's own committee keeps the name the document gives it: "Tỉnh ủy" in a Tỉnh ủy's plan)
    const full = spelledOut(r.name, names) ?? (issuer?.name.startsWith(r.name) ? null : withItsPlace(r.name, texts, flatsOf)) ?? cutShort(r.name, names)
    if (full && full !== r.name) rename.set(r.name, full)
  }
  if (!rename.size) return rename
  const fix = (list: AgencyRef[]) => list.map((r) => (!r.generic && rename.has(r.name) ? { ...r, name: rename.get(r.name)!, id: slug(rename.get(r.name)!) } : r))
  for (const t of tasks) {
    t.lead = fix(t.lead)
    t.coordinators = fix(t.coordinators)
    t.reportsTo = fix(t.reportsTo)
  }
  for (const s of sections) if (s.agency) s.agency = fix([s.agency])[0]
  return rename
}
