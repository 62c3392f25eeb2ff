// Word tables written one cell per paragraph with a bare "|" line between cells, put back together as pipe rows.
import { describe, expect, it } from 'vitest'
import { unfoldPipeLines } from '../../src/core/read/pipeLines.js'

const rows = (lines: string[]) => unfoldPipeLines(lines).filter((l) => l.startsWith('| '))
const header = ['|', '**STT**', '|', '**Nhiệm vụ, giải', 'pháp**', '|', '**Đơn vị thực hiện**', '|', '**Đơn vị phối hợp**', '|', '**Thời gian**', '|']

describe('unfoldPipeLines', () => {
  it('joins each cell\'s lines and each row\'s cells, keeping the line count; the text after the last row is left alone', () => {
    const lines = [...header, '|', '1.1', '|', 'Rà soát, xây dựng các quy định', 'pháp luật về kinh tế số', '|', 'Sở Tư pháp', '|', 'Các sở, ban, ngành', '|', '2026 - 2030', '|', '', 'Tổ chức thực hiện.']
    const out = unfoldPipeLines(lines)
    expect(out).toHaveLength(lines.length)
    expect(rows(lines)).toEqual([
      '| **STT** | **Nhiệm vụ, giải pháp** | **Đơn vị thực hiện** | **Đơn vị phối hợp** | **Thời gian** |',
      '| 1.1 | Rà soát, xây dựng các quy định pháp luật về kinh tế số | Sở Tư pháp | Các sở, ban, ngành | 2026 - 2030 |',
    ])
    expect(out[out.length - 1]).toBe('Tổ chức thực hiện.')
  })

  it('a row that opens with no number continues the numbered one above: its cells stand under the last columns', () => {
    const lines = [...header, '|', '1', '|', 'Hoàn thiện Nghị định', '|', 'Sở Tư pháp', '|', 'Các sở', '|', 'Quý I năm 2026', '|', '|', '- Rà soát hướng dẫn kỹ thuật', '|', 'Giai đoạn 2026 - 2027', '|', '|', '- Xây dựng quy chế phối hợp', '|', 'Năm 2026', '|', '|', '2', '|', 'Đào tạo kỹ năng số', '|', 'Sở Nội vụ', '|', 'Các xã', '|', 'Năm 2027', '|']
    expect(rows(lines).slice(1)).toEqual([
      '| 1 | Hoàn thiện Nghị định | Sở Tư pháp | Các sở | Quý I năm 2026 |',
      '|  |  |  | - Rà soát hướng dẫn kỹ thuật | Giai đoạn 2026 - 2027 |',
      '|  |  |  | - Xây dựng quy chế phối hợp | Năm 2026 |',
      '| 2 | Đào tạo kỹ năng số | Sở Nội vụ | Các xã | Năm 2027 |',
    ])
  })

  it('a row short of its width whose next cells would overfill it ends at its pipes; the task below it stands under the tasks\' column', () => {
    const wide = ['|', '**TT**', '|', '**Nhiệm vụ**', '|', '**Cơ quan chủ trì**', '|', '**Cơ quan phối hợp**', '|', '**Thời gian**', '|', '**Kết quả**', '|']
    const lines = [...wide, '|', '2', '|', 'Quản lý, vận hành hệ thống', '|', 'Sở Tài chính', '|', 'Các sở, ngành', '|', 'Quý IV/2026', '|', '|',
      'Thực hiện sao lưu dữ liệu', '|', 'Sở Khoa học và Công nghệ', '|', 'Sở Tài chính', '|', '|', '3', '|', 'Cập nhật dữ liệu', '|', 'Sở Tài chính', '|', 'Các sở', '|', 'Năm 2026', '|', 'Báo cáo', '|']
    expect(rows(lines).slice(1)).toEqual([
      '| 2 | Quản lý, vận hành hệ thống | Sở Tài chính | Các sở, ngành | Quý IV/2026 |',
      '|  | Thực hiện sao lưu dữ liệu | Sở Khoa học và Công nghệ | Sở Tài chính |  |  |',
      '| 3 | Cập nhật dữ liệu | Sở Tài chính | Các sở | Năm 2026 | Báo cáo |',
    ])
  })

  it('a row below that names a second lead and its partners, with no task of its own, still stands under the last columns', () => {
    const lines = [...header, '|', '1', '|', 'Đề án phân loại rác thải', '|', 'Bộ Nông nghiệp và Môi trường', '|', 'Các bộ', '|', '2030', '|', '|',
      'Ủy ban nhân dân các tỉnh', '|', 'Đài Truyền hình địa phương', '|']
    expect(rows(lines).slice(2)).toEqual(['|  |  |  | Ủy ban nhân dân các tỉnh | Đài Truyền hình địa phương |'])
  })

  it('a line of dots where a copy cut rows out ("…......") between two rows neither ends the table nor fills a cell', () => {
    const lines = [...header, '|', '1', '|', 'Triển khai nền tảng số', '|', 'Sở Y tế', '|', 'Các sở', '|', 'Năm 2026', '|', '….................', '|', '3', '|', 'Đào tạo kỹ năng số', '|', 'Sở Nội vụ', '|', 'Các xã', '|', 'Năm 2027', '|']
    expect(rows(lines).slice(1)).toEqual(['| 1 | Triển khai nền tảng số | Sở Y tế | Các sở | Năm 2026 |', '| 3 | Đào tạo kỹ năng số | Sở Nội vụ | Các xã | Năm 2027 |'])
  })

  it('two bare pipes inside a row short of its width are an empty cell; before a row number they part two rows', () => {
    const lines = [...header, '|', '1', '|', 'Triển khai nền tảng số', '|', '|', 'Sở Y tế', '|', 'Năm 2026', '|', '|', '2', '|', 'Đào tạo kỹ năng số', '|', 'Sở Nội vụ', '|', '|', 'Năm 2027', '|']
    expect(rows(lines).slice(1)).toEqual(['| 1 | Triển khai nền tảng số |  | Sở Y tế | Năm 2026 |', '| 2 | Đào tạo kỹ năng số | Sở Nội vụ |  | Năm 2027 |'])
  })

  it('a group\'s row of two merged cells ends at its pipes; a header repeated under it without its number column keeps its labels over their columns', () => {
    const lines = [...header, '|', '**II**', '|', '**Phát triển hạ tầng**', '|', '|', '**Nội dung**', '|', '**Đơn vị thực hiện**', '|', '**Đơn vị phối hợp**', '|', '**Thời gian**', '|', '|', '2.1', '|', 'Triển khai hạ tầng số', '|', 'Sở Khoa học và Công nghệ', '|', 'Các sở', '|', '2026 - 2030', '|']
    expect(rows(lines).slice(1)).toEqual([
      '| **II** | **Phát triển hạ tầng** |',
      '|  | **Nội dung** | **Đơn vị thực hiện** | **Đơn vị phối hợp** | **Thời gian** |',
      '| 2.1 | Triển khai hạ tầng số | Sở Khoa học và Công nghệ | Các sở | 2026 - 2030 |',
    ])
  })

  it('a cell of emphasis alone ("** **") is empty, even past the row\'s width', () => {
    const lines = [...header, '|', '**5.1**', '|', '** **', '|', '**Thương mại**', '|', '** **', '|', '** **', '|', '** **', '|', '|', '5.1.1', '|', 'Phát triển thương mại điện tử', '|', 'Sở Công Thương', '|', 'Các sở', '|', '2026 - 2030', '|']
    expect(rows(lines).slice(1)).toEqual(['| **5.1** |  | **Thương mại** |  |  |  |', '| 5.1.1 | Phát triển thương mại điện tử | Sở Công Thương | Các sở | 2026 - 2030 |'])
  })

  it('cells that run on from a signature block over an annex\'s title are no header; the table\'s own header is found below', () => {
    const lines = ['|', 'Nơi nhận:', '- Các sở, ban, ngành;', '- Lưu: VT.', '|', '**TM. ỦY BAN NHÂN DÂN**', '**Trần Văn Minh**', '|', '', '**PHỤ LỤC**', 'PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN XÃ HỘI SỐ NĂM 2026 (Ban hành kèm theo Kế hoạch số 88/KH-UBND ngày 2 tháng 4 năm 2026)', '',
      '|', '**TT**', '|', '**Chỉ tiêu**', '|', '**Chủ trì**', '|', '|', '1', '|', 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.', '|', 'Văn phòng UBND tỉnh', '|']
    expect(rows(lines)).toEqual(['| **TT** | **Chỉ tiêu** | **Chủ trì** |', '| 1 | Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%. | Văn phòng UBND tỉnh |'])
  })

  it('the last row is kept when the text runs out after it and its filler ("** **")', () => {
    const lines = [...header, '|', '6.3', '|', 'Hình thành các điểm thu gom rác thải điện tử', '|', 'Sở Nông nghiệp và Môi trường', '|', 'Các sở, ban, ngành', '|', '2026-2030', '|', '', '** **']
    expect(rows(lines).slice(1)).toEqual(['| 6.3 | Hình thành các điểm thu gom rác thải điện tử | Sở Nông nghiệp và Môi trường | Các sở, ban, ngành | 2026-2030 |'])
  })

  it('a letterhead laid out the same way is no task table and is left as it is', () => {
    const lines = ['|', '**UỶ BAN NHÂN', 'DÂN**', 'TỈNH LAI CHÂU', '|', '**CỘNG HÒA XÃ', 'HỘI CHỦ NGHĨA VIỆT NAM**', '|', '|', 'Số:', '7360/KH-UBND', '|', '*Lai Châu, ngày 19 tháng 11 năm 2025*', '|']
    expect(unfoldPipeLines(lines)).toEqual(lines)
  })
})
