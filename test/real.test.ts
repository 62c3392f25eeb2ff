// Real documents from ../shared/corpus/real, annotated blind by readers who followed ../shared/spec/ANNOTATION.md and
// never saw the parser (test/real/<set>/*.json; the documents stay in ../shared). Each set was scored before any change
// was made for it; those first figures are in test/real/README.md. The figures here are today's, a floor per set that
// only rises. Skipped, with the reason in its title, where ../shared is absent.
// The same file first parses every document of ../shared/corpus/real and ../shared/corpus/originals into a valid
// document, compared with a recorded digest: both read the same documents, and each is parsed once (the suite's two
// largest costs were these two parses of the same corpus in two files).
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseRead } from '../src/core/parse.js'
import { readDocument } from '../src/core/read/index.js'
import { PlanDocument } from '../src/core/contract/schema.js'
import { belowFloor, formatScore, parseFloor, scoreFolder } from './score/score.js'

type Parsed = ReturnType<typeof parseRead>
const parsed = new Map<string, Parsed>()
/** A document read as `plan parse` reads it (HTML, Word and PDF by their readers), so the scores equal score.mjs's; once. */
async function parseFile(file: string): Promise<Parsed> {
  let doc = parsed.get(file)
  if (!doc) parsed.set(file, (doc = parseRead(await readDocument(readFileSync(file), { name: path.basename(file) }), { file: path.basename(file) })))
  return doc
}

async function readAll(files: string[]): Promise<Map<string, Parsed>> {
  const out = new Map<string, Parsed>()
  for (const f of files) out.set(f, await parseFile(f))
  return out
}

const shared = path.join(import.meta.dirname, '..', '..', 'shared')
const real = path.join(shared, 'corpus', 'real')
const has = existsSync(real)
// Sets whose folder has a MANIFEST.tsv hold documents fetched from the public repositories it names, kept beside the
// project in ../fresh/docs (real documents stay out of the repository); each such set is skipped where they are absent.
const fresh = path.join(import.meta.dirname, '..', '..', 'fresh', 'docs')
const docsOf = (set: string) => (existsSync(path.join(import.meta.dirname, 'real', set, 'MANIFEST.tsv')) ? fresh : real)
/** The first of a set's documents that is not on disk, if any: a set is scored whole or not at all. */
const absentDoc = (set: string, at: string) =>
  readdirSync(path.join(import.meta.dirname, 'real', set))
    .filter((g) => g.endsWith('.json'))
    .map((g) => path.join(at, (JSON.parse(readFileSync(path.join(import.meta.dirname, 'real', set, g), 'utf8')) as { doc: string }).doc))
    .find((f) => !existsSync(f))

