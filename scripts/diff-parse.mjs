#!/usr/bin/env node
// Compares the parse of two builds document by document: which tasks appeared, went or changed lead, coordinators or
// deadline, and whether the metadata moved. For reviewing a change to extraction before its digest is updated.
//
//   node scripts/diff-parse.mjs OLD_ROOT NEW_ROOT FILE…
import { execFileSync } from 'node:child_process'
import path from 'node:path'

const [oldRoot, newRoot, ...files] = process.argv.slice(2)
if (!oldRoot || !newRoot || !files.length) {
  console.error('usage: diff-parse.mjs OLD_ROOT NEW_ROOT FILE…')
  process.exit(2)
}
const parse = (root, file) =>
  JSON.parse(execFileSync('node', [path.join(root, 'bin', 'plan.js'), 'parse', file, '--format', 'json'], { maxBuffer: 256 << 20 }).toString())
const names = (list) => list.map((a) => a.name ?? a).join('; ')
const show = (t) => `L${t.span.start.line} ${JSON.stringify(t.text.slice(0, 90))} lead=[${names(t.lead)}] coord=[${names(t.coordinators)}] due=${t.deadline?.end ?? '-'}`
let changed = 0
for (const file of files) {
  const a = parse(oldRoot, file)
  const b = parse(newRoot, file)
  const out = []
  for (const k of new Set([...Object.keys(a.meta), ...Object.keys(b.meta)]))
    if (JSON.stringify(a.meta[k]) !== JSON.stringify(b.meta[k])) out.push(`  meta.${k}: ${JSON.stringify(a.meta[k])?.slice(0, 200)} → ${JSON.stringify(b.meta[k])?.slice(0, 200)}`)
  const key = (t) => `${t.span.start.line}:${t.text}`
  const before = new Map(a.tasks.map((t) => [key(t), t]))
  const after = new Map(b.tasks.map((t) => [key(t), t]))
  for (const [k, t] of before) if (!after.has(k)) out.push(`  - ${show(t)}`)
  for (const [k, t] of after) {
    const o = before.get(k)
    if (!o) out.push(`  + ${show(t)}`)
    else if (show(o) !== show(t)) out.push(`  ~ ${show(o)}\n    → ${show(t)}`)
  }
  if (out.length) {
    changed++
    console.log(`${file}: ${a.tasks.length} → ${b.tasks.length} tasks\n${out.join('\n')}`)
  }
}
console.log(`${changed} of ${files.length} document(s) changed`)
