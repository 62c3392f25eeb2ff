// Worker thread: reads, parses (and for `plan parse`, renders) the batches of files it is sent; loaded from dist/ by load.ts.
import { serve } from '../shared/pool.js'
import { makeLoadJob } from './load-job.js'

serve(makeLoadJob)
