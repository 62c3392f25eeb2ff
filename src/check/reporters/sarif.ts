// SARIF 2.1.0 for code-scanning tools: the rule table in tool.driver.rules, one result per finding with its physical location.
import { RULES, RULES_HELP_URI } from '../rules/index.js'
import { RULE_IDS } from '../types.js'
import { jsonArrayStream, whole, type StreamReporter } from './types.js'

/** A relative file path as a URI reference: forward slashes, each segment percent-encoded. */
export function fileUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/')
}

export const sarifStream: StreamReporter = (opts) => {
  // log.runs[0].results: items four levels down
  const results = jsonArrayStream(4)
  return {
    file(r) {
      let out = ''
      for (const f of r.findings) {
        out += results.item({
          ruleId: f.ruleId,
          ruleIndex: RULE_IDS.indexOf(f.ruleId),
          level: f.severity,
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(r.file) }, region: { startLine: f.line, startColumn: f.column } } }],
        })
      }
      return out
    },
    end() {
      const rules = RULE_IDS.map((id) => ({
        id,
        shortDescription: { text: RULES[id].description },
        helpUri: RULES_HELP_URI,
        defaultConfiguration: { level: RULES[id].defaultSetting === 'error' ? 'error' : RULES[id].defaultSetting === 'warn' ? 'warning' : 'none' },
      }))
      return results.end((slot) => ({
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'plan', version: opts.version, rules } }, columnKind: 'utf16CodeUnits', results: slot }],
      }))
    },
  }
}

export const sarif = whole(sarifStream, false)
