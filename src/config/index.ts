// The configuration of `plan`: find, load and validate plan.config.json; the agency registry it declares.
export { loadConfig, findConfig, ConfigError, CONFIG_NAME, type LoadedConfig } from './load.js'
export { parseConfig, validateConfig } from './validate.js'
export { buildRegistry, suggest } from './registry.js'
export { selected, matchesGlob } from './glob.js'
export type { PlanConfig } from './schema.js'
