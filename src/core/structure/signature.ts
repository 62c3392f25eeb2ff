// Stage 5, metadata: the signature at the foot (the capacity, "T/M BAN BÍ THƯ", and the signer's name) and the recipients under "Nơi nhận:".
import type { Meta } from '../contract/schema.js'
import type { Placed } from './sections.js'
import { at } from '../read/segment.js'
import { warmAll } from '../contract/regex.js'

/** "T/M BAN BÍ THƯ", also in the right-hand column of a line that starts with "Nơi nhận:". */
export const CAPACITY = /(?:^|\s{2,})((?:T\/M|TM\.|K\/T|KT\.|T\/L|TL\.|Q\.)\s*[\p{Lu}][\p{Lu}\s]+)$/u

export function findSigner(placed: Placed[]): Meta['signer'] {
  for (let i = placed.length - 1; i >= Math.max(0, placed.length - 40); i--) {
    const p = placed[i]
    const m = CAPACITY.exec(p.block.text)
    if (!m) continue
    let name: string | null = null
    for (const q of placed.slice(i + 1)) {
      const t = q.block.text
      if (/^[\p{Lu}][\p{Ll}]+(\s[\p{Lu}][\p{Ll}]+){1,4}$/u.test(t) && !/^(Nơi|Lưu)/u.test(t)) name = t
    }
    const capacity = m[1].replace(/\s+/g, ' ').trim()
    const from = p.block.text.lastIndexOf(m[1])
    return { name, capacity, span: { start: at(p.block, from), end: at(p.block, from + m[1].length) } }
  }
  return null
}

export function findRecipients(placed: Placed[]): string[] {
  const i = placed.findIndex((p) => /^nơi nhận/iu.test(p.block.text))
  if (i < 0) return []
  const out: string[] = []
  // (the left column only: the signature's capacity stands beside the list, "Nơi nhận:      KT. CỤC TRƯỞNG", "- Như trên;
  // PHÓ CỤC TRƯỞNG" apart by a run of spaces, a TAB or a table's bar)
  const left = (t: string) => t.split(/\s{3,}|\t|\s\|(?:\s|$)/u)[0]
  const inline = left(placed[i].block.text).replace(/^nơi nhận\s*:?\s*/iu, '')
  if (inline) out.push(...inline.split(/\s*;\s*|\s+-\s+|(?:^|\s+)\/(?=\s|$)/u).map((r) => r.replace(/^[-\s]+|[;,.\s]+$/gu, '')).filter(Boolean))
  for (const p of placed.slice(i + 1, i + 40)) {
    if (p.block.marker?.type !== 'dash' && p.block.marker?.type !== 'plus') continue
    out.push(left(p.block.text).replace(/[;,.]+$/u, '').trim())
  }
  // (a line of Word's cells joined by " / " leaves a bare "/" between them: no recipient)
  return out.filter((r) => /\p{L}/u.test(r) && !/^\(?đã ký\)?$/iu.test(r))
}

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(CAPACITY)
