// The contract's scorer (../shared/tools/score.mjs, rules in ../shared/spec/ANNOTATION.md) ported into the repository,
// so that the accuracy floors run on a clone without ../shared. It scores in process: gold objects against parsed
// documents (parseDocument, as `plan parse --format json` prints them). Test-side code, never shipped.
// Keep it a faithful port: same normalisation, same matching, same counts; figures are rounded only for display.
// test/score/score.test.ts checks it against score.mjs whenever ../shared is present.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { decode } from '../../src/core/read/decode.js'
import { parseDocument } from '../../src/core/parse.js'

/** One gold file (ANNOTATION.md, "Gold file format"). A key that is absent is not scored. */
export interface GoldTask {
  anchor: string
  lead?: string[]
  coordinators?: string[]
  deadline?: string | null
}
export interface Gold {
  doc: string
  meta?: Record<string, string | null>
  tasks: GoldTask[]
  nonTasks?: string[]
}

/** What the scorer reads from the tool's output (ANNOTATION.md, "What the scorer reads from the tool"). */
export interface PredictedAgency {
  name?: string | null
  generic?: boolean
}
export interface PredictedTask {
  text?: string | null
  lead?: PredictedAgency[] | null
  coordinators?: PredictedAgency[] | null
  deadline?: { end?: string | null } | null
}
export interface Predicted {
  meta?: {
    kind?: string | null
    number?: string | null
    issuer?: { name?: string | null } | null
    issuedOn?: string | null
  } | null
  tasks?: PredictedTask[] | null
}

export interface Counts {
  gold: number
  found: number
  non: number
  leaked: number
  leadN: number
  leadOk: number
  tp: number
  fp: number
  fn: number
  dlN: number
  dlOk: number
  datedN: number
  datedOk: number
  metaN: number
  metaOk: number
}
export const METRICS = ['recall', 'leak', 'lead', 'coord', 'deadline', 'dated', 'meta'] as const
export type Metric = (typeof METRICS)[number]
export type Metrics = Record<Metric, number>

export interface DocScore {
  doc: string
  counts: Counts
  metrics: Metrics
  /** Every miss, worded as score.mjs --verbose words it. */
  misses: string[]
}
export interface Score {
  docs: DocScore[]
  counts: Counts
  total: Metrics
}

// Modern tone placement: hoá→hóa, uỷ→ủy, khoẻ→khỏe (not after q: quý stays). Same table and pattern as score.mjs.
const TONED = { a: 'àáảãạ', e: 'èéẻẽẹ', y: 'ỳýỷỹỵ' }
const ON = { o: 'òóỏõọ', u: 'ùúủũụ' }
function modernTone(s: string): string {
  return s.replace(/(\p{L}*?)([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?!\p{L})/gu, (m: string, pre: string, v: string, t: string) => {
    if (pre.endsWith('q')) return m
    const isY = TONED.y.includes(t)
    if ((v === 'u') !== isY) return m
    const base = isY ? 'y' : TONED.a.includes(t) ? 'a' : 'e'
    const k = TONED[base].indexOf(t)
    return pre + ON[v as 'o' | 'u'][k] + base
  })
}

/** The contract's normalisation: NFC, lower case, modern tone placement, collapsed white space, outer punctuation stripped. */
export function norm(s: unknown): string {
  return modernTone(String(s ?? '').normalize('NFC').toLowerCase())
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s.,;:()"“”'-]+|[\s.,;:()"“”'-]+$/g, '')
}

/** Generic collectives are never scored: a predicted agency flagged generic, or whose name starts with "các ". */
export const isGeneric = (a: PredictedAgency | null | undefined): boolean => a?.generic === true || norm(a?.name).startsWith('các ')
const names = (list: PredictedAgency[] | null | undefined) => new Set((list ?? []).filter((a) => !isGeneric(a)).map((a) => norm(a.name)))
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x))

export const zero = (): Counts => ({ gold: 0, found: 0, non: 0, leaked: 0, leadN: 0, leadOk: 0, tp: 0, fp: 0, fn: 0, dlN: 0, dlOk: 0, datedN: 0, datedOk: 0, metaN: 0, metaOk: 0 })

const ratio = (a: number, b: number) => (b ? a / b : 1)
const f1 = (t: Counts) => (t.tp + t.fp + t.fn ? (2 * t.tp) / (2 * t.tp + t.fp + t.fn) : 1)
export const metrics = (t: Counts): Metrics => ({
  recall: ratio(t.found, t.gold),
  leak: t.non ? t.leaked / t.non : 0,
  lead: ratio(t.leadOk, t.leadN),
  coord: f1(t),
  deadline: ratio(t.dlOk, t.dlN),
  dated: ratio(t.datedOk, t.datedN),
  meta: ratio(t.metaOk, t.metaN),
})

