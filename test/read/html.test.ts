import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readHtml } from '../../src/core/read/html.js'

const lines = (html: string) => readHtml(html).lines
const page = (body: string) => `<!DOCTYPE html><html><head><title>T</title></head><body>${body}</body></html>`

describe('readHtml', () => {
  it('gives an html document without notes', () => {
    expect(readHtml(page('<p>Một</p>'))).toEqual({ format: 'html', lines: ['Một'], markdown: false, notes: [] })
  })

  it('reads a fragment without html or body', () => {
    expect(lines('<p>Một</p><p>Hai</p>')).toEqual(['Một', 'Hai'])
  })

  it('breaks lines at blocks and <br>, joins inline elements', () => {
    expect(lines(page('<div>Giao <b>Sở Tư pháp</b> <i>chủ trì</i>,<br>phối hợp</div><p>Hai</p><blockquote>Ba</blockquote><center>Bốn</center>'))).toEqual([
      'Giao Sở Tư pháp chủ trì,',
      'phối hợp',
      'Hai',
      'Ba',
      'Bốn',
    ])
  })

  it('joins inline elements without inventing spaces', () => {
    expect(lines(page('<p><em>ngày 21/01/</em>2026<em>, </em>số 27</p>'))).toEqual(['ngày 21/01/2026, số 27'])
  })

  it('turns &nbsp; into a space, collapses runs of spaces, composes NFC', () => {
    expect(lines(page('<p>  Sở&nbsp;&nbsp;Tư   pháp\n\t chủ trì </p><p>Quye\u0302\u0301t</p>'))).toEqual(['Sở Tư pháp chủ trì', 'Quyết'])
  })

  it('puts a heading on one line', () => {
    expect(lines(page('<h1>KẾ HOẠCH<br>Triển khai <span>năm 2026</span></h1><h3><p>Phần</p><p>một</p></h3>'))).toEqual(['KẾ HOẠCH Triển khai năm 2026', 'Phần một'])
  })

  it('drops scripts, styles, navigation, headers, footers, forms and the like', () => {
    const html = page(
      '<script>var a = 1</script><style>p{}</style><noscript>Bật JavaScript</noscript><nav>Trang chủ</nav><header>Cổng</header>' +
        '<p>Nội dung</p><aside>Bên</aside><form><input>Tìm</form><iframe src="x"></iframe><template>T</template><svg><text>S</text></svg>' +
        '<footer>© 2026</footer>',
    )
    expect(lines(html)).toEqual(['Nội dung'])
  })

  it.each(['menu', 'main-nav', 'breadcrumb', 'site-footer', 'header-top', 'sidebar', 'share-box', 'comments', 'related-news', 'banner', 'ads', 'top-ad'])(
    'drops an element whose class says %s',
    (cls) => expect(lines(page(`<div class="${cls}">Trang chủ</div><p>Nội dung</p>`))).toEqual(['Nội dung']),
  )

  it('drops an element by its id, and hidden ones', () => {
    expect(lines(page('<div id="navigation">Menu</div><p hidden>Ẩn</p><p style="display: none">Ẩn</p><p>Nội dung</p>'))).toEqual(['Nội dung'])
  })

  it('keeps a class that merely contains "ad" letters', () => {
    expect(lines(page('<div class="heading downloads">Tải về</div>'))).toEqual(['Tải về'])
  })

  it.each([
    ['article', '<article>A</article>'],
    ['main', '<main>A</main>'],
    ['content', '<div class="preview-content">A</div>'],
    ['noidung', '<div id="noidung">A</div>'],
    ['vanban', '<div class="vanban">A</div>'],
    ['toanvan', '<div id="toanvan">A</div>'],
    ['fulltext', '<div class="fulltext">A</div>'],
    ['detail', '<div class="news-detail">A</div>'],
    ['entry', '<div class="entry">A</div>'],
  ])('reads only the %s container', (_, container) => {
    const html = page(`<div class="top">Tin mới: giá vàng hôm nay</div>${container.replace('>A<', '><p>Điều 1. Nội dung văn bản</p><p>Điều 2. Hiệu lực</p><')}<div>Liên hệ</div>`)
    expect(lines(html)).toEqual(['Điều 1. Nội dung văn bản', 'Điều 2. Hiệu lực'])
  })

  it('reads the largest of several containers', () => {
    const html = page('<div class="content">Ngắn</div><div class="content"><p>Điều 1. Một đoạn dài hơn nhiều</p><p>Điều 2. Và nữa</p></div>')
    expect(lines(html)).toEqual(['Điều 1. Một đoạn dài hơn nhiều', 'Điều 2. Và nữa'])
  })

  it('reads the body when the only container holds little of the page', () => {
    const html = page('<span class="content-type">Tin</span><p>Điều 1. Một đoạn dài của văn bản nằm ngoài mọi khung nội dung</p>')
    expect(lines(html)).toEqual(['Tin', 'Điều 1. Một đoạn dài của văn bản nằm ngoài mọi khung nội dung'])
  })

  it('numbers ordered list items and marks unordered ones', () => {
    expect(lines(page('<ol><li>Một</li><li><p>Hai</p></li></ol><ul><li>Ba</li><li>Bốn</li></ul>'))).toEqual(['1. Một', '2. Hai', '- Ba', '- Bốn'])
  })

  it.each([
    ['<ol start="3">', ['3. x', '4. y']],
    ['<ol type="a">', ['a. x', 'b. y']],
    ['<ol type="A" start="26">', ['Z. x', 'AA. y']],
    ['<ol type="I" start="4">', ['IV. x', 'V. y']],
    ['<ol type="i" start="9">', ['ix. x', 'x. y']],
  ])('honours %s', (open, want) => {
    expect(lines(page(`${open}<li>x</li><li>y</li></ol>`))).toEqual(want)
  })

  it('honours a list item value and numbers a nested list on its own', () => {
    expect(lines(page('<ol><li value="5">Năm<ol type="a"><li>con</li></ol></li><li>Sáu</li></ol>'))).toEqual(['5. Năm', 'a. con', '6. Sáu'])
  })

  it('reads a table row as one line of TAB-joined cells, a cell\'s paragraphs joined by " / "', () => {
    const html = page('<table><tr><th>STT</th><th>Nội dung</th><th>Chủ trì</th></tr><tr><td>1</td><td><p>Rà soát</p><p>văn bản</p></td><td>Sở Tư pháp<br>Sở Nội vụ</td></tr></table>')
    expect(lines(html)).toEqual(['STT\tNội dung\tChủ trì', '1\tRà soát / văn bản\tSở Tư pháp / Sở Nội vụ'])
  })

  it('a <br> that wraps a name or a sentence at the cell\'s width is a space; one between a letterhead\'s lines in capitals is not', () => {
    const html = page('<table><tr><td>1</td><td>Lắp đặt trạm tại<br>các xã</td><td>Sở Thông tin và<br>Truyền thông</td><td>ỦY BAN NHÂN DÂN<br>TỈNH HÀ NAM</td></tr></table>')
    expect(lines(html)).toEqual(['1\tLắp đặt trạm tại các xã\tSở Thông tin và Truyền thông\tỦY BAN NHÂN DÂN / TỈNH HÀ NAM'])
  })

  it('drops a converter\'s header that names no column ("Col1 | Col2 | …")', () => {
    const html = page('<table><thead><tr><th>Col1</th><th>Col2</th><th>Col3</th></tr></thead><tr><td>2</td><td>Xây dựng</td><td>Sở Xây dựng</td></tr></table>')
    expect(lines(html)).toEqual(['2\tXây dựng\tSở Xây dựng'])
  })

  it('repeats a rowspan cell in the rows it spans, in its column', () => {
    const html = page(
      '<table><tr><td rowspan="3">Sở Tư pháp</td><td>a</td><td rowspan="2">Quý I</td></tr><tr><td>b</td></tr><tr><td>c</td><td>Quý II</td></tr></table>',
    )
    expect(lines(html)).toEqual(['Sở Tư pháp\ta\tQuý I', 'Sở Tư pháp\tb\tQuý I', 'Sở Tư pháp\tc\tQuý II'])
  })

  it('gives a colspan cell once, and keeps a rowspan under it in place', () => {
    const html = page('<table><tr><td colspan="2">Nhóm</td><td rowspan="2">Z</td></tr><tr><td>x</td><td>y</td></tr></table>')
    expect(lines(html)).toEqual(['Nhóm\tZ', 'x\ty\tZ'])
  })

  it('reads thead, tbody and tfoot rows, skips rows with nothing in them, keeps empty cells', () => {
    const html = page('<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td></td><td> </td></tr><tr><td>1</td><td></td></tr></tbody><tfoot><tr><td>Σ</td><td>2</td></tr></tfoot></table>')
    expect(lines(html)).toEqual(['A\tB', '1\t', 'Σ\t2'])
  })

  it('reads a one-cell table (a layout wrapper) as ordinary blocks, tables inside it as tables', () => {
    const html = page('<table><tr><td><p>Điều 1.</p><ol><li>Một</li></ol><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>')
    expect(lines(html)).toEqual(['Điều 1.', '1. Một', 'a\tb'])
  })

  it('flattens a table nested in a cell into the cell\'s text', () => {
    const html = page('<table><tr><td>1</td><td>Việc<table><tr><td>Sở A</td><td>Sở B</td></tr><tr><td>Quý I</td><td>x</td></tr></table></td></tr></table>')
    expect(lines(html)).toEqual(['1\tViệc / Sở A / Sở B / Quý I / x'])
  })

  it('keeps the lines of <pre>', () => {
    expect(lines(page('<pre>Dòng một\n  Dòng   hai</pre>'))).toEqual(['Dòng một', 'Dòng hai'])
  })

  it('reads the portal-table fixture into the expected lines', () => {
    const html = readFileSync(new URL('../../fixtures/read/portal-table.html', import.meta.url), 'utf8')
    const want = readFileSync(new URL('../../fixtures/read/portal-table.lines.txt', import.meta.url), 'utf8').replace(/\n$/, '').split('\n')
    expect(lines(html)).toEqual(want)
  })
})

