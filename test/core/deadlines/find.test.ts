import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/core/parse.js'
import fc from 'fast-check'
import { scan, scanEvery, type Scan } from '../../../src/core/deadlines/find.js'
import { findDeadlines, lastDeadline, yearsMentioned } from '../../../src/core/deadlines/index.js'

const texts = (s: string, today?: string) => findDeadlines(s, { today }).map((m) => m.text)

describe('findDeadlines', () => {
  it('finds every phrase left to right, with offsets into the given text', () => {
    const s = 'Ban Tổ chức Trung ương chủ trì (trình Bộ Chính trị quý IV-2013), thực hiện xong trước tháng 12-2013.'
    const ms = findDeadlines(s)
    expect(ms.map((m) => m.text)).toEqual(['quý IV-2013', 'trước tháng 12-2013'])
    for (const m of ms) expect(s.slice(m.index, m.index + m.length)).toBe(m.text)
    expect(ms[1]).toMatchObject({ start: null, end: '2013-11-30', kind: 'limit' })
  })

  it('a time word counts at a word start only: not inside a word, nor glued to a number by / . , -', () => {
    expect(texts('xtháng 5/2026, 12/tháng 5/2026, 12.năm 2026, 2-năm 2026')).toEqual([])
    expect(texts('a/tháng 5/2026; b-năm 2026; (tháng 6/2026)')).toEqual(['tháng 5/2026', 'năm 2026', 'tháng 6/2026'])
    expect(texts('đạtháng 5/2026 và é năm 2026')).toEqual(['năm 2026'])
  })

  it('the month of a meeting an act cited is named after is no deadline; a meeting\'s month alone, as a schedule gives it, is', () => {
    expect(texts('Tại Nghị quyết phiên họp Chính phủ thường kỳ tháng 8/2016, Chính phủ yêu cầu các Bộ quyết liệt thực hiện các giải pháp.')).toEqual([])
    expect(texts('Thực hiện các kết luận tại Thông báo phiên họp thường kỳ tháng 10/2026 của Thường trực Hội đồng nhân dân tỉnh.')).toEqual([])
    expect(texts('Phiên họp tháng 3/2026')).toEqual(['tháng 3/2026'])
  })

  it('maps offsets back to decomposed input', () => {
    const s = 'Hoàn thành trong quý III năm 2024.'.normalize('NFD')
    const [m] = findDeadlines(s)
    expect(s.slice(m.index, m.index + m.length).normalize('NFC')).toBe('trong quý III năm 2024')
    expect(m.end).toBe('2024-09-30')
  })

  it.each([
    'Quán triệt Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Hội nghị Trung ương 4 (khóa XI).',
    'theo tinh thần Kết luận (số 64-KL/TW, ngày 28-5-2013) của Ban Chấp hành.',
    'thực hiện Quy định số 23, ngày 15-01-2002 của Bộ Chính trị.',
    'Chỉ thị 03-CT/TW ngày 14/5/2011 về tiếp tục đẩy mạnh.',
    'trên cơ sở Kế hoạch 08, ngày 12/3/2012 của Bộ Chính trị.',
    'theo Kết luận số 01-KL/BTCTW, ngày 02/4/2016 của Ban Tổ chức.',
    'ban hành kèm theo Quyết định số 158 QĐ/TW, ngày 12-8-2008.',
    'theo Nghị định ngày 29 tháng 4 năm 2026 của Chính phủ',
    'Đại hội Đảng bộ tỉnh nhiệm kỳ 2016 - 2021',
    'theo quy định của Luật Đất đai năm 2024',
    'các quy định mới tại Luật Cán bộ, công chức năm 2024',
    'hoàn thiện công tác quyết toán ngân sách nhà nước năm 2023',
    'chuẩn bị tốt Kỳ thi tốt nghiệp Trung học phổ thông năm 2024',
    'tăng 10% so với năm 2023',
    'năm sau cao hơn năm trước',
    'trong những năm tới',
    'khen thưởng 02 năm liền, kiểm tra 01 năm 02 lần, hai năm liền',
    'đạt 6/10 điểm trở lên; các điểm từ 1-10',
    'chi thường xuyên của ngân sách',
  ])('finds nothing in a reference, a term, a comparison or a count: %s', (s) => {
    expect(texts(s, '2024-06-15')).toEqual([])
  })

  it('a plan\'s period made a range by "đến" still names the plan: "quy hoạch … giai đoạn từ năm 2026 đến năm 2030"', () => {
    const ctx = { today: '2026-03-10' }
    expect(lastDeadline('rà soát quy hoạch cụm công nghiệp giai đoạn từ năm 2026 đến năm 2030, hoàn thành trong năm 2026', ctx)?.end).toBe('2026-12-31')
    // (with no plan before it, the range is the time of the work)
    expect(lastDeadline('hỗ trợ doanh nghiệp giai đoạn từ năm 2026 đến năm 2030', ctx)?.end).toBe('2030-12-31')
  })

  it('a period of a year or more over before the text\'s year names what the work is about, not its deadline', () => {
    const ctx = { today: '2025-06-10' }
    expect(lastDeadline('Ban hành chính sách đối với người tham gia kháng chiến trong giai đoạn 1974 - 1975', ctx)).toBeNull()
    expect(lastDeadline('Căn cứ Luật Luật sư năm 2006, hoàn thành đề án trong năm 2025', ctx)?.end).toBe('2025-12-31')
    // a day before the text's year is still read: it may be a slip, and a user should see it
    expect(lastDeadline('Báo cáo trước ngày 15/12/2024', ctx)?.end).toBe('2024-12-14')
    // with no date of its own, the text has no year to compare with
    expect(lastDeadline('trong giai đoạn 1974 - 1975')?.end).toBe('1975-12-31')
    // unless it cites an act: it was written no earlier than the latest one
    expect(lastDeadline('người tham gia kháng chiến trong giai đoạn 1974 - 1975', { since: '2018-06-26' })).toBeNull()
    expect(lastDeadline('hoàn thành trong năm 2019', { since: '2018-06-26' })?.end).toBe('2019-12-31')
  })
  it('an undated text takes the latest date of the acts it cites as the year it was written no earlier than', () => {
    const doc = parseDocument(['# BAN HÀNH KẾ HOẠCH TỔ CHỨC THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW', 'Thực hiện Quyết định số 773/QĐ-TTg ngày 26/6/2018 của Thủ tướng Chính phủ;', '1. Bộ Lao động - Thương binh và Xã hội', '- Nghiên cứu chính sách đối với người tham gia kháng chiến trong giai đoạn 1974 - 1975.'].join('\n'), { file: 'x.md', markdown: true })
    expect(doc.tasks.find((t) => t.text.startsWith('Nghiên cứu'))!.deadline).toBeNull()
  })

  it('still reads a deadline that follows a reference', () => {
    expect(texts('Thực hiện Chỉ thị 03-CT/TW ngày 14/5/2011, hoàn thành trước ngày 30/6/2012.')).toEqual(['trước ngày 30/6/2012'])
  })

  it('reads bare day-month forms only after a cue word', () => {
    expect(texts('Báo cáo trước 15/12 và đạt 2/3 số xã.')).toEqual(['trước 15/12'])
  })

  it('lends a written year to a month without one in the same text', () => {
    const [m] = findDeadlines('trình Bộ Chính trị trong tháng 10 và thực hiện xong trước tháng 12-2013', { year: 2020 })
    expect(m).toMatchObject({ text: 'trong tháng 10', start: '2013-10-01', end: '2013-10-31' })
  })

  it('reads recurring and conditional phrases in running text', () => {
    const ms = findDeadlines('6 tháng và hằng năm báo cáo kết quả; sau khi Hiến pháp sửa đổi được ban hành, rà soát.')
    expect(ms.map((m) => [m.kind, m.recurrence])).toEqual([
      ['recurring', 'half-yearly'],
      ['conditional', null],
    ])
  })
})

