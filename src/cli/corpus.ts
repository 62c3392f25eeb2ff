// The documents of a query, read one at a time and handed on: nothing holds the corpus. What a query needs of the whole
// input besides its own rows (the bodies named, each file's document number) is gathered on the way.
import type { PlanDocument } from '../core/contract/schema.js'
import { bodyIndex, type BodyIndex } from '../query/bodies.js'
import { repeatFilter } from '../query/repeats.js'
import { fileOf } from '../query/rows.js'
import { safeText } from '../shared/sanitize.js'
import { encodingOption, expandOperands, type InputError } from './inputs.js'
import { UserError, type Io } from './io.js'

export interface CorpusOptions {
  encoding?: string
  strict?: boolean
  jobs?: string
}

/** The files to read, and the operands that could not be used (reported when the reading starts). */
export interface CorpusInputs {
  files: string[]
  errors: InputError[]
  options: CorpusOptions
}

/** What was read, besides what the query kept of each document. */
export interface Corpus {
  /** documents read */
  documents: number
  /** a file or operand could not be used (said on standard error) */
  failed: boolean
  /** every body named in the documents read */
  bodies: BodyIndex
  /** each file's document number (số ký hiệu), for the human formats */
  numbers: Map<string, string | null>
}

/** The operands expanded; no document at all (an empty folder) is an error. */
export async function corpusInputs(operands: string[], io: Io, options: CorpusOptions): Promise<CorpusInputs> {
  encodingOption(options.encoding)
  const { files, errors } = await expandOperands(operands, io)
  if (!files.length && !errors.length) throw new UserError(`no documents found in ${operands.join(' ')}`)
  return { files, errors, options }
}

/**
 * Reads the documents in input order and gives each to `visit`, with the tasks already read (same id, same source file)
 * left out; a file that cannot be used is said on standard error as it comes, and the others are still read. The
 * repeated tasks are said at the end, one line per file.
 */
export async function readCorpus(inputs: CorpusInputs, io: Io, visit: (doc: PlanDocument) => void | Promise<void>): Promise<Corpus> {
  const say = (e: InputError) => io.stderr.write(`plan: ${e.file}: ${e.message}\n`)
  inputs.errors.forEach(say)
  const corpus: Corpus = { documents: 0, failed: inputs.errors.length > 0, bodies: bodyIndex(), numbers: new Map() }
  const repeats = repeatFilter()
  const { loadFiles, jobsOption } = await import('./load.js')
  const opts = inputs.options
  for await (const o of loadFiles(inputs.files, io, { encoding: encodingOption(opts.encoding), strict: opts.strict, saved: true, jobs: jobsOption(opts.jobs) })) {
    if ('error' in o) {
      corpus.failed = true
      say(o.error)
    } else if ('doc' in o) {
      const doc = repeats.take(o.doc)
      corpus.documents++
      corpus.bodies.add(doc)
      corpus.numbers.set(fileOf(doc), doc.meta.number)
      await visit(doc)
    }
  }
  for (const r of repeats.repeats()) {
    const n = r.count === 1 ? '1 task' : `${r.count} tasks`
    io.stderr.write(`plan: ${safeText(r.file)}: ${n} read twice (the file named twice, or with saved JSON of it), counted once\n`)
  }
  return corpus
}
