// The traps real offices' documents set, one fixture each (fixtures/<trap>.txt|md): only the fields that ARE the trap,
// asserted as the contract (/work/shared/spec/ANNOTATION.md) wants them. Names are compared the scorer's way:
// normalised, generic collectives (generic: true or "các …") left out. `it.fails` marks what the parser gets wrong
// today: when it is fixed, that test turns red and the `.fails` should go.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { decode } from '../src/core/read/decode.js'
import { renderHtmlTables } from '../src/core/read/htmlTables.js'
import { parseDocument } from '../src/core/parse.js'
import type { PlanDocument } from '../src/core/contract/schema.js'

const dir = path.join(import.meta.dirname, '..', 'fixtures')
/** a fixture's text as the read stage lays out a text or markdown file (its HTML tables as rows) */
const textLayout = (text: string) => renderHtmlTables(text.split(/\r\n?|\n/)).join('\n')
const cache = new Map<string, PlanDocument>()
function doc(f: string): PlanDocument {
  let d = cache.get(f)
  if (!d) {
    d = parseDocument(textLayout(decode(readFileSync(path.join(dir, f))).text), { file: f, markdown: f.endsWith('.md') })
    cache.set(f, d)
  }
  return d
}

const norm = (s: string) =>
  s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/^[\s.,;:()"“”'-]+|[\s.,;:()"“”'-]+$/g, '')
type Named = { name: string; generic?: boolean }
/** The names the scorer compares: no generic collective. */
const scored = (list: Named[]) => list.filter((a) => !a.generic && !norm(a.name).startsWith('các ')).map((a) => norm(a.name)).sort()
const names = (...xs: string[]) => xs.map(norm).sort()

/** The task whose text holds the anchor (the shortest, as the scorer takes it). */
function task(f: string, anchor: string) {
  const hits = doc(f).tasks.filter((t) => norm(t.text).includes(norm(anchor)))
  expect(hits.length, `no task of ${f} holds "${anchor}"`).toBeGreaterThan(0)
  return hits.sort((a, b) => a.text.length - b.text.length)[0]
}
const lead = (f: string, anchor: string) => scored(task(f, anchor).lead)
const coordinators = (f: string, anchor: string) => scored(task(f, anchor).coordinators)
const end = (f: string, anchor: string) => task(f, anchor).deadline?.end ?? null
/** Tasks whose text holds a passage that must be in none. */
const leaks = (f: string, passage: string) => doc(f).tasks.filter((t) => norm(t.text).includes(norm(passage))).map((t) => t.text)

describe('letterhead-word-cells.txt: Word cells flattened with " / ", day left blank, Chính phủ in a reference', () => {
  const f = 'letterhead-word-cells.txt'
  it('the issuer is the province UBND from the letterhead, not the Chính phủ of the Căn cứ', () => {
    expect(doc(f).meta.kind).toBe('ke-hoach')
    expect(doc(f).meta.issuer?.name).toBe('Ủy ban nhân dân tỉnh Nam Thủy')
  })
  it('a date line with a blank day gives no issuedOn', () => expect(doc(f).meta.issuedOn).toBeNull())
  it('Quý I/2026, trước ngày 15/3/2026', () => {
    expect(end(f, 'nâng cấp Hệ thống thông tin giải quyết thủ tục')).toBe('2026-03-31')
    expect(end(f, 'xây dựng bộ chỉ số đánh giá cải cách')).toBe('2026-03-14')
  })
  it('"trong tháng 5" takes its year from the blank-day date line', () => {
    expect(end(f, 'bố trí kinh phí thực hiện các nhiệm vụ chuyển đổi số')).toBe('2026-05-31')
  })
  it('leads and coordinators', () => {
    expect(lead(f, 'nâng cấp Hệ thống thông tin')).toEqual(names('Sở Khoa học và Công nghệ'))
    expect(coordinators(f, 'nâng cấp Hệ thống thông tin')).toEqual(names('Văn phòng Ủy ban nhân dân tỉnh'))
    expect(lead(f, 'bố trí kinh phí')).toEqual(names('Sở Tài chính'))
  })
})

describe('letterhead-pipe-rows.md: a letterhead as markdown pipe rows, Kính gửi with dash addressees', () => {
  const f = 'letterhead-pipe-rows.md'
  it('meta from the pipe rows', () => {
    const m = doc(f).meta
    expect([m.kind, m.number, m.issuer?.name, m.issuedOn]).toEqual(['cong-van', '12/UBND-VX', 'Ủy ban nhân dân tỉnh Bình An', '2025-12-03'])
  })
  it('the addressees are not tasks', () => {
    expect(doc(f).tasks.filter((t) => /^(Sở Y tế|Công an tỉnh|Sở Giáo dục và Đào tạo|Ủy ban nhân dân các xã, phường)[;.]?$/.test(t.text.trim()))).toEqual([])
  })
  it('"Giao X …" items lead X', () => {
    expect(lead(f, 'giám sát chặt chẽ tình hình dịch bệnh')).toEqual(names('Sở Y tế'))
    expect(coordinators(f, 'giám sát chặt chẽ tình hình dịch bệnh')).toEqual(names('Sở Giáo dục và Đào tạo'))
    expect(lead(f, 'kinh doanh thuốc không rõ nguồn gốc')).toEqual(names('Công an tỉnh'))
    expect(coordinators(f, 'kinh doanh thuốc không rõ nguồn gốc')).toEqual(names('Sở Y tế'))
    expect(end(f, 'kinh doanh thuốc không rõ nguồn gốc')).toBe('2026-01-31')
  })
  // parser today: an item whose only subject is a collective ("Ủy ban nhân dân các xã, phường tuyên truyền …") is no task
  it('item 4, led only by a collective, is still a task', () => {
    expect(task(f, 'diệt lăng quăng, bọ gậy')).toBeTruthy()
  })
})

describe('tvpl-markdown-layout.md: the legal-site markdown layout', () => {
  const f = 'tvpl-markdown-layout.md'
  it('issuer and the date split over two lines above the title', () => {
    expect(doc(f).meta.kind).toBe('ke-hoach')
    expect(doc(f).meta.issuer?.name).toBe('Ủy ban nhân dân tỉnh Nam Thủy')
    expect(doc(f).meta.issuedOn).toBe('2026-02-10')
  })
  // parser today: "45/KH-UBND" alone on the line after "Số:" is read as a heading numbered 45 (number null, title null)
  it('"Số:" and the number on separate lines give the number', () => expect(doc(f).meta.number).toBe('45/KH-UBND'))
  it('a numbered heading over its labels is the task, led by its "Cơ quan thực hiện"', () => {
    const t = task(f, 'Tuyên truyền trên các phương tiện thông tin đại chúng')
    expect(scored(t.lead)).toEqual(names('Sở Văn hóa, Thể thao và Du lịch'))
    // "phối hợp Sở Nông nghiệp và\nMôi trường": the broken line is one name
    expect(scored(t.coordinators)).toEqual(names('Sở Nông nghiệp và Môi trường'))
  })
  // parser today (since 3a9a76c, a group's "Thời gian thực hiện" fills its items' gaps): the open end leaves item 1
  // with deadline null, and item 2's "Quý III/2026" label fills it (end 2026-09-30)
  it('"Thời gian thực hiện: Năm\\n2026 và các năm tiếp theo" has no end, and item 2\'s label does not date item 1', () => {
    expect(end(f, 'Tuyên truyền trên các phương tiện thông tin đại chúng')).toBeNull()
  })
  it('"**2.****" then "**Kết hợp …": the number takes the next line as its text', () => {
    const t = task(f, 'Kết hợp tuyên truyền trên báo chí')
    expect(t.text.startsWith('Kết hợp')).toBe(true)
    expect(scored(t.lead)).toEqual(names('Sở Khoa học và Công nghệ'))
    expect(t.deadline?.end).toBe('2026-09-30')
  })
  it('a numbered heading over only a "Thời gian thực hiện" line is the task', () => {
    expect(end(f, 'Tổ chức triển khai, sơ kết việc thực hiện Kế hoạch')).toBe('2026-12-31')
  })
  it('bold opened on one line and closed on the next names the body of the items under it', () => {
    expect(lead(f, 'Vì môi trường xanh')).toEqual(names('Báo và Phát thanh, Truyền hình tỉnh'))
    expect(coordinators(f, 'Vì môi trường xanh')).toEqual(names('Sở Nông nghiệp và Môi trường'))
    expect(end(f, 'Vì môi trường xanh')).toBe('2026-09-30')
  })
  // parser today: "II. TỔ CHỨC THỰC HIỆN" (opens with "tổ chức", over agency headings) becomes a task of its own
  it('the section heading TỔ CHỨC THỰC HIỆN is not a task', () => {
    expect(doc(f).tasks.filter((t) => norm(t.text) === 'tổ chức thực hiện').map((t) => t.text)).toEqual([])
  })
})

describe('field-lists-and-heads.txt: a Công điện, "Bộ trưởng các Bộ: A, B, C" and "Bộ trưởng Bộ X"', () => {
  const f = 'field-lists-and-heads.txt'
  it('meta', () => {
    const m = doc(f).meta
    expect([m.kind, m.number, m.issuer?.name, m.issuedOn]).toEqual(['cong-dien', '118/CĐ-TTg', 'Thủ tướng Chính phủ', '2025-10-27'])
  })
  it('the addressees after "THỦ TƯỚNG CHÍNH PHỦ điện:" are not tasks', () => {
    expect(leaks(f, 'Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường, Tài chính, Xây dựng')).toEqual([])
    expect(leaks(f, 'thành phố: Nam Thủy, Bình An')).toEqual([])
  })
  it('"Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường" leads three ministries', () => {
    expect(lead(f, 'bố trí lực lượng, phương tiện sẵn sàng')).toEqual(names('Bộ Quốc phòng', 'Bộ Công an', 'Bộ Nông nghiệp và Môi trường'))
  })
  it('"Bộ trưởng Bộ X" leads Bộ X; the body reported to is not a coordinator', () => {
    expect(lead(f, 'cân đối nguồn lực')).toEqual(names('Bộ Tài chính'))
    expect(coordinators(f, 'cân đối nguồn lực')).toEqual([])
    expect(end(f, 'cân đối nguồn lực')).toBe('2025-11-30')
    expect(lead(f, 'bảo đảm an toàn giao thông trên các tuyến quốc lộ')).toEqual(names('Bộ Xây dựng'))
    expect(end(f, 'bảo đảm an toàn giao thông trên các tuyến quốc lộ')).toBe('2025-11-05')
  })
  it('Văn phòng Chính phủ theo dõi, đôn đốc', () => {
    expect(lead(f, 'theo dõi, đôn đốc các bộ, địa phương')).toEqual(names('Văn phòng Chính phủ'))
  })
})

describe('lead-in-subject.txt: a lead-in or a heading names the subject of the items below', () => {
  const f = 'lead-in-subject.txt'
  it('meta', () => {
    const m = doc(f).meta
    expect([m.kind, m.number, m.issuer?.name, m.issuedOn]).toEqual(['ket-luan', '205-KL/TU', 'Tỉnh ủy Nam Thủy', '2026-01-14'])
  })
  // parser today: "Văn phòng Tỉnh ủy và các ban đảng cần tập trung …" gives its items no lead (without "và các ban
  // đảng" it does)
  it('"Văn phòng Tỉnh ủy và các ban đảng cần tập trung thực hiện … sau:" gives (1)…(3) the lead Văn phòng Tỉnh ủy', () => {
    for (const a of ['chương trình làm việc toàn khóa', 'chất lượng thẩm định văn bản', 'kết nối mạng thông tin diện rộng']) {
      expect(lead(f, a)).toEqual(names('Văn phòng Tỉnh ủy'))
    }
  })
  it('the deadlines of (1)…(3)', () => {
    expect(end(f, 'chương trình làm việc toàn khóa')).toBe('2026-03-31')
    expect(end(f, 'chất lượng thẩm định văn bản')).toBe('2026-06-30')
    expect(end(f, 'kết nối mạng thông tin diện rộng')).toBe('2026-09-29')
  })
  it('"Sở Nội vụ có trách nhiệm:" leads the lettered items under it', () => {
    expect(lead(f, 'bố trí biên chế cho các cơ quan tham mưu')).toEqual(names('Sở Nội vụ'))
    expect(coordinators(f, 'bố trí biên chế cho các cơ quan tham mưu')).toEqual(names('Ban Tổ chức Tỉnh ủy'))
    expect(lead(f, 'cán bộ dôi dư sau sắp xếp')).toEqual(names('Sở Nội vụ'))
    expect(lead(f, 'quy chế làm việc tại một số đảng ủy')).toEqual(names('Ủy ban Kiểm tra Tỉnh ủy'))
    expect(end(f, 'quy chế làm việc tại một số đảng ủy')).toBe('2026-12-31')
  })
  it('the assessment is not a task', () => expect(leaks(f, 'đã tham mưu kịp thời nhiều văn bản')).toEqual([]))
})

describe('unknown-bodies.txt: bodies no list knows, found by their head noun; TU and TW', () => {
  const f = 'unknown-bodies.txt'
  it('Tập đoàn, Trung tâm, Công ty cổ phần, Bệnh viện, Chi nhánh, Báo và Phát thanh, Truyền hình, Đảng ủy cơ quan', () => {
    expect(lead(f, 'đào tạo lại lao động dôi dư')).toEqual(names('Tập đoàn Dệt may Hoàng Sơn'))
    expect(coordinators(f, 'đào tạo lại lao động dôi dư')).toEqual(names('Trung tâm Dịch vụ việc làm tỉnh'))
    expect(lead(f, 'nước sạch cho các khu tái định cư')).toEqual(names('Công ty cổ phần Cấp thoát nước Nam Thủy'))
    expect(coordinators(f, 'nước sạch cho các khu tái định cư')).toEqual(names('Bệnh viện Đa khoa tỉnh'))
    expect(lead(f, 'cho vay giải quyết việc làm')).toEqual(names('Chi nhánh Ngân hàng Chính sách xã hội tỉnh'))
    expect(lead(f, 'khám sức khỏe định kỳ')).toEqual(names('Bệnh viện Đa khoa tỉnh'))
    expect(lead(f, 'mở chuyên mục về chính sách hỗ trợ')).toEqual(names('Báo và Phát thanh, Truyền hình Nam Thủy'))
    expect(lead(f, 'nắm tình hình tư tưởng')).toEqual(names('Đảng ủy cơ quan Văn phòng Tỉnh ủy'))
  })
  // parser today: the name runs on into the verb: "Trung tâm Dịch vụ việc làm tỉnh giới thiệu việc làm trống"
  it('a coordinator named before "giới thiệu" ends at its name', () => {
    expect(coordinators(f, 'mở chuyên mục về chính sách hỗ trợ')).toEqual(names('Trung tâm Dịch vụ việc làm tỉnh'))
  })
  // parser today: "Tổ đảng ở Thường trực Hội đồng nhân dân tỉnh kiểm điểm việc"
  it('"Tổ đảng ở Thường trực …" is a body whose name ends before "kiểm điểm"', () => {
    expect(lead(f, 'kiểm điểm việc thực hiện quy chế làm việc')).toEqual(names('Tổ đảng ở Thường trực Hội đồng nhân dân tỉnh'))
  })
  it('TU is Tỉnh ủy, TW is Trung ương; the body reported to is not a coordinator', () => {
    expect(lead(f, 'tổng hợp kết quả thực hiện, báo cáo Ban Tổ chức TW')).toEqual(names('Ban Tổ chức Tỉnh ủy'))
    expect(coordinators(f, 'tổng hợp kết quả thực hiện, báo cáo Ban Tổ chức TW')).toEqual(names('Văn phòng Tỉnh ủy'))
    expect(lead(f, 'bố trí kinh phí hỗ trợ cho cán bộ thôi việc')).toEqual(names('Văn phòng Tỉnh ủy'))
    expect(coordinators(f, 'bố trí kinh phí hỗ trợ cho cán bộ thôi việc')).toEqual(names('Ban Tổ chức Tỉnh ủy'))
    expect(lead(f, 'theo hướng dẫn của Ban Tổ chức TW')).toEqual(names('Ban Tổ chức Tỉnh ủy'))
    expect(coordinators(f, 'theo hướng dẫn của Ban Tổ chức TW')).toEqual([])
  })
})

describe('task-table-status-column.txt: a TAB table with a Kết quả thực hiện column', () => {
  const f = 'task-table-status-column.txt'
  const STATUS = /^(hoàn thành|đang thực hiện|chưa thực hiện|kết quả thực hiện)$/
  it('no agency, lead or coordinator is a status word', () => {
    const d = doc(f)
    const all = [...d.agencies, ...d.tasks.flatMap((t) => [...t.lead, ...t.coordinators])].map((a) => norm(a.name))
    expect(all.filter((n) => STATUS.test(n))).toEqual([])
  })
  it('one task per row, led by the body in "Lãnh đạo / Sở X"', () => {
    expect(lead(f, 'gặp mặt các cơ quan báo chí')).toEqual(names('Văn phòng Ủy ban nhân dân tỉnh'))
    expect(lead(f, 'bình ổn giá các mặt hàng thiết yếu')).toEqual(names('Sở Công Thương'))
    expect(lead(f, 'tặng quà gia đình chính sách')).toEqual(names('Sở Nội vụ'))
    expect(lead(f, 'bắn pháo hoa tầm thấp')).toEqual(names('Bộ Chỉ huy Quân sự tỉnh'))
  })
  it('cells with no year take it from the header (Năm 2026)', () => {
    expect(end(f, 'gặp mặt các cơ quan báo chí')).toBe('2026-01-15')
    expect(end(f, 'đêm văn nghệ chào mừng')).toBe('2026-01-23') // Từ 20 giờ - 21 giờ ngày 23 tháng 1
    expect(end(f, 'bình ổn giá các mặt hàng thiết yếu')).toBe('2026-02-28') // Tháng 1 và tháng 2
    expect(end(f, 'tặng quà gia đình chính sách')).toBe('2026-02-09')
    expect(end(f, 'an ninh, trật tự, an toàn giao thông')).toBeNull() // Thường xuyên
    expect(end(f, 'bắn pháo hoa tầm thấp')).toBe('2026-02-17')
  })
  // parser today: lead [Sở Văn hóa, Thể thao và Du lịch, Báo và Phát thanh, Truyền hình tỉnh], coordinators []
  it('"X chủ trì / Y phối hợp" in the cell: X leads, Y coordinates', () => {
    expect(lead(f, 'đêm văn nghệ chào mừng')).toEqual(names('Sở Văn hóa, Thể thao và Du lịch'))
    expect(coordinators(f, 'đêm văn nghệ chào mừng')).toEqual(names('Báo và Phát thanh, Truyền hình tỉnh'))
  })
  // parser today: the note above the table is a task with end 2026-01-25
  it('the note "(Kết quả thực hiện cập nhật đến ngày …)" is not a task', () => {
    expect(leaks(f, 'cập nhật đến ngày 25/01/2026')).toEqual([])
  })
})

describe('two-letters-one-file.txt: a second letter after the first one\'s signature', () => {
  const f = 'two-letters-one-file.txt'
  it('meta is the first letter\'s', () => {
    const m = doc(f).meta
    expect([m.kind, m.number, m.issuer?.name, m.issuedOn]).toEqual(['cong-van', '4120/BTP-BTTP', 'Bộ Tư pháp', '2025-09-18'])
  })
  it('"Bộ Tư pháp đề nghị Liên đoàn Luật sư Việt Nam căn cứ … có văn bản hướng dẫn" is led by the Liên đoàn', () => {
    expect(lead(f, 'có văn bản hướng dẫn các Đoàn Luật sư')).toEqual(names('Liên đoàn Luật sư Việt Nam'))
    expect(coordinators(f, 'có văn bản hướng dẫn các Đoàn Luật sư')).toEqual([])
    expect(end(f, 'có văn bản hướng dẫn các Đoàn Luật sư')).toBe('2025-10-31')
  })
  it('the first letter\'s task: the body reported to (qua Cục …) is not a coordinator', () => {
    expect(coordinators(f, 'rà soát, sắp xếp các tổ chức hành nghề công chứng')).toEqual([])
    expect(end(f, 'rà soát, sắp xếp các tổ chức hành nghề công chứng')).toBe('2025-12-30')
  })
  it('the second letterhead, its Kính gửi and its background are not tasks', () => {
    expect(leaks(f, 'Kính gửi: Liên đoàn Luật sư Việt Nam')).toEqual([])
    expect(leaks(f, 'một số luật sư có phát ngôn')).toEqual([])
  })
})

describe('recurring-and-open-ends.txt: recurring and open-ended times have no end', () => {
  const f = 'recurring-and-open-ends.txt'
  it('no end', () => {
    expect(end(f, 'cập nhật nhu cầu đào tạo')).toBeNull() // Năm 2026 và các năm tiếp theo
    expect(end(f, 'sinh viên tốt nghiệp loại giỏi')).toBeNull() // Tháng 12/2025 và hằng năm
    expect(end(f, 'chính sách hỗ trợ đào tạo giai đoạn')).toBeNull() // giai đoạn 2026-2030 và những năm tiếp theo
    expect(end(f, 'mở rộng quy mô đào tạo')).toBeNull() // từ quý II/2026 trở đi
    expect(end(f, 'khảo sát nhu cầu tuyển dụng')).toBeNull() // định kỳ 6 tháng
  })
  it('beside a dated one: Quý IV/2026', () => expect(end(f, 'cơ sở dữ liệu chuyên gia')).toBe('2026-12-31'))
  it('the leads', () => {
    expect(lead(f, 'mở rộng quy mô đào tạo')).toEqual(names('Trường Cao đẳng Kỹ thuật Bình An'))
    expect(lead(f, 'chính sách hỗ trợ đào tạo giai đoạn')).toEqual(names('Sở Tài chính'))
    expect(coordinators(f, 'chính sách hỗ trợ đào tạo giai đoạn')).toEqual(names('Sở Giáo dục và Đào tạo'))
  })
  it('the goal is not a task', () => expect(leaks(f, 'tỷ lệ lao động qua đào tạo')).toEqual([]))
})

describe('places-with-body-words.txt: place names that share words with bodies', () => {
  const f = 'places-with-body-words.txt'
  it('provinces named Lâm Đồng, Đồng Nai, Đồng Tháp', () => {
    expect(lead(f, 'hồ chứa thủy lợi xung yếu')).toEqual(names('Ủy ban nhân dân tỉnh Lâm Đồng'))
    expect(lead(f, 'vận hành liên hồ chứa')).toEqual(names('Ủy ban nhân dân tỉnh Đồng Nai'))
    expect(coordinators(f, 'vận hành liên hồ chứa')).toEqual(names('Ủy ban nhân dân tỉnh Lâm Đồng'))
    expect(lead(f, 'gia cố các đoạn bờ sông')).toEqual(names('Ủy ban nhân dân tỉnh Đồng Tháp'))
    expect(coordinators(f, 'gia cố các đoạn bờ sông')).toEqual(names('Ủy ban nhân dân xã Châu Thành'))
  })
  it('wards named by number and old town, and Đinh Văn Lâm Hà', () => {
    expect(lead(f, 'di dời các hộ dân')).toEqual(names('Ủy ban nhân dân phường 3 Bảo Lộc'))
    expect(lead(f, 'cắm biển cảnh báo')).toEqual(names('Ủy ban nhân dân xã Bảo Lâm 1'))
    expect(coordinators(f, 'cắm biển cảnh báo')).toEqual(names('Ủy ban nhân dân xã Đinh Văn Lâm Hà'))
    expect(lead(f, 'kỹ năng ứng phó sạt lở đất')).toEqual(names('Ủy ban nhân dân xã Đinh Văn Lâm Hà'))
    expect(lead(f, 'sơ tán du khách')).toEqual(names('Ủy ban nhân dân phường Hội An'))
    expect(coordinators(f, 'sơ tán du khách')).toEqual(names('Bộ Chỉ huy Quân sự thành phố Đà Nẵng'))
  })
  it('deadlines', () => {
    expect(end(f, 'hồ chứa thủy lợi xung yếu')).toBe('2025-11-14')
    expect(end(f, 'vận hành liên hồ chứa')).toBe('2026-03-31')
    expect(end(f, 'cắm biển cảnh báo')).toBe('2025-11-29')
    expect(end(f, 'sơ tán du khách')).toBe('2025-11-30')
  })
  // parser today: "khu phố cổ Hội An" gives an agency "Hội An" (the head noun Hội)
  it('a place is not a body: "khu phố cổ Hội An" names no agency', () => {
    expect(doc(f).agencies.map((a) => a.name).filter((n) => /^Hội An/.test(n))).toEqual([])
  })
  // parser today: the letterhead's "BỘ NÔNG NGHIỆP" / "VÀ MÔI TRƯỜNG" over two lines gives no issuer
  it('the issuer wrapped over two letterhead lines', () => {
    expect(doc(f).meta.issuer?.name).toBe('Bộ Nông nghiệp và Môi trường')
  })
  // parser today: the closing "Trân trọng./." is a task
  it('"Trân trọng./." is not a task', () => expect(leaks(f, 'Trân trọng')).toEqual([]))
})

describe('plural-head-lists.txt: a plural head over a list of names, names that hold a comma, a field abbreviated', () => {
  const f = 'plural-head-lists.txt'
  it('"Các Cục: A; B, C; D" and "các Tập đoàn: A, B" are one body per name', () => {
    expect(lead(f, 'rà soát, tái cấu trúc quy trình')).toEqual(names('Cục Bản quyền tác giả', 'Cục Xuất bản, In và Phát hành', 'Cục Báo chí'))
    expect(lead(f, 'phủ sóng các thôn lõm sóng')).toEqual(names('Tập đoàn Bưu chính Viễn thông Việt Nam', 'Tập đoàn Công nghiệp - Viễn thông Quân đội'))
  })
  it('"Vụ Kế hoạch, Tài chính", "Vụ Khoa học công nghệ, Đào tạo và Môi trường", "… VHTTDL"', () => {
    expect(lead(f, 'bố trí kinh phí thực hiện')).toEqual(names('Vụ Kế hoạch, Tài chính'))
    expect(coordinators(f, 'bố trí kinh phí thực hiện')).toEqual(names('Vụ Khoa học công nghệ, Đào tạo và Môi trường'))
    expect(lead(f, 'xây dựng nền tảng số du lịch')).toEqual(names('Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch'))
  })
})

describe('short-names-full-names.txt: short names that stand for the full one the document gives', () => {
  const f = 'short-names-full-names.txt'
  it('"Đề nghị Thường trực Tỉnh ủy …:" leads with the committee of the one place named', () => {
    expect(lead(f, 'Đổi mới mô hình phát triển')).toEqual(names('Tỉnh ủy Nam Định'))
  })
  it('"Cục DLQGVN" is the "Cục Du lịch Quốc gia Việt Nam" written above', () => {
    expect(lead(f, 'hướng dẫn tỉnh xây dựng sản phẩm du lịch')).toEqual(names('Cục Du lịch Quốc gia Việt Nam'))
  })
})

describe('proposals-table-by-ministry.md: a lead column headed "Bộ phụ trách tiếp nhận, xử lý"', () => {
  const f = 'proposals-table-by-ministry.md'
  it('each row is led by the ministry it is given to, not by the body its text addresses', () => {
    expect(lead(f, 'hỗ trợ kinh phí cải tạo trụ sở')).toEqual(names('Bộ Tài chính'))
    expect(lead(f, 'phân cấp trong ngành giáo dục')).toEqual(names('Bộ Giáo dục và Đào tạo', 'Bộ Nội vụ'))
  })
})

describe('legal-site-card-and-chrome.md: a legal site\'s card, banner and trailer', () => {
  const f = 'legal-site-card-and-chrome.md'
  it('the card gives number, date and issuer', () => {
    expect([doc(f).meta.number, doc(f).meta.issuedOn, doc(f).meta.issuer?.name]).toEqual(['512/BXD-VP', '2025-10-14', 'Bộ Xây dựng'])
  })
  it('neither banner nor trailer is a task', () => {
    for (const p of ['bôi vàng', 'Đang tải', 'Tiếng Anh', 'Tắt so sánh', 'Hỗ trợ', 'Đăng xuất', 'bảo đảm tiến độ giải ngân do']) expect(leaks(f, p)).toEqual([])
    expect(doc(f).tasks).toHaveLength(2)
  })
})

describe('legal-site-card-unknown-department.md: a legal site\'s card naming a department the lexicon lacks', () => {
  const f = 'legal-site-card-unknown-department.md'
  it('the card gives the department as the issuer, read whole by the grammar of unit names', () => {
    expect([doc(f).meta.number, doc(f).meta.issuedOn, doc(f).meta.issuer?.name]).toEqual(['418/CVT-QLDN', '2025-11-03', 'Cục Viễn thông'])
  })
})

describe('heads-with-lower-case-words.txt: "Viện Nghiên cứu phát triển", "Liên hiệp các Hội" as heads', () => {
  const f = 'heads-with-lower-case-words.txt'
  it('the heading that adds a named body to a collective leads with that body', () => {
    expect(lead(f, 'chuẩn hóa dữ liệu quy hoạch')).toEqual(names('Viện Nghiên cứu phát triển Thành phố'))
    expect(lead(f, 'phản biện các giải pháp công nghệ')).toEqual(names('Liên hiệp các Hội Khoa học và Kỹ thuật'))
  })
})

describe('semicolon-list-across-lines.md: a list of ministries parted by semicolons across a line break', () => {
  const f = 'semicolon-list-across-lines.md'
  it('the three ministries lead the one task', () => {
    expect(lead(f, 'xây dựng phương án điều chỉnh thẩm quyền')).toEqual(names('Bộ Nông nghiệp và Môi trường', 'Bộ Xây dựng', 'Bộ Khoa học và Công nghệ'))
  })
})

describe('which-act-past-participle.txt: "đã" that names an act, in an item that asks for action', () => {
  const f = 'which-act-past-participle.txt'
  it('"Nghiêm túc thực hiện … theo Quy chế đã ban hành" after a bullet alone is a task; a report of work done is not', () => {
    expect(task(f, 'Nghiêm túc thực hiện chế độ báo cáo')).toBeTruthy()
    expect(leaks(f, 'đã hoàn thành phần lớn')).toEqual([])
  })
})

describe('clause-with-own-subject.txt: a clause after "; " whose own subject acts', () => {
  const f = 'clause-with-own-subject.txt'
  it('is that body\'s task; clauses a colon announces stay one task', () => {
    expect(lead(f, 'hướng dẫn các Tập đoàn nêu trên')).toEqual(names('Bộ Khoa học và Công nghệ'))
    expect(doc(f).tasks.filter((t) => t.text.includes('theo hướng'))).toHaveLength(1)
  })
})

describe('deadline-sentence-after-item.md: "Thời hạn hoàn thành …" as a sentence of its own after an item', () => {
  const f = 'deadline-sentence-after-item.md'
  it('dates the item before it and is no task of its own', () => {
    expect(end(f, 'ban hành các văn bản hướng dẫn thực hiện phân cấp')).toBe('2025-12-25')
    expect(doc(f).tasks.filter((t) => /^Thời hạn/u.test(t.text))).toEqual([])
  })
})

describe('word-cells-joined-by-pipes.txt: a Word table written as cells joined by " | ", with no border and no separator row', () => {
  const f = 'word-cells-joined-by-pipes.txt'
  it('is read by its header: lead, partners and time from their columns', () => {
    expect(lead(f, 'Rà soát, cập nhật danh mục nguồn nước')).toEqual(names('Sở Nông nghiệp và Môi trường'))
    expect(coordinators(f, 'Rà soát, cập nhật danh mục nguồn nước')).toEqual(names('Sở Xây dựng'))
    expect(end(f, 'Rà soát, cập nhật danh mục nguồn nước')).toBe('2026-06-30')
    expect(lead(f, 'Kiểm tra việc chấp hành giấy phép')).toEqual(names('Sở Công Thương', 'Thanh tra tỉnh'))
  })
  it('the letterhead cell\'s two lines, kept apart by spaces, are one issuer', () => {
    expect(doc(f).meta.issuer?.name).toBe('Ủy ban nhân dân tỉnh Bình An')
  })
})

describe('letter-addressees-in-layout.txt: a letter laid out by pdftotext, its subject, addressees and first paragraph indented', () => {
  const f = 'letter-addressees-in-layout.txt'
  it('"Kính gửi:" and the paragraph after it are blocks of their own, so the letter is a công văn and its items tasks', () => {
    expect(doc(f).meta.kind).toBe('cong-van')
    expect(task(f, 'Tổ chức phổ biến, hướng dẫn quy trình vận hành')).toBeTruthy()
    expect(leaks(f, 'Chính phủ ban hành Nghị định')).toEqual([])
    expect(leaks(f, 'V/v triển khai')).toEqual([])
  })
  it('the thanks that close the letter are no task, whoever gives them', () => {
    expect(leaks(f, 'trân trọng cảm ơn')).toEqual([])
  })
  it('"số liệu của năm trước" is what the work is about, not when it is due', () => {
    expect(end(f, 'rà soát số liệu')).toBeNull()
  })
})

describe('relative-clause-and-condition.md: "đã được … phê duyệt/giao" inside an item that acts, and a sentence on a condition', () => {
  const f = 'relative-clause-and-condition.md'
  it('an item that opens with its action is a task though it names what was approved or given', () => {
    expect(end(f, 'Khẩn trương hoàn thành thực thi phương án')).toBe('2025-12-14')
    expect(end(f, 'công bố quy trình đối với 40 TTHC')).toBe('2025-11-29')
  })
  it('"Trường hợp …" belongs to the task before it; "Đảm bảo hoàn thành trong năm 2026." only dates it', () => {
    expect(leaks(f, 'Trường hợp có đề xuất khác').length).toBe(1)
    expect(doc(f).tasks.filter((t) => /^Trường hợp|^Đảm bảo/u.test(t.text))).toEqual([])
    expect(end(f, 'dự thảo Luật Di sản văn hóa sửa đổi')).toBe('2026-12-31')
  })
  it('the letterhead of a letter with no title heads nothing: items under a generic heading have no lead', () => {
    expect(lead(f, 'công bố quy trình đối với 40 TTHC')).toEqual([])
  })
})

describe('name-wrapped-across-lines.md: a hard-wrapped line that ends inside a body\'s name', () => {
  const f = 'name-wrapped-across-lines.md'
  it('"Bộ Chỉ huy" / "Quân sự tỉnh", "Sở Công" / "Thương": the name goes on over the break', () => {
    expect(coordinators(f, 'tổ chức vận chuyển hàng đến')).toEqual(names('Bộ Chỉ huy Quân sự tỉnh', 'Công an tỉnh'))
    expect(coordinators(f, 'thẩm định, tham mưu UBND tỉnh bố trí kinh phí')).toEqual(names('Sở Công Thương'))
  })
  it('a paragraph of names alone in a task section is no task', () => {
    expect(leaks(f, 'Bộ Tài chính, Bộ Ngoại giao')).toEqual([])
  })
})

describe('monitoring-plan-roles.md: role nouns and recipients in a monitoring plan', () => {
  const f = 'monitoring-plan-roles.md'
  it('"cơ quan chủ quản Chương trình, cơ quan chủ trì dự án …" lists who is monitored: no task, no body', () => {
    expect(leaks(f, 'Cơ quan chủ quản Chương trình')).toEqual([])
    expect(doc(f).agencies.map((a) => a.name).filter((n) => /Chương/u.test(n))).toEqual([])
  })
  it('bodies in brackets after "báo cáo cấp thẩm quyền (" are reported to; the heading\'s body leads', () => {
    expect(lead(f, 'Tổng hợp, tham mưu báo cáo cấp thẩm quyền')).toEqual(names('Sở Nông nghiệp và Môi trường'))
  })
  it('a lead in brackets after an action still leads', () => {
    expect(lead(f, 'Xây dựng bộ công cụ giám sát')).toEqual(names('Sở Tài chính'))
  })
})

describe('letter-named-by-its-annex.md: a letter copied without its letterhead, its annex still attached', () => {
  const f = 'letter-named-by-its-annex.md'
  it('the annex\'s "(Kèm theo Công văn số … ngày … của …)" gives the letter\'s kind, number, date and issuer', () => {
    const m = doc(f).meta
    expect([m.kind, m.number, m.issuedOn, m.issuer?.name]).toEqual(['cong-van', '6391/BVHTTDL-KHCNĐTMT', '2025-11-26', 'Bộ Văn hóa, Thể thao và Du lịch'])
  })
})

describe('dispatch-report-by-limit.txt: a report sent up before a limit inside an item of a công điện', () => {
  const f = 'dispatch-report-by-limit.txt'
  it('"Báo cáo … gửi … trước ngày …" after a sentence that directs is a task of its own, dated by its limit', () => {
    expect(end(f, 'Báo cáo kết quả, gửi Bộ Xây dựng')).toBe('2025-12-09')
    expect(end(f, 'vận động nhân dân giúp đỡ')).toBeNull()
  })
  it('so is it after an action the prose rules do not read as directing; the action stays a task', () => {
    expect(end(f, 'Báo cáo nhu cầu hỗ trợ')).toBe('2025-12-02')
    expect(leaks(f, 'Chủ động bố trí').length).toBe(1)
  })
  it('a later sentence that opens with an action does not take the date of the one before', () => {
    expect(end(f, 'Thực hiện kê khai, đăng ký')).toBeNull()
    expect(end(f, 'Rà soát, thống kê các công trình')).toBe('2025-12-19')
  })
  it('a commitment\'s year is not the task\'s end; figures "tính đến ngày …" ask for nothing', () => {
    expect(end(f, 'Đẩy mạnh chuyển đổi xanh')).toBeNull()
    expect(leaks(f, 'Báo cáo tổng hợp số liệu')).toEqual([])
  })
})

describe('heading-leads-with-partners.txt: "X chủ trì, phối hợp với Y:" over dashes, a name cut after "Ban Quản lý"', () => {
  const f = 'heading-leads-with-partners.txt'
  it('the items under the heading work with the partners it names, unless they name their own', () => {
    expect(lead(f, 'tổ chức tập huấn cho đội ngũ giáo viên')).toEqual(names('Sở Giáo dục và Đào tạo'))
    expect(coordinators(f, 'tổ chức tập huấn cho đội ngũ giáo viên')).toEqual(names('Sở Nông nghiệp và Môi trường'))
    expect(coordinators(f, 'phương án đảm bảo an toàn cho học sinh')).toEqual(names('Sở Y tế'))
    expect(coordinators(f, 'Bố trí kinh phí thực hiện')).toEqual([])
  })
  it('"Ban Quản lý / các Khu chế xuất và công nghiệp Thành phố" is one body, which leads', () => {
    expect(lead(f, 'tập huấn cho người lao động')).toEqual(names('Ban Quản lý các Khu chế xuất và công nghiệp Thành phố'))
  })
})

describe('plan-scope-and-funding-lists.md: a plan\'s "THỜI GIAN VÀ PHẠM VI", its vision, and its list of funding sources', () => {
  const f = 'plan-scope-and-funding-lists.md'
  it('"Phạm vi: triển khai thực hiện trên toàn địa bàn …" says where the plan applies; it is no task', () => {
    expect(leaks(f, 'Phạm vi: triển khai thực hiện')).toEqual([])
  })
  it('the sources of funds are no tasks; the tasks and the body that leads stay', () => {
    expect(leaks(f, 'Nguồn vốn hỗ trợ')).toEqual([])
    expect(leaks(f, 'Các nguồn vốn hợp pháp khác')).toEqual([])
    expect(doc(f).tasks.map((t) => t.text.slice(0, 20))).toEqual(['Tổ chức tập huấn kỹ ', 'Lắp đặt hệ thống cản', 'Sở Nông nghiệp và Mô'])
  })
  it('a vision ("2. Tầm nhìn đến năm 2050") under the tasks is an aim: its paragraphs are no tasks; the phase before it dates its own', () => {
    expect(leaks(f, 'Giai đoạn sau năm 2030')).toEqual([])
    expect(leaks(f, 'Thực hiện lồng ghép phòng, chống thiên tai')).toEqual([])
    expect(end(f, 'Lắp đặt hệ thống cảnh báo sớm')).toBe('2030-12-31')
  })
})

describe('party-resolution-ocr-letterhead.txt: a Party resolution whose letterhead OCR damaged ("TÍNH ỦY … ĐÁNG CỘNG SẢN")', () => {
  const f = 'party-resolution-ocr-letterhead.txt'
  it('the issuer is the committee the title names, of the place the text is dated at', () => {
    expect(doc(f).meta.issuer?.name).toBe('Ban Thường vụ Tỉnh ủy Nam Hà')
  })
})

describe('notice-roman-items-and-front.md: items numbered (i), (ii), (iii); a board named by its zones; the Front\'s central body over "Chỉ đạo X" items; a list of reports numbered inline', () => {
  const f = 'notice-roman-items-and-front.md'
  it('"(ii)" and "(iii)" open items of their own, each led by the body it opens with', () => {
    expect(lead(f, 'hoàn thành bàn giao mặt bằng')).toEqual(names('Ủy ban nhân dân tỉnh Bình An'))
    expect(end(f, 'hoàn thành bàn giao mặt bằng')).toBe('2026-11-30')
    expect(lead(f, 'hướng dẫn Chủ đầu tư các thủ tục')).toEqual(names('Ban Quản lý các khu công nghệ cao và khu công nghiệp'))
  })
  it('an enumeration "(1) …; (2) …;" wrapped before "(3)" stays inside its item', () => {
    expect(task(f, 'hướng dẫn Chủ đầu tư các thủ tục').text).toMatch(/\(3\) hồ sơ phòng cháy, chữa cháy\.$/u)
    expect(leaks(f, 'hồ sơ phòng cháy').length).toBe(1)
  })
  it('the bodies "Chỉ đạo" names are directed; the Front\'s central body the heading names leads, its name wrapped or not', () => {
    expect(lead(f, 'đội hình thanh niên tình nguyện')).toEqual(names('Trung ương Mặt trận Tổ quốc Việt Nam'))
    expect(lead(f, 'phân loại rác thải tại hộ gia đình')).toEqual(names('Trung ương Mặt trận Tổ quốc Việt Nam'))
  })
  it('a list of reports numbered inline is one task, dated by "Các Báo cáo trên gửi … trước ngày …"; the office\'s own step is another', () => {
    expect(task(f, 'hoàn thiện các báo cáo').text).toMatch(/\(iii\) Báo cáo nhu cầu vốn\. Các Báo cáo trên gửi/u)
    expect(end(f, 'hoàn thiện các báo cáo')).toBe('2026-12-04')
    expect(lead(f, 'tổng hợp, báo cáo Thủ tướng')).toEqual(names('Văn phòng Chính phủ'))
    expect(end(f, 'tổng hợp, báo cáo Thủ tướng')).toBe('2026-12-09')
  })
  it('"(1) … cho các cơ quan khối Đảng, Quốc hội, tổ chức chính trị - xã hội; (2) …": one task, led by the body before "thực hiện:" only', () => {
    expect(lead(f, 'Cung cấp hạ tầng cho các cơ quan khối Đảng')).toEqual(names('Trung tâm dữ liệu quốc gia'))
    expect(task(f, 'Cung cấp hạ tầng cho các cơ quan khối Đảng').text).toMatch(/\(2\) Cung cấp dữ liệu mở/u)
  })
  it('"Các Bộ, cơ quan: Tài chính, Xây dựng, …" names each ministry, and each leads', () => {
    expect(lead(f, 'rà soát lại việc thực hiện các kết luận')).toEqual(names('Bộ Tài chính', 'Bộ Xây dựng', 'Bộ Ngoại giao', 'Tập đoàn Điện lực Việt Nam'))
  })
})

describe('resolution-named-by-its-annex.md: a resolution copied with its title and without its letterhead', () => {
  const f = 'resolution-named-by-its-annex.md'
  it('its number, date and issuer come from its annex\'s "(Kèm theo Nghị quyết số …)"', () => {
    const m = doc(f).meta
    expect([m.kind, m.number, m.issuedOn, m.issuer?.name]).toEqual(['nghi-quyet', '412/NQ-CP', '2026-12-05', 'Chính phủ'])
  })
})

describe('yearly-report-day.txt: reports due on a day of each year ("định kỳ hằng năm … trước ngày 15 tháng 12"); a subject after a genitive\'s collective', () => {
  const f = 'yearly-report-day.txt'
  it('a yearless day in a duty that comes back every year is no date in the plan\'s year; the duty is yearly', () => {
    expect(end(f, 'định kỳ hằng năm gửi báo cáo')).toBeNull()
    expect(task(f, 'định kỳ hằng năm gửi báo cáo').recurrence).toBe('yearly')
    expect(end(f, 'bố trí kinh phí')).toBeNull()
  })
  it('a day with its year still dates its task, and the duty read as yearly is not reported unreadable', () => {
    expect(end(f, 'báo cáo Ủy ban nhân dân tỉnh trước ngày 20 tháng 12 năm 2026')).toBe('2026-12-19')
    expect(doc(f).diagnostics.filter((x) => x.code === 'deadline-unreadable')).toEqual([])
  })
  it('"Trên cơ sở đề xuất của các sở, ngành, địa phương, Sở Tài chính tổng hợp …": the named body after the collective leads', () => {
    expect(lead(f, 'tham mưu bố trí kinh phí')).toEqual(names('Sở Tài chính'))
  })
})

describe('ocr-page-marks-under-heading.txt: OCR text with an extractor\'s page marks and the file name as running header', () => {
  const f = 'ocr-page-marks-under-heading.txt'
  it('an item after a page mark is still under its heading, led by the body it names', () => {
    expect(lead(f, 'Chỉ đạo rà soát, sửa đổi')).toEqual(names('Đảng ủy Chính phủ'))
    expect(end(f, 'Chỉ đạo rà soát, sửa đổi')).toBe('2027-12-31')
  })
  it('a sentence cut by the page goes on after it; the marks are in no task', () => {
    expect(task(f, 'hoàn thiện pháp luật về tài nguyên').text).toMatch(/tài nguyên, môi trường; tăng cường giám sát/u)
    expect(leaks(f, 'Trang 9')).toEqual([])
    expect(leaks(f, 'DOC')).toEqual([])
  })
})

describe('commitments-and-localities.txt: "UBND các địa phương" as a partner; "đã" in what was signed or agreed', () => {
  const f = 'commitments-and-localities.txt'
  it('"UBND các địa phương" is the localities in general: no committee without a scope among the partners', () => {
    expect(coordinators(f, 'rà soát các bến bãi tập kết')).toEqual(names('Sở Nông nghiệp và Môi trường', 'Công an tỉnh'))
    expect(task(f, 'rà soát các bến bãi tập kết').coordinators.filter((c) => c.generic).map((c) => c.name)).toEqual(['Ủy ban nhân dân các địa phương'])
  })
  it('"Thực hiện đúng các nội dung cam kết đã ký kết", "Triển khai các nội dung đã thống nhất": tasks, not reports', () => {
    expect(task(f, 'Thực hiện đúng, đầy đủ các nội dung cam kết đã ký kết').text).toMatch(/^Thực hiện đúng/u)
    expect(task(f, 'Triển khai các nội dung đã thống nhất').text).toMatch(/^Triển khai/u)
  })
})

describe('notice-inline-numbered-tasks.md: items numbered inline, "(1) …; (2) …", that are tasks of their own', () => {
  const f = 'notice-inline-numbered-tasks.md'
  it('a later item whose own body acts is its task: "(1) Thanh tra Chính phủ ban hành …; (2) Bộ Công an chủ trì …"', () => {
    expect(lead(f, 'Thanh tra Chính phủ ban hành')).toEqual(names('Thanh tra Chính phủ'))
    expect(lead(f, 'chủ trì, phối hợp các bộ, cơ quan liên quan ban hành hướng dẫn')).toEqual(names('Bộ Công an'))
    expect(end(f, 'Thanh tra Chính phủ ban hành')).toBe('2026-11-24')
    expect(end(f, 'ban hành hướng dẫn rà soát')).toBe('2026-11-29')
  })
  it('actions of one body dated apart are one task each, led by the body before the colon', () => {
    expect(end(f, 'trình Thủ tướng Chính phủ Chương trình quốc gia')).toBe('2026-11-30')
    expect(end(f, 'xây dựng Bộ công cụ giám sát')).toBe('2026-12-09')
    expect(lead(f, 'xây dựng Bộ công cụ giám sát')).toEqual(names('Bộ Khoa học và Công nghệ'))
    expect(lead(f, 'ban hành văn bản hướng dẫn cơ chế thử nghiệm')).toEqual(names('Bộ Khoa học và Công nghệ'))
    expect(end(f, 'ban hành văn bản hướng dẫn cơ chế thử nghiệm')).toBeNull()
  })
  it('"các chỉ tiêu, nhiệm vụ được Chính phủ … giao" names the tasks: the item is no report', () => {
    expect(leaks(f, 'xây dựng Bộ công cụ giám sát')).toHaveLength(1)
  })
  it('actions under one date stay one task', () => {
    expect(task(f, 'Cung cấp hạ tầng cho các cơ quan').text).toMatch(/\(2\) Cung cấp dữ liệu mở/u)
  })
  it('"các vụ việc mà các cơ quan chức năng đã xem xét": "đã" in a which-clause reports nothing done', () => {
    expect(lead(f, 'rà soát trách nhiệm của nhân sự')).toEqual(names('Bộ Nội vụ'))
    expect(end(f, 'rà soát trách nhiệm của nhân sự')).toBe('2026-12-14')
  })
})

describe('annex-merged-rows.md: an annex\'s rows whose number and bodies Word merged with the row above', () => {
  const f = 'annex-merged-rows.md'
  it('each row under a merged one is a task of its own, with the bodies of the numbered row above and its own date', () => {
    expect(lead(f, 'Rà soát, cập nhật các hướng dẫn kỹ thuật')).toEqual(names('Sở Nông nghiệp và Môi trường'))
    expect(coordinators(f, 'Rà soát, cập nhật các hướng dẫn kỹ thuật')).toEqual(names('Sở Xây dựng', 'Sở Công Thương'))
    expect(end(f, 'Rà soát, cập nhật các hướng dẫn kỹ thuật')).toBe('2027-12-31')
    expect(lead(f, 'Xây dựng quy chế phối hợp liên huyện')).toEqual(names('Sở Nông nghiệp và Môi trường'))
    expect(end(f, 'Xây dựng quy chế phối hợp liên huyện')).toBe('2026-12-31')
    expect(lead(f, 'Xây dựng hồ sơ sức khỏe')).toEqual(names('Sở Y tế'))
  })
  it('a merged row whose cells read like labels ("… hoạt động ổn định", "Thực hiện thường xuyên") is a row, not a new header', () => {
    expect(lead(f, 'Giám sát công tác vận hành hệ thống quan trắc')).toEqual(names('Sở Y tế'))
    expect(lead(f, 'Ban hành quy định về che chắn công trường')).toEqual(names('Sở Xây dựng'))
    expect(end(f, 'Ban hành quy định về che chắn công trường')).toBe('2026-12-31')
  })
  it('the task is the row\'s "Nội dung nhiệm vụ", not the group it belongs to', () => {
    expect(task(f, 'Hoàn thiện quy định về xử lý vi phạm').text).not.toMatch(/Hoàn thiện chính sách về chất lượng không khí/u)
    expect(leaks(f, 'Hoàn thiện chính sách về chất lượng không khí')).toEqual([])
    expect(end(f, 'Hoàn thiện quy định về xử lý vi phạm')).toBe('2026-03-31')
  })
})

describe('programme-period-in-name.txt: a programme\'s period at the end of its long name; a notice with no letterhead', () => {
  const f = 'programme-period-in-name.txt'
  it('"Chương trình mục tiêu quốc gia … và miền núi giai đoạn 2026 - 2035" names the programme: the task has no date', () => {
    expect(end(f, 'khẩn trương hoàn thành thủ tục thẩm định')).toBeNull()
  })
  it('the copy lost its letterhead: "Văn phòng Chính phủ thông báo để … biết" names the issuer', () => {
    expect(doc(f).meta.issuer?.name).toBe('Văn phòng Chính phủ')
  })
  it('"thực hiện trong giai đoạn 2026 - 2030" still dates its task', () => {
    expect(end(f, 'bố trí vốn đầu tư cho các công trình thủy lợi')).toBe('2030-12-31')
  })
})

describe('subjectless-sentence-continues.txt: a later sentence with no subject of its own continues the one before', () => {
  const f = 'subjectless-sentence-continues.txt'
  it('"Sở Công Thương chủ trì … . Xây dựng quy chế …, hoàn thành trong quý III" is the same body\'s task', () => {
    expect(lead(f, 'Xây dựng quy chế quản lý cụm công nghiệp')).toEqual(names('Sở Công Thương'))
    expect(end(f, 'Xây dựng quy chế quản lý cụm công nghiệp')).toBe('2026-09-30')
  })
  it('"Tổ chức được giao …" opens with a noun, not the action "tổ chức": no body is carried over', () => {
    expect(lead(f, 'Tổ chức được giao vận hành hệ thống')).toEqual([])
  })
  it('a later sentence that names its own body keeps it', () => {
    expect(lead(f, 'Sở Tài chính bố trí kinh phí')).toEqual(names('Sở Tài chính'))
  })
})

describe('letter-listed-bodies-duty.txt: a letter whose bodies are listed above a lead-in with no subject', () => {
  const f = 'letter-listed-bodies-duty.txt'
  const listed = names('Sở Nông nghiệp và Môi trường', 'Sở Xây dựng', 'Ban Quản lý Khu kinh tế tỉnh')
  it('"Giao các sở … gồm: - Sở A (đối với …); …" then "Có trách nhiệm: a) …": every listed body leads each item', () => {
    expect(lead(f, 'Chủ trì rà soát, thống kê toàn bộ công trình')).toEqual(listed)
    expect(end(f, 'Chủ trì rà soát, thống kê toàn bộ công trình')).toBe('2026-10-30')
    expect(lead(f, 'Hướng dẫn các đơn vị được giao quản lý công trình')).toEqual(listed)
  })
  it('the list\'s own items name who, for what: they are no tasks', () => {
    expect(leaks(f, 'Sở Xây dựng (đối với công trình cấp nước đô thị)')).toEqual([])
  })
  it('the next numbered heading closes the lead-in', () => {
    expect(lead(f, 'Tổ chức kiểm tra hiện trạng công trình thủy lợi')).toEqual([])
  })
  it('"Nghị định số 95/2026/NĐ-" / "CP đến …" is one paragraph and one task; the sentence that announces the items is none', () => {
    expect(task(f, 'Tổ chức quán triệt, phổ biến nội dung').text).toContain('95/2026/NĐ-CP đến cán bộ')
    expect(end(f, 'Tổ chức quán triệt, phổ biến nội dung')).toBe('2026-09-30')
    expect(leaks(f, 'nhằm bảo đảm việc quản lý công trình thủy lợi')).toEqual([])
  })
})

describe('schedule-two-row-header.txt: a schedule whose header spans two rows and whose time Word merged down', () => {
  const f = 'schedule-two-row-header.txt'
  it('"Thực hiện" over "Đơn vị chủ trì | Đơn vị phối hợp": the second row names who leads and who partners', () => {
    expect(lead(f, 'Xây dựng khung định hướng quy hoạch')).toEqual(names('Ban Quản lý quy hoạch'))
    expect(coordinators(f, 'Xây dựng khung định hướng quy hoạch')).toEqual(names('Vụ Vật liệu xây dựng', 'Vụ Kế hoạch - Tài chính'))
  })
  it('"10-11/2026" in the time column is months: the row ends with November; the row under it with no time shares it', () => {
    expect(end(f, 'Xây dựng khung định hướng quy hoạch')).toBe('2026-11-30')
    expect(end(f, 'Lấy ý kiến các Bộ, ngành')).toBe('2026-11-30')
    expect(end(f, 'Trình Hội đồng thẩm định')).toBe('2026-12-31')
  })
  it('a group row of two cells ("I | GIAI ĐOẠN 1 …", "1 | Lập nhiệm vụ quy hoạch") keeps the table open and is no task', () => {
    expect(lead(f, 'Trình Hội đồng thẩm định')).toEqual(names('Ban Quản lý quy hoạch'))
    expect(leaks(f, 'Lập nhiệm vụ quy hoạch')).toEqual([])
  })
  it('each item of a cell that lists units is a whole name, its lower-case words too ("- Ban quản lý quy hoạch.")', () => {
    expect(coordinators(f, 'Lấy ý kiến các Bộ, ngành')).toEqual(names('Văn phòng Bộ', 'Ban quản lý quy hoạch'))
  })
})

describe('scan-page-break-markers.txt: a scanned directive with an extractor\'s page marks and a double stop', () => {
  const f = 'scan-page-break-markers.txt'
  it('"--- PAGE BREAK ---" and the page number before it do not cut the item: "cải tiến thủ" / "tục cấp thị thực" is one task', () => {
    expect(task(f, 'Bộ Ngoại giao chủ trì').text).toContain('cải tiến thủ tục cấp thị thực')
    expect(end(f, 'Bộ Ngoại giao chủ trì')).toBe('2026-05-31')
    expect(lead(f, 'Bộ Ngoại giao chủ trì')).toEqual(names('Bộ Ngoại giao'))
  })
  it('"… nộp thuế.." / "kịp thời chấn chỉnh …": the item goes on and its date is the one it closes with', () => {
    expect(end(f, 'Bộ Tài chính chỉ đạo cơ quan thuế')).toBe('2026-04-30')
    expect(leaks(f, 'kịp thời chấn chỉnh các hành vi').map((t) => t.slice(0, 15))).toEqual(['a) Bộ Tài chính'])
  })
  it('a lead-in that closes with its time ("… trong tháng 6 năm 2026 các vấn đề sau:") dates its items', () => {
    expect(end(f, 'Tình hình lao động, việc làm')).toBe('2026-06-30')
    expect(lead(f, 'Thực trạng quản lý lao động nước ngoài')).toEqual(names('Bộ Nội vụ'))
  })
})

describe('bracketed-assignment.txt: the body given an item named in brackets after it', () => {
  const f = 'bracketed-assignment.txt'
  it('"(Giao Công an tỉnh tham mưu)" and "(Giao Sở Nội vụ thực hiện)" lead their items', () => {
    expect(lead(f, 'Thành lập Đoàn kiểm tra')).toEqual(names('Công an tỉnh'))
    expect(lead(f, 'Tổ chức tập huấn nghiệp vụ')).toEqual(names('Sở Nội vụ'))
    expect(end(f, 'Tổ chức tập huấn nghiệp vụ')).toBe('2026-09-30')
  })
  it('"(Giao Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Tư pháp)" still reads both roles', () => {
    expect(lead(f, 'Rà soát danh mục')).toEqual(names('Văn phòng Ủy ban nhân dân tỉnh'))
    expect(coordinators(f, 'Rà soát danh mục')).toEqual(names('Sở Tư pháp'))
  })
})

describe('telegram-sender-second-body.txt: a telegram\'s sender, and a second body\'s sentence in an item', () => {
  const f = 'telegram-sender-second-body.txt'
  it('"THỦ TƯỚNG CHÍNH PHỦ điện:" is the issuer; "V/V" is its subject line, not heading V', () => {
    expect(doc(f).meta.issuer?.name).toBe('Thủ tướng Chính phủ')
    expect(doc(f).sections.some((s) => /^V\b/u.test(s.number ?? ''))).toBe(false)
  })
  it('a later sentence whose subject is another body is that body\'s task', () => {
    expect(lead(f, 'thống kê thiệt hại')).toEqual(names('Bộ Nông nghiệp và Môi trường'))
    expect(lead(f, 'xuất cấp ngay gạo')).toEqual(names('Bộ Tài chính'))
    expect(leaks(f, 'thống kê thiệt hại').some((t) => t.includes('xuất cấp'))).toBe(false)
    expect(lead(f, 'vận chuyển gạo')).toEqual(names('Bộ Quốc phòng', 'Bộ Công an'))
    expect(lead(f, 'hỗ trợ kinh phí')).toEqual(names('Bộ Tài chính'))
    expect(end(f, 'hỗ trợ kinh phí')).toBe('2025-11-20')
  })
  it('a later sentence whose body "chịu trách nhiệm" for an action is that body\'s, though a collective is asked after it', () => {
    expect(lead(f, 'tổng hợp nhu cầu kinh phí')).toEqual(names('Bộ Tài chính'))
    expect(lead(f, 'chịu trách nhiệm hướng dẫn')).toEqual(names('Bộ Dân tộc và Tôn giáo'))
  })
  it('praise on the Prime Minister\'s behalf is no task; a span of years wrapped at its dash is no bullet', () => {
    expect(leaks(f, 'ghi nhận và đánh giá cao')).toEqual([])
    expect(task(f, 'chuyển nguồn kinh phí').text).toContain('2021 - 2025 sang thực hiện')
  })
})

describe('party-regulation-duties.txt: a regulation assigns work in its articles', () => {
  const f = 'party-regulation-duties.txt'
  it('is a regulation ("khac"), issued by the central committee\'s office named in full', () => {
    expect(doc(f).meta.kind).toBe('khac')
    expect(doc(f).meta.issuer?.name).toBe('Ban Tuyên giáo và Dân vận Trung ương')
  })
  it('an item whose own body acts is that body\'s task', () => {
    expect(lead(f, 'chỉ đạo xây dựng, cập nhật kho dữ liệu số')).toEqual(names('Văn phòng Trung ương Đảng'))
    expect(lead(f, 'hướng dẫn về nội dung, hình thức bản tin')).toEqual(names('Ban Tuyên giáo và Dân vận Trung ương'))
  })
  it('a provision with no body acting, and a list of companies, are not', () => {
    expect(leaks(f, 'Bản tin được phát hành hằng tháng')).toEqual([])
    expect(leaks(f, 'Công ty')).toEqual([])
  })
})

describe('party-committees-list.txt: one head given to a list of names', () => {
  const f = 'party-committees-list.txt'
  it('"các Đảng uỷ: Chính phủ; Quốc hội; Mặt trận Tổ quốc" leads as each one\'s Party committee', () => {
    expect(lead(f, 'căn cứ Kết luận này')).toEqual(names('Văn phòng Trung ương Đảng', 'Đảng ủy Chính phủ', 'Đảng ủy Quốc hội', 'Đảng ủy Mặt trận Tổ quốc'))
  })
  it('an item parted by semicolons runs to the next one, and every body listed gets the organ, though it is a body of its own', () => {
    expect(lead(f, 'rà soát, sửa đổi quy chế làm việc')).toEqual(
      names('Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', 'Đảng ủy Viện Kiểm sát nhân dân tối cao', 'Đảng ủy Bộ Tư pháp'),
    )
  })
})

describe('emulation-plan-criteria.txt: an emulation plan\'s criteria, awards and funds', () => {
  const f = 'emulation-plan-criteria.txt'
  it('the criteria ("Tiêu chí thi đua") and the awards are no tasks, though they read like actions', () => {
    expect(leaks(f, 'Hoàn thành vượt mức các chỉ tiêu')).toEqual([])
    expect(leaks(f, 'Tổ chức quán triệt, triển khai thực hiện Chỉ thị')).toEqual([])
    expect(leaks(f, 'Mọi người dân tiếp tục nêu cao')).toEqual([])
    expect(leaks(f, 'Bằng khen')).toEqual([])
  })
  it('a source of funds ("Do ngân sách nhà nước đảm bảo …", "Từ ngân sách nhà nước là …") is no task', () => {
    expect(leaks(f, 'ngân sách nhà nước đảm bảo')).toEqual([])
    expect(leaks(f, 'Từ ngân sách nhà nước là')).toEqual([])
  })
  it('the plan\'s own work stays', () => {
    expect(lead(f, 'hướng dẫn các cơ quan, đơn vị đăng ký thi đua')).toEqual(names('Sở Nội vụ'))
    expect(end(f, 'hướng dẫn các cơ quan, đơn vị đăng ký thi đua')).toBe('2025-12-14')
    expect(lead(f, 'bố trí kinh phí thực hiện')).toEqual(names('Sở Tài chính'))
  })
})

describe('letter-general-requests.txt: a letter copied from its addressees on, with "Yêu cầu chung:"', () => {
  const f = 'letter-general-requests.txt'
  it('is a letter (cong-van), not the kind of an act it cites', () => {
    expect(doc(f).meta.kind).toBe('cong-van')
  })
  it('"1. Yêu cầu chung:" heads what the letter asks: its items are tasks', () => {
    expect(task(f, 'Lựa chọn tư vấn đấu thầu').text).toContain('đủ năng lực')
    expect(end(f, 'Đẩy nhanh tiến độ tổ chức lựa chọn nhà thầu')).toBe('2025-12-30')
    expect(lead(f, 'kiểm tra hoạt động đấu thầu')).toEqual(names('Sở Tài chính'))
  })
})

describe('letter-notes-subheading.md: a chairman\'s letter with "Một số vấn đề lưu ý:" under its first point', () => {
  const f = 'letter-notes-subheading.md'
  it('asks bodies described by who assigned them ("các Hội được Đảng, Nhà nước giao nhiệm vụ"): still a request, dated', () => {
    expect(end(f, 'tổ chức đánh giá')).toBe('2025-12-09')
  })
  it('the notes under the short sub-heading are tasks of the point above; a document number after "số" stays in its line', () => {
    expect(task(f, 'Thủ trưởng các sở, ban, ngành xem xét').text).toContain('Kế hoạch số 21-KH/TU).')
    expect(task(f, 'Chủ tịch Ủy ban nhân dân các xã, phường xem xét').lead.map((l) => l.name)).toEqual(['Ủy ban nhân dân các xã, phường'])
    expect(end(f, 'gửi hồ sơ đề nghị xếp loại')).toBe('2025-12-09')
  })
  it('the chairman who "có ý kiến chỉ đạo như sau" speaks: he leads none of it', () => {
    expect(doc(f).tasks.flatMap((t) => t.lead.map((l) => l.name))).not.toContain('Ủy ban nhân dân tỉnh')
  })
  it('an OCR\'s "Noi nhận:" closes the text', () => {
    expect(leaks(f, 'Thường trực Tỉnh ủy')).toEqual([])
  })
})

describe('annex-group-column.md: a Prime Minister\'s programme whose annex groups activities in a column of their own', () => {
  const f = 'annex-group-column.md'
  it('each activity of the "Hoạt động" column is a task, not its group in "Nhóm hoạt động"; the cell\'s "+ " is no part of it', () => {
    expect(task(f, 'Hỗ trợ trồng bổ sung rừng ngập mặn').text).toBe('Hỗ trợ trồng bổ sung rừng ngập mặn tại các bãi bồi ven biển.')
    expect(leaks(f, 'Phục hồi diện tích rừng ngập mặn bị suy thoái')).toEqual([])
    expect(end(f, 'Xây dựng cơ sở dữ liệu rừng ngập mặn')).toBe('2028-12-31')
  })
  it('"Ủy ban nhân dân tỉnh" in a national document is every province\'s committee: a collective, never scored as a body', () => {
    expect(coordinators(f, 'Rà soát, xác định diện tích')).toEqual(names('Bộ Tài chính'))
    expect(task(f, 'Hỗ trợ trồng bổ sung').lead.every((l) => l.generic)).toBe(true)
  })
  it('"Ban Chỉ đạo Nhà nước về Kế hoạch bảo vệ và phát triển rừng" is one name', () => {
    expect(lead(f, 'chỉ đạo tổ chức thực hiện Chương trình')).toEqual(names('Ban Chỉ đạo Nhà nước về kế hoạch bảo vệ và phát triển rừng'))
  })
})

describe('inspection-team-duties.txt: a department\'s decision that sets up an inspection team and lists its duties', () => {
  const f = 'inspection-team-duties.txt'
  it('"Nhiệm vụ và quyền hạn của Đoàn kiểm tra" gives the team the items below it', () => {
    expect(lead(f, 'Xây dựng và trình Giám đốc Sở phê duyệt')).toEqual(names('Đoàn kiểm tra'))
    expect(lead(f, 'Báo cáo kết quả kiểm tra')).toEqual(names('Đoàn kiểm tra'))
    expect(end(f, 'Xây dựng và trình Giám đốc Sở phê duyệt')).toBe('2026-03-14')
  })
  it('"… tại Điều 12" / "Nghị định số 06/2021/NĐ-CP …" is one line of text, no heading', () => {
    expect(doc(f).sections.some((s) => s.title.startsWith('Nghị định'))).toBe(false)
  })
})

describe('council-asks-committee.txt: a council\'s resolution, with no letterhead, that asks the committee to direct bodies', () => {
  const f = 'council-asks-committee.txt'
  it('the council named under the title issues it; the annex\'s caption dates and numbers it; the session line is no part of the title', () => {
    expect(doc(f).meta.issuer?.name).toBe('Hội đồng nhân dân tỉnh Bình An')
    expect(doc(f).meta.issuedOn).toBe('2026-07-14')
    expect(doc(f).meta.title).toBe('NGHỊ QUYẾT VỀ CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN TẠI KỲ HỌP THỨ BẢY')
    expect(doc(f).sections.some((s) => s.title.startsWith('KHÓA'))).toBe(false)
  })
  it('the committee asked leads what it is asked; "Chỉ đạo X:" and "Đề nghị UBND tỉnh chỉ đạo X:" give X the items', () => {
    expect(lead(f, 'Xem xét sớm phê duyệt')).toEqual(names('Ủy ban nhân dân tỉnh'))
    expect(lead(f, 'Hoàn thành sửa chữa cầu')).toEqual(names('Sở Giao thông vận tải'))
    expect(end(f, 'Hoàn thành sửa chữa cầu')).toBe('2026-10-31')
    expect(lead(f, 'Tăng cường kiểm tra chất lượng')).toEqual(names('Sở Y tế'))
  })
  it('the month a session is expected in dates the session, not the task bound to it; nor does the day an act was signed', () => {
    expect(end(f, 'Xem xét sớm phê duyệt')).toBeNull()
    expect(end(f, 'Tăng cường hợp tác y tế biên giới')).toBeNull()
  })
})

describe('news-quotes-law.md: a legal site\'s article on a telegram, then what the law provides', () => {
  const f = 'news-quotes-law.md'
  it('the telegram\'s items are tasks; the law it quotes, to the next headline, is not; nor is the headline that asks', () => {
    // (the page is headed as the telegram's full text: it is the telegram, and still a page that quotes the law)
    expect(doc(f).meta.kind).toBe('cong-dien')
    expect(end(f, 'Tổ chức sửa chữa nhà ở')).toBe('2026-12-30')
    expect(leaks(f, 'tìm kiếm cứu nạn')).toEqual([])
    expect(leaks(f, 'Bộ, cơ quan ngang bộ có trách nhiệm')).toEqual([])
    expect(leaks(f, 'như thế nào')).toEqual([])
    expect(lead(f, 'bố trí kinh phí hỗ trợ')).toEqual(names('Bộ Tài chính'))
  })
})

describe('collective-named-in-brackets.md: a collective heading whose bracket names the bodies it stands for', () => {
  const f = 'collective-named-in-brackets.md'
  it('"Các cơ quan tiếp nhận hồ sơ (Sở …, Văn phòng Đăng ký đất đai tỉnh, Ban Quản lý …):" gives its items those bodies', () => {
    expect(lead(f, 'Là đầu mối tiếp nhận hồ sơ')).toEqual(names('Sở Nông nghiệp và Môi trường', 'Văn phòng Đăng ký đất đai tỉnh', 'Ban Quản lý các khu công nghiệp tỉnh'))
    expect(lead(f, 'Công khai thủ tục hành chính')).toEqual(names('Sở Nông nghiệp và Môi trường', 'Văn phòng Đăng ký đất đai tỉnh', 'Ban Quản lý các khu công nghiệp tỉnh'))
  })
  it('a bracket that qualifies ("(nếu có)", "(cơ quan thường trực)") names no body', () => {
    expect(lead(f, 'Có ý kiến bằng văn bản')).toEqual([])
    expect(lead(f, 'Hướng dẫn việc cấp phép')).toEqual(names('Sở Xây dựng'))
  })
  it('"… trên đất đã giao." asks: a participle with no object closes a noun phrase, it reports nothing done', () => {
    expect(task(f, 'trên đất đã giao').text).toBe('a) Hướng dẫn việc cấp phép xây dựng trên đất đã giao.')
  })
})

describe('schedule-with-notes.md: a schedule table, its footnote mark, and the notes under it', () => {
  const f = 'schedule-with-notes.md'
  it('"Vụ Vật liệu xây dựng (*)" in a lead cell is the unit, its mark no part of the name', () => {
    expect(lead(f, 'Lấy ý kiến các bộ, ngành về đề cương')).toEqual(names('Vụ Vật liệu xây dựng'))
  })
  it('"Ghi chú:" and its items are no tasks; the paragraph after them is', () => {
    expect(leaks(f, 'Chủ tịch Hội đồng thẩm định quy hoạch là')).toEqual([])
    expect(leaks(f, 'sẽ được điều chỉnh, bổ sung theo thực tế')).toEqual([])
    expect(task(f, 'kịp thời báo cáo vướng mắc').text).toContain('Văn phòng Bộ')
  })
})

describe('department-letter-site-card.md: a department\'s letter from a legal site, its letterhead cut inside the city\'s name', () => {
  const f = 'department-letter-site-card.md'
  it('"UBND THÀNH PHỐ ĐÀ" / "NẴNG" / "SỞ Y TẾ": the department issues it, not a city cut in two', () => {
    expect(norm(doc(f).meta.issuer?.name ?? '')).toBe(norm('Sở Y tế thành phố Đà Nẵng'))
  })
  it('items after "Cụ thể:" are tasks: one that opens with an adverb, one that opens with a condition', () => {
    expect(task(f, 'Thường xuyên theo dõi chỉ số nhiệt độ').text).toMatch(/^Thường xuyên theo dõi/u)
    expect(task(f, 'chủ động tăng cường kíp trực cấp cứu').text).toMatch(/^Trường hợp nhiệt độ/u)
  })
  it('the closing call to carry the letter out is no task', () => {
    expect(leaks(f, 'đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện')).toEqual([])
  })
})

describe('assessment-steps-guide.md: a guide whose steps say what to assess', () => {
  const f = 'assessment-steps-guide.md'
  it('"2.1. Đánh giá trước khi chỉnh lý" and its bullets "- Đánh giá nguy cơ …" are steps, not an assessment of the past', () => {
    expect(task(f, 'Đánh giá tình trạng vật lý của tài liệu').text).toMatch(/^Đánh giá tình trạng/u)
    expect(task(f, 'Đánh giá nguy cơ mất, thất lạc tài liệu').text).toMatch(/^Đánh giá nguy cơ/u)
  })
  it('"I. ĐÁNH GIÁ TÌNH HÌNH" still looks back: what it says was done is no task', () => {
    expect(leaks(f, 'đã chỉnh lý được một phần tài liệu')).toEqual([])
  })
  it('"- Phân loại tài liệu theo phương án đã thống nhất." under "2.2. Chỉnh lý tài liệu" is a step ("phân loại" opens an action)', () => {
    expect(task(f, 'Phân loại tài liệu theo phương án').text).toMatch(/^Phân loại/u)
  })
})

describe('decision-issues-plan.txt: a decision that issues a plan, replaces and repeals acts, and funds the plan', () => {
  const f = 'decision-issues-plan.txt'
  it('what the act does as it is signed is no task: it issues the plan, replaces and repeals acts', () => {
    expect(leaks(f, 'Ban hành kèm theo Quyết định này Kế hoạch')).toEqual([])
    expect(leaks(f, 'Bãi bỏ Quyết định số 455/QĐ-UBND')).toEqual([])
  })
  it('"Kinh phí thực hiện Kế hoạch này: Do ngân sách nhà nước đảm bảo …" is no task; the plan\'s items are', () => {
    expect(leaks(f, 'Do ngân sách nhà nước đảm bảo')).toEqual([])
    expect(lead(f, 'rà soát phương án ứng phó bão mạnh')).toEqual(names('Sở Nông nghiệp và Môi trường'))
    expect(end(f, 'rà soát phương án ứng phó bão mạnh')).toBe('2026-07-29')
  })
})

describe('plan-lost-part-numbers.txt: a plan whose parts lost their numbers in the copy', () => {
  const f = 'plan-lost-part-numbers.txt'
  it('the bare part titles ("Cải cách thể chế", "Công tác chỉ đạo, điều hành") are headings, not tasks', () => {
    expect(leaks(f, 'Cải cách thủ tục hành chính')).toEqual([])
    expect(doc(f).sections.filter((s) => s.number === null && s.parent === 's-I').map((s) => s.title)).toEqual(['Cải cách thể chế', 'Cải cách thủ tục hành chính', 'Công tác chỉ đạo, điều hành'])
  })
  it('the items of the last part, under "I. MỤC TIÊU, NHIỆM VỤ", are tasks; its "a) Mục tiêu" still holds aims', () => {
    expect(task(f, 'tổ chức quán triệt kế hoạch').text).toMatch(/^a\) Các sở, ban, ngành/u)
    expect(leaks(f, '100% thủ tục hành chính được công khai')).toEqual([])
  })
  it('"Trên cơ sở …, Văn phòng Ủy ban nhân dân tỉnh công bố …": the body after the grounds leads', () => {
    expect(lead(f, 'công bố danh mục văn bản hết hiệu lực')).toEqual(names('Văn phòng Ủy ban nhân dân tỉnh'))
  })
  it('"Sở Nội vụ tổng hợp số liệu …, bao gồm:" over the figures it includes is the task; the figures are not', () => {
    expect(lead(f, 'tổng hợp số liệu định kỳ hằng quý')).toEqual(names('Sở Nội vụ'))
    expect(leaks(f, 'Tổng số hồ sơ tiếp nhận')).toEqual([])
  })
})