describe('the horizon of a strategy or programme named in the text', () => {
  it('a programme\'s period at the end of its long name names the programme; "trong giai đoạn …" still dates the work', () => {
    expect(texts('Hội đồng thẩm định thẩm định Báo cáo đề xuất chủ trương đầu tư Chương trình mục tiêu quốc gia xây dựng nông thôn mới và giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2035 khẩn trương hoàn thành thủ tục.')).toEqual([])
    expect(texts('Sở Y tế triển khai các biện pháp phòng bệnh, thực hiện trong giai đoạn 2026 - 2030.')).toEqual(['trong giai đoạn 2026 - 2030'])
    expect(texts('Sở Y tế tổ chức tập huấn cho cán bộ y tế cơ sở giai đoạn 2026 - 2030.')).toEqual(['giai đoạn 2026 - 2030'])
  })
  it('a plan\'s "thời kỳ" names the planning: "điều chỉnh quy hoạch xã Công Hải thời kỳ 2021 - 2030"; "trong thời kỳ" still dates the work', () => {
    expect(texts('Tập trung chỉ đạo rà soát, điều chỉnh quy hoạch xã Công Hải thời kỳ 2021 - 2030 để phù hợp với ranh giới mới.')).toEqual([])
    expect(texts('Sở Y tế triển khai các biện pháp phòng bệnh trong thời kỳ 2026 - 2030.')).toEqual(['trong thời kỳ 2026 - 2030'])
  })
  it('a title runs to its year: "Chiến lược … đến năm 2030", "Chương trình … đến 2030, tầm nhìn 2035"; "đến hết năm" still limits', () => {
    expect(texts('Triển khai Chiến lược phát triển ngành than đến năm 2030.')).toEqual([])
    expect(texts('Triển khai Chương trình phát triển công nghiệp công nghệ số Việt Nam đến 2030, tầm nhìn 2035.')).toEqual([])
    expect(texts('Xây dựng Đề án sắp xếp đơn vị hành chính đến năm 2030 trước tháng 6/2026.')).toEqual(['trước tháng 6/2026'])
    expect(texts('Hoàn thành Đề án sắp xếp đơn vị hành chính đến hết năm 2026.')).toEqual(['đến hết năm 2026'])
  })
  it('the period of a sum of money names the money: "tổng mức vốn … giai đoạn 2025-2030"; "trong giai đoạn" still dates the work', () => {
    expect(texts('thông báo tổng mức vốn sự nghiệp nguồn ngân sách nhà nước giai đoạn 2025-2030 theo quy định.')).toEqual([])
    expect(texts('bố trí kinh phí thực hiện trong giai đoạn 2025-2030.')).toEqual(['trong giai đoạn 2025-2030'])
    // the money's purpose names the time: the policy's period, not the money's
    expect(texts('bố trí kinh phí thực hiện chính sách hỗ trợ đào tạo giai đoạn 2026-2030.')).toEqual(['giai đoạn 2026-2030'])
  })
  it('a long title\'s year names it: "ban hành Kế hoạch triển khai ứng dụng AI trong cải cách hành chính năm 2026"', () => {
    expect(texts('Tham mưu ban hành Kế hoạch triển khai ứng dụng AI trong cải cách hành chính và chính quyền số năm 2026.')).toEqual([])
    expect(texts('Tham mưu ban hành Kế hoạch triển khai ứng dụng AI, hoàn thành trong năm 2026.')).toEqual(['trong năm 2026'])
  })
  it('"đến năm 2030, tầm nhìn đến năm 2045" and "…, định hướng đến năm 2035" are a title\'s years, not a time to end by', () => {
    expect(texts('Thực hiện Nghị quyết số 10-NQ/TW về định hướng chiến lược khoáng sản đến năm 2030, tầm nhìn đến năm 2045.')).toEqual([])
    expect(texts('Triển khai Chương trình phát triển nhân lực đến năm 2030, định hướng đến năm 2035 trước tháng 12/2026.')).toEqual(['trước tháng 12/2026'])
    // a time to end by stays one
    expect(texts('Hoàn thành việc sắp xếp đến năm 2030.')).toEqual(['đến năm 2030'])
    // nor is the horizon the year a phrase without one falls in
    const late = findDeadlines('kế hoạch giai đoạn 2026-2030, tầm nhìn đến năm 2045; ứng phó với ô nhiễm vào cuối tháng 11', { year: 2025 })
    expect(late.map((m) => [m.text, m.end])).toEqual([['vào cuối tháng 11', '2025-11-30']])
  })
})

