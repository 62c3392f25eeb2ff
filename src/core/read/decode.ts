// Stage 1, decode: bytes to text. UTF-8 (with or without BOM) and UTF-16 with a BOM; anything else is refused with a reason.

export type DecodeNote = 'bom' | 'utf16le' | 'utf16be'

export interface Decoded {
  text: string
  notes: DecodeNote[]
}

/** Why the bytes are not a text document; `line` where the bad byte sits. */
export class DecodeError extends Error {
  constructor(
    readonly code: 'empty' | 'binary' | 'invalid-utf8',
    message: string,
    readonly line: number | null = null,
  ) {
    super(message)
  }
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty', 'empty file')
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), notes: ['utf16le'] }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), notes: ['utf16be'] }
  const notes: DecodeNote[] = []
  let body = bytes
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3)
    notes.push('bom')
  }
  const nul = body.indexOf(0)
  if (nul >= 0) throw new DecodeError('binary', 'binary file (NUL byte), not a text document', lineAt(body, nul))
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body)
    if (text.trim() === '') throw new DecodeError('empty', 'empty file (only white space)')
    return { text, notes }
  } catch (e) {
    if (e instanceof DecodeError) throw e
    const at = firstInvalidUtf8(body)
    // the offset of the decoder's own complaint; a line is named only when it is inside the file
    const line = at < body.length ? lineAt(body, at) : null
    if (isCesu8At(body, at)) throw new DecodeError('invalid-utf8', CESU8, line)
    throw new DecodeError('invalid-utf8', 'not valid UTF-8 (a legacy encoding such as TCVN3 or Windows-1258?)', line)
  }
}

export const CESU8 = 'not valid UTF-8: a character outside the BMP (an emoji, a rare Hán character) written as two surrogates (CESU-8, as some databases and Java tools write it); save it as UTF-8'

/** A surrogate half encoded as UTF-8 (ED A0..BF ..) at `at`, followed by the other half: CESU-8 rather than a legacy encoding. */
function isCesu8At(b: Uint8Array, at: number): boolean {
  return b[at] === 0xed && b[at + 1] >= 0xa0 && b[at + 1] <= 0xbf && b[at + 3] === 0xed && b[at + 4] >= 0xa0 && b[at + 4] <= 0xbf
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++
  return line
}

/**
 * Offset of the first byte that does not start or continue a valid UTF-8 sequence, as strict as the decoder: an
 * overlong form (E0 80, F0 80), a surrogate (ED A0: CESU-8 writes 😀 as two of them) or a code point past U+10FFFF
 * (F4 90) is invalid where it starts, not reported at the end of the file.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0
  while (i < b.length) {
    const c = b[i]
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1
    if (n < 0) return i
    // the second byte's range narrows after E0, ED, F0 and F4 (RFC 3629)
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf
    if (n > 0 && (i + 1 >= b.length || b[i + 1] < lo || b[i + 1] > hi)) return i
    for (let k = 2; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i
    i += n + 1
  }
  return b.length
}
