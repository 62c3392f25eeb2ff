// --init-status on disk: the file's bytes, mode and link kept, two runs at once both keep their rows, a stale lock
// taken over, a live one waited for (issue 12, data loss).
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs'
import { tmpdir, hostname } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { initStatusFile, readStatusText } from '../../src/cli/status-file.js'
import { encodeCp1258, parseStatus } from '../../src/query/status.js'
import { taskRows, type TaskRow } from '../../src/query/rows.js'
import { decodeLegacy } from '../../src/core/read/legacy.js'
import { fakeIo } from '../fake-io.js'
import { fixtureDocs } from '../query/docs.js'

const rows = taskRows(fixtureDocs())
const tmp = () => mkdtempSync(path.join(tmpdir(), 'plan-status-'))
const RECORDED = 'id,done,note\r\nkh-a-1,2013-11-20,"đã xong; có ""trích dẫn"""\r\n'
const idsIn = (file: string) => [...parseStatus(readFileSync(file, 'utf8'), 'csv').entries.keys()].sort()
const row = (id: string): TaskRow => ({ ...rows[0], id })

describe('initStatusFile', () => {
  it('appends to a Windows-1258 file in Windows-1258 and keeps its bytes', async () => {
    const dir = tmp()
    const before = encodeCp1258(RECORDED)
    writeFileSync(path.join(dir, 's.csv'), before)
    expect(await initStatusFile('s.csv', rows, fakeIo({ cwd: dir }))).toEqual({ added: 7, kept: 1 })
    const after = readFileSync(path.join(dir, 's.csv'))
    expect(after.subarray(0, before.length).equals(Buffer.from(before))).toBe(true)
    expect(decodeLegacy(after, 'cp1258')!.text.startsWith(RECORDED)).toBe(true)
    expect(await readStatusText('s.csv', fakeIo({ cwd: dir }))).toContain('đã xong; có ""trích dẫn""')
  })

  it('refuses a file it cannot read for certain with a one-line error, and leaves it untouched', async () => {
    const dir = tmp()
    const junk = Buffer.from([0x69, 0x64, 0x2c, 0x64, 0x6f, 0x6e, 0x65, 0x0a, 0x81, 0x8d, 0x8f, 0x0a])
    writeFileSync(path.join(dir, 's.csv'), junk)
    await expect(initStatusFile('s.csv', rows, fakeIo({ cwd: dir }))).rejects.toThrow(/^s\.csv: not rewritten: it is not valid UTF-8/)
    expect(readFileSync(path.join(dir, 's.csv')).equals(junk)).toBe(true)
    expect(existsSync(path.join(dir, 's.csv.lock'))).toBe(false)
  })

  it('keeps the file’s mode (a private 0600 file stays private) and writes through a symbolic link', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'real.csv'), 'id,done\nkh-a-1,\n')
    chmodSync(path.join(dir, 'real.csv'), 0o600)
    symlinkSync('real.csv', path.join(dir, 'link.csv'))
    await initStatusFile('link.csv', rows, fakeIo({ cwd: dir }))
    expect(lstatSync(path.join(dir, 'link.csv')).isSymbolicLink()).toBe(true)
    expect(statSync(path.join(dir, 'real.csv')).mode & 0o777).toBe(0o600)
    expect(idsIn(path.join(dir, 'real.csv'))).toEqual(rows.map((r) => r.id).sort())
    expect(existsSync(path.join(dir, 'real.csv.lock'))).toBe(false)
  })

  it('two runs at once on the same file both keep their rows, every time (issue: 7 of 20 lost one run’s rows)', async () => {
    const dir = tmp()
    for (let i = 0; i < 20; i++) {
      const file = `s${i}.csv`
      writeFileSync(path.join(dir, file), 'id,done,note\nold-1,2013-01-01,kept\n')
      const a = Array.from({ length: 5 }, (_, k) => row(`a-${k}`))
      const b = Array.from({ length: 5 }, (_, k) => row(`b-${k}`))
      await Promise.all([initStatusFile(file, a, fakeIo({ cwd: dir })), initStatusFile(file, b, fakeIo({ cwd: dir }))])
      expect(idsIn(path.join(dir, file))).toEqual(['a-0', 'a-1', 'a-2', 'a-3', 'a-4', 'b-0', 'b-1', 'b-2', 'b-3', 'b-4', 'old-1'])
    }
  })

  it('takes over the lock of a run that died, and waits for one that is alive', async () => {
    const dir = tmp()
    const file = path.join(dir, 's.csv')
    writeFileSync(file, 'id,done\n')
    // a process that has exited: its pid is free
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout
    writeFileSync(`${file}.lock`, `${dead} ${hostname()} ${Date.now()} x`)
    expect(await initStatusFile('s.csv', [row('a-1')], fakeIo({ cwd: dir }))).toEqual({ added: 1, kept: 0 })
    expect(existsSync(`${file}.lock`)).toBe(false)
    // held by a live process (this one): refused after the wait, file untouched, lock left to its owner
    writeFileSync(`${file}.lock`, `${process.pid} ${hostname()} ${Date.now()} y`)
    const before = readFileSync(file)
    await expect(initStatusFile('s.csv', [row('a-2')], fakeIo({ cwd: dir }), { waitMs: 150 })).rejects.toThrow(/another plan run is updating it \(process \d+ holds s\.csv\.lock\)/)
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(existsSync(`${file}.lock`)).toBe(true)
    // an old lock is stale whoever holds it
    expect(await initStatusFile('s.csv', [row('a-2')], fakeIo({ cwd: dir }), { staleMs: 0 })).toEqual({ added: 1, kept: 1 })
  })

  it.skipIf(process.platform === 'win32')('a status path that is a FIFO is refused at once, not opened', async () => {
    const dir = tmp()
    if (spawnSync('mkfifo', [path.join(dir, 's.csv')]).status !== 0) return
    await expect(initStatusFile('s.csv', rows, fakeIo({ cwd: dir }))).rejects.toThrow('s.csv: not a regular file (a FIFO)')
    await expect(readStatusText('s.csv', fakeIo({ cwd: dir }))).rejects.toThrow('s.csv: not a regular file (a FIFO)')
  })
})

