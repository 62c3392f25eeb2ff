// The reporters by name, for --format: each as a stream (plan check) and as a function of the whole report.
import { github, githubStream } from './github.js'
import { json, jsonStream } from './json.js'
import { junit, junitStream } from './junit.js'
import { pretty, prettyStream } from './pretty.js'
import { sarif, sarifStream } from './sarif.js'
import type { Reporter, StreamReporter } from './types.js'

export const REPORTERS: Record<string, Reporter> = { pretty, json, github, junit, sarif }
export const STREAMS: Record<string, StreamReporter> = { pretty: prettyStream, json: jsonStream, github: githubStream, junit: junitStream, sarif: sarifStream }
export const FORMATS = Object.keys(REPORTERS)
export type { Report, Reporter, ReporterOptions, ReportStream, StreamReporter } from './types.js'
