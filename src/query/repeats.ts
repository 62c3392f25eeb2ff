// The same task read twice (a file named twice, or a document and the saved JSON of it picked up together) counts once.
import path from 'node:path'
import type { PlanDocument } from '../core/contract/schema.js'
import { fileOf } from './rows.js'

/** Tasks left out because they were seen before: how many, per source file. */
export interface Repeats {
  file: string
  count: number
}

/** Repeated tasks dropped document by document, in input order: what dropRepeatedTasks gives, one document at a time. */
export interface RepeatFilter {
  /** the document with the tasks already seen left out (the same object when none was) */
  take(doc: PlanDocument): PlanDocument
  /** how many were left out per file, in the order first seen */
  repeats(): Repeats[]
}

/**
 * The ids seen are kept per source file as one string (each id followed by \u0000), a few bytes a task rather than a
 * set entry each; a set is built from it only when the same source comes again, which is rare.
 */
export function repeatFilter(): RepeatFilter {
  const seen = new Map<string, string | Set<string>>()
  const repeats = new Map<string, number>()
  const packed = (ids: Set<string>): string | Set<string> => {
    let s = ''
    for (const id of ids) {
      // an id holding the separator (saved JSON from elsewhere) keeps the set as it is
      if (id.includes('\u0000')) return ids
      s += id + '\u0000'
    }
    return s
  }
  const unpacked = (v: string | Set<string> | undefined): Set<string> => (v === undefined ? new Set() : typeof v === 'string' ? new Set(v.split('\u0000').slice(0, -1)) : v)
  return {
    take(doc) {
      const file = fileOf(doc)
      const source = doc.file === null ? file : path.normalize(file)
      const ids = unpacked(seen.get(source))
      const tasks = doc.tasks.filter((t) => {
        if (!ids.has(t.id)) {
          ids.add(t.id)
          return true
        }
        repeats.set(file, (repeats.get(file) ?? 0) + 1)
        return false
      })
      seen.set(source, packed(ids))
      return tasks.length === doc.tasks.length ? doc : { ...doc, tasks }
    },
    repeats: () => [...repeats].map(([file, count]) => ({ file, count })),
  }
}

/**
 * The documents with every task already seen (the same id from the same source file) left out, in input order, and how
 * many were left out per file. A document whose every task was seen stays, with no tasks, so its bodies are still known.
 */
export function dropRepeatedTasks(docs: PlanDocument[]): { docs: PlanDocument[]; repeats: Repeats[] } {
  const filter = repeatFilter()
  return { docs: docs.map((d) => filter.take(d)), repeats: filter.repeats() }
}
