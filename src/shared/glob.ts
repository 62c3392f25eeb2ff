// The one glob dialect of the project, for operands (`docs/**/*.txt`, `kh-201?.md`, `[0-9]*.txt`: the shell may not
// have expanded them) and the config's include/exclude. Matching runs the pattern as a set of states over the name,
// one step per character and state: time is linear in the name, whatever the stars (`*a*a*a*a*a*a*a*a*b`, `**/`
// ten times). A backtracking regular expression, ours or picomatch's, takes seconds to minutes on those.
import { readdir } from 'node:fs/promises'
import path from 'node:path'

export function hasMagic(s: string): boolean {
  return /[*?[\]]/.test(s)
}

/** A pattern that cannot be used; its message says why, for a one-line usage error. */
export class GlobError extends Error {}

type Token =
  | { t: 'char'; c: string }
  /** ? : one character, not a slash */
  | { t: 'one' }
  | { t: 'class'; ranges: Array<[number, number]>; negated: boolean }
  /** * : any run of characters within one folder name */
  | { t: 'star' }
  /** ** not as a whole segment: any run of characters, slashes included */
  | { t: 'any' }
  /** `**` + `/`: any number of whole folders, none included */
  | { t: 'folders' }

/** Most alternatives `{a,b}` may expand to. */
const MAX_ALTERNATIVES = 1024
/** Longest pattern accepted. */
const MAX_PATTERN = 4096

/** Work done by matching, in state steps: tests assert it grows linearly with the name. */
export const globWork = { steps: 0 }

const compiled = new Map<string, (s: string) => boolean>()

/**
 * `**` crosses folders, `*` and `?` do not, `[abc]` / `[a-z]` / `[!abc]` / `[^abc]` are classes, `{a,b}`
 * alternatives, `\` makes the next character literal; matched against `/`-separated paths. Throws a GlobError for a
 * pattern that cannot mean anything (a backwards range such as `[z-a]`, too many alternatives).
 */
export function globMatcher(pattern: string): (s: string) => boolean {
  const hit = compiled.get(pattern)
  if (hit) return hit
  if (pattern.length > MAX_PATTERN) throw new GlobError(`pattern too long (${pattern.length} characters; at most ${MAX_PATTERN})`)
  const programs = expandBraces(pattern).map(tokenize)
  const out = (s: string) => programs.some((p) => run(p, s))
  compiled.set(pattern, out)
  return out
}

/** `{ test }` as a RegExp would have it, for callers of the former regex-based matcher. */
export function globToRegExp(pattern: string): { test(s: string): boolean } {
  const m = globMatcher(pattern)
  return { test: m }
}

/** Splits top-level `{a,b}` groups into whole alternative patterns (nested groups too); an unclosed `{` is literal. */
function expandBraces(pattern: string): string[] {
  let open = -1
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]
    if (ch === '\\') i++
    else if (ch === '[') i = classEnd(pattern, i)
    else if (ch === '{') {
      open = i
      break
    }
  }
  if (open < 0) return [pattern]
  // the matching close, and the commas at this level
  const commas: number[] = []
  let depth = 0
  let close = -1
  for (let i = open; i < pattern.length && close < 0; i++) {
    const ch = pattern[i]
    if (ch === '\\') i++
    else if (ch === '[') i = classEnd(pattern, i)
    else if (ch === '{') depth++
    else if (ch === '}' && --depth === 0) close = i
    else if (ch === ',' && depth === 1) commas.push(i)
  }
  if (close < 0) {
    // no close: the brace is a literal character, the rest may still hold groups
    return expandBraces(pattern.slice(open + 1)).map((rest) => pattern.slice(0, open) + '\\{' + rest)
  }
  const bounds = [open, ...commas, close]
  const head = pattern.slice(0, open)
  const tails = expandBraces(pattern.slice(close + 1))
  const out: string[] = []
  for (let k = 0; k < bounds.length - 1; k++) {
    for (const mid of expandBraces(pattern.slice(bounds[k] + 1, bounds[k + 1]))) {
      for (const tail of tails) {
        out.push(head + mid + tail)
        if (out.length > MAX_ALTERNATIVES) throw new GlobError(`too many alternatives in {…} (more than ${MAX_ALTERNATIVES})`)
      }
    }
  }
  return out
}

/** Index of the `]` closing the class opened at `i`, or `i` when it is not closed (then `[` is literal). */
function classEnd(p: string, i: number): number {
  let j = i + 1
  if (p[j] === '!' || p[j] === '^') j++
  if (p[j] === ']') j++
  for (; j < p.length; j++) {
    if (p[j] === '\\') j++
    else if (p[j] === ']') return j
  }
  return i
}

function tokenize(p: string): Token[] {
  const out: Token[] = []
  const chars = Array.from(p)
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]
    if (ch === '\\' && i + 1 < chars.length) out.push({ t: 'char', c: chars[++i] })
    else if (ch === '*') {
      let n = 1
      while (chars[i + 1] === '*') (n++, i++)
      // "**/" crosses any number of folders (none included): "a/**/b" is a/b, a/x/b, a/x/y/b
      if (n >= 2 && chars[i + 1] === '/') {
        i++
        if (out[out.length - 1]?.t !== 'folders') out.push({ t: 'folders' })
      } else if (n >= 2) out.push({ t: 'any' })
      else if (out[out.length - 1]?.t !== 'star') out.push({ t: 'star' })
    } else if (ch === '?') out.push({ t: 'one' })
    else if (ch === '[') {
      const end = classEndChars(chars, i)
      if (end === i) out.push({ t: 'char', c: '[' })
      else {
        out.push(readClass(chars.slice(i + 1, end)))
        i = end
      }
    } else out.push({ t: 'char', c: ch })
  }
  return out
}

