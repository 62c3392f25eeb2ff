// The grammar of body names: every way a body can start at one token, built from heads, prefixes and scopes.
import type { Kind } from './lexicon.js'
import { COMPOUNDS, SUBJECT_STOP } from './lexicon.js'
import { localScope, partyScope, place, type Scope } from './scope.js'
import type { Tok } from './tokens.js'
import {
  ABBR, BARE_COLL_V, CENTRAL_V, CHI_DAO_V, COLL_V, COMMITTEE_V, DANG_UY_V, DET_V, DOMAIN_V, FIXED_V, GLUED_V, HEAD_V,
  LEVEL_V, LOCAL_V, MOD_V, PARTY_HEAD_V, PREFIX_V, ZONE_V,
} from './vocab.js'

export interface Cand {
  end: number
  name: string
  kind: Kind
  generic: boolean
  /** a head still waiting for the scope a later item of its list may lend it ("Ban Tổ chức, … và Văn phòng Tỉnh ủy") */
  bare: 'party' | 'local' | null
  /** the scope it ends with, to lend to bare items before it */
  scope: { of: 'party' | 'local'; name: string; generic: boolean } | null
}

const cand = (end: number, name: string, kind: Kind, extra: Partial<Cand> = {}): Cand => ({ end, name, kind, generic: false, bare: null, scope: null, ...extra })
const low = (ts: Tok[], i: number) => (i < ts.length ? ts[i].low : '')

/** "Ban Tổ chức" + "Trung ương" → "Ban Tổ chức Trung ương"; "Văn phòng" + "Trung ương" → "Văn phòng Trung ương Đảng". */
export function withPartyScope(head: string, s: Scope): string {
  if (s.central && head === 'Văn phòng') return 'Văn phòng Trung ương Đảng'
  return `${head} ${s.name}`
}

/** "Tỉnh ủy [Trà Vinh]", "Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy xã Long Đức", "Đảng ủy Quân sự tỉnh". */
function committee(ts: Tok[], i: number, bareLevel = false): Scope | null {
  const c = COMMITTEE_V.longest(ts, i)
  if (c && !c.val.scopeOnly) {
    const p = place(ts, c.end)
    return { end: p ? p.end : c.end, name: p ? `${c.val.name} ${p.name}` : c.val.name, generic: false }
  }
  const d = DANG_UY_V.longest(ts, i)
  if (!d) return null
  let j = d.end
  if (low(ts, j) === 'khối') {
    const words: string[] = []
    for (j++; j < ts.length && /^(các|cơ|quan|doanh|nghiệp|và|dân|chính|đảng)$/.test(ts[j].low); j++) words.push(ts[j].low)
    const c2 = CENTRAL_V.longest(ts, j)
    const s = c2 ? { end: c2.end, name: 'Trung ương' } : localScope(ts, j)
    if (words.length && s && !('generic' in s && s.generic)) return { end: s.end, name: `Đảng ủy Khối ${words.join(' ')} ${s.name}`, generic: false }
    return null
  }
  if (low(ts, j) === 'quân' && low(ts, j + 1) === 'sự') j += 2
  else if (low(ts, j) === 'biên' && low(ts, j + 1) === 'phòng') j += 2
  const s = localScope(ts, j)
  // (a level alone, "Đảng ủy xã", is a committee only as a board's scope: "Ủy ban Kiểm tra Đảng uỷ xã" is the commune's,
  // in the commune's own papers; alone it is left to the issuer's place, scopeFromIssuer)
  if (s && !s.generic && (j > d.end || bareLevel || /[^\p{Ll} ]/u.test(s.name))) {
    const mid = j > d.end ? ` ${ts.slice(d.end, j).map((t) => t.low).join(' ').replace(/^./, (x) => x.toUpperCase())}` : ''
    // ("Ban Thường vụ Đảng ủy cấp xã": every commune's, a collective)
    return { end: s.end, name: `Đảng ủy${mid} ${s.name}`, generic: !!s.level }
  }
  return null
}

