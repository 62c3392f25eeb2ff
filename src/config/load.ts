// Finding and reading plan.config.json: walk up from the working folder (or take --config), parse, validate with zod.
// Import this module lazily (inside a command's action): it loads zod.
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { UserError } from '../cli/io.js'
import { PlanConfig, formatIssue } from './schema.js'

export const CONFIG_NAME = 'plan.config.json'

export interface LoadedConfig {
  /** absolute path of the file read */
  path: string
  /** its folder: include/exclude globs are relative to it */
  dir: string
  config: PlanConfig
}

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
    text = await readFile(file, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new ConfigError(`${shown}: ${code === 'ENOENT' ? 'no such config file' : `cannot read (${code ?? 'error'})`}`)
  }
  return { path: file, dir: path.dirname(file), config: parseConfig(text, shown) }
}

/** Text of a config file to a validated config; every failure names the file and the key. */
export function parseConfig(text: string, shown: string): PlanConfig {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new ConfigError(`${shown}: not valid JSON: ${(e as Error).message.split('\n')[0]}`)
  }
  return validateConfig(data, shown)
}

/** Any parsed JSON to a config, or a ConfigError `FILE: message (at a.b.c)`. */
export function validateConfig(data: unknown, shown: string): PlanConfig {
  const r = PlanConfig.safeParse(data)
  if (r.success) return r.data
  throw new ConfigError(`${shown}: ${formatIssue(r.error.issues[0])}`)
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile()
  } catch {
    return false
  }
}
