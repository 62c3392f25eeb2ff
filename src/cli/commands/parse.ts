// `plan parse FILE…`: documents in, typed JSON (or a readable outline) out.
import type { Register } from '../index.js'
import { EXIT, UserError } from '../io.js'

const FORMATS = ['outline', 'json', 'jsonl'] as const

export const registerParse: Register = (program, io, state) => {
  program
    .command('parse')
    .description('parse documents (.txt, .md, .docx, .doc, .pdf, .html, or - for standard input) into typed JSON')
    .argument('<files...>', 'files or folders; - reads standard input')
    .option('-f, --format <format>', `output: ${FORMATS.join(', ')}`, 'outline')
    .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output')
    .option('--force', 'with --output, replace an existing file')
    .option('--encoding <name>', 'read text files in this encoding: utf8, tcvn3, vni or cp1258 (default: detected)')
    .option('--color', 'colour the outline even when not on a terminal')
    .option('--no-color', 'never colour the outline')
    .action(async (operands: string[], opts: { format: string; output?: string; force?: boolean; color?: boolean; encoding?: string }) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UserError(`unknown --format "${opts.format}" (one of ${FORMATS.join(', ')})`)
      const { encodingOption, expandOperands, loadDocument, isInputError } = await import('../inputs.js')
      const encoding = encodingOption(opts.encoding)
      const { files, errors } = await expandOperands(operands, io)
      const docs = []
      for (const e of errors) io.stderr.write(`plan: ${e.file}: ${e.message}\n`)
      for (const f of files) {
        const d = await loadDocument(f, io, { encoding })
        if (isInputError(d)) {
          errors.push(d)
          io.stderr.write(`plan: ${d.file}: ${d.message}\n`)
        } else docs.push(d)
      }
      let out: string
      if (opts.format === 'json') out = docs.length === 1 && files.length === 1 ? JSON.stringify(docs[0], null, 2) + '\n' : JSON.stringify(docs, null, 2) + '\n'
      else if (opts.format === 'jsonl') out = docs.map((d) => JSON.stringify(d) + '\n').join('')
      else {
        const { renderOutline } = await import('../outline.js')
        const { colorLevel } = await import('../color.js')
        out = docs.map((d) => renderOutline(d, colorLevel(io, opts.color))).join('\n')
      }
      if (opts.output) {
        const { writeAtomic } = await import('../write.js')
        await writeAtomic(opts.output, out, io, { force: !!opts.force })
      } else io.stdout.write(out)
      if (errors.length) state.exitCode = EXIT.failure
    })
}
