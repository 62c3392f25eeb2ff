import { describe, expect, it } from 'vitest'
import { directiveSentences, paragraphSentences, splitMilestones } from '../../src/core/extract/pieces.js'

describe('splitMilestones', () => {
  it('inside one sentence, a report of the action or a time that only dates it is no task of its own; a second action with its own date is', () => {
    const ctx = { today: '2026-04-01' }
    expect(splitMilestones('Rà soát, hoàn thiện kịch bản tăng trưởng kinh tế cho các quý còn lại của năm 2026; báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 5 năm 2026.', ctx)).toHaveLength(1)
    expect(splitMilestones('Xây dựng đề án trong năm 2026; trong quý II năm 2026, trình Ủy ban nhân dân tỉnh.', ctx)).toHaveLength(1)
    expect(splitMilestones('Tổ chức khảo sát năng lực giáo viên trong tháng 10/2026 và mở lớp bồi dưỡng cho giáo viên chưa đạt chuẩn, hoàn thành trước ngày 31/3/2027.', ctx)).toHaveLength(2)
  })

  it('a report of results with a date of its own, after "; ", is a task of its own, dated by its whole clause; a report of the action is not', () => {
    const ctx = { today: '2023-01-10' }
    const text = 'Các sở chỉ đạo: xây dựng Kế hoạch bảo vệ bí mật nhà nước và gửi về UBND tỉnh trước ngày 28/2/2023; lập dự toán và gửi về Sở Tài chính thẩm định; Báo cáo kết quả thực hiện công tác bảo vệ bí mật nhà nước và gửi về UBND tỉnh trước ngày 10/11/2023.'
    const pieces = splitMilestones(text, ctx)
    expect(pieces.map((p) => p.text.slice(0, 24))).toEqual(['Các sở chỉ đạo: xây dựng', 'Báo cáo kết quả thực hiệ'])
    expect(splitMilestones('Hoàn thiện dự thảo Nghị định trong tháng 6/2023; báo cáo kết quả Thủ tướng Chính phủ trong tháng 6/2023.', ctx)).toHaveLength(1)
  })

  it('a duty that recurs, then after "; " dated work of its own (also a report), is two tasks; a recurring frame before its comma is not', () => {
    const ctx = { today: '2026-05-12' }
    const weekly = splitMilestones('Định kỳ thứ Hai hàng tuần tổng hợp tình hình báo cáo Ủy ban nhân dân tỉnh; xây dựng Báo cáo tổng thể, trình Ủy ban nhân dân tỉnh trước ngày 20 tháng 7 năm 2026.', ctx)
    expect(weekly.map((p) => p.text.slice(0, 20))).toEqual(['Định kỳ thứ Hai hàng', 'xây dựng Báo cáo tổn'])
    expect(splitMilestones('Định kỳ vào thứ Sáu hàng tuần báo cáo Sở Nội vụ về tiến độ; báo cáo kết quả sắp xếp thôn trước ngày 15 tháng 7 năm 2026.', ctx)).toHaveLength(2)
    expect(splitMilestones('Định kỳ 6 tháng, báo cáo kết quả bố trí kinh phí trước ngày 15/6 và 15/12/2026.', ctx)).toHaveLength(1)
    // (a step that sends the work up still dates it: "hằng năm" here tells which assessment)
    expect(splitMilestones('Tham mưu ban hành Quy định giao chỉ tiêu gắn với đánh giá, xếp loại tổ chức đảng hằng năm; trình Ban Thường vụ trước tháng 6-2026.', ctx)).toHaveLength(1)
  })

  it('dated work, then after "; " a duty that recurs ("định kỳ …", "hằng quý …"), is two tasks; "hằng năm" inside a clause is not', () => {
    const ctx = { today: '2026-05-12' }
    const monthly = splitMilestones('Ban hành kế hoạch thực hiện Nghị quyết trong tháng 01/2027; định kỳ trước 25 hằng tháng báo cáo tiến độ với Ban Thường vụ Tỉnh ủy.', ctx)
    expect(monthly.map((p) => p.text.slice(0, 20))).toEqual(['Ban hành kế hoạch th', 'định kỳ trước 25 hằn'])
    expect(splitMilestones('Hoàn thành đề án trước ngày 30/6/2026; hằng quý báo cáo kết quả về Sở Nội vụ.', ctx)).toHaveLength(2)
    expect(splitMilestones('Hoàn thành đề án trước ngày 30/6/2026; báo cáo kết quả hằng năm về Sở Nội vụ.', ctx)).toHaveLength(1)
  })

  it('the next rung of a share to reach, in the same sentence, is a milestone of one target, not an action of its own', () => {
    const ctx = { today: '2026-04-01' }
    expect(splitMilestones('Phấn đấu xây dựng được ít nhất 20% xã không có ma túy ngay trong năm 2026 và xây dựng lộ trình thực hiện hằng năm đảm bảo đến năm 2030, ít nhất 50% xã không có ma túy.', ctx)).toHaveLength(1)
    // (a second action with no share of its own still is one)
    expect(splitMilestones('Phấn đấu đạt 20% xã không có ma túy trong năm 2026 và mở lớp bồi dưỡng cho cán bộ xã, hoàn thành trước ngày 31/3/2027.', ctx)).toHaveLength(2)
  })

  it('a later sentence that opens with an action, after one with a date, is another action that does not share that date', () => {
    const p = splitMilestones('Rà soát các công trình, hoàn thành trước ngày 31/12/2025 và báo cáo Sở. Thực hiện kê khai, đăng ký các công trình theo quy định.', { year: 2025 })
    expect(p.map((x) => x.text)).toEqual(['Rà soát các công trình, hoàn thành trước ngày 31/12/2025 và báo cáo Sở.', 'Thực hiện kê khai, đăng ký các công trình theo quy định.'])
    // (a sentence that only goes on with the same action stays with it)
    expect(splitMilestones('Rà soát các công trình, hoàn thành trước ngày 31/12/2025. Kết quả gửi Sở Xây dựng.', { year: 2025 })).toHaveLength(1)
  })

  it('splits an item after each parenthesised milestone with its own date', () => {
    const text = 'Tham mưu sơ kết việc thành lập chi bộ (trình Ban Bí thư quý IV-2013), quy định mô hình tổ chức (trình Ban Bí thư quý III-2014).'
    const p = splitMilestones(text, {})
    expect(p.map((x) => x.text)).toEqual(['Tham mưu sơ kết việc thành lập chi bộ (trình Ban Bí thư quý IV-2013)', 'quy định mô hình tổ chức (trình Ban Bí thư quý III-2014).'])
    expect(text.slice(p[1].offset, p[1].offset + p[1].text.length)).toBe(p[1].text)
  })

  it('keeps an item whole when its milestones share one date, and splits at a sentence that opens with its own time', () => {
    expect(splitMilestones('Xây dựng đề án (trình quý IV-2013) và ban hành quy chế (quý IV-2013).', {})).toHaveLength(1)
    const p = splitMilestones('Tiếp tục học tập và làm theo tấm gương đạo đức Hồ Chí Minh. Trong năm 2012, thực hiện tốt chuyên đề.', {})
    expect(p.map((x) => x.text)).toEqual(['Tiếp tục học tập và làm theo tấm gương đạo đức Hồ Chí Minh.', 'Trong năm 2012, thực hiện tốt chuyên đề.'])
  })
})

