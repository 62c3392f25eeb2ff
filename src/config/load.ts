// Finding and reading plan.config.json: walk up from the working folder (or take --config), parse, validate with zod.
// Import this module lazily (inside a command's action): it loads zod.
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { UserError } from '../shared/errors.js'
import { readRegularFile } from '../shared/files.js'
import { safeText } from '../shared/sanitize.js'
import { badGlob } from './glob.js'
import { PlanConfig, formatIssue } from './schema.js'
import type { AgencyEntry } from './vocabulary.js'

export const CONFIG_NAME = 'plan.config.json'

const MAX_CONFIG_BYTES = 16 * 1024 * 1024

export interface LoadedConfig {
  /** absolute path of the file read */
  path: string
  /** its folder: include/exclude globs are relative to it */
  dir: string
  /** the file's settings, with a registry given as a TSV path read into its entries */
  config: ResolvedConfig
}

/** A config whose agencies are entries, never a file name. */
export type ResolvedConfig = Omit<PlanConfig, 'agencies'> & { agencies?: AgencyEntry[] }

/** A configuration that cannot be used: one line, exit 2. */
export class ConfigError extends UserError {}

/** The nearest plan.config.json at or above `cwd`, or null. */
export async function findConfig(cwd: string): Promise<string | null> {
  let dir = path.resolve(cwd)
  for (;;) {
    const p = path.join(dir, CONFIG_NAME)
    if (await isFile(p)) return p
    const up = path.dirname(dir)
    if (up === dir) return null
    dir = up
  }
}

/** The configuration in force: `explicitPath` (relative to cwd) must exist; otherwise the nearest one, or null when there is none. */
export async function loadConfig(cwd: string, explicitPath?: string): Promise<LoadedConfig | null> {
  const file = explicitPath ? path.resolve(cwd, explicitPath) : await findConfig(cwd)
  if (!file) return null
  const shown = path.relative(cwd, file) || file
  let text: string
  try {
    // a FIFO or device given as --config is refused, not waited on
    text = (await readRegularFile(file, MAX_CONFIG_BYTES)).toString('utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such config file' : code === 'too-large' ? `too large for a config file (over ${MAX_CONFIG_BYTES / 1024 / 1024} MiB)` : (e as Error).message
    throw new ConfigError(safeText(`${shown}: ${why}`))
  }
  const dir = path.dirname(file)
  return { path: file, dir, config: await resolveAgencies(parseConfig(text, shown), dir, cwd, shown) }
}

/** "agencies": "bodies.tsv" → the entries of that file (the format of lexicon/bodies.tsv), read relative to the config. */
async function resolveAgencies(config: PlanConfig, dir: string, cwd: string, shown: string): Promise<ResolvedConfig> {
  const { agencies } = config
  if (typeof agencies !== 'string') return { ...config, agencies }
  const file = path.resolve(dir, agencies)
  const where = path.relative(cwd, file) || file
  let text: string
  try {
    text = (await readRegularFile(file, MAX_CONFIG_BYTES)).toString('utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'too-large' ? `too large (over ${MAX_CONFIG_BYTES / 1024 / 1024} MiB)` : (e as Error).message
    throw new ConfigError(safeText(`${shown}: agencies "${agencies}": ${why} (at agencies)`))
  }
  // the parser's lexicon reads the same rows; loaded only when a config names a file
  const { registryEntries, LexiconError } = await import('../core/agencies/index.js')
  try {
    return { ...config, agencies: registryEntries(text, where) }
  } catch (e) {
    if (e instanceof LexiconError) throw new ConfigError(safeText(e.message))
    throw e
  }
}

/** Text of a config file to a validated config; every failure names the file and the key. */
export function parseConfig(text: string, shown: string): PlanConfig {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new ConfigError(safeText(`${shown}: not valid JSON: ${(e as Error).message.split('\n')[0]}`))
  }
  return validateConfig(data, shown)
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

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile()
  } catch {
    return false
  }
}
