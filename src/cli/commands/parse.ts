// `plan parse FILE…`: documents in, typed JSON (or a readable outline) out.
import type { Register } from '../index.js'
import { EXIT, UserError } from '../io.js'
import type { Sink } from '../output.js'

const FORMATS = ['outline', 'json', 'jsonl'] as const
type ParseFormat = (typeof FORMATS)[number]

interface ParseOpts {
  format?: string
  output?: string
  force?: boolean
  color?: boolean
  encoding?: string
  lang?: string
  jobs?: string
}

/** --format, else what --output ends in (.json, .jsonl, .ndjson), else the outline. */
export function parseFormat(opts: { format?: string; output?: string }): ParseFormat {
  const f = opts.format ?? (opts.output && /\.(jsonl|ndjson)$/i.test(opts.output) ? 'jsonl' : opts.output && /\.json$/i.test(opts.output) ? 'json' : 'outline')
  if (!(FORMATS as readonly string[]).includes(f)) throw new UserError(`unknown --format "${f}" (one of ${FORMATS.join(', ')})`)
  return f as ParseFormat
}

export const registerParse: Register = (program, io, state) => {
  program
    .command('parse')
    .description('parse documents (.txt, .md, .docx, .doc, .pdf, .html, or - for standard input) into typed JSON')
    .argument('<files...>', 'files or folders; - reads standard input')
    .option('-f, --format <format>', `output: ${FORMATS.join(', ')} (default: outline, or json/jsonl when --output ends in .json/.jsonl)`)
    .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output')
    .option('--force', 'with --output, replace an existing file')
    .option('--encoding <name>', 'read text files in this encoding: utf8, tcvn3, vni or cp1258 (default: detected)')
    .option('--lang <lang>', 'the outline in vi (default) or en')
    .option('-j, --jobs <n>', 'worker threads parsing documents (default: one per core, when there are many files)')
    .option('--color', 'colour the outline even when not on a terminal')
    .option('--no-color', 'never colour the outline')
    .action(async (operands: string[], opts: ParseOpts) => {
      const format = parseFormat(opts)
      const { langOption } = await import('./options.js')
      const lang = langOption(opts.lang)
      const { encodingOption, expandOperands } = await import('../inputs.js')
      const encoding = encodingOption(opts.encoding)
      const { files, errors } = await expandOperands(operands, io)
      for (const e of errors) io.stderr.write(`plan: ${e.file}: ${e.message}\n`)
      if (!files.length && !errors.length) throw new UserError(`no documents found in ${operands.join(' ')}`)
      const { colorLevel } = await import('../../shared/color.js')
      // a file gets no colour unless --color asks for it
      const level = colorLevel(io, opts.output !== undefined ? (opts.color ?? false) : opts.color)
      const framing = frame(format, files.length === 1)
      const { loadFiles, jobsOption } = await import('../load.js')
      const jobs = jobsOption(opts.jobs)
      // the progress line only when the documents do not go to the same terminal
      // each document is written as soon as it is parsed and then dropped: memory stays flat, and no output string
      // grows with the corpus. The output is opened with the first document: when none can be read, nothing is written.
      const { openAtomic, streamSink } = await import('../output.js')
      let sink: Sink | null = null
      try {
        for await (const o of loadFiles(files, io, { encoding, jobs, render: { format, level, lang }, progress: opts.output !== undefined || !io.stdout.isTTY })) {
          if ('error' in o) {
            errors.push(o.error)
            io.stderr.write(`plan: ${o.error.file}: ${o.error.message}\n`)
            continue
          }
          sink ??= opts.output ? await openAtomic(opts.output, io, { force: !!opts.force }) : streamSink(io.stdout)
          await sink.write(framing.piece('text' in o ? o.text : ''))
        }
        if (sink) await sink.write(framing.end())
        await sink?.close()
      } catch (e) {
        await sink?.abort()
        throw e
      }
      // nothing read: nothing on standard output (no "[]" a script would take for an empty corpus), and no file written
      if (!sink) {
        state.exitCode = EXIT.failure
        return
      }
      if (errors.length) state.exitCode = EXIT.failure
    })
}

/**
 * How documents follow each other in the output: JSON Lines one a line; JSON one object for one file named, else an
 * array, written element by element exactly as JSON.stringify(docs, null, 2) would lay it out; outlines a blank line apart.
 */
export function frame(format: ParseFormat, single: boolean): { piece(text: string): string; end(): string } {
  let n = 0
  return {
    piece(text) {
      const first = n++ === 0
      if (format === 'jsonl') return text + '\n'
      if (format === 'outline') return first ? text : '\n' + text
      if (single) return text + '\n'
      // one level deeper inside the array; a newline only ever stands between values (JSON escapes those in strings)
      return (first ? '[\n  ' : ',\n  ') + text.replace(/\n/g, '\n  ')
    },
    end() {
      return format === 'json' && !single && n > 0 ? '\n]\n' : ''
    },
  }
}
