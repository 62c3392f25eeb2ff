// An office given work acts for the body it heads (lexicon/acts-for.tsv).
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'

const tasks = (lines: string[]) => parseDocument(['QUYẾT ĐỊNH', 'Về một số nhiệm vụ', 'Điều 1.', ...lines].join('\n'), { file: 'inline.txt' }).tasks
const names = (refs: { name: string }[]) => refs.map((r) => r.name)

describe('offices that act for the body they head', () => {
  it('"Thủ tướng Chính phủ" leading a task is the Government, named once beside it', () => {
    const [both, alone] = tasks(['1. Chính phủ, Thủ tướng Chính phủ tiếp tục chỉ đạo các bộ rà soát chính sách.', '2. Thủ tướng Chính phủ phát động phong trào thi đua.'])
    expect(names(both.lead)).toEqual(['Chính phủ'])
    expect(names(alone.lead)).toEqual(['Chính phủ'])
    expect(alone.lead[0].id).toBe('chinh-phu')
  })
  it('as a coordinator too; a body that leads does not coordinate as well', () => {
    const [t] = tasks(['1. Bộ Tài chính chủ trì, phối hợp với Thủ tướng Chính phủ rà soát chính sách.'])
    expect(names(t.coordinators)).toEqual(['Chính phủ'])
  })
  it('those reported to, and the act\'s issuer, stay as written', () => {
    const doc = parseDocument(['THỦ TƯỚNG CHÍNH PHỦ', 'Số: 12/QĐ-TTg', 'QUYẾT ĐỊNH', 'Về một số nhiệm vụ', 'Điều 1.', '1. Bộ Y tế rà soát chính sách, báo cáo Thủ tướng Chính phủ trước ngày 15/12/2026.'].join('\n'), { file: 'inline.txt' })
    expect(doc.meta.issuer?.name).toBe('Thủ tướng Chính phủ')
    expect(names(doc.tasks[0].lead)).toEqual(['Bộ Y tế'])
  })
})
