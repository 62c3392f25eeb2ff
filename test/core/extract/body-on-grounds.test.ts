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

describe('the grounds a paragraph opens with, then its subject', () => {
  const notice = (line: string) => parseDocument(['THÔNG BÁO', 'Kết luận của Bộ trưởng tại Hội nghị tổng kết', '1. Công tác quy hoạch', line].join('\n'), { file: 'inline.txt' })
  it('"Trên cơ sở quy hoạch … được duyệt, các địa phương triển khai ngay …": the bodies after the comma act', () => {
    const d = notice('Trên cơ sở quy hoạch phát triển giao thông được duyệt, các địa phương triển khai ngay việc xây dựng kế hoạch 5 năm.')
    expect(d.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([['các địa phương']])
    expect(notice('Căn cứ hướng dẫn của Bộ Tài chính, Sở Xây dựng tổ chức kiểm tra các dự án.').tasks.map((t) => t.lead.map((l) => l.name))).toEqual([['Sở Xây dựng']])
  })
  it('not what a body did on such grounds', () => {
    expect(notice('Trên cơ sở đó, Bộ Y tế đã ban hành Thông tư số 10.').tasks).toEqual([])
  })
})

describe('a sentence that goes on from a report but asks', () => {
  const page = (line: string) => parseDocument(['# Hội nghị giao ban công tác tuyên truyền năm 2026', '', line].join('\n'), { file: 'inline.md', markdown: true })
  it('"… những kết quả đã đạt. Đồng thời, đồng chí cũng yêu cầu trong năm tới, cần tập trung …" is a task; the report before it is none', () => {
    const d = page('Kết luận hội nghị, đồng chí Bí thư ghi nhận những kết quả đã đạt trong năm 2026. Đồng thời, đồng chí cũng yêu cầu trong năm tới, cần tập trung thực hiện tốt một số nhiệm vụ như: tuyên truyền trên mạng xã hội; nắm bắt tình hình.')
    expect(d.tasks.map((t) => t.text.slice(0, 40))).toEqual(['Đồng thời, đồng chí cũng yêu cầu trong n'])
  })
  it('not one that goes on telling what was asked', () => {
    expect(page('Năm 2026, Sở đã hoàn thành kế hoạch. Đồng thời, Sở đã yêu cầu các phòng rà soát hồ sơ.').tasks).toEqual([])
  })
})
