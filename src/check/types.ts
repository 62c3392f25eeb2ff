// The vocabulary of `plan check`: rule ids, severities, findings, and what a rule may look at.
import type { PlanDocument } from '../core/contract/schema.js'
import type { AgencyRegistry, RuleId, Setting } from '../config/vocabulary.js'

export { RULE_IDS, type RuleId, type Setting, type Settings, type AgencyEntry, type AgencyRegistry } from '../config/vocabulary.js'

/** What a finding carries (the words SARIF and GitHub use). */
export type Severity = 'error' | 'warning'

/** One problem at one place, as a rule reports it: the engine stamps the rule id and severity. */
export interface Hit {
  line: number
  column: number
  message: string
  /** another file the message names, as the run names it (duplicate-number), so a baseline can name it its own way */
  related?: string
}

export interface Finding extends Hit {
  ruleId: RuleId
  severity: Severity
}

/** The findings of one file, in line order. */
export interface FileResult {
  file: string
  findings: Finding[]
}

/** What a per-document rule may consult besides the document: no clock, no file system. */
export interface RuleContext {
  /** the date tasks are judged overdue against (YYYY-MM-DD), or null when not asked */
  asOf: string | null
  registry: AgencyRegistry | null
}

/** A pure per-document rule. Cross-file rules (duplicate-number) live in the engine, on small summaries. */
export interface DocRule {
  id: RuleId
  description: string
  defaultSetting: Setting
  check(doc: PlanDocument, ctx: RuleContext): Hit[]
}

/** The description and default of every rule, including those that are not per-document. */
export interface RuleInfo {
  id: RuleId
  description: string
  defaultSetting: Setting
}

