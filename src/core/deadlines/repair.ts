// Dates damaged by OCR or typing, mended where only one reading is possible: "quý [V/2025" (IV), "tháng 10 tháng
// 2025" (năm), "nắm 2025", "thang 10 nam 2025". Every mend keeps the text's length, so offsets stay true, and is
// noted on the phrase it falls in.
import { Cursor, MONTH, QUARTER, sticky } from './lexicon.js'
import type { DeadlineNote, Node } from './types.js'

export interface Repair {
  i: number
  j: number
  note: DeadlineNote
}

const YEAR = '(?:1[89]|20)\\d\\d(?!\\d)'
const CUE = '(?<!\\p{L})(?:trong|trước|đến|tới|hết|cuối|đầu|giữa|từ|vào)\\s+'

/**
 * A mend: `re` finds (context)(word), `to` gives the word mended or null; `quick` spares the text that cannot hold
 * one (most text: the rules' context is slow to look for everywhere).
 */
interface Rule {
  quick: RegExp
  re: RegExp
  to: (word: string) => string | null
  why: string
}

const ROMAN = new Set(['i', 'ii', 'iii', 'iv'])

/** A quarter token ("[v", "1v", "l1") as a Roman numeral, or null when it is not one or needs no mending. */
function romanQuarter(tok: string): string | null {
  // "quý 11/2025" may be II, or a slip for "tháng 11": not mended
  if (ROMAN.has(tok) || /^\d+$/.test(tok)) return null
  const r = tok.replace(/[[\]|l1!]/g, 'i')
  return ROMAN.has(r) ? r : null
}

const RULES: Rule[] = [
  {
    // "I" read as [ ] | l 1 !: a token of those and v that can only be a Roman quarter
    quick: /qu[ýyí]\s+[[\]|l1!iv]{2}/u,
    re: new RegExp(`(qu[ýyí]\\s+)([\\[\\]|l1!iv]{2,3})(?=\\s*[/-]\\s*${YEAR}|\\s+năm\\s+${YEAR})`, 'gu'),
    to: romanQuarter,
    why: 'a damaged Roman quarter',
  },
  {
    quick: /tháng\s+\d{1,2}\s+tháng\s+\d/u,
    re: new RegExp(`(tháng\\s+\\d{1,2}\\s+)(tháng)(?=\\s+${YEAR})`, 'gu'),
    to: () => 'năm  ',
    why: '"tháng" twice: the second names the year',
  },
  {
    quick: /ngay\s+\d/u,
    re: /((?<!\p{L}))(ngay)(?=\s+\d{1,2}\s+(?:tháng|thang)\s+\d)/gu,
    to: () => 'ngày',
    why: 'a date without diacritics',
  },
  {
    quick: /thang\s+\d/u,
    re: new RegExp(
      `((?:ngày|ngay)\\s+\\d{1,2}\\s+|${CUE})(thang)(?=\\s+\\d{1,2}(?!\\d))|((?<!\\p{L}))(thang)(?=\\s+\\d{1,2}\\s*(?:[/-]\\s*${YEAR}|\\s+(?:năm|nam)\\s+${YEAR}))`,
      'gu',
    ),
    to: () => 'tháng',
    why: 'a date without diacritics',
  },
  {
    // "năm" with a wrong tone, or with none after a month or a cue (not "Việt Nam 2030")
    quick: /(?:n[ắấẫầẩậàáảãạ]m|năn|nam)\s+(?:1[89]|20)\d\d/u,
    re: new RegExp(`((?<!\\p{L}))(n[ắấẫầẩậàáảãạ]m|năn)(?=\\s+${YEAR})|((?:tháng|thang)\\s+\\d{1,2}\\s+|${CUE})(nam)(?=\\s+${YEAR})`, 'gu'),
    to: () => 'năm',
    why: 'the word before a year',
  },
]

/** Any rule's quick test at once: most text has nothing to mend. */
const ANY = new RegExp(RULES.map((r) => r.quick.source).join('|'), 'u')

/** Every mend of a lower-cased text, and the text mended. */
export function repairDates(low: string): { low: string; repairs: Repair[] } {
  return ANY.test(low) || low.includes('ǎ') ? mendAll(low) : { low, repairs: [] }
}

function mendAll(low: string): { low: string; repairs: Repair[] } {
  const repairs: Repair[] = []
  let s = low.includes('ǎ') ? low.replace(/ǎ/g, 'ă') : low
  for (const rule of RULES) {
    if (!rule.quick.test(s)) continue
    s = s.replace(rule.re, (m: string, ...groups: unknown[]) => {
      const at = groups.find((x) => typeof x === 'number') as number
      // (context)(word), in one of the rule's alternatives
      const k = groups.findIndex((x, n) => n % 2 === 1 && typeof x === 'string')
      const [pre, word] = [groups[k - 1] as string, groups[k] as string]
      const r = rule.to(word)
      if (r === null || r === word) return m
      const i = at + pre.length
      repairs.push({ i, j: i + word.length, note: { code: 'date-repaired', message: `read "${word.trim()}" as "${r.trim()}" (${rule.why})` } })
      return pre + r
    })
  }
  return { low: s, repairs }
}

/** The notes of the mends inside [i, j). */
export function repairNotes(repairs: Repair[], i: number, j: number): DeadlineNote[] {
  return repairs.filter((r) => r.i < j && r.j > i).map((r) => r.note)
}

const RE_DAMAGED = sticky(`(?:(?<q>qu[ýyí])\\s+(?!${QUARTER})|tháng\\s+(?!${MONTH}))(?<tok>[^\\s/-]{1,3})\\s*[/-]\\s*${YEAR}`)

/**
 * "quý [X/2025", "tháng ?/2025": a period too damaged to mend. Read so that the year alone is not taken for the
 * deadline; no dates, and a note.
 */
export function parseDamaged(c: Cursor): Node | null {
  const i = c.pos
  const m = c.eat(RE_DAMAGED)
  if (!m) return null
  const note: DeadlineNote = { code: 'deadline-unreadable', message: `"${m[0]}": the ${m.groups!.q ? 'quarter' : 'month'} "${m.groups!.tok}" cannot be read` }
  return { i, j: c.pos, kind: 'none', unit: 'span', recurrence: null, year: null, needsYear: false, prefixed: false, resolve: () => ({ start: null, end: null, notes: [note] }) }
}
