// The published package: `npm pack`, the tarball unpacked into a temp project's node_modules (offline: its own
// node_modules linked to this repo's), then imported by name from a .mjs file and type-checked from a .ts file.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> }
const built = existsSync(path.join(ROOT, 'dist/index.js')) && existsSync(path.join(ROOT, 'dist/index.d.ts'))

// packs, unpacks and type-checks a consumer (about 15 s): run with PLAN_E2E=1; npm test stays under a minute
const e2e = !!process.env.PLAN_E2E
describe.skipIf(!built || !e2e)(`the packed tarball of ${pkg.name}${!e2e ? ' (skipped: set PLAN_E2E=1 to run it)' : !built ? ' (skipped: run npm run build)' : ''}`, () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'plan-pack-'))
  const project = path.join(tmp, 'project')
  const installed = path.join(project, 'node_modules', pkg.name)
  let files: string[] = []

  it('packs bin, dist with declarations, lexicon, README and LICENSE, and no sources or tests', () => {
    // dist is already built: --ignore-scripts skips prepack's second build
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8' })
    const [info] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>
    files = info.files.map((f) => f.path)
    for (const f of ['package.json', 'LICENSE', 'README.md', 'bin/plan.js', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/index.js', 'dist/bundle/cli/index.js', 'dist/bundle/cli/load-worker.js']) expect(files, f).toContain(f)
    expect(files.some((f) => f.startsWith('lexicon/'))).toBe(true)
    expect(files.filter((f) => /^(src|test|fixtures)\//.test(f))).toEqual([])
    mkdirSync(path.join(project, 'node_modules'), { recursive: true })
    execFileSync('tar', ['-xzf', path.join(tmp, info.filename), '-C', tmp])
    renameSync(path.join(tmp, 'package'), installed)
    // its dependencies, offline: this repo's node_modules
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(installed, 'node_modules'), 'dir')
    symlinkSync(path.join(ROOT, 'node_modules', '@types'), path.join(project, 'node_modules', '@types'), 'dir')
  })

  it('is imported by name from another project, and its `plan` bin runs', () => {
    expect(files.length).toBeGreaterThan(0)
    writeFileSync(
      path.join(project, 'use.mjs'),
      `import { parseDocument, parseRead, readDocument, readDeadline, parseFile, taskRows, classifyAll, PlanDocument, documentJsonSchema } from '${pkg.name}'
import meta from '${pkg.name}/package.json' with { type: 'json' }
const text = 'ỦY BAN NHÂN DÂN\\nTỈNH BẾN LẠC\\nSố: 12/KH-UBND\\n\\nKẾ HOẠCH\\nThực hiện chuyển đổi số\\n\\n1. Sở Thông tin và Truyền thông chủ trì xây dựng cổng dữ liệu, hoàn thành trước ngày 30/6/2025.\\n'
const doc = parseDocument(text, { file: 'kh.txt' })
const read = parseRead(await readDocument(new TextEncoder().encode(text), { name: 'kh.txt' }), { file: 'kh.txt' })
const fromFile = await parseFile(${JSON.stringify(path.join(ROOT, 'fixtures/party-plan-numbering.txt'))})
const rows = classifyAll(taskRows([doc]), '2025-07-01')
console.log(JSON.stringify({
  name: meta.name,
  number: doc.meta.number,
  same: JSON.stringify(read.tasks) === JSON.stringify(doc.tasks),
  valid: PlanDocument.safeParse(fromFile).success,
  fileTasks: fromFile.tasks.length > 3,
  deadline: readDeadline('quý IV-2013').end,
  status: rows.map((r) => r.status),
  schema: typeof (await documentJsonSchema()).properties,
}))
`,
    )
    const r = spawnSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toEqual({ name: pkg.name, number: '12/KH-UBND', same: true, valid: true, fileTasks: true, deadline: '2013-12-31', status: ['overdue'], schema: 'object' })
    const bin = spawnSync(process.execPath, [path.join(installed, pkg.bin.plan), '--version'], { cwd: project, encoding: 'utf8' })
    expect(bin.stdout.trim()).toBe(pkg.version)
    // a command runs from the bundle (the tarball gives every file one date: the bundle is not older than dist/)
    const tasks = spawnSync(process.execPath, [path.join(installed, pkg.bin.plan), 'tasks', path.join(ROOT, 'fixtures/party-plan-numbering.txt'), '--format', 'json'], { cwd: project, encoding: 'utf8' })
    expect(tasks.stderr).toBe('')
    expect((JSON.parse(tasks.stdout) as unknown[]).length).toBeGreaterThan(3)
  })

  it('is typed: a TypeScript project (NodeNext) gets the declarations through `exports`', () => {
    expect(files.length).toBeGreaterThan(0)
    writeFileSync(
      path.join(project, 'use.ts'),
      `import { parseDocument, readDeadline, type PlanDocument, type DeadlineReading, type TaskRow } from '${pkg.name}'
const doc: PlanDocument = parseDocument('Kế hoạch')
const reading: DeadlineReading = readDeadline('quý IV-2013', { today: '2013-06-01' })
const end: string | null = reading.end
// @ts-expect-error the kind is a union of literals, not a number
const wrong: number = doc.meta.kind
export const used: Array<unknown> = [doc, end, wrong, null as unknown as TaskRow]
`,
    )
    writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: ['node'] }, files: ['use.ts'] }))
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }))
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' })
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
  })
})
