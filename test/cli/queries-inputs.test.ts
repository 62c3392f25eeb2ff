// Operands for the query commands: globs (the shell may not expand them), folders, saved JSON.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { expandGlob, globToRegExp, hasMagic } from '../../src/shared/glob.js'
import { expandOperands } from '../../src/cli/inputs.js'
import type { Io } from '../../src/cli/io.js'

describe('globToRegExp', () => {
  const m = (p: string, s: string) => globToRegExp(p).test(s)
  it('* and ? stay inside one folder, ** crosses folders', () => {
    expect(m('*.txt', 'a.txt')).toBe(true)
    expect(m('*.txt', 'd/a.txt')).toBe(false)
    expect(m('**/*.txt', 'a.txt')).toBe(true)
    expect(m('**/*.txt', 'd/e/a.txt')).toBe(true)
    expect(m('kh-201?.md', 'kh-2013.md')).toBe(true)
    expect(m('kh-201?.md', 'kh-20133.md')).toBe(false)
  })
  it('classes, negated classes, and literal dots and brackets', () => {
    expect(m('[0-9]*.txt', '001_x.txt')).toBe(true)
    expect(m('[!0-9]*.txt', '001_x.txt')).toBe(false)
    expect(m('a.txt', 'abtxt')).toBe(false)
    expect(hasMagic('docs/a.txt')).toBe(false)
    expect(hasMagic('docs/*.txt')).toBe(true)
  })
})

describe('glob operands', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-glob-'))
  for (const f of ['a/1.txt', 'a/2.md', 'a/skip.xlsx', 'a/b/3.txt', 'a/b/4.json', 'c/5.txt', '.hidden/6.txt']) {
    mkdirSync(path.join(dir, path.dirname(f)), { recursive: true })
    writeFileSync(path.join(dir, f), 'x')
  }
  const io = { cwd: dir } as Io

  it('expandGlob returns matching paths relative to the working folder, sorted, hidden folders left out', async () => {
    expect(await expandGlob('a/*.txt', dir)).toEqual(['a/1.txt'])
    expect(await expandGlob('**/*.txt', dir)).toEqual(['a/1.txt', 'a/b/3.txt', 'c/5.txt'])
    expect(await expandGlob('[ac]', dir)).toEqual(['a', 'c'])
  })

  it('expandOperands takes documents and saved JSON from a glob, walks matched folders, and reports a pattern that matches nothing', async () => {
    expect((await expandOperands(['a/**'], io)).files.sort()).toEqual(['a/1.txt', 'a/2.md', 'a/b/3.txt', 'a/b/4.json'])
    expect((await expandOperands(['[c]'], io)).files).toEqual(['c/5.txt'])
    const none = await expandOperands(['z*/*.txt'], io)
    expect(none).toEqual({ files: [], errors: [{ file: 'z*/*.txt', message: 'no document matches this pattern' }] })
  })

  it('a folder operand finds only documents (.txt, .md, .docx, .doc, .pdf, .html), so saved JSON beside its source is not read twice', async () => {
    expect((await expandOperands(['a'], io)).files).toEqual(['a/1.txt', 'a/2.md', 'a/b/3.txt'].map((f) => path.join(...f.split('/'))))
  })
})
