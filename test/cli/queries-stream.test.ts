// The queries read one document at a time and write the streamed formats as they go: the bytes are those of the former
// in-memory path (every document loaded, then the pure queries, then one renderer call), here rebuilt from the same
// pure functions on the whole input.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/index.js'
import type { PlanDocument } from '../../src/core/contract/schema.js'
import { agencySummary, bodiesOf, classifyAll, dropRepeatedTasks, filterTasks, isListed, summarize, taskRows } from '../../src/query/index.js'
import { RENDERERS, type Report } from '../../src/report/index.js'
import { agenciesReport, overdueReport, summaryReport, tasksReport } from '../../src/report/views.js'
import { fakeIo, run } from '../fake-io.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const AS_OF = '2024-07-01'
let dir = ''
let docs: PlanDocument[] = []

beforeAll(async () => {
  // the annotated documents, and three of them again (the same file named twice: its tasks are counted once)
  dir = mkdtempSync(path.join(tmpdir(), 'plan-qstream-'))
  const annotated = path.join(ROOT, 'test', 'annotated')
  const files = readdirSync(annotated).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => path.join(annotated, f))
  const parsed = await run(['parse', ...files, ...files.slice(0, 3), '--format', 'jsonl'], { cwd: dir })
  expect(parsed.code).toBe(0)
  writeFileSync(path.join(dir, 'corpus.jsonl'), parsed.stdout)
  const all = parsed.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as PlanDocument)
  docs = dropRepeatedTasks(all).docs
  expect(docs.reduce((n, d) => n + d.tasks.length, 0)).toBeGreaterThan(100)
}, 60_000)

const render = <R,>(format: 'jsonl' | 'json' | 'csv', report: Report<R>, delimiter?: string) => RENDERERS[format](report, { color: 0, width: Infinity, delimiter })

/** plan's standard output, and the writes it came in. */
async function streamed(argv: string[]): Promise<{ code: number; out: string; writes: number; err: string }> {
  const io = fakeIo({ cwd: dir, today: AS_OF })
  const writes: string[] = []
  io.stdout.write = (s: string) => writes.push(s)
  const code = await main(argv, io)
  return { code, out: writes.join(''), writes: writes.filter((w) => w.length).length, err: io.err() }
}

describe('the queries stream, with the bytes of the in-memory path', () => {
  it('tasks: jsonl, json and csv (with a delimiter), with and without filters that name no body', async () => {
    const rows = taskRows(docs)
    for (const format of ['jsonl', 'json', 'csv'] as const) {
      const r = await streamed(['tasks', 'corpus.jsonl', '--format', format])
      expect(r.code, format).toBe(0)
      expect(r.err).toMatch(/read twice/)
      expect(r.out, format).toBe(render(format, tasksReport(rows)))
    }
    const semi = await streamed(['tasks', 'corpus.jsonl', '--format', 'csv', '--delimiter', ';', '--grep', 'báo cáo', '--due-after', '2020-01-01'])
    expect(semi.out).toBe(render('csv', tasksReport(filterTasks(rows, { grep: ['báo cáo'], dueAfter: '2020-01-01' })), ';'))
    const none = await streamed(['tasks', 'corpus.jsonl', '--format', 'json', '--kind', 'cong-van', '--grep', 'no such words at all'])
    expect(none.out).toBe('[]\n')
  })

  it('tasks with a body filter: the rows kept until the bodies are known, the same bytes', async () => {
    const lead = bodiesOf(docs).find((b) => taskRows(docs).some((r) => r.lead.includes(b.name)))!.name
    const r = await streamed(['tasks', 'corpus.jsonl', '--format', 'json', '--chu-tri', lead])
    expect(r.out).toBe(render('json', tasksReport(filterTasks(taskRows(docs), { lead: [lead] }))))
    expect(JSON.parse(r.out).length).toBeGreaterThan(0)
  })

  it('overdue: the listed rows and --all; --by agency and file; agencies', async () => {
    const classified = classifyAll(taskRows(docs), AS_OF)
    for (const format of ['jsonl', 'json', 'csv'] as const) {
      expect((await streamed(['overdue', 'corpus.jsonl', '--format', format])).out, format).toBe(render(format, overdueReport(classified.filter(isListed), AS_OF)))
      expect((await streamed(['overdue', 'corpus.jsonl', '--all', '--format', format])).out, format).toBe(render(format, overdueReport(classified, AS_OF)))
    }
    for (const by of ['agency', 'file'] as const) {
      const r = await streamed(['overdue', 'corpus.jsonl', '--by', by, '--format', 'json'])
      expect(r.out, by).toBe(render('json', summaryReport(summarize(classified, by, by === 'agency' ? bodiesOf(docs) : []), by, AS_OF)))
    }
    expect((await streamed(['agencies', 'corpus.jsonl', '--format', 'csv'])).out).toBe(render('csv', agenciesReport(agencySummary(docs, classified), AS_OF)))
  })

  it('a large output comes in several writes, and -o writes the same bytes to the file', async () => {
    const r = await streamed(['tasks', 'corpus.jsonl', '--format', 'json'])
    expect(r.out.length).toBeGreaterThan(1 << 16)
    expect(r.writes).toBeGreaterThan(1)
    const o = await streamed(['tasks', 'corpus.jsonl', '--format', 'json', '-o', 'tasks.json'])
    expect(o.code).toBe(0)
    expect(readFileSync(path.join(dir, 'tasks.json'), 'utf8')).toBe(r.out)
    // an existing file is not replaced without --force, and no temporary file is left
    const again = await streamed(['tasks', 'corpus.jsonl', '--format', 'json', '-o', 'tasks.json'])
    expect(again.code).toBe(2)
    expect(again.err).toMatch(/tasks\.json: already exists/)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('nothing readable: nothing written, exit 2', async () => {
    writeFileSync(path.join(dir, 'bad.jsonl'), '{"not": "a document"}\n')
    const r = await streamed(['tasks', 'bad.jsonl', '--format', 'csv'])
    expect(r).toMatchObject({ code: 2, out: '' })
    expect(r.err).toMatch(/bad\.jsonl:1: not a saved `plan parse` document/)
  })
})
