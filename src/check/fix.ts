// `plan check --fix`: the mechanical rules, mended in the text itself. Pure (text in, text out); the command reads and
// writes the files. Only what the rule reports changes: no other normalisation of the parser (spaces, line ends) is
// written back.
import { modernTone } from '../core/contract/text.js'
import type { RuleId } from './types.js'

/** The rules --fix can mend. */
export const FIXABLE: ReadonlySet<RuleId> = new Set<RuleId>(['unicode-normalised', 'legacy-tone'])

/** The text with the given rules' findings mended: NFC for unicode-normalised, modern tone placement for legacy-tone. */
export function fixText(text: string, rules: ReadonlySet<RuleId>): string {
  let out = rules.has('unicode-normalised') ? text.normalize('NFC') : text
  if (rules.has('legacy-tone')) {
    // tone placement is read on composed letters; a line still decomposed (its rule off) is left as it is
    out = out
      .split(/(\r\n|\r|\n)/)
      .map((part) => (part === part.normalize('NFC') ? modernTone(part) : part))
      .join('')
  }
  return out
}

/** The bytes as UTF-8 text, or null when they are not (a legacy encoding is not rewritten: it would change encoding). */
export function utf8Text(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}
