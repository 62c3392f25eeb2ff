// The configuration in force for each file `plan check` reads: --config for all of them, or else the nearest
// plan.config.json at or above the file's own folder (not the working folder), so `cd ci && plan check seeds` and
// `plan check ci/seeds` agree. Each folder is looked up once and each config read once.
import path from 'node:path'
import { findConfig, loadConfig, type LoadedConfig, type ResolvedConfig } from '../../config/load.js'
import { defaultSettings } from '../../check/rules/index.js'
import type { Settings } from '../../check/types.js'
import { matchesList } from '../../config/glob.js'
import type { Io } from '../io.js'

export interface InForce {
  /** the config file read, or null (the defaults) */
  loaded: LoadedConfig | null
  config: ResolvedConfig
  /** every rule's setting: the config's over the defaults */
  settings: Settings
  /** the folder include/exclude are relative to: the config's, or the working folder with none */
  base: string
}

export type ConfigFor = (file: string) => Promise<InForce>

export function configsInForce(io: Io, explicit: string | undefined): ConfigFor {
  const byPath = new Map<string, Promise<InForce>>()
  const byDir = new Map<string, Promise<string | null>>()
  const inForce = (loaded: LoadedConfig | null): InForce => {
    const config = loaded?.config ?? {}
    return { loaded, config, settings: { ...defaultSettings(), ...(config.rules as Partial<Settings>) }, base: loaded?.dir ?? io.cwd }
  }
  if (explicit !== undefined) {
    // read when first asked for, so a bad --config is an error of the run, never an unhandled rejection
    let one: Promise<InForce> | null = null
    return () => (one ??= loadConfig(io.cwd, explicit).then(inForce))
  }
  const load = (file: string | null): Promise<InForce> => {
    const key = file ?? ''
    let p = byPath.get(key)
    if (!p) byPath.set(key, (p = file ? loadConfig(io.cwd, path.relative(io.cwd, file) || file).then(inForce) : Promise.resolve(inForce(null))))
    return p
  }
  return async (file) => {
    const dir = path.dirname(path.resolve(io.cwd, file))
    let found = byDir.get(dir)
    if (!found) byDir.set(dir, (found = findConfig(dir)))
    return load(await found)
  }
}

/** The rules for one file: the config's, then each override whose files match it (relative to the config's folder), in order. */
export function settingsFor(c: InForce, file: string, cwd: string): Settings {
  const overrides = c.config.overrides
  if (!overrides?.length) return c.settings
  const rel = path.relative(c.base, path.resolve(cwd, file)).split(path.sep).join('/')
  let settings = c.settings
  for (const o of overrides) {
    if (matchesList(rel, o.files, o.files.every((g) => g.startsWith('!')))) settings = { ...settings, ...(o.rules as Partial<Settings>) }
  }
  return settings
}

/** `--print-config FILE`: the configuration in force for FILE, as JSON, its rules with the overrides that match it applied. */
export function printedConfig(c: InForce, io: Io, file: string, checked: boolean): string {
  const { rules: _rules, ...rest } = c.config
  const shown = c.loaded ? path.relative(io.cwd, c.loaded.path) || c.loaded.path : null
  return JSON.stringify({ config: shown, checked, rules: settingsFor(c, file, io.cwd), ...rest }, null, 2) + '\n'
}
