// The vocabulary of `plan check`: rule ids, severities, findings, and what a rule may look at.
import type { PlanDocument } from '../core/schema.js'

/** Every rule id, in the order reports list them. */
export const RULE_IDS = [
  'unreadable',
  'unicode-normalised',
  'legacy-tone',
  'meta-missing',
  'task-no-lead',
  'task-no-deadline',
  'deadline-unreadable',
  'date-impossible',
  'deadline-before-issue',
  'agency-unknown',
  'duplicate-number',
  'task-overdue',
] as const
export type RuleId = (typeof RULE_IDS)[number]

/** What a configuration may set a rule to. */
export type Setting = 'error' | 'warn' | 'off'
/** What a finding carries (the words SARIF and GitHub use). */
export type Severity = 'error' | 'warning'

/** One problem at one place, as a rule reports it: the engine stamps the rule id and severity. */
export interface Hit {
  line: number
  column: number
  message: string
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

/** A configured body: its canonical name and the other ways it is written. */
export interface AgencyEntry {
  name: string
  aliases?: string[]
}

/** Answers "is this body known?" for the agency rule; built once per thread from the config. */
export interface AgencyRegistry {
  size: number
  /** the registry's canonical name for a name or alias, or null */
  canonical(name: string): string | null
  /** the closest registry names, best first */
  suggest(name: string, max: number): string[]
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

export type Settings = Record<RuleId, Setting>
