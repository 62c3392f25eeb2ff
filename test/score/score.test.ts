// The in-repo scorer (test/score/score.ts) is the contract's scorer (../shared/tools/score.mjs): hand-made pairs show
// each rule and that each metric moves; when ../shared is present, both scorers are run on the same predictions
// (the project's annotated documents and the seeds, as parsed and as deliberately damaged) and must print the same
// lines, misses included; and score.mjs over the built CLI must print the TOTAL the in-process scorer computes.
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  belowFloor,
  formatScore,
  type Gold,
  norm,
  parseFile,
  parseFloor,
  type Predicted,
  type PredictedTask,
  readGold,
  type Score,
  scoreDocument,
  scoreFolder,
  total,
} from './score.js'

const root = path.join(import.meta.dirname, '..', '..')
const shared = path.join(root, '..', 'shared')
const scorer = path.join(shared, 'tools', 'score.mjs')
const hasShared = existsSync(scorer) && existsSync(path.join(shared, 'corpus', 'gold'))
const built = existsSync(path.join(root, 'dist', 'cli', 'index.js'))

/** True when a source file is newer than the build: score.mjs would then score other code than the in-process parser. */
function staleBuild(): boolean {
  if (!built) return false
  const times = (dir: string, ext: string): number[] =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith(ext))
      .map((f) => statSync(path.join(dir, f)).mtimeMs)
  return Math.max(...times(path.join(root, 'src'), '.ts')) > Math.min(...times(path.join(root, 'dist'), '.js'))
}
const stale = staleBuild()

// each document is parsed once for the whole file
const parsed = new Map<string, Predicted>()
const parseOnce = (file: string): Predicted => parsed.get(file) ?? (parsed.set(file, parseFile(file)), parsed.get(file)!)

const exec = promisify(execFile)
const runScorer = async (args: string[]) => (await exec(process.execPath, [scorer, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 })).stdout
const totalLine = (out: string) => out.split('\n').find((l) => l.startsWith('TOTAL ')) ?? `no TOTAL line in:\n${out}`

// ---------------------------------------------------------------------------------------------------------------
// hand-made pairs

const agency = (name: string, generic = false) => ({ name, generic })
const task = (text: string, lead: string[] = [], coordinators: string[] = [], end: string | null = null): PredictedTask => ({
  text,
  lead: lead.map((n) => agency(n)),
  coordinators: coordinators.map((n) => agency(n)),
  deadline: end ? { end } : null,
})
const GOLD: Gold = {
  doc: 'x.txt',
  meta: { kind: 'ke-hoach', number: '12-KH/TU', issuer: 'Tỉnh ủy Bình Phước', issuedOn: '2024-03-01' },
  tasks: [
    { anchor: 'tổ chức hội nghị quán triệt', lead: ['Ban Tuyên giáo Tỉnh ủy'], coordinators: ['Sở Nội vụ'], deadline: '2024-06-30' },
    { anchor: 'kiểm tra, giám sát việc thực hiện', lead: ['Ủy ban Kiểm tra Tỉnh ủy'], coordinators: [], deadline: null },
  ],
  nonTasks: ['Nâng cao nhận thức của cán bộ'],
}
const RIGHT: Predicted = {
  meta: { kind: 'ke-hoach', number: '12-KH/TU', issuer: { name: 'Tỉnh ủy Bình Phước' }, issuedOn: '2024-03-01' },
  tasks: [
    task('Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ tổ chức hội nghị quán triệt trong quý II/2024.', ['Ban Tuyên giáo Tỉnh ủy'], ['Sở Nội vụ'], '2024-06-30'),
    task('Ủy ban Kiểm tra Tỉnh ủy thường xuyên kiểm tra, giám sát việc thực hiện.', ['Ủy ban Kiểm tra Tỉnh ủy']),
  ],
}
const clone = <T>(x: T): T => structuredClone(x)
const metricsOf = (p: Predicted, g: Gold = GOLD) => scoreDocument(g, p).metrics

