// Rule unreadable: a file that could not be read, decoded or parsed; it becomes one finding and the other files go on.
import { CESU8, DecodeError } from '../../core/read/decode.js'
import { ReadError } from '../../core/read/types.js'
import type { Hit, RuleInfo } from '../types.js'

export const unreadable: RuleInfo = {
  id: 'unreadable',
  description: 'the file could not be read or decoded (empty, binary, corrupt, password-protected, a PDF without text, too large, or text in no encoding we recognise) or the parser failed',
  defaultSetting: 'error',
}

/** The one hit for a file that failed before any other rule could look at it; says which failure. */
export function unreadableHit(e: unknown, stage: 'read' | 'decode' | 'parse'): Hit {
  if (e instanceof ReadError && e.code !== 'invalid-utf8' && e.code !== 'binary') return { line: e.line ?? 1, column: 1, message: e.message }
  if (e instanceof DecodeError || e instanceof ReadError) {
    const message =
      e.code === 'invalid-utf8' && e.message === CESU8
        ? CESU8
        : e.code === 'invalid-utf8'
        ? 'not valid UTF-8, and not recognisably TCVN3, VNI or Windows-1258 either (try --encoding, or save the file as UTF-8)'
        : e.code === 'binary'
          ? 'binary file: a NUL byte, not a text document'
          : e.message
    return { line: e.line ?? 1, column: 1, message }
  }
  const err = e as NodeJS.ErrnoException
  if (stage === 'read') return { line: 1, column: 1, message: `cannot read the file (${err?.code ?? 'error'})` }
  const first = String(err?.message ?? e).split('\n')[0]
  return { line: 1, column: 1, message: `${stage} failed: ${first}` }
}
