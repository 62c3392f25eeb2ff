// Output written piece by piece, so that no command holds a whole corpus's output in one string: to standard output
// (waiting while the reader is behind), or to a temporary file beside the target that is renamed over it at the end,
// with the same guarantees as writeAtomic (write.ts): nothing replaced without --force, mode and owner kept, links
// written through, the temporary file removed on failure and when the process is interrupted.
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs'
import { chown, lstat, open, readlink, rename, stat, unlink, type FileHandle } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { kindOf } from '../shared/files.js'
import { lazy } from '../shared/lazy.js'
import { safeText } from '../shared/sanitize.js'
import { UserError, type Io } from './io.js'

/** loaded by the first file written: output to standard output needs no clean-up at exit */
const signalExit = lazy<typeof import('signal-exit')>('signal-exit')

export interface Sink {
  write(s: string): Promise<void>
  /** everything written: the file takes its place */
  close(): Promise<void>
  /** the run failed: the target is left as it was */
  abort(): Promise<void>
}

type Writable = Io['stdout'] & { once?(event: 'drain', fn: () => void): unknown }

/** Standard output: a write that the stream cannot take at once waits for 'drain', so memory stays flat on a slow pipe. */
export function streamSink(stream: Writable): Sink {
  return {
    async write(s) {
      if (stream.write(s) === false && typeof stream.once === 'function') await new Promise<void>((r) => stream.once!('drain', r))
    },
    async close() {},
    async abort() {},
  }
}

/** A sink into `file` (relative to io.cwd): checked and opened now, in place only when closed. */
export async function openAtomic(file: string, io: Io, opts: { force: boolean; onTemp?: (tmp: string) => void }): Promise<Sink> {
  const abs = path.resolve(io.cwd, file)
  const shown = safeText(file)
  const st = await stat(abs).catch(() => null)
  if (st && !opts.force) throw new UserError(`${shown}: already exists (pass --force to replace it)`)
  if (st?.isDirectory()) throw new UserError(`${shown}: is a folder`)
  const failed = (e: unknown) => (e instanceof UserError ? e : new UserError(`${shown}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`))
  if (st && !st.isFile()) {
    // a device (/dev/null, /dev/stdout) is written as it is; a FIFO or socket would block or fail
    if (!st.isCharacterDevice()) throw new UserError(`${shown}: not a regular file (${kindOf(st)}); plan writes only files`)
    const h = await open(abs, 'w').catch((e) => Promise.reject(failed(e)))
    const shut = async () => void (await h.close().catch(() => {}))
    return handleSink(h, failed, shut, shut)
  }
  // a link is written through: to its target, existing or not yet written
  const link = await lstat(abs).catch(() => null)
  const target = link?.isSymbolicLink() ? path.resolve(path.dirname(abs), await readlink(abs)) : abs
  const kept = await stat(target).catch(() => null)
  // node:crypto is loaded here, not at start-up: only a run that writes a file needs it
  const { randomBytes } = await import('node:crypto')
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  let h: FileHandle
  try {
    h = await open(tmp, 'wx', kept ? kept.mode & 0o7777 : 0o666)
  } catch (e) {
    throw failed(e)
  }
  opts.onTemp?.(tmp)
  const removeOnExit = signalExit().onExit(() => {
    try {
      // process exit: only synchronous work runs now
      unlinkSync(tmp)
    } catch {
      // already gone
    }
  })
  return handleSink(
    h,
    failed,
    async () => {
      if (kept) {
        // the mode came with open(); the owner, where permitted (as root)
        await h.chmod(kept.mode & 0o7777).catch(() => {})
        await chown(tmp, kept.uid, kept.gid).catch(() => {})
      }
      await h.sync()
      await h.close()
      await rename(tmp, target)
      removeOnExit()
    },
    async () => {
      await h.close().catch(() => {})
      await unlink(tmp).catch(() => {})
      removeOnExit()
    },
  )
}

function handleSink(h: FileHandle, failed: (e: unknown) => Error, commit: () => Promise<void>, drop: () => Promise<void>): Sink {
  let done = false
  return {
    async write(s) {
      try {
        await h.write(s)
      } catch (e) {
        await this.abort()
        throw failed(e)
      }
    },
    async close() {
      if (done) return
      done = true
      try {
        await commit()
      } catch (e) {
        await drop()
        throw failed(e)
      }
    },
    async abort() {
      if (done) return
      done = true
      await drop()
    },
  }
}

/**
 * Text kept aside to be written later, in order: in memory while small, then in a temporary file (removed from its
 * folder at once where the system allows, so nothing is left behind however the process ends), read back in pieces.
 * `plan check` holds its reports here: a report goes out only when the run has ended, and it may be larger than memory.
 */
export class Spool {
  private parts: string[] = []
  private held = 0
  private fd: number | null = null
  private file: string | null = null
  private written = 0
  private removeOnExit: (() => void) | null = null

  /** `limit`: the characters kept in memory before the text moves to a file */
  constructor(private readonly limit = 4 * 1024 * 1024) {}

  write(s: string): void {
    if (!s) return
    this.parts.push(s)
    this.held += s.length
    if (this.held > (this.fd === null ? this.limit : 1024 * 1024)) this.flush()
  }

  private flush(): void {
    if (!this.parts.length) return
    if (this.fd === null) this.open()
    const bytes = Buffer.from(this.parts.join(''), 'utf8')
    this.parts = []
    this.held = 0
    let off = 0
    while (off < bytes.length) off += writeSync(this.fd!, bytes, off, bytes.length - off, this.written + off)
    this.written += bytes.length
  }

  private open(): void {
    const file = path.join(tmpdir(), `plan-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`)
    // 'wx': a name already taken is an error, never someone else's file written
    this.fd = openSync(file, 'wx+', 0o600)
    try {
      unlinkSync(file)
    } catch {
      // a system that keeps an open file's name: removed at the end, or when the process exits
      this.file = file
      this.removeOnExit = signalExit().onExit(() => {
        try {
          unlinkSync(file)
        } catch {
          // already gone
        }
      })
    }
  }

  /** Everything written, in pieces, in order. */
  *read(): Generator<string> {
    if (this.fd === null) {
      yield* this.parts
      return
    }
    this.flush()
    const utf8 = new TextDecoder()
    const buf = Buffer.alloc(1024 * 1024)
    for (let pos = 0; pos < this.written; ) {
      const n = readSync(this.fd, buf, 0, buf.length, pos)
      if (n <= 0) break
      pos += n
      yield utf8.decode(buf.subarray(0, n), { stream: pos < this.written })
    }
  }

  /** Frees what it holds: the memory, or the file. */
  drop(): void {
    this.parts = []
    this.held = 0
    if (this.fd !== null) closeSync(this.fd)
    if (this.file) {
      try {
        unlinkSync(this.file)
      } catch {
        // already gone
      }
    }
    this.removeOnExit?.()
    this.fd = null
    this.file = null
  }
}
