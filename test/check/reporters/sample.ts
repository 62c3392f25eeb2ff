// One report with awkward text in it (commas, colons, percent signs, newlines, markup, Vietnamese file names) for every reporter test.
import type { Report } from '../../../src/check/reporters/types.js'

export function sample(): Report {
  return {
    files: ['docs/a, b: c.txt', 'docs/clean.txt', 'docs/kế hoạch.txt'],
    results: [
      {
        file: 'docs/a, b: c.txt',
        findings: [
          { ruleId: 'date-impossible', severity: 'error', line: 3, column: 14, message: 'impossible date: "31/4/2024" <100% sure> & more' },
          { ruleId: 'task-no-lead', severity: 'warning', line: 12, column: 1, message: 'task has no lead: "Rà soát, sửa đổi: quy chế"' },
        ],
      },
      { file: 'docs/kế hoạch.txt', findings: [{ ruleId: 'meta-missing', severity: 'warning', line: 1, column: 1, message: 'line one\nline two\r' }] },
    ],
    summary: { files: 3, errors: 1, warnings: 2 },
  }
}

export const opts = { color: 0 as const, version: '9.9.9' }