describe('a time back then, after "hồi"', () => {
  it('"đã có chỉ đạo hồi đầu năm", "hồi tháng 3/2018" are no time limits; "đầu năm 2019" alone is one', () => {
    expect(texts('vì sao đã có chỉ đạo hồi đầu năm nhưng đến nay việc kiểm tra chưa hoàn thành', '2018-07-31')).toEqual([])
    expect(texts('Tỉnh đã chỉ đạo hồi tháng 3/2018.')).toEqual([])
    expect(texts('Hoàn thành kiểm tra đầu năm 2019.')).toEqual(['đầu năm 2019'])
  })
  it('"bảy tháng đầu năm", "6 tháng cuối năm": a part of the year counted, no time limit', () => {
    expect(texts('Vậy bảy tháng đầu năm, số tiếp công dân ít nhất 56 lượt.', '2018-07-31')).toEqual([])
    expect(texts('Báo cáo kết quả 6 tháng cuối năm 2025.')).toEqual([])
  })
})

describe('a commitment\'s year', () => {
  it('"phù hợp cam kết của Việt Nam phát thải ròng bằng “0” vào năm 2050" is the country\'s target, not the task\'s end', () => {
    expect(texts('Đẩy mạnh chuyển đổi xanh, phù hợp cam kết của Việt Nam phát thải ròng bằng “0” vào năm 2050.')).toEqual([])
    // a year the work itself must reach stays one
    expect(texts('Phấn đấu đạt phát thải ròng bằng “0” vào năm 2050.')).toEqual(['vào năm 2050'])
  })
})

