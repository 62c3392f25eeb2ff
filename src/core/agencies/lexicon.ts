// The lexicon: Vietnamese Party, state and Front bodies, and the words the grammar builds local names from. The data
// lives in lexicon/*.tsv (see each file's comments); this module reads and checks every table once, when it is first
// imported, and gives it the shape the grammar compiles (vocab.ts).
import { LexiconError, listCell, oneOf, parseTable, readLexiconFile, yesNo, type Row } from './data.js'

export type Kind = 'party' | 'committee' | 'state' | 'ministry' | 'local' | 'front' | 'generic'
export const KINDS: readonly Kind[] = ['party', 'committee', 'state', 'ministry', 'local', 'front', 'generic']

/** A body with a fixed name: id, canonical name, aliases (full forms and abbreviations). */
export interface Entry {
  id: string
  name: string
  kind: Kind
  aliases?: string[]
}

/** One lexicon file: its columns (an optional one ends in '?') and what a row of it becomes. */
export interface Table<T> {
  file: string
  columns: string[]
  row: (r: Row) => T
}

const table = <T>(file: string, columns: string[], row: (r: Row) => T): Table<T> => ({ file, columns, row })
/** A one-column list: a word or phrase a line. */
const words = (file: string, column: string) => table(file, [column], (r) => r.cells[column])

const HEAD_LETTER: Record<string, string> = { Bộ: 'B', Sở: 'S', Phòng: 'P' }

/** Every table the agency grammar reads, by what it holds. */
export const TABLES = {
  bodies: table('bodies.tsv', ['id', 'name', 'kind', 'aliases?'], (r): Entry => ({
    id: r.cells.id,
    name: r.cells.name,
    kind: oneOf(r, 'kind', KINDS),
    aliases: listCell(r, 'aliases'),
  })),
  stateGroups: table('state-groups.tsv', ['id', 'name', 'aliases?'], (r): Entry => ({ id: r.cells.id, name: r.cells.name, kind: 'state', aliases: listCell(r, 'aliases') })),
  banned: words('banned.tsv', 'phrase'),
  titles: words('titles.tsv', 'title'),
  actsFor: table('acts-for.tsv', ['office', 'body'], (r): [string, string] => [r.cells.office, r.cells.body]),
  boards: table('boards.tsv', ['field', 'of', 'aliases?'], (r) => ({
    entry: [r.cells.field, ...listCell(r, 'aliases')] as [string, ...string[]],
    council: oneOf(r, 'of', ['party', 'council']) === 'council',
  })),
  domains: table('domains.tsv', ['field', 'heads', 'aliases?'], (r): [string, string, ...string[]] => [
    r.cells.field,
    listCell(r, 'heads').map((h) => HEAD_LETTER[oneOf(r, 'heads', Object.keys(HEAD_LETTER), h)]).join(''),
    ...listCell(r, 'aliases'),
  ]),
  localHeads: table('local-heads.tsv', ['head', 'kind', 'place', 'national', 'aliases?'], (r): [string, Kind, boolean, boolean, ...string[]] => [
    r.cells.head,
    oneOf(r, 'kind', KINDS),
    yesNo(r, 'place'),
    yesNo(r, 'national'),
    ...listCell(r, 'aliases'),
  ]),
  committees: table('committees.tsv', ['name', 'scope-only', 'marks', 'aliases?'], (r): [string, boolean, boolean, ...string[]] => [r.cells.name, yesNo(r, 'scope-only'), yesNo(r, 'marks'), ...listCell(r, 'aliases')]),
  central: words('central.tsv', 'form'),
  prefixes: table('prefixes.tsv', ['prefix', 'kinds', 'aliases?'], (r): [string, Kind[], ...string[]] => [
    r.cells.prefix,
    listCell(r, 'kinds').map((k) => oneOf(r, 'kinds', KINDS, k)),
    ...listCell(r, 'aliases'),
  ]),
  partyHeads: table('party-heads.tsv', ['head', 'aliases?'], (r): [string, ...string[]] => [r.cells.head, ...listCell(r, 'aliases')]),
  glued: table('glued.tsv', ['part', 'abbreviation', 'reads'], (r) => ({ part: oneOf(r, 'part', ['head', 'scope']), abbr: r.cells.abbreviation, reads: r.cells.reads })),
  levels: table('levels.tsv', ['level', 'aliases?'], (r): [string, ...string[]] => [r.cells.level, ...listCell(r, 'aliases')]),
  placeAbbr: table('place-abbreviations.tsv', ['abbreviation', 'place'], (r): [string, string] => [r.cells.abbreviation, r.cells.place]),
  placeStop: words('place-stop.tsv', 'word'),
  collectives: words('collectives.tsv', 'noun'),
  collectiveMods: table('collective-modifiers.tsv', ['modifier', 'after-levels'], (r): [string, boolean] => [r.cells.modifier, yesNo(r, 'after-levels')]),
  compounds: words('compounds.tsv', 'compound'),
  companyFields: words('company-fields.tsv', 'field'),
  bareCollectives: words('bare-collectives.tsv', 'phrase'),
  subjectStop: words('subject-stop.tsv', 'words'),
  zones: words('zones.tsv', 'zone'),
} satisfies Record<string, Table<unknown>>

