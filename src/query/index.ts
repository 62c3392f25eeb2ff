// The questions asked of parsed documents, as pure functions: PlanDocument[] and options in, rows out.
export { taskRows, taskRow, fileOf, type TaskRow } from './rows.js'
export { filterTasks, taskMatcher, namesBodies, unknownAgencies, unknownAmong, textMatcher, type TaskFilter, type UnknownAgency } from './filter.js'
export { classify, classifyAll, isListed, summarize, summaryTally, type SummaryTally, CATEGORIES, CATEGORY_VI, NO_LEAD, TOTAL, type Category, type OverdueRow, type SummaryRow } from './overdue.js'
export { parseStatus, mergeStarter, statusFormatOf, STATUS_COLUMNS, type StatusEntry, type StatusProblem, type StatusFormat } from './status.js'
export { agencySummary, agencyTally, type AgencyRow, type AgencyTally } from './agencies.js'
export { bodiesOf, bodyIndex, type Body, type BodyIndex } from './bodies.js'
export { parseUserDate, daysBetween } from './dates.js'
export { dropRepeatedTasks, repeatFilter, type RepeatFilter, type Repeats } from './repeats.js'
