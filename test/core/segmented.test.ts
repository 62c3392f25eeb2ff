// Word-segmented text (syllables joined by underscores, a space before each mark): read through an opened copy of the
// same length, quoted as written.
import { describe, expect, it } from 'vitest'
import { asWritten, isWordSegmented, openJoins } from '../../src/core/read/segmented.js'
import { parseDocument } from '../../src/core/parse.js'

const SEGMENTED = [
  'Uỷ_ban_nhân_dân quận yêu_cầu các phòng , ban , ngành thực_hiện các nội_dung sau : ',
  '1 . Phòng Y_tế : ',
  '- Chủ_trì , phối_hợp với Phòng Giáo_dục và Đào_tạo tổ_chức tuyên_truyền về tác_hại của thuốc_lá trong quý II năm 2026 . ',
  '- Kiểm_tra việc treo biển cấm hút thuốc_lá tại các cơ_sở y_tế ( bệnh_viện , trạm y_tế ) . ',
]

describe('word-segmented text', () => {
  it('is told by how many of its words are joined syllables, not by a stray underscore', () => {
    expect(isWordSegmented(SEGMENTED.concat(SEGMENTED, SEGMENTED))).toBe(true)
    expect(isWordSegmented(['Xem tệp output_chunks/ban_hanh_ke_hoach.md và tai_lieu_noi_bo.', 'Ủy ban nhân dân tỉnh yêu cầu các sở thực hiện.'])).toBe(false)
  })

  it('opens the joins and puts each mark on its word, keeping every position', () => {
    for (const l of SEGMENTED) expect(openJoins(l)).toHaveLength(l.length)
    expect(openJoins('1 . Phòng Y_tế : ')).toBe('1.  Phòng Y tế:  ')
    expect(openJoins('các phòng , ban , ngành')).toBe('các phòng,  ban,  ngành')
    expect(openJoins('các cơ_sở ( bệnh_viện , trạm ) .')).toBe('các cơ sở  (bệnh viện,  trạm) . ')
  })

  it('reads a Roman numeral written in sentence case as one, and a numbered title without the full stop such text puts on every line', () => {
    expect(openJoins('Ii. mục_tiêu , nhiệm_vụ : ')).toBe('II. MỤC TIÊU,  NHIỆM VỤ:  ')
    expect(openJoins('Iii. tổ_chức thực_hiện . ')).toBe('III. TỔ CHỨC THỰC HIỆN   ')
    expect(openJoins('1 . Tổng_Liên_đoàn Lao_động Việt_Nam . ')).toBe('1.  Tổng Liên đoàn Lao động Việt Nam   ')
    for (const l of ['Iii. tổ_chức thực_hiện . ', '1 . Tổng_Liên_đoàn Lao_động Việt_Nam . ']) expect(openJoins(l)).toHaveLength(l.length)
    // a sentence keeps its stop; so does an item that is one sentence of several clauses, and a word that is no numeral
    expect(openJoins('Tổ_chức kiểm_tra đôn_đốc việc thực_hiện . ')).toBe('Tổ chức kiểm tra đôn đốc việc thực hiện.  ')
    expect(openJoins('2 . Thống_nhất quản_lý ; kiện_toàn Phòng Đào_tạo . ')).toBe('2.  Thống nhất quản lý;  kiện toàn Phòng Đào tạo.  ')
    expect(openJoins('Iu . ')).toBe('Iu.  ')
  })

  it("reads a part's title such text lowered whole in capitals, as it was written; not a title that kept a capital", () => {
    expect(openJoins('B . nhiệm_vụ và giải_pháp ')).toBe('B.  NHIỆM VỤ VÀ GIẢI PHÁP ')
    expect(openJoins('I . tình_hình nhà_ở của hộ nghèo : ')).toBe('I.  TÌNH HÌNH NHÀ Ở CỦA HỘ NGHÈO:  ')
    expect(openJoins('1 . Mục_tiêu đến năm 2020 . ')).toBe('1.  Mục tiêu đến năm 2020   ')
    expect(openJoins('A . Ủy_ban nhân_dân tỉnh . ')).toBe('A.  Ủy ban nhân dân tỉnh.  ')
  })

  it('keeps each line a paragraph of its own, as such text puts one sentence on each line', () => {
    const lines = ['B . nhiệm_vụ và giải_pháp ', '1 . Đổi_mới , nâng_cao hiệu_quả công_tác đào_tạo cán_bộ công_đoàn . ', 'Thống_nhất quản_lý công_tác đào_tạo , bồi_dưỡng trong toàn hệ_thống công_đoàn . ', 'Thí_điểm thành_lập bộ_phận bồi_dưỡng cán_bộ công_đoàn ở những nơi có đủ điều_kiện . ']
    const doc = parseDocument(['Nghị_quyết về đào_tạo , bồi_dưỡng cán_bộ công_đoàn . ', ...SEGMENTED.slice(0, 1), ...lines, ...lines.slice(2)].join('\n'), { file: 'inline.txt' })
    expect(doc.tasks.map((t) => t.text)).toEqual([lines[2].trim(), lines[3].trim(), lines[2].trim(), lines[3].trim()])
    expect(doc.sections.find((s) => s.title.startsWith('B.'))?.role).toBe('tasks')
  })

  it('quotes what was read from the opened copy as the text writes it, or as read when it cannot be found', () => {
    const lines = ['- Kiểm_tra việc treo biển , cấm hút thuốc_lá . ']
    const span = { start: { line: 1, column: 3 }, end: { line: 1, column: 46 } }
    expect(asWritten('Kiểm tra việc treo biển, cấm hút thuốc lá.', lines, span)).toBe('Kiểm_tra việc treo biển , cấm hút thuốc_lá .')
    expect(asWritten('Một câu khác hẳn.', lines, span)).toBe('Một câu khác hẳn.')
    expect(asWritten('Kiểm tra', lines, null)).toBe('Kiểm tra')
  })

  it('parses such a text as its plain spelling would be: items, bodies, times; task text as written', () => {
    const doc = parseDocument(['Chỉ_thị về việc phòng , chống tác_hại của thuốc_lá . ', ...SEGMENTED].join('\n'), { file: 'inline.txt' })
    expect(doc.tasks.map((t) => [t.text, t.lead.map((l) => l.name), t.coordinators.map((l) => l.name), t.deadline?.end ?? null])).toEqual([
      [SEGMENTED[2].slice(2).trim(), ['Phòng Y tế'], ['Phòng Giáo dục và Đào tạo'], '2026-06-30'],
      [SEGMENTED[3].slice(2).trim(), ['Phòng Y tế'], [], null],
    ])
  })
})
