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
