// A body named by its level ("Ủy ban nhân dân cấp xã") is every body of that level: a collective, never scored as a
// lead or a coordinator, yet an item it opens is still work assigned.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'

const parse = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.txt' })

describe('a level of government as a collective', () => {
  it('an item opened by "Ủy ban nhân dân cấp xã" is a task whose only lead is that collective', () => {
    const doc = parse(['KẾ HOẠCH', 'Phòng, chống ma túy năm 2026', 'II. NHIỆM VỤ', '1. Công an tỉnh chủ trì rà soát địa bàn trọng điểm.', 'III. TỔ CHỨC THỰC HIỆN', '- Ủy ban nhân dân cấp xã ưu tiên cân đối ngân sách địa phương để hỗ trợ thực hiện nhiệm vụ phòng, chống ma túy.'])
    const t = doc.tasks.find((x) => x.text.startsWith('Ủy ban nhân dân cấp xã'))
    expect(t?.lead.map((l) => [l.name, l.generic])).toEqual([['Ủy ban nhân dân cấp xã', true]])
  })

  it('"phối hợp với … Ủy ban nhân dân cấp tỉnh" names no coordinator that is scored', () => {
    const doc = parse(['KẾ HOẠCH', 'II. NHIỆM VỤ', '1. Bộ Công an chủ trì, phối hợp với Bộ Ngoại giao, Ủy ban nhân dân cấp tỉnh xây dựng cơ sở dữ liệu về doanh nhân.'])
    expect(doc.tasks[0].coordinators.map((c) => [c.name, c.generic])).toEqual([['Bộ Ngoại giao', false], ['Ủy ban nhân dân cấp tỉnh', true]])
  })
})
