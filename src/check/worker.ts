// Worker thread: checks the batches of files it is sent and posts back their outcomes; loaded from dist/ by run.ts.
import { parentPort, workerData } from 'node:worker_threads'
import { makeJob, type FileOutcome, type JobOptions } from './file-job.js'

const job = makeJob(workerData as JobOptions)

parentPort!.on('message', async (m: { start: number; files: string[] }) => {
  const outcomes: FileOutcome[] = []
  for (const f of m.files) outcomes.push(await job(f))
  parentPort!.postMessage({ start: m.start, outcomes })
})
