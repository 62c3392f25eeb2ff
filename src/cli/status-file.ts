// The status file on disk: read with the documents' decoder, and `--init-status` rewritten under a lock so that two
// runs at once both keep their rows. Nothing is written unless the file could be read for certain.
import { open, readFile, realpath, stat, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import path from 'node:path'
import { decodeStatus, mergeStatusBytes, StatusFileError, statusFormatOf } from '../query/status.js'
import type { TaskRow } from '../query/rows.js'
import { UserError, type Io } from './io.js'
import { safeText } from '../shared/sanitize.js'
import { FileReadError, readRegularFile } from '../shared/files.js'
import { writeAtomic } from './write.js'

/** The decoded text of a status file (`--status`); a one-line UserError when it cannot be read for certain. */
export async function readStatusText(file: string, io: Io): Promise<string> {
  const shown = safeText(file)
  const bytes = await readRegular(path.resolve(io.cwd, file), shown)
  if (bytes === null) throw new UserError(`${shown}: no such file (write a starter with --init-status ${shown})`)
  try {
    return decodeStatus(bytes, statusFormatOf(file)).text
  } catch (e) {
    if (e instanceof StatusFileError) throw new UserError(`${shown}: ${e.message}`)
    throw e
  }
}

/** A status file is a list of tasks: far below this. */
const MAX_STATUS_BYTES = 64 * 1024 * 1024

export interface LockOptions {
  /** how long to wait for another run's lock; default 10 s */
  waitMs?: number
  /** a lock older than this is stale whoever holds it; default 10 minutes */
  staleMs?: number
}

/**
 * `--init-status`: a row for every task not yet in the file, inserted into the file's own bytes. Under an exclusive
 * lock file (`FILE.lock`) beside it, and read again just before the write: a run that started at the same time
 * merges into what the other wrote instead of replacing it. Returns the counts; a UserError (exit 2) leaves the file
 * as it was.
 */
export async function initStatusFile(file: string, rows: TaskRow[], io: Io, opts: LockOptions = {}): Promise<{ added: number; kept: number }> {
  const shown = safeText(file)
  const abs = path.resolve(io.cwd, file)
  // the lock belongs to the file written, which is the target of a link
  const real = await realpath(abs).catch(() => abs)
  const release = await lock(real, shown, opts)
  try {
    for (let attempt = 0; ; attempt++) {
      const existing = await readRegular(real, shown)
      let merged
      try {
        merged = mergeStatusBytes(existing, statusFormatOf(file), rows)
      } catch (e) {
        if (e instanceof StatusFileError) throw new UserError(`${shown}: not rewritten: ${e.message}`)
        throw e
      }
      if (existing !== null && merged.added === 0) return { added: 0, kept: merged.kept }
      // a writer that ignores the lock (an editor, an older plan) changed the file meanwhile: merge again
      const again = await readRegular(real, shown)
      if (!sameBytes(existing, again) && attempt < 5) continue
      await writeAtomic(file, merged.bytes, io, { force: true })
      return { added: merged.added, kept: merged.kept }
    }
  } finally {
    await release()
  }
}

function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  return a === null || b === null ? a === b : Buffer.from(a).equals(Buffer.from(b))
}

/** The bytes of a regular file, null when there is none; a FIFO or device is refused without waiting on it. */
async function readRegular(abs: string, shown: string): Promise<Buffer | null> {
  try {
    return await readRegularFile(abs, MAX_STATUS_BYTES)
  } catch (e) {
    if (!(e instanceof FileReadError)) throw e
    if (e.code === 'ENOENT') return null
    throw new UserError(`${shown}: ${e.code === 'too-large' ? `too large for a status file (over ${MAX_STATUS_BYTES / 1024 / 1024} MiB)` : e.message}`)
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Takes `FILE.lock` (created exclusively, holding "pid host time token"); waits while another live run holds it.
 * A lock whose process is gone (same host), or older than staleMs, is stale and taken over.
 */
export async function lock(real: string, shown: string, opts: LockOptions = {}): Promise<() => Promise<void>> {
  const lockPath = `${real}.lock`
  const { randomBytes } = await import('node:crypto')
  const token = `${process.pid} ${hostname()} ${Date.now()} ${randomBytes(6).toString('hex')}`
  const deadline = Date.now() + (opts.waitMs ?? 10_000)
  const staleMs = opts.staleMs ?? 10 * 60_000
  for (let wait = 10; ; wait = Math.min(wait * 2, 200)) {
    try {
      const fh = await open(lockPath, 'wx', 0o644)
      await fh.writeFile(token)
      await fh.close()
      return async () => {
        // only our own lock is removed: a run that judged it stale may have taken over
        if ((await readFile(lockPath, 'utf8').catch(() => '')) === token) await unlink(lockPath).catch(() => {})
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code !== 'EEXIST') throw new UserError(`${shown}: cannot create the lock file ${safeText(path.basename(lockPath))} (${code ?? 'error'})`)
    }
    const held = await readFile(lockPath, 'utf8').catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : ''))
    if (held === null) continue // released meanwhile
    const age = Date.now() - ((await stat(lockPath).catch(() => null))?.mtimeMs ?? Date.now())
    // removed only if it is still the stale one read above
    if (isStale(held, age, staleMs) && (await readFile(lockPath, 'utf8').catch(() => null)) === held && (await unlink(lockPath).then(() => true, () => false))) continue
    if (Date.now() >= deadline) {
      const pid = held.split(' ')[0] || 'unknown'
      throw new UserError(`${shown}: another plan run is updating it (process ${safeText(pid)} holds ${safeText(path.basename(lockPath))}); try again, or delete the lock file if no plan is running`)
    }
    await sleep(wait)
  }
}

function isStale(held: string, ageMs: number, staleMs: number): boolean {
  if (ageMs > staleMs) return true
  const [pid, host] = held.split(' ')
  // still being written by its owner: not stale yet
  if (!pid || host === undefined) return ageMs > 2000
  if (host !== hostname() || !/^\d+$/.test(pid)) return false
  try {
    process.kill(Number(pid), 0)
    return false
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH'
  }
}
