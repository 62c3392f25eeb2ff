// The items under a heading that names where money comes from are sources, not work (subjects.ts FUNDING_SOURCES).
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'
import { words } from '../../words.js'

const lines = [
  'KẾ HOẠCH',
  'II. NHIỆM VỤ VÀ GIẢI PHÁP',
  'a) Rà soát, hoàn thiện các văn bản pháp luật về lâm nghiệp.',
  'b) Giải pháp về vốn',
  '- Nguồn vốn trong nước:',
  '+ Vốn ngân sách nhà nước từ chương trình mục tiêu phát triển lâm nghiệp bền vững.',
  '+ Vốn tín dụng (bao gồm tín dụng đầu tư phát triển và tín dụng thương mại).',
  '+ Huy động các doanh nghiệp tham gia trồng rừng.',
]

describe('the sources under "Nguồn vốn trong nước:"', () => {
  it('name money, no work; an item that opens with an action is still a task', () => {
    const texts = parseDocument(lines.join('\n'), { file: 'inline.txt' }).tasks.map((t) => words(t))
    expect(texts.some((t) => t.startsWith('Vốn tín dụng'))).toBe(false)
    expect(texts.some((t) => t.startsWith('Vốn ngân sách'))).toBe(false)
    expect(texts.some((t) => t.startsWith('Huy động các doanh nghiệp'))).toBe(true)
    expect(texts.some((t) => t.startsWith('Rà soát, hoàn thiện'))).toBe(true)
  })
})
