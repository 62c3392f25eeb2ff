// Vietnamese deadline phrases: read one (readDeadline), find them in running text (findDeadlines, lastDeadline).
export type { DeadlineContext, DeadlineKind, DeadlineMatch, DeadlineNote, DeadlineReading, DeadlineRecurrence } from './types.js'
export { readDeadline } from './read.js'
export { findDeadlines, forgetReadings, lastDeadline, yearsMentioned } from './find.js'
export { yearOfHeading } from './heading.js'
export { THIS_DOC_NOUNS } from './counted.js'
