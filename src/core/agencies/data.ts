// The lexicon's data files (lexicon/*.tsv at the package root), read once on first use: names a reviewer from an
// office can edit without touching code. Tables with a fixed shape are checked row by row, and a row that does not
// fit is an error naming the file and the line.
import { readFileSync } from 'node:fs'
import { fold, modernTone } from '../contract/text.js'

// src/core/agencies and dist/core/agencies are both three folders below the package root
const ROOT = new URL('../../../lexicon/', import.meta.url)

/** A lexicon file that cannot be read as its table: `lexicon/bodies.tsv:12: unknown kind "stat" (…)`. */
export class LexiconError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`)
    this.name = 'LexiconError'
  }
}

/** One data line of a table: its cells by column name, and where it stands. */
export interface Row {
  file: string
  /** 1-based line in the file */
  line: number
  cells: Record<string, string>
}

/** The lines that carry data: blank lines and lines that start with '#' are left out, the rest keep their number. */
function dataLines(text: string): { line: number; cells: string[] }[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l, k) => ({ l, line: k + 1 }))
    .filter(({ l }) => l.trim() && !l.trimStart().startsWith('#'))
    .map(({ l, line }) => ({ line, cells: l.split('\t').map((c) => c.trim()) }))
}

/**
 * The rows of a table's text. `columns` are its header in order, an optional one ends in '?' ("aliases?"): the
 * header line must name them, a row may not have more cells than the header, and each column that is not optional
 * needs a value. Trailing optional cells may be left out.
 */
export function parseTable(text: string, file: string, columns: string[]): Row[] {
  const names = columns.map((c) => c.replace(/\?$/, ''))
  const [head, ...rows] = dataLines(text)
  const want = names.join(', ')
  if (!head) throw new LexiconError(file, 0, `no header line (expected the columns ${want}, separated by tabs)`)
  if (head.cells.join('\t') !== names.join('\t')) {
    throw new LexiconError(file, head.line, `the header names ${head.cells.join(', ') || 'nothing'}; expected ${want}, separated by tabs`)
  }
  return rows.map(({ line, cells }) => {
    if (cells.length > names.length) {
      throw new LexiconError(file, line, `${cells.length} columns, but the header has ${names.length} (${want}): is a tab where a space or | belongs?`)
    }
    const k = columns.findIndex((c, i) => !c.endsWith('?') && !cells[i])
    if (k >= 0) {
      throw new LexiconError(file, line, `no ${names[k]} (column ${k + 1} of ${want})${cells.length < 2 && names.length > 1 ? ': are the columns separated by tabs?' : ''}`)
    }
    return { file, line, cells: Object.fromEntries(names.map((n, i) => [n, cells[i] ?? ''])) }
  })
}

/** The text of lexicon/<name>. */
export function readLexiconFile(name: string): string {
  try {
    return readFileSync(new URL(name, ROOT), 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new LexiconError(`lexicon/${name}`, 0, code === 'ENOENT' ? 'missing: the lexicon is incomplete' : `cannot be read (${code ?? (e as Error).message})`)
  }
}

/** A cell that holds several values separated by '|' ("UBND|Ủy ban ND"); an empty cell is none. */
export function listCell(r: Row, col: string): string[] {
  const v = r.cells[col]
  if (!v) return []
  const items = v.split('|').map((a) => a.trim())
  if (items.some((a) => !a)) throw new LexiconError(r.file, r.line, `an empty value in ${col} ("${v}"): a | with nothing on one side`)
  return items
}

/** A cell that must be one of a few words. */
export function oneOf<T extends string>(r: Row, col: string, allowed: readonly T[], value = r.cells[col]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new LexiconError(r.file, r.line, `unknown ${col} "${value}" (expected ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]})`)
  }
  return value as T
}

/** A yes/no cell. */
export function yesNo(r: Row, col: string): boolean {
  return oneOf(r, col, ['yes', 'no']) === 'yes'
}

let provinces: Map<string, string> | null = null

/**
 * The province, centrally-run city or country (lexicon/provinces.tsv) whose name, compared without marks, is this one:
 * "Phú Tho" → "Phú Thọ", "Hồ Chí Minh" → itself; null for any other name.
 */
export function provinceByFold(name: string): string | null {
  provinces ??= new Map(readTsv('provinces.tsv').map((r) => [fold(r.name).toLowerCase(), r.name]))
  return provinces.get(fold(name).toLowerCase()) ?? null
}

/** Rows of a TSV file: '#' lines are comments, the first other line is the header. */
export function readTsv(name: string): Record<string, string>[] {
  const [head, ...rows] = dataLines(readLexiconFile(name)).map((l) => l.cells)
  return rows.map((r) => Object.fromEntries(head.map((h, k) => [h, r[k] ?? ''])))
}

export interface UnitHead {
  head: string
  /** lower case, modern tone, one entry a word */
  words: string[]
  /** cap: the name starts with a capital; any: it may start in lower case */
  start: 'cap' | 'any'
  /** the fewest words its name takes */
  min: number
}

let heads: UnitHead[] | null = null

/** The heads of lexicon/unit-heads.tsv, longest first. */
export function unitHeads(): UnitHead[] {
  heads ??= readTsv('unit-heads.tsv')
    .map((r) => ({ head: r.head, words: modernTone(r.head.normalize('NFC').toLowerCase()).split(/\s+/), start: (r.start === 'any' ? 'any' : 'cap') as UnitHead['start'], min: Number(r.min) || 1 }))
    .sort((a, b) => b.words.length - a.words.length)
  return heads
}
