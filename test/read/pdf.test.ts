// The PDF reader: lines rebuilt from positioned text, page furniture dropped, tables as TAB rows, refusals as
// ReadErrors. PDFs are drawn in the test (test/read/make-pdf.ts) with the system's DejaVu Sans, and read from the
// corpus's originals when ../shared is there; each part is skipped, with the reason in its title, when its input
// is absent.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readPdf } from '../../src/core/read/pdf.js'
import type { Line } from '../../src/core/read/pdf-lines.js'
import { columnTables } from '../../src/core/read/pdf-tables.js'
import { ReadError } from '../../src/core/read/types.js'
import * as make from './make-pdf.js'

const font = make.systemFont()
const noFont = font ? '' : ` (skipped: the font ${make.FONT_PATH} is absent)`
const fixtures = path.join(import.meta.dirname, '..', '..', 'fixtures', 'read')
const shared = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus')
const originals = path.join(shared, 'originals')
const hasCorpus = existsSync(originals)

async function failure(bytes: Uint8Array): Promise<ReadError> {
  const err = await readPdf(bytes).then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(ReadError)
  return err as ReadError
}

function expectedLines(name: string): string[] {
  return readFileSync(path.join(fixtures, name), 'utf8').replace(/\n$/, '').split('\n')
}

describe.skipIf(!font)(`PDFs drawn in the test${noFont}`, () => {
  it('rebuilds a two-page plan: letterhead rows, no running header or page number, one table over the break', async () => {
    const doc = await readPdf(await make.makeTwoPageTable(font!))
    expect(doc.format).toBe('pdf')
    expect(doc.markdown).toBe(false)
    expect(doc.lines).toEqual(expectedLines('two-page-table.lines.txt'))
    expect(doc.lines.join('\n')).not.toMatch(/Kế hoạch cải cách hành chính năm|- [12] -/)
    expect(doc.origins).toHaveLength(doc.lines.length)
    const at = (text: string) => doc.origins![doc.lines.findIndex((l) => l.startsWith(text))]
    expect(at('ỦY BAN NHÂN DÂN')).toEqual({ page: 1, pageLine: 2 })
    expect(at('Rà soát')).toEqual({ page: 1, pageLine: 12 })
    expect(at('Tập huấn')).toEqual({ page: 2, pageLine: 3 })
    expect(at('III. TỔ CHỨC')).toEqual({ page: 2, pageLine: 6 })
  })

  it('reads a bordered table by its rules: a wrapped cell, a centred cell, a cell merged over two rows', async () => {
    const doc = await readPdf(await make.makeRuledTable(font!))
    expect(doc.lines).toEqual([
      'Phân công nhiệm vụ như sau:',
      '',
      'TT\tNhiệm vụ\tChủ trì',
      '1\tXây dựng cơ sở dữ liệu dân cư\tCông an tỉnh',
      '2\tTập huấn cán bộ\tSở Nội vụ',
      '3\tKiểm tra, giám sát\tSở Nội vụ',
      '',
      'Tổ chức thực hiện ngay sau khi kế hoạch được ban hành.',
    ])
  })

  it('keeps a paragraph whole over a page break and drops "Trang 1" and "2/2"', async () => {
    const doc = await readPdf(await make.makeBrokenParagraph(font!))
    expect(doc.lines).toEqual([
      'Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện',
      'các nội dung nêu trên, trong quá trình thực hiện nếu có khó khăn',
      'vướng mắc, kịp thời báo cáo Ủy ban nhân dân tỉnh.',
      '',
      'Nơi nhận:',
    ])
    expect(doc.origins!.map((o) => o.page)).toEqual([1, 1, 2, 2, 2])
  })

  it('keeps the letterhead of each letter when one file holds two', async () => {
    const doc = await readPdf(await make.makeTwoLetters(font!))
    expect(doc.lines.filter((l) => l.startsWith('BỘ TƯ PHÁP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toHaveLength(2)
    expect(doc.lines).toContain('Số: 2/BTP-BTTP\tHà Nội, ngày 2 tháng 7 năm 2025')
    expect(doc.lines.filter((l) => l === 'Độc lập - Tự do - Hạnh phúc')).toHaveLength(2)
  })

  it('notes a page with no text among pages with text', async () => {
    const doc = await readPdf(await make.makeTextThenScan(font!))
    expect(doc.lines).toEqual(['Báo cáo kết quả thực hiện nhiệm vụ năm 2025.'])
    expect(doc.notes).toEqual([{ code: 'reader-note', message: 'page 2 of 2 has no text layer (scanned?): its text is missing' }])
  })

  it('gives text in NFC', async () => {
    const doc = await readPdf(await make.makeBrokenParagraph(font!))
    for (const l of doc.lines) expect(l).toBe(l.normalize('NFC'))
  })
})

describe(`the fixture fixtures/read/two-page-table.pdf${noFont}`, () => {
  it.skipIf(process.env.PDF_FIXTURE !== 'write' || !font)('is written again (PDF_FIXTURE=write)', async () => {
    writeFileSync(path.join(fixtures, 'two-page-table.pdf'), await make.makeTwoPageTable(font!))
  })

  it('reads as two-page-table.lines.txt', async () => {
    const doc = await readPdf(new Uint8Array(readFileSync(path.join(fixtures, 'two-page-table.pdf'))))
    expect(doc.lines).toEqual(expectedLines('two-page-table.lines.txt'))
  })
})

describe('PDFs that cannot be read', () => {
  it('refuses a PDF with no text layer: it needs OCR', async () => {
    const err = await failure(await make.makeNoText())
    expect(err.code).toBe('no-text-layer')
    expect(err.message).toBe('no text layer (a scanned PDF?): it needs OCR first')
  })

  it('refuses a damaged PDF', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n' + 'garbage \u0001\u0002 not a pdf body '.repeat(20))
    expect((await failure(bytes)).code).toBe('corrupt')
  })

  it('refuses a PDF that asks for a password', async () => {
    expect((await failure(make.makeEncrypted())).code).toBe('encrypted')
  })

  it('refuses a PDF of more pages than it reads', async () => {
    expect((await failure(await make.makePages(2001))).code).toBe('too-large')
  })
})

describe('tables without borders, from the columns of rebuilt lines', () => {
  const line = (y: number, ...segs: [number, number, string][]): Line => ({
    page: 1,
    y,
    fs: 12,
    segs: segs.map(([x0, x1, text]) => ({ x0, x1, text })),
    text: segs.map((s) => s[2]).join(' '),
  })
  const texts = (lines: Line[]) => columnTables(lines).map((e) => e.text)

  it('leaves a lone line with wide gaps as text: one line is no table', () => {
    expect(texts([line(100, [60, 200, 'Họ và tên:'], [240, 300, 'Chức vụ:'], [340, 420, 'Đơn vị:'])])).toEqual(['Họ và tên: Chức vụ: Đơn vị:'])
  })

  it('joins a wrapped cell into its row and stops at a line that crosses the columns', () => {
    const rows = [
      line(100, [60, 120, 'TT'], [150, 260, 'Nội dung'], [300, 380, 'Chủ trì']),
      line(118, [60, 70, '1'], [150, 280, 'Rà soát văn bản'], [300, 390, 'Sở Tư pháp']),
      line(132, [150, 270, 'quy phạm pháp luật']),
      line(150, [60, 70, '2'], [150, 260, 'Tập huấn'], [300, 380, 'Sở Nội vụ']),
      line(168, [60, 500, 'Các cơ quan, đơn vị tổ chức thực hiện kế hoạch này.']),
    ]
    expect(texts(rows)).toEqual([
      'TT\tNội dung\tChủ trì',
      '1\tRà soát văn bản quy phạm pháp luật\tSở Tư pháp',
      '2\tTập huấn\tSở Nội vụ',
      'Các cơ quan, đơn vị tổ chức thực hiện kế hoạch này.',
    ])
  })
})

/** The .txt line (spaces collapsed) found in the reading (tabs and spaces collapsed, lines joined). */
function matched(txt: string, lines: string[]): { found: number; total: number } {
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim()
  const reading = ' ' + lines.map(flat).join(' ') + ' '
  const wanted = txt.split('\n').map(flat).filter(Boolean)
  return { found: wanted.filter((w) => reading.includes(w)).length, total: wanted.length }
}

const pdfs = hasCorpus ? readdirSync(originals).filter((f) => f.endsWith('.pdf')) : []
describe.skipIf(!hasCorpus)(`the corpus's PDF originals${hasCorpus ? '' : ` (skipped: ${originals} is absent)`}`, () => {
  for (const file of pdfs) {
    const id = file.replace(/\.pdf$/, '')
    const txt = path.join(shared, 'real', `${id}.txt`)
    it(`${id}: yields lines, and most lines of its text version`, async (ctx) => {
      const doc = await readPdf(new Uint8Array(readFileSync(path.join(originals, file))))
      expect(doc.lines.filter((l) => l.trim()).length).toBeGreaterThan(10)
      if (!existsSync(txt)) return
      const { found, total } = matched(readFileSync(txt, 'utf8'), doc.lines)
      const rows = doc.lines.filter((l) => l.split('\t').length >= 3).length
      ctx.annotate(`${doc.lines.length} lines, ${rows} table rows, ${found}/${total} text lines matched`)
      expect(found / total).toBeGreaterThanOrEqual(0.7)
    })
  }
})
