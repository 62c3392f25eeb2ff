// The report in a real browser (Debian's chromium, driven by playwright-core): it loads with no console error and no
// network request, the charts are drawn, the table has one row per task and the filters change it. Skipped, saying
// so, when no Chromium is installed (`apt-get install -y chromium`; .ci/run installs it). PLAN_CHROMIUM names another.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIXTURES, ROOT, run } from '../../cli/queries-io.js'

const CANDIDATES = [process.env.PLAN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[]
const CHROMIUM = CANDIDATES.find((p) => existsSync(p))
const SHOT = path.join(ROOT, 'docs/report.png')

type Browser = import('playwright-core').Browser
type Page = import('playwright-core').Page

describe.skipIf(!CHROMIUM)(`plan report in Chromium${CHROMIUM ? '' : ' (skipped: no Chromium found; apt-get install -y chromium, or set PLAN_CHROMIUM)'}`, () => {
  let browser: Browser
  let page: Page
  const errors: string[] = []
  const requests: string[] = []
  let tasks: Array<{ status: string; lead: string[] }>

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-browser-'))
    const file = path.join(dir, 'report.html')
    const inputs = ['ke-hoach-a.json', 'chi-thi-b.json', 'ke-hoach-mau.txt']
    const r = await run(['report', ...inputs, '--as-of', '2013-12-31', '-o', file], { cwd: FIXTURES })
    expect(r.code).toBe(0)
    tasks = JSON.parse((await run(['overdue', ...inputs, '--as-of', '2013-12-31', '--all', '--format', 'json'], { cwd: FIXTURES })).stdout)
    const { chromium } = await import('playwright-core')
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    page.on('pageerror', (e) => errors.push(String(e)))
    page.on('request', (q) => {
      if (!q.url().startsWith('file:')) requests.push(q.url())
    })
    await page.goto('file://' + file)
    await page.waitForSelector('body[data-ready]')
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  const shown = () => page.locator('#tasks tbody tr').count()

  it('loads with no console error and no network request', () => {
    expect(errors).toEqual([])
    expect(requests).toEqual([])
  })

  it('draws the charts: a bar per lead body, columns over time, the as-of line', async () => {
    const bars = page.locator('#workload svg.chart g.bar')
    expect(await bars.count()).toBeGreaterThan(1)
    const box = await page.locator('#workload svg.chart rect').first().boundingBox()
    expect(box!.width).toBeGreaterThan(0)
    expect(await page.locator('#timeline svg.chart rect').count()).toBeGreaterThan(0)
    expect(await page.locator('#timeline svg.chart line.asof').count()).toBe(1)
  })

  it('has one table row per task, and the filters change it', async () => {
    expect(await shown()).toBe(tasks.length)
    expect(await page.locator('#count').getAttribute('data-shown')).toBe(String(tasks.length))
    expect(await page.locator('#more').isVisible()).toBe(false)
    const overdue = tasks.filter((t) => t.status === 'overdue').length
    await page.selectOption('#f-cat', { label: 'quá hạn' })
    expect(await shown()).toBe(overdue)
    expect(await page.locator('#count').getAttribute('data-shown')).toBe(String(overdue))
    await page.click('#f-reset')
    expect(await shown()).toBe(tasks.length)
    // search folds diacritics: "so noi vu" finds Sở Nội vụ
    await page.fill('#q', 'so noi vu')
    const n = await shown()
    expect(n).toBeGreaterThan(0)
    expect(n).toBeLessThan(tasks.length)
    await page.click('#f-reset')
    await page.fill('#f-from', '2014-01-01')
    expect(await shown()).toBe(tasks.filter((t) => (t as { deadline?: string }).deadline! >= '2014-01-01').length)
    await page.click('#f-reset')
    // a bar of the workload chart filters the table by its body
    await page.locator('#workload svg.chart g.bar').first().click()
    const body = await page.locator('#workload svg.chart g.bar').first().getAttribute('data-body')
    expect(await shown()).toBe(tasks.filter((t) => t.lead.includes(body!)).length)
    await page.click('#f-reset')
  })

  it('opens a document into its outline with its tasks; printing opens them all', async () => {
    await page.locator('details.doc summary').first().click()
    // the outline is laid out by the page's script once the section opens: wait for it, up to 10 s, then count
    await page.locator('details.doc').first().locator('li.t').first().waitFor({ timeout: 10000 }).catch(() => {})
    expect(await page.locator('details.doc').first().locator('li.t').count()).toBeGreaterThan(0)
    await page.emulateMedia({ media: 'print' })
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    expect(await page.locator('details.doc:not([open])').count()).toBe(0)
    expect(await page.locator('.filters').isVisible()).toBe(false)
    await page.emulateMedia({ media: 'screen' })
  })

  it('paints quickly, and the screenshot for the README is written (UPDATE=1 rewrites it)', async () => {
    const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null)
    expect(paint).not.toBeNull()
    console.log(`plan report (fixtures, ${tasks.length} tasks): first contentful paint ${Math.round(paint!)} ms`)
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.setViewportSize({ width: 1200, height: 1500 })
    const png = await page.screenshot({ fullPage: false })
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    if (process.env.UPDATE === '1' || !existsSync(SHOT)) writeFileSync(SHOT, png)
    expect(readFileSync(SHOT).subarray(1, 4).toString()).toBe('PNG')
  })
})