/** Scores one document's prediction against its gold; `failure` stands for a tool that failed (scored as empty output). */
export function scoreDocument(gold: Gold, predicted: Predicted | null, failure?: string): DocScore {
  const t = zero()
  const miss: string[] = []
  const doc: Predicted = predicted ?? { tasks: [], meta: {} }
  if (failure !== undefined) miss.push(`tool failed: ${failure.split('\n')[0]}`)
  const tasks = (doc.tasks ?? []).map((x) => ({ ...x, _n: norm(x.text) }))
  for (const g of gold.tasks) {
    t.gold++
    const a = norm(g.anchor)
    // the shortest predicted task containing the anchor; Array.prototype.sort is stable, so ties keep document order
    const cands = tasks.filter((x) => x._n.includes(a)).sort((x, y) => x._n.length - y._n.length)
    if (!cands.length) {
      miss.push(`missing task: ${g.anchor}`)
      continue
    }
    t.found++
    const p = cands[0]
    if ('lead' in g) {
      t.leadN++
      const want = new Set(g.lead!.map(norm))
      const got = names(p.lead)
      if (sameSet(want, got)) t.leadOk++
      else miss.push(`lead ${g.anchor}: want [${[...want]}] got [${[...got]}]`)
    }
    if ('coordinators' in g) {
      const want = new Set(g.coordinators!.map(norm))
      const got = names(p.coordinators)
      const tp = [...got].filter((x) => want.has(x)).length
      t.tp += tp
      t.fp += got.size - tp
      t.fn += want.size - tp
      if (tp !== want.size || tp !== got.size) miss.push(`coord ${g.anchor}: want [${[...want]}] got [${[...got]}]`)
    }
    if ('deadline' in g) {
      t.dlN++
      const got = p.deadline?.end ?? null
      if (g.deadline !== null) t.datedN++
      if (got === g.deadline) {
        t.dlOk++
        if (g.deadline !== null) t.datedOk++
      } else miss.push(`deadline ${g.anchor}: want ${g.deadline} got ${got}`)
    }
  }
  for (const n of gold.nonTasks ?? []) {
    t.non++
    const a = norm(n)
    if (tasks.some((x) => x._n.includes(a))) {
      t.leaked++
      miss.push(`not a task, but output as one: ${n}`)
    }
  }
  const m = doc.meta ?? {}
  const metaGot: Record<string, string | null> = {
    kind: m.kind ?? null,
    number: m.number ? String(m.number).replace(/\s+/g, '') : null,
    issuer: m.issuer?.name ? norm(m.issuer.name) : null,
    issuedOn: m.issuedOn ?? null,
  }
  for (const [k, v] of Object.entries(gold.meta ?? {})) {
    t.metaN++
    const want = k === 'issuer' && v ? norm(v) : v
    if (metaGot[k] === want) t.metaOk++
    else miss.push(`meta.${k}: want ${want} got ${metaGot[k]}`)
  }
  return { doc: gold.doc, counts: t, metrics: metrics(t), misses: miss }
}

/** Sums the documents' counts (micro averages, as score.mjs's TOTAL line). */
export function total(docs: DocScore[]): Score {
  const counts = zero()
  for (const d of docs) for (const k of Object.keys(counts) as (keyof Counts)[]) counts[k] += d.counts[k]
  return { docs, counts, total: metrics(counts) }
}

/** The gold files of a folder, in score.mjs's order (file names sorted). */
export function readGold(goldDir: string): Gold[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as Gold)
}

/** A document parsed as `plan parse FILE` parses it: decoded, markdown by its name. */
export function parseFile(file: string) {
  return parseDocument(decode(readFileSync(file)).text, { file: path.basename(file), markdown: /\.(md|markdown)$/i.test(file) })
}

/** Parses every gold file's document from docsDir and scores it; a document that cannot be read or parsed scores as empty output. */
export function scoreFolder(goldDir: string, docsDir: string, parse: (file: string) => Predicted = parseFile): Score {
  return total(
    readGold(goldDir).map((gold) => {
      let doc: Predicted
      try {
        doc = parse(path.join(docsDir, gold.doc))
      } catch (e) {
        return scoreDocument(gold, null, String((e as Error).message))
      }
      return scoreDocument(gold, doc)
    }),
  )
}

/** Metrics as score.mjs prints them: `recall=1.00 leak=0.00 …`. */
export const formatMetrics = (m: Metrics): string => METRICS.map((k) => `${k}=${m[k].toFixed(2)}`).join(' ')

/** score.mjs's per-document line and TOTAL line, misses after each document's line when verbose. */
export function formatScore(s: Score, verbose = false): string {
  const lines: string[] = []
  for (const d of s.docs) {
    lines.push(`${d.doc.padEnd(32)} ${formatMetrics(d.metrics)} tasks=${d.counts.found}/${d.counts.gold}`)
    if (verbose) for (const x of d.misses) lines.push(`    ${x}`)
  }
  lines.push(`TOTAL ${formatMetrics(s.total)} tasks=${s.counts.found}/${s.counts.gold}`)
  return lines.join('\n') + '\n'
}

/** Parses score.mjs's --min syntax: `recall=1,lead=0.98,leak=0`. */
export function parseFloor(spec: string): Partial<Metrics> {
  return Object.fromEntries(
    spec
      .split(',')
      .filter(Boolean)
      .map((kv) => {
        const [k, v] = kv.split('=')
        if (!(METRICS as readonly string[]).includes(k)) throw new Error(`unknown metric in floor: ${k}`)
        return [k, Number(v)]
      }),
  )
}

/** The metrics below the floor, as score.mjs --min judges them (unrounded; leak is a maximum): `lead=0.97 < 0.98`. */
export function belowFloor(m: Metrics, floor: Partial<Metrics>): string[] {
  return Object.entries(floor)
    .filter(([k, v]) => (k === 'leak' ? m[k as Metric] > v! : m[k as Metric] < v!))
    .map(([k, v]) => `${k}=${m[k as Metric]} ${k === 'leak' ? '>' : '<'} ${v}`)
}
