// Control characters never reach the terminal through what plan prints for a person (issue 12, injection): the
// escapes tried in the issue, a line break in a file name, and a property over all of them.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasControl, safeLines, safeText, terminalText } from '../../src/shared/sanitize.js'
import { run } from '../fake-io.js'

const ESCAPES = {
  'OSC 0 (sets the window title)': '\u001b]0;owned\u0007',
  'CSI 2J (clears the screen)': '\u001b[2J',
  'CSI 1A CSI 2K (erase the row above)': '\u001b[1A\u001b[2K',
  'CSI 8m (hidden text)': '\u001b[8msecret\u001b[0m',
  'OSC 8 (a link)': '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\',
  'C1 CSI': '\u009b2J',
  'RLO (reverses the rest of the line)': '\u202etxt.exe',
}
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u

describe('sanitize', () => {
  for (const [name, seq] of Object.entries(ESCAPES)) {
    it(name, () => {
      const s = `Sở Nội vụ ${seq} chủ trì`
      for (const out of [safeText(s), safeLines(s), terminalText(s)]) expect(out).not.toMatch(FORBIDDEN)
      expect(hasControl(s)).toBe(true)
      expect(terminalText(s)).toMatch(/^Sở Nội vụ .* chủ trì$/)
    })
  }

  it('safeText makes controls visible, keeps Vietnamese and every other character as it is', () => {
    expect(safeText('a\nplan: x\t\u001b[2J\u0085đ')).toBe('a\\nplan: x\\t\\x1b[2J\\x85đ')
    expect(safeText('Kế hoạch số 15-KH/TU “x” 😀')).toBe('Kế hoạch số 15-KH/TU “x” 😀')
    expect(terminalText('a\u001b[31mred\u001b[0m b\u001b]0;t\u0007c')).toBe('ared bc')
    expect(safeLines('one\r\ntwo\tcols\u001b[1A')).toBe('one\ntwo\tcols\\x1b[1A')
  })

  it('property: nothing a terminal would act on gets through, and text without controls is unchanged', () => {
    const anyChar = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)) }))
    fc.assert(
      fc.property(anyChar, (s) => {
        expect(safeText(s)).not.toMatch(FORBIDDEN)
        expect(terminalText(s)).not.toMatch(FORBIDDEN)
        expect(safeLines(s).replace(/[\n\t]/g, '')).not.toMatch(FORBIDDEN)
        if (!hasControl(s)) expect(safeText(s)).toBe(s)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('error lines name a file whatever its name holds', () => {
  it('a line break in a file name does not forge a second error line; escapes in it are shown, not run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-names-'))
    const evil = 'x.txt\nplan: everything is fine\u001b[2K'
    writeFileSync(path.join(dir, evil), Buffer.from([0x41, 0x00, 0x42, 0x0a]))
    for (const args of [['tasks', evil, 'missing\n.txt'], ['parse', evil]]) {
      const r = await run(args, { cwd: dir })
      expect(r.code).toBe(2)
      for (const line of r.stderr.trimEnd().split('\n')) expect(line).toMatch(/^plan: /)
      expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
      expect(r.stderr).toContain('x.txt\\nplan: everything is fine\\x1b[2K')
    }
  })
})

describe('document text with escapes, in everything printed for a person', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-escapes-'))
  const all = Object.values(ESCAPES).join('')
  writeFileSync(
    path.join(dir, 'k.txt'),
    [`KẾ HOẠCH${all}`, `Thực hiện chương trình${all} năm 2024`, `1. Sở Nội vụ${all} chủ trì, phối hợp với Sở Tài chính${all} rà soát${all} quy chế, hoàn thành trước ngày 30/9/2024.`].join('\n'),
  )
  const cases = [
    ['parse', 'k.txt'],
    ['tasks', 'k.txt'],
    ['tasks', 'k.txt', '--format', 'md'],
    ['agencies', 'k.txt'],
    ['agencies', 'k.txt', '--format', 'md'],
    ['overdue', 'k.txt', '--all'],
    ['overdue', 'k.txt', '--all', '--format', 'md'],
    ['overdue', 'k.txt', '--by', 'agency'],
    ['check', 'k.txt', '--as-of', '2025-01-01'],
  ]
  for (const args of cases) {
    it(args.join(' '), async () => {
      for (const env of [{}, { COLUMNS: '60' }] as Record<string, string>[]) {
        const r = await run(args, { cwd: dir, today: '2025-01-01', env })
        expect(r.stdout.length).toBeGreaterThan(0)
        expect(r.stdout.replace(/[\n\t]/g, '')).not.toMatch(FORBIDDEN)
        expect(r.stderr.replace(/\n/g, '')).not.toMatch(FORBIDDEN)
      }
    })
  }
})