// The ratchet: raise these as extraction improves; never lower them (leak is a maximum). Same syntax as score.mjs --min.
const FLOORS: Record<string, string> = {
  r1: 'recall=0.97,leak=0.06,lead=0.96,coord=1,deadline=0.97,dated=1,meta=0.96',
  r2: 'recall=0.97,leak=0,lead=0.94,coord=0.85,deadline=1,dated=1,meta=1',
  r3: 'recall=0.88,leak=0.03,lead=0.89,coord=0.96,deadline=0.97,dated=0.94,meta=1',
  r4: 'recall=0.95,leak=0,lead=1,coord=1,deadline=0.99,dated=1,meta=0.75',
  r5: 'recall=0.97,leak=0.07,lead=0.9,coord=0.89,deadline=0.95,dated=0.95,meta=0.93',
  r6: 'recall=0.97,leak=0,lead=0.96,coord=0.89,deadline=0.99,dated=0.92,meta=0.94',
  r7: 'recall=0.97,leak=0.15,lead=0.97,coord=0.88,deadline=0.96,dated=0.89,meta=0.83',
  r8: 'recall=0.99,leak=0,lead=0.99,coord=1,deadline=0.98,dated=1,meta=1',
  r9: 'recall=0.99,leak=0,lead=0.96,coord=0.87,deadline=0.98,dated=1,meta=0.83',
  r10: 'recall=0.99,leak=0,lead=0.99,coord=1,deadline=0.99,dated=1,meta=1',
  r11: 'recall=0.99,leak=0,lead=0.91,coord=0.88,deadline=0.99,dated=0.95,meta=1',
  r12: 'recall=0.72,leak=0.04,lead=0.86,coord=0.93,deadline=0.97,dated=0.94,meta=1',
  r13: 'recall=0.98,leak=0.08,lead=0.92,coord=0.69,deadline=1,dated=0,meta=1',
  r14: 'recall=0.93,leak=0.04,lead=0.94,coord=0.86,deadline=1,dated=1,meta=0.88',
  r15: 'recall=0.83,leak=0,lead=0.91,coord=0.86,deadline=0.96,dated=0.84,meta=1',
  r16: 'recall=0.97,leak=0.08,lead=0.72,coord=0.42,deadline=0.87,dated=0.5,meta=1',
  r17: 'recall=0.98,leak=0.04,lead=1,coord=1,deadline=0.95,dated=0.92,meta=0.75',
  r18: 'recall=1,leak=0,lead=1,coord=1,deadline=1,dated=1,meta=0.88',
  r19: 'recall=0.95,leak=0,lead=1,coord=0.86,deadline=0.96,dated=0.86,meta=1',
  r20: 'recall=0.98,leak=0.06,lead=1,coord=1,deadline=1,dated=1,meta=1',
  r21: 'recall=0.94,leak=0.05,lead=1,coord=1,deadline=0.99,dated=1,meta=1',
  r22: 'recall=0.99,leak=0,lead=0.88,coord=1,deadline=1,dated=1,meta=1',
  r23: 'recall=1,leak=0.09,lead=0.99,coord=0.95,deadline=0.99,dated=1,meta=1',
  r24: 'recall=1,leak=0,lead=0.99,coord=1,deadline=1,dated=1,meta=1',
  r25: 'recall=1,leak=0,lead=0.96,coord=0.94,deadline=0.99,dated=0.99,meta=1',
  r26: 'recall=1,leak=0,lead=0.99,coord=1,deadline=1,dated=1,meta=0.83',
  r27: 'recall=0.93,leak=0.1,lead=1,coord=0.86,deadline=1,dated=1,meta=1',
  r28: 'recall=0.82,leak=0,lead=1,coord=1,deadline=1,dated=1,meta=1',
  r29: 'recall=0.97,leak=0,lead=0.92,coord=1,deadline=1,dated=1,meta=1',
  r30: 'recall=0.97,leak=0,lead=0.96,coord=1,deadline=1,dated=1,meta=1',
  r31: 'recall=1,leak=0,lead=0.94,coord=1,deadline=1,dated=1,meta=1',
  r32: 'recall=0.98,leak=0.08,lead=1,coord=1,deadline=0.98,dated=0.98,meta=1',
  r33: 'recall=1,leak=0.09,lead=1,coord=1,deadline=1,dated=1,meta=1',
  r34: 'recall=0.96,leak=0.04,lead=0.96,coord=1,deadline=0.98,dated=0.86,meta=0.95',
  r35: 'recall=0.9,leak=0.05,lead=0.87,coord=1,deadline=1,dated=1,meta=0.86',
  r36: 'recall=0.92,leak=0.08,lead=1,coord=1,deadline=0.99,dated=1,meta=1',
  r37: 'recall=0.99,leak=0.03,lead=0.96,coord=1,deadline=0.98,dated=1,meta=0.94',
  r38: 'recall=0.94,leak=0,lead=1,coord=0.97,deadline=1,dated=1,meta=1',
  r39: 'recall=0.96,leak=0.17,lead=0.97,coord=1,deadline=0.97,dated=1,meta=0.95',
  r40: 'recall=0.94,leak=0,lead=0.92,coord=1,deadline=0.99,dated=1,meta=1',
  r41: 'recall=1,leak=0.04,lead=0.9,coord=1,deadline=1,dated=1,meta=1',
  r42: 'recall=0.97,leak=0,lead=1,coord=1,deadline=0.97,dated=0.89,meta=0.94',
  // (r109's deadline lowered from .97 to .95 on purpose on 12-05: a scanned letter's subject line "v/v …" no longer hides
  // its items, six more tasks found; one of them reads a plan's year through a scan's "ké hoạch … năm 2023" as its
  // deadline; nothing it had got worse)
  // (r43's lead and dated lowered by .01 on purpose on 12-04: one more task found, a pdftotext column row whose lead and
  // time sit in other columns, so the share of found tasks with the right lead and date fell; nothing it had got worse)
  r43: 'recall=0.98,leak=0,lead=0.86,coord=0.95,deadline=0.86,dated=0.53,meta=1',
  r44: 'recall=0.98,leak=0.05,lead=0.87,coord=1,deadline=1,dated=1,meta=1',
  r45: 'recall=0.92,leak=0,lead=0.98,coord=0.93,deadline=0.95,dated=0.92,meta=1',
  r46: 'recall=0.98,leak=0,lead=0.97,coord=1,deadline=0.99,dated=0.97,meta=1',
  r47: 'recall=1,leak=0,lead=0.98,coord=1,deadline=1,dated=1,meta=1',
  r48: 'recall=0.99,leak=0,lead=0.98,coord=1,deadline=0.99,dated=1,meta=1',
  r49: 'recall=0.98,leak=0.04,lead=0.97,coord=1,deadline=1,dated=1,meta=1',
  r50: 'recall=0.98,leak=0.03,lead=0.97,coord=1,deadline=1,dated=1,meta=1',
  r51: 'recall=1,leak=0,lead=1,coord=1,deadline=0.99,dated=1,meta=0.91',
  r52: 'recall=1,leak=0,lead=0.98,coord=1,deadline=0.99,dated=1,meta=0.92',
  r53: 'recall=1,leak=0,lead=1,coord=1,deadline=1,dated=1,meta=1',
  r54: 'recall=0.9,leak=0,lead=1,coord=1,deadline=1,dated=1,meta=1',
  r55: 'recall=0.99,leak=0.05,lead=0.97,coord=0.91,deadline=0.95,dated=0.97,meta=1',
  r56: 'recall=0.9,leak=0,lead=0.83,coord=0.84,deadline=0.9,dated=0.62,meta=1',
  r58: 'recall=0.96,leak=0,lead=0.98,coord=1,deadline=0.97,dated=0.98,meta=1',
  r59: 'recall=0.96,leak=0,lead=0.95,coord=0.86,deadline=1,dated=1,meta=1',
  r57: 'recall=1,leak=0,lead=1,coord=1,deadline=1,dated=1,meta=1',
  r60: 'recall=0.97,leak=0,lead=0.95,coord=1,deadline=0.97,dated=1,meta=0.83',
  // (r61's leak raised from .33 to .42 on purpose on 12-05: a scanned Chỉ thị excerpt with no title is now read as the
  // Chỉ thị it names itself, and its item "1. Quán triệt sâu sắc tinh thần chỉ đạo …", which the annotator left out, is a task)
  r61: 'recall=0.99,leak=0.42,lead=0.98,coord=0.88,deadline=0.98,dated=0.96,meta=0.83',
  r63: 'recall=0.98,leak=0.07,lead=0.94,coord=1,deadline=0.97,dated=1,meta=1',
  r64: 'recall=0.96,leak=0,lead=0.97,coord=1,deadline=1,dated=1,meta=1',
  r62: 'recall=1,leak=0,lead=0.95,coord=0.94,deadline=0.97,dated=1,meta=1',
  r65: 'recall=0.78,leak=0.13,lead=0.91,coord=1,deadline=0.97,dated=1,meta=0.64',
  r67: 'recall=0.91,leak=0.03,lead=0.95,coord=1,deadline=1,dated=1,meta=0.95',
  r68: 'recall=0.85,leak=0,lead=0.98,coord=1,deadline=1,dated=1,meta=1',
  r66: 'recall=0.91,leak=0.06,lead=1,coord=1,deadline=0.97,dated=0.86,meta=1',
  r69: 'recall=0.99,leak=0,lead=0.99,coord=0.99,deadline=1,dated=1,meta=1',
  r70: 'recall=1,leak=0,lead=1,coord=1,deadline=1,dated=1,meta=1',
  r71: 'recall=1,leak=0.05,lead=0.88,coord=1,deadline=0.98,dated=0.88,meta=1',
  r73: 'recall=0.72,leak=0.03,lead=1,coord=1,deadline=1,dated=1,meta=0.94',
  r74: 'recall=0.97,leak=0,lead=0.95,coord=1,deadline=1,dated=1,meta=1',
  r75: 'recall=1,leak=0,lead=1,coord=1,deadline=1,dated=1,meta=0.89',
  // (r76's, r78's and r82's meta lowered on purpose on 12-05 (.95, .69, .58): a legal site's page headed "# Toàn văn
  // <act> …?" is now a news article (tin-bai), as ten of the sixteen such pages' annotators read it (r71, r86, r95, r96,
  // r126, r131, r133); these three sets' annotators read the page as the act; numbers and issuers unchanged)
  r76: 'recall=0.95,leak=0.04,lead=1,coord=1,deadline=0.94,dated=0.8,meta=0.95',
  r77: 'recall=1,leak=0,lead=1,coord=1,deadline=1,dated=1,meta=1',
  r78: 'recall=0.9,leak=0.04,lead=1,coord=1,deadline=1,dated=1,meta=0.75',
  r79: 'recall=0.97,leak=0,lead=1,coord=1,deadline=0.97,dated=1,meta=0.85',
  r80: 'recall=0.99,leak=0,lead=1,coord=1,deadline=1,dated=1,meta=1',
  r81: 'recall=0.99,leak=0.24,lead=1,coord=1,deadline=0.99,dated=0.91,meta=0.82',
  r82: 'recall=0.87,leak=0.04,lead=0.82,coord=0.56,deadline=0.77,dated=1,meta=0.58',
  r83: 'recall=1,leak=0,lead=1,coord=1,deadline=1,dated=1,meta=0.5',
  r84: 'recall=0.89,leak=0,lead=0.96,coord=0.9,deadline=0.94,dated=0.84,meta=1',
  r85: 'recall=0.96,leak=0.04,lead=1,coord=0.93,deadline=1,dated=1,meta=1',
  r86: 'recall=0.94,leak=0,lead=0.98,coord=1,deadline=1,dated=1,meta=0.93',
  r87: 'recall=1,leak=0.08,lead=0.89,coord=1,deadline=0.97,dated=1,meta=1',
  r88: 'recall=0.79,leak=0.04,lead=0.74,coord=0.94,deadline=0.96,dated=1,meta=0.9',
  r89: 'recall=1,leak=0.05,lead=1,coord=1,deadline=1,dated=1,meta=0.75',
  r90: 'recall=1,leak=0,lead=0.91,coord=0.93,deadline=0.94,dated=1,meta=0.9',
  r91: 'recall=0.98,leak=0.04,lead=0.92,coord=0.91,deadline=0.94,dated=0.86,meta=1',
  r92: 'recall=0.97,leak=0,lead=0.98,coord=1,deadline=1,dated=1,meta=1',
  r93: 'recall=0.99,leak=0.11,lead=1,coord=0.73,deadline=1,dated=1,meta=1',
  r94: 'recall=1,leak=0.05,lead=1,coord=1,deadline=1,dated=1,meta=1',
  r95: 'recall=0.96,leak=0,lead=0.89,coord=1,deadline=0.98,dated=1,meta=0.83',
  r96: 'recall=0.82,leak=0.05,lead=0.5,coord=1,deadline=0.97,dated=0,meta=0.88',
  r97: 'recall=0.96,leak=0.05,lead=0.96,coord=1,deadline=0.95,dated=0.92,meta=0.92',
  r98: 'recall=0.98,leak=0.05,lead=0.64,coord=0.8,deadline=0.92,dated=0,meta=1',
  r99: 'recall=0.94,leak=0.04,lead=1,coord=1,deadline=0.97,dated=1,meta=0.67',
  r100: 'recall=0.88,leak=0.15,lead=0.93,coord=1,deadline=1,dated=1,meta=0.92',
  r101: 'recall=0.87,leak=0,lead=1,coord=1,deadline=0.98,dated=0.5,meta=1',
  r102: 'recall=0.54,leak=0.03,lead=0.36,coord=1,deadline=1,dated=1,meta=0.71',
  r103: 'recall=0.95,leak=0.05,lead=0.68,coord=0.86,deadline=0.97,dated=1,meta=0.62',
  r104: 'recall=0.74,leak=0.06,lead=0.81,coord=1,deadline=0.97,dated=1,meta=0.93',
  r105: 'recall=0.94,leak=0,lead=0.95,coord=1,deadline=1,dated=1,meta=0.9',
  r106: 'recall=0.85,leak=0.06,lead=1,coord=1,deadline=1,dated=1,meta=1',
  r107: 'recall=0.9,leak=0.09,lead=1,coord=1,deadline=1,dated=1,meta=0.95',
  r108: 'recall=0.85,leak=0.07,lead=0.5,coord=0,deadline=0.98,dated=1,meta=0.5',
  // (r109's lead lowered from .91 to .88 on purpose on 12-05: the telegram excerpt now read as one finds two more tasks, one
  // of them without the lead the annotator gave it)
  r109: 'recall=0.96,leak=0,lead=0.88,coord=1,deadline=0.96,dated=1,meta=0.8',
  r110: 'recall=0.78,leak=0.1,lead=0.86,coord=0.78,deadline=0.76,dated=0.5,meta=0.73',
  r111: 'recall=0.97,leak=0.08,lead=1,coord=1,deadline=1,dated=1,meta=0.71',
  r112: 'recall=0.99,leak=0,lead=1,coord=1,deadline=1,dated=1,meta=0.93',
  r113: 'recall=0.8,leak=0,lead=0.82,coord=1,deadline=0.92,dated=1,meta=0.86',
  r114: 'recall=0.78,leak=0,lead=1,coord=1,deadline=1,dated=1,meta=0.58',
  r115: 'recall=0.98,leak=0.14,lead=0.92,coord=1,deadline=0.82,dated=0.5,meta=0.93',
  // (r116's lead, coord, deadline and dated lowered on purpose on 12-05: a Party excerpt now read as the plan it names
  // itself finds one more task, without its lead, partner and quarter)
  r116: 'recall=0.96,leak=0.04,lead=0.85,coord=1,deadline=0.92,dated=0.94,meta=0.94',
  // (r117's lead lowered from .60 to .56 on purpose on 12-05, twenty-third session: a commune's conclusion now finds one
  // more task, "Thường xuyên theo dõi, đôn đốc …", without the three bodies the annotator gave it)
  r117: 'recall=0.78,leak=0.13,lead=0.75,coord=1,deadline=0.97,dated=1,meta=0.89',
  r118: 'recall=1,leak=0.04,lead=0.97,coord=1,deadline=0.97,dated=0.9,meta=0.94',
  r119: 'recall=1,leak=0.04,lead=0.93,coord=1,deadline=0.96,dated=0.88,meta=0.89',
  r120: 'recall=1,leak=0,lead=1,coord=0.89,deadline=1,dated=1,meta=0.88',
  r121: 'recall=0.75,leak=0.09,lead=1,coord=1,deadline=0.89,dated=1,meta=0.86',
  r122: 'recall=0.79,leak=0,lead=0.8,coord=1,deadline=0.97,dated=1,meta=0.75',
  r123: 'recall=0.97,leak=0.06,lead=0.97,coord=1,deadline=0.95,dated=1,meta=0.89',
  r124: 'recall=0.93,leak=0.06,lead=0.95,coord=1,deadline=1,dated=1,meta=0.92',
  r125: 'recall=0.55,leak=0.06,lead=0.5,coord=1,deadline=0.97,dated=0,meta=1',
  r126: 'recall=0.87,leak=0.35,lead=0.92,coord=1,deadline=0.8,dated=0.63,meta=0.83',
  r128: 'recall=0.67,leak=0.08,lead=0,coord=1,deadline=1,dated=1,meta=1',
  r129: 'recall=0.84,leak=0.18,lead=0.92,coord=1,deadline=0.88,dated=1,meta=0.86',
  r130: 'recall=0.68,leak=0.03,lead=1,coord=1,deadline=0.94,dated=1,meta=0.5',
  r131: 'recall=0.95,leak=0,lead=1,coord=1,deadline=0.97,dated=1,meta=0.83',
  // (r132's lead, deadline and dated lowered on purpose on 12-05 (.13, .45, .14): a news page's eight priorities listed
  // by ordinal words ("*Thứ tư* là quyết liệt thực hiện …") are now found, recall .50 → .79, and their lead (the Government
  // that set them) and year (2021, from the article's framing) are not read; nothing it had got worse; again on 12-06 (.11,
  // .42, .13): its eighth, "Thứ tám là làm tốt công tác thông tin …", is found since "làm tốt" opens work, recall .79 → .86)
  r132: 'recall=0.86,leak=0.37,lead=0.11,coord=1,deadline=0.42,dated=0.13,meta=1',
  r133: 'recall=0.95,leak=0.05,lead=1,coord=1,deadline=1,dated=1,meta=0.6',
  r134: 'recall=0.79,leak=0.09,lead=1,coord=1,deadline=1,dated=1,meta=1',
  r135: 'recall=0.81,leak=0.14,lead=1,coord=1,deadline=1,dated=1,meta=1',
}

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

describe(`real documents annotated blind (test/real)${has ? '' : ' (../shared is absent)'}`, () => {
  for (const [set, floor] of Object.entries(FLOORS)) {
    const at = docsOf(set)
    const absent = existsSync(at) ? absentDoc(set, at) : at
    it.skipIf(absent !== undefined)(`${set} scores at or above ${floor}${absent === undefined ? '' : ` (skipped: ${path.relative(path.join(import.meta.dirname, '..'), absent)} is absent)`}`, async () => {
      const gold = path.join(import.meta.dirname, 'real', set)
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
