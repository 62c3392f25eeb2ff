// Atomic writes (write-file-atomic): a temporary file beside the target, then a rename. The target keeps its mode and,
// where permitted, its owner; a symbolic link is written through to its target, not replaced; the temporary file is
// removed when the process is interrupted (SIGINT, SIGTERM, SIGHUP). An existing file is replaced only when asked.
import { lstat, readlink, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { UserError, type Io } from './io.js'
import { kindOf } from '../shared/files.js'
import { safeText } from '../shared/sanitize.js'

export interface WriteOptions {
  force: boolean
  /** called with the temporary file's path once it exists (tests) */
  onTemp?: (tmp: string) => void
}

export async function writeAtomic(file: string, content: string | Uint8Array, io: Io, opts: WriteOptions): Promise<void> {
  const abs = path.resolve(io.cwd, file)
  const shown = safeText(file)
  const st = await stat(abs).catch(() => null)
  if (st && !opts.force) throw new UserError(`${shown}: already exists (pass --force to replace it)`)
  if (st?.isDirectory()) throw new UserError(`${shown}: is a folder`)
  const data = typeof content === 'string' ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength)
  try {
    if (st && !st.isFile()) {
      // a device (/dev/null, /dev/stdout) is written as it is; a FIFO or socket would block or fail
      if (!st.isCharacterDevice()) throw new UserError(`${shown}: not a regular file (${kindOf(st)}); plan writes only files`)
      await writeFile(abs, data)
      return
    }
    // write-file-atomic writes through a link to an existing file; a link to one not yet written is followed here
    const link = st ? null : await lstat(abs).catch(() => null)
    const target = link?.isSymbolicLink() ? path.resolve(path.dirname(abs), await readlink(abs)) : abs
    // loaded here, not at start-up: a run that writes to standard output never needs it
    const { default: writeFileAtomic } = await import('write-file-atomic')
    await writeFileAtomic(target, data, { encoding: 'utf8', tmpfileCreated: opts.onTemp })
  } catch (e) {
    if (e instanceof UserError) throw e
    throw new UserError(`${shown}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}
