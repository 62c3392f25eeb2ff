// The items a letter lists after its request: an adverb may come before the action, a condition before the clause that
// directs.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'

const tasks = (items: string[]) =>
  parseDocument(['Kính gửi: Các trường học trực thuộc.', '', 'Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện nghiêm túc. Cụ thể:', ...items].join('\n'), { file: 'inline.txt' }).tasks.map((t) => t.text)

describe('items under a request', () => {
  it('"- Thường xuyên cập nhật …": an adverb before the action', () => {
    expect(tasks(['- Thường xuyên cập nhật thông tin về chất lượng không khí.'])).toEqual(['Thường xuyên cập nhật thông tin về chất lượng không khí.'])
  })
  it('"- Trường hợp …, các đơn vị, trường học chủ động tạm dừng …": a condition, then a subject of a few words and its action', () => {
    const item = 'Trường hợp chất lượng không khí bị ô nhiễm nghiêm trọng (VN_AQI ≥ 301), các đơn vị, trường học chủ động tạm dừng hoặc điều chỉnh thời gian học tập.'
    expect(tasks([`- ${item}`])).toEqual([item])
    expect(tasks(['- Khi chỉ số VN_AQI vượt ngưỡng, các trường tổ chức cho học sinh học trong lớp.'])).toEqual(['Khi chỉ số VN_AQI vượt ngưỡng, các trường tổ chức cho học sinh học trong lớp.'])
  })
  it('"- Trên cơ sở …, Ủy ban nhân dân các phường, xã chủ động rà soát …": the grounds, then the clause that directs', () => {
    const item = 'Trên cơ sở dữ liệu đất đai do Sở Nông nghiệp và Môi trường cung cấp, Ủy ban nhân dân các phường, xã chủ động rà soát, cập nhật địa chỉ.'
    expect(tasks([`- ${item}`])).toEqual([item])
  })
  it('"- Đối với …, giao X …": the matter in hand, then the clause that assigns', () => {
    const item = 'Đối với các chi phí khám bệnh, chữa bệnh vượt dự toán được Thủ tướng Chính phủ giao, giao Bảo hiểm xã hội Việt Nam tổ chức thực hiện thanh toán.'
    expect(tasks([`- ${item}`])).toEqual([item])
  })
  it('"- Đối với …: Do …": the matter and a colon label a provision, no task', () => {
    expect(tasks(['- Đối với hạng mục đầu tư hạ tầng kỹ thuật viễn thông, thiết bị viễn thông: Do các doanh nghiệp đầu tư, triển khai bằng nguồn vốn của doanh nghiệp.'])).toEqual([])
  })
  it('a condition whose clause reports or states is no task', () => {
    expect(tasks(['- Trường hợp chất lượng không khí ở mức tốt, hoạt động ngoài trời diễn ra bình thường.'])).toEqual([])
  })
})

describe('what a letter lists that no one is to do', () => {
  const doc = (lines: string[]) => parseDocument(['SỞ NỘI VỤ', 'Số: 10400/SNV-LĐTL', 'Kính gửi: Các doanh nghiệp cho thuê lại lao động.', '', 'Nhằm đảm bảo thực hiện đúng quy định của pháp luật, Sở Nội vụ đề nghị doanh nghiệp thực hiện các nội dung sau:', '', ...lines].join('\n'), { file: 'inline.txt' }).tasks.map((t) => t.text)
  it('the items under "Các hành vi vi phạm … thì bị xử phạt … như:" are forbidden acts, not tasks', () => {
    expect(
      doc([
        '1. Về báo cáo:',
        '- Thực hiện báo cáo định kỳ 6 tháng tình hình hoạt động cho thuê lại lao động.',
        '',
        '2. Lưu ý quy định xử lý vi phạm hành chính:',
        'Các hành vi vi phạm quy định về cho thuê lại lao động thì bị xử phạt vi phạm hành chính theo quy định tại Điều 13 Nghị định số 12/2022/NĐ-CP như:',
        '- Cho thuê lại lao động đối với người lao động vượt quá 12 tháng.',
        '- Giả mạo Giấy phép hoạt động cho thuê lại lao động.',
      ]),
    ).toEqual(['Thực hiện báo cáo định kỳ 6 tháng tình hình hoạt động cho thuê lại lao động.'])
  })
  it('but "Xử lý nghiêm các hành vi vi phạm sau:" asks for action: its items stay tasks', () => {
    expect(doc(['1. Nhiệm vụ:', 'Xử lý nghiêm các hành vi vi phạm sau:', '- Kiểm tra các doanh nghiệp cho thuê lại lao động quá 12 tháng.'])).toContain('Kiểm tra các doanh nghiệp cho thuê lại lao động quá 12 tháng.')
  })
  it('a contact line is no task', () => {
    expect(doc(['1. Doanh nghiệp phản ánh vướng mắc về Sở Nội vụ:', '- Khu vực tỉnh Bình Dương (cũ): điện thoại số 0937.618.686, địa chỉ: Tầng 6, tháp A, Trung tâm Hành chính tỉnh Bình Dương.'])).toEqual([])
  })
  it('"- Từ …, số hoá …", "- Theo …, số hoá …": a time or a frame, then the clause that directs', () => {
    const items = ['Từ thời điểm mốc xác định trở đi, số hoá đồng bộ, triệt để các văn bản.', 'Theo điều kiện nguồn lực cho phép, số hoá văn bản theo mốc thời gian lùi dần về quá khứ.', 'Từ năm 2026, tổ chức số hoá toàn bộ hồ sơ.']
    expect(tasks(items.map((x) => `- ${x}`))).toEqual(items)
  })
  it('a frame before what only happened is no task: "- Từ năm 2020, nhà trường đã số hoá …"', () => {
    expect(tasks(['- Từ năm 2020, nhà trường đã số hoá toàn bộ hồ sơ học sinh.'])).toEqual([])
  })
})
