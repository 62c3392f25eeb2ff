// Bodies named in running text: leftmost-longest matches of the grammar, person titles skipped, list scopes shared.
import { modernTone } from '../contract/text.js'
import { bodyAt, withPartyScope, type Cand } from './grammar.js'
import { startsAny, tokenize, type Tok } from './tokens.js'
import { provinceByFold, readTsv, unitHeads } from './data.js'
import { localScope, place } from './scope.js'
import { BANNED_V, DOMAIN_V, HEAD_V, LOCAL_V, STARTS, TITLE_V } from './vocab.js'

export interface AgencyMention {
  /** canonical name */
  name: string
  /** as written */
  text: string
  /** offset in the given text, UTF-16 units */
  index: number
  length: number
  generic: boolean
}

interface Found {
  i: number
  cand: Cand
}

/** The answer of a list reader that found nothing, at most tokens: one shared list, never written to. */
const NOTHING: Found[] = []

/** The longest valid body at token i: a specific name needs a capital somewhere; a number's issuer code is no body. */
export function pick(ts: Tok[], i: number, lenient = false): Cand | null {
  if (i >= ts.length || !ts[i].word) return null
  if (!ts[i].spaced && i > 0 && (ts[i - 1].raw === '/' || ts[i - 1].low === '-')) return null
  let best: Cand | null = null
  for (const c of bodyAt(ts, i)) {
    if (!c.generic && !lenient && !ts.slice(i, c.end).some((t) => t.cap || t.caps)) continue
    if (!best || c.end > best.end || (c.end === best.end && rank(c) < rank(best))) best = c
  }
  return best
}

const rank = (c: Cand) => (c.generic ? 2 : 0) + (c.bare ? 1 : 0)

const CONNECTORS = new Set([',', 'và', 'cùng', ';'])

const HEAD_NAMES: Record<string, string> = { B: 'Bộ', S: 'Sở', P: 'Phòng' }

/**
 * "các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường", "các Sở Tài chính, Y tế": one head shared by a list of
 * fields, each a body of its own ("Bộ Quốc phòng", "Bộ Công an" …). The fields are known, so the list is read exactly.
 */
function fieldList(ts: Tok[], i: number): Found[] {
  if (i + 1 >= ts.length || ts[i].low !== 'các') return NOTHING
  const head = HEAD_V.longest(ts, i + 1)
  if (!head) return NOTHING
  let j = head.end
  // "Các Bộ, cơ quan: Tài chính, Xây dựng, …": the head named with others of its kind before the colon
  if (j < ts.length && ts[j].low === ',') {
    let k = j + 1
    while (k < ts.length && k - j <= 5 && /^(?:cơ|quan|ngành|ngang|bộ|và|,)$/u.test(ts[k].low)) k++
    if (k > j + 1 && k < ts.length && ts[k].low === ':') j = k
  }
  if (j < ts.length && ts[j].low === ':') j++
  // the head in capitals, or the first field: "các bộ Xây dựng, Tài chính" as "các Bộ Xây dựng, Tài chính"
  if (!ts[i + 1].cap && !ts[j]?.cap) return NOTHING
  const out: Found[] = []
  for (;;) {
    const d = DOMAIN_V.walk(ts, j).filter((h) => h.val.heads.includes(head.val)).sort((a, b) => b.end - a.end)[0]
    if (!d) break
    out.push({ i: out.length ? j : i, cand: { end: d.end, name: `${HEAD_NAMES[head.val]} ${d.val.name}`, kind: head.val === 'B' ? 'ministry' : 'local', generic: false, bare: null, scope: null } })
    j = d.end
    if (j + 1 < ts.length && (ts[j].low === ',' || ts[j].low === 'và' || ts[j].low === ';') && DOMAIN_V.longest(ts, j + 1)) j++
    else break
  }
  return out.length >= 1 ? out : NOTHING
}

const PLACE_LIST_HEADS = new Set(['Ủy ban nhân dân', 'Hội đồng nhân dân'])
let cities: Set<string> | null = null
const isCity = (name: string) => (cities ??= new Set(readTsv('cities.tsv').map((r) => r.name))).has(name)

/**
 * "Ủy ban nhân dân các tỉnh: Tuyên Quang, Đồng Nai, Thành phố Hồ Chí Minh", "các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng":
 * one head over a list of places, each a body of its own ("Ủy ban nhân dân tỉnh Tuyên Quang" …; a province that acts is
 * its People's Committee). A place that says its level keeps it; a city under the central government is a city.
 */