/** The values of a table's text; `file` names it in errors (lexicon/<file> unless given). */
export function rowsOf<T>(t: Table<T>, text: string, file = `lexicon/${t.file}`): T[] {
  return parseTable(text, file, t.columns).map(t.row)
}

const load = <T>(t: Table<T>): T[] => rowsOf(t, readLexiconFile(t.file))

/** Bodies (bodies.tsv, then the state groups), with every id used once; `read` gives a table's text. */
export function fixedBodies(read: (file: string) => string = readLexiconFile): Entry[] {
  const seen = new Map<string, string>()
  const out: Entry[] = []
  for (const t of [TABLES.bodies, TABLES.stateGroups]) {
    for (const r of parseTable(read(t.file), `lexicon/${t.file}`, t.columns)) {
      const before = seen.get(r.cells.id)
      if (before) throw new LexiconError(r.file, r.line, `the id "${r.cells.id}" is already used at ${before}`)
      seen.set(r.cells.id, `${r.file}:${r.line}`)
      out.push(t.row(r))
    }
  }
  return out
}

/** The columns a list of bodies may have, as in lexicon/bodies.tsv; only name is required. */
const BODY_COLUMNS = ['id', 'name', 'kind', 'aliases']

/**
 * A list of bodies in the format of lexicon/bodies.tsv, for the configuration's registry: the header names the
 * columns it has (name, and any of id, kind, aliases, in any order), so rows copied from bodies.tsv or a sheet of
 * names and aliases both read. A kind, if given, must be one the lexicon knows.
 */
export function registryEntries(text: string, file: string): { name: string; aliases: string[] }[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const k = lines.findIndex((l) => l.trim() && !l.trimStart().startsWith('#'))
  const cols = k < 0 ? ['name'] : lines[k].split('\t').map((c) => c.trim())
  const bad = cols.find((c) => !BODY_COLUMNS.includes(c))
  if (bad !== undefined) throw new LexiconError(file, k + 1, `unknown column "${bad}" (a list of bodies has name, and may have ${BODY_COLUMNS.filter((c) => c !== 'name').join(', ')})`)
  if (!cols.includes('name')) throw new LexiconError(file, k + 1, `no name column (the header names ${cols.join(', ')})`)
  return parseTable(text, file, cols.map((c) => (c === 'name' ? c : `${c}?`))).map((r) => {
    if (r.cells.kind) oneOf(r, 'kind', KINDS)
    return { name: r.cells.name, aliases: listCell(r, 'aliases') }
  })
}

function glued(part: 'head' | 'scope'): Record<string, string> {
  return Object.fromEntries(GLUED.filter((g) => g.part === part).map((g) => [g.abbr, g.reads]))
}

export const FIXED: Entry[] = fixedBodies()

