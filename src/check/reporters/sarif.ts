// SARIF 2.1.0 for code-scanning tools: the rule table in tool.driver.rules, one result per finding with its physical location.
import { RULES, RULES_HELP_URI } from '../rules/index.js'
import { RULE_IDS } from '../types.js'
import type { Reporter } from './types.js'

/** A relative file path as a URI reference: forward slashes, each segment percent-encoded. */
export function fileUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/')
}

export const sarif: Reporter = (report, opts) => {
  const rules = RULE_IDS.map((id) => ({
    id,
    shortDescription: { text: RULES[id].description },
    helpUri: RULES_HELP_URI,
    defaultConfiguration: { level: RULES[id].defaultSetting === 'error' ? 'error' : RULES[id].defaultSetting === 'warn' ? 'warning' : 'none' },
  }))
  const results = report.results.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: RULE_IDS.indexOf(f.ruleId),
      level: f.severity,
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(r.file) }, region: { startLine: f.line, startColumn: f.column } } }],
    })),
  )
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'plan', version: opts.version, rules } }, columnKind: 'utf16CodeUnits', results }],
  }
  return JSON.stringify(log, null, 2) + '\n'
}
