// JUnit XML for CI dashboards: one testsuite, one testcase per file checked; a file with errors fails, its warnings go to system-out.
import type { Finding } from '../types.js'
import { whole, type StreamReporter } from './types.js'
import { escapeXml } from './xml.js'
import { safeText } from '../../shared/sanitize.js'

/** An attribute value, or text of one line: a line break or an escape in a file name is shown, never carried. */
const x = (s: string) => escapeXml(safeText(s))

const line = (f: Finding) => `${f.line}:${f.column} ${f.severity} ${f.message} (${f.ruleId})`

export const junitStream: StreamReporter = () => {
  let tests = 0
  let failures = 0
  return {
    file({ file, findings }) {
      tests++
      if (!findings.length) return `    <testcase classname="plan check" name="${x(file)}"/>\n`
      const errors = findings.filter((f) => f.severity === 'error')
      const warnings = findings.filter((f) => f.severity === 'warning')
      let out = `    <testcase classname="plan check" name="${x(file)}">\n`
      if (errors.length) {
        failures++
        const msg = `${errors.length} ${errors.length === 1 ? 'error' : 'errors'}: ${errors[0].message}`
        out += `      <failure message="${x(msg)}" type="${x(errors[0].ruleId)}">${escapeXml(errors.map(line).map(safeText).join('\n'))}</failure>\n`
      }
      if (warnings.length) out += `      <system-out>${escapeXml(warnings.map(line).map(safeText).join('\n'))}</system-out>\n`
      return out + '    </testcase>\n'
    },
    end() {
      // the counts stand in the head: it is written once every file is seen
      const counts = `tests="${tests}" failures="${failures}" errors="0"`
      return {
        head: `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="plan check" ${counts}>\n  <testsuite name="plan check" ${counts} skipped="0">\n`,
        tail: '  </testsuite>\n</testsuites>\n',
      }
    },
  }
}

export const junit = whole(junitStream, true)
