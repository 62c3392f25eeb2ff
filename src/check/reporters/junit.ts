// JUnit XML for CI dashboards: one testsuite, one testcase per file checked; a file with errors fails, its warnings go to system-out.
import type { Finding } from '../types.js'
import type { Reporter } from './types.js'
import { escapeXml } from './xml.js'
import { safeText } from '../../shared/sanitize.js'

/** An attribute value, or text of one line: a line break or an escape in a file name is shown, never carried. */
const x = (s: string) => escapeXml(safeText(s))

const line = (f: Finding) => `${f.line}:${f.column} ${f.severity} ${f.message} (${f.ruleId})`

export const junit: Reporter = (report) => {
  const byFile = new Map(report.results.map((r) => [r.file, r.findings]))
  const failures = report.results.filter((r) => r.findings.some((f) => f.severity === 'error')).length
  const counts = `tests="${report.files.length}" failures="${failures}" errors="0"`
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="plan check" ${counts}>`, `  <testsuite name="plan check" ${counts} skipped="0">`]
  for (const file of report.files) {
    const findings = byFile.get(file) ?? []
    const errors = findings.filter((f) => f.severity === 'error')
    const warnings = findings.filter((f) => f.severity === 'warning')
    if (!findings.length) {
      out.push(`    <testcase classname="plan check" name="${x(file)}"/>`)
      continue
    }
    out.push(`    <testcase classname="plan check" name="${x(file)}">`)
    if (errors.length) {
      const msg = `${errors.length} ${errors.length === 1 ? 'error' : 'errors'}: ${errors[0].message}`
      out.push(`      <failure message="${x(msg)}" type="${x(errors[0].ruleId)}">${escapeXml(errors.map(line).map(safeText).join('\n'))}</failure>`)
    }
    if (warnings.length) out.push(`      <system-out>${escapeXml(warnings.map(line).map(safeText).join('\n'))}</system-out>`)
    out.push('    </testcase>')
  }
  out.push('  </testsuite>', '</testsuites>')
  return out.join('\n') + '\n'
}
