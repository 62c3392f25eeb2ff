// GitHub Actions workflow commands: one `::error file=…,line=…,col=…,title=…::message` per finding, escaped as the runner expects.
import { whole, type StreamReporter } from './types.js'
import { safeText } from '../../shared/sanitize.js'

/** Message text: %, CR and LF would end or corrupt the command; any other control (an escape) is made visible. */
export function escapeData(s: string): string {
  return safeText(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'))
}

/** Property values: as data, plus the separators of the property list. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export const githubStream: StreamReporter = () => ({
  file(r) {
    let out = ''
    for (const f of r.findings) {
      const props = `file=${escapeProperty(r.file)},line=${f.line},col=${f.column},title=${escapeProperty(`plan check: ${f.ruleId}`)}`
      out += `::${f.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(f.message)}\n`
    }
    return out
  },
  end(s) {
    return { head: '', tail: `plan check: ${s.errors} errors, ${s.warnings} warnings in ${s.files} files\n` }
  },
})

export const github = whole(githubStream, false)
