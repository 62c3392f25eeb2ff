import { describe, expect, it } from 'vitest'
import { csvRecord, guardFormula, quoteCell } from '../../src/shared/csv.js'
import { renderCsv } from '../../src/report/csv.js'
import { readCsv } from '../../src/query/csv-read.js'
import type { Report } from '../../src/report/types.js'

type R = { text: string; lead: string[]; n: number }
const report = (records: R[]): Report<R> => ({ records, columns: [{ key: 'text' }, { key: 'lead' }, { key: 'n' }] })

describe('csv format', () => {
  it('starts with a UTF-8 BOM and ends records with CRLF', () => {
    const out = renderCsv(report([{ text: 'Rà soát', lead: ['Ban Tổ chức Tỉnh ủy'], n: 1 }]), { color: 0, width: 80 })
    expect(out.charCodeAt(0)).toBe(0xfeff)
    expect(out).toBe('\uFEFFtext,lead,n\r\nRà soát,Ban Tổ chức Tỉnh ủy,1\r\n')
  })

  it('quotes per RFC 4180: commas, quotes and line breaks', () => {
    expect(quoteCell('a, b')).toBe('"a, b"')
    expect(quoteCell('say "hi"')).toBe('"say ""hi"""')
    expect(quoteCell('two\nlines')).toBe('"two\nlines"')
    expect(quoteCell('plain')).toBe('plain')
    expect(quoteCell('a;b', ';')).toBe('"a;b"')
  })

  it('guards cells a spreadsheet would run as formulas, and leaves numbers alone', () => {
    for (const s of ['=SUM(A1)', '+ Hướng dẫn', '- Tham mưu', '@cmd', '\tx']) expect(guardFormula(s)).toBe("'" + s)
    for (const s of ['-5', '+3', '12', 'Rà soát', "'already"]) expect(guardFormula(s)).toBe(s)
    expect(csvRecord(['=1+2, "x"', '-5'])).toBe(`"'=1+2, ""x""",-5`)
  })

  it('joins several bodies with "; " in one cell, and reads back to the same cells', () => {
    const rows = [{ text: '- Chủ trì, phối hợp "sơ kết"\nquý IV', lead: ['Ban A', 'Ban B'], n: 2 }]
    const back = readCsv(renderCsv(report(rows), { color: 0, width: 80 }))
    expect(back.rows[0].cells).toEqual(['- Chủ trì, phối hợp "sơ kết" quý IV', 'Ban A; Ban B', '2'])
  })
})
