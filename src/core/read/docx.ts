// The .docx reader: the body of word/document.xml as the text layout of types.ts, with Word's automatic list
// numbering typed in front of its paragraphs. Tables: a row is one line of cells joined by TAB, a cell's paragraphs
// joined by " / ", a horizontal span given once (no padding cells), a vertical merge repeated in every row it spans,
// a nested table flattened into its cell. Skipped: deleted and moved-away text, field codes, text boxes, drawings,
// the fallback branch of mc:AlternateContent; headers, footers, footnotes and comments live in parts not read.
import { unzipSync } from 'fflate'
import { SaxesParser } from 'saxes'
import { LIMITS, ReadError, type ReadDocument, type ReadNote } from './types.js'

/** An element of a part, with its local name (prefix dropped), attributes by local name, children and w:t text. */
interface El {
  n: string
  a: Record<string, string>
  c: (El | string)[]
}

const PARTS = { document: 'word/document.xml', numbering: 'word/numbering.xml', styles: 'word/styles.xml' }
const WANTED = new Set(Object.values(PARTS))
/** subtrees that hold no body text: run formatting, deletions, field codes, text boxes, drawings, the other branch */
const SKIP = new Set(['rPr', 'del', 'delText', 'moveFrom', 'instrText', 'txbxContent', 'Fallback', 'drawing', 'pict', 'object', 'sdtPr', 'sectPr', 'tblPr', 'tblGrid', 'rPrChange', 'pPrChange'])
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

export function readDocx(bytes: Uint8Array): ReadDocument {
  if (isOle(bytes)) {
    if (isEncryptedOoxml(bytes)) throw new ReadError('encrypted', 'the Word file is password-protected (encrypted); save it without a password')
    throw new ReadError('not-a-document', 'not a .docx but an old Word 97–2003 file (.doc) with the wrong name')
  }
  const parts = unzipParts(bytes)
  const documentXml = parts[PARTS.document]
  if (!documentXml) throw new ReadError('not-a-document', `a zip archive without ${PARTS.document}: not a Word document`)
  const numbering = readNumbering(parts[PARTS.numbering] && parseXml(parts[PARTS.numbering], PARTS.numbering), parts[PARTS.styles] && parseXml(parts[PARTS.styles], PARTS.styles))
  const body = find(parseXml(documentXml, PARTS.document), 'body')
  const lines: string[] = []
  if (body) renderBlocks(body, { numbering, counters: { values: new Map(), seen: new Set() } }, lines)
  const notes: ReadNote[] = []
  if (body && find(body, 'altChunk')) notes.push({ code: 'reader-note', message: 'the document imports content from other files (w:altChunk), which is not read' })
  return { format: 'docx', lines, markdown: false, notes }
}

export function isOle(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((b, i) => bytes[i] === b)
}

/** A password-protected Office Open XML file is an OLE compound file holding an "EncryptedPackage" stream. */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  const name = Buffer.from('EncryptedPackage', 'utf16le')
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name)
}

/** The parts we read, their declared sizes checked against the limits before anything is inflated. */
function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  let entries = 0
  let total = 0
  const filter = (file: { name: string; originalSize: number }): boolean => {
    if (++entries > LIMITS.maxZipEntries) throw new ReadError('too-large', `the .docx holds more than ${LIMITS.maxZipEntries} entries`)
    if (!WANTED.has(file.name)) return false
    total += file.originalSize
    if (total > LIMITS.maxUnzippedBytes) throw new ReadError('too-large', `the .docx unpacks to more than ${LIMITS.maxUnzippedBytes / 1024 / 1024} MiB`)
    return true
  }
  try {
    return unzipSync(bytes, { filter })
  } catch (e) {
    if (e instanceof ReadError) throw e
    throw new ReadError('corrupt', 'not a valid .docx (damaged or truncated zip)')
  }
}

