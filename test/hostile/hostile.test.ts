// The hostile corpus (issue 12): every shape here, repeated, is parsed without throwing into a schema-valid document,
// in processor time that grows linearly with its length (a ratio of two sizes in one run, never a time).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/core/parse.js'
import { PlanDocument } from '../../src/core/contract/schema.js'
import { ratio } from '../hardening/cpu-ratio.js'

const DIR = path.dirname(fileURLToPath(import.meta.url))
const SHAPES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()
const repeat = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(unit))))

describe('the hostile corpus', () => {
  it('holds the shapes the issue measured', () => {
    expect(SHAPES).toEqual(expect.arrayContaining(['commas.txt', 'ban-to-chuc-no-verb.txt', 'ngay-ngay-thang.txt', 'one-item-per-line.txt', 'stacked-combining-marks.txt']))
  })

  for (const file of SHAPES) {
    const unit = readFileSync(path.join(DIR, file), 'utf8')
    it(`${file}: a schema-valid document, in time linear in its length`, () => {
      const small = repeat(unit, 4_000)
      const large = repeat(unit, 64_000)
      const doc = parseDocument(small, { file })
      expect(PlanDocument.safeParse(doc).success).toBe(true)
      // (five turns: the process clock counts the other test threads' work too, and the least of five finds a quiet one)
      // sixteen times the text: about sixteen times the work; quadratic is 256 (the bound sits halfway between in powers:
      // the process clock also counts the other test threads, and at 64 a loaded two-core run failed at 84 on linear work)
      expect(ratio(() => parseDocument(small, { file }), () => parseDocument(large, { file }), 5)).toBeLessThan(128)
    })
  }
})
