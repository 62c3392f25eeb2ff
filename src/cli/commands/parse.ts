// `plan parse FILE…`: documents in, typed JSON (or a readable outline) out.
import type { Register } from '../index.js'
import { EXIT, UserError } from '../io.js'

const FORMATS = ['outline', 'json', 'jsonl'] as const
type ParseFormat = (typeof FORMATS)[number]

interface ParseOpts {
  format?: string
  output?: string
  force?: boolean
  color?: boolean
  encoding?: string
  lang?: string
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
    .option('--color', 'colour the outline even when not on a terminal')
    .option('--no-color', 'never colour the outline')
    .action(async (operands: string[], opts: ParseOpts) => {
      const format = parseFormat(opts)
      const { langOption } = await import('./options.js')
      const lang = langOption(opts.lang)
      const { encodingOption, expandOperands, loadDocument, isInputError } = await import('../inputs.js')
      const encoding = encodingOption(opts.encoding)
      const { files, errors } = await expandOperands(operands, io)
      for (const e of errors) io.stderr.write(`plan: ${e.file}: ${e.message}\n`)
      if (!files.length && !errors.length) throw new UserError(`no documents found in ${operands.join(' ')}`)
      const docs = []
      for (const f of files) {
        const d = await loadDocument(f, io, { encoding })
        if (isInputError(d)) {
          errors.push(d)
          io.stderr.write(`plan: ${d.file}: ${d.message}\n`)
        } else docs.push(d)
      }
      // nothing read: nothing on standard output (no "[]" a script would take for an empty corpus), and no file written
      if (!docs.length) {
        state.exitCode = EXIT.failure
        return
      }
      let out: string
      if (format === 'json') out = docs.length === 1 && files.length === 1 ? JSON.stringify(docs[0], null, 2) + '\n' : JSON.stringify(docs, null, 2) + '\n'
      else if (format === 'jsonl') out = docs.map((d) => JSON.stringify(d) + '\n').join('')
      else {
        const { renderOutline } = await import('../outline.js')
        const { colorLevel } = await import('../../shared/color.js')
        // a file gets no colour unless --color asks for it
        const level = colorLevel(io, opts.output !== undefined ? (opts.color ?? false) : opts.color)
        out = docs.map((d) => renderOutline(d, level, lang)).join('\n')
      }
      if (opts.output) {
        const { writeAtomic } = await import('../write.js')
        await writeAtomic(opts.output, out, io, { force: !!opts.force })
      } else io.stdout.write(out)
      if (errors.length) state.exitCode = EXIT.failure
    })
}
