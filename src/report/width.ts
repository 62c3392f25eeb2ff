// How many terminal columns a string takes: combining marks 0, East Asian wide and emoji 2, the rest 1.

const WIDE: Array<[number, number]> = [
  [0x1100, 0x115f], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f],
  [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x1fa70, 0x1faff], [0x20000, 0x3fffd],
]

function charWidth(ch: string): number {
  const cp = ch.codePointAt(0)!
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0
  if (/[\p{M}\u200b-\u200f\u2060\ufe00-\ufe0f\ufeff]/u.test(ch)) return 0
  for (const [lo, hi] of WIDE) if (cp >= lo && cp <= hi) return 2
  if (/\p{Extended_Pictographic}/u.test(ch) && cp > 0x2fff) return 2
  return 1
}

export function displayWidth(s: string): number {
  let w = 0
  for (const ch of s) w += charWidth(ch)
  return w
}

/** Cuts `s` to at most `max` columns, ending in … when something was cut. */
export function truncate(s: string, max: number): string {
  if (displayWidth(s) <= max) return s
  if (max <= 0) return ''
  let out = ''
  let w = 0
  for (const ch of s) {
    const cw = charWidth(ch)
    if (w + cw > max - 1) break
    out += ch
    w += cw
  }
  // combining marks that belong to the last kept letter stay with it
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
  const chars = [...s]
  let out = ''
  let w = 0
  for (let i = chars.length - 1; i >= 0; i--) {
    const cw = charWidth(chars[i])
    if (w + cw > max - 1) {
      // a mark kept without its letter would stand alone: drop it
      return '…' + out.replace(/^\p{M}+/u, '')
    }
    out = chars[i] + out
    w += cw
  }
  return '…' + out
}
