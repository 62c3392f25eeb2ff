// A lead given by reference: "X chủ trì triển khai các nhiệm vụ tại mục (IV)(1)" leads the items of that part.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/core/parse.js'
import { paths } from '../../src/core/extract/references.js'

const plan = [
  'KẾ HOẠCH',
  'Phát triển kinh tế số năm 2026',
  'I. NHIỆM VỤ',
  '1. Nông nghiệp',
  '- Xây dựng cơ sở dữ liệu đất đai của tỉnh.',
  '- Số hóa hồ sơ địa chính các xã.',
  '2. Thương mại',
  '- Phát triển sàn thương mại điện tử của tỉnh.',
  '2.1. Logistics',
  '- Kết nối dữ liệu hải quan với các doanh nghiệp logistics.',
  '3. Y tế',
  '- Triển khai bệnh án điện tử tại các bệnh viện.',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Sở Nông nghiệp và Môi trường',
  'Chủ trì triển khai các nhiệm vụ tại mục (I) (1) của Kế hoạch.',
  '2. Sở Công Thương',
  'Chủ trì triển khai các nhiệm vụ tại mục (I)(2) của Kế hoạch.',
  '3. Chi cục Hải quan khu vực V',
  'Chủ trì triển khai các nhiệm vụ tại mục I.2.1.',
]

const leadOf = (d: ReturnType<typeof parseDocument>, words: string) => d.tasks.find((t) => t.text.includes(words))!.lead.map((a) => a.name)

describe('leads by reference', () => {
  const d = parseDocument(plan.join('\n'))
  it('the items of the part named take the body that took it on', () => {
    expect(leadOf(d, 'cơ sở dữ liệu đất đai')).toEqual(['Sở Nông nghiệp và Môi trường'])
    expect(leadOf(d, 'Số hóa hồ sơ địa chính')).toEqual(['Sở Nông nghiệp và Môi trường'])
    expect(leadOf(d, 'sàn thương mại điện tử')).toEqual(['Sở Công Thương'])
  })
  it('the more specific reference wins inside the wider one', () => {
    expect(leadOf(d, 'dữ liệu hải quan')).toEqual(['Chi cục Hải quan khu vực V'])
  })
  it('a part nobody took stays without a lead', () => {
    expect(leadOf(d, 'bệnh án điện tử')).toEqual([])
  })
  it('siblings side by side are alternatives: (IV) (4.1) (4.2)', () => {
    expect(paths(['IV', '4.1', '4.2'])).toEqual([
      ['IV', '4.1'],
      ['IV', '4.2'],
    ])
    expect(paths(['IV', '3.4', 'a'])).toEqual([['IV', '3.4', 'a']])
  })
})
