import { describe, expect, it } from 'vitest'
import type { PlanDocument } from '../../src/core/contract/schema.js'
import { dropRepeatedTasks, repeatFilter } from '../../src/query/repeats.js'

/** A document with only what the repeat filter reads: its file and its tasks' ids. */
const doc = (file: string | null, ids: string[]) => ({ file, tasks: ids.map((id) => ({ id })) }) as unknown as PlanDocument
const ids = (d: PlanDocument) => d.tasks.map((t) => t.id)

describe('repeatFilter', () => {
  it('drops a task seen before from the same source, within a document too, and counts per file', () => {
    const f = repeatFilter()
    expect(ids(f.take(doc('a.txt', ['t1', 't2', 't1'])))).toEqual(['t1', 't2'])
    expect(ids(f.take(doc('b.txt', ['t1'])))).toEqual(['t1'])
    expect(ids(f.take(doc('./a.txt', ['t2', 't3'])))).toEqual(['t3'])
    expect(ids(f.take(doc('a.txt', ['t1', 't2', 't3'])))).toEqual([])
    expect(f.repeats()).toEqual([
      { file: 'a.txt', count: 4 },
      { file: './a.txt', count: 1 },
    ])
  })

  it('keeps a document with nothing repeated as it is (the same object)', () => {
    const f = repeatFilter()
    const d = doc('a.txt', ['t1'])
    expect(f.take(d)).toBe(d)
  })

  it('an empty id and an id holding the separator are ids like any other', () => {
    const f = repeatFilter()
    expect(ids(f.take(doc('a.txt', ['', 'x\u0000y'])))).toEqual(['', 'x\u0000y'])
    expect(ids(f.take(doc('a.txt', ['x', 'y', '', 'x\u0000y', 'z'])))).toEqual(['x', 'y', 'z'])
    expect(ids(f.take(doc(null, ['']))), 'standard input is its own source').toEqual([''])
    expect(ids(f.take(doc('b.txt', [])))).toEqual([])
    expect(ids(f.take(doc('b.txt', [''])))).toEqual([''])
  })

  it('dropRepeatedTasks gives what the filter gives, document by document', () => {
    const docs = [doc('a.txt', ['t1']), doc('a.txt', ['t1', 't2']), doc('b.txt', ['t1'])]
    const { docs: out, repeats } = dropRepeatedTasks(docs)
    expect(out.map(ids)).toEqual([['t1'], ['t2'], ['t1']])
    expect(repeats).toEqual([{ file: 'a.txt', count: 1 }])
  })
})
