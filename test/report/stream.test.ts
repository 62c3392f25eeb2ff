import { describe, expect, it } from 'vitest'
import { RENDERERS } from '../../src/report/index.js'
import { isStreamed, recordPieces, STREAMED } from '../../src/report/stream.js'
import type { Report } from '../../src/report/types.js'

type Row = { file: string; n: number; tags: string[]; note: string | null; nested: { a: number[] } | null }
const rows: Row[] = [
  { file: 'a.txt', n: 1, tags: [], note: null, nested: null },
  { file: 'b "q", c\nd', n: 2, tags: ['x', 'y'], note: '=SUM(A1)', nested: { a: [1, 2] } },
  { file: 'đ', n: 3, tags: ['z'], note: 'line\nbreak', nested: { a: [] } },
]
const report = (records: Row[]): Report<Row> => ({ records, columns: ['file', 'n', 'tags', 'note'].map((key) => ({ key })) })

/** The pieces joined as a streamed run would write them. */
function joined(format: (typeof STREAMED)[number], records: Row[], delimiter?: string): string {
  const p = recordPieces(format, report([]).columns, { delimiter })
  return p.head() + records.map((r, i) => p.record(r, i)).join('') + p.end(records.length)
}

describe('recordPieces', () => {
  it('gives, piece by piece, the bytes of the renderer for all the records at once: none, one, several', () => {
    for (const format of STREAMED) {
      for (const n of [0, 1, 3]) {
        const records = rows.slice(0, n)
        expect(joined(format, records), `${format} ${n}`).toBe(RENDERERS[format](report(records), { color: 0, width: Infinity }))
      }
    }
    expect(joined('csv', rows, ';')).toBe(RENDERERS.csv(report(rows), { color: 0, width: Infinity, delimiter: ';' }))
  })

  it('streams only the formats that need no other record to write one', () => {
    expect(['jsonl', 'json', 'csv', 'table', 'md', 'ics', 'xlsx'].filter(isStreamed)).toEqual(['jsonl', 'json', 'csv'])
  })
})
