// Runs the per-file job over a list of files, in this thread or across worker threads, yielding outcomes in file order.
import { stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { compiled, inWorkers, type PoolOptions } from '../shared/pool.js'
import { makeJob, type FileOutcome, type JobOptions } from './file-job.js'

export interface RunOptions {
  /** worker threads to use for a large corpus; 1 runs everything here. Default: up to 2, one per core */
  threads?: number
  /** below this many files, workers cost more than they save */
  threshold?: number
}

/**
 * The workers' heaps are capped, old and young generation, so that each collects its garbage rather than growing with
 * the corpus: one document's parse holds 20 MiB at most. A file over BIG_FILE is checked on this thread instead, which
 * has no cap (a 4 MiB text needs under 128 MiB of heap; a .docx is compressed). A young generation of 32 MiB rather
 * than 8 costs 45 MiB of peak RSS on two workers and saves 5–10% of the CPU time (200 real documents).
 */
export const CHECK_POOL: PoolOptions = { limits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 } }
export const BIG_FILE = 4 * 1024 * 1024

/** The compiled worker beside this module; absent when running from sources (tests), where the run stays in-process. */
export function workerScript(): URL | null {
  return compiled(new URL('./worker.js', import.meta.url))
}

export function threadsFor(count: number, opts: RunOptions): number {
  const threads = opts.threads ?? Math.min(2, availableParallelism())
  return count >= (opts.threshold ?? 200) && threads > 1 && workerScript() ? threads : 1
}

export async function* runFiles(files: string[], job: JobOptions, opts: RunOptions = {}): AsyncGenerator<FileOutcome> {
  const n = threadsFor(files.length, opts)
  if (n <= 1) {
    yield* inProcess(files, job)
    return
  }
  const big = new Set<string>()
  for (const f of files) if (((await stat(path.resolve(job.cwd, f)).catch(() => null))?.size ?? 0) > BIG_FILE) big.add(f)
  const pool = inWorkers<string, FileOutcome>(big.size ? files.filter((f) => !big.has(f)) : files, workerScript()!, job, n, 'check', CHECK_POOL)
  const here = big.size ? makeJob(job) : null
  try {
    for (const f of files) {
      if (here && big.has(f)) yield await here(f)
      else {
        const r = await pool.next()
        if (r.done) throw new Error('check worker pool ended early')
        yield r.value
      }
    }
  } finally {
    await pool.return(undefined)
  }
}

async function* inProcess(files: string[], opts: JobOptions): AsyncGenerator<FileOutcome> {
  const job = makeJob(opts)
  for (const f of files) yield await job(f)
}