const real = new URL('../../../shared/corpus/real/', import.meta.url)
const hasReal = existsSync(real)

describe.skipIf(!hasReal)(`real HTML pages${hasReal ? '' : ' (skipped: ../shared/corpus/real is absent)'}`, () => {
  const read = (name: string) => lines(readFileSync(new URL(name, real), 'utf8'))

  it('reads the task table of vbplld-ea7773529c51 as TAB rows', () => {
    const got = read('vbplld-ea7773529c51.html')
    const rows = got.filter((l) => l.includes('\t'))
    expect(got).toContain('Điều 2. Tổ chức thực hiện')
    expect(rows).toContain('STT\tTên dự án\tCơ quan trình\tCơ quan chủ trì / thẩm tra\tCơ quan tham gia thẩm tra\tTiến độ trình UBTVQH')
    expect(rows).toContain('1.\tLuật Thủ đô (sửa đổi)\tChính phủ\tỦy ban Pháp luật và Tư pháp\tHội đồng Dân tộc, các Ủy ban khác của Quốc hội\tPhiên họp tháng 3/2026')
    expect(rows).toContain('8.\tLuật Giao dịch hàng hóa phái sinh\tChính phủ\tỦy ban / Kinh tế và Tài chính\tHội đồng Dân tộc, các Ủy ban khác của Quốc hội\tPhiên họp tháng 9/2026')
    expect(rows.filter((l) => l.split('\t').length === 6)).toHaveLength(9)
    expect(got.every((l) => l === l.normalize('NFC') && !/ {2}|^ | $/.test(l))).toBe(true)
  })

  it('reads vbplld-3bb2368d35b2 as paragraphs, its TCVN3 text left for the repair', () => {
    const got = read('vbplld-3bb2368d35b2.html')
    expect(got[0]).toBe('QUYẾT ĐỊNH')
    expect(got).toHaveLength(13)
    expect(got[1]).toBe('V/v: §Ýnh chÝnh QuyÕt ®Þnh sè 29/2007/Q§-BXD ngµy 31/12/2007 cña')
  })
})