/** A part as a tree of elements, without the subtrees in SKIP; text is kept only inside w:t. */
function parseXml(bytes: Uint8Array, part: string): El {
  const root: El = { n: '', a: {}, c: [] }
  const stack: El[] = [root]
  let skipping = 0
  const parser = new SaxesParser()
  parser.on('opentag', (tag) => {
    const n = local(tag.name)
    if (skipping || SKIP.has(n)) {
      if (!tag.isSelfClosing) skipping++
      return
    }
    const a: Record<string, string> = {}
    for (const [k, v] of Object.entries(tag.attributes)) a[local(k)] = v
    const el: El = { n, a, c: [] }
    stack[stack.length - 1].c.push(el)
    if (!tag.isSelfClosing) stack.push(el)
  })
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return
    if (skipping) skipping--
    else stack.pop()
  })
  parser.on('text', (text) => {
    const top = stack[stack.length - 1]
    if (!skipping && top.n === 't') top.c.push(text)
  })
  try {
    parser.write(decodeXml(bytes)).close()
  } catch {
    throw new ReadError('corrupt', `not a valid .docx (${part} is not well-formed XML)`)
  }
  return root
}

function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  return new TextDecoder('utf-8').decode(bytes)
}

function local(name: string): string {
  return name.slice(name.indexOf(':') + 1)
}

function find(el: El, n: string): El | undefined {
  for (const c of el.c) {
    if (typeof c === 'string') continue
    if (c.n === n) return c
    const deeper = find(c, n)
    if (deeper) return deeper
  }
  return undefined
}

function child(el: El | undefined, n: string): El | undefined {
  return el?.c.find((c): c is El => typeof c !== 'string' && c.n === n)
}

function children(el: El, n: string): El[] {
  return el.c.filter((c): c is El => typeof c !== 'string' && c.n === n)
}

interface Ctx {
  numbering: Numbering
  counters: Counters
}

/** Block-level content in body order: paragraphs, tables, and what wraps them (w:sdt, w:customXml, w:ins, mc:Choice). */
function renderBlocks(el: El, ctx: Ctx, out: string[]): void {
  for (const c of el.c) {
    if (typeof c === 'string') continue
    if (c.n === 'p') out.push(renderParagraph(c, ctx))
    else if (c.n === 'tbl') renderTable(c, ctx, out)
    else renderBlocks(c, ctx, out)
  }
}

function renderParagraph(p: El, ctx: Ctx): string {
  const pPr = child(p, 'pPr')
  const numPr = child(pPr, 'numPr')
  const label = nextLabel(ctx.numbering, ctx.counters, {
    numId: child(numPr, 'numId')?.a.val,
    ilvl: child(numPr, 'ilvl')?.a.val,
    styleId: child(pPr, 'pStyle')?.a.val,
  })
  return label + runText(p)
}

/** A w:tab is a space: TAB only ever separates table cells. */
function runText(el: El): string {
  let s = ''
  for (const c of el.c) {
    if (typeof c === 'string') s += c
    else if (c.n === 'pPr') continue
    else if (c.n === 'br') s += c.a.type === 'page' || c.a.type === 'column' ? '' : ' '
    else if (c.n === 'tab' || c.n === 'ptab' || c.n === 'cr') s += ' '
    else if (c.n === 'noBreakHyphen') s += '-'
    else s += runText(c)
  }
  return s
}

/** Each row one line; a vertically merged cell repeats the text of the cell that starts the merge, by grid column. */
function renderTable(tbl: El, ctx: Ctx, out: string[]): void {
  const above = new Map<number, string>()
  for (const tr of rows(tbl)) {
    const cells: string[] = []
    let col = Number(child(child(tr, 'trPr'), 'gridBefore')?.a.val ?? 0)
    for (const tc of cellsOf(tr)) {
      const tcPr = child(tc, 'tcPr')
      const vMerge = child(tcPr, 'vMerge')
      const text = vMerge && vMerge.a.val !== 'restart' ? (above.get(col) ?? '') : cellText(tc, ctx)
      above.set(col, text)
      cells.push(text)
      col += Math.max(1, Number(child(tcPr, 'gridSpan')?.a.val ?? 1) || 1)
    }
    out.push(cells.join('\t'))
  }
}

