// The lexicon's data files and their loader: each table is checked row by row, and every file in lexicon/ parses.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LexiconError, parseTable } from '../../../src/core/agencies/data.js'
import { COUNCIL_BOARDS, DOMAINS, FIXED, GLUED_SCOPES, LOCAL_HEADS, PREFIXES, TABLES, fixedBodies, rowsOf } from '../../../src/core/agencies/lexicon.js'

const LEXICON = path.join(import.meta.dirname, '..', '..', '..', 'lexicon')
const tsv = (...lines: string[]) => lines.join('\n') + '\n'
const fails = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(LexiconError)
    return (e as Error).message
  }
  throw new Error('expected a LexiconError')
}

describe('parseTable', () => {
  it('skips comments and blank lines, keeps line numbers, fills left-out optional cells', () => {
    const rows = parseTable(tsv('\uFEFF# a comment', 'id\tname\taliases', '', '# another', 'a\tA\r', ' b \t B \tx|y'), 'f.tsv', ['id', 'name', 'aliases?'])
    expect(rows).toEqual([
      { file: 'f.tsv', line: 5, cells: { id: 'a', name: 'A', aliases: '' } },
      { file: 'f.tsv', line: 6, cells: { id: 'b', name: 'B', aliases: 'x|y' } },
    ])
  })

  it('names the file and line of a row with too many columns', () => {
    expect(fails(() => parseTable(tsv('id\tname', 'a\tA\textra'), 'lexicon/x.tsv', ['id', 'name']))).toMatch(/^lexicon\/x\.tsv:2: 3 columns, but the header has 2 \(id, name\)/)
  })

  it('names a missing required value, and hints at spaces for tabs', () => {
    expect(fails(() => parseTable(tsv('id\tname\tkind', 'a\t\tparty'), 'x.tsv', ['id', 'name', 'kind']))).toBe('x.tsv:2: no name (column 2 of id, name, kind)')
    expect(fails(() => parseTable(tsv('id\tname', 'a A'), 'x.tsv', ['id', 'name']))).toMatch(/^x\.tsv:2: no name .*separated by tabs/)
  })

  it('wants the header it knows, in order', () => {
    expect(fails(() => parseTable(tsv('# c', 'name\tid', 'A\ta'), 'x.tsv', ['id', 'name']))).toBe('x.tsv:2: the header names name, id; expected id, name, separated by tabs')
    expect(fails(() => parseTable(tsv('# only comments'), 'x.tsv', ['id']))).toMatch(/^x\.tsv: no header line/)
  })
})

describe('the tables', () => {
  it('reads a body, its kind and its aliases', () => {
    expect(rowsOf(TABLES.bodies, tsv('id\tname\tkind\taliases', 'x\tBan X\tparty\tBX|Ban X TW', 'y\tBan Y\tstate'))).toEqual([
      { id: 'x', name: 'Ban X', kind: 'party', aliases: ['BX', 'Ban X TW'] },
      { id: 'y', name: 'Ban Y', kind: 'state', aliases: [] },
    ])
  })

  it('refuses an unknown kind, naming the file and line', () => {
    expect(fails(() => rowsOf(TABLES.bodies, tsv('id\tname\tkind\taliases', '# c', 'x\tBan X\tstat')))).toBe(
      'lexicon/bodies.tsv:3: unknown kind "stat" (expected party, committee, state, ministry, local, front or generic)',
    )
    expect(fails(() => rowsOf(TABLES.prefixes, tsv('prefix\tkinds\taliases', 'Đảng đoàn\tfront|States')))).toMatch(/^lexicon\/prefixes\.tsv:2: unknown kinds "States"/)
  })

  it('refuses an empty alias, a yes/no that is neither, and an unknown head', () => {
    expect(fails(() => rowsOf(TABLES.bodies, tsv('id\tname\tkind\taliases', 'x\tBan X\tparty\tBX||BX2')))).toMatch(/^lexicon\/bodies\.tsv:2: an empty value in aliases/)
    expect(fails(() => rowsOf(TABLES.localHeads, tsv('head\tkind\tplace\tnational\taliases', 'Công an\tlocal\ttrue\tno')))).toBe('lexicon/local-heads.tsv:2: unknown place "true" (expected yes or no)')
    expect(fails(() => rowsOf(TABLES.domains, tsv('field\theads\taliases', 'Y tế\tBộ|Cục')))).toMatch(/^lexicon\/domains\.tsv:2: unknown heads "Cục" \(expected Bộ, Sở or Phòng\)/)
    expect(rowsOf(TABLES.domains, tsv('field\theads\taliases', 'Y tế\tBộ|Phòng\tYT'))).toEqual([['Y tế', 'BP', 'YT']])
  })

  it('refuses an id used twice across bodies.tsv and state-groups.tsv', () => {
    const texts: Record<string, string> = {
      'bodies.tsv': tsv('id\tname\tkind\taliases', 'evn\tBan X\tparty'),
      'state-groups.tsv': tsv('id\tname\taliases', '# c', 'evn\tTập đoàn Điện lực Việt Nam\tEVN'),
    }
    expect(fails(() => fixedBodies((f) => texts[f]))).toBe('lexicon/state-groups.tsv:3: the id "evn" is already used at lexicon/bodies.tsv:2')
  })
})

