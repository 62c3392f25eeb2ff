// Golden files: each fixtures/<trap>.(txt|md) beside its expected <trap>.json. A missing expectation is written;
// UPDATE=1 rewrites them all, and the review happens in the JSON diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { decode } from '../src/core/read/decode.js'
import { renderHtmlTables } from '../src/core/read/htmlTables.js'
import { parseDocument } from '../src/core/parse.js'
import { PlanDocument } from '../src/core/contract/schema.js'

const dir = path.join(import.meta.dirname, '..', 'fixtures')
/** a fixture's text as the read stage lays out a text or markdown file (its HTML tables as rows) */
const textLayout = (text: string) => renderHtmlTables(text.split(/\r\n?|\n/)).join('\n')
const docs = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort()

describe('fixtures', () => {
  it('there are fixtures', () => expect(docs.length).toBeGreaterThan(0))
  for (const f of docs) {
    it(f, () => {
      const doc = parseDocument(textLayout(decode(readFileSync(path.join(dir, f))).text), { file: f, markdown: f.endsWith('.md') })
      expect(PlanDocument.safeParse(doc).success).toBe(true)
      const expectedFile = path.join(dir, f.replace(/\.(txt|md)$/, '.json'))
      const actual = JSON.stringify(doc, null, 2) + '\n'
      if (process.env.UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, actual)
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'))
    })
  }
})
