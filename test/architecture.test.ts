// The layers of src/ (README, "Architecture"), checked on every import, static or dynamic: a file may import from its
// own layer or a lower one, never from a higher one. The parser (src/core) stands alone; its stages run in order.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = path.join(import.meta.dirname, '..', 'src')

/** The layer of a file under src/, lowest first. agencies and deadlines share a rank but may not import each other. */
const CORE = ['contract', 'agencies|deadlines', 'read', 'grammar', 'structure', 'extract']
const OUTER = ['shared', 'config', 'query', 'report', 'check', 'cli']

export function layerOf(rel: string): { name: string; rank: number } {
  const [top, sub] = rel.split('/')
  if (top === 'core') {
    const k = CORE.findIndex((l) => l.split('|').includes(sub))
    // src/core/parse.ts runs the stages: it sits above them all
    return k >= 0 ? { name: `core/${sub}`, rank: k } : { name: 'core', rank: CORE.length }
  }
  const k = OUTER.indexOf(top)
  // src/index.ts, the library's entry, re-exports the parser and the queries
  return k >= 0 ? { name: top, rank: CORE.length + 1 + k } : { name: rel, rank: CORE.length + 1 + OUTER.length }
}

/** Every relative import in a source text: `from '…'`, `import '…'`, `import('…')`. */
export function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1])
}

/** What is wrong with one import (from and to are paths under src/), or null. */
export function violation(from: string, to: string): string | null {
  const a = layerOf(from)
  const b = layerOf(to)
  if (a.name === b.name) return null
  if (b.rank > a.rank) return `${from} imports ${to}: ${a.name} may not import from ${b.name}, a higher layer`
  if (b.rank === a.rank) return `${from} imports ${to}: ${a.name} and ${b.name} stay independent of each other`
  if (from.startsWith('core/') && !to.startsWith('core/')) return `${from} imports ${to}: the parser imports nothing outside src/core`
  return null
}

const walk = (d: string): string[] =>
  readdirSync(d).flatMap((f) => {
    const p = path.join(d, f)
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : []
  })

describe('layers', () => {
  it('ranks the stages in pipeline order, and the commands on top', () => {
    expect(['core/contract/schema.ts', 'core/agencies/find.ts', 'core/read/docx.ts', 'core/grammar/assign.ts', 'core/structure/sections.ts', 'core/extract/tasks.ts', 'core/parse.ts', 'shared/glob.ts', 'cli/index.ts'].map((f) => layerOf(f).rank)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 12])
  })

  it('finds static, side-effect and dynamic imports', () => {
    expect(importsOf(`import { a } from './a.js'\nimport type { B } from "../b.js"\nimport './c.js'\nconst d = await import('../d/e.js')\nimport x from 'zod'`)).toEqual(['./a.js', '../b.js', './c.js', '../d/e.js'])
  })

  it('names each kind of violation', () => {
    expect(violation('core/read/segment.ts', 'core/extract/tasks.ts')).toMatch(/core\/read may not import from core\/extract, a higher layer/)
    expect(violation('core/agencies/find.ts', 'core/deadlines/read.ts')).toMatch(/stay independent/)
    expect(violation('core/extract/tasks.ts', 'cli/io.ts')).toMatch(/higher layer/)
    expect(violation('query/status.ts', 'cli/io.ts')).toMatch(/query may not import from cli/)
    expect(violation('report/types.ts', 'query/rows.ts')).toBeNull()
    expect(violation('core/extract/tasks.ts', 'core/grammar/assign.ts')).toBeNull()
  })

  it('no file under src/ imports from a higher layer', () => {
    const bad: string[] = []
    const files = walk(SRC)
    expect(files.length).toBeGreaterThan(100)
    for (const file of files) {
      const from = path.relative(SRC, file).split(path.sep).join('/')
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const to = path.relative(SRC, path.resolve(path.dirname(file), spec)).split(path.sep).join('/')
        const v = violation(from, to)
        if (v) bad.push(v)
      }
    }
    expect(bad).toEqual([])
  })
})
