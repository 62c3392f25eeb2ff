// The reporters by name, for --format.
import { github } from './github.js'
import { json } from './json.js'
import { junit } from './junit.js'
import { pretty } from './pretty.js'
import { sarif } from './sarif.js'
import type { Reporter } from './types.js'

export const REPORTERS: Record<string, Reporter> = { pretty, json, github, junit, sarif }
export const FORMATS = Object.keys(REPORTERS)
export type { Report, Reporter, ReporterOptions } from './types.js'
