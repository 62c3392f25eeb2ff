// Days of the lunar calendar: Tết and the other festivals of lexicon/festivals.tsv ("trước Tết Nguyên đán Bính Ngọ
// 2026", "Rằm tháng Giêng"), and dates written in it ("ngày 15 tháng 8 âm lịch", "mùng 10 tháng 3 năm Bính Ngọ").
import { iso } from './calendar.js'
import { COUNT, Cursor, MONTH, WE, YEAR, fail, numberValue, sticky } from './lexicon.js'
import { NONE, yearTail, type YearSpec } from './atoms.js'
import { readLexicon } from './data.js'
import { lunarToSolar, solarToLunar } from './lunar.js'
import type { DeadlineNote, Env, Node, Out } from './types.js'

const CAN = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý']
const CHI = ['tý', 'sửu', 'dần', 'mão', 'thìn', 'tỵ', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi']
const ALIAS: Record<string, string> = { 'mẹo': 'mão', 'tị': 'tỵ', 'kỉ': 'kỷ', 'tí': 'tý' }

/** The can-chi name of a lunar year: 2026 → "bính ngọ". */
export const canChi = (y: number): string => `${CAN[(((y + 6) % 10) + 10) % 10]} ${CHI[(((y + 8) % 12) + 12) % 12]}`

/** The year with that can-chi name nearest to `near` (the names come back every 60 years). */
export function yearOfCanChi(name: string, near: number): number | null {
  const key = name.split(/\s+/).map((w) => ALIAS[w] ?? w).join(' ')
  for (let k = 0; k < 60; k++) {
    const y = near - 29 + ((k + 29) % 60)
    if (canChi(y) === key) return y
  }
  return null
}

type Calendar = 'lunar' | 'solar' | 'none'
interface Festival {
  calendar: Calendar
  day: number
  month: number
}

let festivals: { re: RegExp; byName: Map<string, Festival> } | null = null

/** The festival names of lexicon/festivals.tsv as one sticky regex, longest name first. */
function festivalTable(): { re: RegExp; byName: Map<string, Festival> } {
  if (festivals) return festivals
  const byName = new Map<string, Festival>()
  for (const r of readLexicon('festivals.tsv')) {
    const f: Festival = { calendar: r.calendar as Calendar, day: Number(r.day), month: Number(r.month) }
    for (const n of r.names.split('|')) byName.set(n.trim(), f)
  }
  const alts = [...byName.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/\s+/g, '\\s+'))
  festivals = { re: sticky(`(?:(?:dịp|ngày|kỳ nghỉ)\\s+)?(${alts.join('|')})${WE}`), byName }
  return festivals
}

const CAN_CHI = `((?:${CAN.join('|')}|kỉ)\\s+(?:${CHI.join('|')}|mẹo|tị|tí))${WE}`
const RE_CAN_CHI = sticky(`\\s*,?\\s*(?:năm\\s+)?${CAN_CHI}`)
const RE_BARE_YEAR = sticky(`\\s*,?\\s*(?:năm\\s+)?${YEAR}`)
const RE_LUNAR_MARK = sticky(`\\s*[(,]?\\s*(?:âm\\s+lịch|âl)${WE}\\s*\\)?`)

/** What names the (lunar) year: a number, a can-chi name, a relative year, or nothing. */
interface LunarYear {
  spec: YearSpec
  canChi: string | null
}

function readLunarYear(c: Cursor): LunarYear {
  const cc = c.eat(RE_CAN_CHI)
  const y = c.eat(RE_BARE_YEAR)
  const spec: YearSpec = y ? { abs: Number(y[1]) } : yearTail(c)
  return { spec, canChi: cc ? cc[1] : null }
}

/** The next day on or after `from` that is day/month of `calendar`. */
function nextOccurrence(f: Festival, from: string): string | null {
  if (f.calendar === 'solar') {
    const y = Number(from.slice(0, 4))
    const s = iso(y, f.month, f.day)
    return s >= from ? s : iso(y + 1, f.month, f.day)
  }
  const ly = solarToLunar(from).y
  for (const y of [ly - 1, ly, ly + 1, ly + 2]) {
    const s = lunarToSolar(f.day, f.month, y)
    if (s && s >= from) return s
  }
  return null
}