describe('a goal\'s horizon', () => {
  it('"… đáp ứng mục tiêu tăng trưởng kinh tế năm 2025 và giai đoạn 2026 - 2030" names the goal\'s years, not the task\'s end', () => {
    expect(texts('Chủ động dự báo nhu cầu sử dụng than đáp ứng mục tiêu tăng trưởng kinh tế năm 2025 và giai đoạn 2026 - 2030.')).toEqual([])
    // the time limit of the same sentence stays one, and so does a goal's year given with its preposition
    expect(texts('Rút ngắn thời gian giải quyết thủ tục đáp ứng mục tiêu tăng trưởng năm 2025, báo cáo trong tháng 10 năm 2025.')).toEqual(['trong tháng 10 năm 2025'])
    expect(texts('Hoàn thành các mục tiêu của Kế hoạch trong năm 2026.')).toEqual(['trong năm 2026'])
  })
})

describe('the expected time of an event, in brackets after it', () => {
  it('"… tại Kỳ họp thứ Sáu (dự kiến tổ chức vào tháng 12/2017)" dates the session, not the task', () => {
    // (what is left is the event the task waits for, which has no end)
    expect(findDeadlines('Xem xét phê duyệt quy hoạch ngay sau khi được HĐND tỉnh thông qua vào Kỳ họp thứ Sáu HĐND tỉnh, khóa XVII (dự kiến tổ chức vào tháng 12/2017).').map((m) => m.end)).toEqual([null])
    expect(texts('Báo cáo kết quả thực hiện tại Kỳ họp thứ Sáu, HĐND tỉnh (dự kiến tổ chức tháng 12/2017).')).toEqual([])
    // the task's own time in brackets stays one
    expect(texts('Hoàn thành việc bàn giao công trình (dự kiến trong tháng 12/2017).')).toEqual(['trong tháng 12/2017'])
  })
})

describe('the day an act was signed, told in the past', () => {
  it('"Hiệp định … đã được ký kết ngày 18/11/2009" limits nothing; "được phê duyệt trước ngày …" still does', () => {
    expect(texts('Tăng cường hợp tác bảo vệ nguồn nước, tuân thủ Hiệp định đã được ký kết ngày 18/11/2009;')).toEqual([])
    expect(texts('Quy hoạch được phê duyệt trước ngày 30/6/2026.')).toEqual(['trước ngày 30/6/2026'])
  })
})

