// The size limit (issue 12, hangs): a file over --max-size (default the reader's LIMITS) is refused from its size,
// unread, with an error that names the size; standard input is read no further than the limit, so /dev/zero ends.
import { spawnSync } from 'node:child_process'
import { openSync, mkdtempSync, readFileSync, writeFileSync, truncateSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { sizeOption } from '../../src/cli/commands/options.js'
import { LIMITS } from '../../src/core/read/types.js'
import { run } from '../fake-io.js'

const DOC = 'KẾ HOẠCH\n1. Sở Nội vụ chủ trì rà soát quy chế, hoàn thành trước ngày 30/9/2024.\n'

describe('--max-size', () => {
  it('takes bytes, K, M and G (binary), and refuses anything else', () => {
    expect(sizeOption('500')).toBe(500)
    expect(sizeOption('64M')).toBe(64 * 1024 * 1024)
    expect(sizeOption('1.5g')).toBe(1.5 * 1024 ** 3)
    expect(sizeOption('200MiB')).toBe(200 * 1024 * 1024)
    expect(sizeOption('8kb')).toBe(8192)
    for (const bad of ['', '0', '-1M', 'abc', '12T', '1e9', 'M']) expect(() => sizeOption(bad), bad).toThrow(/^--max-size "[^"]*": expected a size such as 64M/)
  })

  it('a file over it is one error naming its size and the limit; the other files still answer', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-size-'))
    writeFileSync(path.join(dir, 'small.txt'), DOC)
    const big = DOC + 'x'.repeat(3000) + '\n'
    const kib = (Buffer.byteLength(big) / 1024).toFixed(1)
    writeFileSync(path.join(dir, 'big.txt'), big)
    for (const args of [['tasks', 'small.txt', 'big.txt', '--max-size', '2K'], ['--max-size', '2K', 'tasks', 'small.txt', 'big.txt']]) {
      const r = await run([...args, '--format', 'json'], { cwd: dir })
      expect(r.code).toBe(2)
      expect(r.stderr).toBe(`plan: big.txt: file too large (${kib} KiB; the limit is 2.0 KiB, raise it with --max-size)\n`)
      expect(JSON.parse(r.stdout)).toHaveLength(1)
    }
    expect((await run(['parse', 'big.txt', '--max-size', '1M', '--format', 'json'], { cwd: dir })).code).toBe(0)
    const check = await run(['check', 'big.txt', 'small.txt', '--max-size', '2K', '--format', 'json'], { cwd: dir })
    expect(check.stdout).toContain(`file too large (${kib} KiB; the limit is 2.0 KiB`)
    const bad = await run(['parse', 'small.txt', '--max-size', 'lots'], { cwd: dir })
    expect(bad).toMatchObject({ code: 2, stderr: 'plan: --max-size "lots": expected a size such as 64M, 500K or 2G\n' })
  })

  it('standard input over it is refused, and so is a sparse 1.5 GB file, by its size, without reading it', async () => {
    const r = await run(['parse', '-', '--max-size', '1K'], { stdin: DOC.repeat(30) })
    expect(r).toMatchObject({ code: 2, stderr: expect.stringMatching(/^plan: <stdin>: file too large \(more than \d\.\d KiB; the limit is 1\.0 KiB/) })
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-huge-'))
    const huge = path.join(dir, 'huge.txt')
    writeFileSync(huge, '')
    truncateSync(huge, 1.5 * 1024 ** 3)
    try {
      const h = await run(['tasks', 'huge.txt'], { cwd: dir })
      expect(h).toMatchObject({ code: 2, stderr: `plan: huge.txt: file too large (1.5 GiB; the limit is ${LIMITS.maxFileBytes / 1024 / 1024}.0 MiB, raise it with --max-size)\n` })
    } finally {
      rmSync(huge)
    }
  })

  it.skipIf(process.platform === 'win32')('the real standard input stops at the limit: /dev/zero piped in ends', async () => {
    const { compiledSrc } = await import('./compiled.js')
    const dist = await compiledSrc('cli/io.ts')
    const script = `import { processIo } from ${JSON.stringify(path.join(dist, 'cli/io.js'))}
      try { await processIo().readStdin(4 << 20); console.log('read all') } catch (e) { console.log(e.code, e.size > 4 << 20) }`
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { stdio: [openSync('/dev/zero', 'r'), 'pipe', 'pipe'], encoding: 'utf8', timeout: 20_000 })
    expect(r.stdout.trim()).toBe('too-large true')
  })
})

describe('saved JSON read as a stream', () => {
  it('a line longer than the limit is one error and is not held in memory; the next line still answers', async () => {
    const { savedDocuments } = await import('../../src/cli/saved.js')
    const saved = readFileSync('fixtures/query/ke-hoach-a.json', 'utf8')
    let pulled = 0
    async function* chunks() {
      // 64 MiB of one line without a break, in 1 MiB pieces, then a document on a line of its own
      for (let i = 0; i < 64; i++) {
        pulled++
        yield Buffer.alloc(1 << 20, 0x7b)
      }
      yield Buffer.from('\n' + JSON.stringify(JSON.parse(saved)) + '\n')
    }
    const out = []
    for await (const d of savedDocuments(chunks(), 'x.jsonl', { lines: true, maxWholeBytes: 2 << 20 })) out.push(d)
    expect(pulled).toBe(64)
    expect(out).toHaveLength(2)
    expect(out[0]).toEqual({ file: 'x.jsonl:1', message: 'a line over 2.0 MiB (--max-size), skipped' })
    expect(out[1]).toMatchObject({ schemaVersion: 1 })
  })
})
