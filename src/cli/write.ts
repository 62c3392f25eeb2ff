// Atomic writes: a temporary file beside the target, then a rename; an existing file is replaced only when asked.
import { access, rename, writeFile, unlink } from 'node:fs/promises'
import path from 'node:path'
import { UserError, type Io } from './io.js'

export async function writeAtomic(file: string, content: string, io: Io, opts: { force: boolean }): Promise<void> {
  const abs = path.resolve(io.cwd, file)
  if (!opts.force && (await exists(abs))) throw new UserError(`${file}: already exists (pass --force to replace it)`)
  const tmp = `${abs}.${process.pid}.${Date.now()}.tmp`
  try {
    await writeFile(tmp, content, 'utf8')
    await rename(tmp, abs)
  } catch (e) {
    await unlink(tmp).catch(() => {})
    throw new UserError(`${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await access(p)
    return true
  } catch {
    return false
  }
}
