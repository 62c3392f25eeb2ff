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

describe('readCsv errors', () => {
  it('names the line a quoted cell was opened on when it is never closed, past blank lines', async () => {
    const { CsvReadError } = await import('../../src/query/csv-read.js')
    let err: unknown
    try {
      readCsv('a,b\nx,y\n\n\nz,"open\nmore\n')
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(CsvReadError)
    expect((err as { line: number }).line).toBe(5)
  })
  it('a lone CR ends a line too, and a record over several lines starts where its first line is', () => {
    expect(readCsv('a,b\rx,y\r"1\r2",3\r').rows).toEqual([
      { line: 2, cells: ['x', 'y'] },
      { line: 3, cells: ['1\r2', '3'] },
    ])
  })
})
