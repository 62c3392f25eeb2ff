// PDF reading, step 0: what the text layer does not give, read from a page's operator list — the ruling lines that
// draw table borders, and the text that annotations show (a signed PDF's number and date are often stamped as a
// signature field's appearance, not written in the page's text).
import type { Item } from './pdf-lines.js'
import { cleanText } from './pdf-lines.js'

/** An axis-aligned ruling line, as a thin box in viewport space. */
export interface Rule {
  x0: number
  y0: number
  x1: number
  y1: number
}

export interface OperatorList {
  fnArray: number[]
  argsArray: unknown[]
}

/** The operator codes used here, as pdfjs numbers them. */
export type Ops = Record<string, number>

type Matrix = number[]

/** a ruling line is at most this thick and at least this long */
const THIN = 3
const LONG = 5

export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ]
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
}

function box(m: Matrix, x0: number, y0: number, x1: number, y1: number): Rule {
  const [ax, ay] = apply(m, x0, y0)
  const [bx, by] = apply(m, x1, y1)
  const [cx, cy] = apply(m, x0, y1)
  const [dx, dy] = apply(m, x1, y0)
  return { x0: Math.min(ax, bx, cx, dx), y0: Math.min(ay, by, cy, dy), x1: Math.max(ax, bx, cx, dx), y1: Math.max(ay, by, cy, dy) }
}

/** Text drawn along the x axis (upright or slanted, as a synthetic italic is), not rotated. */
export function isHorizontal(m: Matrix): boolean {
  return Math.abs(m[1]) <= 0.1 * Math.abs(m[0]) && Math.abs(m[3]) > 0
}

export function isRule(r: Rule): boolean {
  const w = r.x1 - r.x0
  const h = r.y1 - r.y0
  return (w <= THIN && h >= LONG) || (h <= THIN && w >= LONG)
}

interface TextState {
  tm: Matrix
  lm: Matrix
  size: number
  leading: number
  charSpacing: number
  wordSpacing: number
  hScale: number
}

function freshText(): TextState {
  return { tm: [1, 0, 0, 1, 0, 0], lm: [1, 0, 0, 1, 0, 0], size: 0, leading: 0, charSpacing: 0, wordSpacing: 0, hScale: 1 }
}

/** The ruling lines a page draws and the text shown by the annotations `readable` names (by id). */
export function walkOps(list: OperatorList, OPS: Ops, base: Matrix, readable: Set<string>): { rules: Rule[]; items: Item[] } {
  const rules: Rule[] = []
  const items: Item[] = []
  const stack: Matrix[] = []
  let ctm = base
  let inAnnotation = false
  let reading = false
  let text = freshText()
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]
    const args = (list.argsArray[i] ?? []) as unknown[]
    if (fn === OPS.save) stack.push(ctm)
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm
    else if (fn === OPS.transform) ctm = multiply(ctm, args as number[])
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm)
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>))
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm
    else if (fn === OPS.beginAnnotation) {
      stack.push(ctm)
      inAnnotation = true
      reading = readable.has(String(args[0]))
      ctm = multiply(multiply(base, args[2] as number[]), args[3] as number[])
    } else if (fn === OPS.endAnnotation) {
      ctm = stack.pop() ?? ctm
      inAnnotation = reading = false
    } else if (fn === OPS.constructPath && !inAnnotation) pathRules(args, OPS, ctm, rules)
    else if (reading) text = textOp(fn, args, OPS, text, ctm, items)
  }
  return { rules, items }
}

function pathRules(args: unknown[], OPS: Ops, ctm: Matrix, rules: Rule[]): void {
  const op = args[0] as number
  const data = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | undefined
  const minMax = args[2] as ArrayLike<number> | undefined
  const filled = [OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke].includes(op)
  const stroked = [OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke].includes(op)
  if (filled && minMax && minMax.length >= 4) {
    const r = box(ctm, minMax[0], minMax[1], minMax[2], minMax[3])
    if (isRule(r)) rules.push(r)
  }
  if (stroked && data) strokeRules(data, ctm, rules)
}

