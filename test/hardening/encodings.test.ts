// Odd encodings get a message that says what they are (issue 12, smaller): UTF-32 with a BOM was read as UTF-16
// (exit 0, no tasks), UTF-16 without a BOM was called a "binary file".
import { readdirSync, readFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { textEncodingProblem } from '../../src/shared/files.js'
import { firstInvalidUtf8 } from '../../src/core/read/decode.js'
import fc from 'fast-check'
import { run } from '../fake-io.js'

const TEXT = readFileSync('test/annotated/a1_ke_hoach_huyen_uy.txt', 'utf8')
const utf32 = (s: string, be: boolean) => {
  const cps = [0xfeff, ...Array.from(s, (c) => c.codePointAt(0)!)]
  const b = Buffer.alloc(cps.length * 4)
  cps.forEach((c, i) => (be ? b.writeUInt32BE(c, i * 4) : b.writeUInt32LE(c, i * 4)))
  return b
}

describe('text in an encoding plan does not read', () => {
  const cases: Array<[string, Buffer, string]> = [
    ['UTF-32 LE with a BOM', utf32(TEXT, false), 'UTF-32 LE text, which plan does not read: save it as UTF-8'],
    ['UTF-32 BE with a BOM', utf32(TEXT, true), 'UTF-32 BE text, which plan does not read: save it as UTF-8'],
    ['UTF-16 LE without a BOM', Buffer.from(TEXT, 'utf16le'), 'UTF-16 LE text without a byte order mark (BOM): save it as UTF-8, or as UTF-16 with a BOM'],
    ['UTF-16 BE without a BOM', Buffer.from(TEXT, 'utf16le').swap16(), 'UTF-16 BE text without a byte order mark (BOM): save it as UTF-8, or as UTF-16 with a BOM'],
  ]
  for (const [name, bytes, message] of cases) {
    it(`${name}: plan tasks and plan check say what it is`, async () => {
      expect(textEncodingProblem(bytes, 'a.txt')).toBe(message)
      const dir = mkdtempSync(path.join(tmpdir(), 'plan-enc-'))
      writeFileSync(path.join(dir, 'a.txt'), bytes)
      const tasks = await run(['tasks', 'a.txt'], { cwd: dir })
      expect(tasks).toMatchObject({ code: 2, stderr: `plan: a.txt: ${message}\n` })
      const check = await run(['check', 'a.txt', '--format', 'json'], { cwd: dir })
      expect(check.stdout).toContain(message)
    })
  }

  it('UTF-8, UTF-16 with its BOM, legacy encodings and binary formats are left to the readers: no real document is flagged', () => {
    expect(textEncodingProblem(Buffer.from('\uFEFF' + TEXT, 'utf16le'), 'a.txt')).toBeNull()
    expect(textEncodingProblem(Buffer.from(TEXT), 'a.txt')).toBeNull()
    const roots = ['test/annotated', 'test/real', 'fixtures', '../shared/corpus']
    let seen = 0
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name)
        if (e.isDirectory()) walk(p)
        else if (!/\.json$/.test(e.name)) {
          seen++
          expect(textEncodingProblem(readFileSync(p), p), p).toBeNull()
        }
      }
    }
    for (const r of roots) {
      try {
        walk(r)
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
      }
    }
    expect(seen).toBeGreaterThan(50)
  })
})

describe('a bad UTF-8 byte is reported on its own line', () => {
  it('CESU-8 (surrogates written as UTF-8) is named, at the line it is on, not the last line', async () => {
    const lines = TEXT.split('\n')
    // 😀 as CESU-8: the UTF-8 forms of its two UTF-16 halves, D83D and DE00
    const cesu = Buffer.from([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80])
    const bytes = Buffer.concat([Buffer.from(lines.slice(0, 4).join('\n') + '\nx ', 'utf8'), cesu, Buffer.from('\n' + lines.slice(4).join('\n'), 'utf8')])
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-cesu-'))
    writeFileSync(path.join(dir, 'c.txt'), bytes)
    const r = await run(['parse', 'c.txt'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^plan: c\.txt:5: not valid UTF-8: .*CESU-8/)
  })

  it('property: the first invalid byte is where the strict decoder fails, never past the end', () => {
    const byte = fc.oneof(fc.integer({ min: 0x20, max: 0x7f }), fc.integer({ min: 0x80, max: 0xff }), fc.constantFrom(0xe0, 0xed, 0xf0, 0xf4, 0xa0, 0x90, 0x8f, 0x0a))
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 24 }), (arr) => {
        const b = Uint8Array.from(arr)
        const at = firstInvalidUtf8(b)
        const fatal = new TextDecoder('utf-8', { fatal: true })
        let valid = true
        try {
          fatal.decode(b)
        } catch {
          valid = false
        }
        expect(at === b.length).toBe(valid)
        // everything before it decodes: the decoder has no complaint before `at`
        if (!valid) expect(() => fatal.decode(b.subarray(0, at))).not.toThrow()
      }),
      { numRuns: 3000 },
    )
  })
})
