// The library: what `import … from 'plan-vn'` gives. The command line (bin/plan.js) is built on exactly these.
import { readFile } from 'node:fs/promises'
import { parseRead } from './core/parse.js'
import type { PlanDocument } from './core/contract/schema.js'
import { readDocument, type Encoding } from './core/read/index.js'

// Parsing: text (or a document read from any format) in, a typed, schema-valid document out
export { parseDocument, parseRead, type ParseOptions } from './core/parse.js'
export { readDocument, ReadError, LIMITS, DOCUMENT_EXTENSIONS, ENCODINGS, type Encoding, type ReadOptions, type ReadDocument, type Format } from './core/read/index.js'

// The document: zod schemas (to validate saved JSON) and their TypeScript types
export {
  PlanDocument,
  Task,
  Section,
  Agency,
  AgencyRef,
  Deadline,
  Meta,
  Diagnostic,
  DOC_KINDS,
  RECURRENCES,
  type DocKind,
  type Recurrence,
} from './core/contract/schema.js'

// Time phrases: how "quý IV-2013", "trước ngày 15/12", "hằng năm" are read
export { readDeadline, findDeadlines, lastDeadline, type DeadlineContext, type DeadlineKind, type DeadlineMatch, type DeadlineReading, type DeadlineRecurrence } from './core/deadlines/index.js'

// The questions of `plan tasks`, `plan overdue`, `plan agencies`, as pure functions of parsed documents
export {
  taskRows,
  filterTasks,
  textMatcher,
  unknownAgencies,
  classify,
  classifyAll,
  isListed,
  summarize,
  agencySummary,
  bodiesOf,
  dropRepeatedTasks,
  parseStatus,
  parseUserDate,
  daysBetween,
  CATEGORIES,
  CATEGORY_VI,
  type TaskRow,
  type TaskFilter,
  type Category,
  type OverdueRow,
  type SummaryRow,
  type AgencyRow,
  type Body,
  type StatusEntry,
} from './query/index.js'

// The JSON Schema of a parsed document (what `plan schema` prints)
export async function documentJsonSchema(): Promise<Record<string, unknown>> {
  const { z } = await import('zod')
  const { PlanDocument } = await import('./core/contract/schema.js')
  return z.toJSONSchema(PlanDocument) as Record<string, unknown>
}

export interface ParseFileOptions {
  /** force the encoding of a text file (default: detected: UTF-8, TCVN3, VNI or Windows-1258) */
  encoding?: Encoding
}

/** Reads a file of any accepted format (.txt, .md, .docx, .doc, .pdf, .html) and parses it: `plan parse FILE --format json`. */
export async function parseFile(file: string, opts: ParseFileOptions = {}): Promise<PlanDocument> {
  const bytes = await readFile(file)
  return parseRead(await readDocument(bytes, { name: file, encoding: opts.encoding }), { file })
}
