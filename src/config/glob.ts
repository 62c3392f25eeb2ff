// Just enough glob for include/exclude: *, **, ?, {a,b}; a pattern with no slash matches a file's name at any depth.

const cache = new Map<string, RegExp>()

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob)
  if (re) return re
  const g = glob
  let out = ''
  for (let i = 0; i < g.length; i++) {
    const c = g[i]
    if (c === '*' && g[i + 1] === '*') {
      const slashAfter = g[i + 2] === '/'
      out += slashAfter ? '(?:.*/)?' : '.*'
      i += slashAfter ? 2 : 1
    } else if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else if (c === '{') {
      const end = g.indexOf('}', i)
      if (end < 0) out += '\\{'
      else {
        out += '(?:' + g.slice(i + 1, end).split(',').map(escape).join('|') + ')'
        i = end
      }
    } else out += escape(c)
  }
  re = new RegExp(`^${out}$`, 'u')
  cache.set(glob, re)
  return re
}

function escape(s: string): string {
  return s.replace(/[.+^${}()|[\]\\*?]/g, '\\$&')
}

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
