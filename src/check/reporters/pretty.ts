// The human report: findings grouped by file as `line:col  severity  message  rule-id`, then one summary line.
import { Chalk } from 'chalk'
import { whole, type StreamReporter } from './types.js'
import { safeText } from '../../shared/sanitize.js'

export const prettyStream: StreamReporter = (opts) => {
  const c = new Chalk({ level: opts.color })
  let withFindings = 0
  return {
    file(r) {
      if (!r.findings.length) return ''
      withFindings++
      // a file name may hold escapes or a line break: shown as text (the messages are made safe by the engine)
      let out = c.underline(safeText(r.file)) + '\n'
      const posWidth = Math.max(...r.findings.map((f) => `${f.line}:${f.column}`.length))
      for (const f of r.findings) {
        const pos = `${f.line}:${f.column}`.padEnd(posWidth)
        const sev = f.severity === 'error' ? c.red('error  ') : c.yellow('warning')
        out += `  ${c.dim(pos)}  ${sev}  ${safeText(f.message)}  ${c.dim(f.ruleId)}\n`
      }
      return out + '\n'
    },
    end(summary) {
      return { head: '', tail: summaryLine(summary, withFindings, c) + '\n' }
    },
  }
}

export const pretty = whole(prettyStream, false)

function summaryLine(s: { files: number; errors: number; warnings: number }, withFindings: number, c: InstanceType<typeof Chalk>): string {
  const docs = `${s.files} ${s.files === 1 ? 'file' : 'files'}`
  const total = s.errors + s.warnings
  if (!total) return c.green(`✔ ${docs} checked, no problems`)
  const line = `✖ ${total} ${total === 1 ? 'problem' : 'problems'} (${s.errors} ${s.errors === 1 ? 'error' : 'errors'}, ${s.warnings} ${s.warnings === 1 ? 'warning' : 'warnings'}) in ${withFindings} of ${docs}`
  return s.errors ? c.red.bold(line) : c.yellow.bold(line)
}
