// PDF reading, step 1: text runs placed on a page rebuilt into lines, and each line into segments (runs of text with
// no wide gap inside, so that the columns of a letterhead or a table stay apart).

/** A text run in the page's viewport space: y grows downwards and is the baseline; fs is the font size. */
export interface Item {
  str: string
  x: number
  y: number
  w: number
  fs: number
  /** a word of its own (text stamped by an annotation into a blank): spaced from its neighbours */
  alone?: boolean
}

/** A run of a line's text with no gap wider than a column gap inside it. */
export interface Seg {
  x0: number
  x1: number
  text: string
}

export interface Line {
  page: number
  /** baseline, viewport space */
  y: number
  /** the largest font size on the line */
  fs: number
  segs: Seg[]
  /** the segments joined by a space */
  text: string
}

/** items closer than this (in font sizes) on y sit on one line */
const SAME_LINE = 0.5
/** a gap wider than this (in font sizes) between two runs is a space */
const SPACE_GAP = 0.17
/** a gap wider than this (in font sizes) separates two segments (columns) */
export const COLUMN_GAP = 1.5

/** NFC, no control characters, every kind of white space as one plain space. */
export function cleanText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f\u00ad\ufffe\uffff]/g, '')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ')
}

/** The items of one page as lines, top to bottom. */
export function buildLines(items: Item[], page: number): Line[] {
  const sorted = items.filter((i) => i.str !== '').sort((a, b) => a.y - b.y || a.x - b.x)
  const lines: Line[] = []
  let group: Item[] = []
  let anchor = 0
  for (const it of sorted) {
    const tol = SAME_LINE * Math.min(it.fs, group[0]?.fs ?? it.fs)
    if (group.length && Math.abs(it.y - anchor) > tol) {
      pushLine(lines, group, page)
      group = []
    }
    if (!group.length) anchor = it.y
    group.push(it)
  }
  pushLine(lines, group, page)
  return lines
}

function pushLine(lines: Line[], group: Item[], page: number): void {
  const line = lineOf(group, page)
  if (line) lines.push(line)
}

/** One line from its items: ordered by x, spaces where the gaps are, segments where the gaps are wide. */
export function lineOf(group: Item[], page: number): Line | null {
  const items = [...group].sort((a, b) => a.x - b.x)
  const inked = items.filter((i) => i.str.trim() !== '')
  if (!inked.length) return null
  const segs: Seg[] = []
  let cur: Seg | null = null
  let prev: Item | null = null
  let space = false
  for (const it of items) {
    if (it.str.trim() === '') {
      space = true
      continue
    }
    if (prev && prev.str === it.str && Math.abs(prev.x - it.x) < 0.3 * it.fs) continue // drawn twice, fake bold
    const fs = Math.max(it.fs, prev?.fs ?? 0)
    const gap = prev ? it.x - (prev.x + prev.w) : 0
    if (!cur || gap > COLUMN_GAP * fs) {
      cur = { x0: it.x, x1: it.x + it.w, text: it.str }
      segs.push(cur)
    } else {
      const sep = space || gap > SPACE_GAP * fs || it.alone || prev?.alone ? ' ' : ''
      cur.text += sep + it.str
      cur.x1 = Math.max(cur.x1, it.x + it.w)
    }
    prev = it
    space = /\s$/.test(it.str)
  }
  for (const s of segs) s.text = s.text.replace(/ {2,}/g, ' ').trim()
  const kept = segs.filter((s) => s.text !== '')
  const y = inked.reduce((sum, i) => sum + i.y, 0) / inked.length
  const fs = Math.max(...inked.map((i) => i.fs))
  return { page, y, fs, segs: kept, text: kept.map((s) => s.text).join(' ') }
}

/** The number of letters and digits among some items. */
export function inkCount(items: Item[]): number {
  let n = 0
  for (const i of items) n += i.str.replace(/[^\p{L}\p{N}]/gu, '').length
  return n
}
