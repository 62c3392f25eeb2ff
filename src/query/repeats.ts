// The same task read twice (a file named twice, or a document and the saved JSON of it picked up together) counts once.
import path from 'node:path'
import type { PlanDocument } from '../core/contract/schema.js'
import { fileOf } from './rows.js'

/** Tasks left out because they were seen before: how many, per source file. */
export interface Repeats {
  file: string
  count: number
}

/**
 * The documents with every task already seen (the same id from the same source file) left out, in input order, and how
 * many were left out per file. A document whose every task was seen stays, with no tasks, so its bodies are still known.
 */
export function dropRepeatedTasks(docs: PlanDocument[]): { docs: PlanDocument[]; repeats: Repeats[] } {
  const seen = new Set<string>()
  const repeats = new Map<string, number>()
  const out = docs.map((doc) => {
    const file = fileOf(doc)
    const source = doc.file === null ? file : path.normalize(file)
    const tasks = doc.tasks.filter((t) => {
      const key = `${source}\u0000${t.id}`
      if (!seen.has(key)) {
        seen.add(key)
        return true
      }
      repeats.set(file, (repeats.get(file) ?? 0) + 1)
      return false
    })
    return tasks.length === doc.tasks.length ? doc : { ...doc, tasks }
  })
  return { docs: out, repeats: [...repeats].map(([file, count]) => ({ file, count })) }
}