describe('letter-duties-listed-under-includes.txt: a department\'s letter whose units\' duties are listed under "… bao gồm:"', () => {
  const f = 'letter-duties-listed-under-includes.txt'
  it('"2. Phòng Quản lý công nghiệp" / "Chủ trì, … bao gồm:": the unit leads each duty listed, however long the lead-in', () => {
    expect(lead(f, 'Huấn luyện, kiểm tra an toàn vật liệu nổ')).toEqual(names('Phòng Quản lý công nghiệp'))
    expect(lead(f, 'Kiểm kê số lượng vật liệu nổ')).toEqual(names('Phòng Quản lý công nghiệp'))
  })
  it('a paper of the dossier listed is no task, nor is the closing call to carry the letter out', () => {
    expect(leaks(f, 'Hồ sơ đề nghị cấp giấy phép theo mẫu')).toEqual([])
    expect(leaks(f, 'nghiêm túc triển khai thực hiện')).toEqual([])
  })
})

describe('party-committee-letter-level-letterhead.txt: a Party committee\'s letter whose letterhead ends on its level', () => {
  const f = 'party-committee-letter-level-letterhead.txt'
  it('"ĐẢNG BỘ TỈNH HÀ GIANG" / "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH": the committee of that province issues it', () => {
    expect(norm(doc(f).meta.issuer?.name ?? '')).toBe(norm('Đảng ủy Ủy ban nhân dân tỉnh Hà Giang'))
  })
  it('"Giao Ban xây dựng đảng Đảng ủy chủ trì …": the committee\'s Party-building board leads', () => {
    expect(lead(f, 'hướng dẫn các chi bộ, đảng bộ cơ sở tổ')).toEqual(names('Ban Xây dựng Đảng Đảng ủy'))
    expect(end(f, 'hướng dẫn các chi bộ, đảng bộ cơ sở tổ')).toBe('2026-11-29')
  })
  it('the closing call is no task', () => {
    expect(leaks(f, 'nghiêm túc triển khai thực hiện')).toEqual([])
  })
})

