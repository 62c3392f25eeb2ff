// The lexicon compiled once into phrase tries, and the small token tests the grammar shares.
import {
  BANNED, BARE_COLLECTIVES, CENTRAL, COLLECTIVE_MODS, COLLECTIVES, COMMITTEES, COUNCIL_BOARDS, DOMAINS, FIXED, FUNCTIONS,
  GLUED_HEADS, GLUED_SCOPES, LEVELS, LOCAL_HEADS, PARTY_HEADS, PLACE_ABBR, PREFIXES, TITLES, ZONES, type Entry, type Kind,
} from './lexicon.js'
import { readFileSync } from 'node:fs'
import { Vocab, type TrieData } from './tokens.js'

export interface PartyHead { name: string; bareOk: boolean; council: boolean }
export interface Committee { name: string; scopeOnly: boolean }
export interface Prefix { name: string; kinds: Kind[] }
export interface Domain { name: string; heads: string }
export interface LocalHead { name: string; kind: Kind; needPlace: boolean; national: boolean }
export interface Glued { head: string; scope: string }

/**
 * The tries as data, when this module runs from the bundle: scripts/bundle.mjs writes them beside it, as
 * dist/bundle/tries.json, from the tries the compiled dist/ builds (tokenizing the lexicon's phrases was most of a
 * one-file run's reading of the lexicon). A trie is built from its phrases as before when there is no such file (src/,
 * dist/) or when its phrases are not those the file was written for (a lexicon file edited since the build).
 */
const DATA: TrieData[] = (() => {
  try {
    return JSON.parse(readFileSync(new URL('../tries.json', import.meta.url), 'utf8')) as TrieData[]
  } catch {
    return []
  }
})()

/** Every trie, in the order built (trieData() gives their data in that order). */
const BUILT: Vocab<unknown>[] = []

function build<V>(pairs: [string, V, boolean?][], strict = false): Vocab<V> {
  const v = new Vocab<V>(strict)
  const data = DATA[BUILT.length]
  if (!(data && v.load(data, pairs))) for (const [p, val, s] of pairs) v.add(p, val, s)
  BUILT.push(v)
  return v
}

/** Every trie as data, for scripts/bundle.mjs. */
export function trieData(): TrieData[] {
  return BUILT.map((v) => v.data())
}

export const FIXED_V = build<Entry>(FIXED.flatMap((x) => [x.name, ...(x.aliases ?? [])].map((p) => [p, x] as [string, Entry])))
export const BANNED_V = build<true>(BANNED.map((p) => [p, true]))
export const TITLE_V = build<true>(TITLES.map((p) => [p, true]))
export const CENTRAL_V = build<true>(CENTRAL.map((p) => [p, true]))

export const PARTY_HEAD_V = build<PartyHead>([
  ...FUNCTIONS.flatMap(([name, ...al]) => {
    const v: PartyHead = { name: `Ban ${name}`, bareOk: true, council: COUNCIL_BOARDS.has(name) }
    return [name, ...al].map((a) => [/^\p{Lu}+$|&/u.test(a) ? `B${a}` : `Ban ${a}`, v] as [string, PartyHead])
  }),
  ...PARTY_HEADS.flatMap(([name, ...al]) => {
    const v: PartyHead = { name, bareOk: name !== 'Văn phòng', council: false }
    return [name, ...al].map((a) => [a, v] as [string, PartyHead])
  }),
])

export const GLUED_V = build<Glued>(
  Object.entries(GLUED_HEADS).flatMap(([h, head]) => Object.entries(GLUED_SCOPES).map(([s, scope]) => [h + s, { head, scope }] as [string, Glued])),
)

export const COMMITTEE_V = build<Committee>(
  COMMITTEES.flatMap(([name, scopeOnly, marks, ...al]) => (scopeOnly ? al : [name, ...al]).map((a) => [a, { name, scopeOnly }, marks] as [string, Committee, boolean])),
)
export const DANG_UY_V = build<true>([['Đảng ủy', true], ['ĐU', true]])

export const PREFIX_V = build<Prefix>(
  PREFIXES.flatMap(([name, kinds, ...al]) => [name, ...al].map((a) => [a, { name, kinds }] as [string, Prefix])),
)

