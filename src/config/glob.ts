// include/exclude: the operands' glob dialect (one matcher, linear in the name); a pattern with no slash matches a
// file's name at any depth.
import { GlobError, globMatcher, globToRegExp } from '../shared/glob.js'

export { GlobError, globMatcher, globToRegExp }

/** `rel` uses forward slashes, relative to the folder the globs belong to. */
export function matchesGlob(rel: string, glob: string): boolean {
  let g = glob.replace(/^\.\//, '')
  const folder = g.endsWith('/')
  if (folder) g = g.slice(0, -1)
  const anchored = g.includes('/')
  // "drafts/" is a folder anywhere, like in .gitignore
  if (folder) return globMatcher(`${anchored ? '' : '**/'}${g}/**`)(rel)
  if (!anchored) return globMatcher(g)(rel.slice(rel.lastIndexOf('/') + 1))
  return globMatcher(g)(rel)
}

/** Kept when it matches an include (or there are none) and no exclude. */
export function selected(rel: string, include: string[] | undefined, exclude: string[] | undefined): boolean {
  if (include?.length && !include.some((g) => matchesGlob(rel, g))) return false
  return !(exclude ?? []).some((g) => matchesGlob(rel, g))
}

/** The first include/exclude pattern that cannot be used, as `include.2: why`; null when all can. */
export function badGlob(config: { include?: string[]; exclude?: string[] }): string | null {
  for (const key of ['include', 'exclude'] as const) {
    for (const [i, g] of (config[key] ?? []).entries()) {
      try {
        matchesGlob('', g)
      } catch (e) {
        if (e instanceof GlobError) return `"${g}": ${e.message} (at ${key}.${i})`
        throw e
      }
    }
  }
  return null
}
