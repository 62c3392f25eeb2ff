#!/usr/bin/env node
// npm run bench: parsing speed against remark-parse on the same text, start-up time, and the query/check benches.
// Runs on the built dist/ (npm install builds it). Uses ../shared/corpus when present, else the project's fixtures.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import { parseDocument } from '../dist/core/parse.js'
import { decode } from '../dist/core/read/decode.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const shared = path.join(root, '..', 'shared', 'corpus')
const dirs = existsSync(shared) ? [path.join(shared, 'seeds'), path.join(shared, 'real')] : [path.join(root, 'fixtures')]
const texts = []
for (const d of dirs) for (const f of readdirSync(d).filter((f) => /\.(txt|md)$/.test(f))) texts.push([f, decode(readFileSync(path.join(d, f))).text])
const bytes = texts.reduce((n, [, t]) => n + Buffer.byteLength(t), 0)

function time(fn, rounds) {
  fn() // warm up
  const t0 = process.hrtime.bigint()
  for (let r = 0; r < rounds; r++) fn()
  return Number(process.hrtime.bigint() - t0) / 1e6 / rounds
}
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const remark = unified().use(remarkParse)
const tPlan = time(() => texts.forEach(([f, t]) => parseDocument(t, { file: f, markdown: f.endsWith('.md') })), rounds)
const tRemark = time(() => texts.forEach(([, t]) => remark.parse(t)), rounds)
console.log(`corpus: ${texts.length} documents, ${(bytes / 1024).toFixed(0)} KiB (${existsSync(shared) ? '../shared/corpus seeds + real' : 'fixtures'})`)
console.log(`plan parse (full pipeline): ${tPlan.toFixed(1)} ms  (${((bytes / 1024 / 1024) / (tPlan / 1000)).toFixed(2)} MiB/s)`)
console.log(`remark-parse alone:         ${tRemark.toFixed(1)} ms  (${((bytes / 1024 / 1024) / (tRemark / 1000)).toFixed(2)} MiB/s)`)
console.log(`ratio plan / remark-parse:  ${(tPlan / tRemark).toFixed(2)}  (below 1.00 means plan is faster)`)

const starts = []
for (let i = 0; i < 11; i++) {
  const t0 = process.hrtime.bigint()
  execFileSync(process.execPath, [path.join(root, 'bin', 'plan.js'), '--version'])
  starts.push(Number(process.hrtime.bigint() - t0) / 1e6)
}
starts.sort((a, b) => a - b)
console.log(`plan --version start-up: median ${starts[5].toFixed(0)} ms, min ${starts[0].toFixed(0)} ms (11 runs)`)

for (const extra of ['bench-queries.mjs', 'bench-check.mjs']) {
  const p = path.join(root, 'scripts', extra)
  if (!existsSync(p)) continue
  console.log(`\n== ${extra}`)
  const r = spawnSync(process.execPath, [p], { stdio: 'inherit' })
  if (r.status !== 0) process.exitCode = 1
}
