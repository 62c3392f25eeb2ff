#!/usr/bin/env node
// Scores every blind set in test/real against its documents with ../shared/tools/score.mjs, two sets at a time, and
// prints one line per set: ../shared/corpus/real, or ../fresh/docs for a set whose folder has a MANIFEST.tsv (documents
// fetched from the public repositories it names; a set whose documents are absent is skipped). With --out FILE the lines are also written there; with --compare FILE each figure that
// moved since that file is shown as old→new, and a fall is marked.
//
//   node scripts/score-real.mjs [--sets r1,r17] [--out FILE] [--compare FILE] [--jobs N]
//
// Run `npx tsc -p tsconfig.build.json` first: score.mjs runs `node bin/plan.js parse`, which uses the build.
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { takeFlag } from './lib/flags.mjs'

const run = promisify(execFile)
const root = path.join(import.meta.dirname, '..')
const shared = path.join(root, '..', 'shared')
const scorer = path.join(shared, 'tools', 'score.mjs')
if (!existsSync(scorer)) {
  console.error(`score-real: ${scorer} not found (../shared is absent)`)
  process.exit(2)
}
const args = process.argv.slice(2)
const all = readdirSync(path.join(root, 'test', 'real'))
  .filter((d) => /^r\d+$/.test(d))
  .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
const fresh = path.join(root, '..', 'fresh', 'docs')
/** Where a set's documents are: sets with a MANIFEST.tsv were fetched into ../fresh/docs. */
const docsOf = (set) => (existsSync(path.join(root, 'test', 'real', set, 'MANIFEST.tsv')) ? fresh : path.join(shared, 'corpus', 'real'))
/** The first of a set's documents that is not on disk, if any: a set is scored whole or not at all. */
const absentDoc = (set) =>
  readdirSync(path.join(root, 'test', 'real', set))
    .filter((g) => g.endsWith('.json'))
    .map((g) => path.join(docsOf(set), JSON.parse(readFileSync(path.join(root, 'test', 'real', set, g), 'utf8')).doc))
    .find((f) => !existsSync(f))
const sets = (takeFlag(args, '--sets')?.split(',') ?? all).filter((set) => {
  const absent = absentDoc(set)
  if (absent === undefined) return true
  console.error(`score-real: ${set} skipped: ${path.relative(root, absent)} is absent`)
  return false
})
const jobs = Number(takeFlag(args, '--jobs') ?? 2)
const KEYS = ['recall', 'leak', 'lead', 'coord', 'deadline', 'dated', 'meta']

/** One set's TOTAL line as figures; score.mjs is retried once, as it can fail when the machine is loaded. */
async function score(set) {
  for (let attempt = 0; ; attempt++) {
    try {
      const { stdout } = await run('node', [scorer, '--gold', path.join('test', 'real', set), '--docs', docsOf(set)], {
        cwd: root,
        maxBuffer: 64 << 20,
      })
      const total = stdout.split('\n').find((l) => l.startsWith('TOTAL'))
      if (!total) throw new Error('no TOTAL line')
      return Object.fromEntries([...total.matchAll(/(\w+)=(\d+\/\d+|[\d.]+)/g)].map((m) => [m[1], m[2]]))
    } catch (e) {
      if (attempt) throw new Error(`${set}: ${e.message.split('\n')[0]}`)
    }
  }
}

const results = new Map()
let next = 0
await Promise.all(
  Array.from({ length: jobs }, async () => {
    while (next < sets.length) {
      const set = sets[next++]
      results.set(set, await score(set))
    }
  }),
)

const compareFile = takeFlag(args, '--compare')
const before = new Map()
if (compareFile)
  for (const line of readFileSync(compareFile, 'utf8').split('\n')) {
    const [set, ...rest] = line.trim().split(/\s+/)
    if (set) before.set(set, Object.fromEntries(rest.map((kv) => kv.split('='))))
  }

const lines = []
let falls = 0
for (const set of sets) {
  const now = results.get(set)
  const old = before.get(set)
  const cells = [...KEYS, 'tasks'].map((k) => {
    if (!old || old[k] === undefined || old[k] === now[k] || k === 'tasks') return `${k}=${now[k]}`
    const fell = k === 'leak' ? Number(now[k]) > Number(old[k]) : Number(now[k]) < Number(old[k])
    if (fell) falls++
    return `${k}=${old[k]}→${now[k]}${fell ? ' (FELL)' : ''}`
  })
  lines.push(`${set.padEnd(4)} ${cells.join(' ')}`)
}
console.log(lines.join('\n'))
const out = takeFlag(args, '--out')
if (out) {
  writeFileSync(`${out}.tmp`, sets.map((s) => `${s} ${[...KEYS, 'tasks'].map((k) => `${k}=${results.get(s)[k]}`).join(' ')}`).join('\n') + '\n')
  renameSync(`${out}.tmp`, out)
}
if (compareFile) console.log(falls ? `${falls} figure(s) fell` : 'nothing fell')
process.exit(falls ? 1 : 0)
