// Scoring the sets annotated blind (test/real/<set>/*.json) against their floors (test/real/floors.ts), shared by
// test/real.test.ts (sets over ../shared/corpus/real) and test/real-fresh.test.ts (sets over ../fresh/docs).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseRead } from '../../src/core/parse.js'
import { readDocument } from '../../src/core/read/index.js'
import { belowFloor, formatScore, parseFloor, scoreFolder } from '../score/score.js'
import { FLOORS } from './floors.js'

type Parsed = ReturnType<typeof parseRead>
const parsed = new Map<string, Parsed>()
/** A document read as `plan parse` reads it (HTML, Word and PDF by their readers), so the scores equal score.mjs's; once. */
export async function parseFile(file: string): Promise<Parsed> {
  let doc = parsed.get(file)
  if (!doc) parsed.set(file, (doc = parseRead(await readDocument(readFileSync(file), { name: path.basename(file) }), { file: path.basename(file) })))
  return doc
}

async function readAll(files: string[]): Promise<Map<string, Parsed>> {
  const out = new Map<string, Parsed>()
  for (const f of files) out.set(f, await parseFile(f))
  return out
}

const here = import.meta.dirname
const real = path.join(here, '..', '..', '..', 'shared', 'corpus', 'real')
// Sets whose folder has a MANIFEST.tsv hold documents fetched from the public repositories it names, kept beside the
// project in ../fresh/docs (real documents stay out of the repository); each such set is skipped where they are absent.
const fresh = path.join(here, '..', '..', '..', 'fresh', 'docs')
const docsOf = (set: string) => (existsSync(path.join(here, set, 'MANIFEST.tsv')) ? fresh : real)
/** The first of a set's documents that is not on disk, if any: a set is scored whole or not at all. */
const absentDoc = (set: string, at: string) =>
  readdirSync(path.join(here, set))
    .filter((g) => g.endsWith('.json'))
    .map((g) => path.join(at, (JSON.parse(readFileSync(path.join(here, set, g), 'utf8')) as { doc: string }).doc))
    .find((f) => !existsSync(f))

/** The sets whose documents are in ../shared/corpus/real ('shared') or were fetched into ../fresh/docs ('fresh'). */
export function describeSets(where: 'shared' | 'fresh'): void {
  const has = existsSync(where === 'shared' ? real : fresh)
  const sets = Object.entries(FLOORS).filter(([set]) => (docsOf(set) === fresh) === (where === 'fresh'))
  const folder = where === 'shared' ? '../shared' : '../fresh'
  describe(`real documents annotated blind (test/real), read from ${folder}${has ? '' : ` (${folder} is absent)`}`, () => {
    for (const [set, floor] of sets) {
      const at = docsOf(set)
      const absent = existsSync(at) ? absentDoc(set, at) : at
      it.skipIf(absent !== undefined)(`${set} scores at or above ${floor}${absent === undefined ? '' : ` (skipped: ${path.relative(path.join(here, '..', '..'), absent)} is absent)`}`, async () => {
        const gold = path.join(here, set)
        const golds = readdirSync(gold).filter((g) => g.endsWith('.json'))
        const docs = await readAll(golds.map((g) => path.join(at, (JSON.parse(readFileSync(path.join(gold, g), 'utf8')) as { doc: string }).doc)))
        const score = scoreFolder(gold, at, (f) => docs.get(f)!)
        expect(score.counts.gold).toBeGreaterThan(0)
        // rounding: a figure printed as 0.83 may be 0.8298; compare at two decimals, as the floors are written
        const rounded = Object.fromEntries(Object.entries(score.total).map(([k, v]) => [k, Math.round(v * 100) / 100])) as typeof score.total
        expect(belowFloor(rounded, parseFloor(floor)), formatScore(score, true)).toEqual([])
      })
    }
  })
}
