// include/exclude: the operands' glob dialect; a pattern with no slash matches a file's name at any depth.
import { globToRegExp } from '../cli/glob.js'

export { globToRegExp }

/** `rel` uses forward slashes, relative to the folder the globs belong to. */
export function matchesGlob(rel: string, glob: string): boolean {
  let g = glob.replace(/^\.\//, '')
  const folder = g.endsWith('/')
  if (folder) g = g.slice(0, -1)
  const anchored = g.includes('/')
  // "drafts/" is a folder anywhere, like in .gitignore
  if (folder) return globToRegExp(`${anchored ? '' : '**/'}${g}/**`).test(rel)
  if (!anchored) return globToRegExp(g).test(rel.slice(rel.lastIndexOf('/') + 1))
  return globToRegExp(g).test(rel)
}

/** Kept when it matches an include (or there are none) and no exclude. */
export function selected(rel: string, include: string[] | undefined, exclude: string[] | undefined): boolean {
  if (include?.length && !include.some((g) => matchesGlob(rel, g))) return false
  return !(exclude ?? []).some((g) => matchesGlob(rel, g))
}
