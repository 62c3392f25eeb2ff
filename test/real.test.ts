// Real documents from ../shared/corpus/real, annotated blind by readers who followed ../shared/spec/ANNOTATION.md and
// never saw the parser (test/real/<set>/*.json; the documents stay in ../shared). Each set was scored before any change
// was made for it; those first figures are in test/real/README.md. Today's figures, a floor per set that only rises, are
// in test/real/floors.ts. Skipped, with the reason in its title, where ../shared is absent.
// The same file first parses every document of ../shared/corpus/real and ../shared/corpus/originals into a valid
// document, compared with a recorded digest: both read the same documents, and each is parsed once (the suite's two
// largest costs were these two parses of the same corpus in two files). The sets whose documents were fetched into
// ../fresh/docs are scored by test/real-fresh.test.ts, which a second worker runs beside this one.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PlanDocument } from '../src/core/contract/schema.js'
import { describeSets, parseFile } from './real/sets.js'

const shared = path.join(import.meta.dirname, '..', '..', 'shared')
const real = path.join(shared, 'corpus', 'real')
const has = existsSync(real)

// The recorded parse of every real document (sha-256 of its JSON): a refactor or a speed-up must leave it unchanged.
// After an intended change to extraction, rewrite it with PLAN_UPDATE_DIGEST=1 npx vitest run test/real.test.ts and
// say in the commit what moved.
const DIGEST = path.join(import.meta.dirname, 'corpus-digest.json')
const digests: Record<string, string> = {}

describe.skipIf(!has)(`real corpus${has ? '' : ' (skipped: ../shared is absent)'}`, () => {
  const dir = path.join(shared, 'corpus', 'real')
  // the collector runs even when the suite is skipped: read the corpus only when it is there
  // columns are read by their header's name: the manifest gains columns over time
  const rows = has ? readFileSync(path.join(dir, 'MANIFEST.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t')) : [[]]
  const col = (name: string) => rows[0].indexOf(name)
  const tier = new Map(rows.slice(1).map((r) => [r[col('id')], r[col('tier')]]))
  it('reads the tier column of the manifest', () => {
    expect(col('tier')).toBeGreaterThan(0)
    expect([...tier.values()].filter((t) => t === 'A').length).toBeGreaterThan(10)
  })
  const originals = path.join(shared, 'corpus', 'originals')
  const files = has
    ? [
        ...readdirSync(dir).filter((f) => /\.(txt|md|html)$/.test(f)).map((f) => path.join(dir, f)),
        ...(existsSync(originals) ? readdirSync(originals).map((f) => path.join(originals, f)) : []),
      ]
    : []
  for (const file of files) {
    const f = path.basename(file)
    it(`parses ${path.relative(path.join(shared, 'corpus'), file)}`, async () => {
      const doc = await parseFile(file)
      digests[path.relative(path.join(shared, 'corpus'), file)] = createHash('sha256').update(JSON.stringify(doc)).digest('hex').slice(0, 16)
      const r = PlanDocument.safeParse(doc)
      expect(r.success).toBe(true)
      // every body it names is a name: capitalised, no number, date, status word or header; written forms without
      // the words that introduce them ("Giao", "Trách nhiệm của") or trailing punctuation
      for (const a of doc.agencies.filter((x) => !x.generic)) {
        expect(a.name, `${f}: ${a.name}`).toMatch(/^\p{Lu}/u)
        expect(a.name, `${f}: ${a.name}`).not.toMatch(/^(?:Hoàn thành|Đang thực hiện|Thường xuyên|Năm|Tháng|Quý|Ngày)(?:\s|$)|\d{4}/u)
        for (const form of a.forms) expect(form, `${f}: ${a.name}`).not.toMatch(/^(?:Giao|Trách nhiệm của)\s|[,;:.]$/u)
      }
      if (tier.get(f.replace(/\.\w+$/, '')) === 'A') {
        expect(doc.tasks.length).toBeGreaterThan(0)
        expect(doc.tasks.some((t) => t.lead.some((l) => !l.generic))).toBe(true)
      }
    }, 30000)
  }
  it('parses each document exactly as recorded in test/corpus-digest.json', () => {
    if (process.env.PLAN_UPDATE_DIGEST) writeFileSync(DIGEST, JSON.stringify(digests, Object.keys(digests).sort(), 2) + '\n')
    const recorded = JSON.parse(readFileSync(DIGEST, 'utf8')) as Record<string, string>
    expect(Object.keys(digests).length).toBe(files.length)
    expect(digests).toEqual(recorded)
  })
})

// the sets whose documents are in ../shared/corpus/real; those fetched into ../fresh/docs are in real-fresh.test.ts
describeSets('shared')
