// Every body named anywhere in the input, by its canonical name, with the forms it was written in.
import type { AgencyRef, PlanDocument } from '../core/contract/schema.js'
import { agencyKey } from './names.js'
import { fileOf } from './rows.js'

export interface Body {
  /** agencyKey of the name: what makes two spellings one body */
  key: string
  name: string
  generic: boolean
  forms: string[]
  /** where it was first seen */
  file: string
  line: number
  column: number
}

/** Bodies gathered document by document: what bodiesOf gives, without holding the documents. */
export interface BodyIndex {
  add(doc: PlanDocument): void
  /** the bodies so far, in first-seen order */
  list(): Body[]
}

export function bodyIndex(): BodyIndex {
  const byKey = new Map<string, Body>()
  const add = (doc: PlanDocument, name: string, generic: boolean, forms: string[], at: { line: number; column: number } | null) => {
    const key = agencyKey(name)
    if (!key) return
    let b = byKey.get(key)
    if (!b) {
      b = { key, name, generic, forms: [], file: fileOf(doc), line: at?.line ?? 1, column: at?.column ?? 1 }
      byKey.set(key, b)
    }
    for (const f of forms) if (f && !b.forms.includes(f)) b.forms.push(f)
  }
  const addRef = (doc: PlanDocument, r: AgencyRef | null) => {
    if (r) add(doc, r.name, r.generic, [r.text], r.span?.start ?? null)
  }
  return {
    add(doc) {
      for (const a of doc.agencies) add(doc, a.name, a.generic, a.forms, a.mentions.find((m) => m.span)?.span?.start ?? null)
      addRef(doc, doc.meta.issuer)
      for (const s of doc.sections) addRef(doc, s.agency)
      for (const t of doc.tasks) for (const r of [...t.lead, ...t.coordinators, ...t.reportsTo]) addRef(doc, r)
    },
    list: () => [...byKey.values()],
  }
}

/** Bodies from the documents' agency lists, headings, issuers and the tasks' roles, merged by key, in first-seen order. */
export function bodiesOf(docs: PlanDocument[]): Body[] {
  const index = bodyIndex()
  for (const doc of docs) index.add(doc)
  return index.list()
}
