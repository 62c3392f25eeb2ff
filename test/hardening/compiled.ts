// Source modules transpiled (no type check) into a temporary folder, for tests that need a real child process: a
// signal, a second process taking the same lock. dist/ is not used: it may be stale or not built.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type * as TS from 'typescript'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
let out: string | null = null
const done = new Set<string>()

/**
 * The folder standing for dist/ once `entries` (paths under src/, e.g. 'cli/write.ts') and every module they import
 * relatively are transpiled into it; node_modules and lexicon sit beside it as in the package.
 */
export async function compiledSrc(...entries: string[]): Promise<string> {
  const strip = await stripper()
  if (!out) {
    out = mkdtempSync(path.join(tmpdir(), 'plan-compiled-'))
    writeFileSync(path.join(out, 'package.json'), '{"type":"module"}')
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(out, 'node_modules'))
    symlinkSync(path.join(ROOT, 'lexicon'), path.join(out, 'lexicon'))
  }
  const dist = path.join(out, 'dist')
  const queue = entries.map((e) => path.join(ROOT, 'src', e))
  while (queue.length) {
    const file = queue.pop()!
    if (done.has(file)) continue
    done.add(file)
    const source = readFileSync(file, 'utf8')
    const js = strip(file, source)
    const dest = path.join(dist, path.relative(path.join(ROOT, 'src'), file)).replace(/\.ts$/, '.js')
    mkdirSync(path.dirname(dest), { recursive: true })
    writeFileSync(dest, js)
    // relative imports, static and dynamic, written with .js as NodeNext requires
    for (const m of js.matchAll(/(?:from\s*|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
      const dep = path.resolve(path.dirname(file), m[1] + '.ts')
      if (existsSync(dep)) queue.push(dep)
    }
  }
  return dist
}

/**
 * TypeScript to JavaScript, types removed: with oxc through rolldown (vitest's bundler; a tenth of a second) when it
 * is there, else with typescript itself (seconds to load).
 */
async function stripper(): Promise<(file: string, source: string) => string> {
  try {
    const { transformSync } = (await import('rolldown/experimental')) as { transformSync: (f: string, s: string) => { code: string; errors: unknown[] } }
    return (file, source) => {
      const r = transformSync(file, source)
      if (r.errors.length) throw new Error(`${file}: ${String(r.errors[0])}`)
      return r.code
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e
    const ts = createRequire(import.meta.url)('typescript') as typeof TS
    return (_file, source) => ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText
  }
}
