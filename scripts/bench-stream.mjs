#!/usr/bin/env node
// Memory and time of the corpus runs, an older build beside this one: plan parse DIR --format jsonl -o, and the queries
// on the saved JSON Lines (tasks, overdue, agencies, report) and on the folder, each under /usr/bin/time -v, the two
// builds alternating (old new, new old, …). Prints wall time (median), peak RSS (max) and whether both builds wrote the
// same bytes (sha256 of standard output, or of the -o file).
//   node scripts/bench-stream.mjs --old DIR [--docs 2000] [--rounds 2] [--only parse,tasks,…]
// DIR holds the other build: bin/plan.js and dist/ (cp -r bin dist package.json DIR; ln -s $PWD/node_modules DIR).
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { realCorpus } from './bench-corpus.mjs'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const flag = (name, dflt) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : dflt
}
const DOCS = Number(flag('--docs', 2000))
const ROUNDS = Number(flag('--rounds', 2))
const old = flag('--old')
if (!old || !existsSync(path.join(old, 'bin', 'plan.js'))) throw new Error('--old DIR: a folder with the other build (bin/plan.js, dist/)')
const dir = realCorpus(root, path.join(root, '..', 'shared', 'corpus', 'real'), DOCS)
const work = path.join(root, '.bench', 'stream')
mkdirSync(work, { recursive: true })
const jsonl = path.join(root, '.bench', `real-${DOCS}.jsonl`)
const builds = { old: path.join(path.resolve(old), 'bin', 'plan.js'), new: path.join(root, 'bin', 'plan.js') }

const RUNS = {
  parse: (plan, out) => [plan, 'parse', dir, '--format', 'jsonl', '-o', out, '--force'],
  tasks: (plan) => [plan, 'tasks', jsonl, '--format', 'jsonl'],
  'tasks-table': (plan) => [plan, 'tasks', jsonl, '--chu-tri', 'UBND tỉnh'],
  overdue: (plan) => [plan, 'overdue', jsonl, '--as-of', '2026-01-01', '--format', 'csv'],
  'overdue-by': (plan) => [plan, 'overdue', jsonl, '--as-of', '2026-01-01', '--by', 'agency'],
  agencies: (plan) => [plan, 'agencies', jsonl, '--as-of', '2026-01-01', '--format', 'json'],
  report: (plan) => [plan, 'report', jsonl, '--as-of', '2026-01-01'],
  'tasks-dir': (plan) => [plan, 'tasks', dir, '--format', 'jsonl'],
}
const only = flag('--only', 'parse,tasks,tasks-table,overdue,overdue-by,agencies,report').split(',')

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const sha = (file) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12)

function measure(name, build) {
  const out = path.join(work, `${name}-${build}.out`)
  const file = path.join(work, `${name}-${build}.jsonl`)
  const argv = RUNS[name](builds[build], file)
  const load = loadavg()[0]
  const t0 = process.hrtime.bigint()
  const r = spawnSync("/bin/sh", ["-c", `exec /usr/bin/time -v "$@" > "${out}"`, "sh", process.execPath, ...argv], { cwd: root, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] })
  const wall = Number(process.hrtime.bigint() - t0) / 1e9
  if (r.status !== 0) throw new Error(`${name} (${build}): exit ${r.status}: ${r.stderr.slice(0, 800)}`)
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024
  const digest = name === 'parse' ? sha(file) : sha(out)
  rmSync(out, { force: true })
  if (name === 'parse' && build === 'new') spawnSync('cp', [file, jsonl])
  rmSync(file, { force: true })
  return { wall, rss, digest, load }
}

if (!existsSync(jsonl)) {
  console.log(`saving ${jsonl} …`)
  const r = spawnSync(process.execPath, [builds.new, 'parse', dir, '--format', 'jsonl', '-o', jsonl], { stdio: 'inherit' })
  if (r.status !== 0) process.exit(1)
}
console.log(`${DOCS} documents, ${ROUNDS} rounds, load average at start ${loadavg().map((x) => x.toFixed(2)).join(' ')}`)
console.log('| run | old wall | new wall | old peak RSS | new peak RSS | load (1 min) | same output |')
console.log('| --- | --- | --- | --- | --- | --- | --- |')
for (const name of only) {
  const res = { old: [], new: [] }
  for (let r = 0; r < ROUNDS; r++) for (const b of r % 2 ? ['new', 'old'] : ['old', 'new']) res[b].push(measure(name, b))
  const w = (b) => `${median(res[b].map((x) => x.wall)).toFixed(1)} s`
  const m = (b) => `${Math.max(...res[b].map((x) => x.rss)).toFixed(0)} MiB`
  const loads = [...res.old, ...res.new].map((x) => x.load)
  const same = new Set([...res.old, ...res.new].map((x) => x.digest)).size === 1
  console.log(`| ${name} | ${w('old')} | ${w('new')} | ${m('old')} | ${m('new')} | ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} | ${same ? 'yes' : 'NO'} |`)
}
