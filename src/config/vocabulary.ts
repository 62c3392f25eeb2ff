// What a configuration speaks of: the rule ids it may set, their settings, and the registry of known bodies.
// `plan check` (src/check) builds on these; the config layer sits below it and imports nothing from it.

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

export type Settings = Record<RuleId, Setting>

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
