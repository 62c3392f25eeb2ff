// Validating plan.config.json against its zod schema; every failure names the file and the key. Loaded by loadConfig
// only when a config file exists.
import { safeText } from '../shared/sanitize.js'
import { parseJson } from '../shared/json.js'
import { badGlob } from './glob.js'
import { ConfigError } from './load.js'
import { PlanConfig, formatIssue } from './schema.js'

/** Text of a config file to a validated config; every failure names the file and the key. */
export function parseConfig(text: string, shown: string): PlanConfig {
  const json = parseJson(text)
  if ('error' in json) throw new ConfigError(safeText(`${shown}: not valid JSON: ${json.error.split('\n')[0]}`))
  return validateConfig(json.data, shown)
}

/** Any parsed JSON to a config, or a ConfigError `FILE: message (at a.b.c)`. */
export function validateConfig(data: unknown, shown: string): PlanConfig {
  const r = PlanConfig.safeParse(data)
  if (!r.success) throw new ConfigError(safeText(`${shown}: ${formatIssue(r.error.issues[0])}`))
  // a glob that cannot mean anything ("[z-a].txt") is a config error here, not an internal error mid-run
  const glob = badGlob(r.data)
  if (glob) throw new ConfigError(safeText(`${shown}: ${glob}`))
  return r.data
}
