// Reading input files without hanging: only regular files are read, a FIFO or device is refused before a byte is
// waited for, and a file over the limit is refused from its size, not after reading it.
import { constants, type Stats } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'

/** What a path that is not a regular file is, for a message. */
export function kindOf(st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isDirectory(): boolean }): string {
  if (st.isDirectory()) return 'a folder'
  if (st.isFIFO()) return 'a FIFO'
  if (st.isSocket()) return 'a socket'
  if (st.isCharacterDevice()) return 'a character device'
  if (st.isBlockDevice()) return 'a block device'
  return 'a special file'
}

/** A file that was not read: `code` an errno code, or 'special' / 'too-large' with `message` saying what it is. */
export class FileReadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly size: number | null = null,
  ) {
    super(message)
  }
}

/**
 * A regular file opened without blocking (a FIFO with no writer would wait forever) and checked on the open
 * descriptor, so a file swapped for a FIFO after a walk saw it is refused too. The caller closes it.
 */
async function openRegular(abs: string): Promise<{ fh: FileHandle; st: Stats }> {
  let fh: FileHandle
  try {
    fh = await open(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error'
    throw new FileReadError(code, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : `cannot read (${code})`)
  }
  try {
    const st = await fh.stat()
    if (st.isDirectory()) throw new FileReadError('EISDIR', 'is a folder')
    if (!st.isFile()) throw new FileReadError('special', `not a regular file (${kindOf(st)}); only files are read`)
    return { fh, st }
  } catch (e) {
    await fh.close()
    throw e
  }
}

/**
 * The bytes of a regular file of at most `maxBytes`. Opened without blocking (a FIFO with no writer would wait forever)
 * and checked on the open descriptor, so a file swapped for a FIFO after a walk saw it is refused too; read to at
 * most `maxBytes` + 1 bytes whatever its size says (a file in /proc says 0, a growing log says less).
 */
export async function readRegularFile(abs: string, maxBytes: number): Promise<Buffer> {
  const { fh, st } = await openRegular(abs)
  try {
    if (st.size > maxBytes) throw new FileReadError('too-large', 'too large', st.size)
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(Math.max(st.size - total + 1, 1 << 16), 1 << 20, maxBytes + 1 - total))
      const { bytesRead } = await fh.read(buf, 0, buf.length, null)
      if (bytesRead === 0) break
      chunks.push(buf.subarray(0, bytesRead))
      total += bytesRead
      if (total > maxBytes) throw new FileReadError('too-large', 'too large', total)
    }
    return Buffer.concat(chunks, total)
  } catch (e) {
    if (e instanceof FileReadError) throw e
    const code = (e as NodeJS.ErrnoException).code ?? 'error'
    throw new FileReadError(code, code === 'EISDIR' ? 'is a folder' : `cannot read (${code})`)
  } finally {
    await fh.close().catch(() => {})
  }
}

/**
 * What a text file's bytes are when they are in an encoding plan does not read, said plainly: UTF-32 (its BOM would
 * otherwise be taken for UTF-16's), UTF-16 without a BOM (otherwise "binary file"). Null for anything else, and for the
 * binary formats (.docx, .doc, .pdf), which are theirs to judge.
 */
export function textEncodingProblem(bytes: Uint8Array, name: string): string | null {
  if (/\.(docx|doc|pdf)$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf) || (bytes[0] === 0x25 && bytes[1] === 0x50)) return null
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    return `UTF-32 ${bytes[0] === 0xff ? 'LE' : 'BE'} text, which plan does not read: save it as UTF-8`
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null
  const n = Math.min(bytes.length, 4096) & ~1
  // a few bytes tell nothing: "A\n\n\0" is a binary file, not UTF-16
  if (n < 32) return null
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++
    if (bytes[i + 1] === 0) oddZero++
  }
  const pairs = n / 2
  // ASCII and most Vietnamese in UTF-16: one byte of each pair is zero, the other never
  if (oddZero >= pairs * 0.3 && evenZero <= pairs * 0.05) return 'UTF-16 LE text without a byte order mark (BOM): save it as UTF-8, or as UTF-16 with a BOM'
  if (evenZero >= pairs * 0.3 && oddZero <= pairs * 0.05) return 'UTF-16 BE text without a byte order mark (BOM): save it as UTF-8, or as UTF-16 with a BOM'
  return null
}

/**
 * The bytes of a regular file as they are read, in chunks: for files read as a stream (saved JSON Lines), which have
 * no size limit. The same checks as readRegularFile: a FIFO or a device is refused before a byte is waited for.
 */
export async function* regularFileChunks(abs: string, chunkBytes = 1 << 20): AsyncGenerator<Buffer> {
  const { fh, st } = await openRegular(abs)
  try {
    for (;;) {
      // a fresh buffer each time: the consumer may keep a slice of the last one
      const buf = Buffer.allocUnsafe(chunkBytes)
      let bytesRead
      try {
        ;({ bytesRead } = await fh.read(buf, 0, buf.length, null))
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? 'error'
        throw new FileReadError(code, code === 'EISDIR' ? 'is a folder' : `cannot read (${code})`)
      }
      if (bytesRead === 0) return
      yield buf.subarray(0, bytesRead)
    }
  } finally {
    await fh.close().catch(() => {})
  }
}
