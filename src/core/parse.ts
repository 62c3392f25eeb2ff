// The pipeline, read as a table of contents: normalise → segment → sections → metadata → tasks (agencies and deadlines inside).
import type { PlanDocument } from './schema.js'

export interface ParseOptions {
  /** the file name to record in the output (null for standard input) */
  file?: string | null
  /** markdown input (by extension, or detected) */
  markdown?: boolean
}

export function parseDocument(text: string, opts: ParseOptions = {}): PlanDocument {
  return {
    schemaVersion: 1,
    file: opts.file ?? null,
    meta: { kind: 'khac', number: null, issuer: null, place: null, issuedOn: null, title: null, signer: null, recipients: [], references: [] },
    sections: [],
    tasks: [],
    agencies: [],
    diagnostics: [],
  }
}
