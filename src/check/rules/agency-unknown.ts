// Rule agency-unknown: a body that is not in the configured registry, usually a typo or a new unit; the closest names are offered.
import type { Agency } from '../../core/contract/schema.js'
import type { DocRule, Hit } from '../types.js'
import { at } from './util.js'

/**
 * The bodies the registry is about: those given work, reported to, or issuing. A passing mention in the narrative
 * ("kho dữ liệu của Tỉnh ủy") or a recipients list is not checked.
 */
export function isAssigned(a: Agency): boolean {
  return !a.generic && a.roles.some((r) => r === 'lead' || r === 'coordinator' || r === 'reportsTo' || r === 'issuer' || r === 'heading')
}

export const agencyUnknown: DocRule = {
  id: 'agency-unknown',
  description: 'a body given work, reported to or issuing that is not in the configured agency registry (silent with no registry)',
  defaultSetting: 'warn',
  check(doc, ctx) {
    const reg = ctx.registry
    if (!reg || reg.size === 0) return []
    const hits: Hit[] = []
    for (const a of doc.agencies) {
      // plural collectives ("các cơ quan liên quan") name no one in particular
      if (!isAssigned(a)) continue
      if (reg.canonical(a.name) || a.forms.some((f) => reg.canonical(f))) continue
      const near = reg.suggest(a.name, 3)
      const hint = near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(', ')}?)` : ''
      const span = (a.mentions.find((m) => m.span && m.role !== 'mention' && m.role !== 'recipient') ?? a.mentions.find((m) => m.span))?.span ?? null
      hits.push(at(span, `body not in the registry: "${a.name}"${hint}`))
    }
    return hits
  },
}
