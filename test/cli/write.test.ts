// Atomic writes (issue 12): mode and owner kept, symbolic links written through, special targets handled, the
// temporary file removed when the process is interrupted.
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeAtomic } from '../../src/cli/write.js'
import { fakeIo } from '../fake-io.js'
import { compiledSrc } from '../hardening/compiled.js'

const tmp = () => mkdtempSync(path.join(tmpdir(), 'plan-write-'))

describe('writeAtomic', () => {
  it('keeps the mode of the file it replaces (issue: 0600 came back 0644), and a new file gets the usual mode', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'notes.csv'), 'old')
    chmodSync(path.join(dir, 'notes.csv'), 0o600)
    await writeAtomic('notes.csv', 'new', fakeIo({ cwd: dir }), { force: true })
    expect(readFileSync(path.join(dir, 'notes.csv'), 'utf8')).toBe('new')
    expect(statSync(path.join(dir, 'notes.csv')).mode & 0o777).toBe(0o600)
    await writeAtomic('fresh.json', Buffer.from('{}'), fakeIo({ cwd: dir }), { force: false })
    expect(statSync(path.join(dir, 'fresh.json')).mode & 0o777).toBe(0o666 & ~process.umask())
    expect(readdirSync(dir).sort()).toEqual(['fresh.json', 'notes.csv'])
  })

  it.skipIf(!process.getuid || process.getuid() !== 0)('keeps the owner and group where permitted (here: running as root)', async () => {
    const { chownSync } = await import('node:fs')
    const dir = tmp()
    writeFileSync(path.join(dir, 'shared.csv'), 'old')
    chownSync(path.join(dir, 'shared.csv'), 1234, 5678)
    await writeAtomic('shared.csv', 'new', fakeIo({ cwd: dir }), { force: true })
    expect(statSync(path.join(dir, 'shared.csv'))).toMatchObject({ uid: 1234, gid: 5678 })
  })

  it('writes through a symbolic link (issue: -o link.json --force replaced the link), also one to a file not yet written', async () => {
    const dir = tmp()
    mkdirSync(path.join(dir, 'out'))
    writeFileSync(path.join(dir, 'out/real.json'), 'old')
    symlinkSync('out/real.json', path.join(dir, 'link.json'))
    await writeAtomic('link.json', 'new', fakeIo({ cwd: dir }), { force: true })
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true)
    expect(readFileSync(path.join(dir, 'out/real.json'), 'utf8')).toBe('new')
    symlinkSync('out/later.json', path.join(dir, 'later.json'))
    await writeAtomic('later.json', 'x', fakeIo({ cwd: dir }), { force: false })
    expect(lstatSync(path.join(dir, 'later.json')).isSymbolicLink()).toBe(true)
    expect(readFileSync(path.join(dir, 'out/later.json'), 'utf8')).toBe('x')
  })

  it('refuses to replace without --force, a folder, and a FIFO; writes a device such as /dev/null as it is', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'a.json'), 'keep')
    await expect(writeAtomic('a.json', 'x', fakeIo({ cwd: dir }), { force: false })).rejects.toThrow('a.json: already exists (pass --force to replace it)')
    mkdirSync(path.join(dir, 'd'))
    await expect(writeAtomic('d', 'x', fakeIo({ cwd: dir }), { force: true })).rejects.toThrow('d: is a folder')
    if (process.platform !== 'win32' && spawnSync('mkfifo', [path.join(dir, 'p.json')]).status === 0) {
      await expect(writeAtomic('p.json', 'x', fakeIo({ cwd: dir }), { force: true })).rejects.toThrow('p.json: not a regular file (a FIFO)')
    }
    if (existsSync('/dev/null')) await writeAtomic('/dev/null', 'x', fakeIo({ cwd: dir }), { force: true })
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('keep')
  })

  it('a name with a line break in it does not forge a second error line', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'a\nplan: forged.json'), 'keep')
    await expect(writeAtomic('a\nplan: forged.json', 'x', fakeIo({ cwd: dir }), { force: false })).rejects.toThrow(/^a\\nplan: forged\.json: already exists/)
  })

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it.skipIf(process.platform === 'win32')(`${signal} in the middle of a large write leaves no temporary file behind (issue: a 58 MB *.tmp)`, async () => {
      const dist = await compiledSrc('cli/write.ts')
      const dir = tmp()
      writeFileSync(path.join(dir, 'out.json'), 'previous')
      // the child sends itself the signal as soon as the temporary file exists, while the 16 MB are being written
      const script = `
        import { writeAtomic } from ${JSON.stringify(path.join(dist, 'cli/write.js'))}
        const io = { cwd: ${JSON.stringify(dir)} }
        await writeAtomic('out.json', 'x'.repeat(16 << 20), io, { force: true, onTemp: () => process.kill(process.pid, '${signal}') })
        console.log('finished')`
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] })
      let out = ''
      child.stdout.on('data', (d) => (out += d))
      child.stderr.on('data', (d) => (out += d))
      const [code, sig] = await new Promise<[number | null, string | null]>((r) => child.on('exit', (c, s) => r([c, s])))
      expect({ code, sig, out }).toEqual({ code: null, sig: signal, out: '' })
      expect(readdirSync(dir)).toEqual(['out.json'])
      expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe('previous')
    })
  }
})
