import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { canonicalAgency, findAgencies } from '../../../src/core/agencies/index.js'
import { normKey } from '../../../src/core/contract/text.js'

const CORPUS = '../shared/corpus'

describe.skipIf(!existsSync(`${CORPUS}/gold`))(`agencies on the shared corpus${existsSync(`${CORPUS}/gold`) ? '' : ' (skipped: ../shared is absent)'}`, () => {
  // the collector runs even when the suite is skipped: read the corpus only when it is there
  const golds = existsSync(`${CORPUS}/gold`) ? readdirSync(`${CORPUS}/gold`).filter((f) => f.endsWith('.json')) : []

  it('every body of the gold files is its own canonical name and is found in its document', () => {
    for (const g of golds) {
      const gold = JSON.parse(readFileSync(`${CORPUS}/gold/${g}`, 'utf8'))
      const text = readFileSync(`${CORPUS}/seeds/${gold.doc}`, 'utf8')
      const found = new Set(findAgencies(text).map((m) => normKey(m.name)))
      for (const t of gold.tasks) {
        for (const name of [...(t.lead ?? []), ...(t.coordinators ?? [])]) {
          expect(canonicalAgency(name)?.name, name).toBe(name)
          expect(found.has(normKey(name)), `${name} in ${gold.doc}`).toBe(true)
        }
      }
    }
  })

  it('never throws on the real documents, and every mention is the text at its offsets', () => {
    for (const dir of ['seeds', 'real']) {
      for (const f of readdirSync(`${CORPUS}/${dir}`).filter((x) => /\.(txt|md)$/.test(x))) {
        const text = readFileSync(`${CORPUS}/${dir}/${f}`, 'utf8')
        for (const m of findAgencies(text)) expect(text.slice(m.index, m.index + m.length)).toBe(m.text)
      }
    }
  })
})
