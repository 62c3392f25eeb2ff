// HTML → the text layout (types.ts): the document's content without the page around it (navigation, menus, footers),
// one line per block, a list item's number typed in front, a table row as one line of TAB-joined cells.
import type { Element, ElementContent, Root } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { carries } from './cellLines.js'
import type { ReadDocument } from './types.js'

const DROPPED = new Set([
  'script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'template', 'svg',
  'head', 'title', 'button', 'select', 'textarea', 'canvas', 'video', 'audio', 'object', 'embed',
])
const BLOCKS = new Set([
  'p', 'div', 'li', 'blockquote', 'pre', 'dt', 'dd', 'dl', 'section', 'center', 'article', 'main', 'address', 'figure',
  'figcaption', 'hr', 'body', 'html', 'caption', 'fieldset', 'legend', 'details', 'summary', 'tr', 'td', 'th',
])
const HEADINGS = /^h[1-6]$/
/** id/class words of the page around the document */
const PAGE_PARTS = /menu|nav|breadcrumb|footer|header|sidebar|share|comment|related|banner|(?:^|[-_])ads?(?:$|[-_])|^advert/i
/** id/class words of the document's own container */
const CONTENT = /content|noidung|vanban|toanvan|fulltext|detail|entry/i
/** a content container with less than this share of the page's text is no content container */
const MIN_CONTENT_SHARE = 0.2
const MAX_SPAN = 1000

export function readHtml(text: string): ReadDocument {
  const root = unified().use(rehypeParse).parse(text)
  const body = findBody(root)
  const out = newOut()
  if (body) walk(contentRoot(body), out, false)
  flush(out)
  return { format: 'html', lines: out.lines, markdown: false, notes: [] }
}

function findBody(node: Root | Element): Element | null {
  if (node.type === 'element' && node.tagName === 'body') return node
  for (const c of node.children) {
    const found = c.type === 'element' ? findBody(c) : null
    if (found) return found
  }
  return null
}

// ---- which elements: the page around the document, its container ----

function words(el: Element): string[] {
  const { id, className } = el.properties
  return [...(typeof id === 'string' ? [id] : []), ...(Array.isArray(className) ? className.map(String) : [])]
}

function isPagePart(el: Element): boolean {
  if (DROPPED.has(el.tagName) || el.properties.hidden || /display\s*:\s*none/i.test(String(el.properties.style ?? ''))) return true
  const w = words(el)
  return w.some((x) => PAGE_PARTS.test(x)) && !w.some((x) => CONTENT.test(x))
}

function isContainer(el: Element): boolean {
  return el.tagName === 'article' || el.tagName === 'main' || words(el).some((x) => CONTENT.test(x))
}

function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.replace(/\s+/g, ' ').trim().length
  if (node.type !== 'element' || isPagePart(node)) return 0
  let n = 0
  for (const c of node.children) n += textLength(c)
  return n
}

/** The largest content container by text length, when there is one that holds a fair share of the page; else body. */
function contentRoot(body: Element): Element {
  let best: Element | null = null
  let bestLength = 0
  const visit = (el: Element) => {
    for (const c of el.children) {
      if (c.type !== 'element' || isPagePart(c)) continue
      if (isContainer(c)) {
        const n = textLength(c)
        if (n > bestLength) [best, bestLength] = [c, n]
      }
      visit(c)
    }
  }
  visit(body)
  return best && bestLength >= MIN_CONTENT_SHARE * textLength(body) ? best : body
}

// ---- lines ----

interface Out {
  lines: string[]
  /** per line, whether a line break (`<br>`) and not a block began it */
  broken: boolean[]
  /** the line being built began after a `<br>` */
  afterBreak: boolean
  /** the text of the line being built */
  buf: string
  /** a list item's label, typed in front of its first line */
  prefix: string
}

function newOut(): Out {
  return { lines: [], broken: [], afterBreak: false, buf: '', prefix: '' }
}

function append(out: Out, text: string): void {
  out.buf += text.replace(/\s+/g, ' ')
}

function flush(out: Out): void {
  const line = out.buf.replace(/ {2,}/g, ' ').trim().normalize('NFC')
  out.buf = ''
  const broken = out.afterBreak
  out.afterBreak = false
  if (!line) return
  out.lines.push(out.prefix + line)
  out.broken.push(broken)
  out.prefix = ''
}

function walkChildren(el: Element, out: Out, inCell: boolean): void {
  for (const c of el.children) walk(c, out, inCell)
}

function walk(node: ElementContent | Element, out: Out, inCell: boolean): void {
  if (node.type === 'text') return append(out, node.value)
  if (node.type !== 'element' || isPagePart(node)) return
  const tag = node.tagName
  if (tag === 'br') {
    flush(out)
    out.afterBreak = true
    return
  }
  if (tag === 'table') return table(node, out, inCell)
  if (tag === 'ol' || tag === 'ul') return list(node, out, inCell)
  if (tag === 'pre') return pre(node, out)
  if (HEADINGS.test(tag)) return heading(node, out, inCell)
  const block = BLOCKS.has(tag)
  if (block) flush(out)
  walkChildren(node, out, inCell)
  if (block) flush(out)
}

/** A heading's text on one line, whatever breaks it holds. */
function heading(el: Element, out: Out, inCell: boolean): void {
  flush(out)
  append(out, render(el, inCell).join(' '))
  flush(out)
}

function pre(el: Element, out: Out): void {
  flush(out)
  const text = toText(el)
  for (const line of text.split(/\r?\n/)) {
    append(out, line)
    flush(out)
  }
}

