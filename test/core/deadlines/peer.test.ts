import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readDeadline } from '../../../src/core/deadlines/index.js'

const file = new URL('../../../../shared/peer/duckling-vi-dates.json', import.meta.url)

describe.skipIf(!existsSync(file))(`the Duckling VI peer corpus${existsSync(file) ? '' : ' (skipped: ../shared is absent)'}`, () => {
  it('reads every case as Duckling does', () => {
    const { cases } = JSON.parse(readFileSync(file, 'utf8')) as { cases: Array<{ text: string; today: string; start: string; end: string }> }
    const wrong = cases.filter((c) => {
      const r = readDeadline(c.text, { today: c.today })
      return r.start !== c.start || r.end !== c.end
    })
    expect(wrong.map((c) => c.text)).toEqual([])
  })
})