function placeList(ts: Tok[], i: number): Found[] {
  const h = LOCAL_V.longest(ts, i)
  const head = h && PLACE_LIST_HEADS.has(h.val.name) ? h.val.name : !h && ts[i].low === 'các' ? 'Ủy ban nhân dân' : null
  if (!head) return NOTHING
  const s = localScope(ts, h ? h.end : i)
  // ("các địa phương Bắc Ninh, Bình Dương" says no level a place's committee could be named by)
  if (!s || !s.name.startsWith('các ') || s.name === 'các địa phương' || s.end >= ts.length) return NOTHING
  const colon = ts[s.end].low === ':'
  // without a colon, a head's list must name two places at least ("Ủy ban nhân dân các tỉnh, thành phố Hà Nội, Hải
  // Phòng"); one place after "các tỉnh" is a region or a description ("Ủy ban nhân dân các tỉnh Tây Nguyên")
  const level = s.name.slice(4).split(',')[0].trim()
  const out: Found[] = []
  let j = s.end + (colon ? 1 : 0)
  for (;;) {
    let lv = level
    if (ts[j]?.low === 'thành' && ts[j + 1]?.low === 'phố') (lv = 'thành phố'), (j += 2)
    else if (ts[j]?.low === 'tỉnh') (lv = 'tỉnh'), j++
    const p = place(ts, j)
    if (!p || /^\p{N}/u.test(p.name)) break
    if (isCity(p.name)) lv = 'thành phố'
    // the first body is written with the head that all of them share
    out.push({ i: out.length ? j : i, cand: { end: p.end, name: `${head} ${lv} ${p.name}`, kind: 'local', generic: false, bare: null, scope: null } })
    j = p.end
    // the next place is capitalised, or says its level first in lower case ("…, thành phố Hồ Chí Minh")
    const next = ts[j + 1]
    const leveled = next && (next.low === 'tỉnh' || (next.low === 'thành' && ts[j + 2]?.low === 'phố'))
    if (next && (ts[j].low === ',' || ts[j].low === 'và' || ts[j].low === ';') && (next.cap || leveled)) j++
    else break
  }
  return out.length >= 2 ? out : NOTHING
}

/** The Party bodies inside another body, named by its name after theirs ("Đảng ủy Bộ Tài chính"). */
const INNER_PARTY = ['Đảng ủy', 'Ban cán sự đảng', 'Đảng đoàn']

/**
 * "Các Đảng ủy Bộ Tài chính, Bộ Nội vụ", "các Ban cán sự đảng Bộ Y tế, Bộ Tài chính": one Party head, plural, over a
 * list of bodies, each with its own ("Đảng ủy Bộ Tài chính", "Đảng ủy Bộ Nội vụ").
 */
function innerPartyList(ts: Tok[], i: number): Found[] {
  if (i + 2 >= ts.length || ts[i].low !== 'các') return NOTHING
  const first = pick(ts, i + 1)
  if (!first || first.generic) return NOTHING
  const head = INNER_PARTY.find((h) => first.name.startsWith(`${h} `))
  if (!head) return NOTHING
  const out: Found[] = [{ i, cand: first }]
  let j = first.end
  while (j + 1 < ts.length && (ts[j].low === ',' || ts[j].low === 'và')) {
    const next = pick(ts, j + 1)
    if (!next || next.generic || INNER_PARTY.some((h) => next.name.startsWith(h)) || (next.kind !== 'ministry' && next.kind !== 'local' && next.kind !== 'state')) break
    out.push({ i: j + 1, cand: { ...next, name: `${head} ${next.name}`, kind: 'party', bare: null, scope: null } })
    j = next.end
  }
  return out.length >= 2 ? out : NOTHING
}

const LOCAL_BODY = /^(Ủy ban nhân dân|Hội đồng nhân dân) (tỉnh|thành phố) \p{Lu}/u

/** A unit's head noun starts here ("Tập đoàn", "Trường", "Đài"): what follows is a body's name, not a place. */
function opensUnit(ts: Tok[], k: number): boolean {
  return unitHeads().some((h) => h.words.every((w, n) => ts[k + n]?.low === w))
}

/** The later words of the unit heads of several words, each with where it stands in which head: "cục" → [["chi", "cục"], 1]. */
let laterWords: Map<string, Array<[string[], number]>> | null = null

