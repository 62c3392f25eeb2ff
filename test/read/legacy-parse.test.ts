// A plan typed in TCVN3, VNI or Windows-1258 parses to the same tasks as its Unicode text.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseRead } from '../../src/core/parse.js'
import { readDocument } from '../../src/core/read/index.js'

const dir = path.resolve(import.meta.dirname, '../../fixtures/read')
const tasksOf = async (name: string) => {
  const d = parseRead(await readDocument(readFileSync(path.join(dir, name)), { name }), { file: name })
  return { tasks: d.tasks.map((t) => ({ text: t.text, lead: t.lead.map((a) => a.name), coordinators: t.coordinators.map((a) => a.name), end: t.deadline?.end ?? null })), codes: d.diagnostics.map((x) => x.code) }
}

describe('legacy encodings end to end', () => {
  for (const f of ['legacy-tcvn3.txt', 'legacy-vni.txt', 'legacy-cp1258.txt']) {
    it(`${f} gives the tasks of the Unicode text, and says it converted`, async () => {
      const unicode = await tasksOf('legacy.expected.txt')
      const legacy = await tasksOf(f)
      expect(unicode.tasks.some((t) => t.lead.includes('Sở Tư pháp'))).toBe(true)
      expect(legacy.tasks).toEqual(unicode.tasks)
      expect(legacy.codes).toContain('legacy-encoding')
      expect(unicode.codes).not.toContain('legacy-encoding')
    })
  }
})
