import { describe, expect, it } from 'vitest'
import { readCsv } from '../../src/query/csv-read.js'

describe('readCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, and keeps the line each record starts on', () => {
    const t = readCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\r\nlast,\r\n')
    expect(t.header).toEqual(['a', 'b'])
    expect(t.rows).toEqual([
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
      { line: 5, cells: ['last', ''] },
    ])
  })
  it('skips blank lines and undoes the formula guard', () => {
    const t = readCsv("h\n\n'-x\n'=1\n'plain\n")
    expect(t.rows.map((r) => r.cells[0])).toEqual(['-x', '=1', "'plain"])
  })
})