describe('letter-ocr-number-frames-and-report-step.txt: an OCR letter of the Government Office with frames, a relative "đã được" and a report step', () => {
  const f = 'letter-ocr-number-frames-and-report-step.txt'
  it('"Sô: 9801/VPCP-CN": the number OCR damaged', () => {
    expect(doc(f).meta.number).toBe('9801/VPCP-CN')
  })
  it('"Giao … với quy mô phù hợp với chủ trương đầu tư đã được Quốc hội phê duyệt": a task, not a report', () => {
    expect(lead(f, 'Giao Bộ Xây dựng, Bộ Tài chính theo chức năng')).toEqual(names('Bộ Xây dựng', 'Bộ Tài chính'))
    expect(end(f, 'Giao Bộ Xây dựng, Bộ Tài chính theo chức năng')).toBe('2025-12-18')
  })
  it('"Đối với … vượt dự toán được Thủ tướng Chính phủ giao, giao Bộ Tài chính …": the matter, then the assignment', () => {
    expect(lead(f, 'giao Bộ Tài chính hướng dẫn thanh toán')).toEqual(names('Bộ Tài chính'))
  })
  it('"Đối với …: Do các doanh nghiệp đầu tư …": a provision, no task', () => {
    expect(leaks(f, 'Do các doanh nghiệp đầu tư')).toEqual([])
  })
  it('"… . Báo cáo kết quả thực hiện về …": the body the sentence before assigned sends it up', () => {
    expect(lead(f, 'Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh')).toEqual(names('Sở Nông nghiệp và Môi trường tỉnh Lào Cai'))
    expect(end(f, 'Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh')).toBe('2025-11-29')
  })
  it('"Vườn quốc gia Hoàng Liên" is a body', () => {
    expect(lead(f, 'chủ động xây dựng phương án trồng rừng thay thế')).toEqual(names('Vườn quốc gia Hoàng Liên'))
  })
})

describe('news-conclusion-party-committees-assigned.md: a news page of a Politburo conclusion that assigns Party committees', () => {
  const f = 'news-conclusion-party-committees-assigned.md'
  it('"…, Bộ Chính trị, Ban Bí thư giao Đảng ủy Chính phủ lãnh đạo … một số nội dung sau:": the committee assigned leads the items', () => {
    expect(lead(f, 'Khẩn trương hoàn thiện dự thảo các văn bản')).toEqual(names('Đảng ủy Chính phủ'))
    expect(lead(f, 'Rà soát, thực hiện phân cấp, phân quyền')).toEqual(names('Đảng ủy Chính phủ'))
  })
  it('"Các Đảng uỷ Bộ Tài chính, Bộ Nội vụ": each ministry\'s Party committee', () => {
    expect(lead(f, 'khẩn trương hướng dẫn các địa phương chi trả')).toEqual(names('Đảng ủy Bộ Tài chính', 'Đảng ủy Bộ Nội vụ'))
  })
})

describe('letter-violations-listed-and-contacts.txt: a department\'s letter that quotes the acts it punishes and gives its telephone lines', () => {
  const f = 'letter-violations-listed-and-contacts.txt'
  it('the items under "Các hành vi vi phạm … thì bị xử phạt … như:" are no tasks', () => {
    expect(leaks(f, 'vượt quá 12 tháng')).toEqual([])
    expect(leaks(f, 'Giả mạo Giấy phép')).toEqual([])
  })
  it('the contact lines are no tasks; the duties above them still are', () => {
    expect(leaks(f, 'điện thoại số')).toEqual([])
    expect(end(f, 'gia hạn giấy phép và gửi hồ sơ')).toBe('2025-12-30')
  })
})

describe('school-schedule-table-initials.md: a university\'s schedule table whose time column says "thực hiện" and whose units are shortened around "&"', () => {
  const f = 'school-schedule-table-initials.md'
  it('"Đơn vị đầu mối" leads, not "Thời gian thực hiện"; "Phòng Đào tạo &CTSV", "PĐT&CTSV" are the office the document spells out', () => {
    expect(lead(f, 'Xây dựng thời khóa biểu học kỳ 1')).toEqual(names('Phòng Đào tạo và Công tác sinh viên'))
    expect(lead(f, 'Tổ chức nhập học trực tiếp')).toEqual(names('Phòng Đào tạo và Công tác sinh viên'))
    expect(coordinators(f, 'Tổ chức nhập học trực tiếp')).toEqual(names('Trung tâm Thông tin và Thư điện tử'))
  })
  it('"27-28/08/2026" is a span of two days', () => {
    expect(end(f, 'Tổ chức nhập học trực tiếp')).toBe('2026-08-28')
  })
  it('a numbered row with a time and no unit is a task; a break and the notes under "## Chú thích" are none', () => {
    expect(end(f, 'Tổ chức học và thi kết thúc học phần')).toBe('2027-08-31')
    expect(leaks(f, 'Nghỉ Tết')).toEqual([])
    expect(leaks(f, 'xét học vụ')).toEqual([])
  })
})

describe('plan-heading-body-verb.txt: numbered headings, with no colon, whose subject is a body and whose verb is "chủ trì" or "chỉ đạo"', () => {
  const f = 'plan-heading-body-verb.txt'
  it('"2.1. Sở Tài chính chủ trì, phối hợp Sở Y tế" leads the items under it, Sở Y tế coordinating', () => {
    expect(lead(f, 'Ưu tiên nguồn lực đầu tư')).toEqual(names('Sở Tài chính'))
    expect(coordinators(f, 'Ưu tiên nguồn lực đầu tư')).toEqual(names('Sở Y tế'))
    expect(lead(f, 'Đề xuất Hội đồng nhân dân tỉnh')).toEqual(names('Sở Tài chính'))
  })
  it('"1.1. Bộ Chỉ huy quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng": the body that directs its own force leads; Ban Thường vụ Tỉnh ủy, which directs as an authority, does not', () => {
    expect(lead(f, 'Tăng cường tuần tra')).toEqual(names('Bộ Chỉ huy Quân sự tỉnh'))
    expect(coordinators(f, 'đấu tranh với các đường dây')).toEqual(names('Công an tỉnh'))
    expect(lead(f, 'Quán triệt nghị quyết')).toEqual([])
  })
})

describe('decision-support-partners.txt: items of a body that work with others and help them ("Phối hợp và tạo điều kiện để …", "Phối hợp, hỗ trợ …")', () => {
  const f = 'decision-support-partners.txt'
  it('the bodies helped coordinate; the heading\'s body leads', () => {
    expect(lead(f, 'tạo điều kiện để Bộ Công Thương')).toEqual(names('Bộ Khoa học và Công nghệ'))
    expect(coordinators(f, 'tạo điều kiện để Bộ Công Thương')).toEqual(names('Bộ Công Thương', 'Bộ Xây dựng'))
    expect(coordinators(f, 'Phối hợp, hỗ trợ Bộ Giáo dục')).toEqual(names('Bộ Giáo dục và Đào tạo'))
    expect(coordinators(f, 'tạo điều kiện cho Tổng công ty')).toEqual(names('Tổng công ty Đường sắt Việt Nam'))
  })
})

describe('pdf-table-dropped-cell.txt: a task table flattened one cell per line, whose empty partner cells the PDF dropped', () => {
  const f = 'pdf-table-dropped-cell.txt'
  it('a time that lands before its column moves to it: "2026 - 2030" is the deadline, not a partner', () => {
    expect(end(f, 'cơ chế điều hành chính sách tín dụng')).toBe('2030-12-31')
    expect(coordinators(f, 'cơ chế điều hành chính sách tín dụng')).toEqual([])
    expect(end(f, 'sàn giao dịch vàng')).toBe('2027-12-31')
  })
  it('a full row is read as it stands', () => {
    expect(lead(f, 'quản lý thị trường bất động sản')).toEqual(names('Bộ Xây dựng'))
    expect(coordinators(f, 'quản lý thị trường bất động sản')).toEqual(names('Bộ Công an'))
    expect(end(f, 'quản lý thị trường bất động sản')).toBe('2026-12-31')
  })
})

describe('plan-encouraged-bodies.md: items that encourage bodies ("Khuyến khích X, Y xây dựng …")', () => {
  const f = 'plan-encouraged-bodies.md'
  it('the bodies encouraged lead; encouraging "các doanh nghiệp" names no one', () => {
    expect(lead(f, 'xây dựng kế hoạch hành động')).toEqual(names('Liên đoàn Lao động tỉnh', 'Hội Nông dân tỉnh'))
    expect(lead(f, 'cung cấp nền tảng số')).toEqual([])
    expect(lead(f, 'theo dõi, đôn đốc')).toEqual(names('Sở Khoa học và Công nghệ'))
  })
})

describe('gazette-row-sub-row-over-page.txt: a gazette table row whose second sub-row (the lead again, a second result and time) opens the next page', () => {
  const f = 'gazette-row-sub-row-over-page.txt'
  it('the sub-row belongs to its row: its time is the row\'s last milestone, its partner joins the row\'s', () => {
    expect(end(f, 'kinh tế hợp tác xã')).toBe('2027-11-30')
    expect(lead(f, 'kinh tế hợp tác xã')).toEqual(names('Bộ Tài chính'))
    expect(coordinators(f, 'kinh tế hợp tác xã')).toEqual(names('Bộ Tư pháp'))
    expect(leaks(f, 'Báo cáo kết quả')).toEqual([])
  })
  it('a row cut by the next page break still goes on with the words of its cells', () => {
    expect(end(f, 'Rà soát văn bản')).toBe('2027-06-30')
    expect(end(f, 'cơ sở dữ liệu về hợp tác xã cấp quốc gia')).toBe('2027-09-30')
  })
})

describe('gazette-two-cells-one-line.txt: a flattened gazette row whose PDF kept the lead\'s last line and the partners\' cell on one line, a wide gap apart', () => {
  const f = 'gazette-two-cells-one-line.txt'
  it('the body after the gap is the next cell: it coordinates, and the lead is the cell before it', () => {
    expect(coordinators(f, 'nghiên cứu chính sách từ sớm')).toEqual(names('Bộ Tư pháp'))
    expect(lead(f, 'nghiên cứu chính sách từ sớm')).toEqual([])
  })
  it('a wide gap inside the text, before no body, stays in it', () => {
    expect(end(f, 'quy phạm pháp luật năm 2025')).toBe('2027-12-31')
    expect(lead(f, 'quy phạm pháp luật năm 2025')).toEqual(names('Bộ Tư pháp'))
  })
})

describe('gazette-table-cells-by-column.txt: a gazette task table flattened one line per wrapped cell line, with a page break inside a row', () => {
  const f = 'gazette-table-cells-by-column.txt'
  it('lines that do not make the columns are laid out by what each holds: bodies under chủ trì / phối hợp, a time under the time', () => {
    expect(lead(f, 'chấm điểm KPI')).toEqual(names('Bộ Tư pháp'))
    expect(end(f, 'chấm điểm KPI')).toBe('2026-03-31')
    expect(leaks(f, 'Đề án trình Thủ tướng')).toEqual([])
  })
  it('after the repeated header the row goes on column by column: its text in lower case, its partners after the comma', () => {
    expect(coordinators(f, 'chính quyền địa phương 2 cấp cho phù hợp')).toEqual(names('Bộ Nội vụ', 'Bộ Tư pháp'))
    expect(end(f, 'chính quyền địa phương 2 cấp cho phù hợp')).toBe('2026-12-31')
    expect(lead(f, 'cơ sở dữ liệu quốc gia về pháp luật')).toEqual(names('Bộ Tư pháp'))
  })
})

describe('conclusion-horizon-heading.md: a conclusion whose numbered heading sets the horizon of its items ("từ nay đến tháng 6/2027")', () => {
  const f = 'conclusion-horizon-heading.md'
  it('an item with no time of its own ends with the horizon; one with its own time keeps it', () => {
    expect(end(f, 'tăng cường thông tin chiến lược')).toBe('2027-06-30')
    expect(end(f, 'số hoá tài liệu lưu trữ')).toBe('2026-12-31')
  })
})

describe('plan-funding-on-proposal.txt: a body that acts on others\' proposals ("Sở Tài chính, trên cơ sở đề xuất của …, chủ trì …")', () => {
  const f = 'plan-funding-on-proposal.txt'
  it('the body before the aside leads, not the proposers before "chủ trì"; a named body after the proposers\' comma leads', () => {
    expect(lead(f, 'bố trí kinh phí để thực hiện Kế hoạch')).toEqual(names('Sở Tài chính'))
    expect(coordinators(f, 'bố trí kinh phí để thực hiện Kế hoạch')).toEqual([])
    expect(lead(f, 'rà soát biên chế')).toEqual(names('Sở Nội vụ'))
  })
})

describe('directive-word-segmented.txt: a text whose syllables are joined by underscores, a space before each mark ("Uỷ_ban_nhân_dân huyện yêu_cầu … : ")', () => {
  const f = 'directive-word-segmented.txt'
  it('reads the items under "1 . Công_an huyện :" and quotes them as written', () => {
    expect(task(f, 'Tổ_chức diễn_tập phương_án chữa_cháy').text).toBe('Tổ_chức diễn_tập phương_án chữa_cháy tại khu dân_cư trong quý II năm 2026 .')
    expect(lead(f, 'Tổ_chức diễn_tập phương_án chữa_cháy')).toEqual(names('Công an huyện'))
    expect(end(f, 'Tổ_chức diễn_tập phương_án chữa_cháy')).toBe('2026-06-30')
  })
  it('names the bodies in their plain spelling, whole', () => {
    expect(coordinators(f, 'kiểm_tra an_toàn phòng_cháy tại các chợ')).toEqual(names('Phòng Kinh tế và Hạ tầng'))
    expect(end(f, 'kiểm_tra an_toàn phòng_cháy tại các chợ')).toBe('2026-04-29')
    expect(lead(f, 'Tuyên_truyền về phòng_cháy')).toEqual(names('Phòng Văn hóa và Thông tin'))
  })
  it('a heading names a team by its head noun ("Đội Quản_lý thị_trường 12 B"), beside an office', () => {
    expect(lead(f, 'xử_lý nghiêm việc kinh_doanh pháo nổ')).toEqual(names('Phòng Kinh tế và Hạ tầng', 'Đội Quản lý thị trường 12 B'))
  })
  it('gives the partner of a lead-in whose subject is a collective to the items under it', () => {
    expect(lead(f, 'Rà_soát các hộ kinh_doanh')).toEqual([])
    expect(coordinators(f, 'Rà_soát các hộ kinh_doanh')).toEqual(names('Công an huyện'))
  })
})

describe('plan-partners-lead-in.txt: lead-ins that name only the partners ("Các sở … phối hợp với Sở Tài chính:", "a) Phối hợp chặt chẽ với …:")', () => {
  const f = 'plan-partners-lead-in.txt'
  it('the partners go to each item under the lead-in; a collective subject leads no one by name', () => {
    expect(coordinators(f, 'Rà soát danh mục dự án chuyển tiếp')).toEqual(names('Sở Tài chính'))
    expect(lead(f, 'Rà soát danh mục dự án chuyển tiếp')).toEqual([])
  })
  it('under a body\'s heading, the body still leads and the lead-in\'s partners work with it', () => {
    expect(lead(f, 'Kiểm tra hiện trạng các công trình')).toEqual(names('Sở Xây dựng'))
    expect(coordinators(f, 'Lập hồ sơ các điểm sạt lở')).toEqual(names('Sở Nông nghiệp và Môi trường', 'Công an tỉnh'))
  })
  it('those a lead-in directs work with the partner it names, not every item under it', () => {
    expect(coordinators(f, 'Hoàn thiện hồ sơ thanh toán')).toEqual([])
  })
})

describe('letter-one-line-letterhead.txt: a letter whose letterhead was copied as one line, its subject after a blank number, to firms', () => {
  const f = 'letter-one-line-letterhead.txt'
  it('is a letter (Kính gửi, "V/v" after the number), so every item that opens with an action is a task', () => {
    expect(doc(f).meta.kind).toBe('cong-van')
    expect(task(f, 'Thực hiện thủ tục lập, thẩm định').lead).toEqual([])
  })
  it('"khoáng sản đã khai thác" names which minerals; the item is work to do, not a report', () => {
    expect(end(f, 'Thống kê trữ lượng khoáng sản đã khai thác')).toBe('2027-02-14')
  })
  it('is issued by the department the cell names after its province, both on its one line', () => {
    expect(doc(f).meta.issuer?.name).toBe('Sở Nông nghiệp và Môi trường tỉnh Nam Hà')
    expect(doc(f).meta.issuer?.span?.start.line).toBe(1)
  })
})

describe('letter-to-company.txt: a department\'s letter that tells a company what to do ("yêu cầu Công ty cổ phần … thực hiện … sau:")', () => {
  const f = 'letter-to-company.txt'
  it('the company, its legal form and all, leads every item', () => {
    expect(lead(f, 'Thực hiện cắm mốc khu vực khai thác')).toEqual(names('Công ty cổ phần Công nghiệp Bắc Hà'))
    expect(lead(f, 'Lập bản đồ hiện trạng')).toEqual(names('Công ty cổ phần Công nghiệp Bắc Hà'))
    expect(coordinators(f, 'thực hiện công tác bồi thường')).toEqual(names('Ủy ban nhân dân xã Bảo Hà'))
    expect(coordinators(f, 'sửa chữa đường vào mỏ')).toEqual(names('Công ty cổ phần Công trình Đô thị Bảo Thắng'))
  })
})

describe('decision-crawler-paths.txt: a decision a crawler stored in chunks, each opening with its path ("Quyết định 77/QĐ-UBND năm 2026. KẾ HOẠCH. II. NHIỆM VỤ CỤ THỂ")', () => {
  const f = 'decision-crawler-paths.txt'
  it('reads the attached plan\'s items under the headings the paths hid', () => {
    expect(lead(f, 'rà soát phương án sơ tán dân cư')).toEqual(names('Sở Nông nghiệp và Môi trường'))
    expect(coordinators(f, 'rà soát phương án sơ tán dân cư')).toEqual(names('Công an tỉnh'))
    expect(end(f, 'kiểm tra an toàn các công trình')).toBe('2026-06-30')
    expect(end(f, 'theo dõi, tổng hợp kết quả')).toBe('2026-12-14')
  })
  it('keeps the number and kind the first path gives', () => {
    expect(doc(f).meta).toMatchObject({ number: '77/QĐ-UBND', kind: 'quyet-dinh' })
  })
})

describe('programme-label-runs.txt: items each followed by their own labelled block ("1.2. …" / "- Cơ quan thực hiện: …" / "- Thời gian thực hiện: …")', () => {
  const f = 'programme-label-runs.txt'
  it('a block covers the items since the block before it, not every earlier item without a body', () => {
    // its own block names only collectives, so no body is scored: not the department of the next block
    expect(lead(f, 'Tổ chức phổ biến, quán triệt')).toEqual([])
    expect(end(f, 'Tổ chức phổ biến, quán triệt')).toBe('2026-06-30')
    expect(coordinators(f, 'Tổ chức phổ biến, quán triệt')).toEqual([])
    expect(lead(f, 'Biên soạn tài liệu giới thiệu')).toEqual(names('Sở Văn hóa, Thể thao và Du lịch'))
    expect(end(f, 'Biên soạn tài liệu giới thiệu')).toBe('2026-09-30')
  })
  it('an item whose number stands alone on its line takes the block under its text', () => {
    expect(coordinators(f, 'Hỗ trợ các hộ gia đình')).toEqual(names('Ngân hàng Chính sách xã hội chi nhánh tỉnh'))
    expect(end(f, 'Hỗ trợ các hộ gia đình')).toBe('2026-12-31')
  })
})

describe('directive-goal-horizon.txt: items that serve a goal with its years ("đáp ứng mục tiêu tăng trưởng kinh tế năm 2026 và giai đoạn 2026 - 2030")', () => {
  const f = 'directive-goal-horizon.txt'
  it('the goal\'s years date nothing; the item\'s own time limit and a goal\'s year with its preposition still do', () => {
    expect(end(f, 'Thường xuyên theo dõi tình hình cung ứng')).toBeNull()
    expect(end(f, 'Rà soát thủ tục cấp phép')).toBe('2026-11-30')
    expect(end(f, 'Hoàn thành các mục tiêu về giá')).toBe('2027-12-31')
  })
})

describe('plan-label-lists.md: a part whose bodies are listed under labels alone ("2. Cơ quan chủ trì, phối hợp" / "a) Cơ quan chủ trì" / "- Bộ …")', () => {
  const f = 'plan-label-lists.md'
  it('the bodies listed under "Cơ quan chủ trì" lead, and those under "Cơ quan phối hợp" partner, every item of the part', () => {
    for (const anchor of ['Hoàn thành việc kiểm kê', 'Lập hồ sơ khoa học', 'Xây dựng cơ sở dữ liệu số']) {
      expect(lead(f, anchor)).toEqual(names('Bộ Văn hóa, Thể thao và Du lịch', 'Viện Hàn lâm Khoa học xã hội Việt Nam'))
      expect(coordinators(f, anchor)).toEqual(names('Hội Văn nghệ dân gian Việt Nam'))
      expect(end(f, anchor)).toBe('2027-12-31')
    }
  })
  it('the next part takes its own list only, and no label or listed body is a task', () => {
    expect(lead(f, 'Tổ chức các lớp truyền dạy')).toEqual(names('Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh'))
    expect(coordinators(f, 'Tổ chức các lớp truyền dạy')).toEqual([])
    expect(doc(f).tasks).toHaveLength(4)
  })
})

describe('plan-open-period.txt: times that go on past their end ("Từ năm 2026 đến năm 2030 và tiếp theo", "Quý IV/2026 và tiếp theo")', () => {
  const f = 'plan-open-period.txt'
  it('such a time sets no deadline; "… và tiếp theo đó …" starts a new clause and leaves the year its end', () => {
    expect(end(f, 'rà soát, kiện toàn hồ sơ liệt sĩ')).toBeNull()
    expect(end(f, 'tổ chức tìm kiếm, quy tập')).toBeNull()
    expect(end(f, 'bố trí kinh phí cho các đội')).toBe('2026-12-31')
  })
})

describe('plan-communes-listed.txt: communes listed after their committee ("Ủy ban nhân dân 04 xã: Gia Thuận, …, Gò Công Đông")', () => {
  const f = 'plan-communes-listed.txt'
  it('each commune listed is a body of its own, after a count as after "các", a name with "Công" in it whole', () => {
    expect(coordinators(f, 'thành lập mới khu bảo vệ')).toEqual(names('Ủy ban nhân dân xã Gia Thuận', 'Ủy ban nhân dân xã Tân Điền', 'Ủy ban nhân dân xã Gò Công Đông', 'Ủy ban nhân dân xã Tân Phú Đông'))
    expect(lead(f, 'Bố trí lực lượng tuần tra')).toEqual(names('Ủy ban nhân dân xã Vàm Láng', 'Ủy ban nhân dân xã Kiểng Phước', 'Ủy ban nhân dân xã Gò Công Tây'))
  })
})

describe('resolution-mixed-headings.md: numbered headings typed in more than one way ("## I.", "**II-**", "**2. …**", "#### 3. …")', () => {
  const f = 'resolution-mixed-headings.md'
  it('the items under markdown headings numbered among bold ones are still the part\'s tasks, and the last part\'s items too', () => {
    expect(leaks(f, 'Xây dựng kho sách điện tử')).toHaveLength(1)
    expect(leaks(f, 'Tham gia các mạng lưới thư viện')).toHaveLength(1)
    expect(lead(f, 'chỉ đạo xây dựng Chương trình hành động')).toEqual(names('Đảng ủy Chính phủ'))
    expect(doc(f).sections.find((s) => s.title.startsWith('TỔ CHỨC THỰC HIỆN'))!.parent).toBeNull()
  })
})

describe('letter-asks-ministry.txt: a province\'s letter that asks a ministry ("… Ủy ban nhân dân tỉnh Hà Giang trân trọng đề nghị Bộ Nông nghiệp và Môi trường:")', () => {
  const f = 'letter-asks-ministry.txt'
  it('the ministry asked leads the items, not the province that asks nor the department it is asked to direct', () => {
    expect(lead(f, 'Chỉ đạo Cục Địa chất và Khoáng sản')).toEqual(names('Bộ Nông nghiệp và Môi trường'))
    expect(lead(f, 'Sớm nghiên cứu, sửa đổi quy định')).toEqual(names('Bộ Nông nghiệp và Môi trường'))
  })
})

describe('annex-row-short-of-width.md: a Word table row short of its width, then a task below it whose number Word merged', () => {
  const f = 'annex-row-short-of-width.md'
  it('the row below is a task of its own, with its own lead and partner; the table goes on after it', () => {
    expect(lead(f, 'Sao lưu dữ liệu và bảo đảm khả năng phục hồi')).toEqual(names('Sở Khoa học và Công nghệ'))
    expect(coordinators(f, 'Sao lưu dữ liệu và bảo đảm khả năng phục hồi')).toEqual(names('Sở Tài chính'))
    expect(lead(f, 'Cập nhật dữ liệu quy hoạch lên hệ thống')).toEqual(names('Sở Tài chính'))
    expect(end(f, 'Cập nhật dữ liệu quy hoạch lên hệ thống')).toBe('2027-12-31')
    expect(lead(f, 'Tập huấn chuyên môn về dữ liệu quy hoạch')).toEqual(names('Sở Nội vụ'))
  })
  it('the short row keeps its own cells', () => {
    expect(lead(f, 'Vận hành hệ thống thông tin quy hoạch')).toEqual(names('Sở Tài chính'))
    expect(end(f, 'Vận hành hệ thống thông tin quy hoạch')).toBe('2026-12-31')
  })
})

describe('telegram-company-organs.txt: a company\'s governing organ named before the company it governs', () => {
  const f = 'telegram-company-organs.txt'
  it('"Chủ tịch Hội đồng thành viên Tập đoàn X chỉ đạo:" gives the items to the group, not to a body called "Hội đồng thành viên"', () => {
    expect(lead(f, 'Hoàn thành sửa chữa các tổ máy nhiệt điện')).toEqual(names('Tập đoàn Điện lực Việt Nam'))
    expect(lead(f, 'Lập phương án vận hành hệ thống điện mùa khô')).toEqual(names('Tập đoàn Điện lực Việt Nam'))
    expect(end(f, 'Hoàn thành sửa chữa các tổ máy nhiệt điện')).toBe('2026-11-29')
  })
  it('"Ban Giám đốc Công ty …" gives the company; "Hội đồng thành viên, Tổng giám đốc các tập đoàn" names no body of its own', () => {
    expect(lead(f, 'tích nước hồ chứa')).toEqual(names('Công ty cổ phần Thủy điện Sông Bình'))
    expect(doc(f).tasks.flatMap((t) => t.lead).map((a) => a.name)).not.toContain('Hội đồng thành viên')
  })
})

describe('qa-page-reports-act.md: a legal site\'s question page that reports a letter as it opens', () => {
  const f = 'qa-page-reports-act.md'
  it('the letter the page reports gives the number, the issuer and the date; the page has no letterhead of its own', () => {
    const m = doc(f).meta
    expect([m.number, m.issuer?.name, m.issuedOn]).toEqual(['512/UBND-KT', 'Ủy ban nhân dân tỉnh Bình An', '2026-11-14'])
  })
  it('its items still go to the bodies its headings name', () => {
    expect(lead(f, 'Tập trung tuyên truyền để hộ kinh doanh')).toEqual(names('Thuế tỉnh Bình An'))
    expect(end(f, 'Tập trung tuyên truyền để hộ kinh doanh')).toBe('2026-12-30')
    expect(lead(f, 'Bố trí kinh phí cho công tác hỗ trợ')).toEqual(names('Sở Tài chính'))
  })
  it('the site\'s closing line that invites questions is no task', () => {
    expect(leaks(f, 'Quý khách cần hỏi thêm thông tin')).toEqual([])
  })
})

describe('plan-years-named.txt: years that name what the work is about, not when it is due', () => {
  const f = 'plan-years-named.txt'
  it('accounts of a year, an examination of a year, a law of a year and a period long past set no deadline', () => {
    expect(end(f, 'hoàn thiện công tác quyết toán ngân sách nhà nước năm 2025')).toBeNull()
    expect(end(f, 'chuẩn bị tốt Kỳ thi tốt nghiệp')).toBeNull()
    expect(end(f, 'triển khai các quy định mới tại Luật Cán bộ, công chức')).toBeNull()
    expect(end(f, 'người tham gia kháng chiến trong giai đoạn 1974 - 1975')).toBeNull()
  })
  it('a limit the text sets is still read', () => {
    expect(end(f, 'hoàn thành rà soát văn bản')).toBe('2026-06-29')
  })
})

describe('plan-titles-and-funds.txt: the years of a title and of a sum of money are not deadlines', () => {
  const f = 'plan-titles-and-funds.txt'
  it('a programme, a plan or a scheme that runs to a year, and the period of a sum of money, set no deadline', () => {
    expect(end(f, 'triển khai Chương trình phát triển công nghiệp công nghệ số')).toBeNull()
    expect(end(f, 'ưu tiên nguồn lực để triển khai Chiến lược quốc gia')).toBeNull()
    expect(end(f, 'thông báo tổng mức vốn sự nghiệp')).toBeNull()
    expect(end(f, 'tham mưu ban hành Kế hoạch ứng dụng trí tuệ nhân tạo')).toBeNull()
  })
  it('a limit the text sets is still read', () => {
    expect(end(f, 'hoàn thành Đề án phát triển nhà ở xã hội')).toBe('2026-12-31')
    expect(end(f, 'bố trí kinh phí thực hiện')).toBe('2030-12-31')
  })
})

describe('annual-day-next-year.txt: a day of the year next to each round\'s comes back every year', () => {
  const f = 'annual-day-next-year.txt'
  it('"trước ngày 31/01 năm liền kề" and "ngày 31/12 năm trước liền kề" have no end', () => {
    expect(end(f, 'định kỳ công bố danh mục văn bản')).toBeNull()
    expect(end(f, 'ban hành kế hoạch bồi dưỡng')).toBeNull()
  })
  it('a day with its year is still a limit', () => {
    expect(end(f, 'tổng hợp báo cáo quyết toán')).toBe('2027-01-30')
  })
})

describe('conclusion-body-on-grounds.txt: a body that acts on grounds to an end is given that work', () => {
  const f = 'conclusion-body-on-grounds.txt'
  it('"Ủy ban nhân dân tỉnh … căn cứ … để hoàn thiện thủ tục …" is a task the province leads, the money\'s period no deadline', () => {
    expect(lead(f, 'căn cứ quy định của pháp luật về đầu tư công')).toEqual(names('Ủy ban nhân dân tỉnh Bình An'))
    expect(end(f, 'căn cứ quy định của pháp luật về đầu tư công')).toBeNull()
  })
  it('what the body did on those grounds is told, not assigned', () => {
    expect(doc(f).tasks.some((t) => t.text.includes('đã bố trí kinh phí'))).toBe(false)
  })
})

describe('regulation-duty-over-contents.txt: a regulation\'s duty over the list of what it covers', () => {
  const f = 'regulation-duty-over-contents.txt'
  it('"Sở Tài chính chịu trách nhiệm cập nhật … đối với:" is the task, its lettered contents are not', () => {
    expect(lead(f, 'Sở Tài chính chịu trách nhiệm cập nhật')).toEqual(names('Sở Tài chính'))
    expect(leaks(f, 'Giá tính lệ phí trước bạ')).toEqual([])
    expect(leaks(f, 'Báo cáo giá thị trường của Ủy ban nhân dân tỉnh')).toEqual([])
  })
  it('a duty with no list under it stays a task', () => {
    expect(lead(f, 'cập nhật giá xăng, dầu')).toEqual(names('Sở Công Thương'))
  })
})

describe('funding-given-tasks.txt: work given by someone else, told in a relative clause', () => {
  const f = 'funding-given-tasks.txt'
  it('"Bộ Tài chính có trách nhiệm phân bổ kinh phí … các nhiệm vụ do Thủ tướng Chính phủ giao cho các bộ": the ministry leads', () => {
    expect(lead(f, 'Bộ Tài chính có trách nhiệm phân bổ kinh phí')).toEqual(names('Bộ Tài chính'))
  })
  it('the text\'s own "Giao cho X" still gives X the work', () => {
    expect(lead(f, 'hướng dẫn các địa phương lồng ghép nguồn vốn')).toEqual(names('Bộ Nông nghiệp và Môi trường'))
  })
})

describe('conclusion-answers-request.txt: a conclusion that answers a request', () => {
  const f = 'conclusion-answers-request.txt'
  it('"Về đề nghị các bộ, ngành …: Ủy ban nhân dân thành phố … cần tiếp tục rà soát …": the city leads, the ministry named after coordinates', () => {
    expect(lead(f, 'cần tiếp tục rà soát các nội dung về phân cấp')).toEqual(names('Ủy ban nhân dân thành phố Bình An'))
    expect(coordinators(f, 'cần tiếp tục rà soát các nội dung về phân cấp')).toContain(names('Bộ Nội vụ')[0])
  })
})

describe('qa-page-full-text.md: a site\'s page that gives an act\'s full text, then answers a question of law', () => {
  const f = 'qa-page-full-text.md'
  it('the page answers a question ("# Toàn văn Công văn 512/VPCP-KTTH … thời gian qua?"): a news article, with the act\'s number', () => {
    expect([doc(f).meta.kind, doc(f).meta.number]).toEqual(['tin-bai', '512/VPCP-KTTH'])
  })
  it('"tại nội dung Công văn 512/VPCP-KTTH …, quy định những vấn đề như sau:" opens the act\'s own text: its items are tasks', () => {
    expect(lead(f, 'có ý kiến tham gia đối với hồ sơ xin cấp phép')).toEqual(names('Thanh tra Chính phủ', 'Ủy ban nhân dân thành phố Hà Nội'))
    expect(end(f, 'có ý kiến tham gia đối với hồ sơ xin cấp phép')).toBe('2026-12-14')
    expect(lead(f, 'có ý kiến tham gia đối với đề xuất thành lập')).toEqual(names('Bộ Tài chính', 'Bộ Công Thương'))
  })
  it('the decree the page quotes after the act assigns nothing', () => {
    expect(leaks(f, 'Thực hiện đóng mã ký hiệu')).toEqual([])
    expect(leaks(f, 'Chấp hành các quy định của pháp luật')).toEqual([])
  })
})

describe('letter-asks-head-to-direct.md: a body asked, by its head, to direct a list of work', () => {
  const f = 'letter-asks-head-to-direct.md'
  it('"Bộ Nội vụ đề nghị đồng chí Giám đốc Sở Nội vụ chỉ đạo triển khai một số nhiệm vụ sau:": the department leads every item', () => {
    expect(lead(f, 'Theo dõi, nắm bắt hoạt động sản xuất')).toEqual(names('Sở Nội vụ'))
    expect(lead(f, 'Hướng dẫn, hỗ trợ chủ doanh nghiệp')).toEqual(names('Sở Nội vụ'))
    expect(lead(f, 'khảo sát tình hình tiền lương')).toEqual(names('Sở Nội vụ'))
  })
  it('"Ban quản lý khu công nghiệp, khu kinh tế, khu chế xuất" is one body, the province\'s board, a partner of the sub-list', () => {
    expect(coordinators(f, 'khảo sát tình hình tiền lương')).toEqual(names('Ban Quản lý khu công nghiệp, khu kinh tế, khu chế xuất'))
    expect(coordinators(f, 'Theo dõi, nắm bắt hoạt động sản xuất')).toContain(names('Liên đoàn Lao động tỉnh')[0])
  })
  it('"trước ngày 25/12/2026" ends the day before', () => expect(end(f, 'khảo sát tình hình tiền lương')).toBe('2026-12-24'))
})

describe('plan-excerpt-subtitle.md: a plan copied without its kind\'s line, opening with its subtitle in capitals', () => {
  const f = 'plan-excerpt-subtitle.md'
  it('"TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 512/QĐ-TTG …" is a plan\'s subtitle: the text is a plan', () => expect(doc(f).meta.kind).toBe('ke-hoach'))
  it('the bodies its headings name lead the paragraphs under them', () => {
    expect(lead(f, 'hướng dẫn các địa phương tổ chức tìm kiếm')).toEqual(names('Bộ Quốc phòng'))
    expect(coordinators(f, 'hướng dẫn các địa phương tổ chức tìm kiếm')).toEqual(names('Bộ Nội vụ'))
    expect(end(f, 'giải mã ký hiệu')).toBe('2027-12-31')
    expect(lead(f, 'xây dựng cơ sở dữ liệu về liệt sĩ')).toEqual(names('Bộ Nội vụ'))
  })
})