describe('splitMilestones, a dated sentence after one with no date', () => {
  it('is a task of its own (the contract: a separate sentence with a deadline of its own); a time line is not', () => {
    const p = splitMilestones('Các địa phương phát động chiến dịch hỗ trợ Nhân dân xây dựng lại nhà ở. Trong đó việc sửa chữa nhà ở bị hư hỏng phải hoàn thành trước ngày 31/12/2025.', {})
    expect(p.map((x) => x.text)).toEqual(['Các địa phương phát động chiến dịch hỗ trợ Nhân dân xây dựng lại nhà ở.', 'Trong đó việc sửa chữa nhà ở bị hư hỏng phải hoàn thành trước ngày 31/12/2025.'])
    expect(splitMilestones('Xây dựng kế hoạch tuyên truyền. Thời gian hoàn thành: trước ngày 31/12/2025.', {})).toHaveLength(1)
  })
})

describe('paragraphSentences', () => {
  it('is one item unless a sentence opens a new assignment; a time-only sentence joins the one before', () => {
    const p = paragraphSentences('Ban Dân vận chỉ đạo tổ chức hội nghị. Thời gian trong tháng 5/2012. Tài liệu theo hướng dẫn. Ban Tổ chức Tỉnh ủy chuẩn bị tài liệu.', {})
    expect(p.map((x) => x.text)).toEqual(['Ban Dân vận chỉ đạo tổ chức hội nghị. Thời gian trong tháng 5/2012. Tài liệu theo hướng dẫn.', 'Ban Tổ chức Tỉnh ủy chuẩn bị tài liệu.'])
  })

  it('a sentence opening with a time of its own is a new task', () => {
    const p = paragraphSentences('Rà soát quy hoạch cán bộ. Trong quý IV/2024, tổng kết công tác cán bộ.', {})
    expect(p).toHaveLength(2)
  })

  it('a closing call to carry out is none of the pieces, and the sentence after it is not its tail', () => {
    const p = paragraphSentences('Yêu cầu đồng chí Phó Giám đốc Sở và Trưởng phòng Quản lý Công nghiệp nghiêm túc triển khai thực hiện. Trong quá trình thực hiện, nếu có khó khăn, kịp thời báo cáo Giám đốc Sở.', {})
    expect(p.map((x) => x.text)).toEqual(['Trong quá trình thực hiện, nếu có khó khăn, kịp thời báo cáo Giám đốc Sở.'])
  })
})

