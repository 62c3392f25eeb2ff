// A scan's stray single quote before a word (read/segment.ts): dropped when it is the only one of its line.
import { describe, expect, it } from 'vitest'
import { strayQuote } from '../../src/core/read/segment.js'
import { parseDocument } from '../../src/core/parse.js'

describe('strayQuote', () => {
  it('"phối \'hợp với", "cứu ‘nan", "công `bố": the only single quote of the line, before a word, goes', () => {
    expect(strayQuote("b) Chủ trì, phối 'hợp với Bộ Công Thương")).toBe('b) Chủ trì, phối hợp với Bộ Công Thương')
    expect(strayQuote('tìm kiếm cứu ‘nan, khắc phục')).toBe('tìm kiếm cứu nan, khắc phục')
    expect(strayQuote('Bộ trưởng công `bố tại')).toBe('Bộ trưởng công bố tại')
  })
  it('a quotation keeps its marks, and so does a line with two', () => {
    expect(strayQuote("gọi là 'chuyển đổi số' trong văn bản")).toBe("gọi là 'chuyển đổi số' trong văn bản")
    expect(strayQuote("phối 'hợp với 'các' sở")).toBe("phối 'hợp với 'các' sở")
    expect(strayQuote("Đắk R'Lấp phối hợp")).toBe("Đắk R'Lấp phối hợp")
  })
  it('the words then read as written: the bodies after "phối \'hợp với" coordinate', () => {
    const doc = parseDocument(["1. Bộ Nông nghiệp và Môi trường:", "b) Chủ trì, phối 'hợp với Bộ Công Thương theo dõi chặt chẽ việc vận hành hồ chứa."].join('\n'), { file: 'x.txt' })
    expect(doc.tasks.map((t) => t.coordinators.map((c) => c.name))).toEqual([['Bộ Công Thương']])
  })
})
