// An unreadable subfolder (EACCES on scandir) aborted the whole run with "internal error" (issue 12): it is one error
// line, and the other documents are still read. readdir is made to fail here, since the suite may run as root.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>()
  const readdir = (async (p: string, ...rest: unknown[]) => {
    if (path.basename(String(p)) === 'locked') throw Object.assign(new Error(`EACCES: permission denied, scandir '${p}'`), { code: 'EACCES' })
    return (fs.readdir as (...a: unknown[]) => unknown)(p, ...rest)
  }) as typeof fs.readdir
  return { ...fs, readdir, default: { ...fs, readdir } }
})

// Files run in one module cache (vitest.config.ts: isolate false), so drop the copies other files loaded unmocked.
vi.resetModules()
const { expandOperands } = await import('../../src/cli/inputs.js')
const { fakeIo, run } = await import('../fake-io.js')

const DOC = path.resolve('test/annotated/a1_ke_hoach_huyen_uy.txt')

function corpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-eacces-'))
  for (const f of ['docs/a.txt', 'docs/locked/b.txt', 'docs/z/c.txt']) {
    mkdirSync(path.join(dir, path.dirname(f)), { recursive: true })
    copyFileSync(DOC, path.join(dir, f))
  }
  return dir
}

describe('an unreadable folder', () => {
  it('is one error, and the walk goes on past it', async () => {
    const dir = corpus()
    expect(await expandOperands(['docs'], fakeIo({ cwd: dir }))).toEqual({
      files: [path.join('docs', 'a.txt'), path.join('docs', 'z', 'c.txt')],
      errors: [{ file: path.join('docs', 'locked'), message: 'cannot read folder (EACCES)' }],
    })
    expect(await expandOperands(['docs/**/*.txt'], fakeIo({ cwd: dir }))).toEqual({
      files: ['docs/a.txt', 'docs/z/c.txt'],
      errors: [{ file: path.join('docs', 'locked'), message: 'cannot read folder (EACCES)' }],
    })
  })

  it('plan tasks prints one error line for it and the tasks of the rest, exit 2', async () => {
    const dir = corpus()
    const r = await run(['tasks', 'docs', '--format', 'json'], { cwd: dir })
    expect(r.stderr).toBe(`plan: ${path.join('docs', 'locked')}: cannot read folder (EACCES)\n`)
    expect(r.stderr).not.toMatch(/internal error/)
    const files = new Set((JSON.parse(r.stdout) as Array<{ file: string }>).map((t) => t.file))
    expect([...files].sort()).toEqual([path.join('docs', 'a.txt'), path.join('docs', 'z', 'c.txt')])
    expect(r.code).toBe(2)
  })
})

describe('plan check past an unreadable folder', () => {
  it('reports it as an `unreadable` finding and checks the rest', async () => {
    const dir = corpus()
    const r = await run(['check', 'docs', '--format', 'json'], { cwd: dir })
    const data = JSON.parse(r.stdout) as { files: Array<{ file: string; findings: Array<{ ruleId: string; message: string }> }>; summary: { files: number } }
    const locked = data.files.find((f) => f.file === path.join('docs', 'locked'))
    expect(locked?.findings).toEqual([expect.objectContaining({ ruleId: 'unreadable', message: 'cannot read folder (EACCES)' })])
    expect(data.summary.files).toBe(3)
    expect(r.stderr).not.toMatch(/internal error/)
    expect(r.code).toBe(1)
  })

  it('with the rule off, says so on stderr and still checks the rest', async () => {
    const dir = corpus()
    writeFileSync(path.join(dir, 'plan.config.json'), JSON.stringify({ rules: { unreadable: 'off' } }))
    const r = await run(['check', 'docs', '--format', 'json'], { cwd: dir })
    expect(r.stderr).toContain(`plan: ${path.join('docs', 'locked')}: cannot read folder (EACCES)\n`)
    expect((JSON.parse(r.stdout) as { summary: { files: number } }).summary.files).toBe(2)
  })
})
