#!/usr/bin/env node
// In-process parse timing for work on the parser's speed: two builds of plan (A, B) and remark-parse on the same text,
// alternating runs, medians and paired ratios of CPU time; with two builds it first checks that they give the same output.
//   node scripts/bench-parse.mjs [DIST_A] [DIST_B] [--rounds 7] [--copies 40]
// DIST_A defaults to ./dist; a build of another commit is made with `tsc -p tsconfig.build.json --outDir …` in a copy
// of the tree that sees the same lexicon/ (the parser reads it as ../lexicon from dist/). Text: ../shared/corpus seeds
// (each --copies times) and the real corpus, else the fixtures.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { takeFlag } from './lib/flags.mjs'
import { unified } from 'unified'
import remarkParse from 'remark-parse'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const flag = (name, dflt) => takeFlag(args, name, dflt)
const ROUNDS = Number(flag('--rounds', 7))
const COPIES = Number(flag('--copies', 40))
const dists = (args.length ? args : [path.join(root, 'dist')]).map((d) => path.resolve(d))
const builds = []
for (const d of dists) {
  const { parseDocument } = await import(path.join(d, 'core', 'parse.js'))
  const { decode } = await import(path.join(d, 'core', 'read', 'decode.js'))
  builds.push({ name: path.basename(path.dirname(d)) + '/' + path.basename(d), parseDocument, decode })
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const mib = (bytes) => bytes / 1024 / 1024

function texts(dir, copies = 1) {
  const out = []
  for (const f of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
    const t = builds[0].decode(readFileSync(path.join(dir, f))).text
    for (let i = 0; i < copies; i++) out.push([f, t])
  }
  return out
}

const shared = path.join(root, '..', 'shared', 'corpus')
const sets = existsSync(shared)
  ? [
      ['seed copies', texts(path.join(shared, 'seeds'), COPIES)],
      ['real corpus', texts(path.join(shared, 'real'))],
    ]
  : [['fixtures', texts(path.join(root, 'fixtures'))]]

if (builds.length > 1) {
  for (const [label, docs] of sets) {
    let differ = 0
    const seen = new Set()
    for (const [f, t] of docs) {
      if (seen.has(f)) continue
      seen.add(f)
      const outs = builds.map((b) => JSON.stringify(b.parseDocument(t, { file: f, markdown: f.endsWith('.md') })))
      if (outs.some((o) => o !== outs[0])) {
        differ++
        console.log(`DIFFERS: ${label} ${f}`)
      }
    }
    console.log(`${label}: ${seen.size} documents, ${differ} differ`)
  }
}

const remark = unified().use(remarkParse)
// CPU time of the process, not wall time: on a shared machine the wall clock mostly measures the other jobs
const time = (fn) => {
  const t0 = process.cpuUsage()
  fn()
  const d = process.cpuUsage(t0)
  return (d.user + d.system) / 1000
}
for (const [label, docs] of sets) {
  const bytes = docs.reduce((n, [, t]) => n + Buffer.byteLength(t), 0)
  const runs = [
    ...builds.map((b) => () => time(() => docs.forEach(([f, t]) => b.parseDocument(t, { file: f, markdown: f.endsWith('.md') })))),
    () => time(() => docs.forEach(([, t]) => remark.parse(t))),
  ]
  const names = [...builds.map((b) => b.name), 'remark-parse']
  runs.forEach((r) => r()) // warm the JIT
  const times = runs.map(() => [])
  for (let r = 0; r < ROUNDS; r++) for (let k = 0; k < runs.length; k++) times[(k + r) % runs.length].push(runs[(k + r) % runs.length]())
  const remarkT = times[runs.length - 1]
  console.log(`\n${label}: ${docs.length} docs, ${mib(bytes).toFixed(1)} MiB, ${ROUNDS} alternating rounds`)
  for (const [k, name] of names.entries()) {
    const t = times[k]
    const vsRemark = median(t.map((x, i) => remarkT[i] / x))
    const vsA = median(t.map((x, i) => times[0][i] / x))
    console.log(`  ${name.padEnd(22)} ${median(t).toFixed(0).padStart(6)} ms  ${(mib(bytes) / (median(t) / 1000)).toFixed(2).padStart(6)} MiB/s  speed vs remark ${vsRemark.toFixed(2)}×  speed vs A ${vsA.toFixed(2)}×`)
  }
}
