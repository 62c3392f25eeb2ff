// Every body the document names, once, under its canonical name: the forms written, where, and in which roles.
import type { Agency, AgencyRef, AgencyRole, Meta, Section, Task } from '../contract/schema.js'
import { mentionsIn } from '../grammar/mentions.js'
import type { Placed } from '../structure/sections.js'
import { at } from '../read/segment.js'
import { slug } from '../contract/text.js'

/** The order of localeCompare(…, 'vi'), with the collator made once rather than looked up on every comparison; made
 * when first needed, as building it takes milliseconds and a document naming one body sorts nothing. */
let vi: Intl.Collator | undefined

/** `rename`: the full name a short one stands for in this document (extract/sameBody.ts), applied to mere mentions too. */
export function indexAgencies(meta: Meta, sections: Section[], tasks: Task[], placed: Placed[], rename: Map<string, string> = new Map()): Agency[] {
  const byId = new Map<string, Agency>()
  const seen = new Set<string>()
  const add = (r: AgencyRef, role: AgencyRole) => {
    const key = `${r.id}|${role}|${r.span?.start.line}:${r.span?.start.column}`
    if (seen.has(key)) return
    seen.add(key)
    let a = byId.get(r.id)
    if (!a) {
      a = { id: r.id, name: r.name, generic: r.generic, forms: [], roles: [], mentions: [] }
      byId.set(r.id, a)
    }
    if (!a.forms.includes(r.text)) a.forms.push(r.text)
    if (!a.roles.includes(role)) a.roles.push(role)
    a.mentions.push({ text: r.text, role, span: r.span })
  }
  if (meta.issuer) add(meta.issuer, 'issuer')
  for (const s of sections) if (s.agency) add(s.agency, 'heading')
  for (const t of tasks) {
    for (const r of t.lead) add(r, 'lead')
    for (const r of t.coordinators) add(r, 'coordinator')
    for (const r of t.reportsTo) add(r, 'reportsTo')
  }
  // the rest of the text: bodies merely mentioned (not in the recipients list, which is not the document's own text)
  const spoken = new Set([...byId.values()].flatMap((a) => a.mentions.map((m) => `${m.span?.start.line}:${m.span?.start.column}`)))
  for (const p of placed) {
    if (p.kind === 'closing') continue
    for (const m of mentionsIn(p.block)) {
      const start = at(p.block, m.index)
      if (spoken.has(`${start.line}:${start.column}`)) continue
      const name = (!m.generic && rename.get(m.name)) || m.name
      add({ id: slug(name), name, text: m.text, generic: m.generic, span: { start, end: at(p.block, m.index + m.length) } }, 'mention')
    }
  }
  return [...byId.values()].sort((a, b) => (vi ??= new Intl.Collator('vi')).compare(a.name, b.name))
}
