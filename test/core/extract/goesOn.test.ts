// A paragraph that opens "Đồng thời" goes on with the subject of the task right before it.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'

const leads = (lines: string[]) =>
  parseDocument(['KẾ HOẠCH', 'Về cải cách hành chính', 'I. NHIỆM VỤ', ...lines].join('\n'), { file: 'inline.txt' }).tasks.map((t) => [t.text.slice(0, 24), t.lead.map((l) => l.name)])

describe('"Đồng thời, …" goes on with the subject before it', () => {
  it('a subjectless paragraph right after a task, on the next line or after a blank one, is that task\'s body\'s', () => {
    expect(leads(['Sở Nội vụ tiếp tục rà soát vị trí việc làm.', 'Đồng thời, chủ trì xây dựng kế hoạch đào tạo.'])).toEqual([
      ['Sở Nội vụ tiếp tục rà so', ['Sở Nội vụ']],
      ['Đồng thời, chủ trì xây d', ['Sở Nội vụ']],
    ])
    expect(leads(['Sở Nội vụ tiếp tục rà soát vị trí việc làm.', '', 'Đồng thời, chủ trì xây dựng kế hoạch đào tạo.'])[1][1]).toEqual(['Sở Nội vụ'])
  })
  it('not across a heading, nor when it names its own subject', () => {
    expect(leads(['Sở Nội vụ tiếp tục rà soát vị trí việc làm.', 'II. TỔ CHỨC THỰC HIỆN', 'Đồng thời, chủ trì xây dựng kế hoạch đào tạo.'])[1][1]).toEqual([])
    expect(leads(['Sở Nội vụ tiếp tục rà soát vị trí việc làm.', 'Đồng thời, Sở Tư pháp chủ trì rà soát thủ tục.'])[1][1]).toEqual(['Sở Tư pháp'])
  })
  it('"Cùng với đó", "Bên cạnh đó", "Ngoài ra", "Mặt khác", "Đặc biệt" go on too, blank lines apart; a paragraph that opens so with work is a task', () => {
    const news = (lines: string[]) =>
      parseDocument(['# Tổng cục Thuế triển khai kế hoạch', ...lines].join('\n\n\n'), { file: 'inline.md', markdown: true }).tasks.map((t) => [t.text.slice(0, 24), t.lead.map((l) => l.name)])
    expect(news(['Trong Kế hoạch này, Tổng cục Thuế tập trung chỉ đạo các Cục Thuế.', 'Cùng với đó, tăng cường kiểm tra hoàn thuế.', 'Bên cạnh đó, kiểm tra hóa đơn điện tử.', 'Bên cạnh đó, vẫn còn tình trạng nợ đọng thuế.'])).toEqual([
      ['Trong Kế hoạch này, Tổng', ['Tổng cục Thuế']],
      ['Cùng với đó, tăng cường ', ['Tổng cục Thuế']],
      ['Bên cạnh đó, kiểm tra hó', ['Tổng cục Thuế']],
    ])
  })
})

describe('a list whose marks a copy dropped goes on while its paragraphs open with an action', () => {
  const news = (lines: string[]) =>
    parseDocument(['# Bộ Chính trị kết luận về chuyển đổi số', ...lines].join('\n\n'), { file: 'inline.md', markdown: true }).tasks.map((t) => [t.text.slice(0, 24), t.lead.map((l) => l.name)])
  it('after "Giao X: …" or an item ending on a semicolon, the next paragraph that opens with an action is X\'s item', () => {
    expect(news(['Giao Đảng ủy Chính phủ: Chỉ đạo hoàn thiện Đề án hạ tầng số.', 'Lãnh đạo, chỉ đạo rà soát các dự án chậm tiến độ.'])).toEqual([
      ['Giao Đảng ủy Chính phủ: ', ['Đảng ủy Chính phủ']],
      ['Lãnh đạo, chỉ đạo rà soá', ['Đảng ủy Chính phủ']],
    ])
    expect(news(['Giao Ban Tổ chức Trung ương chủ trì nghiên cứu mô hình tổ chức;', 'Đề xuất bổ sung chức năng, nhiệm vụ;', 'Báo cáo Bộ Chính trị trong tháng 9/2027.'])).toEqual([
      ['Giao Ban Tổ chức Trung ư', ['Ban Tổ chức Trung ương']],
      ['Đề xuất bổ sung chức năn', ['Ban Tổ chức Trung ương']],
      ['Báo cáo Bộ Chính trị tro', ['Ban Tổ chức Trung ương']],
    ])
  })
  it('after a lead-in that announces its items inside its paragraph ("… các nội dung sau: Khuyến khích …; áp dụng …."), the next paragraph that opens with an action is one more', () => {
    expect(news(['Bộ Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các tỉnh triển khai các nội dung sau: Khuyến khích liên kết sản xuất; áp dụng công nghệ nuôi tiên tiến.', 'Kiểm tra, giám sát chặt chẽ tình hình dịch bệnh.'])).toEqual([
      ['Bộ Nông nghiệp và Môi tr', ['Ủy ban nhân dân các tỉnh']],
      ['Kiểm tra, giám sát chặt ', ['Ủy ban nhân dân các tỉnh']],
    ])
    // (a request with no list announced: the paragraph of work after it is no item of one)
    expect(news(['Bộ Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các tỉnh khuyến khích liên kết sản xuất.', 'Kiểm tra, giám sát chặt chẽ tình hình dịch bệnh.'])).toHaveLength(1)
  })
  it('not after a sentence that ends the list, nor a line in lower case, nor after a task no body leads, nor across a heading', () => {
    expect(news(['Giao Ban Tổ chức Trung ương chủ trì nghiên cứu mô hình tổ chức.', 'Đề xuất bổ sung chức năng, nhiệm vụ;'])).toHaveLength(1)
    expect(news(['Giao Ban Tổ chức Trung ương chủ trì nghiên cứu mô hình tổ chức;', 'thẩm định kỹ các đề án trước khi trình.'])).toHaveLength(1)
    expect(news(['Giao Ban Tổ chức Trung ương chủ trì nghiên cứu mô hình tổ chức;', 'Đánh giá cao sự chuẩn bị của cơ quan thường trực.'])).toHaveLength(1)
    expect(news(['Yêu cầu tập trung thực hiện kết luận của Bộ Chính trị;', 'Đề xuất bổ sung chức năng, nhiệm vụ;'])).toEqual([['Yêu cầu tập trung thực h', []]])
    expect(news(['Giao Ban Tổ chức Trung ương chủ trì nghiên cứu mô hình tổ chức;', '## Về nguồn lực', 'Đề xuất bổ sung chức năng, nhiệm vụ;'])).toHaveLength(1)
  })
})
