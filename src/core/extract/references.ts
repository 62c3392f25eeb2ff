// Extraction: a lead given by reference. The organisation section of a plan often assigns whole parts of it
// ("3. Sở Nông nghiệp và Môi trường: Chủ trì triển khai các nhiệm vụ tại mục (IV) (1) của Kế hoạch"): the items of
// that part, which name no lead of their own, are led by the body that took them on. A more specific reference
// ("tại mục (IV)(3.4)(a)") wins over a wider one ("tại mục (IV)(3)").
import type { Section, Task } from '../contract/schema.js'
import { warmAll } from '../contract/regex.js'

const TOKEN = String.raw`\(?(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])\)?`
const REFERENCE = new RegExp(
  String.raw`(?:chủ trì|thực hiện|triển khai|phụ trách)[^.;:]{0,60}?(?:nhiệm vụ|nội dung|giải pháp)[^.;:]{0,30}?tại\s+(?:mục|phần|điểm|tiểu mục)\s+(${TOKEN}(?:(?:\s*[.,]\s*|\s+|\s*(?=\())${TOKEN})*)(?![\p{L}\d])`,
  'iu',
)

type Style = 'roman' | 'int' | 'dotted' | 'letter'
/** Lower ranks sit higher in the outline; a section ends where one of the same or a higher rank begins. */
const RANK: Record<Style, number> = { roman: 0, int: 1, dotted: 2, letter: 3 }

interface Part {
  start: number
  end: number
}

export function leadsByReference(tasks: Task[], sections: Section[]): void {
  const heads = sections.filter((s) => s.number).map((s) => ({ number: norm(s.number!), line: s.span.start.line })).sort((a, b) => a.line - b.line)
  if (!heads.length) return
  const lastLine = Math.max(...tasks.map((t) => t.span.end.line), ...sections.map((s) => s.span.end.line)) + 1
  const refs: Array<{ from: Task; parts: Part[]; depth: number }> = []
  for (const t of tasks) {
    if (!t.lead.some((a) => !a.generic)) continue
    const m = REFERENCE.exec(t.text)
    if (!m) continue
    for (const path of paths(tokens(m[1]))) {
      const part = resolve(path, heads, { start: 1, end: lastLine })
      if (part) refs.push({ from: t, parts: [part], depth: path.reduce((n, x) => n + x.split('.').length, 0) })
    }
  }
  // the most specific reference first: a task it reaches is taken, and a wider one leaves it alone
  refs.sort((a, b) => b.depth - a.depth)
  for (const r of refs) {
    for (const t of tasks) {
      if (t === r.from || t.lead.some((a) => !a.generic)) continue
      if (r.parts.some((p) => t.span.start.line > p.start && t.span.start.line < p.end)) t.lead = r.from.lead
    }
  }
}

function norm(n: string): string {
  return n.replace(/[().\s]+$/u, '').replace(/^\(/, '')
}

function tokens(s: string): string[] {
  return [...s.matchAll(new RegExp(TOKEN, 'giu'))].map((m) => norm(m[0]))
}

function styleOf(n: string): Style {
  if (/^[IVXLC]+$/u.test(n)) return 'roman'
  if (/^\d+$/u.test(n)) return 'int'
  if (/^\d+(?:\.\d+)+$/u.test(n)) return 'dotted'
  return 'letter'
}

/** "(IV) (4.1) (4.2)": tokens of the same style side by side are alternatives, each a path of its own. */
export function paths(toks: string[]): string[][] {
  const out: string[][] = []
  let prefix: string[] = []
  for (let i = 0; i < toks.length; i++) {
    const same = i > 0 && styleOf(toks[i]) === styleOf(toks[i - 1])
    const path = same ? [...prefix.slice(0, -1), toks[i]] : [...prefix, toks[i]]
    out.push(path)
    prefix = path
  }
  // a prefix of a longer path is not a reference of its own
  return out.filter((p, i) => !out.some((q, j) => j !== i && q.length > p.length && p.every((x, k) => q[k] === x)))
}

/** The lines a numbered part covers: from its heading to the next heading of its rank or a higher one, within its parent. */
function resolve(path: string[], heads: Array<{ number: string; line: number }>, within: Part): Part | null {
  let part = within
  for (const n of path) {
    const rank = RANK[styleOf(n)]
    const inside = heads.filter((h) => h.line >= part.start && h.line < part.end)
    const i = inside.findIndex((h) => h.number === n)
    if (i < 0) return null
    const next = inside.slice(i + 1).find((h) => RANK[styleOf(h.number)] <= rank)
    part = { start: inside[i].line, end: next ? next.line : part.end }
  }
  return part
}

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(REFERENCE)
