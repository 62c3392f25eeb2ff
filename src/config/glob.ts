// include/exclude and --ignore-pattern: the operands' glob dialect (one matcher, linear in the name); a pattern with no
// slash matches a file's name at any depth; `!pattern` takes back what the patterns before it matched.
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

/**
 * A list of globs read in order, the last that matches deciding, as in .gitignore: `pat` puts a file in, `!pat` takes
 * it back out. `start` is the answer before any pattern matches.
 */
export function matchesList(rel: string, globs: readonly string[], start = false): boolean {
  let inList = start
  for (const g of globs) {
    const negated = g.startsWith('!')
    if (inList === !negated) continue
    if (matchesGlob(rel, negated ? g.slice(1) : g)) inList = !negated
  }
  return inList
}

/**
 * Kept when include takes it in (or there are none) and exclude does not take it out. An include list of negations
 * only (`["!drafts/**"]`) keeps everything else; an exclude list starting with a negation excludes nothing it names.
 */
export function selected(rel: string, include: readonly string[] | undefined, exclude: readonly string[] | undefined): boolean {
  if (include?.length && !matchesList(rel, include, include.every((g) => g.startsWith('!')))) return false
  return !matchesList(rel, exclude ?? [])
}

/** Why a pattern cannot be used (`!` alone, a backwards range), or null. */
export function globProblem(glob: string): string | null {
  const g = glob.startsWith('!') ? glob.slice(1) : glob
  if (!g) return 'a "!" needs a pattern after it'
  try {
    matchesGlob('', g)
    return null
  } catch (e) {
    if (e instanceof GlobError) return e.message
    throw e
  }
}

/** The first include/exclude/overrides pattern that cannot be used, as `"g": why (at include.2)`; null when all can. */
export function badGlob(config: { include?: string[]; exclude?: string[]; overrides?: { files: string[] }[] }): string | null {
  const lists: [string, string[]][] = [
    ['include', config.include ?? []],
    ['exclude', config.exclude ?? []],
    ...(config.overrides ?? []).map((o, i): [string, string[]] => [`overrides.${i}.files`, o.files]),
  ]
  for (const [key, globs] of lists) {
    for (const [i, g] of globs.entries()) {
      const why = globProblem(g)
      if (why) return `"${g}": ${why} (at ${key}.${i})`
    }
  }
  return null
}
