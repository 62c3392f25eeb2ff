// --format json: one JSON array of the records, indented.
import type { Renderer } from './types.js'

export const renderJson: Renderer = (report) => JSON.stringify(report.records, null, 2) + '\n'
