#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` / `npm ci` through `prepare`).
const argv = process.argv.slice(2)
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // answered before loading the CLI, so it costs what bare node costs; the version is package.json's, as in --help
  const { readFileSync } = await import('node:fs')
  process.stdout.write(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version + '\n')
} else {
  // V8 compiles a regular expression twice by default: to bytecode for its first run, then to machine code for the
  // next. The parser's few hundred Unicode expressions (\p{L}, \p{N}: thousands of instructions each) run many times
  // even on one small file, so the first compile is wasted: machine code at once halves the first parse of a start-up
  // run and changes nothing after it. Process-wide, so the worker threads have it too.
  const { setFlagsFromString } = await import('node:v8')
  setFlagsFromString('--no-regexp-tier-up')
  const { main } = await import('../dist/cli/index.js')
  process.exitCode = await main(argv)
}