export const HEAD_V = build<string>([['Bộ', 'B'], ['Sở', 'S'], ['Phòng', 'P']])
export const DOMAIN_V = build<Domain>(DOMAINS.flatMap(([name, heads, ...al]) => [name, ...al].map((a) => [a, { name, heads }] as [string, Domain])))

export const LOCAL_V = build<LocalHead>(
  LOCAL_HEADS.flatMap(([name, kind, needPlace, national, ...al]) =>
    [name, ...al].map((a) => [a, { name, kind, needPlace, national }] as [string, LocalHead]),
  ),
)

export const LEVEL_V = build<string>(LEVELS.flatMap(([name, ...al]) => [name, ...al].map((a) => [a, name, name === 'quận' || name === 'xã'] as [string, string, boolean])))
export const PLACE_ABBR_V = build<string>(PLACE_ABBR)
export const COLL_V = build<true>(COLLECTIVES.map((p) => [p, true]), true)
export const MOD_V = build<boolean>(COLLECTIVE_MODS, true)
export const BARE_COLL_V = build<true>(BARE_COLLECTIVES.map((p) => [p, true]), true)
export const DET_V = build<true>([['các', true], ['một số', true], ['tất cả các', true], ['những', true], ['toàn bộ các', true]], true)
export const CHI_DAO_V = build<true>([['Ban Chỉ đạo', true], ['BCĐ', true]])
export const VN_V = build<true>([['Việt Nam', true], ['VN', true]])
export const ZONE_V = build<true>(ZONES.map((p) => [p, true]), true)

/** Every trie whose phrases can start a body (or a title or phrase the finder skips): a word none of them opens with is skipped at once. */
export const STARTS: readonly Vocab<unknown>[] = [FIXED_V, BANNED_V, TITLE_V, PARTY_HEAD_V, GLUED_V, COMMITTEE_V, PREFIX_V, HEAD_V, LOCAL_V, BARE_COLL_V, DET_V, CHI_DAO_V, DANG_UY_V]

/** Abbreviations spelt out in the names of collectives and in user queries. */
export const ABBR: Record<string, string> = {
  TW: 'Trung ương', TƯ: 'Trung ương', 'T.Ư': 'Trung ương', 'T.W': 'Trung ương', BCH: 'Ban Chấp hành', BCT: 'Bộ Chính trị',
  BBT: 'Ban Bí thư', BTV: 'Ban Thường vụ', BCS: 'Ban cán sự', BCSĐ: 'Ban cán sự đảng', UBKT: 'Ủy ban Kiểm tra',
  VPTW: 'Văn phòng Trung ương Đảng', BTC: 'Ban Tổ chức', BTG: 'Ban Tuyên giáo', BDV: 'Ban Dân vận', UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân', HDND: 'Hội đồng nhân dân', MTTQ: 'Mặt trận Tổ quốc', UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  TTg: 'Thủ tướng Chính phủ', CQ: 'cơ quan', BCĐ: 'Ban Chỉ đạo', TNCS: 'Thanh niên Cộng sản', HCM: 'Hồ Chí Minh',
  'KH&ĐT': 'Kế hoạch và Đầu tư', 'TC-KH': 'Tài chính - Kế hoạch', 'GD&ĐT': 'Giáo dục và Đào tạo',
  'LĐ-TB&XH': 'Lao động - Thương binh và Xã hội', 'NN&PTNT': 'Nông nghiệp và Phát triển nông thôn',
  'TT&TT': 'Thông tin và Truyền thông', 'VH-TT&DL': 'Văn hóa, Thể thao và Du lịch', 'TN&MT': 'Tài nguyên và Môi trường',
  'KH&CN': 'Khoa học và Công nghệ', VP: 'Văn phòng', TU: 'Tỉnh ủy', HU: 'Huyện ủy', ĐU: 'Đảng ủy', TP: 'thành phố',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội', VPCP: 'Văn phòng Chính phủ', NHNN: 'Ngân hàng Nhà nước Việt Nam', ĐBQH: 'đại biểu Quốc hội',
}
