// plan check --fix: NFC and modern tone placement written back, to the files that have those findings and no other.
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixText, utf8Text } from '../../src/check/fix.js'
import { main } from '../../src/cli/index.js'
import type { RuleId } from '../../src/check/types.js'
import { fakeIo } from './io.js'

const both = new Set<RuleId>(['unicode-normalised', 'legacy-tone'])

describe('fixText', () => {
  it('composes decomposed letters, moves old tones, and keeps BOM, line ends and spacing', () => {
    const nfd = 'Ke\u0302\u0301 hoa\u0323ch'
    expect(fixText(nfd, new Set(['unicode-normalised']))).toBe('Kế hoạch')
    expect(fixText('\uFEFFTỉnh uỷ Hoà Bình\r\nquý\u00A0 hoá\n', new Set(['legacy-tone']))).toBe('\uFEFFTỉnh ủy Hòa Bình\r\nquý\u00A0 hóa\n')
    expect(fixText(`${nfd} uỷ`, both)).toBe('Kế hoạch ủy')
    // tone-only on a decomposed line leaves it
    const mixed = 'hoa\u0300\nuỷ'
    expect(fixText(mixed, new Set(['legacy-tone']))).toBe('hoa\u0300\nủy')
    expect(fixText('nothing to do', both)).toBe('nothing to do')
  })
  it('reads only UTF-8', () => {
    expect(utf8Text(Buffer.from('\uFEFFhoá'))).toBe('\uFEFFhoá')
    expect(utf8Text(Buffer.from([0x48, 0xf4, 0x61]))).toBeNull()
  })
})

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/check')

async function check(args: string[], cwd: string) {
  const io = fakeIo(cwd)
  const code = await main(['check', ...args, '--format', 'json'], io)
  return { code, err: io.err(), data: JSON.parse(io.out() || 'null') as { files: { file: string; findings: { ruleId: string }[] }[]; summary: Record<string, number> } | null }
}

const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(path.join(dir, f)).isFile()).map((f) => [f, readFileSync(path.join(dir, f), 'latin1')]))

describe('plan check --fix', () => {
  it('mends the files with findings of the enabled fixable rules, keeps their mode, and touches nothing else', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'plan-fix-'))
    cpSync(fixtures, cwd, { recursive: true })
    writeFileSync(path.join(cwd, 'c.json'), JSON.stringify({ rules: { 'legacy-tone': 'warn' } }))
    chmodSync(path.join(cwd, 'fail', 'legacy-tone.txt'), 0o600)
    const before = snapshot(cwd)
    const r = await check(['fail', 'pass', '--config', 'c.json', '--fix'], cwd)
    expect(r.err.split('\n').sort()).toEqual(['', `plan: ${path.join('fail', 'legacy-tone.txt')}: fixed legacy-tone`, `plan: ${path.join('fail', 'unicode-normalised.txt')}: fixed unicode-normalised`])
    const ids = r.data!.files.flatMap((f) => f.findings.map((x) => x.ruleId))
    expect(ids).not.toContain('legacy-tone')
    expect(ids).not.toContain('unicode-normalised')
    const after = snapshot(cwd)
    const changed = Object.keys(before).filter((f) => before[f] !== after[f]).sort()
    expect(changed).toEqual([path.join('fail', 'legacy-tone.txt'), path.join('fail', 'unicode-normalised.txt')])
    const tone = readFileSync(path.join(cwd, 'fail', 'legacy-tone.txt'), 'utf8')
    expect(tone).toContain('Văn phòng Tỉnh ủy chủ trì')
    expect(tone).not.toMatch(/Tỉnh uỷ|HOÀ|Hoà /)
    expect(statSync(path.join(cwd, 'fail', 'legacy-tone.txt')).mode & 0o777).toBe(0o600)
    const nfc = readFileSync(path.join(cwd, 'fail', 'unicode-normalised.txt'), 'utf8')
    expect(nfc).toBe(nfc.normalize('NFC'))
    // the next run finds nothing to fix
    const again = await check(['fail/legacy-tone.txt', 'fail/unicode-normalised.txt', '--config', 'c.json'], cwd)
    expect(again.data!.files.flatMap((f) => f.findings.map((x) => x.ruleId)).filter((id) => id === 'legacy-tone' || id === 'unicode-normalised')).toEqual([])
  })
  it('a rule that is off, or no --fix, leaves every file as it is', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'plan-fix-'))
    cpSync(fixtures, cwd, { recursive: true })
    const before = snapshot(cwd)
    await check(['fail'], cwd)
    writeFileSync(path.join(cwd, 'c.json'), JSON.stringify({ rules: { 'unicode-normalised': 'off' } }))
    const r = await check(['fail', '--config', 'c.json', '--fix'], cwd)
    expect(r.err).toBe('')
    const after = snapshot(cwd)
    delete after['c.json']
    expect(after).toEqual(before)
  })
})
