// read/cellLayout.ts: a flattened row's lines laid out into its cells by what each column holds.
import { describe, expect, it } from 'vitest'
import { fit, mergeBodies, namesBodies, withBody } from '../../src/core/read/cellLayout.js'

describe('cells of a flattened row', () => {
  it('a cell that names bodies: one the lexicon knows, or one that opens with a body\'s head', () => {
    expect(namesBodies('Bộ Tài chính')).toBe(true)
    expect(namesBodies('Các bộ, ngành liên quan')).toBe(true)
    expect(namesBodies('Rà soát các quy định')).toBe(false)
  })
  it('surplus cells: a body and the collective after it are one column\'s list', () => {
    expect(mergeBodies(['Rà soát quy định', 'Bộ Tài chính', 'Bộ Tư pháp', 'Các cơ quan liên quan'], 3)).toEqual(['Rà soát quy định', 'Bộ Tài chính', 'Bộ Tư pháp, Các cơ quan liên quan'])
  })
  it('fit pads a row to its width with empty cells', () => {
    expect(fit(['Rà soát quy định', 'Bộ Tài chính'], 4)).toEqual(['Rà soát quy định', 'Bộ Tài chính', '', ''])
  })
  it('a lead-first row\'s task takes the body\'s cells of the row that names it', () => {
    const cols = { text: 2 } as Parameters<typeof withBody>[2]
    expect(withBody(['Bộ Y tế', 'Nhiệm vụ một', '', ''], ['', 'Nhiệm vụ hai', 'Bộ Tài chính', '2026'], cols)).toEqual(['Bộ Y tế', 'Nhiệm vụ hai', 'Bộ Tài chính', '2026'])
  })
})
