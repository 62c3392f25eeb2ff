#!/usr/bin/env node
// plan report on 2,000 documents: how long it takes to build, how large the file is, and, in Chromium, the time to first
// paint, to the full task table, and to apply a filter. Runs on the built dist/ (npm run build).
//   node scripts/bench-report.mjs [--docs 2000] [--source fixtures|real] [--keep]
// The documents are copies of the project's fixtures (or of ../shared/corpus/real), parsed once and saved as JSON, as
// an office would query a parsed corpus. Never run by npm test: it takes a minute.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { docs: { type: 'string', default: '2000' }, source: { type: 'string', default: 'fixtures' }, keep: { type: 'boolean', default: false } } })
const count = Number(values.docs)
const { parseFile } = await import(path.join(root, 'dist/index.js'))

const sourceDir = values.source === 'real' ? path.join(root, '../shared/corpus/real') : path.join(root, 'fixtures')
if (!existsSync(sourceDir)) throw new Error(`${sourceDir} is absent`)
const sources = []
for (const f of readdirSync(sourceDir).filter((f) => /\.(txt|md|html)$/.test(f)).sort()) sources.push(await parseFile(path.join(sourceDir, f)))
const withTasks = sources.filter((d) => d.tasks.length)

const dir = mkdtempSync(path.join(tmpdir(), 'plan-bench-report-'))
const docs = Array.from({ length: count }, (_, i) => {
  const d = withTasks[i % withTasks.length]
  return { ...d, file: `van-ban/${String(i + 1).padStart(4, '0')}-${path.basename(d.file ?? 'doc.txt')}` }
})
const corpus = path.join(dir, 'corpus.json')
writeFileSync(corpus, JSON.stringify(docs))
const tasks = docs.reduce((n, d) => n + d.tasks.length, 0)
console.log(`${count} documents (copies of ${withTasks.length} from ${path.relative(root, sourceDir) || '.'}), ${tasks} tasks, saved JSON ${(statSync(corpus).size / 2 ** 20).toFixed(1)} MiB`)

const html = path.join(dir, 'report.html')
const t0 = performance.now()
execFileSync(process.execPath, [path.join(root, 'bin/plan.js'), 'report', corpus, '--as-of', '2014-06-30', '-o', html], { stdio: 'inherit' })
const build = performance.now() - t0
console.log(`build: ${(build / 1000).toFixed(1)} s (plan report corpus.json -o report.html, node start-up and JSON reading included)`)
console.log(`file size: ${(statSync(html).size / 2 ** 20).toFixed(2)} MiB (${statSync(html).size} bytes)`)

const chromium = [process.env.PLAN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p))
if (!chromium) console.log('browser: skipped (no Chromium found; apt-get install -y chromium, or set PLAN_CHROMIUM)')
else {
  const { chromium: driver } = await import('playwright-core')
  const browser = await driver.launch({ executablePath: chromium, args: ['--no-sandbox'] })
  const runs = []
  for (let i = 0; i < 3; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors = []
    page.on('pageerror', (e) => errors.push(String(e)))
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    await page.goto('file://' + html)
    await page.waitForSelector('body[data-ready]', { timeout: 120_000 })
    const m = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      ready: performance.getEntriesByName('plan-ready')[0]?.startTime,
      rows: document.querySelectorAll('#tasks tbody tr').length,
      matching: Number(document.getElementById('count').getAttribute('data-shown')),
    }))
    const filter = await page.evaluate(() => {
      const s = document.getElementById('f-cat')
      s.value = '3'
      const t = performance.now()
      s.dispatchEvent(new Event('change'))
      // with the layout that follows it
      void document.body.offsetHeight
      return performance.now() - t
    })
    if (errors.length) throw new Error(`console errors: ${errors.join('; ')}`)
    runs.push({ ...m, filter })
    await page.close()
  }
  await browser.close()
  const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[1]
  console.log(`browser (Chromium, median of 3 loads): first contentful paint ${Math.round(median('fcp'))} ms; page ready (filters set up, the first ${runs[0].rows} of ${runs[0].matching} rows in the table) ${Math.round(median('ready'))} ms after navigation; a category filter over all ${runs[0].matching} tasks, laid out, ${Math.round(median('filter'))} ms`)
}
if (values.keep) console.log(`kept: ${html}`)
else rmSync(dir, { recursive: true, force: true })
