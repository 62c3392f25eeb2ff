#!/usr/bin/env node
// Start-up side by side: bare node, then `plan --version` and `plan tasks` on one small file for each launcher given
// (default: this checkout's bin/plan.js; pass an old checkout's bin/plan.js first to compare). Alternating rounds;
// medians of wall time, of the ratio to bare node paired per round, and of the child's CPU time (user + system, from
// /usr/bin/time when present), which a busy machine disturbs less than wall time.
//   node scripts/bench-startup.mjs [--rounds 15] [OLD/bin/plan.js] [bin/plan.js]
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const r = args.indexOf('--rounds')
const rounds = r >= 0 ? Number(args.splice(r, 2)[1]) : 15
const bins = args.length ? args.map((b) => path.resolve(b)) : [path.join(root, 'bin', 'plan.js')]
const small = path.join(root, 'fixtures', 'party-plan-numbering.txt')
const timer = existsSync('/usr/bin/time')
const runs = [['`node -e 0`', ['-e', '0']]]
for (const b of bins) runs.push([`${path.relative(root, b)} --version`, [b, '--version']], [`${path.relative(root, b)} tasks (one small file)`, [b, 'tasks', small]])

const wall = runs.map(() => [])
const cpu = runs.map(() => [])
const before = loadavg()
for (let k = 0; k < rounds; k++) {
  for (let j = 0; j < runs.length; j++) {
    const i = (j + k) % runs.length
    const t0 = process.hrtime.bigint()
    const res = timer
      ? spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...runs[i][1]], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
      : spawnSync(process.execPath, runs[i][1], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
    wall[i].push(Number(process.hrtime.bigint() - t0) / 1e6)
    if (res.status !== 0) throw new Error(`${runs[i][0]}: exit ${res.status}: ${res.stderr}`)
    if (timer) {
      const [u, s] = res.stderr.toString().trim().split('\n').pop().split(' ').map(Number)
      cpu[i].push((u + s) * 1000)
    }
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const la = (l) => l.map((x) => x.toFixed(2)).join(' ')
console.log(`node ${process.version}, ${rounds} alternating rounds, load average ${la(before)} at start, ${la(loadavg())} at end\n`)
console.log('| run | wall (median) | vs bare node (paired) | CPU (median) |')
console.log('| --- | --- | --- | --- |')
runs.forEach(([name], i) => {
  const ratio = median(wall[i].map((v, k) => v / wall[0][k]))
  console.log(`| ${name} | ${median(wall[i]).toFixed(0)} ms | ${ratio.toFixed(2)} | ${timer ? median(cpu[i]).toFixed(0) + ' ms' : '–'} |`)
})