/** The straight horizontal or vertical pieces of a stroked path (pdfjs path data: op code, then its points). */
function strokeRules(data: ArrayLike<number>, ctm: Matrix, rules: Rule[]): void {
  let start: [number, number] | null = null
  let at: [number, number] | null = null
  const segment = (to: [number, number]): void => {
    if (!at) return
    const [ax, ay] = apply(ctm, at[0], at[1])
    const [bx, by] = apply(ctm, to[0], to[1])
    const r = { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) }
    if (isRule(r)) rules.push(r)
  }
  for (let k = 0; k < data.length; ) {
    const code = data[k]
    if (code === 0) {
      at = start = [data[k + 1], data[k + 2]]
      k += 3
    } else if (code === 1) {
      const to: [number, number] = [data[k + 1], data[k + 2]]
      segment(to)
      at = to
      k += 3
    } else if (code === 2) {
      at = [data[k + 5], data[k + 6]]
      k += 7
    } else if (code === 3) {
      at = [data[k + 3], data[k + 4]]
      k += 5
    } else if (code === 4) {
      if (start) segment(start)
      at = start
      k += 1
    } else break
  }
}

interface Glyph {
  unicode?: string
  width?: number
  isSpace?: boolean
}

/** Follows the text state inside an annotation's appearance and turns each shown string into an item. */
function textOp(fn: number, args: unknown[], OPS: Ops, t: TextState, ctm: Matrix, items: Item[]): TextState {
  const num = (k: number): number => Number(args[k]) || 0
  if (fn === OPS.beginText) return { ...freshText(), size: t.size, leading: t.leading, charSpacing: t.charSpacing, wordSpacing: t.wordSpacing, hScale: t.hScale }
  if (fn === OPS.setFont) t.size = num(1)
  else if (fn === OPS.setTextMatrix) t.tm = t.lm = Array.from((Array.isArray(args[0]) || ArrayBuffer.isView(args[0]) ? args[0] : args) as ArrayLike<number>).slice(0, 6)
  else if (fn === OPS.moveText || fn === OPS.setLeadingMoveText) {
    if (fn === OPS.setLeadingMoveText) t.leading = -num(1)
    t.tm = t.lm = multiply(t.lm, [1, 0, 0, 1, num(0), num(1)])
  } else if (fn === OPS.setLeading) t.leading = num(0)
  else if (fn === OPS.nextLine) t.tm = t.lm = multiply(t.lm, [1, 0, 0, 1, 0, -t.leading])
  else if (fn === OPS.setCharSpacing) t.charSpacing = num(0)
  else if (fn === OPS.setWordSpacing) t.wordSpacing = num(0)
  else if (fn === OPS.setHScale) t.hScale = num(0) / 100
  else if (fn === OPS.showText || fn === OPS.showSpacedText) showText(args[0] as (Glyph | number)[], t, ctm, items)
  return t
}

function showText(glyphs: (Glyph | number)[], t: TextState, ctm: Matrix, items: Item[]): void {
  if (!Array.isArray(glyphs)) return
  let str = ''
  let advance = 0
  for (const g of glyphs) {
    if (typeof g === 'number') advance -= (g * t.size) / 1000
    else if (g) {
      str += g.unicode ?? ''
      advance += ((g.width ?? 0) * t.size) / 1000 + t.charSpacing + (g.isSpace ? t.wordSpacing : 0)
    }
  }
  advance *= t.hScale
  const m = multiply(ctm, t.tm)
  const [x, y] = apply(m, 0, 0)
  const [x1] = apply(m, advance, 0)
  const fs = Math.abs(m[3]) * t.size
  const clean = cleanText(str).trim()
  if (isHorizontal(m) && clean && fs >= 2) items.push({ str: clean, x: Math.min(x, x1), y, w: Math.abs(x1 - x), fs, alone: true })
  t.tm = multiply(t.tm, [1, 0, 0, 1, advance, 0])
}
