// Text as the grammar reads it (NFC, lower case) and the way back to the caller's offsets.
export interface Normalised {
  /**
   * Lower-cased NFC text. Tone placement is left as written: of the grammar's words only "khóa/khoá" has two
   * placements and its rule accepts both, and modernTone would cost more than all the rest of the reading.
   */
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
  let low = nfc.toLowerCase()
  if (low.length !== nfc.length) low = Array.from(nfc, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('')
  // Icelandic eth (Ð, ð) stands in for Đ in some typed documents
  if (low.includes('ð')) low = low.replace(/ð/g, 'đ')
  return { low, map }
}

export const toGiven = (n: Normalised, i: number): number => (n.map ? n.map[i] : i)
