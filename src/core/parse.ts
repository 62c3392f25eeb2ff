// The pipeline, read as a table of contents: normalise → unflatten tables → segment → sections → metadata → tasks (agencies, deadlines) → scopes from the issuer → index.
import { indexAgencies } from './agencyIndex.js'
import { yearsMentioned } from './deadlines/index.js'
import { diagnostic } from './diagnostics.js'
import { unflattenTables } from './flatTable.js'
import { extractMeta } from './meta.js'
import { normalise } from './normalise.js'
import type { PlanDocument } from './schema.js'
import { buildOutline } from './sections.js'
import { completeScopes } from './scopeFromIssuer.js'
import { segment } from './segment.js'
import { extractTasks } from './tasks.js'

export interface ParseOptions {
  /** the file name to record in the output (null for standard input) */
  file?: string | null
  /** markdown input (by extension); markdown headings are also recognised in plain text */
  markdown?: boolean
}

/** Text in, document out: pure, never throws on odd input, always returns a valid document. */
export function parseDocument(text: string, opts: ParseOptions = {}): PlanDocument {
  const norm = normalise(text)
  const blocks = segment(unflattenTables(norm.lines), !!opts.markdown)
  const { sections, placed } = buildOutline(blocks)
  const meta = extractMeta(placed)
  const year = meta.issuedOn ? Number(meta.issuedOn.slice(0, 4)) : dominantYear(placed.filter((p) => p.kind === 'title').map((p) => p.block.text).join(' '))
  const { tasks, diagnostics } = extractTasks(placed, { year: year ?? undefined, today: meta.issuedOn ?? undefined, kind: meta.kind })
  completeScopes(tasks, sections, meta.issuer)
  const missing = [!meta.number && 'number', !meta.issuedOn && 'date', !meta.issuer && 'issuer'].filter(Boolean)
  const metaDiag = missing.length && meta.kind !== 'tin-bai' ? [diagnostic('meta-missing', 1, 1, `no ${missing.join(', no ')}`)] : []
  return {
    schemaVersion: 1,
    file: opts.file ?? null,
    meta,
    sections,
    tasks,
    agencies: indexAgencies(meta, sections, tasks, placed),
    diagnostics: [...norm.diagnostics, ...metaDiag, ...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column),
  }
}

function dominantYear(text: string): number | null {
  const ys = yearsMentioned(text)
  return ys.length ? Math.max(...ys) : null
}
