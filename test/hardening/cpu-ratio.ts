// Work measured as a ratio of processor times in one run, never as a time: shared by the linear-time tests.

/**
 * The least time of several runs of `small` and of `large`, taken in turns so that a busy moment of the machine
 * falls on both: the ratio of the two is what is asserted, never a time.
 */
export function ratio(small: () => void, large: () => void, runs = 3): number {
  let a = Infinity
  let b = Infinity
  // processor time of this process, not the wall clock: other processes on the machine do not count
  const cpu = (f: () => void) => {
    const t = process.cpuUsage()
    f()
    const d = process.cpuUsage(t)
    return (d.user + d.system) / 1000
  }
  small()
  for (let i = 0; i < runs; i++) {
    a = Math.min(a, cpu(small))
    b = Math.min(b, cpu(large))
  }
  return b / Math.max(a, 0.05)
}
