// The work done on one file, in whichever thread: read → decode → parse → per-document rules. The document is dropped on return.
import path from 'node:path'
import { FileReadError, readRegularFile, textEncodingProblem } from '../shared/files.js'
import { parseRead } from '../core/parse.js'
import type { PlanDocument } from '../core/contract/schema.js'
import { LIMITS, ReadError, readDocument, tooLarge, type ReadDocument } from '../core/read/index.js'
import { buildRegistry } from '../config/registry.js'
import { DOC_RULES } from './rules/index.js'
import { isAssigned } from './rules/agency-unknown.js'
import { numberSummary, type NumberSummary } from './rules/duplicate-number.js'
import { unreadableHit } from './rules/unreadable.js'
import { suppressions, withoutDirectives, type Suppression } from './suppress.js'
import type { AgencyEntry, Finding, Hit, RuleContext, RuleId, Settings } from './types.js'

/** Everything a thread needs to check files; plain data, so it crosses into a worker as it is. */
export interface JobOptions {
  cwd: string
  settings: Settings
  asOf: string | null
  agencies: AgencyEntry[] | null
  /** gather the bodies seen (for `--init`) */
  collectAgencies?: boolean
  /** the largest file read (`--max-size`); LIMITS.maxFileBytes when absent */
  maxBytes?: number
}

/** What is kept of one file once it is checked: its findings and a small summary for the cross-file rules. */
export interface FileOutcome {
  file: string
  findings: Finding[]
  number: NumberSummary | null
  agencies?: { name: string; forms: string[] }[]
  /** a markdown document's `<!-- plan-disable … -->` stretches, applied by the engine to every finding of the file */
  suppressions?: Suppression[]
}

export function makeJob(opts: JobOptions): (file: string) => Promise<FileOutcome> {
  const ctx: RuleContext = { asOf: opts.asOf, registry: opts.agencies ? buildRegistry(opts.agencies) : null }
  const rules = DOC_RULES.filter((r) => opts.settings[r.id] !== 'off')
  const stamp = (ruleId: RuleId, h: Hit): Finding => ({ ruleId, severity: opts.settings[ruleId] === 'error' ? 'error' : 'warning', ...h })
  const failed = (file: string, e: unknown, stage: 'read' | 'decode' | 'parse'): FileOutcome => ({
    file,
    findings: opts.settings.unreadable === 'off' ? [] : [stamp('unreadable', unreadableHit(e, stage))],
    number: null,
  })

  const max = opts.maxBytes ?? LIMITS.maxFileBytes
  return async (file) => {
    let bytes: Buffer
    try {
      // only a regular file, and not one over the limit: a FIFO would wait forever, /dev/zero never end
      bytes = await readRegularFile(path.resolve(opts.cwd, file), max)
    } catch (e) {
      if (e instanceof FileReadError && e.code === 'too-large') return failed(file, tooLarge(e.size ?? 0, max), 'read')
      if (e instanceof FileReadError && e.code === 'special') return failed(file, new ReadError('unsupported', e.message), 'read')
      return failed(file, e, 'read')
    }
    let read: ReadDocument
    try {
      const odd = textEncodingProblem(bytes, file)
      if (odd) throw new ReadError('unsupported', odd)
      read = await readDocument(bytes, { name: file, maxBytes: max })
    } catch (e) {
      return failed(file, e, 'decode')
    }
    // a markdown document's `<!-- plan-disable … -->` comments: read, then taken out of the text the rules see
    const off = read.markdown ? suppressions(read.lines) : []
    if (off.length) read = { ...read, lines: read.lines.map(withoutDirectives) }
    let doc: PlanDocument
    try {
      doc = parseRead(read, { file })
    } catch (e) {
      return failed(file, e, 'parse')
    }
    const text = read.lines.join('\n')
    const findings: Finding[] = []
    for (const r of rules) for (const h of r.check(doc, ctx)) findings.push(stamp(r.id, h))
    findings.sort((a, b) => a.line - b.line || a.column - b.column)
    const out: FileOutcome = { file, findings, number: opts.settings['duplicate-number'] === 'off' ? null : numberSummary(doc, text) }
    if (off.length) out.suppressions = off
    if (opts.collectAgencies) out.agencies = doc.agencies.filter(isAssigned).map((a) => ({ name: a.name, forms: a.forms }))
    return out
  }
}