describe('the files in lexicon/', () => {
  const files = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(d, e.name)) : e.name.endsWith('.tsv') ? [path.join(d, e.name)] : []))
  const checked = new Set(Object.values(TABLES).map((t) => t.file))

  it.each(Object.entries(TABLES))('%s parses and is not empty', (_, t) => {
    expect((rowsOf(t as (typeof TABLES)['banned'], readFileSync(path.join(LEXICON, t.file), 'utf8')) as unknown[]).length).toBeGreaterThan(0)
  })

  it('every other .tsv has a header and no row wider than it', () => {
    const others = files(LEXICON).filter((f) => !checked.has(path.relative(LEXICON, f)))
    expect(others.map((f) => path.relative(LEXICON, f)).sort()).toEqual(
      ['action-verbs.tsv', 'cities.tsv', 'encodings/cp1258.tsv', 'encodings/tcvn3.tsv', 'encodings/vni.tsv', 'festivals.tsv', 'holidays.tsv', 'letter-codes.tsv', 'provinces.tsv', 'roles.tsv', 'site-chrome.tsv', 'unit-heads.tsv'],
    )
    for (const f of others) {
      const text = readFileSync(f, 'utf8')
      const header = text.split(/\r?\n/).find((l) => l.trim() && !l.startsWith('#'))!
      const columns = header.split('\t').map((c) => `${c.trim()}?`)
      expect(parseTable(text, f, columns).length).toBeGreaterThan(0)
    }
  })

  it('gives the grammar the shapes it compiles', () => {
    expect(FIXED.find((e) => e.id === 'bct')).toEqual({ id: 'bct', name: 'Bộ Chính trị', kind: 'party', aliases: ['BCT', 'Bộ Chính trị Ban Chấp hành Trung ương Đảng'] })
    expect(FIXED.find((e) => e.id === 'evn')?.kind).toBe('state')
    expect(DOMAINS.find((d) => d[0] === 'Tài chính')?.slice(0, 2)).toEqual(['Tài chính', 'BSP'])
    expect(LOCAL_HEADS[0]).toEqual(['Ủy ban nhân dân', 'local', false, false, 'UBND', 'Ủy ban ND', 'UB nhân dân'])
    expect(PREFIXES[0]).toEqual(['Đảng đoàn', ['front', 'state', 'local']])
    expect(GLUED_SCOPES.ThU).toBe('Thành ủy')
    expect(COUNCIL_BOARDS.has('Pháp chế') && !COUNCIL_BOARDS.has('Tổ chức')).toBe(true)
  })
})
