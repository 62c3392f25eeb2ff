// --format jsonl: one record per line, for streaming into jq or a database.
import type { Renderer } from './types.js'

export const renderJsonl: Renderer = (report) => report.records.map((r) => JSON.stringify(r) + '\n').join('')
