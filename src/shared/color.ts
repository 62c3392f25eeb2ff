// Colour is decided once, here, and passed down as a level: Node's own terminal detection (`hasColors`, which chalk's
// detection matches) applied to the Io's stream and environment, so tests decide it through Io.
import tty from 'node:tty'

/** The part of a command's Io that decides colour. */
export interface ColorIo {
  env: Record<string, string | undefined>
  stdout: { isTTY?: boolean; hasColors?(env?: object): boolean }
}

export type ColorLevel = 0 | 1

/**
 * --color / --no-color first (a person's own flag wins over NO_COLOR, as no-color.org says), then FORCE_COLOR
 * (0 or false: none), then: no colour unless standard output is a terminal that has colours. A terminal has none
 * when NO_COLOR is set (and not empty), TERM is dumb, or TERM names no colour terminal.
 */
export function colorLevel(io: ColorIo, flag?: boolean): ColorLevel {
  if (flag !== undefined) return flag ? 1 : 0
  const { FORCE_COLOR: force, NO_COLOR: noColor, ...env } = io.env
  if (force !== undefined) return force === '0' || force.toLowerCase() === 'false' ? 0 : 1
  if (!io.stdout.isTTY) return 0
  // an empty NO_COLOR means nothing (no-color.org), though Node's detection would take it as set
  const seen = noColor ? { ...env, NO_COLOR: noColor } : env
  const hasColors = io.stdout.hasColors ?? tty.WriteStream.prototype.hasColors
  return hasColors.call(io.stdout, seen) ? 1 : 0
}
