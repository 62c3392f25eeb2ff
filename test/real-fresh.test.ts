// The sets annotated blind whose documents were fetched from public repositories into ../fresh/docs (each set's
// MANIFEST.tsv names them; real documents stay out of the repository): scored against their floors in
// test/real/floors.ts, each set skipped where its documents are absent. A file of its own, so that a second worker
// parses these documents while test/real.test.ts parses ../shared/corpus.
import { describeSets } from './real/sets.js'

describeSets('fresh')
