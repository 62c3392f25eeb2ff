// The real-size corpus of the benches: N copies of ../shared/corpus/real under .bench/real-N/, each with its own
// document number, built once (a .complete marker) and reused.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** The folder of `docs` copies of the documents in `realDir`, under `root`/.bench; built when missing. */
export function realCorpus(root, realDir, docs) {
  const dir = path.join(root, '.bench', `real-${docs}`)
  if (existsSync(path.join(dir, '.complete'))) return dir
  const sources = readdirSync(realDir).filter((f) => /\.(txt|md|html)$/.test(f)).sort()
  rmSync(dir, { recursive: true, force: true })
  for (let i = 0; i < docs; i++) {
    const f = sources[i % sources.length]
    const sub = path.join(dir, String(i % 100).padStart(2, '0'))
    if (i < 100) mkdirSync(sub, { recursive: true })
    let text = readFileSync(path.join(realDir, f), 'utf8')
    // each copy its own document number, so the corpus is not one long run of duplicates
    text = text.replace(/(Số:?\s*)(\d+)/u, (_, a, n) => `${a}${n}${String(i).padStart(5, '0')}`)
    writeFileSync(path.join(sub, `${String(i).padStart(5, '0')}-${f}`), text)
  }
  writeFileSync(path.join(dir, '.complete'), '')
  return dir
}
