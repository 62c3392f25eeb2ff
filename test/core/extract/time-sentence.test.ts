// A sentence that only dates the actions before it in its paragraph is their deadline, not a task.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'

describe('a closing time sentence in a paragraph', () => {
  it('"… Thời gian hoàn thành trước ngày 30/12/2025." dates the paragraph\'s actions that have no time of their own', () => {
    const doc = parseDocument(['THÔNG BÁO', 'Kết luận hội nghị giao ban', '1. Về các kiến nghị, đề xuất', 'Sở Tư pháp sẽ chủ trì rà soát các văn bản quy phạm pháp luật. Sở Nội vụ sẽ phối hợp tổng hợp kiến nghị trong quý I/2026. Thời gian hoàn thành trước ngày 30/12/2025.'].join('\n'), { file: 'inline.txt' })
    expect(doc.tasks.map((t) => [t.text, t.deadline?.end ?? null])).toEqual([
      ['Sở Tư pháp sẽ chủ trì rà soát các văn bản quy phạm pháp luật.', '2025-12-29'],
      ['Sở Nội vụ sẽ phối hợp tổng hợp kiến nghị trong quý I/2026.', '2026-03-31'],
    ])
    expect(doc.tasks[0].deadline?.text).toBe('trước ngày 30/12/2025')
  })
})

describe('a time sentence that opens the line after an item', () => {
  const lines = [
    'KẾ HOẠCH',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Ủy ban Mặt trận Tổ quốc Việt Nam xã:',
    '- Chủ động cụ thể hóa triển khai thực hiện phù hợp với tình hình thực tiễn của đơn vị mình.',
    'Hoàn thành trước 06/3/2026. Thường xuyên rà soát, tham mưu ban hành các văn bản hướng dẫn.',
  ]
  it('dates the item above, and the adverb-led sentence after it is an action of its own with no date', () => {
    const doc = parseDocument(lines.join('\n'), { file: 'inline.txt' })
    expect(doc.tasks.map((t) => [t.text.slice(0, 30), t.deadline?.end ?? null])).toEqual([
      ['Chủ động cụ thể hóa triển khai', '2026-03-05'],
      ['Thường xuyên rà soát, tham mưu', null],
    ])
  })
  it('a line that opens with other work is left as it was', () => {
    const doc = parseDocument([...lines.slice(0, 4), 'Hoàn thiện hồ sơ trước 06/3/2026.'].join('\n'), { file: 'inline.txt' })
    expect(doc.tasks[0].deadline).toBeNull()
  })
})
