// One body, one name within a document (extract/sameBody.ts): a short name stands for the one full name the document gives it.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'

const parse = (lines: string[]) => parseDocument(lines.join('\n'), { file: 'inline.txt' })
const leads = (lines: string[]) => parse(lines).tasks.map((t) => t.lead.map((l) => l.name))

describe('one name per body', () => {
  it('an abbreviated name is the one whose initials it spells, when the document writes that name too', () => {
    const lines = [
      'CÔNG VĂN',
      '1. Cục Du lịch Quốc gia Việt Nam',
      '- Xây dựng mô hình du lịch thông minh.',
      '2. Cục DLQGVN',
      '- Triển khai nền tảng số du lịch.',
    ]
    expect(leads(lines)).toEqual([['Cục Du lịch Quốc gia Việt Nam'], ['Cục Du lịch Quốc gia Việt Nam']])
    // no full name in the document: the abbreviation stays as written
    expect(leads(lines.slice(3))).toEqual([['Cục DLQGVN']])
  })
  it('a board named by its zone, short under a heading, is the one the document names with its place', () => {
    const lines = [
      'KẾ HOẠCH',
      '| TT | Nhiệm vụ | Chủ trì | Phối hợp |',
      '| --- | --- | --- | --- |',
      '| 1 | Thu hút đầu tư vào khu kinh tế | Sở Tài chính | Ban Quản lý khu Kinh tế tỉnh Tây Ninh |',
      '',
      'III. TỔ CHỨC THỰC HIỆN',
      '6. Ban Quản lý khu Kinh tế',
      '- Tổ chức triển khai các chương trình hỗ trợ đổi mới công nghệ cho doanh nghiệp trong khu kinh tế.',
    ]
    expect(leads(lines).at(-1)).toEqual(['Ban Quản lý Khu kinh tế tỉnh Tây Ninh'])
    // (with no place given anywhere, the name stays as written)
    expect(leads(lines.slice(5)).at(-1)).toEqual(['Ban Quản lý khu Kinh tế'])
  })
  it('a name found by its shape, cut before its field in a cell, is the one fuller name the document gives that goes on', () => {
    const lines = [
      'KẾ HOẠCH',
      'Các sở báo cáo kết quả qua Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh để tổng hợp.',
      '| TT | Nhiệm vụ | Chủ trì | Phối hợp |',
      '| --- | --- | --- | --- |',
      '| 1 | Ban hành quy chế phối hợp tìm kiếm, cứu nạn | Sở Xây dựng | Văn phòng Ban Chỉ huy |',
    ]
    expect(parse(lines).tasks.at(-1)!.coordinators.map((c) => c.name)).toEqual(['Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh'])
    // (a name that only lacks its place keeps the form written: "Sở Tài chính" beside "Sở Tài chính tỉnh Tây Ninh")
    const place = ['KẾ HOẠCH', 'Gửi Sở Tài chính tỉnh Tây Ninh để tổng hợp.', '| TT | Nhiệm vụ | Chủ trì |', '| --- | --- | --- |', '| 1 | Bố trí kinh phí | Sở Tài chính |']
    expect(leads(place).at(-1)).toEqual(['Sở Tài chính'])
  })
  it('a committee named without its place is the committee of the one place the document gives it', () => {
    const doc = parse([
      'THÔNG BÁO',
      'Kết luận của Thủ tướng tại buổi làm việc với Thường trực Tỉnh ủy Thanh Hóa.',
      'II. NHIỆM VỤ TRỌNG TÂM',
      'Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo, chỉ đạo thực hiện các nội dung sau:',
      '1. Đổi mới mô hình phát triển dựa vào khoa học công nghệ.',
    ])
    expect(doc.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([['Tỉnh ủy Thanh Hóa']])
    expect(doc.agencies.map((a) => a.name)).not.toContain('Tỉnh ủy')
  })
  it('two places, or the issuer\'s own committee, leave the name as written', () => {
    const two = ['THÔNG BÁO', 'Làm việc với Tỉnh ủy Thanh Hóa và Tỉnh ủy Nghệ An.', 'II. NHIỆM VỤ', 'Đề nghị Tỉnh ủy tập trung thực hiện các nội dung sau:', '1. Đổi mới mô hình phát triển.']
    expect(leads(two)).toEqual([['Tỉnh ủy']])
    const own = ['TỈNH ỦY THANH HÓA', 'Số: 12-KH/TU', 'KẾ HOẠCH', 'Tỉnh ủy Thanh Hóa ban hành kế hoạch.', 'II. NHIỆM VỤ', '1. Tỉnh ủy lãnh đạo việc sơ kết Nghị quyết.']
    expect(parse(own).tasks.map((t) => t.lead.map((l) => l.name))).toEqual([['Tỉnh ủy']])
  })
})

describe('a management board that says its level', () => {
  it('"Ban Quản lý các Khu công nghiệp tỉnh" is as written, though the document also names it with its place', () => {
    const lines = ['KẾ HOẠCH', 'II. NHIỆM VỤ', '- Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh đầu tư, nâng cấp hạ tầng các khu công nghiệp.', 'III. TỔ CHỨC THỰC HIỆN', '1. Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh Lào Cai', '- Thường xuyên rà soát các dự án trong khu công nghiệp.']
    expect(leads(lines)[0]).toEqual(['Ban Quản lý Khu kinh tế', 'Ban Quản lý các khu công nghiệp tỉnh'])
  })
})
