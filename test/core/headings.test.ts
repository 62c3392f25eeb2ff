import { describe, expect, it } from 'vitest'
import { isHeading } from '../../src/core/structure/headings.js'
import { introRole, roleOf } from '../../src/core/structure/roles.js'
import { segment } from '../../src/core/read/segment.js'

const blocks = (s: string) => segment(s.split('\n'), false)

describe('isHeading', () => {
  it('a numbered line without a full stop over items is a heading; one over its sibling is an item', () => {
    const b = blocks('2.2- Ban Tổ chức Trung ương\n- Chủ trì nghiên cứu.')
    expect(isHeading(b[0], b[1])).toBe(true)
    const c = blocks('1. Sở Nội vụ rà soát thủ tục\n2. Sở Tư pháp thẩm định văn bản')
    expect(isHeading(c[0], c[1])).toBe(false)
  })
  it('an item followed by its labelled fields is not a heading, and neither are the fields', () => {
    const b = blocks('1. Xây dựng đề án sắp xếp\n- Đơn vị chủ trì: Vụ Tổ chức - Biên chế\n- Thời gian thực hiện: quý I/2025')
    expect(isHeading(b[0], b[1])).toBe(false)
    expect(isHeading(b[1], b[2])).toBe(false)
  })
  it('a part numbered in roman is a heading even when its first point is a labelled field', () => {
    const b = blocks('II. THỜI GIAN, THÀNH PHẦN\n1. Thời gian: sẽ có văn bản thông báo sau.\n2. Thành phần')
    expect(isHeading(b[0], b[1])).toBe(true)
  })
  it('a long lead-in whose grounds run on is a heading when it announces tasks ("… một số nhiệm vụ trọng tâm như sau:"); one that announces results is not', () => {
    const grounds = 'Thực hiện Quyết định số 2530/QĐ-TTg ngày 19/11/2025 của Thủ tướng Chính phủ; ' + 'chỉ đạo của Bộ Nông nghiệp và Môi trường tại các văn bản số 9593/BNNMT-MT, '.repeat(8)
    const b = blocks(`${grounds}UBND Thành phố yêu cầu các Sở thực hiện một số nhiệm vụ trọng tâm như sau:\n1. Sở Y tế theo dõi chất lượng không khí.`)
    expect(isHeading(b[0], b[1])).toBe(true)
    const c = blocks(`${grounds}các văn phòng đã đạt được một số kết quả nổi bật như sau:\n(1) Công tác tham mưu ngày càng bài bản.`)
    expect(isHeading(c[0], c[1])).toBe(false)
  })
  it('a sentence that introduces a list is a heading', () => {
    const b = blocks('Thủ tướng Chính phủ yêu cầu:\n1. Bộ Công an chỉ đạo lực lượng.')
    expect(isHeading(b[0], b[1])).toBe(true)
  })
  it('a short line whose number the copy lost, over a list that starts again at "a)", is a heading; over "b)" it is not', () => {
    const b = blocks('Công tác chỉ đạo, điều hành\na) Các cơ quan, đơn vị tổ chức quán triệt đến cán bộ.')
    expect(isHeading(b[0], b[1])).toBe(true)
    const c = blocks('Công tác chỉ đạo, điều hành\nb) Các cơ quan, đơn vị tổ chức quán triệt đến cán bộ.')
    expect(isHeading(c[0], c[1])).toBe(false)
  })
})

describe('roles', () => {
  it.each([
    ['MỤC ĐÍCH, YÊU CẦU', 'purpose'],
    ['Tình hình công tác xây dựng Đảng', 'situation'],
    ['Một số nhiệm vụ trọng tâm trong thời gian tới', 'tasks'],
    ['TỔ CHỨC THỰC HIỆN', 'organisation'],
    ['Về công tác cán bộ', null],
  ])('%s → %s', (title, role) => expect(roleOf(title)).toBe(role))
  it('reads what an introducing sentence promises', () => {
    expect(introRole('Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt các nhiệm vụ sau:')).toBe('tasks')
    expect(introRole('Đối với tỉnh ta, cần lưu ý các mục tiêu sau đây:')).toBe('purpose')
    expect(introRole('Trong những năm qua, kết quả đạt được như sau:')).toBeNull()
  })
  it('the work counted or listed, then what it serves, commas and all, introduces tasks', () => {
    expect(introRole('Theo đó, tại nội dung Quyết định 2640/QĐ-TTg năm 2025 quy định 7 giải pháp chủ yếu khi xây dựng và phát triển văn học, nghệ thuật trong thời kỳ mới như sau:')).toBe('tasks')
    expect(introRole('Đồng thời, tập trung lãnh đạo, chỉ đạo thực hiện tốt một số nhiệm vụ trọng tâm được xác định tại Kết luận 219-KL/TW năm 2025 như sau:')).toBe('tasks')
    // (aims named after the work, work that only qualifies another noun, and the money for the work are not)
    expect(introRole('Kế hoạch đề ra các nhiệm vụ để thực hiện, phấn đấu đạt các mục tiêu cụ thể, thiết thực như sau:')).toBeNull()
    expect(introRole('Trên cơ sở tiếp tục quán triệt 5 quan điểm chỉ đạo chung đối với nhiệm vụ xây dựng nền văn hoá Việt Nam tiên tiến, đậm đà bản sắc dân tộc như sau:')).toBeNull()
    expect(introRole('Nguồn kinh phí thực hiện các nhiệm vụ của Kế hoạch được quy định cụ thể như sau:')).toBeNull()
  })
})
