#!/usr/bin/env node
// Two builds of the parser, finely interleaved: each document is parsed by A and by B back to back (the order
// alternating), CPU time summed per build and round; prints medians and the median paired ratio. On a shared machine
// this sees a few per cent where bench-parse.mjs (whole sets one after the other) does not. No output check: run
// bench-parse.mjs for that.
//   node scripts/bench-parse-ab.mjs DIST_A DIST_B [--rounds 9] [--copies 10]
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { takeFlag } from './lib/flags.mjs'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const flag = (name, dflt) => takeFlag(args, name, dflt)
const ROUNDS = Number(flag('--rounds', 9))
const COPIES = Number(flag('--copies', 10))
if (args.length !== 2) {
  console.error('usage: node scripts/bench-parse-ab.mjs DIST_A DIST_B [--rounds 9] [--copies 10]')
  process.exit(2)
}
const dists = args.map((d) => path.resolve(d))
const builds = []
for (const d of dists) builds.push((await import(path.join(d, 'core', 'parse.js'))).parseDocument)
const { decode } = await import(path.join(dists[0], 'core', 'read', 'decode.js'))

function texts(dir, copies) {
  const out = []
  for (const f of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
    const t = decode(readFileSync(path.join(dir, f))).text
    for (let i = 0; i < copies; i++) out.push([f, t])
  }
  return out
}
const shared = path.join(root, '..', 'shared', 'corpus')
const sets = existsSync(shared)
  ? [
      ['seed copies', texts(path.join(shared, 'seeds'), COPIES)],
      ['real corpus', texts(path.join(shared, 'real'), 1)],
    ]
  : [['fixtures', texts(path.join(root, 'fixtures'), 1)]]

const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
for (const [label, docs] of sets) {
  for (const [f, t] of docs) for (const p of builds) p(t, { file: f, markdown: f.endsWith('.md') }) // warm the JIT
  const ta = []
  const tb = []
  for (let r = 0; r < ROUNDS; r++) {
    const sum = [0, 0]
    docs.forEach(([f, t], k) => {
      const opts = { file: f, markdown: f.endsWith('.md') }
      for (const w of (k + r) % 2 ? [1, 0] : [0, 1]) {
        const t0 = cpu()
        builds[w](t, opts)
        sum[w] += cpu() - t0
      }
    })
    ta.push(sum[0])
    tb.push(sum[1])
  }
  const ratios = ta.map((a, i) => a / tb[i])
  console.log(`${label}: ${docs.length} docs, ${ROUNDS} rounds  A ${median(ta).toFixed(0)} ms  B ${median(tb).toFixed(0)} ms  speed B/A ${median(ratios).toFixed(2)}× (rounds ${ratios.map((x) => x.toFixed(2)).join(' ')})`)
}
