#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` / `npm ci` through `prepare`).
const argv = process.argv.slice(2)
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // answered before loading the CLI, so it costs what bare node costs; the version is package.json's, as in --help
  const { readFileSync } = await import('node:fs')
  process.stdout.write(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version + '\n')
} else {
  // (V8's flags are not changed at run time: setting --no-regexp-tier-up here made about one run in 150 end in a
  // segmentation fault under load; Node documents such changes as unsafe after start-up)
  // the bundle (scripts/bundle.mjs, run by `npm run build`) when it is at least as new as the compiled dist/ beside it,
  // else dist/ itself (after a bare `tsc -p tsconfig.build.json`, a bundle left over is stale). Of the bundle, the one
  // script with its code cache when it is there: compiling the CLI's code was a fifth of a one-file `plan tasks`
  const { statSync } = await import('node:fs')
  const built = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1
  const compiled = built('../dist/cli/index.js')
  const bundle = built('../dist/bundle/cli/index.js')
  if (built('../dist/bundle/cli.vm.js') >= Math.max(compiled, bundle, 0)) {
    // the same bundle as one script, compiled with the code cache the build wrote for it (see scripts/bundle.mjs)
    const [{ readFileSync, writeFileSync }, vm, { createRequire }, { fileURLToPath }] = await Promise.all([import('node:fs'), import('node:vm'), import('node:module'), import('node:url')])
    const file = fileURLToPath(new URL('../dist/bundle/cli.vm.js', import.meta.url))
    const source = readFileSync(file, 'utf8')
    const id = source.slice(source.lastIndexOf('\n') + 1)
    let cachedData
    if (!process.env.PLAN_CODE_CACHE) {
      try {
        const cache = readFileSync(new URL('../dist/bundle/cli.vm.cache', import.meta.url))
        // a cache of another build is not used: V8 would take it if the source had the same length
        if (cache.length > id.length + 1 && cache.toString('latin1', 0, id.length + 1) === id + '\n') cachedData = cache.subarray(id.length + 1)
      } catch {}
    }
    const script = new vm.Script(source, { filename: file, cachedData })
    const module = { exports: {} }
    script.runInThisContext()(module, module.exports, createRequire(file), new URL('../dist/bundle/cli/index.js', import.meta.url).href)
    process.exitCode = await module.exports.main(argv)
    // the build's warm-up run (scripts/bundle.mjs) writes what it compiled
    if (process.env.PLAN_CODE_CACHE) writeFileSync(process.env.PLAN_CODE_CACHE, Buffer.concat([Buffer.from(id + '\n', 'latin1'), script.createCachedData()]))
  } else {
    const entry = bundle >= 0 && bundle >= compiled ? '../dist/bundle/cli/index.js' : '../dist/cli/index.js'
    const { main } = await import(entry)
    process.exitCode = await main(argv)
  }
}