function classEndChars(chars: string[], i: number): number {
  let j = i + 1
  if (chars[j] === '!' || chars[j] === '^') j++
  if (chars[j] === ']') j++
  for (; j < chars.length; j++) {
    if (chars[j] === '\\') j++
    else if (chars[j] === ']') return j
  }
  return i
}

function readClass(body: string[]): Token {
  let k = 0
  const negated = body[0] === '!' || body[0] === '^'
  if (negated) k++
  const ranges: Array<[number, number]> = []
  while (k < body.length) {
    let a = body[k++]
    if (a === '\\' && k < body.length) a = body[k++]
    if (body[k] === '-' && k + 1 < body.length) {
      let b = body[k + 1]
      k += 2
      if (b === '\\' && k < body.length) b = body[k++]
      const [x, y] = [a.codePointAt(0)!, b.codePointAt(0)!]
      if (x > y) throw new GlobError(`the range ${a}-${b} in [${body.join('')}] runs backwards (write [${b}-${a}])`)
      ranges.push([x, y])
    } else ranges.push([a.codePointAt(0)!, a.codePointAt(0)!])
  }
  return { t: 'class', ranges, negated }
}

function inClass(tok: { ranges: Array<[number, number]>; negated: boolean }, c: string): boolean {
  const x = c.codePointAt(0)!
  let hit = false
  for (const [a, b] of tok.ranges) if (x >= a && x <= b) hit = true
  return hit !== tok.negated
}

/**
 * The states are positions in the tokens (position i: tokens before i matched); `folders` has a second state, in the
 * middle of a folder name, numbered after the positions. Each character moves every live state at most one step.
 */
function run(tokens: Token[], s: string): boolean {
  const n = tokens.length
  const MID = n + 1 // offset of the "inside a folder name" states of `folders` tokens
  let live = new Set<number>()
  const add = (set: Set<number>, i: number) => {
    // epsilon moves: a star, `any` and `folders` may match nothing
    while (!set.has(i)) {
      set.add(i)
      const t = tokens[i]
      if (i < n && (t.t === 'star' || t.t === 'any' || t.t === 'folders')) i++
      else break
    }
  }
  add(live, 0)
  for (const c of s) {
    const next = new Set<number>()
    for (const st of live) {
      globWork.steps++
      if (st >= MID) {
        // inside a folder name of `folders` at st - MID: go on, or end the folder at a slash
        const i = st - MID
        if (c === '/') add(next, i)
        else next.add(st)
        continue
      }
      if (st === n) continue
      const t = tokens[st]
      switch (t.t) {
        case 'char':
          if (c === t.c) add(next, st + 1)
          break
        case 'one':
          if (c !== '/') add(next, st + 1)
          break
        case 'class':
          if (c !== '/' && inClass(t, c)) add(next, st + 1)
          break
        case 'star':
          if (c !== '/') add(next, st)
          break
        case 'any':
          add(next, st)
          break
        case 'folders':
          if (c === '/') add(next, st)
          else next.add(MID + st)
          break
      }
    }
    if (!next.size) return false
    live = next
  }
  return live.has(n)
}

/**
 * Paths (files and folders) matching `pattern`, relative to `cwd` unless the pattern is absolute; sorted. A folder
 * that cannot be read is passed to `onError` and skipped; links to folders are not followed (no cycles).
 */
export async function expandGlob(pattern: string, cwd: string, onError?: (dir: string, code: string) => void): Promise<string[]> {
  const posix = pattern.split(path.sep).join('/')
  const segments = posix.split('/')
  const firstMagic = segments.findIndex(hasMagic)
  // "/*.txt": the root is the prefix
  const prefix = segments.slice(0, firstMagic).join('/') || (firstMagic === 1 ? '/' : '')
  const base = path.resolve(cwd, prefix || '.')
  const match = globMatcher(segments.slice(firstMagic).join('/'))
  const deep = posix.includes('**')
  const maxDepth = segments.length - firstMagic
  const out: string[] = []
  const visit = async (dir: string, rel: string, depth: number) => {
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error'
      if (code !== 'ENOENT' && code !== 'ENOTDIR') onError?.(dir, code)
      return
    }
    for (const e of entries) {
      // hidden entries only when the pattern names them, as shells do
      if ((e.name.startsWith('.') && !posix.includes('/.') && !posix.startsWith('.')) || e.name === 'node_modules') continue
      const r = rel ? `${rel}/${e.name}` : e.name
      if (match(r)) out.push(prefix ? `${prefix.replace(/\/$/, '')}/${r}` : r)
      if (e.isDirectory() && (deep || depth < maxDepth)) await visit(path.join(dir, e.name), r, depth + 1)
    }
  }
  await visit(base, '', 1)
  return out.sort()
}
