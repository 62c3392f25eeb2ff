// The words of Vietnamese time phrases (numbers, months, quarters) and a cursor to read them with sticky regexes.
import { warm } from '../contract/regex.js'

/** Number words, longest first so "mười hai" wins over "mười". */
const NUMBER_WORDS: Record<string, number> = {
  'mười một': 11,
  'mười hai': 12,
  'mười': 10,
  'một': 1,
  'mốt': 1,
  'hai': 2,
  'ba': 3,
  'bốn': 4,
  'tư': 4,
  'năm': 5,
  'sáu': 6,
  'bảy': 7,
  'bẩy': 7,
  'tám': 8,
  'chín': 9,
}
const MONTH_ONLY: Record<string, number> = { 'giêng': 1, 'chạp': 12 }
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 }

const WORDS = Object.keys(NUMBER_WORDS).join('|')
/** Word end: no letter or digit follows. */
export const WE = '(?![\\p{L}\\p{N}])'
/** A four-digit year not glued to a document code (142/2025/NĐ-CP) or a longer number. */
export const YEAR = `(1[89]\\d\\d|20\\d\\d|2100)(?!\\p{N}|[/.]\\p{N}|/\\p{L}|-\\p{L})`
/** A count before "tháng", "năm"…: 3, 03, ba, mười hai. */
export const COUNT = `(\\d{1,2}|${WORDS})${WE}`
/** A count of days, which may run to three digits: "trong 180 ngày". */
export const COUNT3 = `(\\d{1,3}|${WORDS})${WE}`
/** A month after "tháng": 1–12 or a word ("tháng năm" is May only before "năm 2017": "ngày … tháng … năm" is a blank form). */
export const MONTH = `(\\d{1,2}|giêng|chạp|mười một|mười hai|mười|một|hai|ba|bốn|tư|năm(?=\\s+năm\\s+\\d)|sáu|bảy|bẩy|tám|chín)${WE}(?!\\s+lần)`
/** A quarter after "quý": Roman, Arabic or a word. */
export const QUARTER = `(iv|iii|ii|i|[1-4]|một|hai|ba|bốn|tư)${WE}(?!\\s+lần)`

export function numberValue(s: string): number {
  if (/^\d+$/.test(s)) return Number(s)
  return NUMBER_WORDS[s] ?? MONTH_ONLY[s] ?? ROMAN[s] ?? NaN
}

/** Compiles a sticky, Unicode regex once (warmed: its first real match runs compiled code). */
export const sticky = (src: string): RegExp => warm(new RegExp(src, 'uy'))

/** Reads a string forward from `pos`; every rule is a sticky regex tried where the cursor stands. */
export class Cursor {
  constructor(
    readonly s: string,
    public pos: number,
  ) {}

  eat(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos
    const m = re.exec(this.s)
    if (m) this.pos = re.lastIndex
    return m
  }

  sees(re: RegExp): boolean {
    re.lastIndex = this.pos
    return re.test(this.s)
  }
}

/** Puts the cursor back where a rule started and reports no match. */
export function fail(c: Cursor, i: number): null {
  c.pos = i
  return null
}
