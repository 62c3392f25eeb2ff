// The documents of a command's files, in their order: parsed in worker threads when there are many (--jobs), saved
// JSON and standard input read here, a progress line on a terminal while it lasts.
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { createProgress } from '../check/progress.js'
import { compiled, inWorkers, poolSize, type PoolOptions } from '../shared/pool.js'
import { loadDocuments, isInputError } from './inputs.js'
import { UserError, type Io } from './io.js'
import { makeLoadJob, type Loaded, type LoadJobOptions } from './load-job.js'

export interface LoadOptions extends Omit<LoadJobOptions, 'cwd'> {
  /** saved JSON (.json, .jsonl, JSON on standard input) is read as documents, line by line (the queries) */
  saved?: boolean
  /** check saved JSON against the full schema */
  strict?: boolean
  /** --jobs: worker threads; default one per core, when there are enough files */
  jobs?: number
  /** a progress line on standard error, when it is a terminal and the run lasts (default: true) */
  progress?: boolean
}

/** Below this many documents to parse, starting workers (about a third of a second each) costs more than it saves. */
export const WORKER_THRESHOLD = 48

/**
 * The workers' memory. A parsed document is large (a hundred kilobytes of JSON), so few wait at a time; and a worker's
 * heap is capped, old and young generation, so that it collects its garbage rather than growing: on 400 real-size
 * documents, two workers without a cap took the run to 350 MiB, whereas one document's parse holds 20 MiB at most.
 */
export const PARSE_POOL: PoolOptions = { batch: 4, window: 16, limits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 8 } }

/**
 * A file larger than this is parsed on the main thread, which has no cap: a 4 MiB text needs under 128 MiB of heap, so a
 * worker's 256 MiB leaves room for what such a file may hold once decoded (a .docx is compressed).
 */
export const WORKER_MAX_BYTES = 4 * 1024 * 1024

/** The value of --jobs, checked. */
export function jobsOption(v: string | undefined): number | undefined {
  if (v === undefined) return undefined
  const n = Number(v)
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UserError(`--jobs "${v}": expected a whole number from 1 to 256`)
  return n
}

export function loadScript(): URL | null {
  return compiled(new URL('./load-worker.js', import.meta.url))
}

export async function* loadFiles(files: string[], io: Io, opts: LoadOptions): AsyncGenerator<Loaded> {
  // read on this thread: standard input, saved JSON, and files too large for a worker's heap
  const saved = (f: string) => f === '-' || (!!opts.saved && /\.jsonl?$/i.test(f))
  const big = await largeFiles(files.filter((f) => !saved(f)), io.cwd)
  const here = (f: string) => saved(f) || big.has(f)
  const parsed = files.filter((f) => !here(f))
  const job: LoadJobOptions = { cwd: io.cwd, encoding: opts.encoding, render: opts.render, maxBytes: io.maxBytes }
  const script = loadScript()
  // an explicit --jobs is obeyed from two files on
  const n = poolSize(parsed.length, opts.jobs, opts.jobs ? 2 : WORKER_THRESHOLD, script)
  const local = makeLoadJob(job, io)
  const pool = n > 1 ? inWorkers<string, Loaded>(parsed, script!, job, n, 'parse', PARSE_POOL) : null
  let done = 0
  const progress = opts.progress === false ? null : createProgress(io.stderr, Date.now, 1000, { label: 'reading' })
  // an error line is written by the caller as it comes: the bar is erased first, and drawn again on the next update
  const shown = (o: Loaded): Loaded => {
    if ('error' in o) progress?.done()
    return o
  }
  try {
    for (const f of files) {
      if (saved(f) && opts.saved) {
        for await (const d of loadDocuments(f, io, { encoding: opts.encoding, strict: opts.strict })) yield shown(isInputError(d) ? { error: d } : { doc: d })
      } else if (here(f) || !pool) yield shown(await local(f))
      else {
        const r = await pool.next()
        if (r.done) throw new Error('parse worker pool ended early')
        yield shown(r.value)
      }
      progress?.update(++done, files.length)
    }
  } finally {
    progress?.done()
    await pool?.return(undefined)
  }
}

/** The files over WORKER_MAX_BYTES; one that cannot be stat'ed is left to the reader, which says why. */
export async function largeFiles(files: string[], cwd: string): Promise<Set<string>> {
  const big = new Set<string>()
  for (const f of files) {
    if (f === '-') continue
    const st = await stat(path.resolve(cwd, f)).catch(() => null)
    if (st && st.size > WORKER_MAX_BYTES) big.add(f)
  }
  return big
}
