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
  // the code-split bundle (scripts/bundle.mjs, run by `npm run build`) when it is at least as new as the compiled
  // dist/ beside it, else dist/ itself (after a bare `tsc -p tsconfig.build.json`, a bundle left over is stale)
  const { statSync } = await import('node:fs')
  const built = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1
  const bundle = built('../dist/bundle/cli/index.js')
  const entry = bundle >= 0 && bundle >= built('../dist/cli/index.js') ? '../dist/bundle/cli/index.js' : '../dist/cli/index.js'
  const { main } = await import(entry)
  process.exitCode = await main(argv)
}
