// Stage 5, metadata: the act an annex belongs to, read from its "(Kèm theo … số N ngày D của X)" line.
import { findAgencies } from '../agencies/index.js'
import type { AgencyRef, DocKind } from '../contract/schema.js'
import type { Placed } from './sections.js'
import { kindOfWord } from './actKinds.js'
import { ymd } from './issuedOn.js'
import { ref } from './issuer.js'

const ANNEX_OF = /^\(?\s*(?:ban hành\s+)?kèm theo\s+(.+?)\)?\s*$/iu
const OF_ISSUER = /\scủa\s+(.+?)\s*$/u
const LONG_DATE = /ngày\s*(\d{1,2})\s*(?:tháng\s*|[/.-])(\d{1,2})\s*(?:năm\s*|[/.-])(\d{4})/u

/** The act an annex is attached to, from its "(Kèm theo … số N ngày D của X)" line. */
export function annexOf(head: Placed[]): { kind: DocKind | null; number: string | null; issuedOn: string | null; issuer: AgencyRef | null } | null {
  for (const p of head.slice(0, 12)) {
    const m = ANNEX_OF.exec(p.block.text)
    if (!m) continue
    const what = m[1]
    const n = /\bsố\s*(\d{1,5}(?:\.\d{1,3})?(?:\/\d{4})?\s*[-/]\s*[A-ZĐ]{1,8}(?:[-/][A-ZĐa-zđ0-9&]{1,12}){0,3})/u.exec(what)
    const d = LONG_DATE.exec(what)
    const of = OF_ISSUER.exec(what)
    const body = of ? findAgencies(of[1])[0] : undefined
    const offset = p.block.text.indexOf(what)
    return {
      kind: kindOfWord(what),
      number: n ? n[1].replace(/\s+/g, '') : null,
      issuedOn: d ? ymd(+d[3], +d[2], +d[1]) : null,
      issuer: body && !body.generic && body.index === 0 ? ref(body.name, body.text, p, offset + of!.index + of![0].indexOf(of![1])) : null,
    }
  }
  return null
}
