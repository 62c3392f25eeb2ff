// include/exclude globs: *, **, ?, {a,b}; no slash matches the name at any depth; a trailing slash is a folder anywhere.
import { describe, expect, it } from 'vitest'
import { badGlob, matchesGlob, matchesList, selected } from '../../src/config/glob.js'

describe('globs', () => {
  it('matches the usual patterns', () => {
    expect(matchesGlob('docs/a/b.txt', 'docs/**/*.txt')).toBe(true)
    expect(matchesGlob('docs/b.txt', 'docs/**/*.txt')).toBe(true)
    expect(matchesGlob('other/b.txt', 'docs/**/*.txt')).toBe(false)
    expect(matchesGlob('docs/a/b.txt', 'docs/*.txt')).toBe(false)
    expect(matchesGlob('x/y/kế hoạch.md', '*.{md,markdown}')).toBe(true)
    expect(matchesGlob('a1.txt', 'a?.txt')).toBe(true)
    expect(matchesGlob('a.txt.bak', '*.txt')).toBe(false)
    expect(matchesGlob('a+b(1).txt', 'a+b(1).txt')).toBe(true)
    expect(matchesGlob('docs/drafts/x.txt', 'drafts/')).toBe(true)
    expect(matchesGlob('drafts/x.txt', './drafts/**')).toBe(true)
    expect(matchesGlob('docs/drafts.txt', 'drafts/')).toBe(false)
    expect(matchesGlob('../shared/corpus/a.txt', '**/*.txt')).toBe(true)
  })
  it('keeps files matching an include and no exclude', () => {
    expect(selected('docs/a.txt', undefined, undefined)).toBe(true)
    expect(selected('docs/a.txt', ['**/*.md'], undefined)).toBe(false)
    expect(selected('docs/drafts/a.txt', ['**/*.txt'], ['drafts/'])).toBe(false)
    expect(selected('docs/a.txt', [], ['drafts/'])).toBe(true)
  })
})

describe('!negated globs', () => {
  it('the last pattern that matches decides, as in .gitignore', () => {
    expect(matchesList('drafts/a.txt', ['drafts/', '!drafts/keep.txt'])).toBe(true)
    expect(matchesList('drafts/keep.txt', ['drafts/', '!drafts/keep.txt'])).toBe(false)
    expect(matchesList('drafts/keep.txt', ['drafts/', '!drafts/keep.txt', 'keep.txt'])).toBe(true)
    expect(matchesList('other/a.txt', ['drafts/', '!drafts/keep.txt'])).toBe(false)
  })
  it('in exclude, takes files back; in include, leaves them out; an include of negations only keeps the rest', () => {
    expect(selected('docs/drafts/keep.txt', undefined, ['drafts/', '!keep.txt'])).toBe(true)
    expect(selected('docs/drafts/x.txt', undefined, ['drafts/', '!keep.txt'])).toBe(false)
    expect(selected('docs/old-1.txt', ['**/*.txt', '!old-*'], undefined)).toBe(false)
    expect(selected('docs/new.txt', ['**/*.txt', '!old-*'], undefined)).toBe(true)
    expect(selected('docs/new.txt', ['!old-*'], undefined)).toBe(true)
    expect(selected('docs/old-2.txt', ['!old-*'], undefined)).toBe(false)
    // a negation first in exclude excludes nothing by itself
    expect(selected('docs/a.txt', undefined, ['!keep.txt'])).toBe(true)
  })
  it('a "!" with nothing after it, or a bad pattern after it, is a config error', () => {
    expect(badGlob({ exclude: ['drafts/', '!'] })).toBe('"!": a "!" needs a pattern after it (at exclude.1)')
    expect(badGlob({ include: ['![z-a].txt'] })).toMatch(/^"!\[z-a\]\.txt": .* \(at include\.0\)$/)
    expect(badGlob({ include: ['!drafts/**'], exclude: ['x/', '!x/y.txt'] })).toBeNull()
  })
})