describe('lastDeadline', () => {
  it('returns the latest end among the milestones', () => {
    const m = lastDeadline('trình Bộ Chính trị trong tháng 10 và thực hiện xong trước tháng 12-2013')
    expect(m).toMatchObject({ text: 'trước tháng 12-2013', end: '2013-11-30' })
  })

  it('falls back to a recurring or conditional phrase, then null', () => {
    expect(lastDeadline('Hằng quý báo cáo Ban Thường vụ.')).toMatchObject({ kind: 'recurring', end: null })
    expect(lastDeadline('Thực hiện từ quý II/2024.')).toMatchObject({ kind: 'open-start', end: null })
    expect(lastDeadline('Quán triệt sâu sắc Nghị quyết số 12-NQ/TW ngày 16/01/2012.')).toBeNull()
  })

  it('reports an impossible date when nothing else is there', () => {
    expect(lastDeadline('Hoàn thành ngày 31/4/2024.')).toMatchObject({ end: null, invalid: expect.any(String) })
  })
})

describe('yearsMentioned', () => {
  it('lists plausible years outside references and document numbers', () => {
    const s = 'Căn cứ Nghị định số 142/2025/NĐ-CP ngày 12/6/2020; nhiệm kỳ 2015 - 2020; trong năm 2024 và giai đoạn 2026 - 2030, dân số 1.234.567.'
    expect(yearsMentioned(s)).toEqual([2024, 2026, 2030])
  })
})

describe('a year that names an event', () => {
  it('is not a deadline: "Hội nghị toàn quốc … năm 2016"', () => {
    expect(lastDeadline('Tập trung chỉ đạo thực hiện tốt Kết luận tại Hội nghị toàn quốc Ngành Tổ chức xây dựng Đảng năm 2016 với 08 giải pháp.', {})).toBeNull()
  })
  it('but "trong năm 2016" after the event still is', () => {
    expect(lastDeadline('Tổ chức Hội nghị toàn quốc trong năm 2016.', {})?.end).toBe('2016-12-31')
  })
  it('nor a year counted from now that names a plan or a report: "kế hoạch bồi dưỡng cho năm sau", "báo cáo kết quả năm trước"', () => {
    const ctx = { today: '2026-03-10' }
    expect(lastDeadline('Trung tâm có văn bản báo cáo về số học viên; dự kiến kế hoạch bồi dưỡng cho năm sau.', ctx)).toBeNull()
    expect(lastDeadline('Gửi báo cáo kết quả năm trước về Sở Nội vụ.', ctx)).toBeNull()
    expect(lastDeadline('Hoàn thành kế hoạch trong năm sau.', ctx)?.end).toBe('2027-12-31')
  })
})

describe('a year of a topic in a report\'s list of topics', () => {
  it('"Kết quả thực hiện Nghị quyết … năm 2018", a matter a supervision lists by its results, has no deadline in its years', () => {
    expect(lastDeadline('Kết quả thực hiện Nghị quyết của HĐND tỉnh về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2018.', {})).toBeNull()
    expect(lastDeadline('Kết quả triển khai Chương trình giai đoạn 2015 - 2020 trên địa bàn tỉnh.', {})).toBeNull()
    // (a result asked for by a date, or a text that does not open with the results, still has one)
    expect(lastDeadline('Kết quả thực hiện Nghị quyết báo cáo trước ngày 15/12/2018.', {})?.end).toBe('2018-12-14')
    expect(lastDeadline('Tổng hợp kết quả thực hiện Nghị quyết trong năm 2018.', {})?.end).toBe('2018-12-31')
  })
  it('"Các Báo cáo của Ủy ban nhân dân tỉnh về …; thực hành tiết kiệm, chống lãng phí năm 2017;" is the time reported on', () => {
    expect(lastDeadline('Các Báo cáo của Ủy ban nhân dân tỉnh về phát triển kinh tế - xã hội; thực hành tiết kiệm, chống lãng phí năm 2017; công tác phòng, chống tội phạm;', {})).toBeNull()
  })
  it('a time given to the report itself still dates it', () => {
    expect(lastDeadline('Ủy ban nhân dân tỉnh báo cáo về phát triển kinh tế - xã hội; công tác phòng, chống tham nhũng trong năm 2017.', {})?.end).toBe('2017-12-31')
  })
})

