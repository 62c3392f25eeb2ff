// Labelled fields ("- Cơ quan thực hiện: …", "- Thời gian thực hiện: …") under a run of items cover the items since the
// last run of labels, not every item of the section still without a body.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'

const plan = [
  'KẾ HOẠCH',
  'Thực hiện Chỉ thị số 37-CT/TW',
  'II. NỘI DUNG',
  '1. Tăng cường sự lãnh đạo của cấp ủy về quan hệ lao động',
  '1.1. Tổ chức nghiên cứu, quán triệt Chỉ thị số 37-CT/TW.',
  '1.2. Nâng cao vai trò, trách nhiệm của các cấp ủy, chính quyền.',
  '- Cơ quan thực hiện: Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố.',
  '- Thời gian thực hiện: Hoàn thành trong quý II/2020.',
  '1.3. Xây dựng cơ sở dữ liệu về quan hệ lao động.',
  '- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Liên đoàn Lao động tỉnh.',
  '- Thời gian thực hiện: Hoàn thành trong quý III/2020.',
]

describe('runs of labelled fields', () => {
  it('a block of labels covers the items since the block before it, and no earlier one', () => {
    const doc = parseDocument(plan.join('\n'), { file: 'inline.txt' })
    const row = (prefix: string) => {
      const t = doc.tasks.find((x) => x.text.startsWith(prefix))!
      return [t.lead.map((l) => l.name), t.coordinators.map((l) => l.name), t.deadline?.end ?? null]
    }
    expect(row('Tổ chức nghiên cứu')).toEqual([['các sở, ban, ngành', 'Ủy ban nhân dân các huyện, thành phố'], [], '2020-06-30'])
    expect(row('Nâng cao vai trò')).toEqual([['các sở, ban, ngành', 'Ủy ban nhân dân các huyện, thành phố'], [], '2020-06-30'])
    expect(row('Xây dựng cơ sở dữ liệu')).toEqual([['Sở Nội vụ'], ['Liên đoàn Lao động tỉnh'], '2020-09-30'])
  })
})
