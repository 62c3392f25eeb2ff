// Labelled fields ("- Cơ quan thực hiện: …", "- Thời gian thực hiện: …") under a run of items cover the items since the
// last run of labels, not every item of the section still without a body.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'
import { words } from '../../words.js'

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
      const t = doc.tasks.find((x) => words(x).startsWith(prefix))!
      return [t.lead.map((l) => l.name), t.coordinators.map((l) => l.name), t.deadline?.end ?? null]
    }
    expect(row('Tổ chức nghiên cứu')).toEqual([['các sở, ban, ngành', 'Ủy ban nhân dân các huyện, thành phố'], [], '2020-06-30'])
    expect(row('Nâng cao vai trò')).toEqual([['các sở, ban, ngành', 'Ủy ban nhân dân các huyện, thành phố'], [], '2020-06-30'])
    expect(row('Xây dựng cơ sở dữ liệu')).toEqual([['Sở Nội vụ'], ['Liên đoàn Lao động tỉnh'], '2020-09-30'])
  })
})

const lists = [
  'KẾ HOẠCH',
  'Triển khai Đề án tìm kiếm, quy tập hài cốt liệt sĩ',
  'V. THU THẬP, XỬ LÝ THÔNG TIN VỀ LIỆT SĨ',
  '1. Nội dung, biện pháp',
  'a) Hoàn thành việc giải mã ký hiệu, phiên hiệu đơn vị quân đội trong chiến tranh;',
  'b) Xây dựng cơ sở dữ liệu tích hợp quản lý liệt sĩ;',
  '2. Cơ quan chủ trì, phối hợp',
  'a) Cơ quan chủ trì',
  '- Ban Chỉ đạo quốc gia.',
  '- Bộ Quốc phòng; Bộ Lao động - Thương binh và Xã hội.',
  '- Ban Chỉ đạo các quân khu; Ban Chỉ đạo các tỉnh.',
  'b) Cơ quan phối hợp',
  '- Các cơ quan, đơn vị, địa phương.',
  '- Trung ương Hội Cựu chiến binh Việt Nam.',
  'VI. ĐẨY MẠNH TÌM KIẾM, QUY TẬP',
  '1. Nội dung, biện pháp',
  'a) Đẩy nhanh tiến độ tìm kiếm, quy tập hài cốt liệt sĩ ở Lào, Campuchia;',
]

describe('a label alone over a list of bodies', () => {
  const doc = parseDocument(lists.join('\n'), { file: 'inline.txt' })
  const named = (xs: { name: string; generic: boolean }[]) => xs.filter((x) => !x.generic).map((x) => x.name)
  it('"a) Cơ quan chủ trì" / "- Ban Chỉ đạo quốc gia." / … leads the items of the section; "b) Cơ quan phối hợp" / "- …" partners them', () => {
    for (const prefix of ['Hoàn thành việc giải mã', 'Xây dựng cơ sở dữ liệu']) {
      const t = doc.tasks.find((x) => words(x).startsWith(prefix))!
      expect(named(t.lead)).toEqual(['Ban Chỉ đạo quốc gia', 'Bộ Quốc phòng', 'Bộ Lao động - Thương binh và Xã hội'])
      expect(named(t.coordinators)).toEqual(['Trung ương Hội Cựu chiến binh Việt Nam'])
    }
  })
  it('the labels and the bodies under them are no tasks, and the next part\'s items are not covered', () => {
    expect(doc.tasks.map((t) => words(t).slice(0, 20))).toEqual(['Hoàn thành việc giải', 'Xây dựng cơ sở dữ li', 'Đẩy nhanh tiến độ tì'])
    expect(doc.tasks[2].lead).toEqual([])
  })
  it('"Ban Chỉ đạo các quân khu", "Ban Chỉ đạo các tỉnh": every such board, a collective', () => {
    const t = doc.tasks[0]
    expect(t.lead.filter((x) => x.generic).map((x) => x.name)).toEqual(['Ban Chỉ đạo các quân khu', 'Ban Chỉ đạo các tỉnh'])
  })
})