describe('the in-repo scorer on hand-made gold and predictions', () => {
  it('normalises as the contract says: NFC, lower case, modern tone placement, white space, outer punctuation', () => {
    expect(norm('U\u0309y ban')).toBe('ủy ban')
    expect(norm('ỦY BAN NHÂN DÂN')).toBe('ủy ban nhân dân')
    expect(['uỷ', 'hoá', 'khoá', 'hoà', 'thuỷ', 'khoẻ', 'Thủ tướng'].map(norm)).toEqual(['ủy', 'hóa', 'khóa', 'hòa', 'thủy', 'khỏe', 'thủ tướng'])
    expect(['quý', 'quỳ', 'thuế', 'hoàn'].map(norm)).toEqual(['quý', 'quỳ', 'thuế', 'hoàn'])
    expect(norm('  (Sở  Nội\tvụ);  ')).toBe('sở nội vụ')
    expect(norm('“Học viện Chính trị - Hành chính”.')).toBe('học viện chính trị - hành chính')
    expect(norm(null)).toBe('')
  })

  it('gives full marks to a prediction that matches the gold', () => {
    const s = scoreDocument(GOLD, RIGHT)
    expect(s.metrics).toEqual({ recall: 1, leak: 0, lead: 1, coord: 1, deadline: 1, dated: 1, meta: 1 })
    expect(s.misses).toEqual([])
    expect(s.counts).toMatchObject({ gold: 2, found: 2, non: 1, leaked: 0, leadN: 2, dlN: 2, datedN: 1, metaN: 4, tp: 1, fp: 0, fn: 0 })
  })

  it('recall goes down when a gold task has no predicted task containing its anchor', () => {
    const p = clone(RIGHT)
    p.tasks!.pop()
    const s = scoreDocument(GOLD, p)
    expect(s.metrics.recall).toBe(0.5)
    expect(s.misses).toContain('missing task: kiểm tra, giám sát việc thực hiện')
  })

  it('leak goes up when a non-task passage sits in a predicted task', () => {
    const p = clone(RIGHT)
    p.tasks!.push(task('Nâng cao nhận thức của cán bộ, đảng viên.'))
    expect(metricsOf(p).leak).toBe(1)
    expect(metricsOf(RIGHT).leak).toBe(0)
  })

  it('lead goes down when the predicted lead set differs from the gold set (wrong, missing or extra body)', () => {
    for (const lead of [['Sở Nội vụ'], [], ['Ban Tuyên giáo Tỉnh ủy', 'Sở Nội vụ']]) {
      const p = clone(RIGHT)
      p.tasks![0].lead = lead.map((n) => agency(n))
      expect(metricsOf(p).lead).toBe(0.5)
    }
  })

  it('coord is a micro F1: an extra coordinator is a false positive, a missing one a false negative', () => {
    const extra = clone(RIGHT)
    extra.tasks![1].coordinators = [agency('Văn phòng Tỉnh ủy')]
    expect(scoreDocument(GOLD, extra).counts).toMatchObject({ tp: 1, fp: 1, fn: 0 })
    expect(metricsOf(extra).coord).toBeCloseTo(2 / 3)
    const missing = clone(RIGHT)
    missing.tasks![0].coordinators = []
    expect(scoreDocument(GOLD, missing).counts).toMatchObject({ tp: 0, fp: 0, fn: 1 })
    expect(metricsOf(missing).coord).toBe(0)
  })

  it('deadline goes down for a wrong end; dated only for gold ends that are dates; null must stay null', () => {
    const wrong = clone(RIGHT)
    wrong.tasks![0].deadline = { end: '2024-06-29' }
    expect(metricsOf(wrong)).toMatchObject({ deadline: 0.5, dated: 0 })
    const invented = clone(RIGHT)
    invented.tasks![1].deadline = { end: '2024-12-31' }
    expect(metricsOf(invented)).toMatchObject({ deadline: 0.5, dated: 1 })
    expect(scoreDocument(GOLD, invented).misses).toEqual(['deadline kiểm tra, giám sát việc thực hiện: want null got 2024-12-31'])
  })

  it('meta goes down for each scored field that differs; the number ignores white space, the issuer is normalised', () => {
    const p = clone(RIGHT)
    p.meta = { kind: 'chi-thi', number: '12 - KH/TU', issuer: { name: 'TỈNH UỶ BÌNH PHƯỚC' }, issuedOn: null }
    const s = scoreDocument(GOLD, p)
    expect(s.metrics.meta).toBe(0.5)
    expect(s.misses).toEqual(['meta.kind: want ke-hoach got chi-thi', 'meta.issuedOn: want 2024-03-01 got null'])
  })

  it('ignores generic predicted agencies: a name starting with "các " or generic: true', () => {
    const p = clone(RIGHT)
    p.tasks![0].lead!.push(agency('các cơ quan liên quan'), agency('Ủy ban nhân dân các huyện', true))
    p.tasks![0].coordinators!.push(agency('Các sở, ngành'))
    expect(metricsOf(p)).toMatchObject({ lead: 1, coord: 1 })
    p.tasks![0].lead!.push(agency('Ủy ban nhân dân các huyện'))
    expect(metricsOf(p).lead).toBe(0.5)
  })

  it('takes the shortest predicted task that contains the anchor, the first of equal ones', () => {
    const p = clone(RIGHT)
    p.tasks!.unshift(task('Tổ chức hội nghị quán triệt.', ['Sở Nội vụ'], ['Sở Nội vụ'], '2024-06-30'))
    expect(metricsOf(p)).toMatchObject({ recall: 1, lead: 0.5 })
    // as long once normalised (outer punctuation goes): the first in document order is taken
    p.tasks!.push(task('(Tổ chức hội nghị quán triệt)', ['Ban Tuyên giáo Tỉnh ủy'], ['Sở Nội vụ'], '2024-06-30'))
    expect(metricsOf(p)).toMatchObject({ lead: 0.5 })
    p.tasks!.unshift(p.tasks!.pop()!)
    expect(metricsOf(p)).toMatchObject({ lead: 1 })
  })

  it('matches anchors after normalising both sides', () => {
    const p = clone(RIGHT)
    p.tasks![1].text = 'ỦY  BAN KIỂM TRA TỈNH UỶ KIỂM TRA,\nGIÁM SÁT VIỆC THỰC HIỆN'.normalize('NFD')
    expect(metricsOf(p).recall).toBe(1)
  })

  it('does not score absent keys: no lead, no coordinators, no deadline, a meta field left out', () => {
    const g: Gold = { doc: 'x.txt', meta: { kind: 'ke-hoach' }, tasks: [{ anchor: 'tổ chức hội nghị quán triệt' }] }
    const p = clone(RIGHT)
    p.tasks![0] = task('Tổ chức hội nghị quán triệt', ['Sở Nội vụ'], ['Văn phòng'], '2030-01-01')
    p.meta!.number = 'sai'
    const s = scoreDocument(g, p)
    expect(s.metrics).toEqual({ recall: 1, leak: 0, lead: 1, coord: 1, deadline: 1, dated: 1, meta: 1 })
    expect(s.counts).toMatchObject({ leadN: 0, tp: 0, fp: 0, fn: 0, dlN: 0, datedN: 0, metaN: 1 })
  })

  it('scores a failed parse as empty output, and sums documents into micro totals', () => {
    const failed = scoreDocument(GOLD, null, 'boom\nstack')
    expect(failed.misses[0]).toBe('tool failed: boom')
    expect(failed.metrics).toMatchObject({ recall: 0, meta: 0 })
    const s = total([scoreDocument(GOLD, RIGHT), failed])
    expect(s.counts).toMatchObject({ gold: 4, found: 2, metaN: 8, metaOk: 4 })
    expect(s.total).toMatchObject({ recall: 0.5, meta: 0.5, lead: 1, leak: 0 })
    expect(formatScore(s).split('\n').at(-2)).toBe('TOTAL recall=0.50 leak=0.00 lead=1.00 coord=1.00 deadline=1.00 dated=1.00 meta=0.50 tasks=2/4')
  })

  it('judges a floor as score.mjs --min does: unrounded, leak a maximum', () => {
    const floor = parseFloor('recall=1,lead=0.98,leak=0')
    expect(belowFloor({ recall: 1, leak: 0, lead: 0.98, coord: 0, deadline: 0, dated: 0, meta: 0 }, floor)).toEqual([])
    expect(belowFloor({ recall: 0.999, leak: 0.01, lead: 0.97, coord: 1, deadline: 1, dated: 1, meta: 1 }, floor)).toEqual(['recall=0.999 < 1', 'lead=0.97 < 0.98', 'leak=0.01 > 0'])
    expect(() => parseFloor('recal=1')).toThrow(/unknown metric/)
  })
})