/** A committee as a board's scope, its level alone enough: "(Ủy ban Kiểm tra) Đảng uỷ xã". */
const scopeCommittee = (ts: Tok[], i: number): Scope | null => committee(ts, i, true)

function party(ts: Tok[], i: number, out: Cand[]) {
  for (const h of PARTY_HEAD_V.walk(ts, i)) {
    const s = partyScope(ts, h.end, scopeCommittee)
    if (s) out.push(cand(s.end, withPartyScope(h.val.name, s), 'party', { generic: s.generic, scope: { of: 'party', name: s.name, generic: s.generic } }))
    if (h.val.council) {
      const council = LOCAL_V.longest(ts, h.end)
      if (council && council.val.name === 'Hội đồng nhân dân') {
        const ls = localScope(ts, council.end)
        if (ls) out.push(cand(ls.end, `${h.val.name} Hội đồng nhân dân ${ls.name}`, 'local', { generic: ls.generic }))
      }
    }
    if (h.val.bareOk) out.push(cand(h.end, h.val.name, 'party', { bare: 'party' }))
  }
  for (const g of GLUED_V.walk(ts, i)) {
    const s: Scope = { end: g.end, name: g.val.scope, generic: false, central: g.val.scope === 'Trung ương' }
    out.push(cand(g.end, withPartyScope(g.val.head, s), 'party', { scope: { of: 'party', name: s.name, generic: false } }))
  }
  const c = committee(ts, i)
  if (c) out.push(cand(c.end, c.name, 'committee'))
}

function prefixed(ts: Tok[], i: number, depth: number, out: Cand[]) {
  for (const h of PREFIX_V.walk(ts, i)) {
    const { name, kinds } = h.val
    if (name !== 'Đảng đoàn' && name !== 'Ban cán sự đảng') {
      const s = partyScope(ts, h.end, scopeCommittee)
      if (s && !(s.central && name !== 'Ban Chấp hành')) {
        out.push(cand(s.end, `${name} ${s.name}`, 'party', { generic: s.generic, scope: { of: 'party', name: s.name, generic: s.generic } }))
      }
    }
    if (name === 'Ban Chấp hành' && low(ts, h.end) === 'đảng' && low(ts, h.end + 1) === 'bộ') {
      const s = localScope(ts, h.end + 2)
      if (s) out.push(cand(s.end, `Ban Chấp hành Đảng bộ ${s.name}`, 'party', { generic: s.generic }))
    }
    if (name === 'Ban Thường vụ') out.push(cand(h.end, name, 'party', { bare: 'party' }))
    if (depth > 1) continue
    for (const inner of bodyAt(ts, h.end, depth + 1)) {
      if (!inner.generic && !kinds.includes(inner.kind)) continue
      if (name === 'Đảng ủy' && inner.name.startsWith('Đảng ủy')) continue
      // (a committee's own office has its own name: "Văn phòng Trung ương Đảng", "Văn phòng Tỉnh ủy", not "Văn phòng Ban Chấp hành …")
      if (name === 'Văn phòng' && (inner.generic || inner.name.startsWith('Ban Chấp hành'))) continue
      out.push({ ...inner, name: `${name} ${inner.name}`, kind: name === 'Đảng ủy' ? 'committee' : 'party' })
    }
  }
}

const HEADS: Record<string, string> = { B: 'Bộ', S: 'Sở', P: 'Phòng' }
const NAMED_BY_PLACE = new Set(['Báo', 'Báo và Phát thanh, Truyền hình', 'Đài Phát thanh - Truyền hình', 'Đài Phát thanh và Truyền hình'])

