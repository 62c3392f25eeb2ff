// The pipeline, read as a table of contents: normalise → a site's banner and trailer blanked, a crawler's paths too → unfold and unflatten tables → segment → sections → metadata → tasks (agencies, deadlines) → scopes from the issuer → leads and deadlines given by reference → one name per body → index.
import { indexAgencies } from './extract/agencyIndex.js'
import { shareRowAssignments } from './extract/appendix.js'
import { THIS_DOC_NOUNS, forgetReadings, yearsMentioned } from './deadlines/index.js'
import { iso } from './deadlines/calendar.js'
import { forgetMentions, forgetWholes } from './agencies/index.js'
import { diagnostic } from './contract/diagnostics.js'
import { unflattenTables } from './read/flatTable.js'
import { unfoldPipeLines } from './read/pipeLines.js'
import { withoutSiteChrome } from './read/siteChrome.js'
import { withoutFootnotes } from './read/footnotes.js'
import { definedAbbreviations } from './grammar/mentions.js'
import { forgetUnits } from './grammar/units.js'
import { extractMeta, isSitePage, quotedActKind } from './structure/meta.js'
import { normalise } from './read/normalise.js'
import { isWordSegmented, openJoins, quoteAsWritten } from './read/segmented.js'
import { isGlued, positionsBack, quotedAsWritten, unglue } from './read/glued.js'
import { withoutCrumbs } from './read/crumbs.js'
import type { PlanDocument } from './contract/schema.js'
import { buildOutline, type Placed } from './structure/sections.js'
import { leadsByReference } from './extract/references.js'
import { deadlinesByAnnex } from './extract/annexDeadlines.js'
import { completeScopes } from './extract/scopeFromIssuer.js'
import { oneNamePerBody } from './extract/sameBody.js'
import { officesActForBodies } from './extract/actsFor.js'
import { sameSubjectGoesOn } from './extract/goesOn.js'
import { segment, type Block } from './read/segment.js'
import { extractTasks } from './extract/tasks.js'
import { withItemLabels } from './extract/itemLabels.js'
import type { ReadDocument } from './read/types.js'

export interface ParseOptions {
  /** the file name to record in the output (null for standard input) */
  file?: string | null
  /** markdown input (by extension); markdown headings are also recognised in plain text */
  markdown?: boolean
  /** every line is a whole paragraph (Word, HTML): lines are never joined as wrapped text */
  wholeLines?: boolean
}

/** Text in, document out: pure, never throws on odd input, always returns a valid document. */
export function parseDocument(text: string, opts: ParseOptions = {}): PlanDocument {
  forgetMemos()
  try {
    return parseText(text, opts)
  } finally {
    forgetMemos()
  }
}

/**
 * "Nghị quyết này có hiệu lực thi hành từ ngày 29 tháng 4 năm 2026" / "… kể từ ngày ký": the day the document takes
 * effect; also after what else the sentence says of it ("Quy định này thay thế Quy định số 270-QĐ/TW, ngày 06/12/2014 …
 * và có hiệu lực thi hành kể từ ngày ký").
 */
const TAKES_EFFECT = new RegExp(
  String.raw`(?:${THIS_DOC_NOUNS})\s+này\s+(?:[^.;]{1,240}?\s+và\s+)?có\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+ngày\s+(?:(ký|ban hành)|(\d{1,2})\s*(?:tháng\s*|\/)\s*(\d{1,2})\s*(?:năm\s*|\/)\s*(\d{4}))`,
  'iu',
)

/**
 * "Nghị định số 178/2026/NĐ-CP quy định …, có hiệu lực thi hành từ ngày 06/7/2026": the day an act the document names
 * takes effect, in the same sentence as its number (the first act the sentence names).
 */