describe('directiveSentences', () => {
  it('a sentence on a condition goes on with the standing rule before it: no task of its own', () => {
    const ctx = { today: '2026-07-10' }
    const step = 'Trong thời hạn 07 ngày, kể từ ngày nhận được ý kiến của Bộ Công an, Bộ Quốc phòng chủ trì thẩm định và cấp Giấy chứng nhận.'
    expect(directiveSentences(`${step} Trường hợp không cấp phải trả lời bằng văn bản nêu rõ lý do.`, ctx)).toEqual([])
    // (after a task, the condition is still that task's: it is joined to it)
    const task = 'Sở Tài chính chủ trì rà soát tài sản công, hoàn thành trước ngày 30/9/2026.'
    expect(directiveSentences(`${task} Trường hợp có vướng mắc, phải báo cáo Ủy ban nhân dân tỉnh.`, ctx).map((p) => p.text)).toEqual([`${task} Trường hợp có vướng mắc, phải báo cáo Ủy ban nhân dân tỉnh.`])
  })
  it('a last sentence that announces the items below it ("… các nội dung sau:") is none of them; one before it still is', () => {
    const ctx = { today: '2026-07-10' }
    const lead = 'Thực hiện Nghị định số 178/2026/NĐ-CP, nhằm bảo đảm việc quản lý tài sản thống nhất, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành nghiêm túc triển khai thực hiện các nội dung sau:'
    expect(directiveSentences(lead, ctx)).toEqual([])
    expect(directiveSentences(`Sở Tài chính khẩn trương rà soát tài sản, hoàn thành trước ngày 30/9/2026. ${lead}`, ctx).map((p) => p.text)).toEqual(['Sở Tài chính khẩn trương rà soát tài sản, hoàn thành trước ngày 30/9/2026.'])
  })
  it('a sentence of purpose alone ("Nhằm …, triển khai …."), before the lead-in that closes the paragraph, is none: it says why', () => {
    const ctx = { today: '2026-07-10' }
    const why = 'Nhằm triển khai thực hiện có hiệu quả công tác cai nghiện ma túy trên địa bàn tỉnh; giúp người nghiện hòa nhập cộng đồng.'
    const asks = 'Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:'
    expect(directiveSentences(`${why} ${asks}`, ctx)).toEqual([])
    // (without the lead-in after it, the sentence is read as before; one that directs before the lead-in still does)
    expect(directiveSentences(why, ctx).map((p) => p.text)).toEqual([why])
    const does = 'Sở Y tế khẩn trương triển khai thực hiện rà soát các cơ sở cai nghiện.'
    expect(directiveSentences(`${does} ${asks}`, ctx).map((p) => p.text)).toEqual([does])
  })
  it('keeps the sentences that direct, and lets the sentences after a request share its time', () => {
    const p = directiveSentences('Năm qua đã hoàn thành 12 đề án. Đồng chí Trưởng ban yêu cầu trong quý III/2024 toàn ngành cần rà soát quy hoạch. Tiếp tục thẩm định hồ sơ.', {})
    expect(p.map((x) => x.text)).toEqual(['Đồng chí Trưởng ban yêu cầu trong quý III/2024 toàn ngành cần rà soát quy hoạch.', 'Tiếp tục thẩm định hồ sơ.'])
    expect(p[1].inherited?.end).toBe('2024-09-30')
  })
})