function state(ts: Tok[], i: number, out: Cand[]) {
  for (const f of FIXED_V.walk(ts, i)) out.push(cand(f.end, f.val.name, f.val.kind))
  const head = HEAD_V.longest(ts, i)
  if (head) {
    for (const d of DOMAIN_V.walk(ts, head.end)) {
      if (!d.val.heads.includes(head.val)) continue
      const name = `${HEADS[head.val]} ${d.val.name}`
      if (head.val === 'B') {
        out.push(cand(d.end, name, 'ministry'))
        continue
      }
      out.push(cand(d.end, name, 'local'))
      const s = localScope(ts, d.end)
      // "Sở Tài chính cấp tỉnh", like "Ủy ban nhân dân cấp tỉnh": the departments of every province, a collective
      const g = s ? s.generic || !!s.level : false
      if (s) out.push(cand(s.end, `${name} ${s.name}`, 'local', { generic: g, scope: { of: 'local', name: s.name, generic: g } }))
    }
  }
  for (const h of LOCAL_V.walk(ts, i)) {
    const s = localScope(ts, h.end, h.val.national)
    // a provincial paper or broadcaster is named by its place alone: "Báo Bắc Sơn", "Đài Phát thanh - Truyền hình Hòa Phong"
    // (written in title case and not after "Thông": "THÔNG BÁO KẾT LUẬN" is a document's kind)
    const titled = ts[i].cap && !ts[i].caps && !(i > 0 && ts[i - 1].low === 'thông')
    const named = !s && titled && NAMED_BY_PLACE.has(h.val.name) ? place(ts, h.end) : null
    // "Ủy ban nhân dân cấp tỉnh", "HĐND cấp xã": the committees (councils) of every province (commune), a collective
    const g = s ? s.generic || !!s.level : false
    if (s) out.push(cand(s.end, `${h.val.name} ${s.name}`, h.val.kind, { generic: g, scope: { of: 'local', name: s.name, generic: g } }))
    else if (named) out.push(cand(named.end, `${h.val.name} ${named.name}`, h.val.kind))
    // (bare, so that the level a list ends with reaches it, whether or not the head may be national: "Uỷ ban MTTQVN, Hội
    // Nông dân, Hội Liên hiệp phụ nữ, Hội Cựu Chiến binh xã" are all the commune's)
    else if (!h.val.needPlace) out.push(cand(h.end, h.val.name, h.val.kind, { bare: 'local' }))
    else {
      // a body of every province that has regional offices instead: "Bảo hiểm xã hội khu vực IX", "Tòa án nhân dân khu vực 2"
      const r = regionAt(ts, h.end)
      if (r > 0) out.push(cand(r, `${h.val.name} khu vực ${ts[r - 1].raw.toUpperCase()}`, h.val.kind))
    }
  }
  zoneBoard(ts, i, out)
}

const REGION_NUMBER = /^(?:[IVXLC]{1,5}|\d{1,2})$/u
/** "khu vực IX", "Khu vực 2" at j: the token after its number, or -1. */
function regionAt(ts: Tok[], j: number): number {
  return low(ts, j) === 'khu' && low(ts, j + 1) === 'vực' && j + 2 < ts.length && ts[j + 2].spaced && REGION_NUMBER.test(ts[j + 2].raw) ? j + 3 : -1
}

/** The zone at j, after its "khu" (which the first of a list must have): the token after it, or -1. */
function zoneAt(ts: Tok[], j: number, first: boolean): number {
  const k = low(ts, j) === 'khu' ? j + 1 : j
  if (first && k === j) return -1
  return ZONE_V.longest(ts, k)?.end ?? -1
}

/**
 * A management board named by the zones it runs (lexicon/zones.tsv), then its place: "Ban Quản lý các khu công nghệ cao
 * và khu công nghiệp", "Ban Quản lý các khu chế xuất và công nghiệp Thành phố Hồ Chí Minh", "Ban Quản lý Khu kinh tế
 * tỉnh Quảng Ninh" (a place is what a single zone needs).
 */
