// What start-up loads (on the built dist/, or on the bundle of it that bin/plan.js prefers, when they exist): zod
// only when there is a config or --strict asks for the schema, the parser only when there is a document to parse,
// date-fns module by module, never its whole index, and write-file-atomic only when a file is written.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const built = existsSync(path.join(root, 'dist/cli/index.js'))

/** What each file of the bundle holds (scripts/bundle.mjs), when there is one. */
const bundled: Record<string, string[]> = existsSync(path.join(root, 'dist/bundle/modules.json'))
  ? JSON.parse(readFileSync(path.join(root, 'dist/bundle/modules.json'), 'utf8'))
  : {}

/**
 * The modules a run of `plan ARGS` loads, as paths under the project, from the coverage V8 writes for it (NODE_V8_COVERAGE):
 * every file loaded is there. A file of the split bundle stands for the modules it holds; in the one-script bundle
 * (dist/bundle/cli.vm.js) a module is loaded when its body ran, the function esbuild names by the module's path.
 */
function loaded(args: string[], cwd = root): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-startup-'))
  spawnSync(process.execPath, [path.join(root, 'bin/plan.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NODE_V8_COVERAGE: dir } })
  const scripts = readdirSync(dir).flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Coverage).result)
  return scripts.flatMap(({ url, functions }) => {
    if (!url.startsWith('file:')) return []
    const f = path.relative(root, fileURLToPath(url))
    if (f === 'dist/bundle/cli.vm.js') return functions.filter((fn) => /^dist\//.test(fn.functionName) && fn.ranges[0].count > 0).map((fn) => fn.functionName)
    return f.startsWith('dist/bundle/cli/') ? (bundled[f.slice('dist/bundle/cli/'.length)] ?? []) : [f]
  })
}

interface Coverage {
  result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[]
}

describe.skipIf(!built)('start-up', () => {
  it('--version is answered by the launcher alone, with the version the CLI reports', async () => {
    expect(loaded(['--version'])).toEqual(['bin/plan.js'])
    const { VERSION } = await import('../../src/cli/index.js')
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    expect(spawnSync(process.execPath, [path.join(root, 'bin/plan.js'), '-V'], { encoding: 'utf8' }).stdout).toBe(`${pkg.version}\n`)
    expect(VERSION).toBe(pkg.version)
    // any other command line goes through the CLI, which loads no parser for --help
    const help = loaded(['--help'])
    expect(help.filter((m) => /node_modules\/(zod|date-fns)\/|dist\/core\/(agencies|deadlines|extract)\//.test(m))).toEqual([])
  })

  it('plan tasks on one document, with no config: no zod, and only the date-fns functions it uses', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'plan-startup-'))
    const mods = loaded(['tasks', path.join(root, 'fixtures/party-plan-numbering.txt')], cwd)
    expect(mods.some((m) => m.startsWith('dist/core/parse'))).toBe(true)
    expect(mods.filter((m) => m.includes('node_modules/zod/'))).toEqual([])
    expect(mods.filter((m) => m.includes('node_modules/date-fns/')).length).toBeLessThan(40)
    // what only writing a file needs is loaded when a file is written
    expect(mods.filter((m) => /node_modules\/write-file-atomic\//.test(m))).toEqual([])
    // a config is validated, so zod comes with it
    writeFileSync(path.join(cwd, 'plan.config.json'), '{}')
    expect(loaded(['tasks', path.join(root, 'fixtures/party-plan-numbering.txt')], cwd).some((m) => m.includes('node_modules/zod/'))).toBe(true)
  })
})
