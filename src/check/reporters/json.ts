// The machine report, a stable shape (version 1): {version, files:[{file, findings:[{ruleId,severity,line,column,message}]}], summary:{errors,warnings,files}}.
import type { Reporter } from './types.js'

export const json: Reporter = (report) => {
  const files = report.results.map((r) => ({
    file: r.file,
    findings: r.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.line, column: f.column, message: f.message })),
  }))
  const { errors, warnings, files: checked } = report.summary
  return JSON.stringify({ version: 1, files, summary: { errors, warnings, files: checked } }, null, 2) + '\n'
}
