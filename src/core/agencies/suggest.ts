// "Did you mean": the known names closest to a query, by edit distance on forgiving keys.
import { agencyKey } from './canonical.js'

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = cur
  }
  return prev[b.length]
}

/** The names closest to the query: names containing it first, then by edit distance; far-off names are left out. */
export function suggestAgencies(query: string, names: string[], max = 5): string[] {
  const q = agencyKey(query)
  if (!q) return []
  const seen = new Set<string>()
  const scored: { name: string; contains: boolean; d: number }[] = []
  for (const name of names) {
    if (seen.has(name)) continue
    seen.add(name)
    const k = agencyKey(name)
    const contains = q.length >= 3 && k.includes(q)
    const d = editDistance(q, k)
    if (contains || d <= Math.max(2, Math.floor(Math.max(q.length, 4) * 0.4))) scored.push({ name, contains, d })
  }
  scored.sort((a, b) => Number(b.contains) - Number(a.contains) || a.d - b.d || a.name.localeCompare(b.name))
  return scored.slice(0, max).map((s) => s.name)
}