describe('zone-board-short-name.md: a board named in full in a table and short under its heading', () => {
  const f = 'zone-board-short-name.md'
  it('"2. Ban Quản lý khu Kinh tế" is the "Ban Quản lý khu Kinh tế tỉnh Tây Ninh" the table names: one body, one name', () => {
    expect(lead(f, 'chương trình hỗ trợ đổi mới công nghệ')).toEqual(names('Ban Quản lý Khu kinh tế tỉnh Tây Ninh'))
    expect(lead(f, 'bồi dưỡng nâng cao năng lực')).toEqual(names('Ban Quản lý Khu kinh tế tỉnh Tây Ninh'))
    expect(coordinators(f, 'Thu hút đầu tư công nghệ cao')).toEqual(names('Sở Công Thương', 'Ban Quản lý Khu kinh tế tỉnh Tây Ninh'))
  })
  it('a department stays as written (readers give a place to committees and boards only)', () => {
    expect(lead(f, 'Chủ trì tham mưu triển khai Kế hoạch')).toEqual(names('Sở Khoa học và Công nghệ'))
  })
})

describe('plan-excerpt-subtitle.md: an undated text that cites a dated act', () => {
  const f = 'plan-excerpt-subtitle.md'
  it('"trong giai đoạn 1974 - 1975" names who the work is for: the text, citing an act of 2026, was written no earlier', () => {
    expect(end(f, 'người tham gia kháng chiến trong giai đoạn 1974 - 1975')).toBeNull()
  })
})

describe('zone-board-short-name.md: a board whose list of zones lost its comma', () => {
  it('"Ban Quản lý các Khu công nghiệp khu kinh tế, Sở Tài chính" is the board of both zones and the department', () => {
    expect(coordinators('zone-board-short-name.md', 'Triển khai khu công nghệ số tập trung')).toEqual(names('Ban Quản lý các khu công nghiệp, khu kinh tế', 'Sở Tài chính'))
  })
})

describe('conclusion-cites-its-authors.txt: the authors of a cited act inside a clause that gives the work', () => {
  const f = 'conclusion-cites-its-authors.txt'
  it('"Giao Quân ủy Trung ương căn cứ Kết luận … của Bộ Chính trị, Ban Bí thư chủ trì, …": the body given the work leads', () => {
    expect(lead(f, 'xây dựng kế hoạch tiếp tục sắp xếp tổ chức Quân đội')).toEqual(names('Quân ủy Trung ương'))
    expect(end(f, 'xây dựng kế hoạch tiếp tục sắp xếp tổ chức Quân đội')).toBe('2026-06-30')
  })
  it('with no work given before the citation, the body after its comma is the subject', () => {
    expect(lead(f, 'hướng dẫn việc sắp xếp tổ chức đảng ở cấp xã')).toEqual(names('Ban Tổ chức Trung ương'))
    expect(coordinators(f, 'hướng dẫn việc sắp xếp tổ chức đảng ở cấp xã')).toEqual(names('Đảng ủy Chính phủ'))
  })
})

describe('letter-purpose-before-lead-in.txt: a sentence of purpose alone before the lead-in that closes its paragraph', () => {
  const f = 'letter-purpose-before-lead-in.txt'
  it('"Nhằm triển khai thực hiện có hiệu quả …; giúp … . Chủ tịch … có ý kiến như sau:" says why, and is no task', () => {
    expect(leaks(f, 'Nhằm triển khai thực hiện có hiệu quả')).toEqual([])
    expect(leaks(f, 'giúp người cao tuổi được tiếp cận')).toEqual([])
    expect(doc(f).tasks).toHaveLength(3)
  })
  it('the items it introduces are the tasks, each with the body given it', () => {
    expect(lead(f, 'rà soát các trạm y tế')).toEqual(names('Sở Y tế'))
    expect(end(f, 'rà soát các trạm y tế')).toBe('2026-09-29')
    expect(coordinators(f, 'lập danh sách người cao tuổi')).toEqual(names('Sở Y tế'))
  })
})

describe('table-short-unit-name.md: a unit named in full in the text and cut before its field in the cells', () => {
  const f = 'table-short-unit-name.md'
  it('"Văn phòng Ban Chỉ huy" in a cell is the "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh" the text names', () => {
    expect(coordinators(f, 'Ban hành Quy chế phối hợp tìm kiếm')).toEqual(names('Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh'))
    expect(coordinators(f, 'Kiện toàn Ban Chỉ huy Phòng thủ dân sự')).toEqual(names('Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh'))
  })
  it('"Phòng" begins no body in "Phòng thủ dân sự": the name written in full is read whole', () => {
    expect(coordinators(f, 'Bố trí kinh phí cho hoạt động')).toEqual(names('Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh'))
    expect(doc(f).agencies.map((a) => a.name)).not.toContain('Văn phòng Ban Chỉ huy')
  })
})

describe('duty-with-which-act.md: a duty given to a subject, with "đã" telling which act', () => {
  const f = 'duty-with-which-act.md'
  it('"Sở … có trách nhiệm rà soát …, không thuộc danh sách … của các Bộ đã ban hành, gửi …" is a task, dated', () => {
    expect(end(f, 'có trách nhiệm rà soát, tổng hợp danh sách')).toBe('2027-01-24')
    expect(lead(f, 'tham mưu Ủy ban nhân dân tỉnh ban hành Danh sách')).toEqual(names('Sở Tài chính'))
  })
  it('"các sở đã ban hành danh sách …" still reports what was done', () => expect(leaks(f, 'các sở đã ban hành danh sách')).toEqual([]))
})

describe('collective-heading-items.md: items under a heading that names who acts only in general', () => {
  const f = 'collective-heading-items.md'
  it('"2. Các Sở quản lý ngành, lĩnh vực:" / "a) Kiểm tra việc …": each item that opens with work is a task, with no named lead', () => {
    expect(leaks(f, 'pháp luật về giá của cơ quan và các tổ chức')).toHaveLength(1)
    expect(lead(f, 'pháp luật về giá của cơ quan và các tổ chức')).toEqual([])
    expect(end(f, 'các tổ chức kinh doanh thuộc phạm vi quản lý')).toBe('2027-06-29')
    expect(leaks(f, 'pháp luật về giá của các đơn vị trực thuộc')).toHaveLength(1)
  })
  it('an item that names no work under it is none, and the named body above keeps its own item', () => {
    expect(leaks(f, 'Các đơn vị trực thuộc của xã, phường gồm')).toEqual([])
    expect(lead(f, 'Kiểm tra các sở quản lý ngành')).toEqual(names('Sở Tài chính'))
  })
})

describe('tax-statistics-offices.md: the offices of tax and statistics named since 2025 without "Cục"', () => {
  const f = 'tax-statistics-offices.md'
  it('"2. Thống kê tỉnh Bắc Ninh:" heads its item; "phối hợp với Thuế tỉnh" names a partner', () => {
    expect(lead(f, 'Phối hợp cung cấp báo cáo chỉ số giá')).toEqual(names('Thống kê tỉnh Bắc Ninh'))
    expect(coordinators(f, 'tổng hợp, phân tích giá thị trường')).toEqual(names('Thuế tỉnh'))
  })
  it('"số liệu thống kê tỉnh Bắc Ninh", in lower case, names figures, not the office', () => {
    expect(lead(f, 'sử dụng số liệu thống kê')).toEqual(names('Sở Công Thương'))
    expect(doc(f).agencies.find((a) => a.name === 'Thống kê tỉnh Bắc Ninh')?.forms).toEqual(['Thống kê tỉnh Bắc Ninh'])
  })
})

describe('partner-through-its-bodies.txt: a partner named through its functional bodies', () => {
  const f = 'partner-through-its-bodies.txt'
  it('"phối hợp với cơ quan chức năng của Bộ Nông nghiệp và Môi trường": the ministry coordinates', () => {
    expect(coordinators(f, 'vận hành an toàn các hồ chứa')).toEqual(names('Bộ Nông nghiệp và Môi trường'))
    expect(lead(f, 'vận hành an toàn các hồ chứa')).toEqual(names('Bộ Công Thương'))
  })
  it('"… cơ quan chuyên môn thuộc Bộ Công an" too', () => expect(coordinators(f, 'bảo đảm an toàn giao thông')).toEqual(names('Bộ Công an')))
})

describe('scan-stray-quote.txt: a scan\'s stray quote inside "phối hợp"', () => {
  const f = 'scan-stray-quote.txt'
  it('"Chủ trì, phối \'hợp với Bộ Công Thương, Ủy ban nhân dân tỉnh Lào Cai …": they coordinate; the body above leads', () => {
    expect(coordinators(f, 'quyết định vận hành điều tiết')).toEqual(names('Bộ Công Thương', 'Ủy ban nhân dân tỉnh Lào Cai'))
    expect(lead(f, 'quyết định vận hành điều tiết')).toEqual(names('Cục Thủy lợi'))
    expect(end(f, 'quyết định vận hành điều tiết')).toBe('2026-10-09')
  })
})

describe('recipient-partner.txt: the partner of the one a task is sent to', () => {
  const f = 'recipient-partner.txt'
  it('"… gửi Sở Tư pháp trước ngày 25/11/2026 để phối hợp với Sở Nội vụ tham mưu …": no coordinator of the task', () => {
    expect(coordinators(f, 'khẩn trương hoàn thiện hồ sơ')).toEqual([])
    expect(end(f, 'khẩn trương hoàn thiện hồ sơ')).toBe('2026-11-24')
  })
  it('"Sở Tư pháp đề nghị Ban Chủ nhiệm Đoàn Luật sư tỉnh Lâm Đồng khẩn trương …": the body asked leads, its name whole', () => {
    expect(lead(f, 'khẩn trương hoàn thiện hồ sơ')).toEqual(names('Ban Chủ nhiệm Đoàn Luật sư tỉnh Lâm Đồng'))
  })
})

describe('news-page-counted-solutions.md: a page that lists the solutions an act sets out', () => {
  const f = 'news-page-counted-solutions.md'
  it('"… quy định 4 giải pháp chủ yếu khi xây dựng và phát triển …, văn hóa đọc trong thời kỳ mới như sau:" introduces tasks', () => {
    expect(leaks(f, 'Tăng cường sự lãnh đạo của các cấp ủy')).toHaveLength(1)
    expect(leaks(f, 'Xây dựng chính sách ưu tiên bạn đọc')).toHaveLength(1)
    expect(leaks(f, 'Đẩy mạnh hợp tác quốc tế về thư viện')).toHaveLength(1)
  })
  it('the page\'s report of the signing, its pointer, the picture\'s caption and the quoted provision are none', () => {
    expect(leaks(f, 'Phó Thủ tướng ký Quyết định 1520')).toEqual([])
    expect(leaks(f, 'Xem chi tiết tại')).toEqual([])
    expect(leaks(f, 'Hình từ Internet')).toEqual([])
    expect(leaks(f, 'Theo tiểu mục 1 Mục II')).toEqual([])
    expect(doc(f).tasks).toHaveLength(4)
  })
})

describe('act-replaces-act.txt: "Kế hoạch này thay thế Kế hoạch số …"', () => {
  const f = 'act-replaces-act.txt'
  it('the act replacing another as it is signed is no task; the follow-up beside it is', () => {
    expect(leaks(f, 'này thay thế')).toEqual([])
    expect(lead(f, 'theo dõi, đôn đốc việc thực hiện')).toEqual(names('Sở Văn hóa, Thể thao và Du lịch'))
    expect(end(f, 'theo dõi, đôn đốc việc thực hiện')).toBe('2027-12-14')
  })
})

describe('ministry-departments.txt: departments whose names hold a verb, "không" or "các"', () => {
  const f = 'ministry-departments.txt'
  it('"Cục Kết cấu hạ tầng xây dựng", "Vụ Vật liệu xây dựng", "Cục Hàng không Việt Nam" are named whole (lexicon)', () => {
    expect(lead(f, 'rà soát hệ thống tiêu thoát nước')).toEqual(names('Cục Kết cấu hạ tầng xây dựng'))
    expect(lead(f, 'là cơ quan tham mưu về các nội dung chuyên ngành')).toEqual(names('Vụ Vật liệu xây dựng'))
    expect(lead(f, 'bảo đảm an toàn các công trình')).toEqual(names('Cục Hàng không Việt Nam'))
    expect(coordinators(f, 'bảo đảm an toàn các công trình')).toEqual(names('Cục Kết cấu hạ tầng xây dựng'))
  })
  it('"2. Cục Kinh tế - Quản lý đầu tư xây dựng" heads the items under it', () => {
    expect(lead(f, 'kiểm tra, rà soát toàn bộ các công trường')).toEqual(names('Cục Kinh tế - Quản lý đầu tư xây dựng'))
    expect(end(f, 'là cơ quan tham mưu về các nội dung chuyên ngành')).toBe('2026-11-14')
  })
})

describe('bank-province-branch.txt: a national bank\'s branch in a province', () => {
  const f = 'bank-province-branch.txt'
  it('"Đề nghị ngân hàng nhà nước Việt Nam chi nhánh tỉnh Bình An:" — the branch leads, under the bank\'s own name', () => {
    expect(lead(f, 'triển khai chính sách cho vay ưu đãi')).toEqual(names('Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Bình An'))
    expect(end(f, 'triển khai chính sách cho vay ưu đãi')).toBe('2027-03-30')
  })
  it('a partner too, and a region\'s branch as before', () => {
    expect(coordinators(f, 'rà soát nhu cầu vốn')).toEqual(names('Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Bình An'))
    expect(lead(f, 'theo dõi việc giải ngân')).toEqual(names('Ngân hàng Nhà nước chi nhánh Khu vực 10'))
  })
})

describe('pdf-text-footnotes.txt: a PDF\'s footnotes left in the body by the converter', () => {
  const f = 'pdf-text-footnotes.txt'
  it('"1 Luật …", "2 Nghị định số …", whose marks stand glued above ("…/NĐ-CP2", "QH151"), are no tasks', () => {
    expect(leaks(f, 'Luật Quản lý, sử dụng vũ khí')).toEqual([])
    expect(leaks(f, 'Nghị định số 105/2025/NĐ-CP ngày 15/5/2025')).toEqual([])
    expect(doc(f).tasks).toHaveLength(4)
  })
  it('"1 6. Hoạt động thăm dò …", a note that quotes a clause at the end of a page, is no task', () => {
    expect(leaks(f, 'Hoạt động thăm dò, khai thác cát')).toEqual([])
  })
  it('the item they cut goes on after them, with its time', () => {
    expect(end(f, 'cho phù hợp với quy định về phòng cháy')).toBe('2026-12-31')
    expect(lead(f, 'cho phù hợp với quy định về phòng cháy')).toEqual(names('Bộ Xây dựng'))
  })
})

describe('table-cell-recipient.md: a body a table\'s cell sends the work to', () => {
  const f = 'table-cell-recipient.md'
  it('"… được trình X", "báo cáo X" in the partners\' cell: X is no partner', () => {
    expect(coordinators(f, 'Xây dựng báo cáo chuyên đề')).toEqual(names('Sở Tư pháp'))
    // ("Các sở, ngành" is a collective, which the scorer does not compare)
    expect(coordinators(f, 'Rà soát các văn bản quy phạm pháp luật')).toEqual([])
  })
  it('"Sở Y tế trình Hội đồng nhân dân tỉnh" in the lead\'s cell: the council is no lead', () => {
    expect(lead(f, 'Xây dựng bảng giá dịch vụ')).toEqual(names('Sở Y tế'))
  })
})

describe('letter-difficulties-section.txt: a letter\'s "2. Khó khăn, vướng mắc" under "báo cáo và đề nghị … như sau:"', () => {
  const f = 'letter-difficulties-section.txt'
  it('what the section reports is no task, though it names a body and a verb', () => {
    expect(leaks(f, 'cũng chưa ban hành quy trình')).toEqual([])
    expect(leaks(f, 'đã có Văn bản số 512/C08-P3')).toEqual([])
  })
  it('the proposals after it are', () => {
    expect(lead(f, 'xây dựng quy trình phối hợp kiểm tra phương tiện')).toEqual(names('Sở Xây dựng'))
    expect(coordinators(f, 'xây dựng quy trình phối hợp kiểm tra phương tiện')).toEqual(names('Công an tỉnh'))
    expect(end(f, 'xây dựng quy trình phối hợp kiểm tra phương tiện')).toBe('2026-09-30')
    expect(doc(f).tasks).toHaveLength(2)
  })
})

describe('share-target-milestones.txt: "… ít nhất 20% xã … trong năm 2026 và … đến năm 2030, ít nhất 50% xã …"', () => {
  const f = 'share-target-milestones.txt'
  it('the share that grows is one target\'s milestones: one task, due at the last', () => {
    expect(leaks(f, 'xây dựng lộ trình thực hiện hằng năm')).toHaveLength(1)
    expect(end(f, 'xây dựng lộ trình thực hiện hằng năm')).toBe('2030-12-31')
    expect(end(f, 'Triển khai ngay các giải pháp chuyển hóa địa bàn')).toBe('2030-12-31')
  })
  it('a second action with a date of its own, and no share, is still a task of its own', () => {
    expect(end(f, 'mở lớp tập huấn cho lực lượng công an xã')).toBe('2027-03-30')
    expect(end(f, 'Tổ chức tổng kết mô hình xã')).toBe('2026-12-31')
    expect(doc(f).tasks).toHaveLength(3)
  })
})

describe('ocr-lost-t-before.txt: "hoàn thành rước ngày 10 tháng 10 năm 2025" (OCR lost the t of "trước")', () => {
  const f = 'ocr-lost-t-before.txt'
  it('is due the day before, as "trước ngày" is, and the reading says what it assumed', () => {
    expect(end(f, 'phê duyệt dự toán thiết kế bản vẽ thi công')).toBe('2025-10-09')
    const t = doc(f).tasks.find((x) => x.text.includes('phê duyệt dự toán'))
    expect(t?.deadline?.notes?.map((n) => n.code)).toEqual(['date-repaired'])
  })
  it('"Giao Ban Quản lý dự án … giải quyết …" is work given to the board, with no other cue (not the briefing "giao ban")', () => {
    expect(lead(f, 'giải quyết dứt điểm các vấn đề phát sinh')).toEqual(names('Ban Quản lý dự án đầu tư xây dựng tỉnh'))
    expect(end(f, 'giải quyết dứt điểm các vấn đề phát sinh')).toBe('2025-10-05')
  })
})

describe('md-wrapped-paragraphs.md: markdown whose blank lines part the paragraphs and whose lines wrap inside them', () => {
  const f = 'md-wrapped-paragraphs.md'
  it('an item wrapped before a capital (*hiệu quả* / *Ban Chỉ đạo …*) or after a colon (*công - tư:* / *đặt hàng …*) is one task, no heading', () => {
    expect(task(f, 'Củng cố và vận hành hiệu quả Ban Chỉ đạo chuyển đổi số').text).toMatch(/^a\) Củng cố/u)
    expect(task(f, 'Đẩy mạnh hợp tác công - tư: đặt hàng doanh nghiệp').text).toMatch(/^b\) Đẩy mạnh/u)
    expect(doc(f).sections.map((s) => s.title)).not.toContain('Củng cố và vận hành hiệu quả')
  })
  it('a line that opens with "5G" goes on with its item; a dash before a word in lower case goes on with its sentence', () => {
    expect(task(f, 'Tập trung phát triển hạ tầng 5G, mạng IoT').text).toMatch(/^Tập trung/u)
    expect(task(f, 'trung tâm chia chọn - đảm bảo hoạt động').text).toMatch(/^a\) Phát triển hạ tầng thương mại/u)
    expect(doc(f).tasks).toHaveLength(8)
  })
})

describe('focus-heading.md: *Trọng tâm:* over the work of a part whose title names no role', () => {
  const f = 'focus-heading.md'
  it('every item under the focus is a task, those that open with no verb of action too', () => {
    for (const a of ['Phủ sóng băng rộng di động', 'Mỗi người dân có một tài khoản số', 'Thông qua Quỹ phát triển khoa học']) expect(task(f, a).text).toContain(a)
    expect(leaks(f, 'Phát triển hạ tầng số nhanh, đồng bộ')).toEqual([])
  })
})

describe('grounds-then-duty.txt: *Căn cứ …; trên cơ sở … đã được … phê duyệt …; các cấp ủy … có trách nhiệm …*', () => {
  const f = 'grounds-then-duty.txt'
  it('the duty after the grounds is a task; what the grounds say was approved reports nothing', () => {
    expect(task(f, 'có trách nhiệm lãnh đạo, chỉ đạo thực hiện việc đánh giá nguồn nhân sự').text).toMatch(/^Lưu ý: Căn cứ/u)
  })
  it('grounds followed by work already done stay a report', () => {
    expect(leaks(f, 'các cấp ủy đã hoàn thành việc rà soát')).toEqual([])
  })
})

describe('pdf-table-group-wraps.txt: a task table one cell a line whose group title wraps over six lines', () => {
  const f = 'pdf-table-group-wraps.txt'
  it('the rows after the long group title are read as rows, each with its lead, partner and time', () => {
    expect(lead(f, 'Mở rộng và phát triển quan hệ')).toEqual(names('Bộ Ngoại giao'))
    expect(coordinators(f, 'Mở rộng và phát triển quan hệ')).toEqual(names('Bộ Công an'))
    expect(end(f, 'Mở rộng và phát triển quan hệ')).toBe('2030-12-31')
    expect(lead(f, 'Huy động nguồn lực và tri thức')).toEqual(names('Bộ Tài chính'))
    expect(end(f, 'Huy động nguồn lực và tri thức')).toBe('2027-12-31')
  })
})

describe('pdf-indented-parts.txt: pdftotext\'s parts indented alike ("       1. Sở Công Thương" in each part)', () => {
  const f = 'pdf-indented-parts.txt'
  it('a part\'s number and its spaces are no crawler\'s path: the items under "1. Sở Công Thương" keep it as their lead', () => {
    expect(lead(f, 'Là cơ quan thường trực, có trách nhiệm tổng hợp')).toEqual(names('Sở Công Thương'))
    expect(lead(f, 'Thực hiện quản lý, phát triển cụm công nghiệp')).toEqual(names('Sở Công Thương'))
  })
  it('"Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh" names two boards as written', () => {
    expect(lead(f, 'nâng cấp hạ tầng kỹ thuật các khu công nghiệp')).toEqual(names('Ban Quản lý Khu kinh tế', 'Ban Quản lý các Khu công nghiệp tỉnh'))
  })
})

describe('letter-to-one-company.txt: a department\'s letter to one company that calls it "Công ty" after', () => {
  const f = 'letter-to-one-company.txt'
  it('"… đề nghị Công ty thực hiện đầy đủ các nội dung sau:": the company addressed leads every item', () => {
    for (const a of ['Thực hiện cắm mốc khu vực khai thác', 'Phối hợp với Ủy ban nhân dân xã Tân Lập', 'Thực hiện nộp đầy đủ các nghĩa vụ tài chính']) expect(lead(f, a)).toEqual(names('Công ty cổ phần Khai thác đá An Phú'))
    expect(coordinators(f, 'Phối hợp với Ủy ban nhân dân xã Tân Lập')).toEqual(names('Ủy ban nhân dân xã Tân Lập'))
  })
  it('another company named in full is itself', () => {
    expect(lead(f, 'bảo đảm cấp điện cho khu vực mỏ')).toEqual(names('Công ty Điện lực Bình An'))
  })
})

describe('handover-not-assigned.txt: *được … bàn giao* in items that ask (handed over, not assigned)', () => {
  const f = 'handover-not-assigned.txt'
  it('items that ask for what is to be handed over are tasks', () => {
    expect(task(f, 'Tổ chức thực hiện rà soát ngay hồ sơ pháp lý').text).toContain('bàn giao mốc')
    expect(task(f, 'Xác định ranh giới khu vực khai thác').text).toContain('để được bàn giao')
  })
  it('a report that a body was given land stays a report', () => {
    expect(leaks(f, 'Công ty đã được Ủy ban nhân dân tỉnh giao đất')).toEqual([])
  })
})

describe('board-says-level.txt: a board whose name ends on its level (*Ban Quản lý các Khu công nghiệp tỉnh*)', () => {
  const f = 'board-says-level.txt'
  it('is named as written where it is written so, and with its place where the place is written', () => {
    expect(lead(f, 'đầu tư, nâng cấp hạ tầng kỹ thuật')).toEqual(names('Ban Quản lý Khu kinh tế', 'Ban Quản lý các Khu công nghiệp tỉnh'))
    expect(lead(f, 'Thường xuyên rà soát toàn bộ các dự án')).toEqual(names('Ban Quản lý Khu kinh tế', 'Ban Quản lý các Khu công nghiệp tỉnh Lào Cai'))
  })
})

describe('transition-counted-from-effect.md: items that count their period from the day their lead-in names', () => {
  const f = 'transition-counted-from-effect.md'
  it('"1. Kể từ ngày Quy định này có hiệu lực thi hành:" / "a) Trong thời hạn 3 năm, …": from the signing, the day it takes effect', () => {
    expect(end(f, 'phải hoàn thành việc số hóa hồ sơ')).toBe('2029-03-10')
    expect(end(f, 'xây dựng phần mềm quản lý hồ sơ')).toBe('2027-09-10')
  })
  it('an item with no period of its own stays undated', () => {
    expect(end(f, 'hướng dẫn các cơ quan thực hiện Quy định này')).toBeNull()
  })
})

describe('lettered-lead-in-dated.txt: a lettered lead-in whose work is to be done by a time, over numbered items', () => {
  const f = 'lettered-lead-in-dated.txt'
  it('"b) Các Bộ: … hoàn thành trong tháng 11 năm 2025, cụ thể:" dates the items with no time of their own', () => {
    expect(end(f, 'xử lý lỗi thanh toán trực tuyến')).toBe('2025-11-30')
    expect(end(f, 'nâng cấp hệ thống cấp phép hành nghề')).toBe('2025-11-30')
  })
  it("an item's own time wins; the item before the lead-in stays undated", () => {
    expect(end(f, 'kết nối cơ sở dữ liệu cán bộ')).toBe('2025-11-14')
    expect(end(f, 'tiếp tục theo dõi, đôn đốc')).toBeNull()
  })
})

describe('frame-before-action.md: items of a request that open with a time or a frame, then direct', () => {
  const f = 'frame-before-action.md'
  it('"- Từ thời điểm …, số hóa …", "- Theo điều kiện …, số hóa …" are tasks', () => {
    expect(task(f, 'số hóa đồng bộ các văn bản').text).toMatch(/^Từ thời điểm mốc/u)
    expect(task(f, 'lùi dần về quá khứ').text).toMatch(/^Theo điều kiện nguồn lực/u)
  })
  it('"- Từ năm 2020 đến nay, Sở Nội vụ đã số hóa …" reports, and stays out', () => {
    expect(leaks(f, 'đã số hóa được 12.000 hồ sơ')).toEqual([])
  })
})

describe('titles-list-ocr-verbs.txt: heads listed before the body they share, and verbs whose marks OCR damaged', () => {
  const f = 'titles-list-ocr-verbs.txt'
  it('"a) Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân tỉnh, … chỉ đạo rà soát …" is a task, dated', () => {
    const t = task(f, 'chỉ đạo rà soát, cắt giảm các thủ tục hành chính')
    expect(t.text).toMatch(/^a\) Bộ trưởng, Thủ trưởng cơ quan ngang bộ/u)
    expect(t.deadline?.end).toBe('2026-12-31')
  })
  it('"(1) Đây nhanh tiến độ …", "(2) Chi đạo …" open with "đẩy nhanh", "chỉ đạo", and are tasks', () => {
    expect(task(f, 'tái cấu trúc quy trình').text).toMatch(/^\(1\) Đây nhanh/u)
    expect(task(f, 'thực thi nghiêm các phương án').text).toMatch(/^\(2\) Chi đạo/u)
  })
})

describe('request-frames-which.txt: which things and which case, inside a request', () => {
  const f = 'request-frames-which.txt'
  it('"Đề nghị Chủ đầu tư … tham khảo các dự án đã thực hiện …" asks: "các dự án đã thực hiện" tells which projects', () => {
    expect(task(f, 'tổ chức khảo sát khối lượng').text).toMatch(/^Đề nghị Chủ đầu tư/u)
  })
  it('"- Đối với hộ dân đã nộp đầy đủ hồ sơ: Ủy ban nhân dân xã … kịp thời hướng dẫn" is the commune\'s task', () => {
    expect(lead(f, 'kịp thời hướng dẫn, giải quyết')).toEqual(names('Ủy ban nhân dân xã'))
  })
  it('"- Năm 2025, Ủy ban nhân dân xã đã giải quyết xong …" reports, and stays out', () => {
    expect(leaks(f, 'đã giải quyết xong 120 hồ sơ')).toEqual([])
  })
  it('"CÀ MAU" in the letterhead is the province, not "CA" (Công an): the department takes it', () => {
    expect(doc(f).meta.issuer?.name).toBe('Sở Nông nghiệp và Môi trường tỉnh Cà Mau')
  })
})

describe('regulation-articles-duties.md: articles of a regulation that give a body its duties', () => {
  const f = 'regulation-articles-duties.md'
  it('"Điều 2. Sở Nội vụ có nhiệm vụ" (no colon) leads its items, the first opening with "Thẩm tra"', () => {
    expect(lead(f, 'Thẩm tra dự toán kinh phí hàng năm')).toEqual(names('Sở Nội vụ'))
    expect(lead(f, 'Lập danh sách học viên được hỗ trợ')).toEqual(names('Sở Nội vụ'))
  })
  it('"Điều 3. Trách nhiệm, nhiệm vụ của Sở Tài chính" leads its items', () => {
    expect(lead(f, 'Thẩm định phương án phân bổ kinh phí')).toEqual(names('Sở Tài chính'))
  })
  it('"Uy ban nhân dân thành phó Đồng Xoài", as OCR reads it, is the city\'s committee', () => {
    expect(coordinators(f, 'kiểm tra việc sử dụng kinh phí')).toEqual(names('Ủy ban nhân dân thành phố Đồng Xoài'))
  })
  it('"Điều 4. Ủy ban nhân dân huyện - thị xã có nhiệm vụ" makes its items tasks, of every district: no named lead', () => {
    expect(lead(f, 'Định kỳ chỉ đạo, kiểm tra công tác quản lý học viên')).toEqual([])
    expect(lead(f, 'Quản lý danh sách học viên và kinh phí được giao')).toEqual([])
  })
  it('"Các bộ Lao động - Thương binh và Xã hội, Tài chính" are the two ministries', () => {
    expect(lead(f, 'hướng dẫn tỉnh tháo gỡ vướng mắc')).toEqual(names('Bộ Lao động - Thương binh và Xã hội', 'Bộ Tài chính'))
  })
})

describe('paragraph-then-bullets.md: bullets that go on with the work of the paragraph above them', () => {
  const f = 'paragraph-then-bullets.md'
  it('"Các bộ Xây dựng, Tài chính và Ngân hàng Nhà nước Việt Nam khẩn trương rà soát …" names the two ministries and the bank', () => {
    expect(lead(f, 'khẩn trương rà soát các vướng mắc')).toEqual(names('Bộ Xây dựng', 'Bộ Tài chính', 'Ngân hàng Nhà nước Việt Nam'))
  })
  it('the bullets right after that paragraph are theirs, "Kịp thời có hướng dẫn …" among them', () => {
    expect(lead(f, 'Đánh giá toàn bộ quy trình')).toEqual(names('Bộ Xây dựng', 'Bộ Tài chính', 'Ngân hàng Nhà nước Việt Nam'))
    expect(lead(f, 'Kịp thời có hướng dẫn địa phương')).toEqual(names('Bộ Xây dựng', 'Bộ Tài chính', 'Ngân hàng Nhà nước Việt Nam'))
  })
  it('a bullet after a paragraph that reports goes on with the report: no task', () => {
    expect(leaks(f, 'Dữ liệu trên ứng dụng hỗ trợ thanh tra')).toEqual([])
  })
  it('"- Có giải pháp …" and "- Sớm có văn bản …" are asked of the province', () => {
    expect(lead(f, 'Có giải pháp bảo đảm an toàn')).toEqual(names('Ủy ban nhân dân tỉnh Ninh Thuận'))
    expect(end(f, 'Sớm có văn bản báo cáo tiến độ')).toBe('2026-09-29')
  })
})

describe('project-investor-card.txt: a project card names the investor the letter then asks by its role', () => {
  const f = 'project-investor-card.txt'
  it('"Đề nghị Chủ đầu tư …" and "đề nghị chủ đầu tư …" ask the board the card names', () => {
    expect(lead(f, 'tổ chức khảo sát khối lượng')).toEqual(names('Ban Quản lý dự án đầu tư xây dựng xã Đồng Tâm'))
    expect(lead(f, 'bổ sung phương án thu gom')).toEqual(names('Ban Quản lý dự án đầu tư xây dựng xã Đồng Tâm'))
  })
  it('the card itself ("- Chủ đầu tư: Ban Quản lý …") is no task', () => {
    expect(leaks(f, 'Chủ đầu tư: Ban Quản lý')).toEqual([])
  })
})

describe('board-members-representatives.txt: members who represent their bodies, a board named before "hoặc", the ministry speaking of itself', () => {
  const f = 'board-members-representatives.txt'
  it('"Đại diện Bộ X: Chịu trách nhiệm …" is led by the ministry the member represents', () => {
    expect(lead(f, 'đề xuất cơ chế tài chính và thủ tục giải ngân')).toEqual(names('Bộ Tài chính'))
    expect(lead(f, 'đề xuất các nhiệm vụ nghiên cứu')).toEqual(names('Bộ Khoa học và Công nghệ'))
  })
  it('"Ban chỉ đạo Chương trình hoặc chủ trì …" names the board without "hoặc"', () => {
    expect(doc(f).agencies.map((a) => a.name).filter((n) => /hoặc/u.test(n))).toEqual([])
    expect(doc(f).agencies.map((a) => a.name)).toContain('Ban Chỉ đạo chương trình')
  })
  it('"…, trong năm 2028 Bộ sẽ tổng kết …" is led by the ministry that issued the text', () => {
    expect(lead(f, 'Bộ sẽ tổng kết')).toEqual(names('Bộ Công Thương'))
  })
})

describe('council-set-up.txt: a decision sets up a council, says how it works, and a department answers for it', () => {
  const f = 'council-set-up.txt'
  const council = 'Hội đồng thẩm định hồ sơ đề xuất dự án khu dân cư Đồng Tâm, tỉnh Yên Bình'
  it('"Nhiệm vụ của Hội đồng thẩm định" names the council the decision set up, by its full name', () => {
    expect(lead(f, 'Tổ chức thẩm định hồ sơ')).toEqual(names(council))
    expect(lead(f, 'kết quả thẩm định')).toEqual(names(council))
  })
  it('its seal, its funds and its end are no tasks', () => {
    expect(leaks(f, 'sử dụng con dấu của Ủy ban nhân dân tỉnh')).toEqual([])
    expect(leaks(f, 'Kinh phí hoạt động của Hội đồng thẩm định')).toEqual([])
    expect(leaks(f, 'tự giải thể')).toEqual([])
  })
  it('the department that answers for the council leads the lettered items under it', () => {
    expect(lead(f, 'Tổng hợp ý kiến thành viên')).toEqual(names('Sở Xây dựng'))
  })
})

describe('web-post-front-matter.md: a website post says its kind and day in its front matter, and a time back then is no deadline', () => {
  const f = 'web-post-front-matter.md'
  it('is an article of the day it was posted, in Vietnam (18:30 UTC on 9 July is 10 July)', () => {
    expect([doc(f).meta.kind, doc(f).meta.issuedOn]).toEqual(['tin-bai', '2026-07-10'])
  })
  it('"theo chỉ đạo hồi đầu năm" sets no deadline; the request with its date keeps its own', () => {
    expect(task(f, 'theo chỉ đạo hồi đầu năm').deadline).toBeNull()
    expect(task(f, 'tham mưu sơ kết các mô hình').deadline?.end).toBe('2026-09-29')
  })
})

describe('insurance-benefit-rules.txt: what the insurance fund pays and the insured are owed sets no one work', () => {
  const f = 'insurance-benefit-rules.txt'
  it('"Quỹ BHYT (không) thanh toán …" and "Được hưởng chế độ …" are no tasks', () => {
    expect(leaks(f, 'Quỹ BHYT thanh toán theo mức hưởng')).toEqual([])
    expect(leaks(f, 'Quỹ BHYT không thanh toán')).toEqual([])
    expect(leaks(f, 'Được hưởng chế độ không cùng chi trả')).toEqual([])
  })
  it('the request to the departments is still a task', () => {
    expect(task(f, 'thực hiện thống nhất hướng dẫn này').deadline?.end).toBe('2026-11-14')
    expect(lead(f, 'thực hiện thống nhất hướng dẫn này')).toEqual(names('Sở Y tế thành phố Hà Nội'))
  })
})

describe('regulation-issued-with-decision.txt: a regulation copied without its decision is issued with it', () => {
  const f = 'regulation-issued-with-decision.txt'
  it('takes the day of the decision it was issued with ("Ban hành kèm theo Quyết định số … ngày 14 tháng 9 năm 2026")', () => {
    expect(doc(f).meta.issuedOn).toBe('2026-09-14')
  })
  it('its duties are the department\'s, with their own deadline', () => {
    expect(lead(f, 'kết quả khai thác')).toEqual(names('Sở Nông nghiệp và Môi trường'))
    expect(task(f, 'kết quả khai thác').deadline?.end).toBe('2026-12-14')
  })
})

describe('schedule-table-header-lost.md: a page copied a schedule without its header row', () => {
  const f = 'schedule-table-header-lost.md'
  it('each numbered row is a task with the time its cell gives ("Dự kiến tuần 1 tháng 01 năm 2027", "trước tuần 2 …")', () => {
    expect(end(f, 'Khám sức khỏe nghĩa vụ quân sự')).toBe('2026-12-14')
    expect(end(f, 'giao chỉ tiêu cho các xã, phường')).toBe('2027-01-07')
    expect(end(f, 'Hiệp đồng giao nhận quân cấp tỉnh')).toBe('2027-01-07')
  })
  it('a wider row reads its bodies from the cells that hold only names, and a bare year as its time', () => {
    expect(lead(f, 'bảo đảm hậu cần')).toEqual(names('Sở Tài chính'))
    expect(coordinators(f, 'bảo đảm hậu cần')).toEqual(names('Công an tỉnh'))
    expect(end(f, 'bảo đảm hậu cần')).toBe('2027-12-31')
  })
  it('not a scorecard\'s rows under their own header, nor a scan\'s line a stray bar cuts', () => {
    expect(leaks(f, 'Tỷ lệ công dân khám sức khỏe')).toEqual([])
    expect(leaks(f, 'Trích bảng cũ')).toEqual([])
  })
})

