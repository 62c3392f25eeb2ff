// The glob matcher (issue 12): linear in the name whatever the pattern, the same dialect as before, and a pattern
// that cannot mean anything is a usage error, not an internal one.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expandGlob, GlobError, globMatcher, globWork } from '../../src/shared/glob.js'
import { parseConfig } from '../../src/config/validate.js'
import { run } from '../fake-io.js'

/** Work done to match `name`, in state steps. */
function work(pattern: string, name: string): number {
  const m = globMatcher(pattern)
  const before = globWork.steps
  m(name)
  return globWork.steps - before
}

describe('globMatcher is linear in the name (issue: *a*a*a*a*a*a*a*a*b took 10–37 s on 40 characters)', () => {
  const shapes: Array<[string, (n: number) => string]> = [
    ['*a*a*a*a*a*a*a*a*b', (n) => 'a'.repeat(n)],
    ['*a*a*a*a*a*a*a*a*a*a*b', (n) => 'a'.repeat(n)],
    ['**/'.repeat(10) + '*b', (n) => 'a/'.repeat(n / 2) + 'a'],
    ['**/**a**a**a**a**b', (n) => 'a/a'.repeat(n / 3)],
    ['{a,*a,**a}*{a,b}*?*[a-c]*', (n) => 'a'.repeat(n)],
  ]
  for (const [pattern, name] of shapes) {
    it(pattern, () => {
      const small = work(pattern, name(96))
      const large = work(pattern, name(768))
      // eight times the name: eight times the work, plus the states that come alive in the first characters (quadratic would be 64)
      expect(large / small).toBeLessThan(10)
      // never more than every state at every character
      expect(large).toBeLessThanOrEqual(768 * 2 * (pattern.length + 2))
    })
  }
  it('and a 40-character name against the issue’s patterns is answered in a few thousand steps', () => {
    expect(globMatcher('*a*a*a*a*a*a*a*a*a*a*b')('a'.repeat(40))).toBe(false)
    expect(globMatcher('**/'.repeat(10) + 'x')('a/'.repeat(40) + 'y')).toBe(false)
    // the backtracking matcher this replaced took 10–37 s here; the automaton's states at each character, at most
    expect(work('*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(40))).toBeLessThanOrEqual(40 * 2 * 24)
    expect(work('**/'.repeat(10) + 'x', 'a/'.repeat(40) + 'y')).toBeLessThanOrEqual(81 * 2 * 33)
  })
})

/** The regex-based matcher this replaced, as reference for the dialect on shapes that do not blow up. */
function reference(pattern: string): RegExp {
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
        // one deliberate change: a negated class no longer matches the folder separator
        if (body.startsWith('!')) body = '^/' + body.slice(1)
        re += `[${body.replace(/\\/g, '\\\\')}]`
        i = close
      }
    } else if (ch === '{' && pattern.indexOf('}', i) > i) {
      const close = pattern.indexOf('}', i)
      re += '(?:' + pattern.slice(i + 1, close).split(',').map((a) => a.replace(/[.+^${}()|[\]\\*?/]/g, '\\$&')).join('|') + ')'
      i = close
    } else re += ch.replace(/[.+^${}()|\\/]/g, '\\$&')
  }
  return new RegExp(`^${re}$`, 'u')
}

describe('the dialect', () => {
  it('agrees with the former matcher on generated patterns and names', () => {
    const pattern = fc.array(fc.constantFrom('a', 'b', '.', '/', '*', '?', '**/', '[ab]', '[!a]', '{a,b}', '{x,ab}'), { maxLength: 6 }).map((p) => p.join(''))
    const name = fc.array(fc.constantFrom('a', 'b', 'x', '.', '/'), { maxLength: 10 }).map((p) => p.join(''))
    // three stars or more were read by the former matcher as "**" then "*"; here as one "**"
    fc.assert(fc.property(pattern.filter((p) => !/\*\*\*/.test(p)), name, (p, s) => {
        expect(globMatcher(p)(s)).toBe(reference(p).test(s))
      }), { numRuns: 3000 })
  })

  it('classes, negation with ! or ^, escapes, nested alternatives, and a lone [ or { is a literal', () => {
    const m = (p: string, s: string) => globMatcher(p)(s)
    expect(m('[!0-9]*.txt', '001_x.txt')).toBe(false)
    expect(m('[^0-9]*.txt', 'x.txt')).toBe(true)
    expect(m('[]a]', ']')).toBe(true)
    expect(m('[a-]', '-')).toBe(true)
    expect(m('\\*.txt', '*.txt')).toBe(true)
    expect(m('\\*.txt', 'a.txt')).toBe(false)
    expect(m('kh-{a,b{1,2}}.md', 'kh-b2.md')).toBe(true)
    expect(m('kh-{a,b{1,2}}.md', 'kh-b.md')).toBe(false)
    expect(m('a[b', 'a[b')).toBe(true)
    expect(m('a{b', 'a{b')).toBe(true)
    expect(m('**', 'x/y/z.txt')).toBe(true)
    expect(m('docs/**', 'docs/a/b.txt')).toBe(true)
    expect(m('kế hoạch ?.md', 'kế hoạch 1.md')).toBe(true)
    expect(m('?.txt', '😀.txt')).toBe(true)
  })

  it('a range that runs backwards, or too many alternatives, is a GlobError that says so', () => {
    expect(() => globMatcher('[z-a].txt')).toThrow(GlobError)
    expect(() => globMatcher('[z-a].txt')).toThrow('the range z-a in [z-a] runs backwards (write [a-z])')
    expect(() => globMatcher('{a,b}'.repeat(11))).toThrow(/too many alternatives/)
  })
})

describe('as the command line and the config use it', () => {
  it('plan tasks "[z-a].txt" is a one-line usage error (issue: internal error: Invalid regular expression)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-glob-'))
    const r = await run(['tasks', '[z-a].txt'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('plan: [z-a].txt: the range z-a in [z-a] runs backwards (write [a-z])\n')
  })

  it('a config include that cannot mean anything is a config error naming the key', () => {
    expect(() => parseConfig('{"include": ["docs/*.txt", "[z-a].txt"]}', 'plan.config.json')).toThrow('plan.config.json: "[z-a].txt": the range z-a in [z-a] runs backwards (write [a-z]) (at include.1)')
  })

  it('expandGlob reports a folder it cannot read and goes on', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-glob-'))
    for (const f of ['a/1.txt', 'b/2.txt']) {
      mkdirSync(path.join(dir, path.dirname(f)), { recursive: true })
      writeFileSync(path.join(dir, f), 'x')
    }
    writeFileSync(path.join(dir, 'c'), 'a file where a folder is expected')
    const seen: string[] = []
    expect(await expandGlob('*/*.txt', dir, (d, code) => seen.push(`${path.basename(d)} ${code}`))).toEqual(['a/1.txt', 'b/2.txt'])
    expect(seen).toEqual([])
  })
})

describe('expandGlob', () => {
  it('an absolute pattern gives absolute paths, also one right below the root', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-glob-'))
    writeFileSync(path.join(dir, 'a.txt'), 'x')
    expect(await expandGlob(`${dir.split(path.sep).join('/')}/*.txt`, '/elsewhere')).toEqual([`${dir.split(path.sep).join('/')}/a.txt`])
    if (process.platform !== 'win32') expect(await expandGlob('/tm?', '/elsewhere')).toContain('/tmp')
  })
})