// ---------------------------------------------------------------------------------------------------------------
// against the contract's scorer

const SETS = [
  { name: 'test/annotated', gold: path.join(root, 'test', 'annotated', 'gold'), docs: path.join(root, 'test', 'annotated') },
  { name: 'the seeds', gold: path.join(shared, 'corpus', 'gold'), docs: path.join(shared, 'corpus', 'seeds') },
]

/** Old tone placement, the inverse of the contract's: hóa→hoá, hòa→hoà, khỏe→khoẻ, ủy→uỷ, Thủy→Thuỷ. */
const oldTone = (s: string) =>
  s
    .normalize('NFC')
    .replace(/([òóỏõọ])([ae])(?!\p{L})/gu, (_m, o: string, v: string) => 'o' + 'àáảãạèéẻẽẹ'['òóỏõọ'.indexOf(o) + (v === 'e' ? 5 : 0)])
    .replace(/(?<![qQ])([ùúủũụ])y(?!\p{L})/gu, (_m, u: string) => 'u' + 'ỳýỷỹỵ'['ùúủũụ'.indexOf(u)])
    .replace(/Ủy/g, 'Uỷ')

/** Deterministic damage touching every metric: dropped tasks, wrong and generic leads, extra and lost coordinators,
 * moved, invented and lost deadlines, leaked non-tasks, shouting, decomposed and old-tone text, rival tasks for one
 * anchor, wrong meta. */
