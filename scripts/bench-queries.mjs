#!/usr/bin/env node
// npm run bench (query part): plan tasks / overdue / agencies over 2,000 generated documents, from text and from saved JSON.
// The corpus is the project's own fixtures, copied with varied numbers and years, in a temp folder removed afterwards.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const plan = path.join(root, 'bin', 'plan.js')
const total = Number(process.env.BENCH_QUERY_DOCS ?? 2000)
const fixtures = readdirSync(path.join(root, 'fixtures'))
  .filter((f) => /\.(txt|md)$/.test(f) && !/utf16/.test(f))
  .map((f) => [f, readFileSync(path.join(root, 'fixtures', f), 'utf8')])
const dir = mkdtempSync(path.join(tmpdir(), 'plan-bench-queries-'))
try {
  for (let i = 0; i < total; i++) {
    const [name, text] = fixtures[i % fixtures.length]
    const year = 2020 + (i % 7)
    const varied = text.replace(/(Số:?\s*)(\d+)/u, (_, a, n) => `${a}${Number(n) + i}`).replace(/20(2[0-9])/g, String(year))
    writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}-${name}`), varied)
  }
  const time = (label, args) => {
    const t0 = process.hrtime.bigint()
    const out = execFileSync(process.execPath, [plan, ...args], { cwd: dir, maxBuffer: 1 << 30, encoding: 'utf8' })
    const ms = Number(process.hrtime.bigint() - t0) / 1e6
    console.log(`${label.padEnd(58)} ${(ms / 1000).toFixed(2)} s  (${out.length.toLocaleString('en')} bytes out)`)
  }
  console.log(`corpus: ${total} documents generated from ${fixtures.length} fixtures`)
  time('plan tasks (from text) --chu-tri "Ban Tổ chức Huyện ủy"', ['tasks', '.', '--chu-tri', 'Ban Tổ chức Huyện ủy', '--format', 'json'])
  time('plan parse (from text) --format json -o corpus.json', ['parse', '.', '--format', 'json', '-o', 'corpus.json'])
  time('plan tasks (saved JSON) --agency "ban to chuc huyen uy" csv', ['tasks', 'corpus.json', '--agency', 'ban to chuc huyen uy', '--format', 'csv'])
  time('plan overdue (saved JSON) --as-of 2025-01-01 --by agency', ['overdue', 'corpus.json', '--as-of', '2025-01-01', '--by', 'agency'])
  time('plan agencies (saved JSON)', ['agencies', 'corpus.json', '--as-of', '2025-01-01', '--format', 'json'])
} finally {
  rmSync(dir, { recursive: true, force: true })
}
