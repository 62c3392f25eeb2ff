// The hostile corpus (issue 12): every shape here, repeated, is parsed without throwing into a schema-valid document,
// with work that grows linearly with its length (the characters its regular expressions scan, counted at two sizes).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/core/parse.js'
import { PlanDocument } from '../../src/core/contract/schema.js'
import { workRatio } from '../hardening/work-count.js'

const DIR = path.dirname(fileURLToPath(import.meta.url))
const SHAPES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()
const repeat = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(unit))))

describe('the hostile corpus', () => {
  it('holds the shapes the issue measured', () => {
    expect(SHAPES).toEqual(expect.arrayContaining(['commas.txt', 'ban-to-chuc-no-verb.txt', 'ngay-ngay-thang.txt', 'one-item-per-line.txt', 'stacked-combining-marks.txt']))
  })

  for (const file of SHAPES) {
    const unit = readFileSync(path.join(DIR, file), 'utf8')
    it(`${file}: a schema-valid document, in work linear in its length`, () => {
      const small = repeat(unit, 4_000)
      const large = repeat(unit, 64_000)
      const doc = parseDocument(small, { file })
      expect(PlanDocument.safeParse(doc).success).toBe(true)
      // sixteen times the text: about sixteen times the work (14 to 17 on most shapes; 38 on wrapped-paragraph.txt,
      // whose large copy alone reaches the cut of an over-long block); quadratic is 256, and the bound sits halfway
      expect(workRatio(() => parseDocument(small, { file }), () => parseDocument(large, { file }))).toBeLessThan(64)
    })
  }
})