const ACT_TAKES_EFFECT = new RegExp(
  String.raw`(?:${THIS_DOC_NOUNS})\s+s[ốôo]\s+(\d[\p{L}\p{N}/.-]*[\p{L}\p{N}])[^.;]{0,300}?\scó\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+ngày\s+(\d{1,2})\s*(?:tháng\s*|\/)\s*(\d{1,2})\s*(?:năm\s*|\/)\s*(\d{4})`,
  'giu',
)

/** "06", "7", "2026" as YYYY-MM-DD, or null for no such day. */
function dayOf(d: string, mo: string, y: string): string | null {
  const [dd, mm] = [Number(d), Number(mo)]
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31 ? iso(Number(y), mm, dd) : null
}

/**
 * The day the document takes effect (TAKES_EFFECT; "kể từ ngày ký" is its own date) and the days the acts it names take
 * effect, by their number in lower case (ACT_TAKES_EFFECT, DeadlineContext.actsInForce): one pass over the blocks.
 */
function inForce(blocks: Block[], issuedOn: string | null): { effective?: string; acts?: Record<string, string> } {
  let effective: string | undefined
  let found = false
  let acts: Record<string, string> | undefined
  for (const b of blocks) {
    if (!b.text.includes('hiệu lực')) continue
    const m = found ? null : TAKES_EFFECT.exec(b.text)
    if (m) {
      const day = m[1] ? (issuedOn ?? undefined) : (dayOf(m[2], m[3], m[4]) ?? undefined)
      if (m[1] || day) (effective = day), (found = true)
    }
    for (const a of b.text.matchAll(ACT_TAKES_EFFECT)) {
      const key = a[1].toLowerCase()
      const day = dayOf(a[2], a[3], a[4])
      if (day && !acts?.[key]) (acts ??= {})[key] = day
    }
  }
  return { effective, acts }
}

/** The stages keep what they read of a text while one document is parsed, never across two. */
function forgetMemos(): void {
  forgetReadings()
  forgetMentions()
  forgetWholes()
  forgetUnits()
}

function parseText(text: string, opts: ParseOptions): PlanDocument {
  const norm = normalise(text)
  const segmented = isWordSegmented(norm.lines)
  // (a PDF's words run together throughout: read through a copy with the spaces put back)
  const glued = !segmented && isGlued(norm.lines) ? unglue(norm.lines) : null
  const { lines: own, notes } = withoutFootnotes(withoutCrumbs(withoutSiteChrome(segmented ? norm.lines.map(openJoins) : (glued?.lines ?? norm.lines))))
  // (such a corpus puts one sentence on each line: like a Word document's paragraphs, its lines are never joined)
  const whole = !!opts.wholeLines || segmented
  const unfolded = whole ? own : unfoldPipeLines(own)
  const lines = whole ? own : unflattenTables(unfolded)
  const rebuilt = new Set<number>()
  if (lines !== own) lines.forEach((l, i) => l !== own[i] && l.startsWith('| ') && rebuilt.add(i))
  const blocks = segment(lines, !!opts.markdown, whole, rebuilt, notes)
  // (a row put back from cells stacked one per line, not from a pipe table's lines: its text ran on from cell to cell)
  if (lines !== unfolded) for (const b of blocks) if (b.cells && lines[b.segs[0].line - 1] !== unfolded[b.segs[0].line - 1]) b.stacked = true
  const defs = definedAbbreviations(blocks)
  if (defs.size) for (const b of blocks) b.defs = defs
  const { sections, placed } = buildOutline(blocks)
  const meta = extractMeta(placed)
  const year = meta.issuedOn ? Number(meta.issuedOn.slice(0, 4)) : (blankDayYear(placed) ?? dominantYear(placed.filter((p) => p.kind === 'title').map((p) => p.block.text).join(' ')))
  const { effective, acts } = inForce(blocks, meta.issuedOn)
  // (an undated text was written no earlier than the latest act it cites)
  const since = meta.issuedOn ? undefined : meta.references.reduce<string | undefined>((a, r) => (r.date && (!a || r.date > a) ? r.date : a), undefined)
  const { tasks: found, diagnostics } = extractTasks(placed, { year: year ?? undefined, today: meta.issuedOn ?? undefined, since, effective, actsInForce: acts, kind: meta.kind === 'tin-bai' ? (quotedActKind(placed) ?? meta.kind) : meta.kind, issuer: meta.issuer, page: isSitePage(placed), number: meta.number })
  completeScopes(found, sections, meta.issuer)
  leadsByReference(found, sections)
  deadlinesByAnnex(found, placed)
  const tasks = shareRowAssignments(found)
  officesActForBodies(tasks)
  sameSubjectGoesOn(tasks, lines)
  const rename = oneNamePerBody(tasks, sections, placed, meta.issuer)
  // (after every stage that reads the tasks' own words)
  withItemLabels(tasks)
  const missing = [!meta.number && 'number', !meta.issuedOn && 'date', !meta.issuer && 'issuer'].filter(Boolean)
  const metaDiag = missing.length && meta.kind !== 'tin-bai' ? [diagnostic('meta-missing', 1, 1, `no ${missing.join(', no ')}`)] : []
  const doc: PlanDocument = {
    schemaVersion: 1,
    file: opts.file ?? null,
    meta,
    sections,
    tasks,
    agencies: indexAgencies(meta, sections, tasks, placed, rename),
    diagnostics: [...norm.diagnostics, ...metaDiag, ...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column),
  }
  // (what the output quotes, as the text writes it: read from the opened copy of a word-segmented text)
  if (segmented) quoteAsWritten(doc.tasks, norm.lines)
  if (glued) {
    // (the reader's notes are the text's own positions already)
    positionsBack(doc, glued, new Set(norm.diagnostics))
    quotedAsWritten(doc.tasks, norm.lines)
  }
  return doc
}

