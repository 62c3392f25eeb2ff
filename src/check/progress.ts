// A progress bar on standard error: only on a terminal, and only once the run has lasted a second. Erased at the end,
// and also when the run is interrupted (Ctrl-C) or exits early, so the shell prompt does not land after a half bar.
import { lazy } from '../shared/lazy.js'

/** loaded when a bar is first drawn: most runs draw none */
const signalExit = lazy<typeof import('signal-exit')>('signal-exit')

export interface ProgressStream {
  write(s: string): unknown
  isTTY?: boolean
  columns?: number
}

export interface Progress {
  update(done: number, total: number): void
  /** erases the bar, if one was drawn */
  done(): void
}

export interface ProgressOptions {
  /** the word before the bar: "checking" (plan check), "reading" (the queries) */
  label?: string
  /** registers the eraser for an interrupted run; returns its remover (default: signal-exit, which re-raises the signal) */
  onInterrupt?: (erase: () => void) => () => void
}

const ERASE = '\r\x1b[2K'

export function createProgress(stream: ProgressStream, now: () => number = Date.now, delayMs = 1000, opts: ProgressOptions = {}): Progress {
  if (!stream.isTTY) return { update() {}, done() {} }
  const label = opts.label ?? 'checking'
  const start = now()
  let drawn = false
  let last = 0
  let remove: (() => void) | null = null
  const erase = () => {
    if (drawn) stream.write(ERASE)
    drawn = false
  }
  return {
    update(done, total) {
      const t = now()
      // redraw at most ten times a second, and always the last step
      if (t - start < delayMs || (t - last < 100 && done < total)) return
      last = t
      // at exit a terminal's stderr is written synchronously, so the eraser still reaches it
      remove ??= (opts.onInterrupt ?? ((fn) => signalExit().onExit(fn)))(erase)
      drawn = true
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40))
      const filled = total ? Math.round((done / total) * width) : width
      stream.write(`${ERASE}${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} documents`)
    },
    done() {
      erase()
      remove?.()
      remove = null
    },
  }
}
