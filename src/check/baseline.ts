// The baseline of `plan check`: the findings a corpus already had when it adopted the check, so that only new ones
// fail. A finding is known by its file (relative to the baseline's folder), rule and message, not its line, so an
// edit above it does not make it new; a count per key means a second copy of a known finding is new.
import { UserError } from '../shared/errors.js'
import { parseJson } from '../shared/json.js'
import { safeText } from '../shared/sanitize.js'
import type { FileResult, Finding } from './types.js'

export interface BaselineEntry {
  file: string
  ruleId: string
  message: string
  count: number
}

/** The file's shape, version 1: entries sorted by file, rule and message, so its diffs read well. */
export interface Baseline {
  version: 1
  findings: BaselineEntry[]
}

const key = (file: string, ruleId: string, message: string) => `${file}\u0000${ruleId}\u0000${message}`

/** The message as the baseline keeps it: a file it names (duplicate-number's other file) named as the baseline names files. */
function messageOf(f: Finding, rel: (file: string) => string): string {
  return f.related === undefined ? f.message : f.message.split(f.related).join(rel(f.related))
}

/** Every finding of `results`, counted per file, rule and message; `rel` names a file as the baseline does. */
export function makeBaseline(results: FileResult[], rel: (file: string) => string): Baseline {
  const counts = new Map<string, BaselineEntry>()
  for (const r of results) {
    const file = rel(r.file)
    for (const f of r.findings) {
      const message = messageOf(f, rel)
      const k = key(file, f.ruleId, message)
      const e = counts.get(k)
      if (e) e.count++
      else counts.set(k, { file, ruleId: f.ruleId, message, count: 1 })
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  const findings = [...counts.values()].sort((a, b) => cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message))
  return { version: 1, findings }
}

/** The results without the findings the baseline knows (each entry absorbs up to `count` of them); files left empty drop out. */
export function applyBaseline(results: FileResult[], baseline: Baseline, rel: (file: string) => string): { results: FileResult[]; known: { errors: number; warnings: number } } {
  const isKnown = knownFilter(baseline, rel)
  const known = { errors: 0, warnings: 0 }
  const out: FileResult[] = []
  for (const r of results) {
    const test = isKnown(r)
    const findings = r.findings.filter((f) => {
      if (!test(f)) return true
      f.severity === 'error' ? known.errors++ : known.warnings++
      return false
    })
    if (findings.length) out.push({ file: r.file, findings })
  }
  return { results: out, known }
}

/**
 * The baseline as a test, file by file in the order checked: for a file's result, whether each of its findings is
 * known, each entry absorbing up to `count` of them over the whole run.
 */
export function knownFilter(baseline: Baseline, rel: (file: string) => string): (r: FileResult) => (f: Finding) => boolean {
  const budget = new Map(baseline.findings.map((e) => [key(e.file, e.ruleId, e.message), e.count]))
  return (r) => {
    const file = rel(r.file)
    return (f) => {
      const k = key(file, f.ruleId, messageOf(f, rel))
      const left = budget.get(k) ?? 0
      if (!left) return false
      budget.set(k, left - 1)
      return true
    }
  }
}

/** A baseline file's text, checked; `shown` names it in the error. */
export function parseBaseline(text: string, shown: string): Baseline {
  const json = parseJson(text)
  if ('error' in json) throw new UserError(safeText(`${shown}: not valid JSON: ${json.error.split('\n')[0]}`))
  const data = json.data
  const bad = (why: string) => new UserError(safeText(`${shown}: not a plan check baseline (${why}); write one with --update-baseline`))
  if (!data || typeof data !== 'object' || (data as { version?: unknown }).version !== 1) throw bad('expected "version": 1')
  const findings = (data as { findings?: unknown }).findings
  if (!Array.isArray(findings)) throw bad('expected a list at findings')
  findings.forEach((e, i) => {
    const ok =
      e && typeof e === 'object' && typeof e.file === 'string' && typeof e.ruleId === 'string' && typeof e.message === 'string' && Number.isInteger(e.count) && e.count > 0
    if (!ok) throw bad(`findings.${i} needs file, ruleId, message and a count of 1 or more`)
  })
  return { version: 1, findings: findings as BaselineEntry[] }
}
