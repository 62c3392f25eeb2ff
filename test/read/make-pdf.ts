// Small PDFs for the PDF reader's tests, drawn with pdf-lib and the DejaVu Sans font of the system.
// fixtures/read/two-page-table.pdf is makeTwoPageTable's output; to write it again:
//   PDF_FIXTURE=write npx vitest run test/read/pdf.test.ts
import { readFileSync, existsSync } from 'node:fs'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'

export const FONT_PATH = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'

export function systemFont(): Uint8Array | null {
  return existsSync(FONT_PATH) ? new Uint8Array(readFileSync(FONT_PATH)) : null
}

/** A text placed at x and at y from the top of an A4 page. */
type Put = [text: string, x: number, top: number, size?: number]

const A4: [number, number] = [595, 842]

async function newDoc(font: Uint8Array): Promise<{ doc: PDFDocument; face: PDFFont }> {
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  doc.setCreationDate(new Date(0))
  doc.setModificationDate(new Date(0))
  doc.setProducer('plan test/read/make-pdf.ts')
  const face = await doc.embedFont(font, { subset: true })
  return { doc, face }
}

function put(page: PDFPage, face: PDFFont, texts: Put[]): void {
  for (const [text, x, top, size = 12] of texts) page.drawText(text, { x, y: A4[1] - top, size, font: face })
}

async function save(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: false })
}

const HEADER: Put = ['Kế hoạch cải cách hành chính năm 2025', 60, 30, 9]
const TABLE_HEAD: Put[] = [
  ['Nội dung', 60, 0],
  ['Chủ trì', 300, 0],
  ['Thời hạn', 450, 0],
]

function at(row: Put[], top: number): Put[] {
  return row.map(([t, x, , s]) => [t, x, top, s])
}

/** Two pages: letterhead, a running header, page numbers, and a borderless table going on over the page break. */
export async function makeTwoPageTable(font: Uint8Array): Promise<Uint8Array> {
  const { doc, face } = await newDoc(font)
  const one = doc.addPage(A4)
  put(one, face, [
    HEADER,
    ['ỦY BAN NHÂN DÂN', 60, 72],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 72],
    ['TỈNH LÂM ĐỒNG', 80, 87],
    ['Độc lập - Tự do - Hạnh phúc', 340, 87],
    ['Số: 15/KH-UBND', 70, 112],
    ['Lâm Đồng, ngày 10 tháng 3 năm 2025', 320, 112],
    ['KẾ HOẠCH', 265, 152],
    ['Triển khai công tác cải cách hành chính năm 2025', 140, 168],
    ['I. MỤC ĐÍCH, YÊU CẦU', 60, 202],
    ['1. Nâng cao chất lượng phục vụ người dân, doanh nghiệp;', 60, 220],
    ['bảo đảm công khai, minh bạch thủ tục hành chính.', 60, 236],
    ['II. NHIỆM VỤ', 60, 262],
    ...at(TABLE_HEAD, 282),
    ['Rà soát, đơn giản hóa thủ tục', 60, 302],
    ['Sở Tư pháp', 300, 302],
    ['30/6/2025', 450, 302],
    ['hành chính cấp tỉnh', 60, 316.4],
    ['Số hóa hồ sơ, kết quả giải quyết', 60, 338],
    ['Văn phòng UBND tỉnh', 300, 338],
    ['31/12/2025', 450, 338],
    ['Công bố thủ tục hành chính mới', 60, 358],
    ['Sở Nội vụ', 300, 358],
    ['Quý II/2025', 450, 358],
    ['- 1 -', 290, 812, 10],
  ])
  const two = doc.addPage(A4)
  put(two, face, [
    HEADER,
    ...at(TABLE_HEAD, 62),
    ['Tập huấn nghiệp vụ cho công chức', 60, 82],
    ['Sở Nội vụ', 300, 82],
    ['Quý III/2025', 450, 82],
    ['Đánh giá, chấm điểm chỉ số cải cách', 60, 102],
    ['Sở Nội vụ', 300, 102],
    ['31/12/2025', 450, 102],
    ['hành chính của các sở, ngành', 60, 116.4],
    ['III. TỔ CHỨC THỰC HIỆN', 60, 152],
    ['Các sở, ban, ngành căn cứ nhiệm vụ được giao xây dựng kế hoạch', 60, 170],
    ['chi tiết và báo cáo kết quả trước ngày 15/12/2025.', 60, 186],
    ['- 2 -', 290, 812, 10],
  ])
  return save(doc)
}

