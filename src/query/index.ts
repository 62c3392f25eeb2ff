// The questions asked of parsed documents, as pure functions: PlanDocument[] and options in, rows out.
export { taskRows, taskRow, fileOf, type TaskRow } from './rows.js'
export { filterTasks, unknownAgencies, textMatcher, type TaskFilter, type UnknownAgency } from './filter.js'
export { classify, classifyAll, isListed, summarize, CATEGORIES, CATEGORY_VI, NO_LEAD, TOTAL, type Category, type OverdueRow, type SummaryRow } from './overdue.js'
export { parseStatus, mergeStarter, statusFormatOf, STATUS_COLUMNS, type StatusEntry, type StatusProblem, type StatusFormat } from './status.js'
export { agencySummary, type AgencyRow } from './agencies.js'
export { bodiesOf, type Body } from './bodies.js'
export { parseUserDate, daysBetween } from './dates.js'
export { dropRepeatedTasks, type Repeats } from './repeats.js'
