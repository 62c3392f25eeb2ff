// segment() is linear (issue 12): joining a wrapped line no longer reads the whole paragraph so far. Checked by the
// characters its regular expressions scan on 1x and 16x the input (a count, the same on any machine), and by equality
// with the former segmenter on hostile shapes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { at, segment as current, type Block } from '../../src/core/read/segment.js'
import { segment as reference } from '../hardening/segment-reference.js'
import { workRatio } from '../hardening/work-count.js'
// SEGMENT_REFERENCE=1 runs the work tests on the former segmenter: four of the five fail, with ratios of about 250
const segment = process.env.SEGMENT_REFERENCE ? reference : current


const SHAPES: Record<string, (n: number) => string[]> = {
  'one paragraph of wrapped lines': (n) => Array.from({ length: n }, () => 'các cơ quan, đơn vị tiếp tục thực hiện nghiêm túc'),
  'a numbered item wrapped over many lines': (n) => ['1. Sở Nội vụ chủ trì', ...Array.from({ length: n }, () => 'và phối hợp với các sở, ngành của')],
  '“Ban Tổ chức và” on every line': (n) => Array.from({ length: n }, () => 'Ban Tổ chức và'),
  'capitals wrapped after a comma': (n) => Array.from({ length: n }, () => 'ĐỐI TƯỢNG, NỘI DUNG,'),
  'one “1.” per line': (n) => Array.from({ length: n }, () => '1.'),
}

describe('segment does work linear in its input', () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    it(name, () => {
      const small = make(1000)
      const large = make(16000)
      // sixteen times the input: sixteen times the work (16.0 on each shape); work that reads the paragraph so far again
      // for each line is 256 (the former segmenter gives 249 to 253). The bound sits halfway between, in powers
      expect(workRatio(() => segment(small, false), () => segment(large, false))).toBeLessThan(64)
    })
  }

  it('at() finds the line of an offset in a block of many lines by halving', () => {
    const plain = Array.from({ length: 20000 }, (_, k) => ({ offset: k * 51, line: k + 1, column: 1 }))
    // every line read is counted: halving reads about 15 of 20,000 lines a lookup, a scan 10,000
    let reads = 0
    const segs = new Proxy(plain, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++
        return Reflect.get(target, key, receiver)
      },
    })
    const b = { ...segment(['x'], false)[0], segs }
    for (let k = 0; k < 20000; k++) at(b, k * 51 + 7)
    expect(reads).toBeLessThanOrEqual(20000 * 17)
    expect(reads).toBeGreaterThan(0)
    expect(at(b, 51 * 7 + 3)).toEqual({ line: 8, column: 4 })
    expect(at(b, 51 * 7 - 1)).toEqual({ line: 7, column: 51 })
    expect(at(b, 0)).toEqual({ line: 1, column: 1 })
    expect(at(b, 10 ** 9)).toEqual({ line: 20000, column: 10 ** 9 - 51 * 19999 + 1 })
  })
})

const rowsByLine = (blocks: Block[]) => blocks.map((b) => (b.cells ? { ...b, segs: [{ offset: 0, line: b.segs[0].line, column: 0 }] } : b))

describe('segment gives what it gave before, on hostile shapes', () => {
  const piece = fc.constantFrom('và', 'của', 'Ban Tổ chức', 'ĐỐI TƯỢNG,', 'BỒI DƯỠNG', '1.', '2)', 'a)', '-', '*', '**', '**2.**', '#', '|', '\t', ' ', '  ', ',', '.', ';', 'ngày', 'tháng', 'năm 2024', 'xong.', 'Sở Nội vụ', 'các cơ quan', 'trang 3', '- 4 -', '---', 'x'.repeat(70))
  const line = fc.array(piece, { maxLength: 8 }).map((p) => p.join(' '))
  it('block for block, as the former segmenter', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.constant('')), { maxLength: 30 }), fc.boolean(), fc.boolean(), (lines, md, whole) => {
        // (a table row now says where each of its cells stands; the former segmenter gave the row's line only)
        expect(rowsByLine(segment(lines, md, whole))).toEqual(rowsByLine(reference(lines, md, whole)))
      }),
      // a fixed seed, so that a run in CI is the run one had here: the reference is a copy kept by hand, and a rule added
      // to the segmenter and not to it once failed a CI run on a shape no local run had drawn ('--- trang 3 ---'). To look
      // further: SEGMENT_SEED=<n> SEGMENT_RUNS=40000 npx vitest run test/core/segment-linear.test.ts
      { numRuns: Number(process.env.SEGMENT_RUNS ?? 1500), seed: Number(process.env.SEGMENT_SEED ?? 20261202) },
    )
  })
})
