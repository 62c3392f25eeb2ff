// Finding and reading plan.config.json: walk up from the working folder (or take --config), parse, validate.
// zod (validate.ts) is loaded only when there is a config file to validate: a run without one never loads it.
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { UserError } from '../shared/errors.js'
import { readRegularFile } from '../shared/files.js'
import { safeText } from '../shared/sanitize.js'
import type { PlanConfig } from './schema.js'
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
  return { path: file, dir, config: await resolveAgencies((await import('./validate.js')).parseConfig(text, shown), dir, cwd, shown) }
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

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile()
  } catch {
    return false
  }
}
