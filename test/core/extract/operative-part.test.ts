// Where an act's operative part starts, and what in a task section is no task.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'
import { words } from '../../words.js'

const tasks = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.txt' }).tasks.map((t) => [words(t), t.lead.map((l) => l.name)])

describe('the operative part of an act', () => {
  it('"QUYẾT NGHỊ:" (also "QUYÉT NGHỊ" from a scan) opens it: the grounds above it, read as a heading, hold nothing over it', () => {
    const doc = [
      'CHÍNH PHỦ',
      'Số: 322/NQ-CP',
      'NGHỊ QUYẾT',
      '',
      'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025,',
      '',
      'QUYÉT NGHỊ:',
      'Điều 1. Chính phủ cơ bản thống nhất dự án Luật. Giao Bộ Công an chủ trì, phối hợp với các bộ hoàn thiện hồ sơ, bảo đảm một số yêu cầu sau:',
      '1. Thể chế hóa đầy đủ chủ trương của Bộ Chính trị.',
      '2. Rà soát kỹ các quy định của dự thảo Luật.',
    ]
    // the last sentence of the article assigns: its body leads the points under it
    expect(tasks(doc)).toEqual([
      ['Thể chế hóa đầy đủ chủ trương của Bộ Chính trị.', ['Bộ Công an']],
      ['Rà soát kỹ các quy định của dự thảo Luật.', ['Bộ Công an']],
    ])
  })
})

describe('no task in a task section', () => {
  it('a scrap of a table a scan broke apart, a column label, a form\'s first person', () => {
    const doc = ['II. NHIỆM VỤ', '', 'Minh', '', 'Tên thiết bị', '', 'Chúng tôi cam kết thực hiện đầy đủ các quy định của pháp luật.', '', 'Sở Y tế kiểm tra các cơ sở khám bệnh.', '', 'Rà soát quy hoạch']
    expect(tasks(doc).map(([t]) => t)).toEqual(['Sở Y tế kiểm tra các cơ sở khám bệnh.', 'Rà soát quy hoạch'])
  })
  it('a cell that numbers its bodies, each on a line of its own ("(1) Bộ Tư pháp" / "(2) Bộ Nội vụ"), does nothing', () => {
    const doc = ['II. NHIỆM VỤ', 'Sửa đổi, bổ sung Nghị định số 01/2018/NĐ-CP của Chính phủ', '(1) Bộ Tư pháp', '(2) Bộ Nội vụ', 'Tháng 9/2024']
    expect(tasks(doc).map(([t]) => t)).toEqual(['Sửa đổi, bổ sung Nghị định số 01/2018/NĐ-CP của Chính phủ'])
    // (an item so numbered that acts is still a task)
    expect(tasks(['II. NHIỆM VỤ', '(1) Bộ Tư pháp rà soát các văn bản.', '(2) Bộ Nội vụ']).map(([t]) => t)).toEqual(['Bộ Tư pháp rà soát các văn bản.'])
  })
})