/** Bodies that look like a name in the lexicon but are not one (longer phrases that win and are dropped). */
export const BANNED: string[] = load(TABLES.banned)

/** Offices that, given work, act for the body they head: "Thủ tướng Chính phủ" → "Chính phủ". */
export const ACTS_FOR: Map<string, string> = new Map(load(TABLES.actsFor))

/** Person titles: a body right after one of these is part of a person's title, not a body in its own right. */
export const TITLES: string[] = load(TABLES.titles)

const BOARDS = load(TABLES.boards)
/** The Party's advisory boards (Ban X), and the People's Council boards (Ban Pháp chế …). */
export const FUNCTIONS: [string, ...string[]][] = BOARDS.map((b) => b.entry)
/** The fields of FUNCTIONS whose board belongs to a People's Council. */
export const COUNCIL_BOARDS = new Set(BOARDS.filter((b) => b.council).map((b) => b.entry[0]))

/** Ministries' fields, shared by Bộ (B), Sở (S) and Phòng (P): name, which heads take it, aliases. */
export const DOMAINS: [string, string, ...string[]][] = load(TABLES.domains)

/** Heads of local (and national) bodies that take a place: name, kind, needs a place?, "Việt Nam" allowed?, aliases. */
export const LOCAL_HEADS: [string, Kind, boolean, boolean, ...string[]][] = load(TABLES.localHeads)

/** Party committees: Tỉnh ủy [Trà Vinh]…; scopeOnly ones (TU, HU) stand for a committee only after a head; marks: read only with its marks. */
export const COMMITTEES: [string, boolean, boolean, ...string[]][] = load(TABLES.committees)

/** "Trung ương" as the scope of a Party body. */
export const CENTRAL: string[] = load(TABLES.central)

/** Prefixes that make a new body of another one: Đảng đoàn Quốc hội, Ban cán sự đảng Bộ Nội vụ… */
export const PREFIXES: [string, Kind[], ...string[]][] = load(TABLES.prefixes)

/** Party advisory heads that take a Party scope ("Ban Tổ chức" + "Tỉnh ủy"). */
export const PARTY_HEADS: [string, ...string[]][] = load(TABLES.partyHeads)

const GLUED = load(TABLES.glued)
/** Glued abbreviations that carry their scope: BTCTW, VPTU… (head abbreviation, scope abbreviation). */
export const GLUED_HEADS: Record<string, string> = glued('head')
export const GLUED_SCOPES: Record<string, string> = glued('scope')

/** Levels of local government: canonical word, aliases. */
export const LEVELS: [string, ...string[]][] = load(TABLES.levels)

/** Places written as one abbreviation. */
export const PLACE_ABBR: [string, string][] = load(TABLES.placeAbbr)

/** Capitalised words that end a place name (the next body, a document heading…). */
export const PLACE_STOP = new Set(load(TABLES.placeStop))

/** Nouns of plural collectives ("các cơ quan, đơn vị liên quan"). */
export const COLLECTIVES: string[] = load(TABLES.collectives)

/** Words after a collective that still belong to it, and whether they also belong to a scope of levels ("các xã ven biển"). */
export const COLLECTIVE_MODS: [string, boolean][] = load(TABLES.collectiveMods)

/** Words that make a compound with the next one, so not a collective noun ("các trường hợp", "ban hành", "tổ chức thực hiện"). */
export const COMPOUNDS = new Set(load(TABLES.compounds))
/** The trades a company's name may tell in lower case after its legal form ("đầu tư", "xây dựng"), by their words. */
export const COMPANY_FIELDS = load(TABLES.companyFields).map((f) => f.split(' '))

/** Plural collectives written without "các". */
export const BARE_COLLECTIVES: string[] = load(TABLES.bareCollectives)

/** Words (one or two) that end the free subject of "Ban Chỉ đạo …": verbs and particles that follow a name. */
export const SUBJECT_STOP = new Set(load(TABLES.subjectStop))

/** The kinds of zone a management board is named by (lexicon/zones.tsv). */
export const ZONES: string[] = load(TABLES.zones)
