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
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
const out = path.join(dist, 'bundle', 'cli')
const entries = { index: 'cli/index.js', 'load-worker': 'cli/load-worker.js', worker: 'check/worker.js' }
for (const f of Object.values(entries)) {
  if (!existsSync(path.join(dist, f))) throw new Error(`dist/${f} is missing: run tsc -p tsconfig.build.json first`)
}
rmSync(path.join(dist, 'bundle'), { recursive: true, force: true })
// packages stay in node_modules, read from there at run time; commander alone is bundled (it is what every run loads)
const outsideButCommander = {
  name: 'packages-outside-but-commander',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (a) => (/^commander(\/|$)/.test(a.path) ? undefined : { path: a.path, external: true }))
  },
}

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
  plugins: [outsideButCommander],
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

// The lexicon's phrase tries as data (core/agencies/vocab.ts reads ../tries.json from its own URL, which only the
// bundle's is beside): built by the compiled dist/ from the lexicon as it is now, and checked against the lexicon's
// phrases when read, so that a lexicon file edited since still gives its own tries
const { trieData } = await import(pathToFileURL(path.join(dist, 'core', 'agencies', 'vocab.js')).href)
writeFileSync(path.join(dist, 'bundle', 'tries.json'), JSON.stringify(trieData()))

// The same command line again as one script (dist/bundle/cli.vm.js) that bin/plan.js compiles with node:vm, so that it can
// hand V8 a code cache (dist/bundle/cli.vm.cache): the bytecode of every function a run of `plan tasks` compiled, which
// a run would otherwise parse and compile again (Node 20 has no module.enableCompileCache, and no code cache for ES
// modules). The script is CommonJS in a function: its modules are still evaluated only when a command needs them
// (esbuild turns each dynamic import into a call), packages are required from node_modules as lazy.ts already does,
// and import.meta.url is the URL bin/plan.js gives, that of dist/bundle/cli/index.js, so the lexicon and the worker
// scripts are found where the split bundle finds them.
const script = path.join(dist, 'bundle', 'cli.vm.js')
const cjs = await build({
  absWorkingDir: root,
  entryPoints: [path.join(dist, 'cli/index.js')],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  plugins: [outsideButCommander],
  define: { 'import.meta.url': '__planUrl' },
  // import() of a package becomes require() (Node ≥ 20.19 requires ES modules): a script compiled with a code cache has
  // no import() (Node 20 drops its dynamic import callback when the cache is used)
  supported: { 'dynamic-import': false },
  keepNames: true,
  logLevel: 'warning',
  write: false,
})
// esbuild's import of a package from CommonJS takes the package's module.exports as its default, as Node does for a
// CommonJS package; a package that is an ES module (rehype-parse, chalk…) comes back from require() as its namespace,
// whose default is its own: a namespace is taken as it is
const helper = 'var __toESM = (mod, isNodeMode, target) => ('
if (cjs.outputFiles[0].text.split(helper).length !== 2) throw new Error(`esbuild's __toESM helper is not where scripts/bundle.mjs expects it`)
const body = cjs.outputFiles[0].text.replace(helper, 'var __toESM = (mod, isNodeMode, target) => mod != null && mod[Symbol.toStringTag] === "Module" ? mod : (')
// V8 checks a cache against its source's length only: the last line names the build, and bin/plan.js uses a cache
// only when its first line names the same one
const id = createHash('sha256').update(body).digest('hex').slice(0, 32)
writeFileSync(script, `(function (module, exports, require, __planUrl) {${body}\n})\n//# plan-build ${id}`)
// the cache is what a run of `plan tasks` on a sample compiled (written by bin/plan.js when PLAN_CODE_CACHE names a file)
const cache = path.join(dist, 'bundle', 'cli.vm.cache')
const warm = spawnSync(process.execPath, [path.join(root, 'bin', 'plan.js'), 'tasks', path.join(root, 'fixtures', 'party-plan-numbering.txt')], {
  cwd: root,
  env: { ...process.env, PLAN_CODE_CACHE: cache },
  stdio: ['ignore', 'ignore', 'inherit'],
})
if (warm.status !== 0 || !existsSync(cache)) throw new Error(`writing the code cache failed (exit ${warm.status})`)
