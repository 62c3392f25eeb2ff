import { describe, expect, it } from 'vitest'
import { unitMentions } from '../../src/core/units.js'

const names = (s: string) => unitMentions(s, []).map((m) => m.name)

describe('unitMentions', () => {
  it('reads a unit head and its capitalised name up to the verb that follows', () => {
    expect(names('Phòng Giáo dục Mầm non - Tiểu học tổ chức chuyên đề cấp tỉnh')).toEqual(['Phòng Giáo dục Mầm non - Tiểu học'])
    expect(names('Giao Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Phòng Tổ chức cán bộ tham mưu')).toEqual(['Phòng Kế hoạch - Tài chính', 'Phòng Tổ chức cán bộ'])
    expect(names('Phòng Khảo thí và Quản lý chất lượng giáo dục chủ trì')).toEqual(['Phòng Khảo thí và Quản lý chất lượng giáo dục'])
  })
  it('a head followed by a common noun is not a unit', () => {
    expect(names('đề xuất danh mục phòng học ngoại ngữ')).toEqual([])
    expect(names('xây dựng Trung tâm dữ liệu quốc gia')).toEqual([])
  })
  it('leaves alone what the lexicon already found', () => {
    const known = [{ name: 'Văn phòng Tỉnh ủy', text: 'Văn phòng Tỉnh ủy', index: 0, length: 17, generic: false }]
    expect(unitMentions('Văn phòng Tỉnh ủy theo dõi', known)).toEqual([])
  })
})
