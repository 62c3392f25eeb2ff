#!/usr/bin/env node
// The baseline of npm run bench: reads every .txt/.md/.html under a folder, decodes it as UTF-8 and runs remark-parse on
// it, one file after another, as `plan parse DIR` would read and parse them.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { unified } from 'unified'
import remarkParse from 'remark-parse'

const dir = process.argv[2]
const remark = unified().use(remarkParse)
let nodes = 0
for (const f of readdirSync(dir, { recursive: true }).filter((f) => /\.(txt|md|html)$/.test(f)).sort()) {
  nodes += remark.parse(readFileSync(path.join(dir, f), 'utf8')).children.length
}
process.stdout.write(`${nodes}\n`)
