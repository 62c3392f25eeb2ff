// Worker thread: checks the batches of files it is sent and posts back their outcomes; loaded from dist/ by run.ts.
import { serve } from '../shared/pool.js'
import { makeJob } from './file-job.js'

serve(makeJob)