function damage(doc: Predicted, gold: Gold, seed: number): Predicted {
  const d = structuredClone(doc)
  const tasks = (d.tasks ?? []).filter((_, i) => (i + seed) % 7 !== 0)
  tasks.forEach((t, i) => {
    const k = i + seed
    if (k % 3 === 0) t.lead = [agency('Sở Nội vụ'), agency('các cơ quan liên quan'), agency('Ban Dân vận', true)]
    if (k % 4 === 0) t.coordinators = [...(t.coordinators ?? []), agency('Ban Tuyên giáo')]
    if (k % 5 === 0) t.coordinators = []
    if (k % 6 === 0) t.deadline = t.deadline?.end ? { end: null } : { end: '2030-12-31' }
    if (k % 11 === 0) t.deadline = t.deadline?.end ? { end: t.deadline.end.replace(/\d$/, '0') } : t.deadline
    if (k % 8 === 0) t.text = String(t.text).toUpperCase().normalize('NFD')
    if (k % 9 === 0) {
      t.text = oldTone(String(t.text))
      for (const a of [...(t.lead ?? []), ...(t.coordinators ?? [])]) a.name = oldTone(String(a.name))
    }
  })
  // rivals for the same anchor: a longer task before it, one as long once normalised after it, both with another lead
  for (let i = seed % 4; i < tasks.length; i += 4) {
    const rival = (text: string) => ({ ...tasks[i], text, lead: [agency('Văn phòng Tỉnh ủy')] })
    tasks.splice(i + 1, 0, rival(`${tasks[i].text}.`))
    tasks.splice(i, 0, rival(`${tasks[i].text} và báo cáo kết quả`))
    i += 2
  }
  if (seed % 2 === 0 && gold.nonTasks?.length) tasks.push(task(`${gold.nonTasks[0]} ${gold.nonTasks.at(-1)}`))
  d.tasks = tasks
  if (d.meta) {
    if (seed % 3 === 0) d.meta.kind = 'khac'
    if (seed % 3 === 1 && d.meta.number) d.meta.number = ` ${d.meta.number.replace('-', ' - ')} `
    if (seed % 2 === 1 && d.meta.issuer?.name) d.meta.issuer = { name: d.meta.issuer.name.toUpperCase() }
    if (seed % 4 === 2) d.meta.issuedOn = null
  }
  return d
}

