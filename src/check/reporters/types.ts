// What every reporter receives: the files with findings, every file checked, and the counts. Reporters return strings.
import type { ColorLevel } from '../../shared/color.js'
import type { CheckSummary } from '../engine.js'
import type { FileResult } from '../types.js'

export interface Report {
  /** the files that have findings, in the order checked */
  results: FileResult[]
  /** every file checked, in order (JUnit lists passing files too) */
  files: string[]
  summary: CheckSummary
}

export interface ReporterOptions {
  color: ColorLevel
  version: string
}

export type Reporter = (report: Report, opts: ReporterOptions) => string
