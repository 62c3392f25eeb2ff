// HTML tables inside a text or markdown file become TAB rows in the table's place; the other lines keep their numbers.
import { describe, expect, it } from 'vitest'
import { renderHtmlTables } from '../../src/core/read/htmlTables.js'

describe('renderHtmlTables', () => {
  it('gives back the same lines when there is no table', () => {
    const lines = ['KẾ HOẠCH', '<p>không phải bảng</p>']
    expect(renderHtmlTables(lines)).toBe(lines)
  })
  it('renders a table as rows on its first lines and blanks the rest, so the next line keeps its number', () => {
    const out = renderHtmlTables(['Trước', '<table>', '<tr><td>1</td><td>Rà soát</td></tr>', '<tr><td>2</td><td>Báo cáo</td></tr>', '</table>', 'Sau'])
    expect(out).toEqual(['Trước', '1\tRà soát', '2\tBáo cáo', '', '', 'Sau'])
  })
  it('reads tables one after another (a converter cut one at each page) as one, their rows together', () => {
    const out = renderHtmlTables(['<table><tr><td>1</td><td>a</td></tr></table>', '', '<table><tr><td>2</td><td>b</td></tr></table>', 'Sau'])
    expect(out).toEqual(['1\ta', '2\tb', '', 'Sau'])
  })
  it('leaves a table that is never closed as it is written', () => {
    const lines = ['<table>', '<tr><td>1</td><td>a</td></tr>']
    expect(renderHtmlTables(lines)).toEqual(lines)
  })
  it('counts a table nested in a cell: the outer one ends at its own closing tag', () => {
    const out = renderHtmlTables(['<table><tr><td>1</td><td>', '<table><tr><td>x</td></tr></table>', '</td><td>Sở Xây dựng</td></tr></table>', 'Sau'])
    expect(out).toEqual(['1\tx\tSở Xây dựng', '', '', 'Sau'])
  })
})
