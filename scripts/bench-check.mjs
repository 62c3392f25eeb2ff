#!/usr/bin/env node
// npm run bench (check part): `plan check` on a generated 10,000-document corpus: documents per second and peak memory.
// Runs on the built dist/. The corpus is made from the fixtures in fixtures/check (numbers and dates varied) in a temp folder.
// Peak memory is measured in a fresh process per corpus size, so 1,000 and 10,000 documents can be compared.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const self = fileURLToPath(import.meta.url)
const root = path.join(path.dirname(self), '..')

if (process.env.BENCH_CHECK_CHILD) {
  await child(process.env.BENCH_CHECK_CHILD, Number(process.env.BENCH_CHECK_N), process.env.BENCH_CHECK_THREADS)
} else {
  const total = Number(process.env.BENCH_CHECK_DOCS ?? 10000)
  const dir = generate(total)
  try {
    for (const [n, threads] of [[Math.min(1000, total), undefined], [total, '1'], [total, undefined]]) {
      const r = spawnSync(process.execPath, [self], { env: { ...process.env, BENCH_CHECK_CHILD: dir, BENCH_CHECK_N: String(n), BENCH_CHECK_THREADS: threads ?? '' }, encoding: 'utf8' })
      if (r.status !== 0) {
        process.stderr.write(r.stderr)
        process.exitCode = 1
        continue
      }
      const m = JSON.parse(r.stdout)
      const how = m.threads > 1 ? `${m.threads} worker threads` : 'in-process'
      console.log(
        `plan check ${String(m.docs).padStart(6)} documents (${how}): ${(m.ms / 1000).toFixed(2)} s, ${Math.round(m.docs / (m.ms / 1000))} documents/s, ` +
          `peak RSS ${(m.maxRss / 1024 / 1024).toFixed(0)} MiB, ${m.errors} errors, ${m.warnings} warnings`,
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Writes `total` documents into 100 sub-folders, each a fixture with its number, day and year changed. */
function generate(total) {
  const src = path.join(root, 'fixtures', 'check')
  const templates = ['pass/ke-hoach-chuyen-doi-so.txt', 'fail/task-no-lead.txt', 'fail/meta-missing.txt', 'fail/deadline-unreadable.txt', 'fail/unicode-normalised.txt']
    .map((f) => readFileSync(path.join(src, f), 'utf8'))
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-bench-check-'))
  for (let i = 0; i < total; i++) {
    const sub = path.join(dir, String(i % 100).padStart(2, '0'))
    if (i < 100) mkdirSync(sub)
    const year = 2015 + (i % 10)
    const day = 1 + (i % 28)
    const t = templates[i % templates.length]
    const text = t
      .normalize('NFC')
      .replace(/Số \d+-KH\/TU/, `Số ${i + 1}-KH/TU`)
      .replace(/ngày 10 tháng 3 năm 2024/, `ngày ${day} tháng 3 năm ${year}`)
      .replace(/\/2024/g, `/${year}`)
      .replace(/tháng 9\/\d{4}/, `tháng ${4 + (i % 9)}/${year}`)
    // the decomposed template stays decomposed, so unicode-normalised keeps firing
    writeFileSync(path.join(sub, `doc-${String(i).padStart(5, '0')}.txt`), t === t.normalize('NFC') ? text : text.normalize('NFD'))
  }
  return dir
}

async function child(dir, n, threadsFlag) {
  const { checkFiles } = await import(path.join(root, 'dist', 'check', 'engine.js'))
  const { threadsFor } = await import(path.join(root, 'dist', 'check', 'run.js'))
  const { defaultSettings } = await import(path.join(root, 'dist', 'check', 'rules', 'index.js'))
  const files = readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, n)
  const threads = threadsFlag ? Number(threadsFlag) : undefined
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  const t0 = process.hrtime.bigint()
  // the findings are counted and dropped, as a streaming reporter would
  const s = await checkFiles(files, { cwd: dir, settings: defaultSettings(), asOf: null, agencies: null, threads }, () => {})
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  clearInterval(timer)
  const maxRss = Math.max(peak, process.resourceUsage().maxRSS * 1024)
  process.stdout.write(JSON.stringify({ docs: s.files, ms, maxRss, errors: s.errors, warnings: s.warnings, threads: threadsFor(files.length, { threads }) }))
}
