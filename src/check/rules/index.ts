// The rule table: every rule's id, description and default, and the per-document rules in report order.
import type { DocRule, RuleId, RuleInfo, Settings } from '../types.js'
import { RULE_IDS } from '../types.js'
import { agencyUnknown } from './agency-unknown.js'
import { dateImpossible } from './date-impossible.js'
import { deadlineBeforeIssue } from './deadline-before-issue.js'
import { deadlineUnreadable } from './deadline-unreadable.js'
import { duplicateNumber } from './duplicate-number.js'
import { legacyTone } from './legacy-tone.js'
import { metaMissing } from './meta-missing.js'
import { taskNoDeadline } from './task-no-deadline.js'
import { taskNoLead } from './task-no-lead.js'
import { taskOverdue } from './task-overdue.js'
import { unicodeNormalised } from './unicode-normalised.js'
import { unreadable } from './unreadable.js'

/** Where the rules are documented (the README's "Rules" section), for SARIF's helpUri and `plan rules`. */
export const RULES_HELP_URI = 'https://www.npmjs.com/package/plan-vn#rules'

export const DOC_RULES: DocRule[] = [
  unicodeNormalised,
  legacyTone,
  metaMissing,
  taskNoLead,
  taskNoDeadline,
  deadlineUnreadable,
  dateImpossible,
  deadlineBeforeIssue,
  agencyUnknown,
  taskOverdue,
]

const ALL: RuleInfo[] = [unreadable, ...DOC_RULES, duplicateNumber]

export const RULES: Record<RuleId, RuleInfo> = Object.fromEntries(
  RULE_IDS.map((id) => [id, ALL.find((r) => r.id === id)!]),
) as Record<RuleId, RuleInfo>

export function defaultSettings(): Settings {
  return Object.fromEntries(RULE_IDS.map((id) => [id, RULES[id].defaultSetting])) as Settings
}

/** Every rule in report order, with its default: the table `plan rules` prints. */
export function ruleTable(): RuleInfo[] {
  return RULE_IDS.map((id) => ({ id, defaultSetting: RULES[id].defaultSetting, description: RULES[id].description }))
}
