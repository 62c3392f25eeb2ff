// plan report: its numbers are those of `plan overdue --by agency` and `plan agencies` (the same query functions), on the
// query fixtures and, when ../shared is present, on the seed documents, with a status file; and the page is one file.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { timelineChart, workloadChart } from '../../../src/report/html/charts.js'
import { CATEGORY_VI } from '../../../src/query/overdue.js'
import { FIXTURES, ROOT, run } from '../../cli/queries-io.js'

type Data = { summary: unknown[]; agencies: unknown[]; tasks: unknown[][]; docs: unknown[][] }

function dataOf(html: string): Data {
  const m = /<script type="application\/json" id="plan-data">([\s\S]*?)<\/script>/.exec(html)
  expect(m).not.toBeNull()
  return JSON.parse(m![1])
}

/** A status file with the first task done on time and the second done late, as a person would fill it. */
async function statusFile(inputs: string[], cwd: string): Promise<string> {
  const rows = JSON.parse((await run(['tasks', ...inputs, '--format', 'json'], { cwd })).stdout) as Array<{ id: string; deadline: string | null }>
  const dated = rows.filter((r) => r.deadline)
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'plan-report-')), 'progress.csv')
  const lines = ['id,done,note', `${dated[0].id},${dated[0].deadline},xong`, `${dated[1].id},2099-01-01,not yet known on the date`]
  if (dated[2]) lines.push(`${dated[2].id},2013-12-30,`)
  writeFileSync(file, lines.join('\n') + '\n')
  return file
}

async function expectSameNumbers(inputs: string[], cwd: string, asOf: string) {
  const status = await statusFile(inputs, cwd)
  const common = [...inputs, '--as-of', asOf, '--status', status]
  const r = await run(['report', ...common], { cwd })
  expect(r.code).toBe(0)
  const data = dataOf(r.stdout)
  const summary = JSON.parse((await run(['overdue', ...common, '--by', 'agency', '--format', 'json'], { cwd })).stdout)
  const agencies = JSON.parse((await run(['agencies', ...common, '--format', 'json'], { cwd })).stdout)
  const tasks = JSON.parse((await run(['tasks', ...inputs, '--format', 'json'], { cwd })).stdout)
  expect(data.summary).toEqual(summary)
  expect(data.agencies).toEqual(agencies.map((a: Record<string, unknown>) => ({ name: a.name, leads: a.leads, coordinates: a.coordinates, overdueLeads: a.overdueLeads, overdueCoordinates: a.overdueCoordinates })))
  expect(data.tasks).toHaveLength(tasks.length)
  // the cards print the total row
  const total = summary[summary.length - 1]
  const card = (c: string) => Number(new RegExp(`data-count="${c}"><b>(\\d+)</b>`).exec(r.stdout)![1])
  expect([card('total'), card('overdue'), card('not-yet-due'), card('done-late'), card('done-on-time'), card('no-deadline')]).toEqual([total.total, total.overdue, total.notYetDue, total.doneLate, total.doneOnTime, total.noDeadline])
  expect(total.doneOnTime + total.doneLate).toBeGreaterThan(0)
  return r.stdout
}

