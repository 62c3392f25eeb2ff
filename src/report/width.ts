// How many terminal columns a string takes, measured by string-width (the measure wrap-ansi wraps by): combining marks 0,
// East Asian wide and emoji 2, the rest 1. Cuts are made between grapheme clusters, so a letter keeps its marks.
// Both are loaded on first use: most Vietnamese text is measured and wrapped without them (NARROW, wrapText).
import { lazy } from '../shared/lazy.js'

const stringWidthModule = lazy<typeof import('string-width')>('string-width')
const wrapAnsiModule = lazy<typeof import('wrap-ansi')>('wrap-ansi')

function stringWidth(s: string): number {
  return stringWidthModule().default(s)
}

/** wrap-ansi, as table.ts wraps headers and wrapText wraps the text it does not take itself. */
export function wrapAnsi(s: string, columns: number, options: { hard?: boolean; trim?: boolean }): string {
  return wrapAnsiModule().default(s, columns, options)
}

let graphemes: Intl.Segmenter | undefined

function clusters(s: string): string[] {
  // made on first use: an ICU segmenter takes milliseconds to build, and text that is cut is rare
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  return Array.from(graphemes.segment(s), (g) => g.segment)
}

/**
 * Text that is one column a character: printable ASCII, the Latin letters of Vietnamese (precomposed, as NFC gives
 * them) and common punctuation. Measured by its length; string-width (grapheme segmentation) only for the rest.
 */
const NARROW = /^[\u0020-\u007e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u024f\u1e00-\u1eff\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e]*$/

export function displayWidth(s: string): number {
  return NARROW.test(s) ? s.length : stringWidth(s)
}

/** Cuts `s` to at most `max` columns, ending in … when something was cut. */
export function truncate(s: string, max: number): string {
  if (displayWidth(s) <= max) return s
  if (max <= 0) return ''
  let out = ''
  let w = 0
  for (const g of clusters(s)) {
    const gw = stringWidth(g)
    if (w + gw > max - 1) break
    out += g
    w += gw
  }
  return out.trimEnd() + '…'
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)))
}

export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s
}

/** Cuts from the front, keeping the end (a path's file name and line): "…real/kh-12.txt:219:25". */
export function truncateStart(s: string, max: number): string {
  if (displayWidth(s) <= max) return s
  if (max <= 0) return ''
  const gs = clusters(s)
  let out = ''
  let w = 0
  for (let i = gs.length - 1; i >= 0; i--) {
    const gw = stringWidth(gs[i])
    if (w + gw > max - 1) break
    out = gs[i] + out
    w += gw
  }
  return '…' + out
}

/**
 * `s` wrapped to `columns` as `wrapAnsi(s, columns, { hard: true, trim: true })` wraps it, as lines. Text that is one
 * column a character (most Vietnamese text, in NFC) takes a port of wrap-ansi's own loop with lengths for widths
 * (string-width segments every word into graphemes, which made an 8,000-task table take seconds); the rest (colour
 * codes, wide or combining characters) goes to wrap-ansi itself. A property test holds the two to the same output.
 */
export function wrapText(s: string, columns: number): string[] {
  if (!NARROW.test(s) || s.normalize() !== s) return wrapAnsi(s, columns, { hard: true, trim: true }).split('\n')
  if (s.trim() === '') return ['']
  const rows = ['']
  const last = () => rows[rows.length - 1]
  s.split(' ').forEach((word, index) => {
    rows[rows.length - 1] = last().trimStart()
    let rowLength = last().length
    if (index !== 0 && rowLength > 0) {
      rows[rows.length - 1] += ' '
      rowLength++
    }
    if (word.length > columns) {
      // a word longer than the line is broken, starting on this line when that takes no more lines
      const thisLine = 1 + Math.floor((word.length - (columns - rowLength) - 1) / columns)
      const nextLine = Math.floor((word.length - 1) / columns)
      if (nextLine < thisLine) rows.push('')
      let visible = last().length
      for (let i = 0; i < word.length; i++) {
        if (visible + 1 <= columns) rows[rows.length - 1] += word[i]
        else {
          rows.push(word[i])
          visible = 0
        }
        visible++
        if (visible === columns && i < word.length - 1) {
          rows.push('')
          visible = 0
        }
      }
      if (!visible && last().length > 0 && rows.length > 1) rows[rows.length - 2] += rows.pop()
      return
    }
    if (rowLength + word.length > columns && rowLength > 0 && word.length > 0) rows.push('')
    rows[rows.length - 1] += word
  })
  return rows.map((r) => r.replace(/ +$/, ''))
}
