// A pool of worker threads that runs one job per item and yields the outcomes in the items' order. Used by `plan check`
// and by the commands that parse many documents; the job itself lives in the worker script (see serve()).
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { parentPort, Worker, workerData, type ResourceLimits } from 'node:worker_threads'

export interface PoolOptions {
  /** items sent to a worker in one message (default 16) */
  batch?: number
  /** how far the fastest worker may run ahead of the next outcome due, in items: bounds what waits in memory (default 8 batches) */
  window?: number
  /** each worker's heap limits (default: V8's, which let a heap grow far past what it holds) */
  limits?: ResourceLimits
}

/** The compiled script at `url`, or null when it is absent (running from sources in tests: the run stays in-process). */
export function compiled(url: URL): URL | null {
  return existsSync(fileURLToPath(url)) ? url : null
}

/** The threads to use: `asked` (--jobs), else one per core; 1 when there are too few items for workers to pay. */
export function poolSize(count: number, asked: number | undefined, threshold: number, script: URL | null): number {
  const n = asked ?? availableParallelism()
  return n > 1 && count >= threshold && script ? n : 1
}

/**
 * Runs `items` through the workers of `script` (each started with `data`), at most two batches in flight per worker
 * and the window ahead of the outcome due next; yields outcomes in order. A worker that dies fails the run (`what`
 * names the pool in that message); the workers are ended when the caller stops iterating.
 */
export async function* inWorkers<I, O>(items: I[], script: URL, data: unknown, n: number, what: string, opts: PoolOptions = {}): AsyncGenerator<O> {
  const batchSize = opts.batch ?? 16
  const ahead = opts.window ?? batchSize * 8
  const ready = new Map<number, O>()
  let next = 0
  let emitted = 0
  let failure: Error | null = null
  let wake: (() => void) | null = null
  const signal = () => {
    const w = wake
    wake = null
    w?.()
  }
  const workers = Array.from({ length: n }, () => ({ w: new Worker(script, { workerData: data, resourceLimits: opts.limits }), inFlight: 0 }))
  const pump = () => {
    for (const slot of workers) {
      while (slot.inFlight < 2 && next < items.length && next - emitted < ahead) {
        const batch = items.slice(next, next + batchSize)
        slot.w.postMessage({ start: next, items: batch })
        next += batch.length
        slot.inFlight++
      }
    }
  }
  for (const slot of workers) {
    slot.w.on('message', (m: { start: number; outcomes: O[] }) => {
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
      if (code !== 0 && emitted < items.length) failure ??= new Error(`${what} worker stopped (exit ${code})`)
      signal()
    })
  }
  pump()
  try {
    while (emitted < items.length) {
      if (failure) throw failure
      if (ready.has(emitted)) {
        const o = ready.get(emitted)!
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

/** The worker's side: builds the job from the pool's data, then answers each batch with its outcomes, in order. */
export function serve<I, O>(makeJob: (data: never) => (item: I) => Promise<O>): void {
  const job = makeJob(workerData as never)
  parentPort!.on('message', async (m: { start: number; items: I[] }) => {
    const outcomes: O[] = []
    for (const item of m.items) outcomes.push(await job(item))
    parentPort!.postMessage({ start: m.start, outcomes })
  })
}