function zoneBoard(ts: Tok[], i: number, out: Cand[]) {
  if (low(ts, i) !== 'ban' || !(ts[i].cap || ts[i].caps) || low(ts, i + 1) !== 'quản' || low(ts, i + 2) !== 'lý') return
  const plural = low(ts, i + 3) === 'các'
  let j = i + 3 + (plural ? 1 : 0)
  let end = zoneAt(ts, j, true)
  if (end < 0) return
  // more zones after "và" or a comma: "… khu công nghệ cao và khu công nghiệp", "… khu chế xuất và công nghiệp" (or
  // with the comma lost: "Ban Quản lý các Khu công nghiệp khu kinh tế")
  const [firstAt, firstEnd] = [j, end]
  for (j = end; ((low(ts, j) === 'và' || low(ts, j) === ',') && (end = zoneAt(ts, j + 1, false)) > 0) || (low(ts, j) === 'khu' && (end = zoneAt(ts, j, true)) > 0); j = end);
  let name = 'Ban Quản lý'
  for (let k = i + 3; k < j; k++) {
    if (k > firstAt && low(ts, k) === 'khu' && low(ts, k - 1) !== ',' && low(ts, k - 1) !== 'và') name += ','
    name += (ts[k].spaced ? ' ' : '') + (ts[k].caps || ts[k].low === 'các' ? ts[k].low : ts[k].written)
  }
  const s = localScope(ts, j)
  if (s && !s.generic) out.push(cand(s.end, `${name} ${s.name}`, 'local', { scope: { of: 'local', name: s.name, generic: false } }))
  // (one zone is named by its own name or place: "Ban Quản lý Khu kinh tế Đông Nam" is the units' grammar's to read;
  // a list of zones is the board of the document's own place: "Phối hợp với Ban quản lý khu công nghiệp, khu kinh tế,
  // khu chế xuất"; one zone with none after it is that board too, named as written: "Ban Quản lý Khu kinh tế và Ban
  // Quản lý các Khu công nghiệp tỉnh …" names two boards, the first with no level of its own)
  if (plural || j > firstEnd) out.push(cand(j, name, 'local', { bare: 'local' }))
  else if (!(ts[j]?.cap || ts[j]?.caps)) out.push(cand(j, name, 'local'))
}

/** Stop words that also close a noun with the word before them: "trình" ends a subject, "chương trình" does not. */
const BOUND = new Set(['chương trình', 'quy trình', 'công trình', 'lộ trình', 'tiến trình', 'hành trình', 'giáo trình'])

const stopAt = (ts: Tok[], j: number) =>
  (SUBJECT_STOP.has(low(ts, j)) && !(j > 0 && BOUND.has(`${low(ts, j - 1)} ${low(ts, j)}`))) || SUBJECT_STOP.has(`${low(ts, j)} ${low(ts, j + 1)}`)

/** The levels and places a collective spans after "các": "các cấp", "các tỉnh", "các quân khu", "các địa phương". */
const EACH_PLACE = [['cấp'], ['tỉnh'], ['huyện'], ['xã'], ['quận'], ['phường'], ['ngành'], ['quân', 'khu'], ['thành', 'phố'], ['địa', 'phương'], ['đơn', 'vị']]
const eachPlace = (ts: Tok[], i: number): number => {
  for (const w of EACH_PLACE) if (w.every((x, k) => low(ts, i + k) === x)) return i + w.length
  return 0
}
const SUBJECT_FIRST = new Set(['tổ chức', 'thực hiện', 'tổng kết', 'xây dựng'])

const TIME_WORDS = new Set(['ngày', 'tuần', 'tháng', 'quý', 'năm'])
const TIME_PREPS = new Set(['trước', 'sau', 'trong', 'đến', 'từ', 'vào'])

const STEERING_LEVELS = [['trung', 'ương', 'Trung ương'], ['quốc', 'gia', 'quốc gia'], ['nhà', 'nước', 'Nhà nước']]
/** The local levels of one word a board may name before its subject. */
const BOARD_LEVELS = new Set(['tỉnh', 'huyện', 'xã', 'phường', 'quận'])