/** Token k is a later word of a unit's head of several words (lexicon/unit-heads.tsv: "cục" of "Chi cục"), in lower case. */
function insideUnitHead(ts: Tok[], k: number): boolean {
  if (ts[k].cap || ts[k].caps) return false
  if (!laterWords) {
    laterWords = new Map()
    for (const h of unitHeads()) h.words.forEach((w, n) => n > 0 && laterWords!.set(w, [...(laterWords!.get(w) ?? []), [h.words, n]]))
  }
  // (a map lookup at each lower-case token that may start a name, the heads walked only for the few words they hold)
  return (laterWords.get(ts[k].low) ?? []).some(([words, n]) => words.every((v, m) => ts[k - n + m]?.low === v))
}

/** The places after a local body of one place, each with its level or none, until something else is named. */
function samePlaces(ts: Tok[], first: Cand): Found[] {
  const m = LOCAL_BODY.exec(first.name)
  if (!m || first.generic) return NOTHING
  // (the first place's name starts at the capital the pattern ends on)
  const cityFirst = m[2] === 'thành phố' && isCity(first.name.slice(m[0].length - 1))
  const out: Found[] = []
  let j = first.end
  while (j + 1 < ts.length && (ts[j].low === ',' || ts[j].low === 'và')) {
    let k = j + 1
    let lv: string | null = null
    if (ts[k]?.low === 'thành' && ts[k + 1]?.low === 'phố') (lv = 'thành phố'), (k += 2)
    else if (ts[k]?.low === 'tỉnh') (lv = 'tỉnh'), k++
    // a body named next ("…, Sở Tài chính", "… và Ủy ban nhân dân các tỉnh", "…, Tập đoàn Than"), or a person's title
    // ("…, Giám đốc Sở Y tế"), ends the list
    if (!ts[k]?.cap || pick(ts, j + 1) || pick(ts, k) || TITLE_V.longest(ts, k) || opensUnit(ts, k)) break
    const p = place(ts, k)
    if (!p || /^\p{N}/u.test(p.name) || p.end - k > 4) break
    // a place written without its level is a city under the central government, or takes the first one's level; after
    // a city under the central government, a province is a province ("UBND thành phố Hà Nội, Thành phố Hồ Chí Minh,
    // Hòa Bình": the list is of the provincial level)
    const level = lv ?? (isCity(p.name) ? 'thành phố' : cityFirst && provinceByFold(p.name) === p.name ? 'tỉnh' : m[2])
    out.push({ i: j + 1, cand: { end: p.end, name: `${m[1]} ${level} ${p.name}`, kind: 'local', generic: false, bare: null, scope: null } })
    j = p.end
  }
  return out
}

/**
 * A phrase of the STARTS tries can open at the token's word, as their walks read it: marks and all, so that "hiện"
 * opens nothing where the lexicon has only "Hiến …" (asked once per word).
 */
const mayStart = (t: Tok): boolean => startsAny(t, STARTS)

function scan(ts: Tok[]): Found[] {
  const out: Found[] = []
  let i = 0
  while (i < ts.length) {
    const t = ts[i]
    const places = t.cap || t.caps || t.low === 'các' ? placeList(ts, i) : NOTHING
    if (places.length) {
      out.push(...places)
      i = places[places.length - 1].cand.end
      continue
    }
    const inner = t.low === 'các' ? innerPartyList(ts, i) : NOTHING
    if (inner.length) {
      out.push(...inner)
      i = inner[inner.length - 1].cand.end
      continue
    }
    const fields = t.low === 'các' ? fieldList(ts, i) : NOTHING
    if (fields.length) {
      out.push(...fields)
      i = fields[fields.length - 1].cand.end
      continue
    }
    // ("Chi cục Hải quan …": a sub-department, whose name holds a department's; read whole as a unit, not from "cục")
    if (!t.word || !mayStart(t) || insideUnitHead(ts, i)) {
      i++
      continue
    }
    const banned = BANNED_V.longest(ts, i)
    const best = pick(ts, i)
    if (banned && (!best || banned.end >= best.end)) {
      i = banned.end
      continue
    }
    if (best) {
      out.push({ i, cand: best })
      i = best.end
      // "Ủy ban nhân dân thành phố Hà Nội, Thành phố Hồ Chí Minh", "UBND thành phố Hà Nội, tỉnh Bắc Ninh": the places
      // listed after a local body are each that body of their own place
      const more = samePlaces(ts, best)
      if (more.length) {
        out.push(...more)
        i = more[more.length - 1].cand.end
      }
      continue
    }
    // "Bí thư Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy", "Ủy viên Bộ Chính trị": a person, not the body
    let skip = i + 1
    let titled: Cand | null = null
    let listed = -1
    for (const h of TITLE_V.walk(ts, i)) {
      // "Bộ trưởng các Bộ: Quốc phòng, Công an": the heads of the bodies listed act for them
      if (fieldList(ts, h.end).length) listed = h.end
      const b = pick(ts, h.end)
      if (b && b.end > skip) (skip = b.end), (titled = b)
    }
    // "Bí thư Huyện ủy, Thành ủy": the title runs on over a list of committees
    while (titled?.kind === 'committee' && skip < ts.length && CONNECTORS.has(ts[skip].low)) {
      const next = pick(ts, skip + 1)
      if (next?.kind !== 'committee') break
      skip = next.end
    }
    i = listed > 0 ? listed : skip
  }
  return out
}

