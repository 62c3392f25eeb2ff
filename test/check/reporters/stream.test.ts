// The reporters as streams: the JSON ones laid out exactly as JSON.stringify(value, null, 2) lays out the whole value.
import { describe, expect, it } from 'vitest'
import { json } from '../../../src/check/reporters/json.js'
import { sarif } from '../../../src/check/reporters/sarif.js'
import { jsonArrayStream } from '../../../src/check/reporters/types.js'
import { opts, sample } from './sample.js'

const relaid = (text: string) => JSON.stringify(JSON.parse(text), null, 2) + '\n'

describe('JSON written item by item', () => {
  it('is the text of the whole value, at any depth, empty or not', () => {
    for (const depth of [1, 2, 3]) {
      for (const items of [[], [{ a: 1, b: ['x\ny', { c: null }] }], [1, 'two', [3], { d: {} }]]) {
        // items of the array at `k`, inside depth-1 arrays: depth+1 levels down
        const s = jsonArrayStream(depth + 1)
        const body = items.map((v) => s.item(v)).join('')
        // the array `depth` levels down: wrapped in depth-1 arrays around it
        let skeleton = (slot: unknown): unknown => ({ k: slot, after: true })
        for (let i = 1; i < depth; i++) {
          const inner = skeleton
          skeleton = (slot) => [inner(slot)]
        }
        const { head, tail } = s.end(skeleton as (slot: string) => unknown)
        const wrap = (v: unknown) => {
          let out: unknown = { k: v, after: true }
          for (let i = 1; i < depth; i++) out = [out]
          return out
        }
        expect(head + body + tail).toBe(JSON.stringify(wrap(items), null, 2) + '\n')
      }
    }
  })
  it('gives the json and sarif reports as one JSON.stringify would', () => {
    const empty = { files: ['a.txt'], results: [], summary: { files: 1, errors: 0, warnings: 0 } }
    for (const report of [sample(), empty]) {
      expect(relaid(json(report, opts))).toBe(json(report, opts))
      expect(relaid(sarif(report, opts))).toBe(sarif(report, opts))
    }
    expect(JSON.parse(json(empty, opts)).files).toEqual([])
    expect(JSON.parse(sarif(sample(), opts)).runs[0].results).toHaveLength(3)
  })
})
