// A body named first that acts on grounds to an end the sentence names ("X căn cứ … để hoàn thiện …") is given that work.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'

const doc = (line: string) =>
  parseDocument(['THÔNG BÁO', 'Kết luận của Phó Thủ tướng', 'III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH', '1. Về kiến nghị bố trí vốn cho dự án:', line].join('\n'), { file: 'inline.txt' })

describe('a body that acts on grounds, to an end', () => {
  it('"Ủy ban nhân dân tỉnh Sơn La căn cứ quy định … để hoàn thiện thủ tục …" is that body\'s task, with no date of its own', () => {
    const d = doc('Ủy ban nhân dân tỉnh Sơn La căn cứ quy định của pháp luật về đầu tư công và hướng dẫn của Bộ Tài chính để hoàn thiện thủ tục đầu tư dự án theo quy định, gửi Bộ Tài chính để xem xét.')
    expect(d.tasks.map((t) => [t.text.slice(0, 38), t.lead.map((l) => l.name), t.deadline?.end ?? null])).toEqual([
      ['Ủy ban nhân dân tỉnh Sơn La căn cứ quy', ['Ủy ban nhân dân tỉnh Sơn La'], null],
    ])
  })
  it('grounds with no end to act for give no task: what the body did is told', () => {
    expect(doc('Ủy ban nhân dân tỉnh Sơn La căn cứ quy định của pháp luật về đầu tư công đã bố trí vốn cho dự án.').tasks).toEqual([])
  })
})
