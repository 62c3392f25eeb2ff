// The configured agency registry as a lookup: canonical name by name or alias, and the nearest names for a stranger.
// Names are compared by agencyKey, the same key the parser and `plan tasks` use (abbreviations expanded, diacritics folded).
import { agencyKey, suggestAgencies } from '../core/agencies/index.js'
import type { AgencyEntry, AgencyRegistry } from './vocabulary.js'

/** The key the registry compares by, for --init to drop aliases that add nothing. */
export const agencyKeyForInit = agencyKey

export function buildRegistry(entries: AgencyEntry[]): AgencyRegistry {
  const byKey = new Map<string, string>()
  const names = entries.map((e) => e.name)
  for (const e of entries) {
    for (const form of [e.name, ...(e.aliases ?? [])]) {
      const k = agencyKey(form)
      if (k && !byKey.has(k)) byKey.set(k, e.name)
    }
  }
  return {
    size: entries.length,
    canonical: (name) => byKey.get(agencyKey(name)) ?? null,
    suggest: (name, max) => suggestAgencies(name, names, max),
  }
}

/** The closest registry names to a query, best first (suggestAgencies: containment, then edit distance). */
export function suggest(query: string, names: string[], max: number): string[] {
  return suggestAgencies(query, names, max)
}