/** One page: a paragraph and a table drawn with borders, a cell centred vertically and one merged over two rows. */
export async function makeRuledTable(font: Uint8Array): Promise<Uint8Array> {
  const { doc, face } = await newDoc(font)
  const page = doc.addPage(A4)
  put(page, face, [
    ['Phân công nhiệm vụ như sau:', 60, 80],
    ['TT', 66, 118],
    ['Nhiệm vụ', 106, 118],
    ['Chủ trì', 356, 118],
    ['1', 66, 142],
    ['Xây dựng cơ sở dữ liệu', 106, 142],
    ['dân cư', 106, 156],
    ['Công an tỉnh', 356, 149],
    ['2', 66, 182],
    ['Tập huấn cán bộ', 106, 182],
    ['Sở Nội vụ', 356, 198],
    ['3', 66, 214],
    ['Kiểm tra, giám sát', 106, 214],
    ['Tổ chức thực hiện ngay sau khi kế hoạch được ban hành.', 60, 260],
  ])
  const xs = [60, 100, 350, 530]
  const rows = [100, 126, 166, 198, 226]
  const line = (x0: number, t0: number, x1: number, t1: number) =>
    page.drawLine({ start: { x: x0, y: A4[1] - t0 }, end: { x: x1, y: A4[1] - t1 }, thickness: 0.8, color: rgb(0, 0, 0) })
  for (const [k, t] of rows.entries()) {
    if (k === 3) line(xs[0], t, xs[2], t) // the third column's cell goes on over rows 2 and 3
    else line(xs[0], t, xs[3], t)
  }
  // vertical borders as thin filled boxes, as Word draws them
  for (const x of xs) page.drawRectangle({ x: x - 0.4, y: A4[1] - rows[4], width: 0.8, height: rows[4] - rows[0], color: rgb(0, 0, 0) })
  return save(doc)
}

/** Two pages: a paragraph broken by the page break, page numbers in two styles. */
export async function makeBrokenParagraph(font: Uint8Array): Promise<Uint8Array> {
  const { doc, face } = await newDoc(font)
  const one = doc.addPage(A4)
  put(one, face, [
    ['Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện', 60, 740],
    ['các nội dung nêu trên, trong quá trình thực hiện nếu có khó khăn', 60, 756],
    ['Trang 1', 280, 815, 10],
  ])
  const two = doc.addPage(A4)
  put(two, face, [
    ['2/2', 290, 28, 10],
    ['vướng mắc, kịp thời báo cáo Ủy ban nhân dân tỉnh.', 60, 72],
    ['Nơi nhận:', 60, 110],
  ])
  return save(doc)
}

/** Two one-page letters with the same letterhead: the letterhead is not a running header. */
export async function makeTwoLetters(font: Uint8Array): Promise<Uint8Array> {
  const { doc, face } = await newDoc(font)
  for (const n of [1, 2]) {
    const page = doc.addPage(A4)
    put(page, face, [
      ['BỘ TƯ PHÁP', 80, 64],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 260, 66],
      ['Độc lập - Tự do - Hạnh phúc', 300, 82],
      [`Số: ${n}/BTP-BTTP`, 90, 112],
      [`Hà Nội, ngày ${n} tháng 7 năm 2025`, 300, 112],
      [`Công văn thứ ${n} gửi các cơ quan liên quan.`, 60, 160],
    ])
  }
  return save(doc)
}

/** A page with a rectangle and no text at all, as a scan's page holds an image and no text. */
export async function makeNoText(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const page = doc.addPage(A4)
  page.drawRectangle({ x: 50, y: 50, width: 495, height: 742, color: rgb(0.8, 0.8, 0.8) })
  return save(doc)
}

/** A page of text, then a page with only a picture (a rectangle), as a scan bound in. */
export async function makeTextThenScan(font: Uint8Array): Promise<Uint8Array> {
  const { doc, face } = await newDoc(font)
  put(doc.addPage(A4), face, [['Báo cáo kết quả thực hiện nhiệm vụ năm 2025.', 60, 80]])
  doc.addPage(A4).drawRectangle({ x: 50, y: 50, width: 495, height: 742, color: rgb(0.8, 0.8, 0.8) })
  return save(doc)
}

/** Blank pages, more than the reader reads. */
export async function makePages(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  for (let i = 0; i < count; i++) doc.addPage([100, 100])
  return save(doc)
}

/** A hand-made PDF whose trailer asks for a password (an /Encrypt dictionary no empty password opens). */
export function makeEncrypted(): Uint8Array {
  const hex32 = (c: string) => `<${c.repeat(64)}>`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>',
    `<< /Filter /Standard /V 1 /R 2 /O ${hex32('a')} /U ${hex32('b')} /P -4 >>`,
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [${hex32('c')} ${hex32('c')}] >>\n`
  body += `startxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(body)
}
