// --format csv: UTF-8 with a BOM (Excel then reads Vietnamese correctly), one record a row (src/shared/csv.ts).
import { csvRecord } from '../shared/csv.js'
import { cellText, type Renderer } from './types.js'

const BOM = '\uFEFF'

export const renderCsv: Renderer = (report, opts) => {
  const d = opts.delimiter ?? ','
  const lines = [csvRecord(report.columns.map((c) => c.key), d)]
  for (const r of report.records) lines.push(csvRecord(report.columns.map((c) => cellText(c, r)), d))
  return BOM + lines.map((l) => l + '\r\n').join('')
}
