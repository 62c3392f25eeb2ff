// The PDF reader: pdfjs (loaded on first use) gives each page's text runs and operator list; the runs are rebuilt
// into lines (pdf-lines), bordered tables read from the ruling lines (pdf-grid), page furniture dropped
// (pdf-furniture), tables without borders found from their columns (pdf-tables) and all put in reading order
// (pdf-layout). A PDF without a text layer (a scan) is refused: it needs OCR first.
import { LIMITS, ReadError, type ReadDocument, type ReadNote } from './types.js'
import { cleanText, buildLines, inkCount, type Item } from './pdf-lines.js'
import { isHorizontal, multiply, walkOps, type OperatorList, type Ops } from './pdf-ops.js'
import { findGrids, type GridTable } from './pdf-grid.js'
import { dropFurniture, type PageLines } from './pdf-furniture.js'
import { layout, type PageLayout } from './pdf-layout.js'

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>

/** fewer letters and digits than this per page, on average, is no text layer */
const MIN_INK_PER_PAGE = 10
/** annotations whose text is read with the page's: form fields (a signed PDF's number), stamps, typed-in text */
const READABLE = new Set(['Widget', 'Stamp', 'FreeText'])

let loaded: Promise<Pdfjs> | null = null
function pdfjs(): Promise<Pdfjs> {
  loaded ??= quietly(() => import('pdfjs-dist/legacy/build/pdf.mjs'))
  return loaded
}

/** pdfjs warns on the console while it loads (no canvas package, say), before any verbosity can be set: not here. */
async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const warn = console.warn
  console.warn = (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && args[0].startsWith('Warning: '))) warn(...args)
  }
  try {
    return await run()
  } finally {
    console.warn = warn
  }
}

export async function readPdf(bytes: Uint8Array): Promise<ReadDocument> {
  const lib = await pdfjs()
  const doc = await open(lib, bytes)
  try {
    if (doc.numPages > LIMITS.maxPdfPages)
      throw new ReadError('too-large', `the PDF has ${doc.numPages} pages, more than the ${LIMITS.maxPdfPages} read`)
    const pages: PageData[] = []
    for (let n = 1; n <= doc.numPages; n++) pages.push(await guard(() => readPage(doc, n)))
    const ink = pages.reduce((sum, p) => sum + inkCount(p.text), 0)
    if (ink < MIN_INK_PER_PAGE * pages.length) throw new ReadError('no-text-layer', 'no text layer (a scanned PDF?): it needs OCR first')
    for (const p of pages) await guard(() => addOperatorList(lib, doc, p))
    const { lines, origins } = layout(arrange(pages))
    return { format: 'pdf', lines, markdown: false, origins, notes: textlessPages(pages) }
  } finally {
    await doc.destroy().catch(() => undefined)
  }
}

async function open(lib: Pdfjs, bytes: Uint8Array): Promise<PdfDocument> {
  const task = lib.getDocument({
    // pdfjs may transfer (detach) the buffer it is given: hand it a copy
    data: new Uint8Array(bytes),
    verbosity: lib.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  })
  try {
    return await task.promise
  } catch (err) {
    await task.destroy().catch(() => undefined)
    throw readError(err)
  }
}

/** pdfjs's failures as read errors: a password wanted, or a damaged file. */
function readError(err: unknown): ReadError {
  if (err instanceof ReadError) return err
  const name = (err as { name?: string } | null)?.name ?? ''
  const message = err instanceof Error ? err.message : String(err)
  if (name === 'PasswordException') return new ReadError('encrypted', 'the PDF is protected by a password')
  return new ReadError('corrupt', `a damaged PDF: ${message}`)
}

async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (err) {
    throw readError(err)
  }
}

interface PageData {
  page: number
  height: number
  transform: number[]
  /** the text layer's runs */
  text: Item[]
  /** those and the runs shown by annotations (a signature field's stamped number) */
  all: Item[]
  /** the runs outside bordered tables */
  rest: Item[]
  grids: GridTable[]
}

async function readPage(doc: PdfDocument, n: number): Promise<PageData> {
  const page: PdfPage = await doc.getPage(n)
  const viewport = page.getViewport({ scale: 1 })
  const content = await page.getTextContent()
  const text: Item[] = []
  for (const raw of content.items) {
    if (!('str' in raw)) continue
    const item = placeItem(raw.str, raw.transform, raw.width, viewport.transform, viewport.width, viewport.height)
    if (item) text.push(item)
  }
  return { page: n, height: viewport.height, transform: viewport.transform, text, all: text, rest: text, grids: [] }
}

/** A text run in viewport space; null when it is not horizontal, too small to read, or off the page. */
function placeItem(str: string, tm: number[], width: number, view: number[], w: number, h: number): Item | null {
  const m = multiply(view, tm)
  const fs = Math.abs(m[3])
  const clean = cleanText(str)
  if (!clean || !isHorizontal(m) || fs < 2) return null
  if (m[4] > w || m[4] + width < 0 || m[5] < 0 || m[5] - fs > h) return null
  return { str: clean, x: m[4], y: m[5], w: width, fs }
}

async function addOperatorList(lib: Pdfjs, doc: PdfDocument, p: PageData): Promise<void> {
  const page = await doc.getPage(p.page)
  const list = await page.getOperatorList({ annotationMode: lib.AnnotationMode.ENABLE })
  // text that fills a field or is stamped on the page counts; a reviewer's comment does not
  const annotations = (await page.getAnnotations()) as { id?: string; subtype?: string }[]
  const readable = new Set(annotations.filter((a) => READABLE.has(a.subtype ?? '')).map((a) => String(a.id)))
  const { rules, items } = walkOps(list as OperatorList, lib.OPS as unknown as Ops, p.transform, readable)
  p.all = [...p.text, ...items]
  const found = findGrids(rules, p.all, p.page)
  p.grids = found.tables
  p.rest = found.rest
  page.cleanup()
}

/** A note on the pages with no text when others have some: a scan bound in with the text, its words missing. */
function textlessPages(pages: PageData[]): ReadNote[] {
  const empty = pages.filter((p) => inkCount(p.all) < MIN_INK_PER_PAGE).map((p) => p.page)
  if (!empty.length) return []
  const list = empty.length > 10 ? `${empty.slice(0, 10).join(', ')}…` : empty.join(', ')
  const [noun, verb, its] = empty.length === 1 ? ['page', 'has', 'its'] : ['pages', 'have', 'their']
  const message = `${noun} ${list} of ${pages.length} ${verb} no text layer (scanned?): ${its} text is missing`
  return [{ code: 'reader-note', message }]
}

/** Each page's lines (furniture dropped) and tables, for the layout. */
function arrange(pages: PageData[]): PageLayout[] {
  const lined: (PageLines & { data: PageData })[] = pages.map((p) => ({
    page: p.page,
    height: p.height,
    lines: buildLines(p.rest, p.page),
    data: p,
  }))
  dropFurniture(lined)
  return lined.map((l) => ({
    page: l.page,
    lines: l.lines,
    grids: l.data.grids,
    lineYs: buildLines(l.data.all, l.page).map((x) => x.y),
  }))
}
