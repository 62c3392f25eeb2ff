// The lexicon's data files (lexicon/*.tsv at the package root), read once on first use: names a reviewer from an
// office can edit without touching code.
import { readFileSync } from 'node:fs'
import { modernTone } from '../contract/text.js'

// src/core/agencies and dist/core/agencies are both three folders below the package root
const ROOT = new URL('../../../lexicon/', import.meta.url)

/** Rows of a TSV file: '#' lines are comments, the first other line is the header. */
export function readTsv(name: string): Record<string, string>[] {
  const lines = readFileSync(new URL(name, ROOT), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'))
  const [head, ...rows] = lines.map((l) => l.split('\t').map((c) => c.trim()))
  return rows.map((r) => Object.fromEntries(head.map((h, k) => [h, r[k] ?? ''])))
}

export interface UnitHead {
  head: string
  /** lower case, modern tone, one entry a word */
  words: string[]
  /** cap: the name starts with a capital; any: it may start in lower case */
  start: 'cap' | 'any'
  /** the fewest words its name takes */
  min: number
}

let heads: UnitHead[] | null = null

/** The heads of lexicon/unit-heads.tsv, longest first. */
export function unitHeads(): UnitHead[] {
  heads ??= readTsv('unit-heads.tsv')
    .map((r) => ({ head: r.head, words: modernTone(r.head.normalize('NFC').toLowerCase()).split(/\s+/), start: (r.start === 'any' ? 'any' : 'cap') as UnitHead['start'], min: Number(r.min) || 1 }))
    .sort((a, b) => b.words.length - a.words.length)
  return heads
}