describe('a clause after "; " whose own subject acts', () => {
  const ctx = { year: 2025 }
  it('is a task of its own in prose', () => {
    const text = 'Đề nghị các Tập đoàn tổ chức phủ sóng, hoàn thành trong tháng 12 năm 2025; Bộ Khoa học và Công nghệ hướng dẫn các Tập đoàn nêu trên.'
    expect(directiveSentences(text, ctx).map((p) => p.text)).toEqual([
      'Đề nghị các Tập đoàn tổ chức phủ sóng, hoàn thành trong tháng 12 năm 2025',
      'Bộ Khoa học và Công nghệ hướng dẫn các Tập đoàn nêu trên.',
    ])
  })
  it('is not, inside what a colon announces ("theo hướng: Bộ A chủ trì …; Bộ B chủ trì …")', () => {
    const text = 'Bộ Tài chính thống nhất với Bộ Nội vụ theo hướng: Bộ Nội vụ chủ trì nhóm nhiệm vụ tổ chức; Bộ Tài chính chủ trì nhóm nhiệm vụ tài chính.'
    expect(directiveSentences(text, ctx)).toHaveLength(1)
  })
})

describe('a sentence on a condition ("Trường hợp …", "Nếu …")', () => {
  const ctx = { year: 2025 }
  const text = 'Khẩn trương hoàn thành thực thi phương án đã được phê duyệt. Trường hợp có đề xuất khác, khẩn trương báo cáo cấp có thẩm quyền, đảm bảo hoàn thành trước ngày 15/12/2025.'
  it('is the task before it, which its date dates', () => {
    expect(directiveSentences(text, ctx).map((p) => p.text)).toEqual([text])
    expect(splitMilestones(text, ctx)).toHaveLength(1)
  })
})

describe('a sentence that opens by sending a report up before a limit', () => {
  const ctx = { year: 2025 }
  it('asks for that report, in prose too', () => {
    const text = 'Phối hợp với Sở Tài chính bố trí nguồn lực. Báo cáo nhu cầu hỗ trợ, gửi Bộ Tài chính trước ngày 03/12/2025 để tổng hợp.'
    expect(directiveSentences(text, ctx).map((p) => p.text)).toEqual(['Phối hợp với Sở Tài chính bố trí nguồn lực.', 'Báo cáo nhu cầu hỗ trợ, gửi Bộ Tài chính trước ngày 03/12/2025 để tổng hợp.'])
  })
  it('not when the date is a cut-off for figures ("tính đến ngày 31 tháng 12")', () => {
    const text = 'Báo cáo tổng hợp số liệu tính đến ngày 31 tháng 12 năm 2025 được khai thác từ cơ sở dữ liệu.'
    expect(directiveSentences(text, ctx)).toEqual([])
  })
})

