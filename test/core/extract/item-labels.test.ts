// The number of the item a task opens, quoted in the task's text (extract/itemLabels.ts).
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'

const parse = (lines: string[]) => parseDocument(['KẾ HOẠCH', 'II. NHIỆM VỤ', ...lines].join('\n'), { file: 'inline.txt' })
const texts = (lines: string[]) => parse(lines).tasks.map((t) => t.text)

describe('item labels', () => {
  it('a decimal, a letter or a number in brackets stays before the words of the task it opens', () => {
    expect(texts(['1.2. Sở Y tế rà soát các trạm y tế xã.', 'b) Sở Tài chính bố trí kinh phí.', '(3) Sở Nội vụ kiện toàn tổ chức bộ máy.'])).toEqual([
      '1.2. Sở Y tế rà soát các trạm y tế xã.',
      'b) Sở Tài chính bố trí kinh phí.',
      '(3) Sở Nội vụ kiện toàn tổ chức bộ máy.',
    ])
  })
  it('and the span opens at the number', () => {
    const [t] = parse(['   3. Sở Y tế rà soát các trạm y tế xã.']).tasks
    expect(t.span.start).toEqual({ line: 3, column: 4 })
  })
  it('not a number alone on the line above the text, however the text is indented', () => {
    const [t] = parse(['3.', '      Sở Y tế rà soát các trạm y tế xã.']).tasks
    expect(t.text).toBe('Sở Y tế rà soát các trạm y tế xã.')
    expect(t.span.start.line).toBe(4)
  })
  it('not a bullet, and only on the task that opens the item', () => {
    expect(texts(['- Sở Y tế rà soát các trạm y tế xã.'])).toEqual(['Sở Y tế rà soát các trạm y tế xã.'])
    const ts = texts(['2. Sở Y tế rà soát các trạm y tế xã. Sở Tài chính bố trí kinh phí thực hiện.'])
    expect(ts[0]).toMatch(/^2\. Sở Y tế/u)
    expect(ts.slice(1).every((t) => !/^\d/u.test(t))).toBe(true)
  })
})
