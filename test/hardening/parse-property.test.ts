// A standing defence (issue 12): on generated hostile shapes the parser never throws and returns a document the
// schema accepts, whose spans point into the text; and its time grows linearly with the shapes the issue measured.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { workRatio } from './work-count.js'
import { parseDocument } from '../../src/core/parse.js'
import { PlanDocument } from '../../src/core/contract/schema.js'
import { MAX_BLOCK, segment } from '../../src/core/read/segment.js'

const hostile = fc.constantFrom(
  ',', ',,,,,,,,,,', 'Ban Tổ chức ', 'ngày ', 'tháng ', 'năm 2024', '1.', '1.1.1.1.', 'I.', 'a)', '- ', '+ ', '* ', '**', '#', '|', '\t',
  '\u0301', '\u0301\u0301\u0301\u0301', 'e\u0323\u0302', '\u001b[2J', '\u001b]0;title\u0007', '\u0085', '\u2028', '\u202e', '\u0000', '\uFEFF', '\uFFFD',
  '\ud800', '😀', 'chủ trì', 'phối hợp', 'trước ngày 31/02/2024', 'quý V-2013', 'Số 15-KH/TU', 'KẾ HOẠCH', 'Nơi nhận:', '(', ')', '“', '"', '\\', '\r', ' ',
)
const line = fc.array(hostile, { maxLength: 12 }).map((p) => p.join(''))

describe('parseDocument on generated hostile text', () => {
  it('never throws, and returns a schema-valid document whose spans are inside the text', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), fc.boolean(), (lines, eol, markdown, wholeLines) => {
        const text = lines.join(eol)
        const doc = parseDocument(text, { file: 'x.txt', markdown, wholeLines })
        const v = PlanDocument.safeParse(doc)
        if (!v.success) throw new Error(`${v.error.issues[0].message} at ${v.error.issues[0].path.join('.')}`)
        const count = text.split(/\r\n|\r|\n/).length
        for (const t of doc.tasks) {
          expect(t.span.start.line).toBeGreaterThanOrEqual(1)
          expect(t.span.end.line).toBeLessThanOrEqual(count + 1)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('a line far longer than any paragraph becomes blocks of at most MAX_BLOCK that still say where each character is', () => {
    const text = 'Ban Tổ chức '.repeat(10_000)
    const blocks = segment([text], false)
    expect(blocks.length).toBeGreaterThan(1)
    expect(Math.max(...blocks.map((b) => b.text.length))).toBeLessThanOrEqual(MAX_BLOCK)
    expect(blocks.map((b) => b.text).join(' ')).toBe(text.trim())
    // the first character of the second block is in column (its offset in the line) + 1
    const second = blocks[1]
    expect(second.segs[0].line).toBe(1)
    expect(text.slice(second.segs[0].column - 1, second.segs[0].column - 1 + 20)).toBe(second.text.slice(0, 20))
    const doc = parseDocument(text)
    expect(PlanDocument.safeParse(doc).success).toBe(true)
  })
})


describe('parseDocument work grows linearly on the issue’s shapes', () => {
  const shapes: Record<string, (n: number) => string> = {
    // a paragraph of wrapped lines: segment() read the whole paragraph so far for each line joined (×4 per doubling)
    'a paragraph hard-wrapped over thousands of lines': (n) => 'các cơ quan, đơn vị tiếp tục thực hiện nghiêm túc\n'.repeat(Math.ceil(n / 50)),
    '“Ban Tổ chức và” on every line, joined as one paragraph': (n) => 'Ban Tổ chức và\n'.repeat(Math.ceil(n / 15)),
    // a line with no break at all: now cut into blocks of MAX_BLOCK (218 s for 2 MB before, 7 s after)
    '“Ban Tổ chức ” repeated without a verb, on one line': (n) => 'Ban Tổ chức '.repeat(Math.ceil(n / 12)),
  }
  for (const [name, make] of Object.entries(shapes)) {
    it(name, () => {
      const small = make(10_000)
      const large = make(160_000)
      // sixteen times the text: about sixteen times the work (15 to 25); quadratic is 256
      expect(workRatio(() => parseDocument(small), () => parseDocument(large))).toBeLessThan(64)
    })
  }
})
