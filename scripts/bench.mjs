#!/usr/bin/env node
// npm run bench: speed and memory of plan, side by side with remark-parse, written to bench/RESULTS.md.
//   node scripts/bench.mjs [--docs 2000] [--rounds 2] [--quick] [--no-record]
// Runs on the built dist/ (npm run build). Every comparison alternates its runs (A B, B A, …) so that a machine that
// slows down or speeds up mid-run weighs on both sides, and reports medians and the median of the paired ratios.
//  1. parse throughput in-process: plan's full pipeline vs remark-parse alone, on the same text (seed copies; the real corpus)
//  2. start-up: bare node, plan --version, plan tasks on one small file
//  3. a real-size corpus: N copies of ../shared/corpus/real (default 2,000; --docs 10000 for the full run): plan check,
//     plan parse --format jsonl -o, a script that reads the same files and runs remark-parse, plan tasks on the saved
//     JSON Lines; wall time and peak RSS (/usr/bin/time -v when present, else the child's own resourceUsage)
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import { realCorpus } from './bench-corpus.mjs'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const plan = path.join(root, 'bin', 'plan.js')
const args = process.argv.slice(2)
const flag = (name, dflt) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : dflt
}
const quick = args.includes('--quick')
const DOCS = Number(flag('--docs', quick ? 200 : 2000))
const ROUNDS = Number(flag('--rounds', 2))
const shared = path.join(root, '..', 'shared', 'corpus')
const realDir = path.join(shared, 'real')
if (!existsSync(path.join(root, 'dist', 'core', 'parse.js'))) throw new Error('dist/ is missing: run npm run build first')
const { parseDocument } = await import(path.join(root, 'dist', 'core', 'parse.js'))
const { decode } = await import(path.join(root, 'dist', 'core', 'read', 'decode.js'))

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6
const mib = (bytes) => bytes / 1024 / 1024
const lines = []
const say = (s = '') => {
  console.log(s)
  lines.push(s)
}

/** Runs each of `fns` `rounds` times, rotating which goes first; returns per-function times (ms) in round order. */
function alternate(fns, rounds) {
  const times = fns.map(() => [])
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < fns.length; k++) {
      const i = (k + r) % fns.length
      times[i].push(fns[i]())
    }
  }
  return times
}

function texts(dir, copies = 1) {
  const out = []
  for (const f of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
    const t = decode(readFileSync(path.join(dir, f))).text
    for (let i = 0; i < copies; i++) out.push([f, t])
  }
  return out
}

// 1. in-process throughput
function throughput(label, docs, rounds) {
  const bytes = docs.reduce((n, [, t]) => n + Buffer.byteLength(t), 0)
  const remark = unified().use(remarkParse)
  // CPU time of the process, not wall time, as scripts/bench-parse.mjs measures it: on a shared machine the wall clock
  // mostly measures the other jobs
  const cpu = (fn) => {
    const t0 = process.cpuUsage()
    fn()
    const d = process.cpuUsage(t0)
    return (d.user + d.system) / 1000
  }
  const runPlan = () => cpu(() => docs.forEach(([f, t]) => parseDocument(t, { file: f, markdown: f.endsWith('.md') })))
  const runRemark = () => cpu(() => docs.forEach(([, t]) => remark.parse(t)))
  runPlan() // warm the JIT of both before timing
  runRemark()
  const [p, r] = alternate([runPlan, runRemark], rounds)
  const ratio = median(p.map((x, i) => x / r[i]))
  say(`| ${label} | ${docs.length} docs, ${mib(bytes).toFixed(1)} MiB | ${(mib(bytes) / (median(p) / 1000)).toFixed(2)} MiB/s | ${(mib(bytes) / (median(r) / 1000)).toFixed(2)} MiB/s | ${ratio.toFixed(2)} | ${(1 / ratio).toFixed(2)}× |`)
}

say(`# npm run bench`)
say()
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
})()
say(`${new Date().toISOString().slice(0, 16)}Z, commit ${commit}, node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? '?'}), load average at start ${loadavg().map((x) => x.toFixed(1)).join(' ')}`)
say(`\`node scripts/bench.mjs ${args.join(' ')}\`${quick ? ' (quick: fewer rounds and documents)' : ''}`)
say()
say('## 1. Parse throughput in-process (CPU time; medians of alternating rounds; ratio = plan time / remark time, paired per round)')
say()
say('| text | size | plan (full parse) | remark-parse alone | time ratio | plan speed vs remark (goal ≥ 2×) |')
say('| --- | --- | --- | --- | --- | --- |')
const inRounds = quick ? 3 : 5
if (existsSync(shared)) {
  throughput('seed copies', texts(path.join(shared, 'seeds'), 40), inRounds)
  throughput('real corpus', texts(realDir), inRounds)
} else throughput('fixtures (no ../shared)', texts(path.join(root, 'fixtures')), inRounds)

