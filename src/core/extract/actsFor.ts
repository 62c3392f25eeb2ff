// Extraction: an office given work acts for the body it heads. "Chính phủ, Thủ tướng Chính phủ tiếp tục chỉ đạo …"
// and "Thủ tướng Chính phủ phát động phong trào thi đua …" are the Government's tasks, as "Bộ trưởng Bộ X" is Bộ X's
// (lexicon/acts-for.tsv). Only a task's lead and coordinators are read so; an act's issuer stays as written.
import type { AgencyRef, Task } from '../contract/schema.js'
import { ACTS_FOR } from '../agencies/lexicon.js'
import { slug } from '../contract/text.js'

/** The refs with each office read as its body, the body named once (its first place kept). */
function asBodies(refs: AgencyRef[]): AgencyRef[] {
  if (!refs.some((r) => ACTS_FOR.has(r.name))) return refs
  const out: AgencyRef[] = []
  for (const r of refs) {
    const body = ACTS_FOR.get(r.name)
    const ref = body ? { ...r, id: slug(body), name: body } : r
    if (!out.some((o) => o.id === ref.id)) out.push(ref)
  }
  return out
}

export function officesActForBodies(tasks: Task[]): void {
  for (const t of tasks) {
    const lead = asBodies(t.lead)
    const coordinators = asBodies(t.coordinators)
    if (lead === t.lead && coordinators === t.coordinators) continue
    t.lead = lead
    // (the body that leads does not coordinate too: "Chính phủ chủ trì, phối hợp với Thủ tướng Chính phủ …")
    t.coordinators = coordinators.filter((c) => !lead.some((l) => l.id === c.id))
  }
}
