// Finding messages reach a terminal, GitHub annotations and JUnit attributes: no control character of a file name or
// of the document gets through them (issue 12, injection).
import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkFiles } from '../../src/check/engine.js'
import { defaultSettings } from '../../src/check/rules/index.js'
import type { FileResult } from '../../src/check/types.js'

describe('checkFiles', () => {
  it('a message quoting a file name with terminal escapes and a line break shows them as text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-ctl-'))
    const evil = 'a\u001b]0;pwned\u0007\u001b[2J\nplan: forged.txt'
    copyFileSync('fixtures/check/fail/duplicate-number/a.txt', path.join(dir, evil))
    copyFileSync('fixtures/check/fail/duplicate-number/b.txt', path.join(dir, 'b.txt'))
    const results: FileResult[] = []
    await checkFiles([evil, 'b.txt'], { cwd: dir, settings: defaultSettings(), asOf: '2024-07-01', agencies: null, threads: 1 }, (r) => void results.push(r))
    const dup = results.flatMap((r) => r.findings).find((f) => f.ruleId === 'duplicate-number')
    expect(dup?.message).toContain('\\x1b]0;pwned\\x07\\x1b[2J\\nplan: forged.txt')
    for (const f of results.flatMap((r) => r.findings)) expect(f.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
  })
})