describe('splitMilestones: a list numbered inline, and a sentence that dates what the one before made', () => {
  const ctx = { year: 2025 }
  const item = 'Khẩn trương hoàn thiện các báo cáo: (i) Báo cáo tình hình triển khai; (ii) Báo cáo các vướng mắc, trong đó phân loại: đã xử lý xong; tiếp tục được xử lý trong năm 2025 và chuyển sang năm 2026; (iii) Báo cáo về cắt giảm thủ tục hành chính. Các Báo cáo trên gửi Bộ Tư pháp trước ngày 05 tháng 12 năm 2025. Trên cơ sở đó, Bộ Tư pháp tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 10 tháng 12 năm 2025.'
  it('the list is one action, dated by the sentence that sends what it made; the next body\'s action is its own', () => {
    const ps = splitMilestones(item, ctx).map((p) => p.text)
    expect(ps).toHaveLength(2)
    expect(ps[0]).toMatch(/^Khẩn trương hoàn thiện các báo cáo: .* Các Báo cáo trên gửi Bộ Tư pháp trước ngày 05 tháng 12 năm 2025\.$/u)
    expect(ps[1]).toMatch(/^Trên cơ sở đó, Bộ Tư pháp tổng hợp/u)
  })
})

describe('splitMilestones: a list numbered inline whose items are tasks of their own', () => {
  const ctx = { year: 2025 }
  const texts = (t: string) => splitMilestones(t, ctx).map((p) => p.text)
  it('actions with dates of their own that differ: each item is a task', () => {
    const t = 'Bộ Khoa học và Công nghệ: (1) trình Thủ tướng Chính phủ Chương trình quốc gia, hoàn thành trong tháng 11 năm 2025; (2) chủ trì xây dựng Bộ công cụ giám sát trước ngày 10 tháng 12 năm 2025; (3) Khẩn trương ban hành văn bản hướng dẫn.'
    expect(texts(t)).toEqual([
      'Bộ Khoa học và Công nghệ: (1) trình Thủ tướng Chính phủ Chương trình quốc gia, hoàn thành trong tháng 11 năm 2025',
      'chủ trì xây dựng Bộ công cụ giám sát trước ngày 10 tháng 12 năm 2025',
      'Khẩn trương ban hành văn bản hướng dẫn.',
    ])
  })
  it('a later item whose own body acts is a task, even under one date', () => {
    const t = 'Khẩn trương ban hành chiến lược dữ liệu: (1) Thanh tra Chính phủ ban hành trước ngày 25 tháng 11 năm 2025; (2) Bộ Công an chủ trì ban hành hướng dẫn trước ngày 25 tháng 11 năm 2025.'
    expect(texts(t)).toHaveLength(2)
    expect(texts(t)[1]).toMatch(/^Bộ Công an chủ trì/u)
  })
  it('actions under one date, or things one verb acts on, stay one task', () => {
    expect(texts('Trung tâm dữ liệu quốc gia thực hiện: (1) Cung cấp hạ tầng cho các cơ quan; (2) Cung cấp dữ liệu mở, hoàn thành trong năm 2027.')).toHaveLength(1)
    expect(texts('Sở Nội vụ thực hiện: (1) Báo cáo tình hình, trước ngày 10 tháng 5 năm 2025; (2) Báo cáo nhu cầu vốn trước ngày 20 tháng 6 năm 2025.')).toHaveLength(2)
    expect(texts('Bộ Y tế bố trí cán bộ theo 03 lĩnh vực: (1) y tế dự phòng, năm 2025; (2) khám chữa bệnh, năm 2026.')).toHaveLength(1)
  })
})