const whyNotShared = hasShared ? '' : ' (skipped: ../shared is absent, and with it score.mjs)'
describe.skipIf(!hasShared)(`the in-repo scorer prints what ../shared/tools/score.mjs prints on the same predictions${whyNotShared}`, () => {
  let tmp = ''
  const runs = new Map<string, { mine: Score; theirs: Promise<string> }>()
  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'plan-score-'))
    for (const set of SETS) {
      const golds = readGold(set.gold)
      for (const [variant, predict] of [
        ['as parsed', (g: Gold) => parseOnce(path.join(set.docs, g.doc))],
        ['damaged', (g: Gold, i: number) => damage(parseOnce(path.join(set.docs, g.doc)), g, i)],
      ] as const) {
        const byDoc = new Map(golds.map((g, i) => [g.doc, predict(g, i)]))
        // each prediction is written as a JSON file named after its document: score.mjs --cmd "cat {}" reads it back
        const dir = path.join(tmp, String(runs.size))
        mkdirSync(dir)
        for (const [doc, p] of byDoc) writeFileSync(path.join(dir, doc), JSON.stringify(p))
        runs.set(`${set.name}, ${variant}`, {
          mine: scoreFolder(set.gold, dir, (file) => byDoc.get(path.basename(file))!),
          theirs: runScorer(['--gold', set.gold, '--docs', dir, '--cmd', 'cat {}', '--verbose']),
        })
      }
    }
  })
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true })
  })
  for (const set of SETS) {
    for (const variant of ['as parsed', 'damaged']) {
      const key = `${set.name}, ${variant}`
      it(`${key}: every document's line, every miss and the TOTAL line are the same`, async () => {
        const { mine, theirs } = runs.get(key)!
        expect(formatScore(mine, true)).toBe(await theirs)
        // the damage moves every metric, so the agreement is not only on full marks
        if (variant === 'damaged') expect(belowFloor(mine.total, parseFloor('recall=1,lead=1,coord=1,deadline=1,dated=1,meta=1,leak=0')).length).toBe(7)
      }, 30000)
    }
  }
})

// it spawns the CLI once per document (about 8 s): run it with PLAN_E2E=1; the rest of the suite keeps npm test
// under a minute, and the dev-set floor in test/corpus.test.ts already runs score.mjs over the built CLI
const e2e = !!process.env.PLAN_E2E
const whyNotEndToEnd = !e2e
  ? ' (skipped: set PLAN_E2E=1 to run it)'
  : !hasShared
  ? ' (skipped: ../shared is absent, and with it score.mjs)'
  : !built
    ? ' (skipped: dist/ is not built; run npm run build)'
    : stale
      ? ' (skipped: src/ is newer than dist/, score.mjs would score other code; run npm run build)'
      : ''
describe.skipIf(!e2e || !hasShared || !built || stale)(`score.mjs over the built CLI prints the TOTAL the in-process scorer computes${whyNotEndToEnd}`, () => {
  const runs = new Map<string, Promise<string>>()
  beforeAll(() => {
    // both runs spawn the CLI once per document: start them together
    for (const set of SETS) runs.set(set.name, runScorer(['--gold', path.relative(root, set.gold), '--docs', path.relative(root, set.docs)]))
  })
  for (const set of SETS) {
    it(`on ${set.name}`, async () => {
      const out = await runs.get(set.name)!
      const mine = formatScore(scoreFolder(set.gold, set.docs, parseOnce))
      expect(totalLine(mine), `score.mjs:\n${out}\nin-repo:\n${mine}`).toBe(totalLine(out))
    }, 60000)
  }
})
