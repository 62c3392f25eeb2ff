// unreadable: files that fail before the rules can look at them become one finding that says why; the others go on.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeJob } from '../../../src/check/file-job.js'
import { defaultSettings } from '../../../src/check/rules/index.js'
import { unreadableHit } from '../../../src/check/rules/unreadable.js'
import { DecodeError } from '../../../src/core/read/decode.js'

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/check')
const job = makeJob({ cwd: fixtures, settings: defaultSettings(), asOf: null, agencies: null })

describe('unreadable', () => {
  it('says which failure: unknown encoding, binary, empty, read error, parser crash', () => {
    expect(unreadableHit(new DecodeError('invalid-utf8', 'not valid UTF-8', 4), 'decode')).toMatchObject({ line: 4, message: expect.stringMatching(/^not valid UTF-8, and not recognisably TCVN3/) })
    expect(unreadableHit(new DecodeError('binary', 'binary file', 2), 'decode').message).toMatch(/^binary file/)
    expect(unreadableHit(new DecodeError('empty', 'empty file'), 'decode')).toMatchObject({ line: 1, message: expect.stringMatching(/^empty file/) })
    expect(unreadableHit(Object.assign(new Error('x'), { code: 'EACCES' }), 'read').message).toContain('EACCES')
    expect(unreadableHit(new Error('boom\nstack'), 'parse').message).toBe('parse failed: boom')
  })

  it('reports a file in no encoding it can read (Shift_JIS) as an error at the line of the first bad byte', async () => {
    const o = await job('fail/unreadable.txt')
    expect(o.findings).toHaveLength(1)
    expect(o.findings[0]).toMatchObject({ ruleId: 'unreadable', severity: 'error', line: 1 })
    expect(o.findings[0].message).toMatch(/not valid UTF-8, and not recognisably TCVN3, VNI or Windows-1258/)
  })

  it('reads a Windows-1258 file instead of refusing it, and says it converted it', async () => {
    const j = makeJob({ cwd: path.resolve(fixtures, '../read'), settings: defaultSettings(), asOf: null, agencies: null })
    const o = await j('check-cp1258-letterhead.txt')
    expect(o.findings.map((f) => f.ruleId)).not.toContain('unreadable')
  })

  it('reports empty and binary files, and a missing one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-unreadable-'))
    writeFileSync(path.join(dir, 'empty.txt'), '  \n')
    writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0x41, 0x0a, 0x0a, 0x00, 0x01]))
    const j = makeJob({ cwd: dir, settings: defaultSettings(), asOf: null, agencies: null })
    expect((await j('empty.txt')).findings[0].message).toMatch(/^empty file/)
    expect((await j('bin.txt')).findings[0]).toMatchObject({ line: 3, message: expect.stringMatching(/^binary file/) })
    expect((await j('gone.txt')).findings[0].message).toContain('ENOENT')
  })

  it('does not fire on a readable UTF-8 document, nor when turned off', async () => {
    expect((await job('pass/ke-hoach-chuyen-doi-so.txt')).findings.filter((f) => f.ruleId === 'unreadable')).toEqual([])
    const off = makeJob({ cwd: fixtures, settings: { ...defaultSettings(), unreadable: 'off' }, asOf: null, agencies: null })
    expect((await off('fail/unreadable.txt')).findings).toEqual([])
  })
})