function onDay(f: Festival, y: number): Out {
  const s = f.calendar === 'solar' ? iso(y, f.month, f.day) : lunarToSolar(f.day, f.month, y)
  if (!s) return { start: null, end: null, invalid: `day ${f.day} of lunar month ${f.month} does not exist in the lunar year ${y} (${canChi(y)})` }
  return { start: s, end: s }
}

/** A written year wins over a can-chi name that disagrees with it, and says so. */
function resolveDay(f: Festival, ly: LunarYear, env: Env): Out {
  const today = env.today ? iso(env.today.y, env.today.m, env.today.d) : null
  const notes: DeadlineNote[] = []
  let y: number | null = null
  if (ly.spec && 'abs' in ly.spec) {
    y = ly.spec.abs
    if (ly.canChi && yearOfCanChi(ly.canChi, y) !== y) notes.push({ code: 'year-mismatch', message: `${ly.canChi} is not the lunar year ${y} (${canChi(y)}): read ${y}` })
  } else if (ly.spec && 'rel' in ly.spec) y = env.today ? env.today.y + ly.spec.rel : null
  else if (ly.canChi) {
    const near = env.today?.y ?? env.year
    y = near === null ? null : yearOfCanChi(ly.canChi, near)
  } else if (today) {
    // "trước Tết" in a document of October 2025: the next Tết, 2026
    const s = nextOccurrence(f, today)
    return s ? { start: s, end: s } : NONE
  } else y = env.year
  if (y === null) return NONE
  const o = onDay(f, y)
  return notes.length ? { ...o, notes } : o
}

function dayNode(i: number, j: number, ly: LunarYear, resolve: (env: Env) => Out): Node {
  const year = ly.spec && 'abs' in ly.spec ? ly.spec.abs : null
  const needsYear = ly.spec === null && ly.canChi === null
  return { i, j, kind: ly.spec && 'rel' in ly.spec ? 'relative' : 'date', unit: 'day', recurrence: null, year, needsYear, prefixed: false, resolve }
}

/** "Tết Nguyên đán Bính Ngọ 2026", "Rằm tháng Giêng năm 2026", "Tết Trung thu": a cue or a whole phrase only (`bare`). */
export function parseFestival(c: Cursor, bare: boolean): Node | null {
  if (!bare) return null
  const i = c.pos
  const { re, byName } = festivalTable()
  const m = c.eat(re)
  if (!m) return null
  const f = byName.get(m[1].replace(/\s+/g, ' '))!
  if (f.calendar === 'none') return fail(c, i)
  const ly = readLunarYear(c)
  if (f.calendar === 'lunar') c.eat(RE_LUNAR_MARK)
  return dayNode(i, c.pos, ly, (env) => resolveDay(f, ly, env))
}

const RE_LUNAR_DAY = sticky(`(?:(rằm)${WE}|(?:ngày|mùng|mồng)\\s*${COUNT})`)
const RE_LUNAR_MONTH = sticky(`\\s*(?:tháng\\s+${MONTH}|[/-]\\s*(\\d{1,2})(?!\\p{N})|(tết)${WE})`)

/** "ngày 15 tháng 8 âm lịch", "mùng 10/3 (âm lịch)", "rằm tháng 10", "ngày 23 tháng Chạp năm Ất Tỵ", "mùng 4 Tết". */
export function parseLunarDate(c: Cursor): Node | null {
  const i = c.pos
  const d = c.eat(RE_LUNAR_DAY)
  if (!d) return null
  const mo = c.eat(RE_LUNAR_MONTH)
  if (!mo) return fail(c, i)
  const day = d[1] ? 15 : numberValue(d[2])
  const month = mo[3] ? 1 : numberValue(mo[1] ?? mo[2])
  // the mark may stand before the year or after it; "tháng Chạp" and "rằm" need none
  const marked = !!c.eat(RE_LUNAR_MARK)
  const ly = readLunarYear(c)
  const lunar = !!c.eat(RE_LUNAR_MARK) || marked || !!d[1] || !!mo[3] || mo[1] === 'chạp' || ly.canChi !== null
  if (!lunar || !(month >= 1 && month <= 12) || !(day >= 1 && day <= 30)) return fail(c, i)
  const f: Festival = { calendar: 'lunar', day, month }
  return dayNode(i, c.pos, ly, (env) => resolveDay(f, ly, env))
}