describe('initStatusFile across processes', () => {
  it.skipIf(process.platform === 'win32')('three plan processes adding to one file at once: every row of every one is there', async () => {
    const { compiledSrc } = await import('../hardening/compiled.js')
    const { spawn } = await import('node:child_process')
    const dist = await compiledSrc('cli/status-file.ts')
    const dir = tmp()
    writeFileSync(path.join(dir, 's.csv'), 'id,done,note\nold-1,2013-01-01,kept\n')
    const child = (k: number) => {
      const script = `
        import { initStatusFile } from ${JSON.stringify(path.join(dist, 'cli/status-file.js'))}
        const row = (id) => ({ ...${JSON.stringify(rows[0])}, id })
        const io = { cwd: ${JSON.stringify(dir)} }
        await initStatusFile('s.csv', Array.from({ length: 20 }, (_, i) => row('p${k}-' + i)), io)`
      const p = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] })
      let err = ''
      p.stderr.on('data', (d) => (err += d))
      return new Promise<string>((r) => p.on('exit', (code) => r(`${code} ${err}`)))
    }
    expect(await Promise.all([0, 1, 2].map(child))).toEqual(['0 ', '0 ', '0 '])
    const ids = idsIn(path.join(dir, 's.csv'))
    expect(ids).toHaveLength(61)
    expect(readFileSync(path.join(dir, 's.csv'), 'utf8').startsWith('id,done,note\nold-1,2013-01-01,kept\n')).toBe(true)
    expect(existsSync(path.join(dir, 's.csv.lock'))).toBe(false)
  })
})