describe('findDeadlines on a text read before', () => {
  it('reads the same text again against each context: the year it lacks comes from the context of each call', () => {
    const text = 'hoàn thành trước ngày 15/3'
    expect(findDeadlines(text, { year: 2025 })[0]?.end).toBe('2025-03-14')
    expect(findDeadlines(text, { year: 2026 })[0]?.end).toBe('2026-03-14')
    expect(findDeadlines(text, { year: 2025 })[0]?.end).toBe('2025-03-14')
  })
})

describe('scan by trigger word', () => {
  const spans = (s: Scan) => ({ nodes: s.nodes.map((n) => [n.i, n.j, n.kind, n.unit, n.year]), skipped: s.skipped })

  it('skips trigger words that open no phrase where they stand, and still reads those that do', () => {
    const low = 'theo quy định, trung ương chủ trì; không quá 30 ngày kể từ ngày ký; định kỳ 6 tháng; trung tuần tháng 5/2026; chủ nhật, ngày 7/6/2026; 2 lần/năm'
    const { nodes } = scan(low, false)
    expect(nodes.map((n) => low.slice(n.i, n.j))).toEqual(['không quá 30 ngày kể từ ngày ký', 'định kỳ 6 tháng', 'trung tuần tháng 5/2026', 'chủ nhật, ngày 7/6/2026', '2 lần/năm'])
  })

  it.each([
    'hạn chót ngày 15/12/2026', 'hạn cuối tháng 5/2026', 'không chậm quá ngày 15/12/2026', 'không muộn hơn ngày 15/12/2026',
    'chậm nhất ngày 15/12/2026', 'muộn nhất ngày 15/12/2026', 'cho đến hết năm 2026', 'kể từ ngày 15/12/2026', 'thời kỳ 2021 - 2030',
    'giai đoạn 2021 - 2025', 'niên độ 2026', 'đột xuất khi có yêu cầu', 'khi có yêu cầu', 'lúc có yêu cầu', 'hằng năm', 'hàng quý',
    'mỗi tháng', 'mười hai tháng tới', 'ba tháng và hằng năm', 'tư lần/năm', 'thường xuyên', 'thường niên', 'theo định kỳ', 'đầu năm 2026',
    'giữa tháng 5/2026', 'cuối quý ii/2026', 'thượng tuần tháng 5/2026', 'hạ tuần tháng 5/2026', 'thứ hai, ngày 15/12/2026',
    'chúa nhật, ngày 14/12/2025', 'quy [v/2026', '9h ngày 15/12/2026', '15 giờ ngày 15/12/2026', '27, 28/3/2026', '5 tháng 6 năm 2026',
    '2021 - 2025', '6 tháng đầu năm 2026',
  ])('reads "%s"', (low) => {
    expect(spans(scan(low, false))).toEqual(spans(scanEvery(low, false)))
    expect(scan(low, false).nodes.length + scan(low, false).skipped.length).toBeGreaterThan(0)
  })

  it('finds what the scan at every hit of the trigger regex finds', () => {
    const piece = fc.constantFrom(
      'trung', 'tuần', 'thượng', 'hạ', 'đầu', 'giữa', 'cuối', 'quy', 'quý', 'iv', 'chủ', 'chúa', 'nhật', 'thứ', 'theo', 'định', 'kỳ', 'thường',
      'xuyên', 'niên', 'không', 'quá', 'muộn', 'chậm', 'nhất', 'hạn', 'chót', 'cho', 'đến', 'tới', 'kể', 'từ', 'thời', 'giai', 'đoạn', 'độ',
      'khi', 'lúc', 'có', 'yêu', 'cầu', 'đột', 'xuất', 'hằng', 'hàng', 'mỗi', 'mười', 'một', 'hai', 'ba', 'tư', 'năm', 'tháng', 'ngày', 'lần',
      'buổi', 'trong', 'trước', 'sau', 'hết', 'là', 'ký', 'này', 'nay', '6', '15', '2026', '2021 - 2025', '5/2026', '15/12', '9h', '14 giờ',
      '1.', ',', '/', '-', '(', ')', 'và', 'xã', '12a', '½', 'ð', 'é',
      // whole atoms, so that the words before them often make a phrase
      'tháng 5/2026', 'quý ii/2026', 'quý [v/2026', 'ngày 15/12/2026', 'năm 2026', 'tuần đầu tháng 6', 'ngày ký', 'hôm nay',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.constantFrom(' ', '', '  '), (words, sep) => {
        const low = words.join(sep)
        expect(spans(scan(low, false))).toEqual(spans(scanEvery(low, false)))
      }),
      { numRuns: 20000 },
    )
  })
})