// 2. start-up
say()
say('## 2. Start-up (medians of alternating runs; ratio paired per round)')
say()
const spawnMs = (argv) => () => {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(process.execPath, argv, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
  if (r.status !== 0) throw new Error(`${argv.join(' ')}: exit ${r.status}: ${r.stderr}`)
  return ms(t0)
}
const small = path.join(root, 'fixtures', 'party-plan-numbering.txt')
const [bare, version, tasks] = alternate([spawnMs(['-e', '0']), spawnMs([plan, '--version']), spawnMs([plan, 'tasks', small])], quick ? 5 : 15)
say('| run | median | vs bare node |')
say('| --- | --- | --- |')
say(`| \`node -e 0\` | ${median(bare).toFixed(0)} ms | 1.00 |`)
say(`| \`plan --version\` | ${median(version).toFixed(0)} ms | ${median(version.map((v, i) => v / bare[i])).toFixed(2)} |`)
say(`| \`plan tasks\` on one small file | ${median(tasks).toFixed(0)} ms | ${median(tasks.map((v, i) => v / bare[i])).toFixed(2)} |`)

// 3. real-size corpus
if (existsSync(realDir)) corpusBench()
else say('\n(no ../shared/corpus/real: the corpus runs are skipped)')

function corpusBench() {
  const dir = realCorpus(root, realDir, DOCS)
  const files = readdirSync(dir, { recursive: true }).filter((f) => /\.(txt|md|html)$/.test(f))
  const bytes = files.reduce((n, f) => n + readFileSync(path.join(dir, f)).length, 0)
  const jsonl = path.join(root, '.bench', `real-${DOCS}.jsonl`)
  const timeV = existsSync('/usr/bin/time')
  const rssHook = path.join(root, '.bench', 'rss-hook.mjs')
  writeFileSync(rssHook, `import { writeFileSync } from 'node:fs'\nprocess.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024)))\n`)
  /** Wall ms and peak RSS bytes of `node argv…` with stdout to /dev/null. */
  const measured = (argv) => () => {
    const rssFile = path.join(root, '.bench', 'rss.txt')
    const cmd = timeV ? ['/usr/bin/time', ['-v', process.execPath, ...argv]] : [process.execPath, ['--import', rssHook, ...argv]]
    const t0 = process.hrtime.bigint()
    const r = spawnSync(cmd[0], cmd[1], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, BENCH_RSS_FILE: rssFile } })
    const wall = ms(t0)
    // plan check exits 1 when it finds errors: that is a result, not a failure of the run
    if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')}: exit ${r.status}: ${r.stderr.slice(-500)}`)
    const rss = timeV ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? 0) * 1024 : Number(readFileSync(rssFile, 'utf8'))
    return { wall, rss }
  }
  const runs = [
    ['`plan check DIR --format json`', [plan, 'check', dir, '--format', 'json']],
    ['`plan parse DIR --format jsonl -o corpus.jsonl`', [plan, 'parse', dir, '--format', 'jsonl', '-o', jsonl, '--force']],
    ['remark-parse over the same files (a script)', [path.join(root, 'scripts', 'bench-remark.mjs'), dir]],
    ['`plan tasks corpus.jsonl --format jsonl`', [plan, 'tasks', jsonl, '--format', 'jsonl']],
  ]
  // the saved corpus must exist before the query reads it (the first round runs parse before tasks)
  if (!existsSync(jsonl) && ROUNDS > 1) measured(runs[1][1])()
  const results = alternate(
    runs.map(([, argv]) => measured(argv)),
    ROUNDS,
  )
  say()
  say(`## 3. A real-size corpus: ${DOCS.toLocaleString('en')} documents copied from ../shared/corpus/real (${mib(bytes).toFixed(0)} MiB), ${ROUNDS} alternating rounds`)
  say()
  say(`Peak RSS from ${timeV ? '/usr/bin/time -v' : "the child's process.resourceUsage()"} (worker threads included).`)
  say()
  say('| run | wall (median) | throughput | peak RSS (max) |')
  say('| --- | --- | --- | --- |')
  for (const [k, [label]] of runs.entries()) {
    const wall = median(results[k].map((x) => x.wall))
    const rss = Math.max(...results[k].map((x) => x.rss))
    say(`| ${label} | ${(wall / 1000).toFixed(1)} s | ${k === 3 ? '' : `${(mib(bytes) / (wall / 1000)).toFixed(2)} MiB/s`} | ${mib(rss).toFixed(0)} MiB |`)
  }
  const ratio = median(results[1].map((x, i) => x.wall / results[2][i].wall))
  say()
  say(`Whole CLI, paired: \`plan parse\` takes ${ratio.toFixed(2)}× the time of the remark-parse script on the same files (goal: ≤ 1.00).`)
}

if (!args.includes('--no-record')) {
  mkdirSync(path.join(root, 'bench'), { recursive: true })
  writeFileSync(path.join(root, 'bench', 'RESULTS.md'), lines.join('\n') + '\n')
  console.log('\nrecorded in bench/RESULTS.md')
}
