// Bluebell's lesson: the parser never throws and always returns a valid document, whatever mix of numbering,
// indentation, tables and noise it is given. Seeded, so a failure replays.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/core/parse.js'
import { PlanDocument } from '../../src/core/contract/schema.js'

function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed / 0x7fffffff
  }
}

const PIECES = [
  'I.- ', 'II- ', '1/- ', '2.1- ', 'a)- ', '(1) ', '- ', '+ ', '* ', '## ', '| ', '\t', '    ', '',
  'Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ', 'trước ngày 31/4/2024', 'quý IV-2013', 'hằng năm',
  'Nơi nhận:', 'T/M TỈNH ỦY', 'KẾ HOẠCH', 'Số 15-KH/TU', ':', '.', '|---|---|', 'STT | Nhiệm vụ | Cơ quan chủ trì',
  'các cơ quan liên quan', 'UBND các huyện, thị xã', 'ngày 04 tháng 4 năm 2012', '(', ')', '“', 'x'.repeat(300),
  'Hoà Bình, Uỷ ban', 'e\u0301', '\u00a0', 'giao', 'đã', 'sẽ', 'yêu cầu',
]

describe('parseDocument on random text', () => {
  it('never throws and always returns a valid document (300 documents)', () => {
    const r = rng(20241122)
    for (let n = 0; n < 300; n++) {
      const lines: string[] = []
      const count = 1 + Math.floor(r() * 40)
      for (let i = 0; i < count; i++) {
        let line = ''
        const parts = Math.floor(r() * 5)
        for (let k = 0; k < parts; k++) line += PIECES[Math.floor(r() * PIECES.length)] + (r() < 0.5 ? ' ' : '')
        lines.push(line)
      }
      const text = lines.join(r() < 0.2 ? '\r\n' : '\n')
      const doc = parseDocument(text, { file: `fuzz-${n}.txt`, markdown: r() < 0.3 })
      const v = PlanDocument.safeParse(doc)
      if (!v.success) throw new Error(`document ${n} invalid: ${v.error.issues[0].message}\n${text}`)
      for (const t of doc.tasks) expect(t.span.start.line).toBeGreaterThanOrEqual(1)
    }
  })
})