describe('splitMilestones: a later sentence of an item whose subject is another body', () => {
  const ctx = { year: 2025 }
  const texts = (t: string) => splitMilestones(t, ctx).map((p) => p.text)
  it('is that body\'s task, named or assigned ("Giao X …")', () => {
    expect(texts('Bộ Nông nghiệp và Môi trường thống kê thiệt hại, báo cáo Thủ tướng Chính phủ. Bộ Tài chính khẩn trương xuất cấp gạo dự trữ quốc gia.')).toHaveLength(2)
    expect(texts('Bộ Tài chính xuất cấp gạo theo đề nghị của các địa phương. Giao Bộ Quốc phòng, Bộ Công an chỉ đạo vận chuyển gạo đến cho Nhân dân.')).toHaveLength(2)
  })
  it('the same body again stays in the one task', () => {
    expect(texts('Bộ Tài chính xuất cấp gạo theo đề nghị của các địa phương. Bộ Tài chính hướng dẫn thủ tục thanh toán.')).toHaveLength(1)
  })
})

describe('a note in brackets after the item\'s sentence that says who leads it and when', () => {
  it('stays with the item, in an item and in a paragraph', () => {
    const item = 'Kiểm tra việc lãnh đạo công tác phòng, chống tham nhũng. (Giao Ủy ban Kiểm tra Đảng ủy chủ trì, tham mưu trong quý III/2026).'
    expect(splitMilestones(item, {}).map((p) => p.text)).toEqual([item])
    expect(paragraphSentences(item, {}).map((p) => p.text)).toEqual([item])
  })
  it('a sentence in brackets that gives other work is still cut off', () => {
    const item = 'Kiểm tra việc thực hiện quy chế. (Ủy ban Kiểm tra Đảng ủy xây dựng báo cáo tổng kết trong quý IV/2026).'
    expect(splitMilestones(item, { year: 2026 }).length).toBe(2)
  })
})

describe('directiveSentences: a summing-up that asks', () => {
  it('is a task from its request on, without the year of the paper it sums up', () => {
    const ctx = { today: '2026-11-09' }
    const text = 'Trên đây là ý kiến góp ý đối với dự thảo Kế hoạch năm 2027, đề nghị Sở Tài chính tổng hợp, hoàn thiện dự thảo.'
    const out = directiveSentences(text, ctx)
    expect(out.map((p) => p.text)).toEqual(['đề nghị Sở Tài chính tổng hợp, hoàn thiện dự thảo.'])
    expect(out[0].offset).toBe(text.indexOf('đề nghị'))
  })
})

describe('directiveSentences: a later sentence whose body opens it and acts', () => {
  const ctx = { today: '2026-07-10' }
  it('after a sentence that directs, "Trung tâm Phục vụ hành chính công tỉnh công khai …" is the next assignment', () => {
    const first = 'Các bộ, ngành chủ trì công bố hằng tháng danh mục giấy tờ đã tích hợp.'
    const next = 'Trung tâm Phục vụ hành chính công tỉnh công khai danh mục đó cho người dân.'
    expect(directiveSentences(`${first} ${next}`, ctx).map((p) => p.text)).toEqual([first, next])
  })
  it('the same body again goes on with its own task: "… xây dựng đề án. Ban Tổ chức Trung ương hướng dẫn thực hiện …"', () => {
    const first = 'Ban Tổ chức Trung ương sẽ phối hợp với các cơ quan liên quan xây dựng đề án.'
    const again = 'Ban Tổ chức Trung ương hướng dẫn thực hiện và kịp thời sơ kết.'
    expect(directiveSentences(`${first} ${again}`, ctx).map((p) => p.text)).toEqual([`${first} ${again}`])
  })
  it('not after a sentence that only tells: a report stays none', () => {
    const told = 'Năm 2025, tỉnh đã cắt giảm 120 thủ tục hành chính.'
    expect(directiveSentences(`${told} Sở Tư pháp hướng dẫn chứng thực bản sao theo danh mục.`, ctx)).toEqual([])
  })
})