/** "Ban Tổ chức, Ban Tuyên giáo và Văn phòng Tỉnh ủy": the last item's scope belongs to the bare heads before it. */
function shareScopes(ts: Tok[], found: Found[]): Cand[] {
  const out = found.map((f) => ({ ...f.cand }))
  let lend: Cand['scope'] = null
  for (let k = found.length - 1; k >= 0; k--) {
    const chained = k < found.length - 1 && ts.slice(found[k].cand.end, found[k + 1].i).every((t) => CONNECTORS.has(t.low))
    if (!chained) lend = null
    const c = out[k]
    if (c.scope) lend = c.scope
    // a plural scope ("UBND các xã, phường") is not lent: "Ban Quản lý … và UBND các xã" are two bodies
    else if (c.bare && lend && lend.of === c.bare && !(lend.generic && c.bare === 'local')) {
      c.name = c.bare === 'party' ? withPartyScope(c.name, { end: 0, name: lend.name, generic: lend.generic, central: lend.name === 'Trung ương' }) : `${c.name} ${lend.name}`
      c.generic ||= lend.generic
    } else if (!c.bare) lend = null
  }
  return out
}

/** A document names the same few bodies over and over: each name's canonical text is kept (cleared past 10,000 names). */
const canonicals = new Map<string, string>()

/** A name as the parser writes it: NFC, modern tones, one space; Đ typed as an Icelandic eth, and curly apostrophes, made plain. */
export function canonicalText(s: string): string {
  let out = canonicals.get(s)
  if (out === undefined) {
    out = modernTone(s.normalize('NFC')).replace(/Ð/g, 'Đ').replace(/ð/g, 'đ').replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ').trim()
    if (canonicals.size >= 10_000) canonicals.clear()
    canonicals.set(s, out)
  }
  return out
}

/**
 * The stages of a parse look for bodies in the same text again (a sentence, then its task, its heading, its cell): the
 * mentions of each text are kept until the parse of the document ends (forgetMentions), and each caller gets its own
 * copies.
 */
const seen = new Map<string, AgencyMention[]>()
const MAX_SEEN = 4096

/** Drops the texts read so far: called by the parser at the start and the end of each document. */
export function forgetMentions(): void {
  seen.clear()
}

/** Every body named in the text, left to right, non-overlapping, longest match first. */
export function findAgencies(text: string): AgencyMention[] {
  let ms = seen.get(text)
  if (!ms) {
    ms = mentionsOf(text)
    if (seen.size >= MAX_SEEN) seen.clear()
    seen.set(text, ms)
  }
  return ms.map((m) => ({ ...m }))
}

/** A level's Party committee with no place: the province's own when it stands alone, every one of them in a list. */
const BARE_COMMITTEES = new Set(['Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy'])

/** "(Bí thư) Tỉnh ủy, Thành ủy (các tỉnh, thành phố)": two levels' committees named bare, side by side, are all of them. */
function pluralCommittees(ts: Tok[], found: Found[], cands: Cand[]): void {
  for (let k = 0; k + 1 < found.length; k++) {
    if (!BARE_COMMITTEES.has(cands[k].name) || !BARE_COMMITTEES.has(cands[k + 1].name) || cands[k].name === cands[k + 1].name) continue
    if (!ts.slice(found[k].cand.end, found[k + 1].i).every((t) => CONNECTORS.has(t.low))) continue
    cands[k].generic = cands[k + 1].generic = true
  }
}

function mentionsOf(text: string): AgencyMention[] {
  const ts = tokenize(text)
  const found = scan(ts)
  const cands = shareScopes(ts, found)
  if (found.length > 1) pluralCommittees(ts, found, cands)
  return found.map((f, k) => {
    const start = ts[f.i].start
    const end = ts[f.cand.end - 1].end
    return { name: canonicalText(cands[k].name), text: text.slice(start, end), index: start, length: end - start, generic: cands[k].generic }
  })
}
