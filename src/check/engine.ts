// The check of a corpus: per-file outcomes in order, the cross-file rule on small summaries, counts for the exit code.
import { safeText } from '../shared/sanitize.js'
import type { FileOutcome, JobOptions } from './file-job.js'
import { DuplicateNumbers } from './rules/duplicate-number.js'
import { runFiles, type RunOptions } from './run.js'
import { isSuppressed } from './suppress.js'
import type { FileResult } from './types.js'

export interface CheckOptions extends JobOptions, RunOptions {
  /** called after each file, with how many are done */
  onProgress?: (done: number, total: number) => void
  /** the document numbers seen so far, shared when a corpus is checked in several calls (one per config in force) */
  numbers?: DuplicateNumbers
}

export interface CheckSummary {
  files: number
  errors: number
  warnings: number
}

/**
 * Checks `files` (paths relative to opts.cwd) and hands each file's result to `onFile` in file order, clean files
 * included, waiting for it when it returns a promise; nothing of a document outlives its call. Returns the counts.
 */
export async function checkFiles(
  files: string[],
  opts: CheckOptions,
  onFile: (result: FileResult, outcome: FileOutcome) => void | Promise<void>,
): Promise<CheckSummary> {
  const summary: CheckSummary = { files: 0, errors: 0, warnings: 0 }
  const dups = opts.numbers ?? new DuplicateNumbers()
  const dupSeverity = opts.settings['duplicate-number'] === 'error' ? 'error' : 'warning'
  // only plain data crosses into a worker
  const job: JobOptions = { cwd: opts.cwd, settings: opts.settings, asOf: opts.asOf, agencies: opts.agencies, collectAgencies: opts.collectAgencies, maxBytes: opts.maxBytes }
  for await (const o of runFiles(files, job, { threads: opts.threads, threshold: opts.threshold })) {
    let findings = o.findings
    if (opts.settings['duplicate-number'] !== 'off') {
      const hits = dups.see(o.file, o.number)
      if (hits.length) {
        for (const h of hits) findings.push({ ruleId: 'duplicate-number', severity: dupSeverity, ...h })
        findings.sort((a, b) => a.line - b.line || a.column - b.column)
      }
    }
    // a markdown document's own `<!-- plan-disable … -->` comments, on its cross-file findings too
    const off = o.suppressions
    if (off) findings = findings.filter((f) => !isSuppressed(f, off))
    summary.files++
    // a message may quote the document (an agency's name, a date as written) or an error about the file: no control
    // character of it reaches a terminal, an annotation or a JUnit attribute; the file name is the reporters' to escape
    for (const f of findings) f.message = safeText(f.message)
    for (const f of findings) f.severity === 'error' ? summary.errors++ : summary.warnings++
    await onFile({ file: o.file, findings }, o)
    opts.onProgress?.(summary.files, files.length)
  }
  return summary
}
