// PDF reading, step 3: page furniture out — page numbers near the top or bottom edge, and running headers and
// footers (a line repeated at the same height on the pages, the digits aside). A letterhead repeated because a file
// holds several letters is not furniture: it is not on every page after the first, it lies lower than a page's
// header, and it carries the motto.
import type { Line } from './pdf-lines.js'

export interface PageLines {
  page: number
  height: number
  lines: Line[]
}

const PAGE_NUMBER =
  /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$|^(?:trang|page)\s+\d{1,4}(?:\s*(?:\/|trên|of)\s*\d{1,4})?$|^\d{1,4}\s*\/\s*\d{1,4}$/iu
/** lines of a letterhead or an address, which repeat when one file holds several letters */
const LETTERHEAD = /C[ỘO]NG H[OÒ][AÀ] XÃ H[ỘO]I|Độc lập|ĐẢNG CỘNG SẢN|Kính gửi/iu
/** page numbers lie within this share of the page height from the top or the bottom */
const NUMBER_EDGE = 0.12
/** a running line found on two pages only must lie within this share of the page height from an edge */
const HEADER_EDGE = 0.07
/** a line near the edge set apart from the text by more than this (in font sizes) is in the margin */
const DETACHED = 2.5
/** furniture is among this many lines from the top or the bottom of a page */
const EDGE_LINES = 3
/** lines this close in height (points) are at the same height */
const SAME_Y = 3

export function dropFurniture(pages: PageLines[]): void {
  const drop = new Set([...pageNumbers(pages), ...runningLines(pages)])
  for (const p of pages) p.lines = p.lines.filter((_, i) => !drop.has(`${p.page}:${i}`))
}

function edgeIndexes(count: number): number[] {
  const out = new Set<number>()
  for (let i = 0; i < Math.min(EDGE_LINES, count); i++) out.add(i).add(count - 1 - i)
  return [...out]
}

function inEdge(p: PageLines, line: Line, share: number): boolean {
  return line.y < p.height * share || line.y > p.height * (1 - share)
}

/** In the page's margin: close to its edge, or near it and set apart from the text by a wide gap. */
function atEdge(p: PageLines, i: number): boolean {
  const line = p.lines[i]
  if (inEdge(p, line, HEADER_EDGE)) return true
  const inward = line.y < p.height / 2 ? p.lines[i + 1] : p.lines[i - 1]
  return inEdge(p, line, NUMBER_EDGE) && (!inward || Math.abs(inward.y - line.y) > DETACHED * line.fs)
}

function pageNumbers(pages: PageLines[]): string[] {
  const out: string[] = []
  for (const p of pages)
    for (const i of edgeIndexes(p.lines.length)) {
      const line = p.lines[i]
      if (PAGE_NUMBER.test(line.text.trim()) && inEdge(p, line, NUMBER_EDGE)) out.push(`${p.page}:${i}`)
    }
  return out
}

interface Occurrence {
  page: number
  index: number
  y: number
  edge: boolean
}

/** Lines repeated at the same height on every page, or on every page but the first or the last. */
function runningLines(pages: PageLines[]): string[] {
  if (pages.length < 2) return []
  const byKey = new Map<string, Occurrence[]>()
  for (const p of pages)
    for (const i of edgeIndexes(p.lines.length)) {
      const line = p.lines[i]
      if (LETTERHEAD.test(line.text)) continue
      const key = line.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()
      const list = byKey.get(key) ?? byKey.set(key, []).get(key)!
      list.push({ page: p.page, index: i, y: line.y, edge: atEdge(p, i) })
    }
  const out: string[] = []
  for (const list of byKey.values())
    for (const same of sameHeight(list)) if (isRunning(same, pages)) out.push(...same.map((o) => `${o.page}:${o.index}`))
  return out
}

function sameHeight(list: Occurrence[]): Occurrence[][] {
  const groups: Occurrence[][] = []
  for (const o of [...list].sort((a, b) => a.y - b.y)) {
    const g = groups[groups.length - 1]
    if (g && o.y - g[0].y <= SAME_Y) g.push(o)
    else groups.push([o])
  }
  return groups
}

function isRunning(same: Occurrence[], pages: PageLines[]): boolean {
  const on = new Set(same.map((o) => o.page))
  if (on.size < 2) return false
  const first = pages[0].page
  const last = pages[pages.length - 1].page
  const missing = pages.filter((p) => !on.has(p.page)).map((p) => p.page)
  const edge = same.every((o) => o.edge)
  // on every page (but the first or the last); or, close to the edge, on three pages or more (a chapter's header)
  if (missing.every((m) => m === first || m === last)) return on.size >= 3 || edge
  return on.size >= 3 && edge
}
