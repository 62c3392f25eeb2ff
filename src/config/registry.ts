// The configured agency registry as a lookup: canonical name by name or alias, and the nearest names for a stranger.
// TODO(agencies): switch keyOf/suggest to agencyKey/suggestAgencies from src/core/agencies when that module lands.
import { fold, normKey } from '../core/text.js'
import type { AgencyEntry, AgencyRegistry } from '../check/types.js'

/** Temporary stand-in for agencyKey: the contract's comparison key. */
function keyOf(name: string): string {
  return normKey(name)
}

/** The key the registry compares by, for --init to drop aliases that add nothing. */
export const agencyKeyForInit = keyOf

export function buildRegistry(entries: AgencyEntry[]): AgencyRegistry {
  const byKey = new Map<string, string>()
  const names = entries.map((e) => e.name)
  for (const e of entries) {
    for (const form of [e.name, ...(e.aliases ?? [])]) {
      const k = keyOf(form)
      if (k && !byKey.has(k)) byKey.set(k, e.name)
    }
  }
  return {
    size: entries.length,
    canonical: (name) => byKey.get(keyOf(name)) ?? null,
    suggest: (name, max) => suggest(name, names, max),
  }
}

/** Names ranked by bigram similarity of their diacritic-free forms; weak matches are not offered. */
export function suggest(query: string, names: string[], max: number): string[] {
  const q = bigrams(fold(query))
  return names
    .map((n) => ({ n, s: dice(q, bigrams(fold(n))) }))
    .filter((x) => x.s >= 0.5)
    .sort((a, b) => b.s - a.s || (a.n < b.n ? -1 : 1))
    .slice(0, max)
    .map((x) => x.n)
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>()
  const t = ` ${s} `
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2)
    m.set(g, (m.get(g) ?? 0) + 1)
  }
  return m
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let both = 0
  let total = 0
  for (const [g, n] of a) {
    both += Math.min(n, b.get(g) ?? 0)
    total += n
  }
  for (const n of b.values()) total += n
  return total ? (2 * both) / total : 0
}