describe('national-committee-short-name.txt: a national committee named in full once, then by its short name', () => {
  const f = 'national-committee-short-name.txt'
  it('"Trách nhiệm và quyền hạn của Chủ tịch Ủy ban Quốc gia" gives the committee, by its full name, to the items under it', () => {
    expect(lead(f, 'Lãnh đạo, điều hành hoạt động')).toEqual(names('Ủy ban Quốc gia về người khuyết tật Việt Nam'))
    expect(lead(f, 'kết luận các cuộc họp')).toEqual(names('Ủy ban Quốc gia về người khuyết tật Việt Nam'))
  })
  it('a body after the comma that ends the grounds the sentence opens with leads ("Căn cứ chủ trương của …, Bộ Y tế khẩn trương …")', () => {
    expect(lead(f, 'rà soát đối tượng')).toEqual(names('Bộ Y tế'))
  })
})

describe('national-committee-short-name.txt: a heading a scan wrote, and the standing office named by its role', () => {
  const f = 'national-committee-short-name.txt'
  it('"Trách nhiệm va quyền han của Chủ tịch Uy ban Quốc gia" (marks lost) still gives the committee to its items', () => {
    expect(lead(f, 'Phê duyệt chương trình công tác năm')).toEqual(names('Ủy ban Quốc gia về người khuyết tật Việt Nam'))
  })
  it('"Bộ Y tế là Cơ quan thường trực của Ủy ban Quốc gia": the office named after by its role leads', () => {
    expect(lead(f, 'đôn đốc thực hiện Quy chế này')).toEqual(names('Bộ Y tế'))
  })
})

describe('notice-grounds-then-subject.txt: a paragraph that opens with its grounds, then names who acts', () => {
  const f = 'notice-grounds-then-subject.txt'
  it('the bodies after the grounds\' comma act, whoever the grounds name ("Căn cứ kết quả rà soát của Thanh tra Bộ, Cục … hoàn thành …")', () => {
    expect(lead(f, 'Tài chính hoàn thành báo cáo')).toEqual(names('Vụ Kế hoạch - Tài chính'))
    expect(end(f, 'Tài chính hoàn thành báo cáo')).toBe('2027-06-29')
    expect(task(f, 'các địa phương triển khai ngay').text).toContain('Trên cơ sở quy hoạch')
  })
  it('what a body did on such grounds is no task', () => {
    expect(leaks(f, 'đã ban hành hướng dẫn định mức')).toEqual([])
  })
})

describe('investment-decision-investor.txt: a decision names the investor it approves once, then calls it by its role', () => {
  const f = 'investment-decision-investor.txt'
  it('"1. Nhà đầu tư" / "Tên doanh nghiệp: Công ty Cổ phần …": the items under "Trách nhiệm của chủ đầu tư" are that company\'s', () => {
    expect(lead(f, 'Tổ chức triển khai thực hiện dự án')).toEqual(names('Công ty Cổ phần Gỗ Tân Thịnh'))
    expect(lead(f, 'chế độ báo cáo giám sát')).toEqual(names('Công ty Cổ phần Gỗ Tân Thịnh'))
  })
  it('a body the decision names by name keeps its own items', () => {
    expect(lead(f, 'theo dõi, kiểm tra việc thực hiện dự án')).toEqual(names('Sở Tài chính'))
  })
})

describe('news-html-escapes.md: a news page\'s paragraphs copied with their HTML escapes', () => {
  const f = 'news-html-escapes.md'
  it('the words the references spell are read ("gi&aacute;m s&aacute;t" is "giám sát"), with the body, the deadline and no tags', () => {
    expect(lead(f, 'khẩn trương kiểm tra, giám sát chặt chẽ')).toEqual(names('Sở Nông nghiệp và Môi trường'))
    expect(end(f, 'khẩn trương kiểm tra, giám sát chặt chẽ')).toBe('2027-11-29')
    expect(task(f, 'khẩn trương kiểm tra, giám sát chặt chẽ').text).not.toMatch(/<|&[a-z]+;/u)
  })
  it('a past the head asks a district to explain does not make the request a report; what prices did is none', () => {
    expect(task(f, 'phải làm rõ, vì sao').text).toContain('yêu cầu lãnh đạo huyện')
    expect(leaks(f, 'giá tôm nguyên liệu trong nước')).toEqual([])
  })
})

describe('qa-page-asks-headline.md: a legal site\'s page headed by a question about a telegram, then the law it quotes', () => {
  const f = 'qa-page-asks-headline.md'
  it('the telegram\'s items are tasks, one of them done as a law says; the law quoted after each question is not', () => {
    expect(lead(f, 'kiểm tra toàn bộ hệ thống đê điều')).toEqual(names('Sở Nông nghiệp và Môi trường'))
    // (a collective leads it: the scorer names no one)
    expect(task(f, 'gia cố các đoạn đê xung yếu').lead.map((a) => a.name)).toEqual(['Ủy ban nhân dân các xã'])
    expect(leaks(f, 'Chủ động phòng ngừa, ứng phó')).toEqual([])
    expect(leaks(f, 'Tuân thủ sự chỉ đạo')).toEqual([])
    expect(leaks(f, 'Huy động dân quân tự vệ')).toEqual([])
    expect(leaks(f, 'là gì')).toEqual([])
  })
})

describe('news-region-collectives.md: a news page on a telegram, whose lead-in asks and whose items name collectives by region', () => {
  const f = 'news-region-collectives.md'
  it('a short lead-in that asks ("Theo đó, Chủ tịch … yêu cầu:") makes its items asked, collectives and all', () => {
    expect(task(f, 'sơ tán người dân ra khỏi khu vực nguy hiểm').lead.map((a) => a.name)).toEqual(['Ủy ban nhân dân các xã'])
    expect(end(f, 'sơ tán người dân ra khỏi khu vực nguy hiểm')).toBe('2026-12-09')
    expect(task(f, 'di dời các hộ dân').lead.map((a) => a.name)).toEqual(['Ủy ban nhân dân các xã'])
    expect(lead(f, 'gia cố, tu sửa')).toEqual(names('Sở Xây dựng'))
  })
  it('the region belongs to the collective as written ("các xã ven biển", "các xã biên giới"); what the communes did last year is no task', () => {
    expect(task(f, 'sơ tán người dân ra khỏi khu vực nguy hiểm').lead[0].text).toBe('Ủy ban nhân dân các xã ven biển')
    expect(task(f, 'nạo vét kênh mương').coordinators.map((a) => a.text)).toEqual(['Ủy ban nhân dân các xã biên giới'])
    expect(leaks(f, 'đã sơ tán hơn 3.000 hộ')).toEqual([])
  })
})

describe('letter-works-together-with.txt: a ministry asks provinces to direct departments that work "kết hợp với" others', () => {
  const f = 'letter-works-together-with.txt'
  it('"kết hợp với" and "phối kết hợp với" before bodies name the coordinators, as "phối hợp với" does', () => {
    expect(lead(f, 'kiểm tra các cơ sở sản xuất rượu')).toEqual(names('Sở Công Thương'))
    expect(coordinators(f, 'kiểm tra các cơ sở sản xuất rượu')).toEqual(names('Công an tỉnh', 'Sở Y tế'))
    expect(end(f, 'kiểm tra các cơ sở sản xuất rượu')).toBe('2027-01-30')
    expect(coordinators(f, 'tuyên truyền về tác hại')).toEqual(names('Sở Văn hóa, Thể thao và Du lịch'))
  })
})

describe('resolution-prime-minister-acts.txt: a resolution that gives work to the Government and to its Prime Minister', () => {
  const f = 'resolution-prime-minister-acts.txt'
  it('the Prime Minister given work acts for the Government he heads: "Chính phủ, Thủ tướng Chính phủ …" is one lead', () => {
    expect(lead(f, 'nâng mức trợ cấp, phụ cấp ưu đãi')).toEqual(names('Chính phủ'))
    expect(end(f, 'nâng mức trợ cấp, phụ cấp ưu đãi')).toBe('2027-12-31')
    expect(lead(f, 'giải quyết dứt điểm hồ sơ tồn đọng')).toEqual(names('Chính phủ'))
    // (written as the text writes it)
    expect(task(f, 'giải quyết dứt điểm hồ sơ tồn đọng').lead[0].text).toBe('Thủ tướng Chính phủ')
    expect(lead(f, 'hướng dẫn thực hiện chế độ ưu đãi')).toEqual(names('Bộ Nội vụ'))
  })
  it('the resolution\'s adoption ("Nghị quyết này được Quốc hội khóa XV thông qua ngày …") is no task', () => {
    expect(leaks(f, 'thông qua ngày 11 tháng 12')).toEqual([])
  })
})

describe('resolution-meeting-month.txt: a council resolution citing a meeting\'s notice by its month', () => {
  const f = 'resolution-meeting-month.txt'
  it('"Thông báo phiên họp thường kỳ tháng 10/2026" names the notice, it does not date the task; a month of its own does', () => {
    expect(end(f, 'Thông báo phiên họp thường kỳ')).toBeNull()
    expect(lead(f, 'Thông báo phiên họp thường kỳ')).toEqual(names('Ủy ban nhân dân tỉnh'))
    expect(end(f, 'sửa chữa các tuyến đường xuống cấp')).toBe('2027-03-31')
  })
})

describe('plan-paragraph-goes-on.txt: a plan whose paragraphs go on with "Đồng thời, …"', () => {
  const f = 'plan-paragraph-goes-on.txt'
  it('"Đồng thời, chủ trì …" after "Sở Nội vụ tiếp tục …" is the department\'s, across a blank line; a collective\'s stays a collective\'s', () => {
    expect(lead(f, 'đào tạo kỹ năng số')).toEqual(names('Sở Nội vụ'))
    expect(end(f, 'đào tạo kỹ năng số')).toBe('2027-06-29')
    expect(task(f, 'báo cáo kết quả về Sở Nội vụ').lead.map((a) => a.name)).toEqual(['các sở, ngành'])
    expect(lead(f, 'rà soát các quy định của tỉnh')).toEqual(names('Sở Tư pháp'))
  })
})

describe('plan-word-segmented-parts.txt: a word-segmented plan whose parts are "Ii." and "Iii." and whose titles end in " ."', () => {
  const f = 'plan-word-segmented-parts.txt'
  it('"Iii. tổ_chức thực_hiện ." is part III, and "1 . Sở Lao_động - Thương_binh và Xã_hội ." heads the items under it', () => {
    expect(lead(f, 'Hướng_dẫn , kiểm_tra việc thực_hiện Kế_hoạch')).toEqual(names('Sở Lao động - Thương binh và Xã hội'))
    expect(lead(f, 'Tổng_hợp kết_quả , báo_cáo')).toEqual(names('Sở Lao động - Thương binh và Xã hội'))
    expect(end(f, 'Tổng_hợp kết_quả , báo_cáo')).toBe('2026-12-14')
  })
  it('"Sở Kế_hoạch & Đầu_tư", "Sở Lao_động TB&XH", "Viện Nghiên_cứu Công_nhân & Công_đoàn" are named whole', () => {
    expect(lead(f, 'phân_bổ kinh_phí hỗ_trợ')).toEqual(names('Sở Kế hoạch và Đầu tư', 'Sở Tài chính'))
    expect(coordinators(f, 'phân_bổ kinh_phí hỗ_trợ')).toEqual(names('Sở Lao động - Thương binh và Xã hội'))
    expect(lead(f, 'Khảo_sát đời_sống')).toEqual(names('Viện Nghiên cứu Công nhân và Công đoàn'))
  })
  it('whom the plan helps ("Đối_tượng được hỗ_trợ :") and the sum the budget gives are no tasks', () => {
    expect(leaks(f, 'Là hộ nghèo có nhà ở')).toEqual([])
    expect(leaks(f, 'Ngân_sách tỉnh hỗ_trợ 20 triệu')).toEqual([])
    expect(task(f, 'vận_động doanh_nghiệp đóng_góp').text).toContain('Đề_nghị các huyện')
  })
})

describe('tax-notice-unit-abbreviations.txt: a tax administration notice naming its units by abbreviation ("Vụ DTTT", "Cục TTKT", "Ban QLRR")', () => {
  const f = 'tax-notice-unit-abbreviations.txt'
  it('leads and coordinators by their full names', () => {
    expect(lead(f, 'Theo dõi sát tình hình thu ngân sách')).toEqual(names('Vụ Dự toán thu thuế'))
    expect(coordinators(f, 'rà soát chỉ tiêu biên chế')).toEqual(names('Vụ Tổ chức cán bộ'))
    expect(lead(f, 'xây dựng bộ tiêu chí kiểm tra')).toEqual(names('Cục Thanh tra - Kiểm tra thuế'))
    expect(coordinators(f, 'xây dựng bộ tiêu chí kiểm tra')).toEqual(names('Ban Quản lý rủi ro', 'Vụ Kê khai và Kế toán thuế', 'Cục Công nghệ thông tin'))
  })
  it('a bare "Văn phòng" that acts or stands in a list of units is the issuer\'s office', () => {
    expect(coordinators(f, 'xây dựng kế hoạch truyền thông')).toEqual(names('Tạp chí Thuế', 'Văn phòng', 'Vụ Quản lý nợ và Cưỡng chế nợ thuế'))
    expect(lead(f, 'tổng hợp kết quả thực hiện Thông báo này')).toEqual(names('Văn phòng'))
    expect(coordinators(f, 'tổng hợp kết quả thực hiện Thông báo này')).toEqual(names('Cục Kiểm tra nội bộ'))
  })
  it('"Đoàn Chủ tịch Công đoàn Tổng cục" is a presidium, a body, not the head of the union', () => {
    expect(lead(f, 'tổ chức hội nghị cán bộ công chức')).toEqual(names('Đoàn Chủ tịch Công đoàn Tổng cục'))
  })
})

describe('regulation-coordination-articles.md: a regulation on coordination whose first articles say what it covers and the forms it takes', () => {
  const f = 'regulation-coordination-articles.md'
  it('"Điều 2. Nội dung phối hợp" and "Điều 3. Hình thức phối hợp" list fields and forms, no tasks; the duties after them are', () => {
    expect(leaks(f, 'Tham mưu xây dựng văn bản quản lý nhà nước')).toEqual([])
    expect(leaks(f, 'Tổ chức cuộc họp, hội nghị để trao đổi')).toEqual([])
    expect(leaks(f, 'Gửi văn bản để cung cấp thông tin')).toEqual([])
    expect(lead(f, 'rà soát các văn bản quy phạm pháp luật')).toEqual(names('Sở Dân tộc và Tôn giáo'))
    expect(coordinators(f, 'rà soát các văn bản quy phạm pháp luật')).toEqual(names('Sở Tư pháp'))
  })
  it('rules that stay in force meanwhile ("… tiếp tục có hiệu lực.") set no one work', () => expect(leaks(f, 'tiếp tục có hiệu lực')).toEqual([]))
})

describe('news-plan-goes-on.md: a news page that defines "QLTT" as the administration and goes on paragraph by paragraph', () => {
  const f = 'news-plan-goes-on.md'
  it('"Tổng cục QLTT" is the administration, though the page defined "QLTT" as the administration itself', () => {
    expect(lead(f, 'tập trung chỉ đạo triển khai các văn bản')).toEqual(names('Tổng cục Quản lý thị trường'))
  })
  it('"Cùng với đó, tăng cường …", "Bên cạnh đó, kiểm tra …" right after it are its tasks too, across blank lines', () => {
    expect(lead(f, 'tăng cường kiểm tra, kiểm soát thị trường')).toEqual(names('Tổng cục Quản lý thị trường'))
    expect(lead(f, 'kiểm soát về công tác an toàn thực phẩm')).toEqual(names('Tổng cục Quản lý thị trường'))
  })
  it('"Bên cạnh đó, vẫn còn …" tells what is, no task', () => expect(leaks(f, 'vẫn còn tình trạng buôn bán hàng giả')).toEqual([]))
})

describe('letter-scan-lowercase-subject.txt: a scanned letter whose subject line reads "v/v …"', () => {
  const f = 'letter-scan-lowercase-subject.txt'
  it('is a letter, and "v/v" is its subject, no item v over the items it asks for', () => {
    expect(doc(f).meta.kind).toBe('cong-van')
    expect(end(f, 'Hoàn thành kế hoạch thanh tra')).toBe('2027-04-28')
    expect(task(f, 'thương mại điện tử').text).toMatch(/^2\. Tăng cường công tác thanh tra/u)
  })
})

describe('letter-requirements-after-shortcomings.txt: a letter that lists shortcomings, then asks for requirements to be carried out', () => {
  const f = 'letter-requirements-after-shortcomings.txt'
  it('the shortcomings after "… còn phát sinh một số tồn tại …, cụ thể:" are a report, no tasks', () => {
    expect(leaks(f, 'Nhiều Cục Thuế chưa nghiêm túc báo cáo')).toEqual([])
    expect(leaks(f, 'chưa thể hiện rõ tiến trình')).toEqual([])
  })
  it('"… nghiêm túc thực hiện các yêu cầu cụ thể như sau:" heads work', () => {
    expect(end(f, 'Rà soát, bổ sung vào kế hoạch thanh tra năm 2027')).toBe('2027-01-30')
  })
  it('the contact line, its number cut to the next line, and the closing formula after a scan\'s marks are no tasks', () => {
    expect(leaks(f, 'Mọi ý kiến thắc mắc xin liên hệ')).toEqual([])
    expect(leaks(f, '024.3768.9679')).toEqual([])
    expect(leaks(f, 'thông báo để các Cục Thuế biết')).toEqual([])
  })
})

describe('decision-board-powers.txt: a decision that sets up a steering committee, with its duties and its powers', () => {
  const f = 'decision-board-powers.txt'
  it('its duties are its tasks; its powers ("Điều 3. Quyền hạn của Ban Chỉ đạo") are not', () => {
    expect(lead(f, 'Chỉ đạo xây dựng đề án cải cách')).toEqual(names('Ban Chỉ đạo cải cách chính sách tiền lương'))
    expect(end(f, 'Chỉ đạo xây dựng đề án cải cách')).toBe('2026-12-31')
    expect(leaks(f, 'Được mời tham dự các cuộc họp')).toEqual([])
    expect(leaks(f, 'cung cấp thông tin phục vụ công tác')).toEqual([])
  })

})

describe('resolution-spending-norms.txt: a resolution that sets special spending norms for a task', () => {
  const f = 'resolution-spending-norms.txt'
  it('the norms ("Mức chi tối đa là …", "Hỗ trợ tiền ăn thêm mức … đồng/người/ngày") are no tasks; the ministry\'s work is', () => {
    expect(leaks(f, 'Mức chi tối đa là 6.000.000')).toEqual([])
    expect(leaks(f, 'Hỗ trợ tiền ăn thêm mức 72.000')).toEqual([])
    expect(leaks(f, 'Hỗ trợ tiền bồi dưỡng bằng 0,2 lần')).toEqual([])
    expect(lead(f, 'hướng dẫn thanh toán kinh phí lấy mẫu')).toEqual(names('Bộ Tài chính'))
  })
})

describe('resolution-council-committees.txt: a council resolution that asks its standing body, its committees and its delegates to supervise', () => {
  const f = 'resolution-council-committees.txt'
  it('"các Ban (của) Hội đồng nhân dân tỉnh" is one collective: the council is no lead beside its standing body', () => {
    expect(lead(f, 'tiếp tục tăng cường công tác giám sát nội dung này')).toEqual(names('Thường trực Hội đồng nhân dân tỉnh'))
    expect(lead(f, 'có trách nhiệm giám sát việc thực hiện Nghị quyết')).toEqual(names('Thường trực Hội đồng nhân dân tỉnh'))
  })
})

describe('decision-investor-named-once.txt: a decision approving an investment that names its investor only in its grounds', () => {
  const f = 'decision-investor-named-once.txt'
  it('"Nhà đầu tư phải …" is the one company the decision names, its trades in lower case in its name; the department stays itself', () => {
    expect(lead(f, 'làm thủ tục đăng ký cấp tài khoản')).toEqual(names('Công ty cổ phần tập đoàn đầu tư và thương mại Hòa Bình Xanh'))
    expect(lead(f, 'chế độ báo cáo giám sát')).toEqual(names('Công ty cổ phần tập đoàn đầu tư và thương mại Hòa Bình Xanh'))
    expect(lead(f, 'theo dõi, giám sát việc thực hiện dự án')).toEqual(names('Sở Tài chính'))
  })
})

describe('annex-group-inside-header.txt: a flattened annex table whose first group title the PDF put among the header cells', () => {
  const f = 'annex-group-inside-header.txt'
  it('the rows are read by the header: their lead and deadline cells, and the group title is no task', () => {
    expect(lead(f, 'ban hành Kế hoạch của Ủy ban nhân dân tỉnh')).toEqual(names('Đảng ủy Ủy ban nhân dân tỉnh'))
    expect(end(f, 'ban hành Kế hoạch của Ủy ban nhân dân tỉnh')).toBe('2026-10-14')
    expect(lead(f, 'hạ tầng cơ sở xử lý chất thải rắn')).toEqual(names('Ban Tuyên giáo và Dân vận Tỉnh ủy'))
    expect(leaks(f, 'Các nhiệm vụ cần làm ngay')).toEqual([])
  })
})

describe('plan-steering-board-office.md: a plan that gives work to a steering board\'s office under its own heading', () => {
  const f = 'plan-steering-board-office.md'
  it('"Văn phòng Ban Chỉ đạo quốc gia 1237" is a body of its own and leads the items under it', () => {
    expect(lead(f, 'đề xuất Ban Chỉ đạo quốc gia các chủ trương')).toEqual(names('Văn phòng Ban Chỉ đạo quốc gia 1237'))
    expect(lead(f, 'Giúp Ban Chỉ đạo quốc gia và Bộ Quốc phòng hướng dẫn')).toEqual(names('Văn phòng Ban Chỉ đạo quốc gia 1237'))
    expect(end(f, 'đề xuất Ban Chỉ đạo quốc gia các chủ trương')).toBe('2026-06-30')
  })
})

describe('decision-board-working-rules.txt: a decision that sets up a steering board and says how it works', () => {
  const f = 'decision-board-working-rules.txt'
  it('how the board works ("làm việc theo nguyên tắc …", "hoạt động theo chế độ kiêm nhiệm") is no task; its standing office\'s work is', () => {
    expect(leaks(f, 'làm việc theo nguyên tắc tập trung dân chủ')).toEqual([])
    expect(leaks(f, 'hoạt động theo chế độ kiêm nhiệm')).toEqual([])
    expect(lead(f, 'xây dựng quy chế hoạt động của Ban Chỉ đạo')).toEqual(names('Sở Khoa học và Công nghệ'))
  })
})

describe('schedule-merged-time-subrows.md: a schedule whose time cell Word merged over the sub-rows of a numbered row', () => {
  const f = 'schedule-merged-time-subrows.md'
  it('a sub-row with neither number nor time of its own shares its row\'s time; the next numbered row keeps its own', () => {
    expect(end(f, 'Buổi định hướng về công tác sinh viên')).toBe('2026-09-14')
    expect(end(f, 'Thi phân loại trình độ ngoại ngữ tiếng Anh')).toBe('2026-09-14')
    expect(end(f, 'Nhập học cho sinh viên đợt tuyển bổ sung')).toBe('2026-09-21')
    expect(lead(f, 'Buổi định hướng về công tác sinh viên')).toEqual(names('Phòng Công tác sinh viên'))
  })
})

describe('plan-words-run-together.txt: a PDF that lost the space after every marked letter ("vụĐảng", "chủtrì")', () => {
  const f = 'plan-words-run-together.txt'
  it('bodies are read across the lost spaces, and "Cơ quan chủtrì, thực hiện:" is a label that names the lead', () => {
    expect(lead(f, 'sửa đổi quy chếquản lý')).toEqual(names('Ủy ban Kiểm tra Đảng ủy'))
    expect(coordinators(f, 'sửa đổi quy chếquản lý')).toEqual(names('Ban Xây dựng Đảng'))
    expect(lead(f, 'tập huấn kỹnăng số')).toEqual(names('Ban Xây dựng Đảng'))
    expect(lead(f, 'theo dõi, đôn đốc việc thực hiện Kế hoạch này')).toEqual(names('Văn phòng Đảng ủy'))
    expect(leaks(f, 'Cơ quan chủtrì, thực hiện')).toEqual([])
  })
  it('beside "Cơ quan chủ trì:", the bodies of "Cơ quan thực hiện:" neither lead nor partner', () => {
    expect(lead(f, 'Nâng cấp hạtầng kỹthuật')).toEqual(names('Văn phòng Đảng ủy'))
    expect(coordinators(f, 'Nâng cấp hạtầng kỹthuật')).toEqual([])
  })
  it('an item followed by its labelled fields is a task whatever verb it opens with, and the labels are its own', () => {
    expect(lead(f, 'Phân công cán bộ lãnh đạo phụ trách')).toEqual(names('Ban Xây dựng Đảng'))
    expect(coordinators(f, 'Phân công cán bộ lãnh đạo phụ trách')).toEqual(names('Văn phòng Đảng ủy'))
    expect(end(f, 'Phân công cán bộ lãnh đạo phụ trách')).toBe('2027-03-31')
    expect(end(f, 'tập huấn kỹnăng số')).toBe('2026-12-31')
  })
  it('a label\'s list of bodies wrapped after a semicolon goes on on the next line', () => {
    expect(lead(f, 'chuẩn hoá dữliệu đảng viên')).toEqual(names('Ủy ban Mặt trận Tổ quốc Việt Nam xã'))
    expect(leaks(f, 'các chi bộ trực thuộc; Uỷ ban Mặt trận')).toEqual([])
  })
})

describe('page-numbered-headings-over-document.md: a page that quotes a document under its own numbered headings', () => {
  const f = 'page-numbered-headings-over-document.md'
  it('the document\'s "1." under its "I." is that part\'s point, not a sibling of the page\'s "### 3.": a purpose stays a purpose', () => {
    expect(leaks(f, 'Cụ thể hoá, triển khai thực hiện nghiêm túc')).toEqual([])
    expect(leaks(f, 'Tạo sự đồng thuận, thống nhất cao')).toEqual([])
    expect(lead(f, 'Tuyên truyền, vận động Nhân dân tham gia')).toEqual(names('Ủy ban Mặt trận Tổ quốc Việt Nam xã'))
    expect(lead(f, 'tổ chức quán triệt Kết luận')).toEqual(names('Ban Xây dựng Đảng'))
  })
})