/** The rows of a table, also those wrapped in w:sdt or w:customXml. */
function rows(el: El): El[] {
  return el.c.flatMap((c) => (typeof c === 'string' ? [] : c.n === 'tr' ? [c] : c.n === 'tc' || c.n === 'tbl' ? [] : rows(c)))
}

function cellsOf(el: El): El[] {
  return el.c.flatMap((c) => (typeof c === 'string' ? [] : c.n === 'tc' ? [c] : c.n === 'tr' || c.n === 'tbl' ? [] : cellsOf(c)))
}

/** A cell's non-empty paragraphs joined by " / "; a nested table's rows come in as further parts. */
function cellText(tc: El, ctx: Ctx): string {
  const inner: string[] = []
  renderBlocks(tc, ctx, inner)
  return inner
    .flatMap((line) => line.split('\t'))
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join(' / ')
}

// Word's automatic numbering. Counters belong to the abstract list definition, so that two w:num instances of one
// definition continue each other as Word does, unless a w:num restarts a level with w:startOverride on its first use.

interface Level {
  start: number
  fmt: string
  text: string
  /** w:lvlRestart: restart after this 1-based level is used; 0 never */
  restart?: number
  isLgl: boolean
}

interface Num {
  abs: string
  overrides: Map<number, { start?: number; level?: Level }>
}

interface Style {
  basedOn?: string
  numId?: string
  ilvl?: string
}

interface Numbering {
  nums: Map<string, Num>
  abstracts: Map<string, { levels: Map<number, Level>; styleLink?: string; byStyle: Map<string, number> }>
  styles: Map<string, Style>
  defaultStyle?: string
}

interface Counters {
  values: Map<string, (number | undefined)[]>
  seen: Set<string>
}

function readNumbering(numbering: El | undefined, styles: El | undefined): Numbering {
  const out: Numbering = { nums: new Map(), abstracts: new Map(), styles: new Map() }
  const root = numbering && child(numbering, 'numbering')
  for (const an of root ? children(root, 'abstractNum') : []) {
    const byStyle = new Map<string, number>()
    const levels = new Map<number, Level>()
    for (const lvl of children(an, 'lvl')) {
      levels.set(Number(lvl.a.ilvl ?? 0), readLevel(lvl))
      const pStyle = child(lvl, 'pStyle')?.a.val
      if (pStyle) byStyle.set(pStyle, Number(lvl.a.ilvl ?? 0))
    }
    out.abstracts.set(an.a.abstractNumId, { levels, byStyle, styleLink: child(an, 'numStyleLink')?.a.val })
  }
  for (const num of root ? children(root, 'num') : []) {
    const overrides = new Map<number, { start?: number; level?: Level }>()
    for (const o of children(num, 'lvlOverride')) {
      const start = child(o, 'startOverride')?.a.val
      const lvl = child(o, 'lvl')
      overrides.set(Number(o.a.ilvl ?? 0), { start: start === undefined ? undefined : Number(start), level: lvl && readLevel(lvl) })
    }
    out.nums.set(num.a.numId, { abs: child(num, 'abstractNumId')?.a.val ?? '', overrides })
  }
  const stylesRoot = styles && child(styles, 'styles')
  for (const st of stylesRoot ? children(stylesRoot, 'style') : []) {
    const numPr = child(child(st, 'pPr'), 'numPr')
    out.styles.set(st.a.styleId, { basedOn: child(st, 'basedOn')?.a.val, numId: child(numPr, 'numId')?.a.val, ilvl: child(numPr, 'ilvl')?.a.val })
    if (st.a.type === 'paragraph' && (st.a.default === '1' || st.a.default === 'true')) out.defaultStyle = st.a.styleId
  }
  return out
}

