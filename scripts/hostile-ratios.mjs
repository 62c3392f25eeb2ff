#!/usr/bin/env node
// The doubling ratios of issue 12: parse time of each hostile shape (test/hostile/*.txt, one unit each, repeated) at 250 KB, 500 KB, … 8 MB, and the ratio of each
// time to the one before (×2 is linear, ×4 quadratic). Processor time of this process, the least of a few runs.
//   node scripts/hostile-ratios.mjs [--dist DIR] [--max 8] [--budget 60] [--only NAME]
// DIR is a compiled tree holding core/parse.js (default: dist/). A shape stops growing once one size took more than
// --budget seconds; its later ratios are then "—".
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL, fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : dflt
}
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.resolve(opt('dist', path.join(root, 'dist')))
const maxMb = Number(opt('max', '8'))
const budget = Number(opt('budget', '60')) * 1000
const only = opt('only', null)
const { parseDocument } = await import(pathToFileURL(path.join(dist, 'core', 'parse.js')).href)

/** The shapes are the units of test/hostile/*.txt, each repeated to the size measured. */
const corpus = path.join(root, 'test', 'hostile')
const SHAPES = Object.fromEntries(
  readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f.replace(/\.txt$/, ''), readFileSync(path.join(corpus, f), 'utf8')]),
)

const text = (unit, bytes) => unit.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(unit))))
const cpu = (f) => {
  const t = process.cpuUsage()
  f()
  const d = process.cpuUsage(t)
  return (d.user + d.system) / 1000
}

const sizes = []
for (let kb = 250; kb <= maxMb * 1000; kb *= 2) sizes.push(kb)
console.log(`parse time (ms, processor) and ratio to the size before; ${dist}`)
console.log(['shape'.padEnd(44), ...sizes.map((kb) => (kb < 1000 ? `${kb} KB` : `${kb / 1000} MB`).padStart(15))].join(''))
for (const [name, unit] of Object.entries(SHAPES)) {
  if (only && !name.includes(only)) continue
  let prev = null
  let stopped = false
  // each cell printed as it is measured: the slow shapes of an old version take minutes
  process.stdout.write(name.padEnd(44))
  const cells = { push: (c) => process.stdout.write(c) }
  for (const kb of sizes) {
    if (stopped) {
      cells.push('—'.padStart(15))
      continue
    }
    const t = text(unit, kb * 1000)
    const runs = kb <= 1000 ? 3 : 1
    let best = Infinity
    for (let r = 0; r < runs; r++) best = Math.min(best, cpu(() => parseDocument(t, { file: 'x.txt' })))
    cells.push(`${best.toFixed(0)}${prev ? ` ×${(best / prev).toFixed(1)}` : ''}`.padStart(15))
    prev = best
    if (best > budget) stopped = true
  }
  process.stdout.write('\n')
}