describe('lastDeadline: a limit wins over a period the text only names', () => {
  it('"… phương án phân bổ vốn giai đoạn 2026 - 2030, gửi Bộ Tài chính trước ngày 15 tháng 5 năm 2026" is due on 14 May', () => {
    expect(lastDeadline('Hoàn thiện phương án phân bổ vốn giai đoạn 2026 - 2030, gửi Bộ Tài chính trước ngày 15 tháng 5 năm 2026 để tổng hợp.')?.end).toBe('2026-05-14')
    expect(lastDeadline('Bổ sung các chỉ tiêu trong năm 2026 và giai đoạn 2026 - 2030, gửi Bộ Tài chính trước ngày 06 tháng 5 năm 2026.')?.end).toBe('2026-05-05')
  })
  it('a period shorter than a year is a step of its own, and the latest end still wins', () => {
    expect(lastDeadline('Hoàn thành trước ngày 20 tháng 4 năm 2026; báo cáo Thủ tướng Chính phủ trong tháng 4 năm 2026.')?.end).toBe('2026-04-30')
  })
  it('without a limit, the latest period still dates the item', () => {
    expect(lastDeadline('Triển khai trong quý II và hoàn thành trong năm 2026.')?.end).toBe('2026-12-31')
  })
  it('"tháng 6/2025 và 7/2025": a second month of the year written bare after the first is read too', () => {
    expect(lastDeadline('Tập trung cao điểm trong thời gian tháng 6/2025 và 7/2025.')?.end).toBe('2025-07-31')
    expect(lastDeadline('Hoàn thành trong tháng 6/2025, 7/2025.')?.end).toBe('2025-07-31')
    // (not an earlier month, nor a number that goes on: "7/2025/QĐ-UBND")
    expect(lastDeadline('Hoàn thành trong tháng 6/2025 và 5/2025.')?.end).toBe('2025-06-30')
  })
  it('a year right before the days of its event names which year\'s event: "khám tuyển … năm 2025 từ ngày 15 – 17/10/2025"', () => {
    expect(lastDeadline('Chuẩn bị khám tuyển nghĩa vụ quân sự năm 2025 từ ngày 15 – 17/10/2025 trên địa bàn xã.')?.end).toBe('2025-10-17')
    expect(lastDeadline('Chuẩn bị khám tuyển nghĩa vụ quân sự năm 2027 từ ngày 15 – 17/12/2026 tại Trạm Y tế xã.')?.end).toBe('2026-12-17')
    // (not apart from it: the year is then a milestone of its own)
    expect(lastDeadline('Tổ chức hội nghị ngày 20/10/2026 và hoàn thành trong năm 2026.')?.end).toBe('2026-12-31')
  })
})

describe('counted from the day the document takes effect', () => {
  const text = 'Trong thời hạn 03 tháng kể từ ngày Nghị quyết này có hiệu lực thi hành, các cơ quan có trách nhiệm chuyển giao hồ sơ.'
  it('ends when the document says that day: three months from 29/4/2026 is 29/7/2026', () => {
    expect(lastDeadline(text, { today: '2026-04-20', effective: '2026-04-29' })).toMatchObject({ kind: 'conditional', start: '2026-04-30', end: '2026-07-29' })
    expect(lastDeadline('chậm nhất 20 ngày kể từ ngày Quyết định này có hiệu lực, Sở Tư pháp công bố thủ tục.', { effective: '2026-05-01' })).toMatchObject({ start: null, end: '2026-05-21' })
  })
  it('stays conditional, with no end, when the day is not known', () => {
    expect(lastDeadline(text, { today: '2026-04-20' })).toMatchObject({ kind: 'conditional', end: null })
  })
})

