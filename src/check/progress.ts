// A progress bar on standard error: only on a terminal, and only once the run has lasted a second.
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

export function createProgress(stream: ProgressStream, now: () => number = Date.now, delayMs = 1000): Progress {
  if (!stream.isTTY) return { update() {}, done() {} }
  const start = now()
  let drawn = false
  let last = 0
  return {
    update(done, total) {
      const t = now()
      // redraw at most ten times a second, and always the last step
      if (t - start < delayMs || (t - last < 100 && done < total)) return
      last = t
      drawn = true
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40))
      const filled = total ? Math.round((done / total) * width) : width
      stream.write(`\r\x1b[2Kchecking [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} documents`)
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K')
    },
  }
}
