// The machine report, a stable shape (version 1): {version, files:[{file, findings:[{ruleId,severity,line,column,message}]}], summary:{errors,warnings,files}}.
import { jsonArrayStream, whole, type StreamReporter } from './types.js'

export const jsonStream: StreamReporter = () => {
  const files = jsonArrayStream(2)
  return {
    file(r) {
      if (!r.findings.length) return ''
      return files.item({ file: r.file, findings: r.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.line, column: f.column, message: f.message })) })
    },
    end({ errors, warnings, files: checked }) {
      return files.end((slot) => ({ version: 1, files: slot, summary: { errors, warnings, files: checked } }))
    },
  }
}

export const json = whole(jsonStream, false)
