// Runs the per-file job over a list of files, in this thread or across worker threads, yielding outcomes in file order.
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { makeJob, type FileOutcome, type JobOptions } from './file-job.js'

export interface RunOptions {
  /** worker threads to use for a large corpus; 1 runs everything here. Default: up to 2, one per core */
  threads?: number
  /** below this many files, workers cost more than they save */
  threshold?: number
}

const BATCH = 16
/** how far the fastest worker may run ahead of the next outcome due, in files: bounds what waits in memory */
const WINDOW = BATCH * 8

/** The compiled worker beside this module; absent when running from sources (tests), where the run stays in-process. */
export function workerScript(): URL | null {
  const url = new URL('./worker.js', import.meta.url)
  return existsSync(fileURLToPath(url)) ? url : null
}

export function threadsFor(count: number, opts: RunOptions): number {
  const threads = opts.threads ?? Math.min(2, availableParallelism())
  return count >= (opts.threshold ?? 200) && threads > 1 && workerScript() ? threads : 1
}

export function runFiles(files: string[], job: JobOptions, opts: RunOptions = {}): AsyncGenerator<FileOutcome> {
  const n = threadsFor(files.length, opts)
  return n > 1 ? inWorkers(files, job, n, workerScript()!) : inProcess(files, job)
}

async function* inProcess(files: string[], opts: JobOptions): AsyncGenerator<FileOutcome> {
  const job = makeJob(opts)
  for (const f of files) yield await job(f)
}

async function* inWorkers(files: string[], opts: JobOptions, n: number, script: URL): AsyncGenerator<FileOutcome> {
  const ready = new Map<number, FileOutcome>()
  let next = 0
  let emitted = 0
  let failure: Error | null = null
  let wake: (() => void) | null = null
  const signal = () => {
    const w = wake
    wake = null
    w?.()
  }
  const workers = Array.from({ length: n }, () => ({ w: new Worker(script, { workerData: opts }), inFlight: 0 }))
  const pump = () => {
    for (const slot of workers) {
      while (slot.inFlight < 2 && next < files.length && next - emitted < WINDOW) {
        const batch = files.slice(next, next + BATCH)
        slot.w.postMessage({ start: next, files: batch })
        next += batch.length
        slot.inFlight++
      }
    }
  }
  for (const slot of workers) {
    slot.w.on('message', (m: { start: number; outcomes: FileOutcome[] }) => {
      slot.inFlight--
      m.outcomes.forEach((o, i) => ready.set(m.start + i, o))
      pump()
      signal()
    })
    slot.w.on('error', (e) => {
      failure ??= e
      signal()
    })
    slot.w.on('exit', (code) => {
      if (code !== 0 && emitted < files.length) failure ??= new Error(`check worker stopped (exit ${code})`)
      signal()
    })
  }
  pump()
  try {
    while (emitted < files.length) {
      if (failure) throw failure
      const o = ready.get(emitted)
      if (o) {
        ready.delete(emitted)
        emitted++
        pump()
        yield o
        continue
      }
      await new Promise<void>((r) => (wake = r))
    }
  } finally {
    await Promise.all(workers.map((s) => s.w.terminate()))
  }
}
