// `plan check --init`: a starter plan.config.json that passes on the corpus it was made from.
import { RULE_IDS, type RuleId, type Settings } from './vocabulary.js'
import { agencyKeyForInit } from './registry.js'
import type { PlanConfig } from './schema.js'

/** Bodies seen while scanning: canonical name → the other ways it was written. */
export type SeenAgencies = Map<string, Set<string>>

export function addSeen(seen: SeenAgencies, name: string, forms: string[]): void {
  let set = seen.get(name)
  if (!set) seen.set(name, (set = new Set()))
  for (const f of forms) set.add(f)
}

/**
 * Rule defaults, with every rule that reported errors on this corpus lowered to "warn" (so the starter passes and
 * the problems stay visible), and the bodies seen as the registry. asOf is left out: overdue is a question, not a default.
 */
export function starterConfig(defaults: Settings, erroring: Set<RuleId>, seen: SeenAgencies): PlanConfig {
  const rules: Partial<Settings> = {}
  for (const id of RULE_IDS) rules[id] = erroring.has(id) && defaults[id] === 'error' ? 'warn' : defaults[id]
  const agencies = [...seen.keys()].sort((a, b) => a.localeCompare(b, 'vi')).map((name) => {
    const own = agencyKeyForInit(name)
    const aliases = [...(seen.get(name) ?? [])].filter((f) => agencyKeyForInit(f) !== own)
    const uniq = [...new Map(aliases.map((a) => [agencyKeyForInit(a), a])).values()].sort((a, b) => a.localeCompare(b, 'vi'))
    return uniq.length ? { name, aliases: uniq } : { name }
  })
  return { rules, agencies, include: ['**/*.txt', '**/*.md', '**/*.markdown'], exclude: [] }
}