function readLevel(lvl: El): Level {
  const restart = find(lvl, 'lvlRestart')?.a.val
  const isLgl = find(lvl, 'isLgl')
  return {
    start: Number(find(lvl, 'start')?.a.val ?? 1),
    fmt: find(lvl, 'numFmt')?.a.val ?? 'decimal',
    text: find(lvl, 'lvlText')?.a.val ?? '',
    restart: restart === undefined ? undefined : Number(restart),
    isLgl: !!isLgl && isLgl.a.val !== '0' && isLgl.a.val !== 'false',
  }
}

/** The numbering a style gives, through its w:basedOn chain (the paragraph's own w:numPr wins). */
function styleNumPr(numbering: Numbering, styleId: string | undefined): Style {
  const out: Style = {}
  for (let id = styleId, depth = 0; id && depth < 20; depth++) {
    const st = numbering.styles.get(id)
    if (!st) break
    out.numId ??= st.numId
    out.ilvl ??= st.ilvl
    id = st.basedOn
  }
  return out
}

/** The label of a paragraph ("1. ", "II. ", "a) ", "1.2. ", "- "), counting it; '' when it is not numbered. */
function nextLabel(numbering: Numbering, counters: Counters, p: { numId?: string; ilvl?: string; styleId?: string }): string {
  const styleId = p.styleId ?? numbering.defaultStyle
  const fromStyle = styleNumPr(numbering, styleId)
  const numId = p.numId ?? fromStyle.numId
  let num = numId === undefined ? undefined : numbering.nums.get(numId)
  let abs = num && numbering.abstracts.get(num.abs)
  if (abs?.styleLink) {
    const linked = numbering.nums.get(styleNumPr(numbering, abs.styleLink).numId ?? '')
    abs = (linked && numbering.abstracts.get(linked.abs)) ?? abs
  }
  if (!num || !abs || numId === undefined) return ''
  const ilvl = Number(p.ilvl ?? fromStyle.ilvl ?? (styleId && abs.byStyle.get(styleId)) ?? 0)
  const levelOf = (k: number): Level | undefined => num!.overrides.get(k)?.level ?? abs!.levels.get(k)
  const startOf = (k: number): number => num!.overrides.get(k)?.start ?? levelOf(k)?.start ?? 1
  const level = levelOf(ilvl)
  if (!level) return ''
  const values = counters.values.get(num.abs) ?? []
  counters.values.set(num.abs, values)
  if (!counters.seen.has(numId)) {
    counters.seen.add(numId)
    for (const [k, o] of num.overrides) if (o.start !== undefined) values[k] = undefined
  }
  values[ilvl] = values[ilvl] === undefined ? startOf(ilvl) : values[ilvl]! + 1
  for (let k = ilvl + 1; k < 9; k++) {
    const restart = levelOf(k)?.restart ?? k
    if (ilvl < restart) values[k] = undefined
  }
  if (level.fmt === 'bullet') return '- '
  const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
    const k = Number(d) - 1
    return formatNumber(values[k] ?? startOf(k), level.isLgl && k < ilvl ? 'decimal' : (levelOf(k)?.fmt ?? 'decimal'))
  })
  return text.trim() === '' ? '' : text.trim() + ' '
}

function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'none':
      return ''
    case 'upperRoman':
      return roman(n)
    case 'lowerRoman':
      return roman(n).toLowerCase()
    case 'upperLetter':
      return letters(n)
    case 'lowerLetter':
      return letters(n).toLowerCase()
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n)
    default:
      return String(n)
  }
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let s = ''
  for (const [v, r] of table) for (; n >= v; n -= v) s += r
  return s || String(n)
}

/** Word's letters: A … Z, then AA … ZZ, AAA … */
function letters(n: number): string {
  if (n < 1) return String(n)
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1)
}
