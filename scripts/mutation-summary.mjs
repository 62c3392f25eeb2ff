// Reads Stryker's JSON report (reports/mutation/mutation.json) and records the mutation score per file and per module
// in test/mutation/RESULTS.md, so that a drop shows in review. Run after `npm run mutation` (the script does it).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8'))
const KILLED = new Set(['Killed', 'Timeout'])
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage'])
const rows = []
for (const [file, { mutants }] of Object.entries(report.files)) {
  const counted = mutants.filter((m) => COUNTED.has(m.status))
  const killed = counted.filter((m) => KILLED.has(m.status)).length
  const survived = counted.filter((m) => m.status === 'Survived').length
  const uncovered = counted.filter((m) => m.status === 'NoCoverage').length
  rows.push({ file: file.replace(/^.*?src\//, 'src/'), killed, survived, uncovered, total: counted.length })
}
const moduleOf = (f) => (f.startsWith('src/core/agencies/') ? 'src/core/agencies/' : f.startsWith('src/core/deadlines/') ? 'src/core/deadlines/' : f)
const modules = new Map()
for (const r of rows) {
  const m = modules.get(moduleOf(r.file)) ?? { killed: 0, survived: 0, uncovered: 0, total: 0 }
  for (const k of ['killed', 'survived', 'uncovered', 'total']) m[k] += r[k]
  modules.set(moduleOf(r.file), m)
}
const pct = (r) => (r.total ? ((100 * r.killed) / r.total).toFixed(1) : '—')
const all = [...modules.values()].reduce((a, m) => ({ killed: a.killed + m.killed, total: a.total + m.total }), { killed: 0, total: 0 })
const lines = [
  '# Mutation testing: last result',
  '',
  `Written by \`npm run mutation\` (Stryker, \`stryker.config.json\`) on ${new Date().toISOString().slice(0, 10)}. Score = killed (or timed out) / mutants, static mutants left out (\`--ignoreStatic\`).`,
  '',
  `Whole run: **${pct(all)}%** of ${all.total} mutants.`,
  '',
  '| module | score | killed | survived | no test reaches it | mutants |',
  '| --- | --- | --- | --- | --- | --- |',
  ...[...modules].sort().map(([m, r]) => `| \`${m}\` | ${pct(r)}% | ${r.killed} | ${r.survived} | ${r.uncovered} | ${r.total} |`),
  '',
  '| file | score | killed | survived | no test reaches it | mutants |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.sort((a, b) => a.file.localeCompare(b.file)).map((r) => `| \`${r.file}\` | ${pct(r)}% | ${r.killed} | ${r.survived} | ${r.uncovered} | ${r.total} |`),
  '',
]
mkdirSync('test/mutation', { recursive: true })
const out = path.join('test', 'mutation', 'RESULTS.md')
writeFileSync(out + '.tmp', lines.join('\n'))
renameSync(out + '.tmp', out)
process.stdout.write(`mutation score ${pct(all)}% recorded in ${out}\n`)