/** A document from the reading stage (any format) in, document out: the reader's notes become diagnostics. */
export function parseRead(read: ReadDocument, opts: Omit<ParseOptions, 'markdown'> = {}): PlanDocument {
  const doc = parseDocument(read.lines.join('\n'), { ...opts, markdown: read.markdown, wholeLines: WHOLE_LINES.has(read.format) })
  const notes = read.notes.map((n) => diagnostic(n.code, n.line ?? 1, 1, n.message))
  const out: PlanDocument = { ...doc, format: read.format, diagnostics: [...notes, ...doc.diagnostics].sort((a, b) => a.line - b.line || a.column - b.column) }
  const pages = pageStarts(read)
  if (pages) out.pages = pages
  return out
}

/** Formats whose readers give one paragraph per line. */
const WHOLE_LINES = new Set(['docx', 'doc', 'html'])

function pageStarts(read: ReadDocument): number[] | null {
  if (!read.origins?.some((o) => o.page)) return null
  const starts: number[] = []
  read.origins.forEach((o, i) => {
    if (o.page && !starts[o.page - 1]) starts[o.page - 1] = i + 1
  })
  return Array.from(starts, (s, i) => s ?? (i ? starts[i - 1] : 1))
}

/** A title's years, the programme's own included ("Kế hoạch tuyên truyền … năm 2026" is about 2026). */
function dominantYear(text: string): number | null {
  const ys = [...yearsMentioned(text), ...[...text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu)].map((m) => Number(m[0]))]
  return ys.length ? Math.max(...ys) : null
}

/** A draft's date line with the day left blank for the signature: "Lâm Đồng, ngày      tháng 01 năm 2026". */
function blankDayYear(placed: Placed[]): number | null {
  for (const p of placed.slice(0, 12)) {
    const m = /ngày[\s._…]*tháng[\s._…]*(?:\d{1,2})?[\s._…]*năm\s*((?:19|20)\d{2})/u.exec(p.block.text)
    if (m) return Number(m[1])
  }
  return null
}
