// Text as the grammar reads it (NFC, modern tones, lower case) and the way back to the caller's offsets.
import { modernTone } from '../text.js'

export interface Normalised {
  /** lower-cased NFC text with modern tone placement, the same length as `nfc` */
  low: string
  /** nfc offset → offset in the given text; null when they are the same */
  map: number[] | null
}

export function normalise(text: string): Normalised {
  let nfc = text.normalize('NFC')
  let map: number[] | null = null
  if (nfc !== text) {
    // compose cluster by cluster so every composed unit knows where it came from
    const parts: string[] = []
    map = []
    for (const m of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
      const n = m[0].normalize('NFC')
      for (let k = 0; k < n.length; k++) map.push(m.index)
      parts.push(n)
    }
    map.push(text.length)
    nfc = parts.join('')
  }
  const toned = modernTone(nfc)
  let low = toned.toLowerCase()
  if (low.length !== toned.length) low = Array.from(toned, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('')
  // Icelandic eth (Ð, ð) stands in for Đ in some typed documents
  low = low.replace(/ð/g, 'đ')
  return { low, map }
}

export const toGiven = (n: Normalised, i: number): number => (n.map ? n.map[i] : i)
