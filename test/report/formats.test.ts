import { describe, expect, it } from 'vitest'
import { formatOfFile, FORMATS, RENDERERS } from '../../src/report/index.js'
import type { Report } from '../../src/report/types.js'

type R = { file: string; line: number; text: string; lead: string[] }
const report: Report<R> = {
  records: [
    { file: 'a.txt', line: 3, text: 'Rà soát | sắp xếp <b>', lead: ['Ban A'] },
    { file: 'a.txt', line: 9, text: 'Kiểm tra', lead: [] },
  ],
  columns: [{ key: 'file' }, { key: 'line', align: 'right' }, { key: 'lead' }, { key: 'text' }],
  footer: '2 tasks',
}
const opts = { color: 0 as const, width: 100 }

describe('json and jsonl formats', () => {
  it('json is one array of the records as they are', () => {
    expect(JSON.parse(RENDERERS.json(report, opts))).toEqual(report.records)
  })
  it('jsonl is one record per line', () => {
    const lines = RENDERERS.jsonl(report, opts).trimEnd().split('\n')
    expect(lines.map((l) => JSON.parse(l))).toEqual(report.records)
  })
})

describe('md format', () => {
  it('is a Markdown table with pipes escaped, numbers right-aligned, and the footer', () => {
    const out = RENDERERS.md(report, opts)
    const lines = out.trimEnd().split('\n')
    expect(lines[0]).toBe('| file | line | lead | text |')
    expect(lines[1]).toBe('| --- | ---: | --- | --- |')
    expect(lines[2]).toBe('| a.txt | 3 | Ban A | Rà soát \\| sắp xếp &lt;b> |')
    expect(lines[lines.length - 1]).toBe('2 tasks')
  })
})

describe('the registry', () => {
  it('has one renderer per format, each returning a string', () => {
    for (const f of FORMATS) expect(typeof RENDERERS[f](report, opts)).toBe('string')
  })
  it('infers a format from an --output name', () => {
    expect(formatOfFile('btc.csv')).toBe('csv')
    expect(formatOfFile('out.JSONL')).toBe('jsonl')
    expect(formatOfFile('r.md')).toBe('md')
    expect(formatOfFile('noext')).toBeNull()
  })
})