/** "Ban Chỉ đạo phòng, chống tham nhũng tỉnh", "Ban Chỉ đạo 389 quốc gia", "Ban Chỉ đạo Tây Nguyên", "Ban Chỉ đạo tỉnh Lâm Đồng". */
function steering(ts: Tok[], i: number, out: Cand[]) {
  const h = CHI_DAO_V.longest(ts, i)
  if (!h) return
  // a heading in capitals: told by the head ("BAN CHỈ ĐẠO 389 …"), or after "BCĐ" by the two words that follow it
  const shout = (h.end - i > 1 && ts.slice(i, h.end).every((t) => t.caps)) || (!!ts[h.end]?.caps && !!ts[h.end + 1]?.caps)
  const words: string[] = []
  let j = h.end
  for (const [a, b, canon] of STEERING_LEVELS) if (low(ts, j) === a && low(ts, j + 1) === b) words.push(canon), (j += 2)
  // ("Ban Chỉ đạo xã về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số": a level before "về" is no
  // word of the subject, which may be long)
  if (!words.length && BOARD_LEVELS.has(low(ts, j)) && low(ts, j + 1) === 'về') words.push(low(ts, j)), j++
  if (low(ts, j) === 'về') words.push('về'), j++
  const subjectStart = words.length
  const subjectTok = j
  let scope: Scope | null = null
  // "Ban Chỉ đạo tỉnh Lâm Đồng": a level with its place right after the head is the board's scope
  const level = !subjectStart ? LEVEL_V.longest(ts, j) : null
  const placed = level ? localScope(ts, j) : null
  if (level && placed && !placed.generic && placed.end > level.end) scope = placed
  // (fourteen words of subject at most, not counting the level and "về" before it: "Ban Chỉ đạo quốc gia về tìm kiếm,
  // quy tập và xác định danh tính hài cốt liệt sĩ")
  while (!scope && j < ts.length && words.length - subjectStart < 14) {
    const t = ts[j]
    // a comma goes on before a word that goes on with the subject: lower case, or capitals in a heading in capitals
    const on = j + 1 < ts.length && ts[j + 1].word && (!ts[j + 1].cap || (shout && ts[j + 1].caps))
    if (t.low === ',' && on && !stopAt(ts, j + 1)) {
      words[words.length - 1] += ','
      j++
      continue
    }
    // "… về Kế hoạch bảo vệ và phát triển rừng": "và" before a word in lower case that goes on with the subject joins it
    if (t.low === 'và' && words.length > subjectStart && on && !ts[j + 1].cap && !stopAt(ts, j + 1)) {
      words.push('và')
      j++
      continue
    }
    if (!t.word || (stopAt(ts, j) && (words.length > subjectStart || !SUBJECT_FIRST.has(`${t.low} ${low(ts, j + 1)}`)))) break
    // a time that follows the name in a table's next cell ("… Trung ương" / "Tháng 11/2026") is no part of it
    // (nor one the sentence gives it after the name: "báo cáo Ban Chỉ đạo trước ngày 15/12/2025")
    if (TIME_WORDS.has(t.low) && /^(?:\p{N}|[IV]+$)/u.test(ts[j + 1]?.raw ?? '')) break
    // (nor an hour or a day, at a line's break: "… Ban chỉ đạo phòng thủ dân sự quốc gia trước" / "13 giờ hằng ngày")
    if (TIME_PREPS.has(t.low) && (TIME_WORDS.has(low(ts, j + 1)) || /^\p{N}/u.test(ts[j + 1]?.raw ?? ''))) break
    const s = words.length > subjectStart ? localScope(ts, j) ?? (CENTRAL_V.longest(ts, j) ? { end: CENTRAL_V.longest(ts, j)!.end, name: 'Trung ương', generic: false } : null) : null
    if (s && !s.generic) {
      scope = s
      break
    }
    if (words.length > subjectStart && t.cap && !ts[j - 1].cap && !/^\p{N}/u.test(t.raw) && !t.caps) break
    words.push(t.caps && t.raw.length > 1 && !/\p{N}/u.test(t.raw) && t.key === t.fold && shout ? t.low : t.written)
    j++
  }
  if (words.length === subjectStart && !scope) {
    // ("Ban Chỉ đạo các cấp", "Ban Chỉ đạo các quân khu", "Ban Chỉ đạo các tỉnh": each level's or each place's board, a
    // collective)
    const every = low(ts, j) === 'các' ? eachPlace(ts, j + 1) : 0
    if (every) out.push(cand(every, `Ban Chỉ đạo ${ts.slice(j, every).map((t) => t.low).join(' ')}`, 'party', { generic: true }))
    // ("Ban chỉ đạo về rà soát, tháo gỡ …": a "về" whose subject the verb after it ended is no part of the name)
    if (words[words.length - 1] === 'về') words.pop(), j--
    out.push(cand(words.length ? j : h.end, ['Ban Chỉ đạo', ...words].join(' '), 'party'))
    return
  }
  // ("… chuyển đổi số và" where what followed "và" did not go on with the name: "và" is no part of it)
  if (words.length > subjectStart + 1 && words[words.length - 1] === 'và' && !scope) words.pop(), j--
  const subject = words.slice(subjectStart)
  if (subject.length > 1 && ts[subjectTok]?.cap && !ts[subjectTok + 1]?.cap) subject[0] = subject[0].toLowerCase()
  // a comma the subject ended on is no part of the name (nor of the text, when no scope follows it)
  const last = subject.length - 1
  if (last >= 0 && subject[last].endsWith(',')) {
    subject[last] = subject[last].slice(0, -1)
    if (!scope) j--
  }
  const text = [...words.slice(0, subjectStart), ...subject, ...(scope ? [scope.name] : [])].join(' ')
  out.push(cand(scope ? scope.end : j, `Ban Chỉ đạo ${text}`.trim(), 'party'))
}

