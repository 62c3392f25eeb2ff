// A body the lexicon knows, written with its marks damaged ("Tập đoàn Công nghiệp - Năng lượng Quốc gia Viét Nam" in
// OCR text): found by its shape, it takes the lexicon's name when exactly one lexicon name folds to the same letters.
import { fold } from '../contract/text.js'
import { FIXED } from './lexicon.js'

let byFold: Map<string, string | null> | null = null

const keyOf = (s: string) => fold(s).toLowerCase().replace(/\s+/g, ' ').trim()

/** The lexicon's canonical name of a full name (three words or more) written with other marks, or null. */
export function lexiconNameByFold(name: string): string | null {
  if (!byFold) {
    byFold = new Map()
    for (const e of FIXED) {
      for (const form of [e.name, ...(e.aliases ?? [])]) {
        // abbreviations and short names fold onto ordinary words ("Bảo" / "Báo"): full names only
        if (form.split(/\s+/).length < 3) continue
        const k = keyOf(form)
        const had = byFold.get(k)
        byFold.set(k, had === undefined || had === e.name ? e.name : null)
      }
    }
  }
  return byFold.get(keyOf(name)) ?? null
}
