// The hand-written saved documents under fixtures/query, loaded and checked against the schema.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PlanDocument } from '../../src/core/contract/schema.js'

export const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/query')
export const FIXTURE_FILES = ['ke-hoach-a.json', 'chi-thi-b.json']

export function fixtureDocs(): PlanDocument[] {
  return FIXTURE_FILES.map((f) => PlanDocument.parse(JSON.parse(readFileSync(path.join(DIR, f), 'utf8'))))
}
