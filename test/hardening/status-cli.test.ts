// `plan overdue --init-status` on status files that are not UTF-8: never destroyed (issue 12). Whichever way the command
// reads the file, the bytes a person saved are either left as they are (exit 2) or kept as the start of the new file.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { encodeCp1258, encodeStatus } from '../../src/query/status.js'
import { run } from '../cli/queries-io.js'

const FILES = ['ke-hoach-a.json', 'chi-thi-b.json'].map((f) => path.resolve('fixtures/query', f))
const RECORDED = 'id,done,note\r\nkh-a-1,2013-11-20,"đã xong; có ""trích dẫn"""\r\nkh-a-2,,Đã báo cáo Thường trực Tỉnh ủy\r\n'

describe('--init-status never destroys what a person recorded', () => {
  for (const [name, bytes] of [
    ['Windows-1258', encodeCp1258(RECORDED)],
    ['UTF-16 LE with a BOM', encodeStatus(RECORDED, 'utf16le')],
    ['UTF-16 BE with a BOM', encodeStatus(RECORDED, 'utf16be')],
    ['UTF-16 without a BOM', Buffer.from(RECORDED, 'utf16le')],
    ['bytes in no encoding', Buffer.from([0x69, 0x64, 0x2c, 0x64, 0x6f, 0x6e, 0x65, 0x0a, 0x81, 0x8d, 0x8f, 0xff, 0x0a])],
  ] as const) {
    it(name, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'plan-init-'))
      const file = path.join(dir, 'progress.csv')
      writeFileSync(file, bytes)
      const r = await run(['overdue', ...FILES, '--init-status', 'progress.csv'], { cwd: dir })
      const after = readFileSync(file)
      if (r.code === 2) {
        expect(after.equals(Buffer.from(bytes))).toBe(true)
        expect(r.stderr).toMatch(/^plan: progress\.csv: [^\n]+\n$/)
      } else {
        expect(r.code).toBe(0)
        expect(after.subarray(0, bytes.length).equals(Buffer.from(bytes))).toBe(true)
      }
    })
  }
})

describe('the status file through the command line', () => {
  it('--init-status appends to a Windows-1258 file in Windows-1258, and --status reads back what was recorded', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-init-'))
    const file = path.join(dir, 'progress.csv')
    const before = encodeCp1258(RECORDED)
    writeFileSync(file, before)
    const init = await run(['overdue', ...FILES, '--init-status', 'progress.csv'], { cwd: dir })
    expect(init.code).toBe(0)
    expect(init.stderr).toMatch(/^plan: progress\.csv: \d+ tasks added, 2 kept\n$/)
    const after = readFileSync(file)
    expect(after.subarray(0, before.length).equals(Buffer.from(before))).toBe(true)
    // under a lock that is gone once the run ends
    expect(existsSync(`${file}.lock`)).toBe(false)
    const r = await run(['overdue', ...FILES, '--status', 'progress.csv', '--all', '--format', 'json'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('đã xong; có \\"trích dẫn\\"')
  })

  it('--init-status keeps a JSON status file\'s values as written, big integers included', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-init-'))
    const before = '[\n  {"id": "kh-a-1", "done": "2013-11-20", "ref": 12345678901234567890, "ratio": 1.10}\n]\n'
    writeFileSync(path.join(dir, 'progress.json'), before)
    const r = await run(['overdue', ...FILES, '--init-status', 'progress.json'], { cwd: dir })
    expect(r.code).toBe(0)
    const after = readFileSync(path.join(dir, 'progress.json'), 'utf8')
    expect(after).toContain('{"id": "kh-a-1", "done": "2013-11-20", "ref": 12345678901234567890, "ratio": 1.10}')
    expect(JSON.parse(after).length).toBeGreaterThan(1)
  })

  it('--status names a file it cannot read for certain in one line, its name made visible', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-status-'))
    const name = 'pro\u001b[2Jgress\n.csv'
    writeFileSync(path.join(dir, name), Buffer.from([0x69, 0x64, 0x0a, 0x81, 0x8d, 0x8f, 0xff, 0x0a]))
    const r = await run(['overdue', ...FILES, '--status', name], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^plan: pro\\x1b\[2Jgress\\n\.csv: [^\n\u001b]+\n$/)
  })
})