describe('programme-bracketed-assignment.txt: items of an inspection programme, each with a note in brackets on who leads it and when', () => {
  const f = 'programme-bracketed-assignment.txt'
  it('the note is part of its item: the item\'s lead and time, and no task of its own', () => {
    expect(lead(f, 'lãnh đạo thực hiện Nghị quyết Đại hội')).toEqual(names('Ban Xây dựng Đảng'))
    expect(end(f, 'lãnh đạo thực hiện Nghị quyết Đại hội')).toBe('2026-06-30')
    expect(end(f, 'phòng, chống tham nhũng, lãng phí')).toBe('2026-09-30')
    expect(lead(f, 'quy chế dân chủ ở cơ sở')).toEqual(names('Văn phòng Đảng ủy'))
    expect(end(f, 'quy chế dân chủ ở cơ sở')).toBe('2027-03-31')
    expect(doc(f).tasks.filter((t) => /^\(Giao/u.test(t.text))).toEqual([])
  })
  it('a Party document\'s number cut after its dash ("số 218-" / "QĐ/TW") keeps the item whole, and "cơ quan Uỷ ban …" holds no "Quận ủy"', () => {
    expect(lead(f, 'Giám sát và tổng kết việc thực hiện Quyết định số 217')).toEqual(names('Ủy ban Mặt trận Tổ quốc Việt Nam xã'))
    expect(end(f, 'Giám sát và tổng kết việc thực hiện Quyết định số 217')).toBe('2028-12-31')
    expect(doc(f).agencies.map((a) => a.name)).not.toContain('Quận ủy')
  })
  it('the front abbreviated inside its name ("Uỷ ban Mặt trận TQVN xã") is the front, a partner', () => {
    expect(lead(f, 'công tác bầu cử đại biểu Hội đồng nhân dân')).toEqual(names('Hội đồng nhân dân xã'))
    expect(coordinators(f, 'công tác bầu cử đại biểu Hội đồng nhân dân')).toEqual(names('Ủy ban Mặt trận Tổ quốc Việt Nam xã'))
    expect(end(f, 'công tác bầu cử đại biểu Hội đồng nhân dân')).toBe('2029-03-31')
  })
})

describe('programme-preparer-lines.txt: a work programme whose items are followed by the line that says who prepares them', () => {
  const f = 'programme-preparer-lines.txt'
  it('the line gives the item above its lead, partners and time, and is no task of its own', () => {
    expect(lead(f, 'phát triển kinh tế nông nghiệp gắn với du lịch sinh thái')).toEqual(names('Đảng ủy Ủy ban nhân dân xã'))
    expect(end(f, 'phát triển kinh tế nông nghiệp gắn với du lịch sinh thái')).toBe('2026-03-31')
    expect(lead(f, 'công tác cải cách hành chính')).toEqual(names('Văn phòng Đảng ủy'))
    expect(coordinators(f, 'công tác cải cách hành chính')).toEqual(names('Ban Xây dựng Đảng'))
    expect(lead(f, 'Sơ kết giữa nhiệm kỳ')).toEqual(names('Ban Xây dựng Đảng'))
    expect(end(f, 'Sơ kết giữa nhiệm kỳ')).toBe('2028-06-30')
    expect(lead(f, 'thi hành kỷ luật trong Đảng')).toEqual(names('Ủy ban Kiểm tra Đảng ủy'))
    expect(leaks(f, 'chủ trì, phối hợp các cơ quan liên quan tham mưu trình')).toEqual([])
  })
  it('a heading that is only a year dates the items under it that have no time of their own; "tham mưu thực hiện" is still only who prepares', () => {
    expect(end(f, 'thi hành kỷ luật trong Đảng')).toBe('2030-12-31')
    expect(lead(f, 'tổ chức Đại hội các chi bộ trực thuộc')).toEqual(names('Ban Xây dựng Đảng'))
    expect(end(f, 'tổ chức Đại hội các chi bộ trực thuộc')).toBe('2027-03-31')
  })
})

describe('plan-part-content-lead-time.md: parts laid out as "1. Nội dung, biện pháp" / "2. Chủ trì thực hiện" / "3. Thời gian thực hiện"', () => {
  const f = 'plan-part-content-lead-time.md'
  it('the role alone as a label ("Chủ trì thực hiện", "Phối hợp thực hiện") gives the bodies listed under it to the part\'s items', () => {
    expect(lead(f, 'Thành lập Tổ công tác liên ngành')).toEqual(names('Sở Văn hóa, Thể thao và Du lịch'))
    expect(lead(f, 'Lập danh mục các di tích')).toEqual(names('Ban Quản lý di tích tỉnh'))
    expect(coordinators(f, 'Lập danh mục các di tích')).toEqual(names('Sở Tài chính'))
  })
  it('"Tháng 3, 4/2026 và kiện toàn thường xuyên" is a first time and then on and on (no end); after "Hoàn thành trong" the period ends the work', () => {
    expect(end(f, 'Thành lập Tổ công tác liên ngành')).toBeNull()
    expect(end(f, 'Lập danh mục các di tích')).toBe('2027-12-31')
  })
})

describe('page-contents-bullet-over-quoted-items.md: a page\'s contents bullet far above the quoted document\'s "(1) Bộ X:"', () => {
  const f = 'page-contents-bullet-over-quoted-items.md'
  it('a numbered heading closes the bullet wherever it stands, so the "- " items under "(1)" stay that body\'s', () => {
    expect(lead(f, 'triển khai thu phí không dừng')).toEqual(names('Bộ Công an'))
    expect(lead(f, 'Chủ trì xây dựng các tiện ích giao thông')).toEqual(names('Bộ Công an'))
    expect(lead(f, 'kết nối dữ liệu đăng kiểm')).toEqual(names('Bộ Xây dựng'))
  })
})

describe('letter-short-form-in-brackets.txt: "Chi cục Hải quan cửa khẩu cảng Hải Phòng khu vực 2 (Chi cục HQCK cảng HPKV 2)"', () => {
  const f = 'letter-short-form-in-brackets.txt'
  it('the short form of several words, same head, is the body named in full', () => {
    expect(lead(f, 'rà soát danh sách container tồn đọng')).toEqual(names('Chi cục Hải quan cửa khẩu cảng Hải Phòng khu vực 2'))
    expect(lead(f, 'xây dựng quy chế phối hợp')).toEqual(names('Chi cục Hải quan cửa khẩu cảng Hải Phòng khu vực 2'))
  })
})

describe('site-page-quoting-cong-dien.md: a legal site\'s page that quotes a Công điện, then a law, and answers in its own words', () => {
  const f = 'site-page-quoting-cong-dien.md'
  it('"Căn cứ theo Mục 1 Công điện 88/CĐ-TTg … có quy định như sau:" quotes work: its items are tasks, of the body its heading names', () => {
    expect(lead(f, 'Ban hành hướng dẫn quy trình sản xuất cà phê')).toEqual(names('Bộ Nông nghiệp và Môi trường'))
    expect(end(f, 'Ban hành hướng dẫn quy trình sản xuất cà phê')).toBe('2026-12-31')
    expect(lead(f, 'Cơ cấu lại ngành hàng cà phê')).toEqual(names('Bộ Nông nghiệp và Môi trường'))
  })
  it('under a collective narrowed by a clause ("… nơi có trồng cà phê") the items that open with work are tasks', () => {
    expect(leaks(f, 'Chỉ đạo việc quản lý và giám sát mã số vùng trồng')).toHaveLength(1)
    expect(leaks(f, 'Hướng dẫn, hỗ trợ các hiệp hội ngành hàng')).toHaveLength(1)
  })
  it('the page\'s own answer ("Theo đó, tại Công điện …", "Như vậy, …") and the law it quotes give none', () => {
    expect(leaks(f, 'Theo đó, tại Công điện 88')).toEqual([])
    expect(leaks(f, 'Như vậy, Chủ tịch')).toEqual([])
    expect(leaks(f, 'Quyết định và công bố các tiêu chuẩn')).toEqual([])
  })
})

describe('news-customs-units-lead.md: the customs units, whose names hold "quản lý", "về", "và", lead the items "do … chủ trì"', () => {
  const f = 'news-customs-units-lead.md'
  it('each item is led by the unit named whole, or by its abbreviation', () => {
    expect(lead(f, 'gửi qua dịch vụ bưu chính')).toEqual(names('Cục Giám sát quản lý về hải quan'))
    expect(lead(f, 'hệ thống thông quan tập trung')).toEqual(names('Cục Công nghệ thông tin và Thống kê hải quan'))
    expect(lead(f, 'kiểm tra sau thông quan theo hướng điện tử')).toEqual(names('Cục Kiểm tra sau thông quan'))
  })
})

describe('programme-collective-of-units-in-list.txt: "phối hợp với các cơ quan của Quốc hội, Đoàn Đại biểu Quốc hội tỉnh"', () => {
  const f = 'programme-collective-of-units-in-list.txt'
  it('the list of partners goes on past the collective and its owner', () => {
    expect(coordinators(f, 'chính sách về đất đai')).toEqual(names('Đoàn đại biểu Quốc hội tỉnh'))
  })
})

describe('council-supervision-programme-wrapped.txt: a council\'s supervision programme, hard-wrapped', () => {
  const f = 'council-supervision-programme-wrapped.txt'
  it('"… về: Kinh tế" / "- xã hội; …" is no bullet, so item 1.1 stays an item and a task', () => {
    expect(leaks(f, 'Xem xét báo cáo công tác 6 tháng đầu năm 2027')).toHaveLength(1)
    expect(leaks(f, 'xã hội; tình hình thực hiện ngân sách')).toHaveLength(1)
  })
  it('the programme\'s items are its owner\'s, the council\'s; the year-end session dates its items', () => {
    expect(lead(f, 'trả lời chất vấn của Chủ tịch')).toEqual(names('Hội đồng nhân dân tỉnh'))
    expect(lead(f, 'Xem xét các báo cáo khác')).toEqual(names('Hội đồng nhân dân tỉnh'))
    expect(end(f, 'Xem xét các báo cáo khác')).toBe('2027-12-31')
    expect(end(f, 'trả lời chất vấn của Chủ tịch')).toBeNull()
  })
})

describe('resolution-adopted-no-date-line.txt: a resolution copied without its number and date line', () => {
  const f = 'resolution-adopted-no-date-line.txt'
  it('is issued the day its closing sentence says it was adopted', () => {
    expect(doc(f).meta.issuedOn).toBe('2026-12-08')
    expect(doc(f).meta.kind).toBe('nghi-quyet')
  })
})

describe('news-page-link-head.md: a blog\'s copy of a news article, its head a link out and a picture', () => {
  const f = 'news-page-link-head.md'
  it('is a news article, and its instructions are still tasks', () => {
    expect(doc(f).meta.kind).toBe('tin-bai')
    expect(lead(f, 'rà soát các cửa khẩu phụ')).toEqual(names('Bộ Công Thương'))
  })
})

describe('site-copy-title-letterhead-one-line.txt: a legal site\'s copy whose title runs into the letterhead', () => {
  const f = 'site-copy-title-letterhead-one-line.txt'
  it('"… do Bộ Y tế ban hành. BỘ Y TẾ -------": the letter is the ministry\'s', () => {
    expect(doc(f).meta.issuer?.name).toBe('Bộ Y tế')
    expect(doc(f).meta.number).toBe('512/BYT-KCB')
    expect(end(f, 'Chỉ đạo các bệnh viện bố trí nhân lực')).toBe('2027-12-14')
  })
})

describe('page-items-open-with-period.md: a page\'s quoted items that open with a time of each period', () => {
  const f = 'page-items-open-with-period.md'
  it('"Hằng tháng tổng hợp …", "Định kỳ hằng quý, rà soát …" are the heading body\'s tasks, as "Đôn đốc …" is', () => {
    expect(lead(f, 'Hằng tháng tổng hợp')).toEqual(names('Bộ Khoa học và Công nghệ'))
    expect(lead(f, 'Định kỳ hằng quý, rà soát')).toEqual(names('Bộ Khoa học và Công nghệ'))
  })
})

describe('scan-letterhead-motto-run-in.md: a scanned letter whose letterhead lines run into the national motto', () => {
  const f = 'scan-letterhead-motto-run-in.md'
  it('"TONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc" under "BỘ TÀI CHÍNH …": the letter is the department\'s, not the ministry\'s', () => {
    expect(doc(f).meta.issuer?.name).toBe('Tổng cục Thuế')
    expect(doc(f).meta.number).toBe('5120/TCT-KK')
  })
})

describe('commitments-and-localities.txt: a letter with its subject line and no "Kính gửi:"', () => {
  it('is a letter (cong-van), told by its "V/v …" line under the number', () => {
    expect(doc('commitments-and-localities.txt').meta.kind).toBe('cong-van')
  })
})

describe('site-page-plan-lost-marks.md: a site\'s page giving a plan whose items lost their marks, then quoting a decision', () => {
  const f = 'site-page-plan-lost-marks.md'
  it('a ground named inside a sentence ("… căn cứ quy định tại điểm b khoản 7 Điều 3 Nghị định …") opens no quotation of law', () => {
    expect(end(f, 'Báo cáo kết quả kiểm tra về Sở Y tế')).toBe('2027-12-14')
  })
  it('"- Tập huấn, bồi dưỡng …" heads paragraphs of work: each one that opens with an action is a task', () => {
    expect(task(f, 'Tổ chức Hội thảo chia sẻ kinh nghiệm')).toBeTruthy()
    expect(task(f, 'Phát huy vai trò của Trung tâm Kiểm nghiệm')).toBeTruthy()
  })
  it('the answer that quotes another act, a decision ("Tại điểm 3 Mục III Quyết định 2371/QĐ-TTg …"), assigns nothing; one that quotes the plan does', () => {
    expect(leaks(f, 'Thực hiện khảo sát và đánh giá năng lực')).toEqual([])
    expect(leaks(f, 'Nâng cao và chuẩn hóa năng lực')).toEqual([])
    expect(lead(f, 'tổng hợp kết quả kiểm nghiệm')).toEqual(names('Sở Y tế'))
  })
})

describe('site-page-request-citing-decree.md: a letter\'s lead-in that cites a decree and asks for the items', () => {
  const f = 'site-page-request-citing-decree.md'
  it('"…, căn cứ trách nhiệm hậu kiểm quy định tại Điều 38 Nghị định …, Cục … đề nghị Sở Y tế các tỉnh … thực hiện các nội dung sau:" opens the letter\'s items', () => {
    expect(end(f, 'Chủ động rà soát, lấy mẫu kiểm nghiệm')).toBe('2026-12-30')
    expect(end(f, 'Tiếp tục phối hợp liên ngành')).toBe('2027-01-14')
  })
  it('the law quoted under the next headline still assigns nothing', () => {
    expect(leaks(f, 'Tuân thủ các điều kiện bảo đảm an toàn thực phẩm')).toEqual([])
  })
})

describe('guidance-role-items.md: a university\'s guidance whose items are given by role ("Khoa gửi …", "Sinh viên nộp …")', () => {
  const f = 'guidance-role-items.md'
  it('an item opened by a role, then an action, is a task with no lead (a role is no body)', () => {
    expect(end(f, 'Khoa gửi danh sách sinh viên')).toBe('2027-04-14')
    expect(end(f, 'Sinh viên nộp 02 bản cứng')).toBe('2027-05-19')
    expect(lead(f, 'Thư ký hội đồng tổng hợp phiếu chấm')).toEqual([])
    expect(end(f, 'Sinh viên chỉnh sửa khóa luận')).toBe('2027-06-30')
  })
  it('what a role must be or may do is no task', () => {
    expect(leaks(f, 'không bị kỉ luật')).toEqual([])
    expect(leaks(f, 'chỉ được bảo vệ khóa luận')).toEqual([])
  })
})

describe('letterhead-university-unit.md: a letterhead whose unit the lexicon does not list, in capitals', () => {
  it('"ĐẠI HỌC QUỐC GIA BÌNH AN" / "TRƯỜNG ĐẠI HỌC KHOA HỌC BIỂN": the school issues, named as its own text names it', () => {
    expect(doc('letterhead-university-unit.md').meta.issuer?.name).toBe('Trường Đại học Khoa học Biển')
  })
})

describe('news-ordinal-measures.md: measures a speaker lists by ordinal words', () => {
  const f = 'news-ordinal-measures.md'
  it('"Thứ hai, tổ chức …", "Thứ ba, đẩy mạnh …": each measure that opens with an action is a task', () => {
    expect(task(f, 'tổ chức phòng, chống buôn lậu ngay trong lực lượng')).toBeTruthy()
    expect(task(f, 'đẩy mạnh phong trào toàn dân')).toBeTruthy()
  })
  it('an ordinal that opens a finding ("Thứ tư, vùng biên giới hiện nay vẫn là …") is none', () => {
    expect(leaks(f, 'vùng biên giới hiện nay')).toEqual([])
  })
})

describe('decision-authority-after-gap.txt: the enacting People\'s Committee under the title, after a gap', () => {
  it('the grounds under it ("Căn cứ Nghị quyết …", "Xét đề nghị …") stay in the preamble: no task', () => {
    expect(leaks('decision-authority-after-gap.txt', 'Căn cứ Nghị quyết số 25/NQ-HĐND')).toEqual([])
    expect(lead('decision-authority-after-gap.txt', 'thông báo kế hoạch vốn')).toEqual(names('Sở Tài chính'))
  })
})

describe('decision-figures.txt: a decision that gives figures by their labels', () => {
  it('"a) Nguồn vốn ngân sách tập trung: 3.609.811 triệu đồng." is a figure, not work ("tập trung" here names the budget)', () => {
    expect(leaks('decision-figures.txt', 'Nguồn vốn ngân sách tập trung')).toEqual([])
    expect(lead('decision-figures.txt', 'hướng dẫn các chủ đầu tư giải ngân')).toEqual(names('Sở Tài chính'))
  })
})

describe('plan-amended-as-carried-out.txt: the plan says it will be amended as it is carried out', () => {
  const f = 'plan-amended-as-carried-out.txt'
  it('"Kế hoạch này được tiếp tục điều chỉnh, bổ sung …" is no task; the request to report difficulties is', () => {
    expect(leaks(f, 'Kế hoạch này được tiếp tục điều chỉnh')).toEqual([])
    expect(task(f, 'đề nghị các đơn vị báo cáo về Sở Xây dựng')).toBeTruthy()
  })
})

describe('guidance-office-name-with-comma.md: an office whose name holds a comma heads its duties', () => {
  const f = 'guidance-office-name-with-comma.md'
  it('"**1. Phòng Xúc tiến Nghiên cứu, Hợp tác và Phát triển**" leads the items under it', () => {
    expect(lead(f, 'Thiết lập quan hệ, tổ chức ký kết')).toEqual(names('Phòng Xúc tiến Nghiên cứu, Hợp tác và Phát triển'))
    expect(lead(f, 'Hỗ trợ thanh toán kinh phí')).toEqual(names('Phòng Kế hoạch, Tài chính'))
  })
  it('"Phòng PC04, SĐT …" is no body named "Phòng PC04, SĐT"', () => {
    expect(doc(f).agencies.map((a) => a.name)).not.toContain('Phòng PC04, SĐT')
  })
})

describe('decision-excerpt-self-named.md, plan-excerpt-self-named.md: excerpts with neither letterhead nor title', () => {
  it('"… thực hiện Quyết định này", "… triển khai Kế hoạch này": the excerpt is the kind it names itself', () => {
    expect(doc('decision-excerpt-self-named.md').meta.kind).toBe('quyet-dinh')
    expect(doc('plan-excerpt-self-named.md').meta.kind).toBe('ke-hoach')
    expect(lead('plan-excerpt-self-named.md', 'Rà soát, thẩm tra danh sách')).toEqual(names('Sở Lao động - Thương binh và Xã hội'))
  })
  it('"3. Ủy ban nhân dân các quận, huyện" / "Tổ chức triển khai Kế hoạch này …": the paragraph with no mark under it is a task', () => {
    expect(task('plan-excerpt-self-named.md', 'Tổ chức triển khai Kế hoạch này trên địa bàn')).toBeTruthy()
  })
})

describe('program-years-wrapped-at-dash.txt: a span of years cut after its dash, a planning period', () => {
  const f = 'program-years-wrapped-at-dash.txt'
  it('"… giai đoạn 2026-" / "2030." is one item; the year alone is no task', () => {
    expect(task(f, 'Nghị quyết xây dựng nông thôn mới và giảm nghèo bền vững giai đoạn 2026- 2030')).toBeTruthy()
    expect(doc(f).tasks.filter((t) => t.text.trim() === '2030.')).toEqual([])
  })
  it('"điều chỉnh quy hoạch xã … thời kỳ 2021 - 2030" names the planning, no deadline; "trong năm 2027" still is one', () => {
    expect(end(f, 'điều chỉnh quy hoạch xã An Hải')).toBeNull()
    expect(end(f, 'hoàn thành kiểm kê đất đai')).toBe('2027-12-31')
  })
})

describe('page-wrapped-party-plan.md: a page that wraps a Party plan under its own headline and card', () => {
  const f = 'page-wrapped-party-plan.md'
  it('the card\'s fields on one line ("**Số hiệu:** 21-KH/ĐU | **Ngày ban hành:** ngày 03/9/2026") give what the letterhead left blank', () => {
    expect([doc(f).meta.number, doc(f).meta.issuedOn]).toEqual(['21-KH/ĐU', '2026-09-03'])
  })
  it('the letterhead beside "ĐẢNG CỘNG SẢN VIỆT NAM", under the page\'s headline, issues the plan', () => {
    expect(doc(f).meta.issuer?.name).toBe('Đảng ủy xã An Hải')
    expect(lead(f, 'tổng hợp, xây dựng dự thảo báo cáo')).toEqual(names('Ủy ban Kiểm tra Đảng ủy'))
  })
})

describe('page-wrapped-party-programme.md: the same page for a programme, its code "CTr" with a small letter', () => {
  it('"**Số hiệu:** 7-CTr/ĐU" is the programme\'s number', () => {
    expect(doc('page-wrapped-party-programme.md').meta.number).toBe('7-CTr/ĐU')
  })
})

describe('scan-date-month-lost.txt: a scan whose date line lost its month, signed digitally', () => {
  it('"ngày 06 tháng 40 năm 2026" under the stamp "Thời gian ký: 07.10.2026" is 6 October 2026', () => {
    expect(doc('scan-date-month-lost.txt').meta.issuedOn).toBe('2026-10-06')
  })
})

describe('plan-partners-after-lead.txt: partners named after the lead, and through their forces', () => {
  const f = 'plan-partners-after-lead.txt'
  it('"Sở Nội vụ chủ trì, Sở Tài chính và Văn phòng … phối hợp": the two after the lead are its partners', () => {
    expect(lead(f, 'đẩy nhanh tiến độ sắp xếp bộ máy')).toEqual(names('Sở Nội vụ'))
    expect(coordinators(f, 'đẩy nhanh tiến độ sắp xếp bộ máy')).toEqual(names('Sở Tài chính', 'Văn phòng Ủy ban nhân dân tỉnh'))
  })
  it('"phối hợp chặt chẽ lực lượng Công an tỉnh" names Công an tỉnh as partner; "X phối hợp với Y" keeps X as lead', () => {
    expect(coordinators(f, 'kiểm tra an toàn thực phẩm')).toEqual(names('Công an tỉnh'))
    expect(lead(f, 'rà soát văn bản quy phạm pháp luật')).toEqual(names('Sở Tư pháp'))
  })
  it('"Các sở, ngành … phối hợp với Sở Kế hoạch và Đầu tư chủ trì, tổng kết …": the partner named before "chủ trì" leads', () => {
    expect(lead(f, 'tổng kết thực hiện kế hoạch phát triển')).toEqual(names('Sở Kế hoạch và Đầu tư'))
  })
  it('"Sở Tài chính chủ tri, …", a scan\'s "chủ trì" that lost its mark, still names who leads', () => {
    expect(lead(f, 'bố trí kinh phí thực hiện Kế hoạch')).toEqual(names('Sở Tài chính'))
    expect(coordinators(f, 'bố trí kinh phí thực hiện Kế hoạch')).toEqual(names('Sở Nội vụ'))
  })
})

describe('pdf-annex-numbered-partners.txt: a PDF annex whose partners\' cell numbers its bodies, one a line', () => {
  it('"(1) Bộ Tư pháp" / "(2) Bộ Nội vụ" are no tasks; the row\'s work is', () => {
    const f = 'pdf-annex-numbered-partners.txt'
    expect(leaks(f, 'Bộ Tư pháp').filter((t) => t.trim() === 'Bộ Tư pháp')).toEqual([])
    expect(task(f, 'Sửa đổi, bổ sung Nghị định về chức năng')).toBeTruthy()
  })
  it('the row is read by its header, the body before its task: "Đơn vị" leads, the numbered list coordinates, the time is its own', () => {
    const f = 'pdf-annex-numbered-partners.txt'
    expect(lead(f, 'Sửa đổi, bổ sung Nghị định về chức năng')).toEqual(names('Bộ Công an'))
    expect(coordinators(f, 'Sửa đổi, bổ sung Nghị định về chức năng')).toEqual(names('Bộ Tư pháp', 'Bộ Nội vụ'))
    expect(end(f, 'Sửa đổi, bổ sung Nghị định về chức năng')).toBe('2027-09-30')
  })
})

describe('guidance-school-self-named.txt: a school that speaks of itself by its head noun', () => {
  it('"Trường định kỳ tổ chức tập huấn …" is led by the school that issued the guidance', () => {
    expect(lead('guidance-school-self-named.txt', 'định kỳ tổ chức tập huấn')).toEqual(names('Trường Đại học Khoa học Biển'))
  })
})

describe('directive-period-from-year.txt: a period that opens with "từ"', () => {
  const f = 'directive-period-from-year.txt'
  it('"trong giai đoạn từ năm 2027" is a start, so the item keeps its own time (quý III năm 2026)', () => {
    expect(end(f, 'xây dựng Đề án lựa chọn một số cụm công nghiệp')).toBe('2026-09-30')
    expect(end(f, 'Theo dõi việc hỗ trợ doanh nghiệp')).toBeNull()
  })
  it('a plan\'s "giai đoạn từ năm 2026 đến năm 2030" names the plan; a dash or "đến" with no plan is a range', () => {
    expect(end(f, 'rà soát quy hoạch cụm công nghiệp')).toBe('2026-12-31')
    expect(end(f, 'bố trí vốn cho các cụm công nghiệp')).toBe('2028-12-31')
  })
})

describe('party-plan-advisory-bodies-heading.txt: a heading that opens with the committee\'s advisory bodies', () => {
  const f = 'party-plan-advisory-bodies-heading.txt'
  it('"Các cơ quan, tham mưu giúp việc Đảng ủy, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các cấp ủy …:" leads its items by the one body it names', () => {
    expect(lead(f, 'Chú trọng công tác quán triệt')).toEqual(names('Ủy ban Mặt trận Tổ quốc Việt Nam xã'))
    expect(lead(f, 'Tổ chức khai thác, sử dụng hiệu quả')).toEqual(names('Ủy ban Mặt trận Tổ quốc Việt Nam xã'))
  })
  it('under the advisory bodies alone, no named body leads', () => {
    expect(lead(f, 'Rà soát quy trình nghiệp vụ')).toEqual([])
  })
})

describe('pdf-item-dated-on-next-line.txt: an item\'s time that opens the next line of a PDF\'s text', () => {
  const f = 'pdf-item-dated-on-next-line.txt'
  it('"Hoàn thành trước 15/3/2027." dates the item above it, not the sentence after it', () => {
    expect(end(f, 'chủ động cụ thể hóa triển khai')).toBe('2027-03-14')
    expect(end(f, 'Thường xuyên rà soát, tham mưu')).toBeNull()
    expect(end(f, 'Hướng dẫn các chi bộ cập nhật')).toBe('2027-06-30')
  })
  it('no task opens with the time alone', () => {
    expect(doc(f).tasks.filter((t) => /^(?:Bảo đảm )?[Hh]oàn thành/u.test(t.text))).toEqual([])
  })
})

describe('conclusion-verdict-with-speaker.txt: verdicts with the body that speaks, a cue run into the next word, confidence', () => {
  const f = 'conclusion-verdict-with-speaker.txt'
  it('"Hội nghịcơ bản nhất trí thông qua …" and "Ban Chấp hành … đánh giá cao …" are verdicts, no tasks', () => {
    expect(leaks(f, 'nhất trí thông qua Chương trình làm việc')).toEqual([])
    expect(leaks(f, 'đánh giá cao tinh thần trách nhiệm')).toEqual([])
  })
  it('the request after the verdict is still a task, its "đề nghị" run into the next word ("đềnghịbổsung")', () => {
    expect(task(f, 'nội dung lãnh đạo công tác chuyển đổi số')).toBeTruthy()
    expect(lead(f, 'hướng dẫn các chi bộ rà soát')).toEqual(names('Ban Xây dựng Đảng'))
  })
  it('"Với tinh thần …, tin tưởng rằng … sẽ …" hopes, and is no task', () => {
    expect(leaks(f, 'tin tưởng rằng Ban Chấp hành')).toEqual([])
  })
})

describe('telegram-storm-position.md: a storm\'s position told in the middle of a telegram\'s requests', () => {
  const f = 'telegram-storm-position.md'
  it('"Hồi 10h ngày …, vị trí tâm bão … vào khoảng" / "13,0 độ vĩ bắc, …" is one line, and a report, no task', () => {
    expect(leaks(f, 'vị trí tâm bão số 14')).toEqual([])
    expect(leaks(f, 'cách đảo Sơn Ca')).toEqual([])
    expect(lead(f, 'bố trí lực lượng, phương tiện sẵn sàng')).toEqual(names('Bộ Quốc phòng', 'Bộ Công an'))
  })
})

describe('decision-sanction-clause.txt: a sanction among the duties of a decision', () => {
  const f = 'decision-sanction-clause.txt'
  it('"Những người có hành vi … sẽ bị xử lý kỷ luật …" is what befalls offenders, no task', () => {
    expect(leaks(f, 'giả mạo hồ sơ')).toEqual([])
  })
  it('a duty with a sanction after it is still a task', () => {
    expect(task(f, 'có trách nhiệm thực hiện nghiêm túc các quy định')).toBeTruthy()
  })
})

describe('programme-funding-sources.txt: the sources listed under "Nguồn vốn trong nước:"', () => {
  const f = 'programme-funding-sources.txt'
  it('a source of money is no task', () => {
    expect(leaks(f, 'Vốn tín dụng (bao gồm')).toEqual([])
    expect(leaks(f, 'Vốn ngân sách nhà nước từ chương trình')).toEqual([])
    expect(leaks(f, 'Tài trợ, ủy thác của các tổ chức quốc tế')).toEqual([])
  })
  it('an item under the sources that opens with an action still is one', () => {
    expect(task(f, 'Huy động các tổ chức quốc tế hỗ trợ kỹ thuật')).toBeTruthy()
  })
})

describe('telegram-report-bracket-wrapped.txt: a report whose bracket a line break left open', () => {
  const f = 'telegram-report-bracket-wrapped.txt'
  it('"Theo báo cáo của Bộ Tài chính (Cơ quan thường trực" / "Ban chỉ đạo 751), …" is one sentence, and a report, no task', () => {
    expect(leaks(f, 'Hệ thống 751 chỉ ghi nhận')).toEqual([])
    expect(doc(f).tasks.filter((t) => /^Ban chỉ đạo 751\)/u.test(t.text))).toEqual([])
    expect(end(f, 'Bộ Tài chính tổng hợp danh sách')).toBe('2026-12-09')
  })
})

describe('segmented-resolution-lowered-parts.txt: a word-segmented resolution, one sentence a line, its part titles lowered ("B . nhiệm_vụ và giải_pháp ")', () => {
  const f = 'segmented-resolution-lowered-parts.txt'
  it('each line under a numbered title is a sentence of its own, and each action in "B." is a task', () => {
    expect(task(f, 'Thống_nhất quản_lý công_tác đào_tạo').text.startsWith('Thống_nhất')).toBe(true)
    expect(end(f, 'Thống_nhất quản_lý công_tác đào_tạo')).toBe('2027-12-31')
    expect(task(f, 'Thí_điểm thành_lập bộ_phận')).toBeTruthy()
    expect(task(f, 'Đầu_tư cơ_sở vật_chất')).toBeTruthy()
  })
  it('the aims under "A . mục_tiêu" are no tasks', () => {
    expect(leaks(f, 'Hoàn_thiện hệ_thống các trường')).toEqual([])
    expect(leaks(f, 'cán_bộ chuyên_trách được bồi_dưỡng')).toEqual([])
  })
})

describe('resolution-part-letters.txt: parts lettered "A." and "B." right under the numbered part "II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP"', () => {
  const f = 'resolution-part-letters.txt'
  it('"A. MỤC TIÊU" is a heading of its own, not the end of the title above it: its items are aims', () => {
    expect(doc(f).sections.find((s) => s.title.startsWith('A.'))?.role).toBe('purpose')
    expect(leaks(f, 'Hoàn thiện hệ thống các trường')).toEqual([])
  })
  it('the actions under "B. NHIỆM VỤ VÀ GIẢI PHÁP" are tasks', () => {
    expect(doc(f).sections.find((s) => s.title.startsWith('B.'))?.role).toBe('tasks')
    expect(task(f, 'Thí điểm thành lập bộ phận')).toBeTruthy()
    expect(task(f, 'Đầu tư cơ sở vật chất')).toBeTruthy()
  })
})

describe('letter-grounds-cite-then-subject.txt: grounds that cite acts and their authors, then the body that acts', () => {
  const f = 'letter-grounds-cite-then-subject.txt'
  it('"Trên cơ sở Báo cáo … của Chính phủ và Kết luận … của Văn phòng Quốc hội, Bộ Xây dựng làm việc với …": the ministry leads', () => {
    expect(lead(f, 'để bổ sung hồ sơ dự án')).toEqual(names('Bộ Xây dựng'))
    expect(end(f, 'để bổ sung hồ sơ dự án')).toBe('2026-11-29')
  })
})

describe('plan-benefits-of-poor-households.txt: what those a plan helps may get, among the ways it is funded', () => {
  const f = 'plan-benefits-of-poor-households.txt'
  it('"hộ nghèo có nhu cầu được vay tín dụng …", "Người cao tuổi … được hỗ trợ thêm …" are benefits, no tasks', () => {
    expect(leaks(f, 'được vay tín dụng')).toEqual([])
    expect(leaks(f, 'được hỗ trợ thêm 5 triệu')).toEqual([])
  })
  it('a duty set on those helped is still a task, and so is a request beside the benefits', () => {
    expect(end(f, 'hoàn thành xây dựng nhà ở')).toBe('2026-09-29')
    expect(task(f, 'tích cực vận động các cơ quan')).toBeTruthy()
  })
})

describe('plan-english-acronym-department.txt: a department named by its English acronym (NAFIQAVED) and by a name with a comma and "và"', () => {
  const f = 'plan-english-acronym-department.txt'
  const nafiqaved = 'Cục Quản lý chất lượng, an toàn vệ sinh và thú y thủy sản'
  it('the acronym, in capitals or not, is that department', () => {
    expect(coordinators(f, 'xây dựng tiêu chuẩn về phòng kiểm dịch')).toEqual(names(nafiqaved))
    expect(coordinators(f, 'tổ chức khảo sát công nghệ')).toEqual(names('Trung tâm Khuyến ngư Quốc gia', nafiqaved))
  })
  it('its full name is read whole', () => expect(lead(f, 'tăng cường kiểm dịch tôm giống')).toEqual(names(nafiqaved)))
})

describe('resolution-counted-months-bracket.txt: the months a count names, in brackets, beside the time of the work', () => {
  const f = 'resolution-counted-months-bracket.txt'
  it('"chi trả gộp 03 tháng lương hưu (tháng 12 …, tháng 01 và tháng 02 năm 2027) vào kỳ chi trả tháng 12 năm 2026" is due in December 2026', () => {
    expect(end(f, 'chi trả gộp 03 tháng lương hưu')).toBe('2026-12-31')
  })
  it('brackets that are all the item says of time still date it', () => expect(end(f, 'Hoàn thành 02 đợt kiểm tra')).toBe('2027-06-30'))
})

describe('letter-counted-from-act-in-force.txt: periods counted from the day an act the letter names takes effect', () => {
  const f = 'letter-counted-from-act-in-force.txt'
  it('"trong thời hạn 02 năm kể từ ngày Nghị định số 178/2026/NĐ-CP có hiệu lực thi hành", the letter saying that day (06/7/2026)', () => {
    expect(end(f, 'Rà soát, thống kê, phân loại tài sản')).toBe('2028-07-06')
  })
  it('an act whose day the letter does not say leaves the task undated', () => expect(end(f, 'Báo cáo kết quả rà soát')).toBeNull())
})

describe('directive-report-of-results-clause.txt: a report of results with its own date, after "; " in one item', () => {
  const f = 'directive-report-of-results-clause.txt'
  it('"…; Báo cáo kết quả thực hiện … và gửi về UBND tỉnh … trước ngày 10/11/2027" is a task of its own; the plan keeps its own date', () => {
    expect(end(f, 'Báo cáo kết quả thực hiện công tác')).toBe('2027-11-09')
    expect(end(f, 'xây dựng Kế hoạch thực hiện công tác')).toBe('2027-02-27')
    expect(lead(f, 'Báo cáo kết quả thực hiện công tác')).toEqual(names('Sở Nội vụ'))
  })
  it('a report that sends the action up ("…; báo cáo Ủy ban nhân dân tỉnh trước ngày …") stays with it', () => {
    expect(doc(f).tasks.filter((t) => t.text.startsWith('báo cáo Ủy ban'))).toEqual([])
    expect(end(f, 'hoàn thiện dự thảo Quy chế')).toBe('2027-07-14')
  })
})

describe('plan-audit-regional-office.txt: the State Audit\'s regional office by its short name, cut by a line break', () => {
  const f = 'plan-audit-regional-office.txt'
  it('"Kiểm toán khu" / "vực VII" is a body, with the Party bodies before it', () => {
    expect(lead(f, 'phối hợp kiểm tra, giám sát định kỳ')).toEqual(names('Ủy ban Kiểm tra Tỉnh ủy', 'Ban Nội chính Tỉnh ủy', 'Kiểm toán khu vực VII'))
  })
})

describe('news-list-marks-lost.md: a conclusion\'s list copied into a news page, one paragraph an item, its marks lost', () => {
  const f = 'news-list-marks-lost.md'
  it('after "Giao X: …", the paragraph that opens with an action is X\'s item, with its own date', () => {
    expect(lead(f, 'Lãnh đạo, chỉ đạo rà soát các dự án')).toEqual(names('Đảng ủy Chính phủ'))
    expect(end(f, 'Lãnh đạo, chỉ đạo rà soát các dự án')).toBe('2027-09-30')
  })
  it('after an item ending on a semicolon, the next items are the same body\'s, down to the report that closes the list', () => {
    expect(lead(f, 'Đề xuất bổ sung chức năng')).toEqual(names('Ban Tổ chức Trung ương'))
    expect(lead(f, 'Báo cáo Bộ Chính trị trong tháng 9/2027')).toEqual(names('Ban Tổ chức Trung ương'))
  })
  it('a line in lower case after a semicolon, a closing sentence and an appraisal are no items', () => {
    expect(leaks(f, 'thẩm định kỹ các đề án')).toEqual([])
    expect(leaks(f, 'Hội nghị diễn ra')).toEqual([])
    expect(leaks(f, 'Đánh giá cao sự chuẩn bị')).toEqual([])
  })
})

describe('news-requests-to-a-body.md: requests addressed to a body ("… có yêu cầu sau đây đối với Bộ Xây dựng như sau:") over paragraphs with no mark', () => {
  const f = 'news-requests-to-a-body.md'
  it('the body the requests are addressed to leads each paragraph after the lead-in, to the next heading', () => {
    expect(lead(f, 'Khẩn trương hoàn thiện cơ sở dữ liệu')).toEqual(names('Bộ Xây dựng'))
    expect(lead(f, 'Rà soát, đề xuất sửa đổi các quy định')).toEqual(names('Bộ Xây dựng'))
    expect(end(f, 'Khẩn trương hoàn thiện cơ sở dữ liệu')).toBe('2027-09-30')
  })
  it('a lead-in that announces facts, not requests ("… đã cung cấp thông tin … cụ thể như sau:"), makes no task of what it reports', () => {
    expect(leaks(f, 'đã giải ngân 3.000 tỷ đồng')).toEqual([])
  })
})

describe('plan-aims-grouped-by-verb.md: under the aims, a heading that opens with "Triển khai" only groups more aims', () => {
  const f = 'plan-aims-grouped-by-verb.md'
  it('"### Triển khai hiệu quả thương mại hóa 5G:" / "* 100% các xã, phường có sóng dịch vụ 5G." are targets, no tasks', () => {
    expect(leaks(f, '100% các xã, phường có sóng dịch vụ 5G')).toEqual([])
    expect(leaks(f, 'Tốc độ tải xuống dịch vụ 5G')).toEqual([])
  })
  it('the work the plan gives still is tasks', () => expect(lead(f, 'hướng dẫn các doanh nghiệp viễn thông')).toEqual(names('Sở Khoa học và Công nghệ')))
})

describe('letter-case-classed.txt: how a case is classed, in a letter\'s notes on a law', () => {
  const f = 'letter-case-classed.txt'
  it('"Trường hợp … thì lần khám … vẫn là khám bệnh trái tuyến" reads the rule: no task', () => {
    expect(leaks(f, 'vẫn là khám bệnh trái tuyến')).toEqual([])
  })
  it('a case then given a duty ("… thì Bảo hiểm xã hội các tỉnh phải đôn đốc …") is a task', () => {
    expect(doc(f).tasks.some((t) => t.text.includes('phải đôn đốc cơ sở cập nhật'))).toBe(true)
  })
})

describe('programme-spaces-lost-throughout.txt: a PDF that lost the space after marked letters all through', () => {
  const f = 'programme-spaces-lost-throughout.txt'
  it('the line under an item that names who prepares it, and when, is read as it would be with its spaces', () => {
    expect(lead(f, 'Đề án phát triển ứng dụng dữliệu dân cư')).toEqual(names('Đảng ủy Ủy ban nhân dân xã'))
    expect(coordinators(f, 'Đề án phát triển ứng dụng dữliệu dân cư')).toEqual(names('Chi bộ Công an xã'))
    expect(end(f, 'Đề án phát triển ứng dụng dữliệu dân cư')).toBe('2026-03-31')
    expect(leaks(f, 'Đảng uỷUBND xã chủtrì, phối hợp Chi bộCông an')).toEqual([])
  })
  it('"trình Ban Thường vụĐảng uỷtrước ngày 25/9/2026" is a limit: the day before', () => {
    expect(end(f, 'Báo cáo sơ kết công tác kiểm tra')).toBe('2026-09-24')
  })
  it('what the output quotes is the text as written', () => {
    expect(task(f, 'Báo cáo sơ kết công tác kiểm tra').text).toContain('Văn phòng Đảng uỷchủtrì')
    expect(task(f, 'Báo cáo sơ kết công tác kiểm tra').deadline?.text).toBe('trước ngày 25/9/2026')
  })
})

