// read/cellLines.ts: which lines of a flattened table go on with the cell above them.
import { describe, expect, it } from 'vitest'
import { carries, group } from '../../src/core/read/cellLines.js'

describe('group: lines to cells', () => {
  it('a line in lower case, or after one left open, goes on with the cell above', () => {
    expect(group(['Rà soát, hoàn thiện các quy định', 'pháp luật về đầu tư', 'Bộ Tài chính'], true)).toEqual(['Rà soát, hoàn thiện các quy định pháp luật về đầu tư', 'Bộ Tài chính'])
  })
  it('a body\'s name cut by the cell\'s width is whole again; a place after its level too', () => {
    expect(group(['Bộ Công', 'Thương'], true)).toEqual(['Bộ Công Thương'])
    expect(carries('UBND thành phố', 'Hà Nội, Thành phố Hồ Chí Minh', true)).toBe(true)
  })
  it('a year alone in a row is the time column\'s cell; "(1) Bộ Tư pháp" opens a list of bodies', () => {
    expect(group(['Luật Dầu khí', '2026', 'Bộ Công Thương'], true)).toEqual(['Luật Dầu khí', '2026', 'Bộ Công Thương'])
    expect(carries('Xây dựng Nghị định về …', '(1) Bộ Tư pháp', true)).toBe(false)
  })
  it('a header\'s label wrapped after its noun is one label', () => {
    expect(group(['THỜI HẠN', 'HOÀN THÀNH'])).toEqual(['THỜI HẠN HOÀN THÀNH'])
  })
})