describe('plan report', () => {
  it('has the numbers of plan overdue --by agency and plan agencies (query fixtures, with a status file)', async () => {
    const html = await expectSameNumbers(['ke-hoach-a.json', 'chi-thi-b.json', 'ke-hoach-mau.txt'], FIXTURES, '2013-12-31')
    // self-contained: nothing to fetch
    expect(html).not.toMatch(/<(?:link|img|iframe)\b|\bsrc=|url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i)
  })

  const seeds = path.join(ROOT, '../shared/corpus/seeds')
  it.skipIf(!existsSync(seeds))(`has the same numbers on the seed documents${existsSync(seeds) ? '' : ' (skipped: ../shared is absent)'}`, async () => {
    // parsed once, then every command reads the saved JSON
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-report-'))
    expect((await run(['parse', seeds, '-o', path.join(dir, 'seeds.json')], { cwd: ROOT })).code).toBe(0)
    await expectSameNumbers(['seeds.json'], dir, '2014-06-30')
  })

  it('writes the file named by -o, refuses to replace it without --force, and wants .html', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-report-'))
    expect((await run(['report', 'ke-hoach-a.json', '-o', path.join(dir, 'r.html')], { cwd: FIXTURES })).code).toBe(0)
    expect(readFileSync(path.join(dir, 'r.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/)
    expect((await run(['report', 'ke-hoach-a.json', '-o', path.join(dir, 'r.html')], { cwd: FIXTURES })).stderr).toMatch(/already exists/)
    expect((await run(['report', 'ke-hoach-a.json', '-o', path.join(dir, 'r.csv')], { cwd: FIXTURES })).stderr).toMatch(/name the file \.html/)
  })

  it('--lang en gives the page in English; the data keeps its values', async () => {
    const r = await run(['report', 'ke-hoach-a.json', '--as-of', '2013-12-31', '--lang', 'en'], { cwd: FIXTURES })
    expect(r.stdout).toContain('<html lang="en">')
    expect(r.stdout).toContain('Tasks by lead body')
    expect(dataOf(r.stdout).summary).toEqual(dataOf((await run(['report', 'ke-hoach-a.json', '--as-of', '2013-12-31'], { cwd: FIXTURES })).stdout).summary)
  })

  it('a document cannot break out of the page: its text is escaped, in the HTML and in the data', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-report-'))
    const doc = JSON.parse(readFileSync(path.join(FIXTURES, 'ke-hoach-a.json'), 'utf8'))
    doc.tasks[0].text = '</script><script>alert(1)</script> & <b>'
    doc.meta.title = '<img src=x onerror=alert(1)>'
    writeFileSync(path.join(dir, 'evil.json'), JSON.stringify(doc))
    const r = await run(['report', 'evil.json', '--as-of', '2013-12-31'], { cwd: dir })
    expect(r.stdout.match(/<script/g)).toHaveLength(2)
    expect(r.stdout).not.toContain('<img')
    expect(dataOf(r.stdout).tasks[0][9]).toBe('</script><script>alert(1)</script> & <b>')
  })
})

describe('the charts', () => {
  const row = (group: string, overdue: number, notYetDue: number) => ({ group, total: overdue + notYetDue, doneOnTime: 0, doneLate: 0, notYetDue, overdue, noDeadline: 0 })
  it('workload: one bar per body up to the limit, its segments as wide as its counts', () => {
    const rows = Array.from({ length: 70 }, (_, i) => row(`Cơ quan ${i}`, 70 - i, i % 3))
    const svg = workloadChart(rows, CATEGORY_VI, { title: 't', noLead: '(không rõ)', limit: 60 })
    expect(svg.match(/<g class="bar"/g)).toHaveLength(60)
    const widths = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"[^>]*data-category="overdue"/g)].map((m) => +m[1])
    expect(widths[0] / widths[9]).toBeCloseTo(70 / 61, 1)
  })
  it('timeline: months, the overdue stacked, the as-of date marked; quarters over a long span', () => {
    const t = (deadline: string, status: 'overdue' | 'not-yet-due') => ({ deadline, status }) as never
    const svg = timelineChart([t('2013-11-30', 'overdue'), t('2014-03-31', 'not-yet-due')], '2013-12-31', CATEGORY_VI, { title: 't', asOfLabel: 'Ngày tính' })
    expect(svg.match(/<g class="col"/g)).toHaveLength(5)
    expect(svg).toContain('Ngày tính 2013-12-31')
    const long = timelineChart([t('2013-11-30', 'overdue'), t('2020-03-31', 'not-yet-due')], '2013-12-31', CATEGORY_VI, { title: 't', asOfLabel: 'x' })
    expect(long).toContain('data-bucket="2013-Q4"')
  })
})
