// Runs the per-file job over a list of files, in this thread or across worker threads, yielding outcomes in file order.
import { availableParallelism } from 'node:os'
import { compiled, inWorkers } from '../shared/pool.js'
import { makeJob, type FileOutcome, type JobOptions } from './file-job.js'

export interface RunOptions {
  /** worker threads to use for a large corpus; 1 runs everything here. Default: up to 2, one per core */
  threads?: number
  /** below this many files, workers cost more than they save */
  threshold?: number
}

/** The compiled worker beside this module; absent when running from sources (tests), where the run stays in-process. */
export function workerScript(): URL | null {
  return compiled(new URL('./worker.js', import.meta.url))
}

export function threadsFor(count: number, opts: RunOptions): number {
  const threads = opts.threads ?? Math.min(2, availableParallelism())
  return count >= (opts.threshold ?? 200) && threads > 1 && workerScript() ? threads : 1
}

export function runFiles(files: string[], job: JobOptions, opts: RunOptions = {}): AsyncGenerator<FileOutcome> {
  const n = threadsFor(files.length, opts)
  return n > 1 ? inWorkers<string, FileOutcome>(files, workerScript()!, job, n, 'check') : inProcess(files, job)
}

async function* inProcess(files: string[], opts: JobOptions): AsyncGenerator<FileOutcome> {
  const job = makeJob(opts)
  for (const f of files) yield await job(f)
}
