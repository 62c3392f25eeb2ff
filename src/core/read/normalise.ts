// Stage 2, normalise: one canonical text (NFC, LF line ends, plain spaces) that every position refers to.
import { diagnostic } from '../contract/diagnostics.js'
import type { Diagnostic } from '../contract/schema.js'
import { warmAll } from '../contract/regex.js'

export interface Normalised {
  text: string
  lines: string[]
  diagnostics: Diagnostic[]
}

const LEGACY_TONE = /(?<![qQ])(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?!\p{L})/u

export function normalise(raw: string): Normalised {
  const diagnostics: Diagnostic[] = []
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  // a line break composes with nothing, so the text is NFC exactly when every line is: lines are looked at only when it is not
  const nfc = text.normalize('NFC')
  if (nfc !== text) {
    const lines0 = text.split('\n')
    const firstNfd = lines0.findIndex((l) => l !== l.normalize('NFC'))
    const count = lines0.filter((l) => l !== l.normalize('NFC')).length
    diagnostics.push(diagnostic('unicode-normalised', firstNfd + 1, 1, `${count} line${count > 1 ? 's' : ''}, first at line ${firstNfd + 1}`))
  }
  // NBSP, narrow NBSP, figure space → space; zero-width characters and soft hyphens go.
  text = nfc.replace(/[\u00A0\u202F\u2007]/g, ' ').replace(/[\u200B-\u200D\u2060\u00AD]/g, '')
  const lines = text.split('\n')
  const legacy = lines.findIndex((l) => LEGACY_TONE.test(l))
  if (legacy >= 0) {
    const m = LEGACY_TONE.exec(lines[legacy])!
    diagnostics.push(diagnostic('legacy-tone', legacy + 1, m.index + 1, m[0]))
  }
  return { text, lines, diagnostics }
}

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(LEGACY_TONE)