describe('page-letter-items-restart.md: a page\'s numbered headings over a letter whose items start again at 1.', () => {
  const f = 'page-letter-items-restart.md'
  it('the letter\'s "1.", "2." … under its lead-in are the lead-in\'s items, not siblings of the page\'s "### 2." and "### 3."', () => {
    const asked = names('Hội đồng nhân dân xã', 'Ủy ban nhân dân xã', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã')
    expect(lead(f, 'Tổ chức quán triệt, tuyên truyền sâu rộng Kết luận')).toEqual(asked)
    expect(lead(f, 'Chuẩn hóa các hoạt động của cơ quan, đơn vị')).toEqual(asked)
  })
  it('an item that names its own body keeps it', () => {
    expect(lead(f, 'kiểm tra, giám sát việc thực hiện')).toEqual(names('Ủy ban Kiểm tra Đảng ủy'))
    expect(end(f, 'kiểm tra, giám sát việc thực hiện')).toBe('2026-06-29')
    expect(lead(f, 'theo dõi, đôn đốc, tổng hợp kết quả')).toEqual(names('Văn phòng Đảng ủy'))
  })
})

describe('news-items-counted.md: a news page that counts its items in words ("*Một là*, …", "*Hai là*, …")', () => {
  const f = 'news-items-counted.md'
  it('each counted item that opens with work is a task, "làm tốt công tác …" included', () => {
    for (const a of ['thực hiện nghiêm túc, có hiệu quả các chỉ đạo', 'làm tốt công tác tuyên truyền', 'nghiên cứu giải pháp thúc đẩy', 'tăng cường hợp tác với chính quyền địa phương']) expect(task(f, a).text).toMatch(/^\S+ là, /u)
  })
  it('an item that names its body keeps it', () => {
    expect(lead(f, 'tăng cường kiểm tra các tuyến đường mòn')).toEqual(names('Công an tỉnh'))
    expect(coordinators(f, 'tăng cường kiểm tra các tuyến đường mòn')).toEqual(names('Cục Hải quan tỉnh'))
  })
  it('what was done is no task', () => expect(leaks(f, 'đã bắt giữ 1.250 vụ vi phạm')).toEqual([]))
})

describe('news-act-just-signed.md: a news page that tells of acts just signed ("… vừa ký Quyết định …")', () => {
  const f = 'news-act-just-signed.md'
  it('an act just signed or issued is news, not work, whatever the act does', () => {
    expect(leaks(f, 'vừa ban hành Nghị định số 45/2026/NĐ-CP')).toEqual([])
    expect(leaks(f, 'vừa ký Quyết định số 2210/QĐ-TTg')).toEqual([])
  })
  it('the plan\'s work it reports is still a task', () => {
    expect(lead(f, 'rà soát các khu dân cư có nguy cơ sạt lở')).toEqual(names('Sở Nông nghiệp và Môi trường'))
    expect(end(f, 'rà soát các khu dân cư có nguy cơ sạt lở')).toBe('2027-01-30')
  })
})

describe('procedure-steps-counted-from-receipt.txt: a resolution whose procedures count their steps from an opinion or a request received', () => {
  const f = 'procedure-steps-counted-from-receipt.txt'
  it('a step counted from what the step before sends is the procedure, no task, "chủ trì" and all; nor its condition', () => {
    expect(leaks(f, 'kể từ ngày nhận được ý kiến của Sở Xây dựng')).toEqual([])
    expect(leaks(f, 'kể từ khi nhận được đề nghị của doanh nghiệp')).toEqual([])
    expect(leaks(f, 'Trường hợp không cấp phải trả lời bằng văn bản')).toEqual([])
  })
  it('a time counted from the resolution\'s own arrival still sets a task', () => {
    expect(lead(f, 'công bố thủ tục hành chính được đơn giản hóa')).toEqual(names('Bộ Công Thương'))
    expect(coordinators(f, 'công bố thủ tục hành chính được đơn giản hóa')).toEqual(names('Bộ Tư pháp'))
    expect(lead(f, 'theo dõi, đôn đốc, kiểm tra việc thực hiện')).toEqual(names('Bộ Tư pháp'))
  })
})

describe('decision-partners-past-bare-collective.txt: a list of partners with a collective written without "các" in its middle', () => {
  const f = 'decision-partners-past-bare-collective.txt'
  it('the list goes on past "tổ chức chính trị - xã hội cấp trung ương" to the chamber named after it', () => {
    expect(lead(f, 'tổ chức thực hiện Quyết định này')).toEqual(names('Bộ Công an'))
    expect(coordinators(f, 'tổ chức thực hiện Quyết định này')).toEqual(names('Liên đoàn Thương mại và Công nghiệp Việt Nam'))
  })
  it('the chamber by its name since 2025 leads its own item', () => {
    expect(lead(f, 'hướng dẫn doanh nghiệp hội viên')).toEqual(names('Liên đoàn Thương mại và Công nghiệp Việt Nam'))
    expect(end(f, 'hướng dẫn doanh nghiệp hội viên')).toBe('2026-09-29')
  })
})

describe('decision-licence-conditions.txt: the conditions a licence asks of those who apply, in articles and numbered items', () => {
  const f = 'decision-licence-conditions.txt'
  it('what an applicant must have ("Thương nhân phải có kho chứa …") is a condition, no task', () => {
    expect(leaks(f, 'phải có kho chứa')).toEqual([])
    expect(leaks(f, 'phải có bằng đại học')).toEqual([])
    expect(leaks(f, 'phải được kiểm định và dán nhãn')).toEqual([])
  })
  it('the duties of the article after them are tasks', () => {
    expect(task(f, 'kiểm tra việc đáp ứng điều kiện kinh doanh').lead.map((a) => a.name)).toEqual(['Sở Công Thương các tỉnh'])
    expect(end(f, 'kiểm tra việc đáp ứng điều kiện kinh doanh')).toBe('2026-12-14')
    expect(lead(f, 'hướng dẫn thực hiện Thông tư này')).toEqual(names('Cục Kỹ thuật an toàn và Môi trường công nghiệp'))
  })
})

describe('news-time-headline-act-just-issued.md: a news page whose headline opens with "Thời gian …" and tells of a plan just issued', () => {
  const f = 'news-time-headline-act-just-issued.md'
  it('the plan just issued is news, even in a section a time heading opens', () => expect(leaks(f, 'vừa ban hành Kế hoạch 118/KH-UBND')).toEqual([]))
  it('the work the page reports is still a task', () => {
    expect(lead(f, 'tổ chức giao nhận quân')).toEqual(names('Bộ Chỉ huy Quân sự tỉnh'))
    expect(coordinators(f, 'tổ chức giao nhận quân')).toEqual(names('Công an tỉnh'))
    expect(end(f, 'tổ chức giao nhận quân')).toBe('2027-02-27')
  })
})

describe('regulation-general-provisions.txt: a regulation whose chapter of general provisions holds articles titled with task words', () => {
  const f = 'regulation-general-provisions.txt'
  it('the articles of "QUY ĐỊNH CHUNG" give no one work, whatever their titles ("Hình thức …", "Trách nhiệm sử dụng thẻ")', () => {
    expect(leaks(f, 'Thẻ có hai dạng là thẻ cứng')).toEqual([])
    expect(leaks(f, 'Sử dụng thẻ đúng mục đích')).toEqual([])
    expect(leaks(f, 'Giữ gìn và bảo quản thẻ')).toEqual([])
  })
  it('the chapter after it still does', () => {
    expect(lead(f, 'hướng dẫn việc cấp thẻ')).toEqual(names('Bộ Xây dựng'))
    expect(coordinators(f, 'hướng dẫn việc cấp thẻ')).toEqual(names('Bộ Công an'))
    expect(end(f, 'hướng dẫn việc cấp thẻ')).toBe('2026-09-29')
    expect(lead(f, 'kiểm tra việc sử dụng thẻ')).toEqual(names('Cục Hàng không Việt Nam'))
  })
})

describe('decision-decentralised-powers.txt: a decision whose articles hand bodies powers ("Phân cấp cho X thực hiện một số nhiệm vụ, quyền hạn sau")', () => {
  const f = 'decision-decentralised-powers.txt'
  it('each numbered power under such an article is the named body\'s work, whatever its verb ("Quản lý …", "Thẩm định …")', () => {
    expect(lead(f, 'Quản lý hoạt động của các siêu thị')).toEqual(names('Sở Công Thương'))
    expect(lead(f, 'Thẩm định phương án giá')).toEqual(names('Sở Tài chính'))
    expect(lead(f, 'Quản lý tài sản kết cấu hạ tầng chợ')).toEqual(names('Sở Tài chính'))
    // (handed to a collective, the powers are work with no named lead)
    expect(task(f, 'Quản lý hoạt động của các chợ hạng 2').lead.filter((a) => !a.generic)).toEqual([])
  })
  it('a clause wrapped before its article ("… tại khoản 1" / "Điều này.") stays in its item', () => {
    expect(leaks(f, 'Điều này.')).toEqual([expect.stringContaining('Cấp Giấy phép kinh doanh')])
  })
  it('a unit named with the body it belongs to ("Phòng Quản lý thương mại thuộc Sở Công Thương") is the unit', () => {
    expect(lead(f, 'tổng hợp kết quả')).toEqual(names('Phòng Quản lý thương mại'))
    expect(end(f, 'tổng hợp kết quả')).toBe('2027-12-14')
  })
  it('an article on who is competent ("Điều 6. Thẩm quyền gia hạn Giấy phép kinh doanh") gives no one work', () => {
    expect(leaks(f, 'quyết định gia hạn Giấy phép kinh doanh')).toEqual([])
    expect(leaks(f, 'xem xét gia hạn giấy phép đối với các hộ')).toEqual([])
  })
  it('a number typed into its blank ("Số: 41 /2027/QĐ-UBND") is read', () => expect(doc(f).meta.number).toBe('41/2027/QĐ-UBND'))
})

describe('council-supervision-programme-nouns.txt: a council\'s supervision programme whose items are the matters supervised, nouns', () => {
  const f = 'council-supervision-programme-nouns.txt'
  it('each matter under "Điều 1. Ban hành Chương trình giám sát … Cụ thể như sau:" is the council\'s work', () => {
    expect(lead(f, 'Báo cáo công tác 06 tháng đầu năm')).toEqual(names('Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu'))
    expect(lead(f, 'Việc tuân theo Hiến pháp')).toEqual(names('Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu'))
    expect(lead(f, 'Việc ban hành văn bản quy phạm')).toEqual(names('Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu'))
  })
  it('the year of a reported topic ("… chống lãng phí năm 2027;") is no deadline', () => expect(end(f, 'Các Báo cáo của Ủy ban nhân dân')).toBeNull())
  it('an article\'s number alone on its line ("Điều 2.") is no task', () => expect(leaks(f, 'Điều 2.')).toEqual([]))
  it('"1. Thường trực Hội đồng nhân dân tỉnh:" leads its items as the standing body', () => {
    expect(lead(f, 'Tổ chức Hội nghị chất vấn')).toEqual(names('Thường trực Hội đồng nhân dân tỉnh'))
  })
  it('the day the closing sentence says it was adopted, its place cut at its dash\'s part ("tỉnh Bà" / "Rịa–Vũng Tàu"), dates it', () => {
    expect(doc(f).meta.issuedOn).toBe('2027-07-20')
    expect(doc(f).meta.issuer?.name).toBe('Hội đồng nhân dân tỉnh Bà Rịa-Vũng Tàu')
  })
})

describe('resolution-numbered-series.txt: a resolution of a numbered series ("Số: 66.31/2027/NQ-CP")', () => {
  const f = 'resolution-numbered-series.txt'
  it('its number is read whole, its dot kept', () => expect(doc(f).meta.number).toBe('66.31/2027/NQ-CP'))
  it('its article still gives work', () => {
    expect(lead(f, 'rà soát các thủ tục cấp phép')).toEqual(names('Bộ Nông nghiệp và Môi trường'))
    expect(end(f, 'rà soát các thủ tục cấp phép')).toBe('2027-06-29')
  })
})

describe('communes-named-like-bodies.txt: communes whose names begin with a body\'s head word, a committee by its short form', () => {
  const f = 'communes-named-like-bodies.txt'
  it('"Xã Trường Xuân", "Phường Hội Hợp", "Xã Đoàn Kết" are places: no school, association or delegation among the bodies', () => {
    const bodies = doc(f).agencies.map((a) => a.name)
    expect(bodies.filter((n) => /^(?:Trường|Hội Hợp|Đoàn Kết)/u.test(n))).toEqual([])
    expect(lead(f, 'Xây dựng mới 5 địa bàn cấp xã')).toEqual([])
  })
  it('"Ủy ban Công tác về các tổ chức PCPNN" is the committee for foreign NGOs, named in full, and coordinates', () => {
    expect(coordinators(f, 'vận động các dự án hỗ trợ cai nghiện')).toEqual(names('Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài', 'Hội Nông dân tỉnh'))
  })
})

describe('stacked-table-row-reads-on.txt: a PDF table flattened one cell per line, read as the row runs on', () => {
  const f = 'stacked-table-row-reads-on.txt'
  it('the row reads on from its task into the body that leads it, as a reader of the flattened text sees it', () => {
    expect(lead(f, 'viên chức và người dân trên địa bàn tỉnh. Sở Văn hóa, Thể thao và Du lịch')).toEqual(names('Sở Văn hóa, Thể thao và Du lịch'))
    expect(lead(f, 'kết nối với Cổng dịch vụ công quốc gia. Sở Khoa học và Công nghệ')).toEqual(names('Sở Khoa học và Công nghệ'))
  })
  it('the cells after the lead are no part of the text: coordinators and the time stay in their fields', () => {
    expect(leaks(f, 'Báo Bình An')).toEqual([])
    expect(leaks(f, 'Hội nghị, chuyên mục')).toEqual([])
    expect(coordinators(f, 'Xây dựng cơ sở dữ liệu dùng chung')).toEqual(names('Văn phòng Ủy ban nhân dân tỉnh'))
    expect(end(f, 'Xây dựng cơ sở dữ liệu dùng chung')).toBe('2026-09-29')
  })
  it('a body item that says what a row\'s task cell says is still that row, one task led as the row says', () => {
    expect(leaks(f, 'Bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch')).toHaveLength(1)
    expect(lead(f, 'Bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch')).toEqual(names('Sở Tài chính'))
  })
  it('the sentence that sends the reader to the table ("Các nhiệm vụ cụ thể khác được phân công tại bảng …") is no task', () => {
    expect(leaks(f, 'được phân công tại bảng dưới đây')).toEqual([])
  })
})

describe('lead-first-merged-table.txt: a PDF\'s table whose body, before its tasks, Word merged over several of them', () => {
  const f = 'lead-first-merged-table.txt'
  it('each task of a row is a task of the row\'s body, the tasks above the first number the first row\'s', () => {
    expect(lead(f, 'Tham mưu Chính phủ ban hành Nghị định')).toEqual(names('Bộ Khoa học và Công nghệ'))
    expect(lead(f, 'Ban hành quy chuẩn kỹ thuật')).toEqual(names('Bộ Khoa học và Công nghệ'))
    // (after the page break, the tasks before the next number go on with the row above)
    expect(lead(f, 'Hướng dẫn các bộ, ngành kết nối')).toEqual(names('Bộ Khoa học và Công nghệ'))
    expect(lead(f, 'Chuẩn bị hạ tầng điện, nước')).toEqual(names('Ủy ban nhân dân thành phố Hà Nội', 'Ủy ban nhân dân thành phố Hồ Chí Minh'))
  })
  it('a numbered list of partners is the partners\' cell, and the time its own', () => {
    expect(coordinators(f, 'Tham mưu Chính phủ ban hành Nghị định')).toEqual(names('Bộ Tư pháp', 'Văn phòng Chính phủ'))
    expect(coordinators(f, 'Chuẩn bị hạ tầng điện, nước')).toEqual(names('Bộ Công Thương', 'Bộ Xây dựng'))
    expect(end(f, 'Tham mưu Chính phủ ban hành Nghị định')).toBe('2026-12-31')
    expect(end(f, 'Bố trí mặt bằng')).toBe('2027-12-31')
    expect(task(f, 'Tham mưu Chính phủ ban hành Nghị định').text).not.toMatch(/Bộ Tư pháp/)
  })
})

describe('agenda-cited-papers.txt: a conclusion that lists the papers submitted to it', () => {
  const f = 'agenda-cited-papers.txt'
  it('a paper named by its kind and number ("Tờ trình số 31-TTr/ĐU …", "Báo cáo số 12-BC/ĐU …") is no task; the work on it is', () => {
    for (const p of ['Tờ trình số 31-TTr', 'Tờ trình số 32-TTr', 'Báo cáo số 12-BC']) expect(leaks(f, p)).toEqual([])
    expect(lead(f, 'hoàn thiện các tờ trình')).toEqual(names('Đảng ủy Ủy ban nhân dân xã'))
    expect(end(f, 'hoàn thiện các tờ trình')).toBe('2026-12-27')
  })
})

describe('minister-directs-forces.txt: a minister who directs the forces of his ministry', () => {
  const f = 'minister-directs-forces.txt'
  it('"Chỉ đạo các lực lượng Cảnh sát biển Việt Nam, Bộ đội Biên phòng …" is the ministry\'s task: the coast guard is a body, so the list after the verb is what is directed', () => {
    expect(lead(f, 'tăng cường tuần tra, kiểm soát các vùng biển')).toEqual(names('Bộ Quốc phòng'))
    expect(lead(f, 'tổng kết công tác tuần tra')).toEqual(names('Bộ Quốc phòng'))
    expect(doc(f).agencies.map((a) => a.name)).toContain('Cảnh sát biển Việt Nam')
  })
})

describe('directed-list-unknown-name.txt: a heading\'s body that directs a list whose first name the lexicon lacks', () => {
  const f = 'directed-list-unknown-name.txt'
  it('"Chỉ đạo hệ thống Thương vụ, Văn phòng Xúc tiến thương mại tăng cường …" is the ministry\'s: the office after the comma is directed, not a subject', () => {
    expect(lead(f, 'tăng cường kết nối doanh nghiệp')).toEqual(names('Bộ Công Thương'))
    expect(end(f, 'tăng cường kết nối doanh nghiệp')).toBe('2026-12-31')
    expect(lead(f, 'hỗ trợ doanh nghiệp tìm kiếm thị trường')).toEqual(names('Bộ Ngoại giao'))
  })
})

describe('regulation-short-name-duties.txt: a regulation calls its body by the head noun it defines, and states duties after a time or a condition', () => {
  const f = 'regulation-short-name-duties.txt'
  it('"… (sau đây gọi tắt là Trung tâm)": "Trung tâm gửi …", "Hằng năm, Trung tâm tổ chức …" are that body\'s tasks', () => {
    expect(lead(f, 'gửi giấy báo nhập học')).toEqual(names('Trung tâm chính trị xã, phường'))
    expect(lead(f, 'lấy ý kiến phản hồi của học viên')).toEqual(names('Trung tâm chính trị xã, phường'))
  })
  it('its director decides, or acts after a condition, for it ("Giám đốc Trung tâm quyết định tổ chức …", "…, giám đốc Trung tâm tổ chức …")', () => {
    expect(lead(f, 'quyết định tổ chức chấm phúc tra')).toEqual(names('Trung tâm chính trị xã, phường'))
    expect(lead(f, 'tổ chức đối thoại giữa các giảng viên')).toEqual(names('Trung tâm chính trị xã, phường'))
  })
  it('a passive after the time, the body no subject, is no task', () => {
    expect(leaks(f, 'hồ sơ lớp học được lưu trữ')).toEqual([])
  })
})

describe('report-next-year-plan.txt: a report due each year that proposes next year\'s plan', () => {
  const f = 'report-next-year-plan.txt'
  it('"Tháng 11 hằng năm, … báo cáo …, gồm: … dự kiến kế hoạch bồi dưỡng cho năm sau" recurs: next year names the plan, no end', () => {
    expect(end(f, 'dự kiến kế hoạch bồi dưỡng cho năm sau')).toBeNull()
  })
  it('"… trong năm sau" is still next year\'s end', () => {
    expect(end(f, 'cập nhật cơ sở dữ liệu cán bộ trong năm sau')).toBe('2027-12-31')
  })
})

describe('signature-only-issuer.md: a copy without its letterhead, signed by the Prime Minister in a table\'s cell', () => {
  const f = 'signature-only-issuer.md'
  it('the issuer is Thủ tướng Chính phủ, read from "| … | THỦ TƯỚNG Nguyễn Văn An |"', () => {
    expect(doc(f).meta.issuer?.name).toBe('Thủ tướng Chính phủ')
  })
  it('the tasks are still the bodies\'', () => {
    expect(lead(f, 'xây dựng chính sách hỗ trợ đào tạo nghề')).toEqual(names('Bộ Lao động - Thương binh và Xã hội'))
    expect(end(f, 'xây dựng chính sách hỗ trợ đào tạo nghề')).toBe('2026-12-31')
  })
})

describe('scanned-letter-lost-subject.txt: a scanned letter whose subject line the scan damaged ("VW thực hiện …")', () => {
  const f = 'scanned-letter-lost-subject.txt'
  it('is still a letter: its number\'s code names no kind of act, over "Kính gửi:"', () => {
    expect(doc(f).meta.kind).toBe('cong-van')
    expect(doc(f).meta.number).toBe('749/TCT-TTKT')
  })
  it('its items are the addressees\' tasks, dated', () => {
    expect(end(f, 'lập danh sách người nộp thuế có rủi ro cao')).toBe('2026-04-29')
  })
})

describe('letterhead-wrapped-unit.txt: a department\'s letter whose name wraps over three lines of the letterhead', () => {
  const f = 'letterhead-wrapped-unit.txt'
  it('the issuer is the department, its name read whole and in the case the text writes it, not the ministry above it', () => {
    expect(doc(f).meta.issuer?.name).toBe('Cục Ứng dụng, phát triển công nghệ và đổi mới sáng tạo')
  })
  it('"Vì vậy, đề nghị Sở căn cứ danh mục nhiệm vụ đã được điều chỉnh để …" asks: "đã được" tells which list', () => {
    expect(task(f, 'hướng dẫn các doanh nghiệp lựa chọn')).toBeTruthy()
  })
  it('"…, Cục có ý kiến như sau:" gives views: the department leads none of the items', () => {
    expect(lead(f, 'hướng dẫn các doanh nghiệp lựa chọn')).toEqual([])
    expect(lead(f, 'tổng hợp hồ sơ đăng ký nhiệm vụ')).toEqual(names('Sở Khoa học và Công nghệ tỉnh Bình An'))
  })
})

describe('letterhead-wrapped-unit.txt: the signature beside the list of recipients', () => {
  const f = 'letterhead-wrapped-unit.txt'
  it('"Nơi nhận:      KT. CỤC TRƯỞNG" / "- Như trên;      PHÓ CỤC TRƯỞNG": the capacity is the signer\'s, no recipient', () => {
    expect(doc(f).meta.recipients).toEqual(['Như trên', 'Lưu: VT, KHTH'])
    expect(doc(f).meta.signer?.capacity).toBe('KT. CỤC TRƯỞNG')
  })
})

describe('recurring-then-dated-report.txt: a weekly duty and, after "; ", a report due once', () => {
  const f = 'recurring-then-dated-report.txt'
  it('the weekly duty recurs: no end', () => {
    expect(end(f, 'Định kỳ thứ Hai hàng tuần tổng hợp tình hình')).toBeNull()
    expect(end(f, 'Định kỳ vào thứ Sáu hàng tuần báo cáo Sở Nội vụ')).toBeNull()
  })
  it('the report after "; " is a task of its own with its date, its body the heading\'s', () => {
    expect(task(f, 'xây dựng Báo cáo tổng thể kết quả sắp xếp').text).toMatch(/^xây dựng Báo cáo/u)
    expect(task(f, 'báo cáo kết quả sắp xếp thôn trước ngày').text).toMatch(/^báo cáo kết quả/u)
    expect(end(f, 'xây dựng Báo cáo tổng thể kết quả sắp xếp')).toBe('2026-07-19')
    expect(lead(f, 'xây dựng Báo cáo tổng thể kết quả sắp xếp')).toEqual(names('Sở Nội vụ'))
    expect(end(f, 'báo cáo kết quả sắp xếp thôn trước ngày')).toBe('2026-07-14')
  })
  it('"Định kỳ 6 tháng, báo cáo … trước ngày 15/6 và 15/12/2026" stays one task', () => {
    expect(end(f, 'báo cáo kết quả bố trí kinh phí')).toBe('2026-12-15')
    expect(task(f, 'báo cáo kết quả bố trí kinh phí').text).toMatch(/^Định kỳ 6 tháng/u)
  })
})

describe('scan-date-without-marks.txt: a decision a scan read without its marks', () => {
  const f = 'scan-date-without-marks.txt'
  it('"Binh An, ngdy 14 thdng 9 nam 2026" dates it', () => {
    expect(doc(f).meta.issuedOn).toBe('2026-09-14')
  })
  it('"QUYET DINH" in capitals names its kind, and "So: 412 /QD-UBND" its number (the colon tells the word from the verb "so")', () => {
    expect(doc(f).meta.kind).toBe('quyet-dinh')
    expect(doc(f).meta.number).toBe('412/QD-UBND')
  })
})

describe('letter-summing-up-asks.txt: summing-ups that ask, close, or only sum up', () => {
  const f = 'letter-summing-up-asks.txt'
  it('"Trên đây là ý kiến …, đề nghị Sở Tài chính tổng hợp …" is a task from its request on, led by the body asked', () => {
    expect(task(f, 'đề nghị Sở Tài chính tổng hợp, hoàn thiện dự thảo').text).toMatch(/^đề nghị Sở Tài chính/u)
    expect(lead(f, 'đề nghị Sở Tài chính tổng hợp, hoàn thiện dự thảo')).toEqual(names('Sở Tài chính'))
    // (the year of the plan it sums up, "năm 2027", dates nothing)
    expect(end(f, 'đề nghị Sở Tài chính tổng hợp, hoàn thiện dự thảo')).toBeNull()
  })
  it('one that closes with a call to carry the plan out, and one that only sums up, are no tasks', () => {
    expect(leaks(f, 'yêu cầu Trưởng các phòng, đơn vị thuộc Sở nghiêm túc')).toEqual([])
    expect(leaks(f, 'báo cáo của Sở Xây dựng về tình hình phát triển nhà ở')).toEqual([])
  })
  it('"trước ngày 20/11/2026 và tại các báo cáo định kỳ hằng tuần": a first time, then weekly, has no end', () => {
    expect(end(f, 'báo cáo tiến độ các dự án nhà ở xã hội')).toBeNull()
    expect(task(f, 'báo cáo tiến độ các dự án nhà ở xã hội').recurrence).toBe('weekly')
  })
})

describe('pdf-font-oi-for-u-horn.txt: a PDF whose font wrote every ư as ƣ', () => {
  const f = 'pdf-font-oi-for-u-horn.txt'
  it('"Sở Công Thƣơng" leads, "trƣớc ngày 30/6/2027" is a limit, "Ƣu tiên …" opens with its action', () => {
    expect(lead(f, 'rà soát quỹ đất các cụm công nghiệp')).toEqual(names('Sở Công Thương'))
    expect(end(f, 'rà soát quỹ đất các cụm công nghiệp')).toBe('2027-06-29')
    expect(task(f, 'cập nhật hiện trạng sử dụng đất').lead.map((a) => a.name)).toEqual(['Ủy ban nhân dân các xã, phường'])
    expect(task(f, 'bố trí vốn cho hạ tầng kỹ thuật').text).toMatch(/^3\. Ưu tiên/u)
  })
  it('the reading is noted where the letter first stands', () => {
    expect(doc(f).diagnostics).toContainEqual(expect.objectContaining({ code: 'reader-note', line: 11, column: 14 }))
  })
})

describe('cyrillic-lookalikes.txt: Cyrillic letters that look like Latin ones, inside Latin words', () => {
  const f = 'cyrillic-lookalikes.txt'
  it('"Nghị định số 40/2026/NĐ-СР" (С and Р Cyrillic) is cited by its whole number', () => {
    expect(doc(f).meta.references.map((r) => r.number)).toEqual(['40/2026/NĐ-CP'])
  })
  it('the reading is noted at the first such word', () => {
    expect(doc(f).diagnostics).toContainEqual(expect.objectContaining({ code: 'reader-note', line: 8, column: 24 }))
  })
})

describe('lead-in-lists-examples.txt: a lead-in ending "như:" over examples, and over work', () => {
  const f = 'lead-in-lists-examples.txt'
  it('the examples it gives ("- Hệ thống giám sát, …") are no tasks; the lead-in is, dated by its own year', () => {
    expect(leaks(f, 'Hệ thống giám sát, điều hành giao thông')).toEqual([])
    expect(leaks(f, 'Hệ thống kiểm tra tải trọng xe')).toEqual([])
    expect(task(f, 'triển khai các nền tảng số hỗ trợ điều hành').text).toMatch(/^1\. Nghiên cứu, triển khai/u)
    expect(end(f, 'triển khai các nền tảng số hỗ trợ điều hành')).toBe('2027-12-31')
  })
  it('items that open with work stay tasks of their own, and their lead-in is none', () => {
    expect(end(f, 'kiểm tra phương tiện vận tải hành khách')).toBe('2027-06-29')
    expect(task(f, 'Tuyên truyền về an toàn giao thông').text).toMatch(/^Tuyên truyền/u)
    expect(leaks(f, 'Tăng cường các giải pháp bảo đảm an toàn giao thông')).toEqual([])
  })
})

describe('comma-before-title.txt: a body\'s name, a comma, then a person\'s title', () => {
  const f = 'comma-before-title.txt'
  it('"Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh" names the board alone, not a body ending in the title', () => {
    const bodies = doc(f).agencies.map((a) => a.name)
    expect(bodies).toContain('Ban Thường vụ Tỉnh ủy')
    expect(bodies.filter((n) => /,\s*(?:Phó Chủ tịch|Giám đốc)/u.test(n))).toEqual([])
  })
  it('a comma before a field still goes on with the name: "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh"', () => {
    expect(lead(f, 'tổ chức hội nghị xúc tiến đầu tư')).toEqual(names('Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh'))
    expect(lead(f, 'đẩy nhanh tiến độ thi công')).toEqual(names('Ban Quản lý dự án đầu tư xây dựng tỉnh'))
  })
})

describe('grounds-then-body.txt: "Căn cứ …," then the body that acts', () => {
  const f = 'grounds-then-body.txt'
  it('the body after the grounds\' comma leads, whatever verb of the lexicon follows it ("Sở Nội vụ thẩm định …")', () => {
    expect(lead(f, 'thẩm định phương án bố trí cán bộ')).toEqual(names('Sở Nội vụ'))
    expect(lead(f, 'cân đối kinh phí thực hiện chính sách')).toEqual(names('Sở Tài chính'))
    expect(lead(f, 'tổng hợp báo cáo Ủy ban nhân dân tỉnh')).toEqual(names('Sở Nội vụ'))
  })
  it('the bodies the grounds name do not lead', () => {
    expect(lead(f, 'cân đối kinh phí thực hiện chính sách')).not.toContain(names('Sở Nội vụ')[0])
  })
})

describe('meeting-verbs-end-names.txt: a meeting\'s verbs after a board\'s name', () => {
  const f = 'meeting-verbs-end-names.txt'
  it('"… Ban Chỉ đạo 389 quốc gia diễn ra …", "Ban Chỉ đạo thảo luận" name the boards, without the verbs', () => {
    const bodies = doc(f).agencies.map((a) => a.name)
    expect(bodies).toContain('Ban Chỉ đạo 389 quốc gia')
    expect(bodies.filter((n) => /diễn|thảo luận|phát biểu/u.test(n))).toEqual([])
  })
  it('the standing office of the board leads its item', () => {
    expect(lead(f, 'xây dựng Kế hoạch công tác năm 2027')).toEqual(names('Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia'))
    expect(end(f, 'xây dựng Kế hoạch công tác năm 2027')).toBe('2027-01-30')
  })
})

describe('time-label-colon.txt: a time set apart by a colon before the work', () => {
  const f = 'time-label-colon.txt'
  it('"Trước buổi bảo vệ 01 ngày: Phòng Đào tạo chuẩn bị …" is a task, led by the body after the colon', () => {
    expect(task(f, 'chuẩn bị phòng họp, trang thiết bị').text).toMatch(/^Trước buổi bảo vệ 01 ngày:/u)
    expect(lead(f, 'chuẩn bị phòng họp, trang thiết bị')).toEqual(names('Phòng Đào tạo'))
    expect(task(f, 'Khoa gửi khóa luận cho các thành viên').text).toMatch(/^Trước buổi bảo vệ ít nhất/u)
    expect(end(f, 'Khoa tổng hợp điểm')).toBe('2027-06-29')
  })
  it('what was done by a time, and a label that is no time, are none', () => {
    expect(leaks(f, 'sinh viên đã nộp đủ khóa luận')).toEqual([])
    expect(leaks(f, 'kinh phí tổ chức bảo vệ')).toEqual([])
  })
})

describe('national-councils.txt: national councils and committees the lexicon knows', () => {
  const f = 'national-councils.txt'
  it('"Hội đồng thẩm định nhà nước thẩm định …" leads its item, its verb the same word as its name', () => {
    expect(lead(f, 'Báo cáo đề xuất chủ trương đầu tư')).toEqual(names('Hội đồng thẩm định nhà nước'))
  })
  it('the standards committee a scan wrote without marks (Uy ban … Do lường …) is the one named in full, one body', () => {
    expect(lead(f, 'xử lý hồ sơ đăng ký chỉ định')).toEqual(names('Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia'))
    expect(coordinators(f, 'bố trí kinh phí thực hiện')).toEqual(names('Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia'))
    expect(doc(f).agencies.filter((a) => /Tiêu chuẩn/u.test(a.name)).map((a) => a.name)).toEqual(['Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia'])
  })
})

describe('meeting-agenda-times.txt: a meeting\'s agenda, a table whose time column holds hours', () => {
  const f = 'meeting-agenda-times.txt'
  it('the agenda\'s rows (who speaks when) are no tasks, whoever chairs them', () => {
    expect(leaks(f, 'Đón tiếp đại biểu')).toEqual([])
    expect(leaks(f, 'Báo cáo kết quả chuyển đổi số quý I')).toEqual([])
    expect(leaks(f, 'Thảo luận tại hội nghị')).toEqual([])
  })
  it('the task table after it still gives its work, an hour on a day its deadline', () => {
    expect(lead(f, 'Hoàn thiện báo cáo sơ kết quý I')).toEqual(names('Sở Khoa học và Công nghệ'))
    expect(end(f, 'Hoàn thiện báo cáo sơ kết quý I')).toBe('2027-03-15')
    expect(doc(f).tasks).toHaveLength(2)
  })
})

describe('goes-on-with-approved-plan.txt: "X tiếp tục … theo kế hoạch … đã phê duyệt" under "Giao Bộ …:"', () => {
  const f = 'goes-on-with-approved-plan.txt'
  it('an item whose subject is told to go on with its work is a task, the plan it goes by no report of work done', () => {
    expect(lead(f, 'tiếp tục sử dụng kinh phí')).toEqual(names('Bộ Văn hóa, Thể thao và Du lịch'))
  })
  it('what was done, told after "tiếp tục", is still no task', () => {
    expect(leaks(f, 'đã hoàn thành kế hoạch năm 2026')).toEqual([])
  })
})

describe('level-wraps-place-name.txt: an item\'s line that ends on a bare level, its place\'s name on the next', () => {
  const f = 'level-wraps-place-name.txt'
  it('"… trên địa bàn huyện" / "Tân Thành mà …" is one item, and the body it asks leads it', () => {
    expect(lead(f, 'huyện Tân Thành mà đại biểu')).toEqual(names('Ủy ban nhân dân tỉnh'))
  })
  it('a clause that tells which projects ("mà đại biểu … đã chất vấn") or what was promised ("như đã cam kết") reports nothing done', () => {
    expect(task(f, 'tổ chức thực hiện các giải pháp theo lộ trình')).toBeDefined()
  })
  it('a body\'s name cut the same way is read whole', () => {
    expect(lead(f, 'rà soát các khu đất công')).toEqual(names('Ủy ban nhân dân huyện Phú Mỹ'))
    expect(end(f, 'rà soát các khu đất công')).toBe('2027-12-31')
  })
})

describe('supervision-results-topics.txt: a supervision programme that lists matters by their results', () => {
  const f = 'supervision-results-topics.txt'
  it('"1. Giám sát chuyên đề:" / "a) Kết quả thực hiện …" is a matter the council supervises, with no deadline in its years', () => {
    expect(lead(f, 'xây dựng nông thôn mới giai đoạn 2026 - 2030')).toEqual(names('Hội đồng nhân dân tỉnh An Lạc'))
    expect(end(f, 'xây dựng nông thôn mới giai đoạn 2026 - 2030')).toBeNull()
    expect(end(f, 'quốc phòng - an ninh năm 2028')).toBeNull()
  })
  it('results told outside a supervising heading stay a report', () => {
    expect(leaks(f, 'Kết quả thực hiện các chỉ tiêu năm 2027 đạt khá')).toEqual([])
  })
})

describe('page-escapes-before-tone-marks.md: a news page whose HTML escapes give a letter and leave its tone mark after it ("y&ecirc;u c&acirc;̀u")', () => {
  const f = 'page-escapes-before-tone-marks.md'
  it('the letter and its mark are read as one, so the request and the work it asks are found', () => {
    expect(task(f, 'tuần tra, kiểm soát người ra vào rừng').text).toContain('yêu cầu')
    expect(end(f, 'rà soát phương án phòng cháy')).toBe('2027-03-30')
    expect(task(f, 'trực 24/24 giờ').text).toMatch(/^Ngoài ra, cần chủ động/u)
  })
})

describe('news-inline-list-goes-on.md: a news page whose request announces its items inside its paragraph, the next paragraph one more', () => {
  const f = 'news-inline-list-goes-on.md'
  it('the paragraph of work right after the announced list is one more item, of the same body', () => {
    expect(task(f, 'Kiểm tra chặt chẽ chất lượng cá tra giống').lead.map((a) => a.name)).toEqual(['Ủy ban nhân dân các tỉnh'])
    expect(task(f, 'một số nội dung sau').lead.map((a) => a.name)).toEqual(['Ủy ban nhân dân các tỉnh'])
  })
  it('what the page reports after it is no item', () => {
    expect(leaks(f, 'giá cá tra nguyên liệu đã tăng')).toEqual([])
  })
})

describe('steering-board-long-subject.txt: a steering board whose subject runs past a dozen words', () => {
  const f = 'steering-board-long-subject.txt'
  it('is named whole, its level and "về" not counted in its subject', () => {
    expect(lead(f, 'ban hành quy trình phối hợp lấy mẫu')).toEqual(names('Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ'))
    expect(lead(f, 'chỉ đạo xây dựng cơ sở dữ liệu mẫu ADN')).toEqual(
      names('Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số'),
    )
  })
})

describe('notice-applies-from-hour.md: a rule that applies from an hour of a day', () => {
  const f = 'notice-applies-from-hour.md'
  it('"từ 15 giờ 00’ ngày 20 tháng 11 năm 2025" is a start with no end; "từ 14 giờ - 15 giờ ngày 20/11/2025" is that day', () => {
    expect(end(f, 'áp dụng giá bán mới')).toBeNull()
    expect(end(f, 'tạm dừng bán hàng')).toBe('2025-11-20')
    expect(end(f, 'kiểm tra việc niêm yết giá')).toBe('2025-11-29')
  })
})

describe('place-list-cities-then-provinces.txt: provinces and cities after one head; a Youth Union committee with its name', () => {
  const f = 'place-list-cities-then-provinces.txt'
  it('after a city under the central government, a place without its level is a province unless it is such a city', () => {
    expect(lead(f, 'chuẩn bị bố trí quỹ đất')).toEqual(
      names('Ủy ban nhân dân thành phố Hà Nội', 'Ủy ban nhân dân thành phố Hồ Chí Minh', 'Ủy ban nhân dân tỉnh Hòa Bình', 'Ủy ban nhân dân thành phố Cần Thơ', 'Ủy ban nhân dân tỉnh Lâm Đồng'),
    )
  })
  it('"Tỉnh đoàn Thanh niên" is the provincial Youth Union committee, not "Tỉnh đoàn Thanh"', () => {
    expect(lead(f, 'tuyên truyền cho đoàn viên')).toEqual(names('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Hội Cựu chiến binh tỉnh', 'Tỉnh đoàn'))
  })
})

describe('half-yearly-report-days.txt: the days of a report due every half year or every quarter', () => {
  const f = 'half-yearly-report-days.txt'
  it('"định kỳ 6 tháng báo cáo … trước ngày 15 tháng 6 và trước ngày 01 tháng 12" recurs, with no end', () => {
    expect(end(f, 'định kỳ 6 tháng báo cáo kết quả')).toBeNull()
    expect(task(f, 'định kỳ 6 tháng báo cáo kết quả').recurrence).toBe('half-yearly')
    expect(end(f, 'định kỳ hằng quý báo cáo tình hình giải ngân')).toBeNull()
  })
  it('a yearless day in work done once still dates it', () => {
    expect(end(f, 'trình Ủy ban nhân dân tỉnh phương án sắp xếp')).toBe('2025-12-14')
  })
})

describe('notice-flag-items.md: a notice whose items hang the flag and banners', () => {
  const f = 'notice-flag-items.md'
  it('"- Treo cờ …" and "- Treo băng rôn …" open with work: each is a task, with its time', () => {
    expect(end(f, 'Treo cờ từ trước 06 giờ')).toBe('2026-01-01')
    expect(end(f, 'Treo băng rôn, khẩu hiệu mừng năm mới')).toBe('2025-12-29')
  })
  it('what the staff are given (a day off) is still no task', () => {
    expect(leaks(f, 'được nghỉ 01 ngày')).toEqual([])
  })
})

describe('dated-work-then-monthly-report.txt: dated work, then after "; " a report due every month', () => {
  const f = 'dated-work-then-monthly-report.txt'
  it('"…(trong tháng 01/2026) …; định kỳ trước 25 hằng tháng báo cáo tiến độ …" is two tasks of the same body', () => {
    expect(end(f, 'ban hành kế hoạch thực hiện Nghị quyết')).toBe('2026-01-31')
    expect(end(f, 'định kỳ trước 25 hằng tháng báo cáo tiến độ')).toBeNull()
    expect(task(f, 'định kỳ trước 25 hằng tháng báo cáo tiến độ').text).not.toContain('ban hành kế hoạch')
    expect(lead(f, 'định kỳ trước 25 hằng tháng báo cáo tiến độ')).toEqual(names('Đảng ủy Ủy ban nhân dân tỉnh'))
  })
  it('a report named with its period inside the clause ("báo cáo kết quả hằng năm") stays with the work', () => {
    expect(end(f, 'báo cáo kết quả hằng năm')).toBe('2026-03-31')
  })
})

describe('headings-regional-branches.md: headings that name a national body’s branch, a merged newsroom, mass organisations', () => {
  const f = 'headings-regional-branches.md'
  it('a regional branch under a heading leads its items, as in a sentence, with one name however the case is written', () => {
    expect(lead(f, 'mở rộng mạng lưới điểm chấp nhận')).toEqual(names('Ngân hàng Nhà nước khu vực IX'))
    expect(task(f, 'mở rộng mạng lưới điểm chấp nhận').lead.map((a) => a.name)).toEqual(['Ngân hàng Nhà nước khu vực IX'])
    expect(lead(f, 'chi trả lương qua tài khoản')).toEqual(names('Kho bạc Nhà nước khu vực IX'))
    expect(lead(f, 'giải ngân vốn vay ưu đãi')).toEqual(names('Ngân hàng Chính sách xã hội chi nhánh tỉnh'))
  })
  it('after "Đề nghị" too; a body of every province that has regional offices instead ("Bảo hiểm xã hội khu vực IX")', () => {
    expect(lead(f, 'Chi trả lương hưu, trợ cấp')).toEqual(names('Bảo hiểm xã hội khu vực IX'))
    expect(lead(f, 'thu phí dịch vụ thanh toán')).toEqual(names('Ngân hàng Nhà nước Chi nhánh Khu vực 9'))
    // (a sub-department is named whole, with its own case: not "Chi Cục Hải quan …")
    expect(task(f, 'hàng hóa qua cửa khẩu').lead.map((a) => a.name)).toEqual(['Chi cục Hải quan khu vực IX'])
  })
  it('"các cơ quan báo chí đóng trên địa bàn" is one collective, so the named newsroom before it leads', () => {
    expect(lead(f, 'Mở chuyên mục tuyên truyền')).toEqual(names('Báo và Phát thanh, Truyền hình tỉnh'))
  })
  it('"Liên đoàn Lao động" and "Liên minh Hợp tác xã" are bodies without a level written after them', () => {
    expect(lead(f, 'Vận động đoàn viên, hội viên')).toEqual(names('Liên đoàn Lao động', 'Hội Nông dân', 'Liên minh Hợp tác xã'))
  })
})

describe('board-given-work-and-district-units.txt: "Giao Ban …" and the units of every district', () => {
  const f = 'board-given-work-and-district-units.txt'
  it('"… giao Ban Dân tộc tỉnh khảo sát …" gives a board work (not the briefing "giao ban"), with no other cue in a letter', () => {
    expect(lead(f, 'khảo sát tình hình dịch bệnh')).toEqual(names('Ban Dân tộc tỉnh'))
    expect(end(f, 'khảo sát tình hình dịch bệnh')).toBe('2026-04-30')
    expect(lead(f, 'phun hóa chất tiêu độc')).toEqual(names('Ban Chỉ huy Quân sự tỉnh'))
  })
  it('a unit before a plural scope of places is a collective of them all, and "tổ chức" after the places is the verb', () => {
    const plural = (anchor: string) => task(f, anchor).lead.map((a) => [a.name, a.generic])
    expect(plural('tiêm chủng mở rộng')).toEqual([['Trung tâm Y tế các huyện, thành phố', true]])
    expect(plural('kê khai thuế')).toEqual([['Chi cục Thuế các huyện, thị xã', true]])
  })
})

describe('scanned-letter-damaged-head.md: a scanned letter whose number and date line OCR damaged', () => {
  const f = 'scanned-letter-damaged-head.md'
  it('"số: 1187 /TCT -QLHĐ" in lower case is the number; the day lost from "Hà Nội. ngày Zl tháng 5" is the signature stamp\'s', () => {
    const m = doc(f).meta
    expect([m.number, m.issuedOn, m.issuer?.name]).toEqual(['1187/TCT-QLHĐ', '2024-05-21', 'Tổng cục Thuế'])
  })
})

describe('directive-later-subjects-and-conditions.md: a page quoting a directive, its items in prose', () => {
  const f = 'directive-later-subjects-and-conditions.md'
  it('a place before ", hoàn thành trong năm 2026" ends a phrase of place: the heading\'s body leads', () => {
    expect(lead(f, 'xác thực sinh trắc học tại các bến xe')).toEqual(names('Bộ Công an'))
    expect(end(f, 'xác thực sinh trắc học tại các bến xe')).toBe('2026-12-31')
  })
  it('after a sentence that directs, each later sentence whose body opens it and acts is a task of that body', () => {
    expect(lead(f, 'công khai danh mục đó cho người dân')).toEqual(names('Trung tâm Phục vụ hành chính công tỉnh'))
    expect(lead(f, 'hướng dẫn việc chứng thực bản sao')).toEqual(names('Sở Tư pháp'))
  })
  it('"đã" in a clause of condition ("khi công dân đã xuất trình …") does not make a request a report', () => {
    expect(task(f, 'không yêu cầu công dân nộp bản sao giấy tờ').text).toMatch(/^\(4\) Đề nghị các tổ chức, cá nhân ngoài khu vực nhà nước/u)
  })
  it('"các thủ tục hành chính đã được tích hợp trên …" tells which procedures: the item is still a task', () => {
    expect(task(f, 'Chủ trì rà soát các thủ tục hành chính').text).toMatch(/thay thế giấy tờ vật lý\.$/u)
  })
})

describe('resolution-item-broken-at-line.txt: a gazette page of a resolution, its items broken at a sentence', () => {
  const f = 'resolution-item-broken-at-line.txt'
  it('the line after an item, whose named body opens it and acts, is that body\'s task; a report after one is not', () => {
    expect(lead(f, 'lựa chọn đơn vị phối hợp thu nhận')).toEqual(names('Sở Y tế'))
    expect(leaks(f, 'đã bố trí 2 tỷ đồng')).toEqual([])
  })
})

describe('targets-counted-per-city.txt: a target counted per city inside an item of the cities\' committees', () => {
  const f = 'targets-counted-per-city.txt'
  it('"Thành phố Hồ Chí Minh có tối thiểu 500 công trình xây dựng xanh" counts a target: the lead-in\'s committees lead', () => {
    expect(lead(f, 'Tăng cường giám sát chặt chẽ các công trường')).toEqual(names('Ủy ban nhân dân thành phố Hà Nội', 'Ủy ban nhân dân thành phố Hồ Chí Minh'))
  })
})

describe('telegram-scanned-names.txt: a scanned telegram whose names run into the words after them', () => {
  const f = 'telegram-scanned-names.txt'
  const bodies = () => doc(f).agencies.map((a) => a.name)
  it('a kind\'s code without its Đ ("207/CD-TTg") is a telegram\'s; the issuer as written drops the stop a scan read after it', () => {
    const m = doc(f).meta
    expect([m.kind, m.number, m.issuer?.name, m.issuer?.text]).toEqual(['cong-dien', '207/CD-TTg', 'Thủ tướng Chính phủ', 'THỦ TƯỚNG CHÍNH PHU'])
  })
  it('a name ends before an hour on the next line, before "và Dự án …", and after the number that names a unit', () => {
    expect(bodies()).toEqual(expect.arrayContaining(['Văn phòng Ban Chỉ đạo phòng thủ dân sự quốc gia', 'Bệnh viện Hữu nghị Việt Đức', 'Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1']))
    expect(bodies().filter((n) => /trước 13 giờ|và Dự án|quyền truy/u.test(n))).toEqual([])
  })
})

describe('price-notice-value-rows.md: a price notice whose items under a heading are a label and a figure', () => {
  const f = 'price-notice-value-rows.md'
  it('"- Xăng E5RON92: 0 đồng/lít;", "- Dầu madút …: không cao hơn 13.739 đồng/kg." are values, no tasks (and the fund no lead)', () => {
    expect(leaks(f, 'đồng/lít')).toEqual([])
    expect(leaks(f, 'đồng/kg')).toEqual([])
  })
  it('a label that is work keeps its item ("- Tập huấn: 02 lớp."), and the items that act stay', () => {
    expect(task(f, 'Tập huấn: 02 lớp').text).toBe('Tập huấn: 02 lớp.')
    expect(lead(f, 'kiểm tra, giám sát việc thực hiện')).toEqual(names('Bộ Công Thương'))
  })
})

describe('school-table-manner-cells.md: a school\'s tables, one with a column of how often, no body', () => {
  const f = 'school-table-manner-cells.md'
  it('a cell of manner ("Theo kế hoạch của Khoa") names no lead', () => {
    expect(task(f, 'Tư vấn đăng ký học phần').lead).toEqual([])
    expect(task(f, 'Họp lớp định kỳ với sinh viên').lead).toEqual([])
  })
  it('a cell "Các Khoa" names every faculty: a collective, flagged generic', () => {
    expect(task(f, 'Xây dựng thời khóa biểu').coordinators.map((a) => [a.name, a.generic])).toEqual([['Các Khoa', true]])
  })
})

describe('letter-scanned-department-head.txt: a department\'s letter whose letterhead line a scan damaged', () => {
  const f = 'letter-scanned-department-head.txt'
  it('"BỘ TÀI CHÍNH" / "TONG CỤC THU.", numbered "5120/TCT-TTKT": the number names the issuer, Tổng cục Thuế', () => {
    const m = doc(f).meta
    expect([m.kind, m.number, m.issuer?.name]).toEqual(['cong-van', '5120/TCT-TTKT', 'Tổng cục Thuế'])
  })
})

describe('notice-person-surname-head.txt: a notice that names people whose surname is a unit\'s head word', () => {
  const f = 'notice-person-surname-head.txt'
  it('"Đoàn Văn Sự", "Đoàn Thị Hoa" are people, no bodies; "Đoàn Thanh niên huyện" is one', () => {
    expect(doc(f).agencies.map((a) => a.name).filter((n) => /^Đoàn (?:Văn|Thị)/u.test(n))).toEqual([])
    expect(lead(f, 'tổ chức tập huấn kỹ năng')).toEqual(names('Đoàn Thanh niên huyện'))
  })
})

describe('letter-names-before-adverbs.txt: bodies followed by an adverb, a grant or the country in their name', () => {
  const f = 'letter-names-before-adverbs.txt'
  it('the lead is the body without the adverb after it ("nghiêm túc", "định kỳ hàng quý")', () => {
    expect(lead(f, 'nghiêm túc thực hiện các biện pháp')).toEqual(names('Công ty cổ phần Khoáng sản Tân Phú'))
    expect(lead(f, 'cập nhật số liệu cấp phép')).toEqual(names('Trung tâm Dữ liệu tỉnh'))
  })
  it('no body\'s name runs past "Việt Nam" or into what a report is about', () => {
    const bodies = doc(f).agencies.map((a) => a.name)
    expect(bodies).toContain('Cục Địa chất và Khoáng sản Việt Nam')
    expect(bodies.filter((n) => /(?:văn bản|kết quả|nghiêm túc|định kỳ)$/u.test(n))).toEqual([])
  })
})

describe('party-letter-causes-then-work.txt: a commune Party letter whose causes ("Nguyên nhân:") come before the work it asks for', () => {
  const f = 'party-letter-causes-then-work.txt'
  it('the long sentence that announces "… các nội dung trọng tâm sau:" ends the causes: its five items are tasks', () => {
    expect(doc(f).tasks).toHaveLength(5)
    expect(lead(f, 'chủ động ban hành Kế hoạch thực hiện Đề án 371')).toEqual(names('Đảng ủy Ủy ban nhân dân xã'))
    expect(end(f, 'chủ động ban hành Kế hoạch thực hiện Đề án 371')).toBe('2026-10-30')
  })
  it('the Party body that asks leads none of them; "các Chi, Đảng bộ trực thuộc" is a collective', () => {
    expect(lead(f, 'Đẩy mạnh công tác tuyên truyền, phổ biến')).toEqual([])
    expect(doc(f).agencies.find((a) => a.name === 'các Chi, Đảng bộ trực thuộc')?.generic).toBe(true)
  })
  it('"Ban Thường vụ Đảng uỷ xã" keeps its level: the commune\'s standing committee', () => {
    expect(doc(f).agencies.map((a) => a.name)).toContain('Ban Thường vụ Đảng ủy xã')
  })
  it('"các chi, đảng bộ trực thuộc Đảng uỷ xã báo cáo …": the committee they belong to does not report', () => {
    expect(lead(f, 'báo cáo kết quả thực hiện về Văn phòng Đảng uỷ')).toEqual([])
  })
})

describe('resolution-pdf-item-continues.txt: a resolution\'s numbered items broken by a PDF between their sentences', () => {
  const f = 'resolution-pdf-item-continues.txt'
  it('the paragraphs right after "2. Đảng uỷ Uỷ ban nhân dân xã chỉ đạo …" with no subject are that body\'s', () => {
    expect(lead(f, 'Tiếp tục rà soát, kiến nghị sửa đổi')).toEqual(names('Đảng ủy Ủy ban nhân dân xã'))
    expect(lead(f, 'Thường xuyên đánh giá toàn diện')).toEqual(names('Đảng ủy Ủy ban nhân dân xã'))
    expect(end(f, 'Tiếp tục rà soát, kiến nghị sửa đổi')).toBe('2026-12-31')
  })
  it('not the line after an item whose last clause has its own subject ("… ; Các thôn căn cứ …;" / "gửi kết quả …")', () => {
    expect(lead(f, 'gửi kết quả về Công an xã')).toEqual([])
  })
})

describe('notice-front-list-level.txt: Front and mass organisations listed, the level written once after the last', () => {
  const f = 'notice-front-list-level.txt'
  it('"Uỷ ban MTTQVN, Hội Nông dân, Hội Liên hiệp phụ nữ, Hội Cựu Chiến binh xã" are all the commune\'s', () => {
    expect(coordinators(f, 'hoàn thiện Đề án nhân sự')).toEqual(names('Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Hội Nông dân xã', 'Hội Liên hiệp Phụ nữ xã', 'Hội Cựu chiến binh xã'))
    expect(lead(f, 'hoàn thiện Đề án nhân sự')).toEqual(names('Ban Xây dựng Đảng'))
  })
})

describe('schedule-time-cell-note.md: a schedule copied without its header, one time cell followed by a note', () => {
  const f = 'schedule-time-cell-note.md'
  it('the row whose time cell goes on with a note is a task, dated by the time it opens with', () => {
    expect(doc(f).tasks).toHaveLength(4)
    expect(end(f, 'Tổ chức Hội trại tòng quân')).toBe('2026-03-06')
  })
})

describe('calendar-html-in-markdown.md: a week\'s calendar posted as markdown whose body is an HTML table', () => {
  const f = 'calendar-html-in-markdown.md'
  it('each meeting is a task dated by its day column (merged down the rows), not dropped for its hour', () => {
    expect(doc(f).tasks).toHaveLength(3)
    expect(end(f, 'Họp giao ban tuần')).toBe('2026-11-23')
    expect(end(f, 'Kiểm tra tiến độ xây dựng trường tiểu học thị trấn')).toBe('2026-11-23')
    expect(end(f, 'quy hoạch khu dân cư')).toBe('2026-11-25')
  })
  it('a comrade named in the column of who chairs is a person, not a body; the calendar is no news article', () => {
    expect(lead(f, 'Kiểm tra tiến độ xây dựng')).toEqual([])
    expect(doc(f).agencies.map((a) => a.name).filter((n) => /^Đ\/c/iu.test(n))).toEqual([])
    expect(doc(f).meta.kind).toBe('khac')
  })
})

describe('html-task-table-in-markdown.md: a task table written as HTML inside markdown, cut in two at a page', () => {
  const f = 'html-task-table-in-markdown.md'
  it('the rows are tasks, a wrapped name whole again, the group title repeated across its row no task', () => {
    expect(doc(f).tasks).toHaveLength(3)
    expect(lead(f, 'Lắp đặt trạm phát sóng tại các xã vùng sâu')).toEqual(names('Sở Khoa học và Công nghệ'))
    expect(end(f, 'Lắp đặt trạm phát sóng')).toBe('2026-06-30')
    expect(leaks(f, 'Mở rộng vùng phủ sóng')).toEqual([])
  })
  it('the part after the cut, under a converter\'s "Col1 | Col2 | …" header, goes on with the table', () => {
    expect(lead(f, 'Xây dựng cơ sở dữ liệu hạ tầng viễn thông')).toEqual(names('Sở Khoa học và Công nghệ'))
    expect(coordinators(f, 'Xây dựng cơ sở dữ liệu hạ tầng viễn thông')).toEqual(names('Sở Xây dựng'))
    expect(leaks(f, 'Col2')).toEqual([])
  })
  it('the lines after the table keep their own line numbers', () => {
    expect(task(f, 'chủ trì theo dõi, đôn đốc').span?.start.line).toBe(55)
  })
})

describe('party-letter-contents-dated-below.txt: a line after the items dates "the contents" above it', () => {
  const f = 'party-letter-contents-dated-below.txt'
  it('"Các nội dung trình Thường trực Đảng ủy trước ngày 01/12/2026." dates every item without a time of its own, under the headed item too', () => {
    expect(end(f, 'Chủ trì tham mưu Chương trình kiểm tra, giám sát năm 2027')).toBe('2026-11-30')
    expect(end(f, 'Đề xuất nội dung Chương trình công tác năm 2027')).toBe('2026-11-30')
    expect(end(f, 'kế hoạch chuyển đổi số năm 2027')).toBe('2026-11-30')
  })
  it('an item with a time of its own keeps it', () => {
    expect(end(f, 'báo cáo sơ kết công tác tháng 10')).toBe('2026-11-19')
  })
  it('"… năm 2027 từ ngày 15" / "– 17/12/2026 …": one item, whose days are its time, the year only which call-up', () => {
    expect(end(f, 'chuẩn bị khám tuyển nghĩa vụ quân sự')).toBe('2026-12-17')
    expect(leaks(f, '17/12/2026 tại Trạm Y tế xã').length).toBe(1)
  })
})

describe('meeting-invitation-form-label.txt: how a meeting is held, as a labelled item', () => {
  const f = 'meeting-invitation-form-label.txt'
  it('"1. Hình thức tổ chức: Hội nghị do Ban Thường vụ Tỉnh ủy chủ trì, …" is an arrangement, no task', () => {
    expect(leaks(f, 'Hội nghị do Ban Thường vụ Tỉnh ủy chủ trì')).toEqual([])
    expect(lead(f, 'chuẩn bị đường truyền')).toEqual(names('Văn phòng Đảng ủy'))
  })
})

describe('resolution-item-continues-past-collective.txt: an item a PDF broke into paragraphs, one naming collectives it does not give work', () => {
  const f = 'resolution-item-continues-past-collective.txt'
  it('the paragraphs after item 1 are its body\'s work, also past "… sự đóng góp của các tổ chức xã hội, các doanh nghiệp …"', () => {
    expect(lead(f, 'Tập trung củng cố, kiện toàn nâng cao năng lực')).toEqual(names('Đảng ủy Ủy ban nhân dân xã'))
    expect(lead(f, 'Chỉ đạo Trạm Y tế xã phối hợp Công an xã')).toEqual(names('Đảng ủy Ủy ban nhân dân xã'))
    expect(lead(f, 'Cân đối ngân sách, hỗ trợ phương tiện')).toEqual(names('Đảng ủy Ủy ban nhân dân xã'))
    expect(lead(f, 'tổ chức quán triệt Nghị quyết')).toEqual(names('Ban Xây dựng Đảng'))
  })
})

describe('party-letter-blank-number.txt: a letter signed before it was numbered', () => {
  const f = 'party-letter-blank-number.txt'
  it('"Số -CV/ĐU" names its kind by the code after the blank, before the subject lines that name a programme', () => {
    expect(doc(f).meta.kind).toBe('cong-van')
    expect(end(f, 'tham mưu Kế hoạch thực hiện Chương trình')).toBe('2027-03-14')
  })
})

describe('site-page-long-request.md: a legal site\'s page that quotes a letter whose long lead-in asks for the items', () => {
  const f = 'site-page-long-request.md'
  it('"… Cục Thuế trân trọng đề nghị các Quý Tổ chức (gồm …) tiếp tục phối hợp … , cụ thể như sau:" asks: its items are tasks, though it cites a decree', () => {
    expect(task(f, 'Chủ động công khai thông tin về các gói dịch vụ').text).toContain('hộ kinh doanh')
    expect(task(f, 'Bố trí nhân sự hướng dẫn trực tiếp')).toBeTruthy()
  })
  it('"tháng 3/2026 và 4/2026" is the two months, to the end of April', () => {
    expect(end(f, 'Bố trí nhân sự hướng dẫn trực tiếp')).toBe('2026-04-30')
  })
  it('a sentence that only gives a contact (email, telephone) is no task; the law quoted under the next question gives none', () => {
    expect(leaks(f, 'Đầu mối hỗ trợ tại Cục Thuế')).toEqual([])
    expect(leaks(f, 'hóa đơn có kết nối chuyển dữ liệu điện tử')).toEqual([])
  })
})

describe('resolution-work-must-meet.txt: the requirements a body\'s work must meet, and a plan\'s aims', () => {
  const f = 'resolution-work-must-meet.txt'
  it('"Bộ Tài chính chủ trì, … hoàn thiện dự án Luật bảo đảm yêu cầu sau:" gives its "+" items to Bộ Tài chính as tasks', () => {
    expect(lead(f, 'Rà soát kỹ các nội dung chính sách')).toEqual(names('Bộ Tài chính'))
    expect(lead(f, 'Cắt giảm, đơn giản hóa thủ tục hành chính')).toEqual(names('Bộ Tài chính'))
  })
  it('"Kế hoạch soạn thảo phải bảo đảm các yêu cầu sau:" states aims: its items are no tasks', () => {
    expect(leaks(f, 'Đúng tiến độ Chương trình xây dựng luật')).toEqual([])
  })
})

describe('guidance-steps-police-department.md: steps labelled "Bước N:", one led by a police department named by its abbreviation', () => {
  const f = 'guidance-steps-police-department.md'
  it('"Bước 1: Cục CSQLHC về TTXH trích xuất …" is led by the department, named in full; the step\'s label does not hide the subject', () => {
    expect(lead(f, 'trích xuất danh sách công dân')).toEqual(names('Cục Cảnh sát quản lý hành chính về trật tự xã hội'))
    expect(lead(f, 'tổng hợp kết quả, báo cáo Bộ Công an')).toEqual(names('Cục Cảnh sát quản lý hành chính về trật tự xã hội'))
  })
})

describe('resolution-work-must-meet.txt: what the Government agrees to', () => {
  const f = 'resolution-work-must-meet.txt'
  it('"Chính phủ thống nhất sự cần thiết xây dựng Luật …" is a verdict, no task', () => {
    expect(leaks(f, 'thống nhất sự cần thiết')).toEqual([])
  })
})

describe('archive-page-summary-then-text.md: an archive\'s page that sums the letter up before its full text', () => {
  const f = 'archive-page-summary-then-text.md'
  it('the summary\'s fragments ("### 2. Tóm tắt nội dung chỉ đạo" / "- … | … | …") are no task; the letter\'s items are', () => {
    expect(leaks(f, 'Tiếp nhận Công văn số 95-CV/TU')).toEqual([])
    expect(lead(f, 'tham mưu Kế hoạch kiểm điểm cuối năm')).toEqual(names('Ban Xây dựng Đảng'))
    expect(end(f, 'tổng hợp báo cáo kết quả thực hiện')).toBe('2026-11-24')
  })
})

describe('news-letter-steps-where-clause.md: a body said by where, and steps that decide', () => {
  const f = 'news-letter-steps-where-clause.md'
  it('"Công an xã nơi có trại giam, … thực hiện chi trả …": the clause of where sits between the body and its action', () => {
    expect(lead(f, 'thực hiện chi trả cho cơ sở')).toEqual(names('Công an xã'))
  })
  it('"Bước 2: Căn cứ …, Ủy ban nhân dân xã chỉ đạo …" and "Bước 3: Ủy ban nhân dân xã quyết định địa điểm …" are the commune committee\'s steps', () => {
    expect(lead(f, 'lập giấy rút dự toán')).toEqual(names('Ủy ban nhân dân xã'))
    expect(lead(f, 'quyết định địa điểm tặng quà')).toEqual(names('Ủy ban nhân dân xã'))
  })
  it('not the matter a body has the power to decide ("quyết định việc …"), nor where people go', () => {
    expect(leaks(f, 'quyết định việc công khai')).toEqual([])
    expect(leaks(f, 'Người dân đến địa điểm')).toEqual([])
  })
})

describe('decision-investor-duties.txt: an investor\'s duties, bodies that act by their mandate, the decision\'s copies', () => {
  const f = 'decision-investor-duties.txt'
  it('a company whose name opens with its trades, some in lower case, is named whole: "Công ty Cổ phần Đầu tư phát triển công nghiệp Yên Bình"', () => {
    expect(lead(f, 'tổ chức triển khai thực hiện dự án')).toEqual(names('Công ty cổ phần Đầu tư phát triển công nghiệp Yên Bình'))
  })
  it('"Thanh tra tỉnh, Công an tỉnh theo chức năng, nhiệm vụ, quyền hạn được giao, tham mưu …" is their own task, after the sentence of the boards asked', () => {
    expect(lead(f, 'phối hợp kiểm tra, giám sát')).toEqual(names('Ủy ban Kiểm tra Tỉnh ủy', 'Ban Nội chính Tỉnh ủy'))
    expect(lead(f, 'xử lý nghiêm các vi phạm')).toEqual(names('Thanh tra tỉnh', 'Công an tỉnh'))
  })
  it('"Quyết định này được lập thành 03 (ba) bản chính: …" is no task', () => {
    expect(leaks(f, 'lập thành 03 (ba) bản chính')).toEqual([])
  })
})

describe('letter-quotes-law-articles.txt: a letter that quotes the law, in one block or over several', () => {
  const f = 'letter-quotes-law-articles.txt'
  it('what the quoted articles say assigns nothing: "Áp dụng biện pháp quản lý …", "Thủ tướng Chính phủ cho phép …", "… phải có Giấy phép …"', () => {
    for (const p of ['Nhà nước quản lý ngoại thương', 'Áp dụng biện pháp quản lý ngoại thương', 'phải chịu sự giám sát', 'Thủ tướng Chính phủ cho phép', 'phải có Giấy phép', 'quy định các trường hợp miễn cấp']) expect(leaks(f, p)).toEqual([])
  })
  it('a quotation never closed stops at its own block: the letter\'s request after it is its task', () => {
    expect(leaks(f, 'Khu vực khoáng sản làm nguyên liệu')).toEqual([])
    expect(lead(f, 'chủ động hướng dẫn doanh nghiệp')).toEqual(names('Sở Công Thương tỉnh Hà Tĩnh'))
    expect(end(f, 'chủ động hướng dẫn doanh nghiệp')).toBe('2026-06-29')
  })
})

describe('news-conclusion-this-work.md: "Nội dung này …" after the work it names, and the Front\'s Party committee written without "các"', () => {
  const f = 'news-conclusion-this-work.md'
  it('"Đảng ủy Mặt trận Tổ quốc, đoàn thể Trung ương" is the committee "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"', () => {
    expect(lead(f, 'chủ động rà soát, đề xuất sửa đổi')).toEqual(names('Ban Tổ chức Trung ương', 'Đảng ủy Chính phủ', 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương'))
  })
  it('"Nội dung này cần báo cáo …" in the next paragraph is the bodies\' above; in the same paragraph, the body\'s before it, with its own time', () => {
    expect(lead(f, 'cần báo cáo Bộ Chính trị trong tháng 5/2026')).toEqual(names('Ban Tổ chức Trung ương', 'Đảng ủy Chính phủ', 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương'))
    expect(lead(f, 'hoàn thành trong tháng 8/2026')).toEqual(names('Đảng ủy Quốc hội'))
    expect(end(f, 'hoàn thành trong tháng 8/2026')).toBe('2026-08-31')
  })
  it('not after a report: "Nội dung này được Bộ Chính trị đánh giá cao."', () => {
    expect(leaks(f, 'đánh giá cao')).toEqual([])
  })
})

describe('inspection-report-findings.txt: an inspection\'s findings are no tasks', () => {
  const f = 'inspection-report-findings.txt'
  it('under "Những nội dung vi phạm được phát hiện qua hoạt động thanh tra, …" the violations, figures and recommendations already made are findings', () => {
    for (const p of ['chưa tham mưu cho Ủy ban nhân dân tỉnh', 'thu hồi tiền về ngân sách', 'chuyển cơ quan điều tra']) expect(leaks(f, p)).toEqual([])
  })
  it('the report\'s own request after them is still a task', () => {
    expect(lead(f, 'rà soát, hướng dẫn tháo gỡ vướng mắc')).toEqual(names('Bộ Nông nghiệp và Môi trường'))
  })
})

describe('plan-item-numbers-quoted.txt: readers quote an item with its number ("2.1. Giao …", "a) …", "(1) …")', () => {
  const f = 'plan-item-numbers-quoted.txt'
  it('a task that opens a numbered item holds the number as written, before its words', () => {
    expect(task(f, '2.1. Giao Ban Xây dựng Đảng chủ trì').text).toMatch(/^2\.1\. Giao Ban Xây dựng Đảng/u)
    expect(task(f, '2.2. Văn phòng Đảng ủy cử công chức').text).toMatch(/^2\.2\. Văn phòng/u)
    expect(task(f, 'a) Ủy ban nhân dân xã bố trí kinh phí').text).toMatch(/^a\) Ủy ban/u)
    expect(task(f, '(1) Đoàn Thanh niên xã hướng dẫn').text).toMatch(/^\(1\) Đoàn/u)
    // (what the number stands before is read as before: who leads, by when)
    expect(lead(f, '2.1. Giao Ban Xây dựng Đảng chủ trì')).toEqual(names('Ban Xây dựng Đảng'))
    expect(end(f, '2.1. Giao Ban Xây dựng Đảng chủ trì')).toBe('2027-04-29')
  })
  it('its span starts at the number', () => {
    const lines = readFileSync(path.join(dir, f), 'utf8').split('\n')
    const t = task(f, '2.1. Giao Ban Xây dựng Đảng chủ trì')
    expect(lines[t.span.start.line - 1].slice(t.span.start.column - 1)).toMatch(/^2\.1\. Giao/u)
  })
  it('a bullet is no number, and a number alone on the line above is not quoted', () => {
    expect(task(f, 'Hội Liên hiệp Phụ nữ xã phối hợp').text).toMatch(/^Hội Liên hiệp/u)
    expect(task(f, 'Văn phòng Đảng ủy tổng hợp kết quả').text).toMatch(/^Văn phòng Đảng ủy tổng hợp/u)
  })
  it('the id is the words\', so renumbering the items leaves it', () => {
    const text = readFileSync(path.join(dir, f), 'utf8')
    const again = parseDocument(text.replace('2.1. Giao', '3.1. Giao'), { file: f })
    const id = task(f, 'Giao Ban Xây dựng Đảng chủ trì').id
    expect(again.tasks.find((t) => t.text.startsWith('3.1. Giao'))?.id).toBe(id)
  })
})

describe('letter-body-then-state-verbs.txt: a body named before what it does or what befalls it', () => {
  const f = 'letter-body-then-state-verbs.txt'
  const bodies = () => doc(f).agencies.map((a) => a.name)
  it('"hoạt động", "ngưng hoạt động", "biết" end the name before them', () => {
    expect(bodies()).toEqual(expect.arrayContaining(['Trung tâm Phục vụ hành chính công tỉnh', 'Trường Cao đẳng Nghề An Giang', 'Công ty TNHH Đại Đồng Tiến']))
    expect(bodies().filter((n) => /hoạt động|ngưng|biết|tiếp thu|công nhận/u.test(n))).toEqual([])
  })
  it('"tiếp thu", "công nhận" after a body are its work', () => {
    expect(lead(f, 'tiếp thu, giải trình các ý kiến góp ý')).toEqual(names('Văn phòng Ủy ban nhân dân tỉnh'))
    expect(lead(f, 'công nhận kết quả đánh giá của người dân')).toEqual(names('Trung tâm Phục vụ hành chính công tỉnh'))
  })
})

describe('decision-authority-line.txt: a decision copied without its letterhead, its authority over the grounds', () => {
  const f = 'decision-authority-line.txt'
  it('"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN" right above "Căn cứ …" is the issuer: the province\'s committee, pointed at on its line', () => {
    const issuer = doc(f).meta.issuer
    expect(issuer?.name).toBe('Ủy ban nhân dân tỉnh Điện Biên')
    expect(issuer?.span?.start).toEqual({ line: 4, column: 10 })
    expect(doc(f).meta.kind).toBe('quyet-dinh')
  })
})

describe('letter-unnumbered-flat-letterhead.txt: a letter not yet numbered, its letterhead copied as one line', () => {
  const f = 'letter-unnumbered-flat-letterhead.txt'
  it('"Số:      /UBND-VX" mid-line and "Kính gửi:" make it a letter, with no number of its own yet', () => {
    expect(doc(f).meta.kind).toBe('cong-van')
    expect(doc(f).meta.number).toBeNull()
    expect(lead(f, 'tổ chức chiến dịch diệt lăng quăng')).toEqual(names('Sở Y tế'))
  })
})

describe('plan-which-shortcomings.txt: "đã" after a list of nouns tells which things, in an item that opens with its action', () => {
  const f = 'plan-which-shortcomings.txt'
  it('"Tổ chức khắc phục … các tồn tại, hạn chế đã chỉ ra …" is a task, dated by its quarter', () => {
    expect(end(f, 'các tồn tại, hạn chế đã chỉ ra qua kết quả khảo sát')).toBe('2027-06-30')
  })
  it('a report that the shortcomings were overcome is none', () => {
    expect(leaks(f, 'đã được khắc phục kịp thời')).toEqual([])
  })
})

describe('plan-activities-under-aims.txt: "Các hoạt động chính" under a part of aims', () => {
  const f = 'plan-activities-under-aims.txt'
  it('the activities listed under "c) Các hoạt động chính" are tasks, though the part above them states aims', () => {
    expect(task(f, 'Lồng ghép tổ chức Lễ phát động').source).toBe('item')
    expect(task(f, 'Tăng cường truyền thông về chủ đề của Tháng hành động').source).toBe('item')
  })
  it('the aims, the theme and the dates above them are none', () => {
    for (const p of ['Nâng cao nhận thức của người dân', 'Bình đẳng giới trong kỷ nguyên số', 'Từ ngày 15/11/2027']) expect(leaks(f, p)).toEqual([])
  })
})

describe('plan-figures-rooms-not-bodies.txt: figures, rooms, a table\'s cells and verbs after a name are no part of it', () => {
  const f = 'plan-figures-rooms-not-bodies.txt'
  const bodies = () => doc(f).agencies.map((a) => a.name)
  it('a figure, a room, the next cell of a row and what a body does end its name', () => {
    expect(bodies()).toEqual(expect.arrayContaining(['Viện Khoa học xã hội Việt Nam', 'Công ty cổ phần Đầu tư Sao Mai', 'Quỹ Bảo hiểm y tế', 'Ban Điều phối Dự án', 'Đảng ủy xã', 'Trường Cao đẳng Hòa Bình']))
    expect(bodies().filter((n) => /\d|Phòng|Quý|thay mặt|thanh toán|(?<!việc )làm/u.test(n))).toEqual([])
  })
  it('a board of the commune about a long subject keeps its whole name; "việc làm" stays in a centre\'s', () => {
    expect(bodies()).toContain('Ban Chỉ đạo xã về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số')
    expect(lead(f, 'tiếp nhận hồ sơ của học viên')).toEqual(names('Trung tâm Dịch vụ việc làm tỉnh'))
  })
})

describe("plan-excerpt-parts-only.md: an excerpt of a plan with no letterhead or title, laid out in a plan's parts", () => {
  const f = 'plan-excerpt-parts-only.md'
  it('is a plan: "Nội dung, biện pháp", "Cơ quan chủ trì, phối hợp", "Thời gian thực hiện" are a plan\'s numbered parts', () => {
    expect(doc(f).meta.kind).toBe('ke-hoach')
  })
  it('its measures are led by the body of "Cơ quan chủ trì", with those of "Cơ quan phối hợp", by the time of the part', () => {
    expect(lead(f, 'Lập chuyên mục về chuyển đổi số')).toEqual(names('Sở Khoa học và Công nghệ'))
    expect(coordinators(f, 'Lập chuyên mục về chuyển đổi số')).toEqual(names('Sở Văn hóa, Thể thao và Du lịch', 'Báo Hòa Bình'))
    expect(end(f, 'Lập chuyên mục về chuyển đổi số')).toBe('2027-03-31')
  })
})

describe('directive-no-letterhead-enacts.txt: a directive copied without its letterhead, its title on one long line', () => {
  const f = 'directive-no-letterhead-enacts.txt'
  it('is a directive: its first line names the kind before what it is about, however long', () => {
    expect(doc(f).meta.kind).toBe('chi-thi')
  })
  it('is issued by the body whose head enacts where the preamble ends ("Bộ trưởng Bộ Công Thương chỉ thị:"), pointed at there', () => {
    const issuer = doc(f).meta.issuer
    expect(issuer?.name).toBe('Bộ Công Thương')
    expect(issuer?.span?.start.line).toBe(4)
  })
})

describe('resolution-council-session-lowercase.txt: a word-segmented resolution whose head a copy lowered', () => {
  const f = 'resolution-council-session-lowercase.txt'
  it('is issued by the council on the line above "Khóa xi - kỳ họp thứ 5", its place read in any case, pointed at there', () => {
    const issuer = doc(f).meta.issuer
    expect(issuer?.name).toBe('Hội đồng nhân dân tỉnh Hà Tĩnh')
    expect(issuer?.span?.start.line).toBe(2)
    expect(doc(f).meta.kind).toBe('nghi-quyet')
  })
})

describe('conclusion-wrapped-quarter-tet.txt: a quarter wrapped before its numeral, Tết as the limit, a title never closed', () => {
  const f = 'conclusion-wrapped-quarter-tet.txt'
  it('"… trong quý" / "II/2026)." is one time, and "III/2025 tại tỉnh" on the next line opens no part', () => {
    expect(end(f, 'Giám sát việc thực hiện Nghị quyết số 57-NQ/TW')).toBe('2026-09-30')
    expect(doc(f).sections.filter((s) => !s.parent).map((s) => s.number)).toEqual(['I', 'II', 'III'])
  })
  it('a title whose closing mark the copy lost quotes nothing after it: the item\'s own quarter dates it', () => {
    expect(end(f, 'Kiểm tra việc thực hiện Chỉ thị số 05-CT/TW')).toBe('2026-06-30')
  })
  it('"từ nay đến Tết Nguyên đán Bính Ngọ 2026" over the items ends the day before Tết', () => {
    expect(end(f, 'tổ chức thăm, tặng quà các gia đình chính sách')).toBe('2026-02-16')
  })
  it('a month a scan split at its leading zero ("tháng 0 9") still dates the text', () => {
    expect(doc(f).meta.issuedOn).toBe('2025-09-17')
  })
})

describe('letter-colon-wrap-ocr-lead.txt: a line a scan ended on a stray colon, and "chủ trì" read as "chi trì"', () => {
  const f = 'letter-colon-wrap-ocr-lead.txt'
  it('a line in lower case after a colon goes on with the item: one task, dated by the time on the next line', () => {
    expect(end(f, 'khẩn trương rà soát toàn diện')).toBe('2027-10-13')
    expect(doc(f).tasks.filter((t) => /ban hành quy trình xử lý hồ sơ tồn đọng/u.test(t.text))).toHaveLength(1)
  })
  it('"Ban QLRR chi trì, Vụ KK phối hợp": the board leads, the department partners', () => {
    expect(lead(f, 'rà soát quy trình áp dụng quản lý rủi ro')).toEqual(names('Ban Quản lý rủi ro'))
    expect(coordinators(f, 'rà soát quy trình áp dụng quản lý rủi ro')).toEqual(names('Vụ Kê khai và Kế toán thuế'))
  })
})

describe('commune-party-committees-topic.md: the Party committee of the Party agencies, and a body a sentence opens on with "Đối với"', () => {
  const f = 'commune-party-committees-topic.md'
  it('"Đảng ủy các cơ quan Đảng" is one body, named without a place, not a collective', () => {
    expect(lead(f, 'xây dựng báo cáo đánh giá tình hình')).toEqual(names('Đảng ủy Ủy ban nhân dân xã', 'Đảng ủy các cơ quan Đảng'))
  })
  it('"Đối với Ban Xây dựng Đảng, tham mưu …": the body set apart before its work leads it', () => {
    expect(lead(f, 'thống kê, báo cáo tình hình phát triển đảng viên')).toEqual(names('Ban Xây dựng Đảng'))
    // (a collective the sentence is about is no lead: the body that acts after it is)
    expect(lead(f, 'kiểm tra, đôn đốc trong tháng 12/2027')).toEqual(names('Ủy ban Kiểm tra Đảng ủy'))
  })
})

describe('notice-given-body-notes.md: a lead-in that gives a committee the work, then notes under it', () => {
  const f = 'notice-given-body-notes.md'
  it('"Giao UBND xã chỉ đạo phòng chuyên môn …; trong đó lưu ý:": the committee given the work leads the notes, not the authority that speaks', () => {
    expect(lead(f, 'xây dựng chương trình riêng của từng trường')).toEqual(names('Ủy ban nhân dân xã'))
    expect(lead(f, 'Tăng cường công tác tuyên truyền về Lễ khai giảng')).toEqual(names('Ủy ban nhân dân xã'))
  })
})

describe('collective-then-party-bodies.md: a collective first in a list, then Party bodies named', () => {
  const f = 'collective-then-party-bodies.md'
  it('"Các tổ chức cơ sở Đảng, Đảng ủy UBND, Đảng ủy các cơ quan Đảng": the collective ends before the bodies, which lead', () => {
    expect(lead(f, 'tổ chức tổng kết bằng hình thức phù hợp')).toEqual(names('Đảng ủy Ủy ban nhân dân', 'Đảng ủy các cơ quan Đảng'))
  })
  it('"Các cơ quan tham mưu, giúp việc Đảng ủy, Ban Thường vụ Đoàn …": the board is no word of the collective', () => {
    expect(lead(f, 'phối hợp chuẩn bị nội dung hội nghị')).toEqual(names('Ban Thường vụ Đoàn Thanh niên Cộng sản Hồ Chí Minh xã'))
  })
})

describe('given-on-grounds-of-guidance.txt: work given on the grounds of a higher committee\'s guidance', () => {
  const f = 'given-on-grounds-of-guidance.txt'
  it('"Giao Văn phòng Đảng ủy căn cứ … hướng dẫn của Tỉnh ủy chủ trì, …": the office given the work leads, not the committee whose guidance it follows', () => {
    expect(lead(f, 'rà soát, đề xuất sửa đổi, bổ sung')).toEqual(names('Văn phòng Đảng ủy'))
  })
})