describe('counted from the day an act the document names takes effect', () => {
  const text = 'Rà soát, phân loại tài sản trong thời hạn 02 năm kể từ ngày Nghị định số 178/2026/NĐ-CP có hiệu lực thi hành.'
  it('ends when the document says that act\'s day (its number matched in any case, a scan\'s "sô" too)', () => {
    const actsInForce = { '178/2026/nđ-cp': '2026-07-06' }
    expect(lastDeadline(text, { today: '2026-08-01', actsInForce })).toMatchObject({ kind: 'conditional', end: '2028-07-06' })
    expect(lastDeadline(text.replace('số', 'sô'), { today: '2026-08-01', actsInForce })?.end).toBe('2028-07-06')
  })
  it('stays conditional, with no end, for an act whose day the document does not say', () => {
    expect(lastDeadline(text, { today: '2026-08-01', actsInForce: { '68/2025/nđ-cp': '2025-09-01' } })).toMatchObject({ kind: 'conditional', end: null })
    expect(lastDeadline(text, { today: '2026-08-01' })).toMatchObject({ kind: 'conditional', end: null })
  })
})

describe('a period before the text\'s own time', () => {
  it('names what the work is about, never when it is due', () => {
    const text = 'rà soát số liệu của năm trước năm rà soát, gửi Bộ trước ngày 30 tháng 6 hằng năm'
    expect(findDeadlines(text, { today: '2025-11-20' }).some((m) => m.kind === 'relative')).toBe(true)
    const picked = lastDeadline(text, { today: '2025-11-20' })
    expect(picked?.kind).toBe('recurring')
    expect(lastDeadline('báo cáo kết quả 6 tháng qua', { today: '2025-11-20' })).toBeNull()
  })
})

describe('lastDeadline: a day of each year', () => {
  const ctx = { year: 2025, yearFrom: "the document's date" }
  it('a day with no year written in a duty that comes back every year is no date of the document\'s year', () => {
    expect(lastDeadline('Các bộ, ngành định kỳ hằng năm gửi báo cáo Bộ Khoa học và Công nghệ trước ngày 15 tháng 12 để tổng hợp.', ctx)).toMatchObject({ kind: 'recurring', end: null })
    expect(lastDeadline('Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết quả thực hiện về Sở Xây dựng.', ctx)).toMatchObject({ kind: 'recurring', end: null })
  })
  it('nor in one that comes back every half year or quarter: the days are each cycle\'s', () => {
    const half = 'Các bộ tập trung chỉ đạo thực hiện, định kỳ 6 tháng báo cáo kết quả về Bộ trước ngày 15 tháng 6 và trước ngày 01 tháng 12 để tổng hợp.'
    expect(lastDeadline(half, ctx)).toMatchObject({ kind: 'recurring', recurrence: 'half-yearly', end: null })
    expect(lastDeadline('Định kỳ hằng quý báo cáo tiến độ trước ngày 20 tháng 3.', ctx)).toMatchObject({ kind: 'recurring', end: null })
  })
  it('a day with its year, or a yearless day in a duty done once, still dates it', () => {
    expect(lastDeadline('Định kỳ hằng năm báo cáo kết quả; năm 2025 gửi trước ngày 15 tháng 12 năm 2025.', ctx)?.end).toBe('2025-12-14')
    expect(lastDeadline('Gửi báo cáo Bộ Khoa học và Công nghệ trước ngày 15 tháng 12 để tổng hợp.', ctx)?.end).toBe('2025-12-14')
  })
})

describe('a time inside quotation marks', () => {
  it('belongs to the quoted title; after a mark the text never closes, it is the task\'s again', () => {
    expect(texts('Triển khai Đề án "Phát triển nhân lực giai đoạn 2026 - 2030" trên địa bàn.')).toEqual([])
    expect(texts('Kiểm tra việc thực hiện Chỉ thị số 05-CT/TW "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. (Giao Ban Xây dựng Đảng chủ trì, tham mưu trong quý II/2029).')).toEqual(['trong quý II/2029'])
  })
})
