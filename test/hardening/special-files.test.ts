// Hangs (issue 12): a FIFO named x.txt in a folder hung parse, check and tasks forever. Folder walks take regular files
// only; a special file named on the command line is a one-line error; an unreadable folder is one error line.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { expandOperands, loadDocument } from '../../src/cli/inputs.js'
import { readRegularFile } from '../../src/shared/files.js'
import { fakeIo, run } from '../fake-io.js'

const DOC = path.resolve('test/annotated/a1_ke_hoach_huyen_uy.txt')
const canFifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0

/** A folder with one document and a FIFO named like one. */
function folderWithFifo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-fifo-'))
  mkdirSync(path.join(dir, 'docs'))
  copyFileSync(DOC, path.join(dir, 'docs/a.txt'))
  expect(spawnSync('mkfifo', [path.join(dir, 'docs/x.txt')]).status).toBe(0)
  return dir
}

/** Fails fast instead of hanging the suite when the fix is missing. */
function within<T>(ms: number, p: Promise<T>): Promise<T> {
  return Promise.race([p, new Promise<T>((_, no) => setTimeout(() => no(new Error(`still running after ${ms} ms: hung`)), ms))])
}

describe.skipIf(!canFifo)('a FIFO among the documents', () => {
  it('a folder walk leaves it out', async () => {
    const dir = folderWithFifo()
    expect(await within(5000, expandOperands(['docs'], fakeIo({ cwd: dir })))).toEqual({ files: [path.join('docs', 'a.txt')], errors: [] })
    expect(await within(5000, expandOperands(['docs/*.txt'], fakeIo({ cwd: dir })))).toEqual({ files: ['docs/a.txt'], errors: [] })
  })

  for (const cmd of [['tasks'], ['check'], ['parse', '--format', 'json']]) {
    it(`plan ${cmd[0]} on the folder finishes, with the document`, async () => {
      const dir = folderWithFifo()
      const r = await within(15000, run([...cmd, 'docs'], { cwd: dir }))
      expect(r.stderr).not.toMatch(/x\.txt/)
      expect(r.code).not.toBe(2)
      if (cmd[0] !== 'check') expect(r.stdout).toMatch(/a\.txt/)
    })
  }

  it('named on the command line, it is one error line, and the other operands are still read', async () => {
    const dir = folderWithFifo()
    expect(await within(5000, expandOperands(['docs/x.txt', 'docs/a.txt'], fakeIo({ cwd: dir })))).toEqual({
      files: ['docs/a.txt'],
      errors: [{ file: 'docs/x.txt', message: 'not a regular file (a FIFO); only files and folders are read' }],
    })
    const r = await within(15000, run(['tasks', 'docs/x.txt', 'docs/a.txt'], { cwd: dir }))
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('plan: docs/x.txt: not a regular file (a FIFO); only files and folders are read\n')
  })

  it('a file swapped for a FIFO after the walk is refused when opened, without waiting for a writer', async () => {
    const dir = folderWithFifo()
    await expect(within(5000, readRegularFile(path.join(dir, 'docs/x.txt'), 1 << 20))).rejects.toThrow('not a regular file (a FIFO)')
    expect(await within(5000, loadDocument('docs/x.txt', fakeIo({ cwd: dir })))).toEqual({ file: 'docs/x.txt', message: 'not a regular file (a FIFO); only files are read' })
  })
})

describe('devices and links', () => {
  it.skipIf(process.platform === 'win32')('/dev/zero named as a document is refused at once (issue: grew to 7.6 GB)', async () => {
    expect(await within(5000, expandOperands(['/dev/zero'], fakeIo()))).toEqual({ files: [], errors: [{ file: '/dev/zero', message: 'not a regular file (a character device); only files and folders are read' }] })
    expect(await within(5000, loadDocument('/dev/zero', fakeIo()))).toMatchObject({ message: 'not a regular file (a character device); only files are read' })
  })

  it('a link to a document is walked as the document, a link to a folder is not followed (no cycles), a broken link is skipped', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-links-'))
    mkdirSync(path.join(dir, 'docs'))
    copyFileSync(DOC, path.join(dir, 'docs/a.txt'))
    symlinkSync('a.txt', path.join(dir, 'docs/b.txt'))
    symlinkSync('.', path.join(dir, 'docs/loop'))
    symlinkSync('missing.txt', path.join(dir, 'docs/c.txt'))
    expect(await expandOperands(['docs'], fakeIo({ cwd: dir }))).toEqual({ files: ['a.txt', 'b.txt'].map((f) => path.join('docs', f)), errors: [] })
  })
})
