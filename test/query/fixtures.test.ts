import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PlanDocument } from '../../src/core/contract/schema.js'
import { DIR, FIXTURE_FILES } from './docs.js'

describe('fixtures/query saved documents', () => {
  for (const f of FIXTURE_FILES) {
    it(`${f} is a valid PlanDocument`, () => {
      const data = JSON.parse(readFileSync(path.join(DIR, f), 'utf8'))
      const r = PlanDocument.safeParse(data)
      expect(r.success ? 'ok' : r.error.issues).toBe('ok')
    })
  }
})
