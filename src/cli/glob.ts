// A small glob matcher for operands (`docs/**/*.txt`, `kh-201?.md`, `[0-9]*.txt`): the shell may not have expanded them.
import { readdir } from 'node:fs/promises'
import path from 'node:path'

export function hasMagic(s: string): boolean {
  return /[*?[\]]/.test(s)
}

const compiled = new Map<string, RegExp>()

/**
 * `**` crosses folders, `*` and `?` do not, `[abc]` / `[!abc]` are classes, `{a,b}` alternatives; matched against
 * `/`-separated paths. The one glob dialect of the project: operands and the config's include/exclude.
 */
export function globToRegExp(pattern: string): RegExp {
  const hit = compiled.get(pattern)
  if (hit) return hit
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]
    if (ch === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/'
      re += slash ? '(?:[^/]*/)*' : '.*'
      i += slash ? 2 : 1
    } else if (ch === '*') re += '[^/]*'
    else if (ch === '?') re += '[^/]'
    else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2)
      if (close < 0) re += '\\['
      else {
        let body = pattern.slice(i + 1, close)
        if (body.startsWith('!')) body = '^' + body.slice(1)
        re += `[${body.replace(/\\/g, '\\\\')}]`
        i = close
      }
    } else if (ch === '{' && pattern.indexOf('}', i) > i) {
      const close = pattern.indexOf('}', i)
      re += '(?:' + pattern.slice(i + 1, close).split(',').map((a) => a.replace(/[.+^${}()|[\]\\*?/]/g, '\\$&')).join('|') + ')'
      i = close
    } else re += ch.replace(/[.+^${}()|\\/]/g, '\\$&')
  }
  const out = new RegExp(`^${re}$`, 'u')
  compiled.set(pattern, out)
  return out
}

/** Paths (files and folders) matching `pattern`, relative to `cwd` unless the pattern is absolute; sorted. */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const posix = pattern.split(path.sep).join('/')
  const segments = posix.split('/')
  const firstMagic = segments.findIndex(hasMagic)
  const prefix = segments.slice(0, firstMagic).join('/')
  const base = path.resolve(cwd, prefix || '.')
  const re = globToRegExp(segments.slice(firstMagic).join('/'))
  const deep = posix.includes('**')
  const maxDepth = segments.length - firstMagic
  const out: string[] = []
  const visit = async (dir: string, rel: string, depth: number) => {
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      // hidden entries only when the pattern names them, as shells do
      if ((e.name.startsWith('.') && !posix.includes('/.') && !posix.startsWith('.')) || e.name === 'node_modules') continue
      const r = rel ? `${rel}/${e.name}` : e.name
      if (re.test(r)) out.push(prefix ? `${prefix}/${r}` : r)
      if (e.isDirectory() && (deep || depth < maxDepth)) await visit(path.join(dir, e.name), r, depth + 1)
    }
  }
  await visit(base, '', 1)
  return out.sort()
}
