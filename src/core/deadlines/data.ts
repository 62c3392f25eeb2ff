// The deadline grammar's data files (lexicon/festivals.tsv, lexicon/holidays.tsv), read once on first use.
import { readFileSync } from 'node:fs'

// src/core/deadlines and dist/core/deadlines are both three folders below the package root
const ROOT = new URL('../../../lexicon/', import.meta.url)

/** Rows of a TSV file: '#' lines are comments, the first other line is the header. */
export function readLexicon(name: string): Record<string, string>[] {
  const lines = readFileSync(new URL(name, ROOT), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'))
  const [head, ...rows] = lines.map((l) => l.split('\t').map((c) => c.trim()))
  return rows.map((r) => Object.fromEntries(head.map((h, k) => [h, r[k] ?? ''])))
}
