// Colour is decided once, here (chalk does not honour NO_COLOR by itself), and passed down as a level.
import type { Io } from './io.js'

export type ColorLevel = 0 | 1

/** NO_COLOR wins, then FORCE_COLOR, then an explicit --color/--no-color, then whether stdout is a terminal. */
export function colorLevel(io: Io, flag?: boolean): ColorLevel {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0
  if (flag === false) return 0
  if (flag === true) return 1
  const force = io.env.FORCE_COLOR
  if (force !== undefined) return force === '0' || force === 'false' ? 0 : 1
  return io.stdout.isTTY ? 1 : 0
}
