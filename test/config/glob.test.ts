// include/exclude globs: *, **, ?, {a,b}; no slash matches the name at any depth; a trailing slash is a folder anywhere.
import { describe, expect, it } from 'vitest'
import { matchesGlob, selected } from '../../src/config/glob.js'

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
