// The work done on one document file, in whichever thread: read → decode → parse, and for `plan parse` the rendering,
// so that only a string crosses back from a worker. A file that fails is one error; the run goes on.
import type { PlanDocument } from '../core/contract/schema.js'
import type { Encoding } from '../core/read/index.js'
import type { Lang } from '../report/labels.js'
import type { ColorLevel } from '../shared/color.js'
import { isInputError, loadDocument, type InputError } from './inputs.js'
import type { Io } from './io.js'

/** Everything a thread needs; plain data, so it crosses into a worker as it is. */
export interface LoadJobOptions {
  cwd: string
  encoding?: Encoding
  /** `--max-size`: the largest input read */
  maxBytes?: number
  /** `plan parse`: each document rendered in the thread that parsed it */
  render?: { format: 'json' | 'jsonl' | 'outline'; level: ColorLevel; lang: Lang }
}

export type Loaded = { doc: PlanDocument } | { text: string } | { error: InputError }

/** A worker has no standard input and prints nothing: only the working folder is used. */
function workerIo(cwd: string, maxBytes?: number): Io {
  return {
    cwd,
    maxBytes,
    env: {},
    stdout: { write: () => true },
    stderr: { write: () => true },
    readStdin: () => Promise.reject(new Error('standard input is read by the main thread')),
    today: () => new Date().toISOString().slice(0, 10),
  }
}

export function makeLoadJob(opts: LoadJobOptions, io: Io = workerIo(opts.cwd, opts.maxBytes)): (file: string) => Promise<Loaded> {
  let outline: Promise<typeof import('./outline.js')> | null = null
  const render = async (d: PlanDocument): Promise<string> => {
    const r = opts.render!
    if (r.format === 'jsonl') return JSON.stringify(d)
    if (r.format === 'json') return JSON.stringify(d, null, 2)
    outline ??= import('./outline.js')
    return (await outline).renderOutline(d, r.level, r.lang)
  }
  return async (file) => {
    try {
      const d = await loadDocument(file, io, { encoding: opts.encoding })
      if (isInputError(d)) return { error: d }
      return opts.render ? { text: await render(d) } : { doc: d }
    } catch (e) {
      // a fault of the parser on this one document: said on its line, and the other documents still read
      const msg = e instanceof Error ? e.message : String(e)
      return { error: { file, message: `internal error while reading: ${msg.split('\n')[0]}` } }
    }
  }
}
