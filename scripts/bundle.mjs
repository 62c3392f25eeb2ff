#!/usr/bin/env node
// The command line as a code-split bundle of the compiled dist/ (run after tsc, by `npm run build`): bin/plan.js then
// loads about 40 files for `plan tasks` instead of about 115, and Node's per-module resolving, reading and linking was a
// sixth of a one-file `plan tasks`. Each command's code still loads only when the command runs (a chunk per
// dynamic import). Packages stay outside the bundle, loaded from node_modules as before, but for commander, which every
// run loads: bundled, it is no longer five CommonJS files read through Node's ESM-to-CommonJS bridge (10–20 ms).
//
// Layout, all in one folder three levels below the package root (dist/bundle/cli/), because the compiled code finds
// its neighbours from import.meta.url: the lexicon at ../../../lexicon/ (core/agencies/data.ts, core/deadlines/data.ts,
// core/read/legacy.ts), the worker scripts beside it (./load-worker.js from cli/load.ts, ./worker.js from
// check/run.ts), and packages through createRequire.
//
//   node scripts/bundle.mjs
import { build } from 'esbuild'
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
const out = path.join(dist, 'bundle', 'cli')
const entries = { index: 'cli/index.js', 'load-worker': 'cli/load-worker.js', worker: 'check/worker.js' }
for (const f of Object.values(entries)) {
  if (!existsSync(path.join(dist, f))) throw new Error(`dist/${f} is missing: run tsc -p tsconfig.build.json first`)
}
rmSync(path.join(dist, 'bundle'), { recursive: true, force: true })
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(Object.entries(entries).map(([name, f]) => [name, path.join(dist, f)])),
  outdir: out,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [
    {
      name: 'packages-outside-but-commander',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (a) => (/^commander(\/|$)/.test(a.path) ? undefined : { path: a.path, external: true }))
      },
    },
  ],
  // commander is CommonJS: its require() of Node's modules needs a require in the ES module it is bundled into
  banner: { js: "import { createRequire as __planRequire } from 'node:module'; const require = __planRequire(import.meta.url);" },
  // names as written: a class's or function's name stays what the sources call it
  keepNames: true,
  logLevel: 'warning',
  metafile: true,
})
const packaged = Object.keys(metafile.inputs).filter((i) => i.includes('node_modules/') && !i.includes('node_modules/commander/'))
if (packaged.length) throw new Error(`bundled from node_modules, which should stay external: ${packaged.join(', ')}`)
// the compiled modules whose code each output file holds (test/cli/startup.test.ts reads it to tell what a run loaded)
const holds = Object.fromEntries(Object.entries(metafile.outputs).map(([file, o]) => [path.relative(out, path.join(root, file)), Object.keys(o.inputs).filter((i) => o.inputs[i].bytesInOutput > 0)]))
writeFileSync(path.join(dist, 'bundle', 'modules.json'), JSON.stringify(holds, null, 1) + '\n')