/**
 * A collective noun at j, unless its last word, or its last two, begin a compound with the word after it ("các trường
 * hợp"; "tổ chức thực hiện", "đơn vị hành chính").
 */
function coll(ts: Tok[], j: number): number {
  const c = COLL_V.longest(ts, j)
  if (!c) return -1
  const next = low(ts, c.end)
  // (or the last word and the two after it: "các bộ chỉ số" is a set of indices, "các bộ chỉ đạo" the ministries)
  if (COMPOUNDS.has(`${ts[c.end - 1].low} ${next}`) || COMPOUNDS.has(`${ts[c.end - 1].low} ${next} ${low(ts, c.end + 1)}`)) return -1
  // ("tổ chức các hoạt động" is a verb, "tổ chức các cấp" a collective with its scope)
  if (c.end - j >= 2 && COMPOUNDS.has(`${ts[c.end - 2].low} ${ts[c.end - 1].low} ${next}`) && !localScope(ts, c.end)) return -1
  return c.end
}

/**
 * A specific body starting at j, longer than the collective noun there: "các cơ quan liên quan, Bộ Công an". `plural`:
 * a head with a plural scope counts too ("cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố": the People's
 * Committees of the provinces, not a noun "Ủy ban nhân dân" in the list).
 */
function specificAt(ts: Tok[], j: number, than: number, plural = false): boolean {
  if (j >= ts.length || !(ts[j].cap || ts[j].caps)) return false
  const out: Cand[] = []
  state(ts, j, out)
  party(ts, j, out)
  // (a Party body inside another, "Đảng uỷ UBND": "Các tổ chức cơ sở Đảng, Đảng uỷ UBND, Đảng uỷ các cơ quan Đảng")
  if (!out.some((c) => !c.generic && c.end > than)) prefixed(ts, j, 1, out)
  return out.some((c) => (!c.generic || (plural && c.scope?.generic)) && c.end > than)
}