function toText(node: ElementContent): string {
  if (node.type === 'text') return node.value
  if (node.type !== 'element' || isPagePart(node)) return ''
  return node.tagName === 'br' ? '\n' : node.children.map(toText).join('')
}

function render(el: Element, inCell: boolean): string[] {
  const sub = newOut()
  walkChildren(el, sub, inCell)
  flush(sub)
  return sub.lines
}

// ---- lists ----

function list(el: Element, out: Out, inCell: boolean): void {
  flush(out)
  const ordered = el.tagName === 'ol'
  const type = String(el.properties.type ?? '1')
  let n = int(el.properties.start, 1)
  for (const c of el.children) {
    if (c.type !== 'element' || c.tagName !== 'li') {
      walk(c, out, inCell)
      continue
    }
    if (c.properties.value !== undefined) n = int(c.properties.value, n)
    flush(out)
    out.prefix = ordered ? `${label(n, type)}. ` : '- '
    walkChildren(c, out, inCell)
    flush(out)
    out.prefix = ''
    n++
  }
}

function int(v: unknown, fallback: number): number {
  const n = Number(v)
  return Number.isInteger(n) ? n : fallback
}

function label(n: number, type: string): string {
  if (type === 'a' || type === 'A') {
    const s = letters(n)
    return type === 'A' ? s.toUpperCase() : s
  }
  if (type === 'i' || type === 'I') {
    const s = roman(n)
    return type === 'i' ? s.toLowerCase() : s
  }
  return String(n)
}

function letters(n: number): string {
  let s = ''
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s
  return s || String(n)
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n)
  const parts: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let s = ''
  for (const [v, r] of parts) for (; n >= v; n -= v) s += r
  return s
}

// ---- tables ----

/** The rows of this table, not of the tables nested in its cells. */
function rowsOf(el: Element): Element[] {
  return el.children.flatMap((c) => (c.type !== 'element' ? [] : c.tagName === 'tr' ? [c] : ['thead', 'tbody', 'tfoot'].includes(c.tagName) ? rowsOf(c) : []))
}

function cellsOf(tr: Element): Element[] {
  return tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))
}

/** A line with no small letter: a letterhead's, in capitals. */
const CAPS = /^[^\p{Ll}]*$/u

/**
 * A cell's paragraphs joined by " / " (a table nested in it flattened the same way). A line break (`<br>`) that only
 * wraps a sentence or a name at the cell's width ("Sở Thông tin và<br>Truyền thông", "vùng phủ<br>sóng") is a space.
 */
function cellText(cell: Element): string {
  const sub = newOut()
  walkChildren(cell, sub, true)
  flush(sub)
  const parts: string[] = []
  sub.lines.forEach((line, i) => {
    // (a letterhead's lines in capitals stay lines: "ỦY BAN NHÂN DÂN<br>TỈNH HÀ NAM")
    const prev = parts[parts.length - 1]
    if (i && sub.broken[i] && !(CAPS.test(prev) && CAPS.test(line)) && carries(prev, line, true)) parts[parts.length - 1] += ` ${line}`
    else parts.push(line)
  })
  return parts.join(' / ')
}

function table(el: Element, out: Out, inCell: boolean): void {
  flush(out)
  const rows = rowsOf(el)
  const cells = rows.flatMap(cellsOf)
  for (const c of el.children) if (c.type === 'element' && c.tagName === 'caption') walk(c, out, inCell)
  // a layout wrapper (one cell), or a table inside a cell: its cells read as ordinary blocks
  if (inCell || cells.length <= 1) for (const cell of cells) walk(cell, out, inCell)
  flush(out)
  if (inCell || cells.length <= 1) return
  const pending = new Map<number, { text: string; rows: number; width: number }>()
  for (const [k, tr] of rows.entries()) {
    // (a converter's placeholder header is the table's first row: no other row is rendered twice to look for it)
    if (k === 0 && isPlaceholderRow(tr)) continue
    const line = rowLine(tr, pending)
    if (/[^\t ]/.test(line)) out.lines.push(line)
  }
}

/** A converter's header that names no column: "Col1 | Col2 | … | Col7" (a table continued from the page before). */
function isPlaceholderRow(tr: Element): boolean {
  const texts = cellsOf(tr).map(cellText)
  return texts.filter((t) => /^Col\d{1,2}$/u.test(t)).length * 2 > texts.length
}

/** One row's cells joined by TAB; a cell spanning rows (rowspan) repeated in each, one spanning columns given once. */
function rowLine(tr: Element, pending: Map<number, { text: string; rows: number; width: number }>): string {
  const texts: string[] = []
  let col = 0
  const takeSpanned = () => {
    for (let p = pending.get(col); p; p = pending.get(col)) {
      texts.push(p.text)
      if (--p.rows <= 0) pending.delete(col)
      col += p.width
    }
  }
  for (const cell of cellsOf(tr)) {
    takeSpanned()
    const text = cellText(cell)
    const rows = Math.min(Math.max(int(cell.properties.rowSpan, 1), 1), MAX_SPAN)
    const width = Math.min(Math.max(int(cell.properties.colSpan, 1), 1), MAX_SPAN)
    texts.push(text)
    if (rows > 1) pending.set(col, { text, rows: rows - 1, width })
    col += width
  }
  for (const k of [...pending.keys()].filter((k) => k >= col).sort((a, b) => a - b)) {
    col = k
    takeSpanned()
  }
  return texts.join('\t')
}