/** The committees a council (or a Party committee) forms: "các Ban HĐND tỉnh", "các Ủy ban của Quốc hội", "các ban của Tỉnh ủy". */
const OWN_COMMITTEES = new Set(['ban', 'ủy ban', 'uỷ ban'])
/** The bodies that form such committees: an elected council, the National Assembly, a Party committee. */
const COUNCILS = /^(?:Hội đồng nhân dân|Quốc hội$|(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy)/u
/** A Party committee's name is a level's word and "ủy" after it ("Tỉnh ủy", "Huyện ủy"): a modifier stops short of it. */
const COMMITTEE_END = new Set(['ủy', 'uỷ'])
const COMMITTEE_LEVEL = new Set(['tỉnh', 'huyện', 'thành', 'quận', 'thị', 'đảng'])

/** The collective noun that is also the commonest verb: "các cơ quan, tổ chức" (a noun), "các sở tổ chức thực hiện" (a verb). */
const VERBAL_NOUN = ['tổ', 'chức']

/** "các cơ quan, đơn vị liên quan", "cấp có thẩm quyền" ("UBND các huyện…" is a head with a plural scope). */
function collective(ts: Tok[], i: number, out: Cand[]) {
  const det = DET_V.longest(ts, i)
  let j = det ? det.end : (BARE_COLL_V.longest(ts, i)?.end ?? -1)
  if (j < 0) return
  let items = det ? 0 : 1
  let modded = false
  for (;;) {
    const c = !modded ? coll(ts, j) : -1
    // (a modifier's last word may begin a committee's name: "của tỉnh" in "các ban của Tỉnh ủy")
    const m0 = MOD_V.longest(ts, j)
    const m = m0 && !(COMMITTEE_END.has(low(ts, m0.end)) && COMMITTEE_LEVEL.has(ts[m0.end - 1].low)) ? m0 : null
    // ("các huyện, thành phố tổ chức tiêm chủng": a noun that is also a verb joins the list only after a comma or "và")
    const verbal = c > 0 && items > 0 && c - j === VERBAL_NOUN.length && VERBAL_NOUN.every((w, k) => ts[j + k].low === w)
    if (c > 0 && !verbal && (!m || c >= m.end) && !(items && specificAt(ts, j, c))) {
      j = c
      items++
      continue
    }
    if (items && m) {
      const from = j
      j = m.end
      modded = true
      // "các cơ quan chuyên môn thuộc UBND tỉnh": the body they belong to is part of the collective, not an actor
      // (also past a modifier that names a bare head: "các cơ quan liên quan thuộc Bộ Xây dựng", not "… thuộc Bộ")
      let k = j - 1
      while (k > from && ts[k].low !== 'thuộc') k--
      if (ts[k].low === 'thuộc' && k + 1 < ts.length && (ts[k + 1].cap || ts[k + 1].caps)) {
        const owner = bodyAt(ts, k + 1, 2).filter((c) => !c.generic).sort((a, b) => b.end - a.end)[0]
        if (owner && owner.end > j) j = owner.end
      }
      continue
    }
    if (!items) return
    const sep = low(ts, j) === ',' || low(ts, j) === 'và'
    const next = sep ? coll(ts, j + 1) : -1
    if (next > 0 && low(ts, j + 1) !== 'các' && !specificAt(ts, j + 1, next, true)) {
      j = next
      modded = false
      continue
    }
    break
  }
  // "các Ban HĐND xã", "các Ban của Hội đồng nhân dân tỉnh", "các Ủy ban của Quốc hội": a council's committees, one
  // collective with the council that formed them, which is no actor (while "cơ quan chức năng của Bộ X" is the
  // ministry's own work)
  if (OWN_COMMITTEES.has(ts[j - 1].low)) {
    const k = low(ts, j) === 'của' ? j + 1 : j
    const owner = k < ts.length && (ts[k].cap || ts[k].caps) ? bodyAt(ts, k, 2).filter((c) => !c.generic).sort((a, b) => b.end - a.end)[0] : undefined
    if (owner && COUNCILS.test(owner.name)) j = owner.end
  }
  out.push(cand(j, genericName(ts, i, j), 'generic', { generic: true }))
}

/** The name of a collective: its words, abbreviations spelt out, lower case first letter. */
export function genericName(ts: Tok[], i: number, end: number): string {
  let s = ''
  for (let k = i; k < end; k++) {
    const t = ts[k]
    const w = t.word && ABBR[t.raw] ? ABBR[t.raw] : t.written
    s += (k > i && t.spaced ? ' ' : '') + w
  }
  s = s.replace(/\s+/g, ' ').trim()
  return s.charAt(0).toLowerCase() + s.slice(1)
}

/** Every body that can start at token i (depth limits nesting: "Ban Thường vụ Đảng ủy Khối …"). */
export function bodyAt(ts: Tok[], i: number, depth = 0): Cand[] {
  const out: Cand[] = []
  state(ts, i, out)
  party(ts, i, out)
  if (depth < 2) prefixed(ts, i, depth, out)
  steering(ts, i, out)
  collective(ts, i, out)
  return out
}
