import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/core/parse.js'
import { MANDATE_ASIDE, closingCall, isDirective, isGroupTimeLine, summedUpAsk, isNarrative, isStandingRule, isTimeLine, opensAsReport, opensWithAction, opensWithRole, opensWithWork, sentences } from '../../src/core/grammar/cues.js'
import { words } from '../words.js'

describe('sentences', () => {
  it('splits after a full stop or an ellipsis before a capital, not after TP.', () => {
    const s = sentences('Đã có kết quả. Ban Tổ chức Trung ương sẽ phối hợp... Ban hành tại TP. Hồ Chí Minh.')
    expect(s.map((x) => words(x))).toEqual(['Đã có kết quả.', 'Ban Tổ chức Trung ương sẽ phối hợp...', 'Ban hành tại TP. Hồ Chí Minh.'])
    expect(s[1].offset).toBe(15)
  })
})

describe('isDirective', () => {
  it.each([
    'Ban Tổ chức Trung ương sẽ phối hợp với Văn phòng Trung ương Đảng nghiên cứu.',
    'Bộ Chính trị giao Ban Tổ chức Trung ương chủ trì chuẩn bị nội dung.',
    'Do đó phải tham mưu xây dựng quy chế kiểm tra, giám sát.',
    'đồng chí yêu cầu trong quý II, toàn Ngành cần phát huy kết quả đạt được.',
    'Ban Tổ chức Tỉnh ủy đã xây dựng chương trình ngay trong năm 2024 tiến hành kiểm tra việc thực hiện.',
    // (work given to a board by its capitalised name, not the briefing "giao ban")
    'Ủy ban nhân dân tỉnh giao Ban Dân tộc tỉnh khảo sát tình hình dịch bệnh tại các thôn vùng cao.',
    'Giao Ban Chỉ huy Quân sự tỉnh huy động lực lượng dân quân phun hóa chất.',
  ])('directs: %s', (s) => expect(isDirective(s)).toBe(true))

  it.each([
    'Ban Tổ chức Trung ương đã tham mưu Ban Bí thư ban hành Hướng dẫn số 03-HD/TW.',
    'Tổ chức khảo sát, xây dựng quy định về mô hình thí điểm giao quyền cấp trên cơ sở.',
    'Cuộc họp giao ban định kỳ của lãnh đạo Sở được tổ chức vào sáng thứ Hai hằng tuần.',
    'Năm 2012, Ban Tổ chức Trung ương được Trung ương, Bộ Chính trị, Ban Bí thư giao trực tiếp chủ trì gần 40 đề án.',
    'Tuy nhiên, thực tế việc chất vấn mới được thực hiện ở một số kỳ họp.',
    'Đây là một khối lượng công việc rất lớn, với yêu cầu cao.',
    'Tại trụ sở Ủy ban nhân dân các thành phố: Hà Nội, Đà Nẵng, Cần Thơ.',
    'Về thành phần hồ sơ: Đơn đề nghị cấp Giấy phép theo mẫu số 01.',
    'Hồ sơ đề nghị cấp lại Giấy xác nhận gồm bản sao giấy tờ chứng minh.',
    'Thay mặt Thủ tướng Chính phủ, ghi nhận và đánh giá cao sự nỗ lực, tích cực, khẩn trương của Bộ Tài chính trong quá trình chuẩn bị hồ sơ Đề án.',
    'Việc hợp nhất 03 Chương trình có ý nghĩa hết sức quan trọng, để thực hiện mục tiêu của Đảng và Nhà nước; đây là mục tiêu cao nhất, cần phải thống nhất về mặt nhận thức.',
    // an act signed on a day the sentence names, as a page tells of it
    'Ngày 5/12/2025, Phó Thủ tướng Mai Văn Chính ký Quyết định 2640/QĐ-TTg năm 2025 ban hành Kế hoạch triển khai thực hiện Kết luận 84-KL/TW.',
    'Ngày 26/11/2025, Thủ tướng Chính phủ ban hành Công điện 230/CĐ-TTg về việc khẩn trương hoàn thành sửa chữa nhà ở.',
  ])('narrates: %s', (s) => expect(isDirective(s)).toBe(false))
  it('a day that is a deadline ("Trước ngày 15/12/2026, Sở Tài chính ban hành kế hoạch …") still directs', () =>
    expect(isDirective('Trước ngày 15/12/2026, Sở Tài chính phải ban hành Kế hoạch kiểm tra.')).toBe(true))
})

describe('isTimeLine', () => {
  it('recognises a line that only dates the items above it', () => {
    expect(isTimeLine('Thực hiện trong tháng 7 và tháng 8/2012.')).toBe(true)
    expect(isTimeLine('Thời gian hai ngày (27, 28/3/2012).')).toBe(true)
    expect(isTimeLine('Thực hiện tốt công tác cải cách hành chính Nhà nước, lãnh đạo các ngành chuyên môn tham mưu cụ thể hóa.')).toBe(false)
  })
  it('"Các nội dung trình Thường trực Đảng uỷ trước ngày 01/10/2025." dates the work above it; "Các nội dung sau:" does not', () => {
    expect(isGroupTimeLine('Các nội dung trình Thường trực Đảng uỷ trước ngày 01/10/2025.')).toBe(true)
    expect(isGroupTimeLine('Các nhiệm vụ trên hoàn thành trong quý III/2026.')).toBe(true)
    expect(isTimeLine('Các nhiệm vụ trên hoàn thành trong quý III/2026.')).toBe(true)
    expect(isGroupTimeLine('Các nội dung trình Hội nghị gồm báo cáo chính trị.')).toBe(false)
    expect(isGroupTimeLine('Các nhiệm vụ trọng tâm sau:')).toBe(false)
  })
})

describe('opensWithWork: an action after an adverb of manner or frequency', () => {
  it('"Thường xuyên kiểm tra …", "Định kỳ rà soát …" open with an action; a noun after the adverb does not', () => {
    expect(opensWithWork('Thường xuyên kiểm tra, giám sát các gói thầu vệ sinh môi trường')).toBe(true)
    expect(opensWithWork('Định kỳ rà soát danh mục')).toBe(true)
    expect(opensWithWork('Thường xuyên là nguồn gây ô nhiễm')).toBe(false)
  })
  it('"Hằng tháng tổng hợp …", "Định kỳ hằng quý, rà soát …", "Trước ngày 25 hằng tháng tổng hợp …": a time of each period, or a limit, before the action', () => {
    expect(opensWithWork('Hằng tháng tổng hợp, báo cáo tình hình thực hiện Kế hoạch')).toBe(true)
    expect(opensWithWork('Định kỳ hằng quý, rà soát kết quả thực hiện')).toBe(true)
    expect(opensWithWork('Trước ngày 25 hằng tháng tổng hợp tình hình thực hiện nhiệm vụ')).toBe(true)
    expect(opensWithWork('Trước ngày 15/12/2026, tổng hợp kết quả')).toBe(true)
    expect(opensWithWork('Hằng năm là dịp để nhìn lại')).toBe(false)
  })
  it('"Sớm có văn bản …", "Kịp thời có hướng dẫn …": to have a document or guidance made, soon; a count is no such thing', () => {
    expect(opensWithWork('Sớm có văn bản hướng dẫn địa phương')).toBe(true)
    expect(opensWithWork('Kịp thời có hướng dẫn địa phương áp dụng pháp luật thống nhất')).toBe(true)
    expect(opensWithAction('Có giải pháp đảm bảo an toàn về phòng, chống thiên tai')).toBe(true)
    expect(opensWithAction('Có 15 đơn vị đã hoàn thành')).toBe(false)
    expect(opensWithWork('Sớm là địa phương đi đầu')).toBe(false)
  })
})

describe('opensWithAction: the verbs of lexicon/action-verbs.tsv', () => {
  it('items of a digital-transformation plan open with their action', () => {
    for (const s of ['Ứng dụng rộng rãi nền tảng số trong mọi lĩnh vực.', 'Tích hợp, khai thác các nền tảng số dùng chung.', 'Hình thành hệ sinh thái nền tảng số.', 'Phổ cập các công cụ số cho người dân.', 'Đa dạng hóa hình thức du lịch.']) expect(opensWithAction(s), s).toBe(true)
  })
  it('equipping is an action an item opens with ("Trang bị …")', () => {
    for (const s of ['Trang bị tối thiểu 01 hệ thống hội nghị trực tuyến.']) expect(opensWithAction(s), s).toBe(true)
  })
  it('hanging the flag or banners is an action an item opens with ("Treo cờ …", "Treo băng rôn …")', () => {
    for (const s of ['Treo cờ từ trước 06 giờ đến 22 giờ ngày 01 tháng 01 năm 2026.', 'Treo băng rôn, khẩu hiệu tuyên truyền tại trụ sở.']) expect(opensWithAction(s), s).toBe(true)
  })
  it('an adverb that also stands in a name ("Phòng Giáo dục thường xuyên") is no action verb', () => {
    expect(opensWithAction('Thường xuyên rà soát mức độ an toàn thông tin.')).toBe(false)
  })
  it('a statement that opens with a noun does not', () => {
    expect(opensWithAction('Mỗi người dân có một tài khoản số thống nhất.')).toBe(false)
  })
  it('a verb of two words whose marks OCR damaged still opens with the action ("Đây nhanh tiến độ", "Chi đạo"); one word does not', () => {
    expect(opensWithAction('Đây nhanh tiến độ triển khai các công việc')).toBe(true)
    expect(opensWithAction('Chi đạo các cơ quan, đơn vị chức năng thục thi nghiêm túc')).toBe(true)
    expect(opensWithAction('Đây là nhiệm vụ rất quan trọng')).toBe(false)
    // ("lắp" is no "lập": a verb of one word is matched with its marks only)
    expect(opensWithAction('Lắp đặt thiết bị')).toBe(false)
    // (a passive after it still makes it the subject, as with its marks: "Tổ chức được phép …")
    expect(opensWithAction('To chuc duoc phep gui giai trinh')).toBe(false)
    // (not inside a name, which may fold to a verb: "Cao đẳng Kỹ thuật" is no "đăng ký")
    expect(opensWithAction('đẳng Kỹ thuật Bình An', false)).toBe(false)
  })
  it('a verb that is also a noun, before a passive or a modal, is the subject ("Tổ chức được phép …")', () => {
    expect(opensWithAction('Tổ chức được phép gửi giải trình và hoàn thiện hồ sơ 01 lần.')).toBe(false)
    expect(opensWithAction('Đánh giá phải bảo đảm khách quan.')).toBe(false)
    expect(opensWithAction('Tổ chức hội nghị được tổ chức vào quý II.')).toBe(true)
  })
})

describe('isDirective: statements that only look like work', () => {
  it('an act\'s adoption ("Nghị quyết này được Quốc hội khóa XV … thông qua ngày …") is a report, not work', () => {
    expect(opensAsReport('Nghị quyết này được Quốc hội khóa XV, kỳ họp thứ 10 thông qua ngày 11 tháng 12 năm 2026.')).toBe(true)
    expect(opensAsReport('Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV thông qua ngày 30 tháng 11 năm 2024.')).toBe(true)
    // (work to have a draft adopted is still work)
    expect(opensAsReport('Bộ Tư pháp trình Quốc hội thông qua dự án Luật trước ngày 30/6/2027.')).toBe(false)
  })
  it('what a body agrees to ("Chính phủ thống nhất sự cần thiết …", "… thống nhất các nội dung trên") is a verdict, though a noun "yêu cầu" follows', () => {
    expect(opensAsReport('Chính phủ thống nhất sự cần thiết xây dựng dự án Luật Quản lý thuế (sửa đổi), đáp ứng yêu cầu thực tiễn.')).toBe(true)
    expect(opensAsReport('Ban Thường vụ Đảng ủy thống nhất các nội dung trên.')).toBe(true)
    // (one that goes on to ask still asks)
    expect(opensAsReport('Chính phủ thống nhất nội dung chính sách, yêu cầu Bộ Tài chính hoàn thiện hồ sơ.')).toBe(false)
  })
  it('a decision\'s copies ("Quyết định này được lập thành 03 (ba) bản chính: 01 bản cấp cho Công ty …") direct no one', () => {
    expect(isDirective('Quyết định này được lập thành 03 (ba) bản chính: 01 bản cấp cho Công ty Cổ phần Đầu tư, 01 bản gửi đến Ban Quản lý Khu kinh tế tỉnh.')).toBe(false)
    expect(opensAsReport('Quyết định này được lập thành 03 (ba) bản chính: 01 bản cấp cho Công ty, 01 bản gửi đến Sở Tài chính, 01 bản lưu.')).toBe(true)
    // (the item's number kept before it: "- 4. Quyết định này được lập thành …")
    expect(isDirective('4. Quyết định này được lập thành 03 (ba) bản chính: 01 bản cấp cho Công ty, 01 bản gửi Ban Quản lý Khu kinh tế tỉnh.')).toBe(false)
  })
  it('the mandate a body acts by, set apart before its action ("theo chức năng, nhiệm vụ, quyền hạn được giao, "), is MANDATE_ASIDE', () => {
    for (const t of ['theo chức năng, nhiệm vụ, quyền hạn được giao, tham mưu', 'theo chức năng, nhiệm vụ của mình, tổ chức', 'căn cứ chức năng, nhiệm vụ được giao, hướng dẫn', 'trong phạm vi thẩm quyền, xử lý']) {
      expect(t.replace(MANDATE_ASIDE, '')).toMatch(/^(?:tham mưu|tổ chức|hướng dẫn|xử lý)$/u)
    }
    // (a scan may lose the comma after "được giao": "… quyền hạn được giao tham mưu …")
    expect('theo chức năng, nhiệm vụ, quyền hạn được giao tham mưu'.replace(MANDATE_ASIDE, '')).toBe('tham mưu')
    // (not the mandate a sentence goes on with, no comma and no closing words after it)
    expect(MANDATE_ASIDE.test('theo chức năng nhiệm vụ')).toBe(false)
  })
  it('the sum a budget gives directs no one; a body that gives it does', () => {
    expect(isDirective('Ngân sách Thành phố hỗ trợ 15 triệu đồng/hộ để mua nguyên vật liệu chính.')).toBe(false)
    expect(opensAsReport('Ngân sách tỉnh hỗ trợ tối đa 40 triệu đồng cho mỗi hộ nghèo.')).toBe(true)
    expect(opensAsReport('Sở Tài chính hỗ trợ 15 triệu đồng/hộ từ nguồn ngân sách tỉnh.')).toBe(false)
  })
  it('the closing formula, also with a scan\'s marks after it ("… biết và triển khai thực hiện ./. ,~"), directs no one', () => {
    expect(isDirective('Tổng cục Thuế thông báo để các Cục Thuế biết và triển khai thực hiện ./. ,~')).toBe(false)
  })
  it('a spending norm ("Mức chi tối đa là 6.000.000 đồng/mộ", "Hỗ trợ tiền ăn thêm mức 72.000 đồng/người/ngày") directs no one', () => {
    expect(opensAsReport('Mức chi tối đa là 6.000.000 đồng/mộ.')).toBe(true)
    expect(opensAsReport('Hỗ trợ tiền bồi dưỡng bằng 0,2 lần mức lương cơ sở/người/ngày.')).toBe(true)
    expect(opensAsReport('Hỗ trợ tiền ăn thêm mức 72.000 đồng/người/ngày, tính theo số ngày thực tế.')).toBe(true)
    expect(opensAsReport('Sở Tài chính hỗ trợ tiền ăn thêm mức 72.000 đồng/người/ngày.')).toBe(false)
    expect(opensAsReport('Hỗ trợ các hộ nghèo xây dựng nhà ở trong năm 2027.')).toBe(false)
  })
  it('how the work is funded, in the passive, directs no one', () => {
    expect(isDirective('Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành.')).toBe(false)
    expect(isDirective('Kinh phí tổ chức làm việc tại các địa phương được bố trí trong dự toán của các bộ.')).toBe(false)
    expect(isDirective('Sở Tài chính chủ trì, bố trí kinh phí thực hiện Kế hoạch.')).toBe(true)
    // and an item of a task section that states it is a report, not a task
    expect(opensAsReport('Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước.')).toBe(true)
    expect(opensAsReport('Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.')).toBe(false)
  })
  it('a source of funds listed under a funding heading directs no one', () => {
    expect(opensAsReport('Nguồn vốn hỗ trợ, tài trợ từ các tổ chức quốc tế.')).toBe(true)
    expect(opensAsReport('Các nguồn vốn hợp pháp khác.')).toBe(true)
    expect(opensAsReport('Do ngân sách nhà nước đảm bảo theo phân cấp quản lý hiện hành.')).toBe(true)
    expect(opensAsReport('Từ ngân sách nhà nước là 120 tỷ đồng;')).toBe(true)
    expect(isDirective('Nghị quyết này có hiệu lực thi hành kể ngày 15 tháng 9 năm 2026 đến hết ngày 28 tháng 02 năm 2027.')).toBe(false)
    expect(opensAsReport('Huy động nguồn vốn hỗ trợ từ các tổ chức quốc tế.')).toBe(false)
  })
  it('a requirement on how the work itself is done is a principle; a limit set to the work is not', () => {
    expect(isDirective('Việc triển khai Kế hoạch này phải được thực hiện bằng nhiều phương pháp, hình thức phù hợp.')).toBe(false)
    expect(isDirective('Việc triển khai các nhiệm vụ phải có trọng tâm, trọng điểm.')).toBe(false)
    expect(opensAsReport('Việc triển khai Kế hoạch này phải được thực hiện bằng nhiều phương pháp, hình thức phù hợp.')).toBe(true)
    expect(isDirective('Việc rà soát văn bản phải hoàn thành trước ngày 30/6/2026.')).toBe(true)
  })
  it('who chaired the meeting a report tells of, and who attended, is no task; chairing a meeting still to come is', () => {
    expect(isDirective('Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo chủ trì Phiên họp.')).toBe(false)
    expect(isDirective('Tham dự có các thành viên Ban Chỉ đạo và đại diện lãnh đạo các bộ, ngành liên quan.')).toBe(false)
    expect(isDirective('Sở Nội vụ chủ trì hội nghị sơ kết công tác thi đua vào tháng 12/2026.')).toBe(true)
  })
  it('the clause of entry into force, even with its "kể" damaged by OCR, is no directive', () => {
    expect(isDirective('Quyết định này có hiệu lực thi hành ké từ ngày ký ban hành và yêu cầu các bộ thực hiện.')).toBe(false)
  })
})

describe('a pointer to the table of tasks', () => {
  it('is no task: "Các nhiệm vụ cụ thể được phân công tại Danh mục kèm theo", "Phân công nhiệm vụ cụ thể tại Phụ lục …"; a body that does the annex\'s tasks still is', () => {
    const doc = parseDocument(['II. NHIỆM VỤ', '1. Sở Tài chính bố trí kinh phí thực hiện.', '2. Các nhiệm vụ cụ thể được phân công tại Danh mục kèm theo.', '3. Phân công nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.', '4. Sở Y tế thực hiện các nhiệm vụ tại Phụ lục kèm theo.'].join('\n'), { file: 'inline.txt' })
    expect(doc.tasks.map((t) => words(t))).toEqual(['Sở Tài chính bố trí kinh phí thực hiện.', 'Sở Y tế thực hiện các nhiệm vụ tại Phụ lục kèm theo.'])
  })
})

describe('a paper named by its kind and number', () => {
  it('is no task: "- Tờ trình số 32-TTr/ĐU … về …", "- Văn bản hợp nhất số 49/VBHN-BNNMT …"; "Báo cáo số liệu …" and the body asked about the paper still are', () => {
    const doc = parseDocument(['II. NHIỆM VỤ', '1. Về các nội dung trình kỳ họp Hội đồng nhân dân xã, cụ thể:', '- Tờ trình số 32-TTr/ĐU ngày 18/12/2025 của Đảng ủy UBND xã về bổ sung kế hoạch đầu tư công trung hạn.', '- Văn bản hợp nhất số 49/VBHN-BNNMT ngày 21/4/2026 về xác thực hợp chuẩn.', '- Báo cáo số liệu thống kê về lao động trước ngày 15/01/2026.', '2. Đảng ủy UBND xã hoàn thiện Tờ trình số 33-TTr/ĐU trình kỳ họp.'].join('\n'), { file: 'inline.txt' })
    expect(doc.tasks.map((t) => words(t))).toEqual(['Báo cáo số liệu thống kê về lao động trước ngày 15/01/2026.', 'Đảng ủy UBND xã hoàn thiện Tờ trình số 33-TTr/ĐU trình kỳ họp.'])
  })
})

describe('the closing formula of a notice', () => {
  it('is no task, even in OCR ("dé" for "để") and closed with "./."', () => {
    const doc = parseDocument(['II. NHIỆM VỤ', '1. Bộ Công Thương khẩn trương hoàn thiện hồ sơ dự án.', 'Văn phòng Chính phủ thông báo dé các bộ, cơ quan va địa phương biết, thực hiện./.'].join('\n'), { file: 'inline.txt' })
    expect(doc.tasks.map((t) => words(t))).toEqual(['Bộ Công Thương khẩn trương hoàn thiện hồ sơ dự án.'])
  })
})

describe('standing rules of a legal text assign no one work', () => {
  it.each([
    'Người đứng đầu các cơ quan, đơn vị tham gia xây dựng Nghị quyết này được xem xét loại trừ, miễn hoặc giảm trách nhiệm.',
    'Nghị quyết này hết hiệu lực kể từ ngày 01 tháng 3 năm 2027.',
    'Điều 3 và Phụ lục I Nghị quyết này có hiệu lực sau 30 ngày kể từ ngày Nghị quyết có hiệu lực thi hành.',
    'Hồ sơ đã được tiếp nhận trước ngày Nghị quyết này có hiệu lực thì tiếp tục được giải quyết theo quy định của pháp luật tại thời điểm tiếp nhận.',
    'Giấy phép nhập khẩu hóa chất cấm có thời hạn 06 tháng kể từ ngày cấp.',
    'Nghị quyết này quy định việc cắt giảm, phân cấp, đơn giản hóa thủ tục hành chính.',
    'Trong thời hạn 03 ngày làm việc kể từ ngày nhận được hồ sơ, Sở Nông nghiệp và Môi trường có trách nhiệm thẩm định.',
    // a step counted from whatever the step before sends: an opinion, a request, a letter
    'Trong thời hạn 07 ngày, kể từ ngày nhận được ý kiến của Bộ Công an, Bộ Quốc phòng chủ trì, phối hợp với các cơ quan liên quan thẩm định và cấp Giấy chứng nhận.',
    'Trong vòng 7 ngày làm việc kể từ ngày nhận được đề nghị của doanh nghiệp, Bộ Công Thương ban hành Quyết định thu hồi Mã số tân trang.',
    'Trong thời hạn 01 ngày làm việc kể từ khi nhận được đầy đủ ý kiến của các cơ quan, Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài chuyển hồ sơ.',
    // (an act that stays in force while another is suspended)
    'Trong thời gian tạm ngưng, Nghị định số 15/2018/NĐ-CP và các văn bản hướng dẫn thi hành tiếp tục có hiệu lực.',
    // the act replaces another as it is signed
    'Chỉ thị này thay thế Chỉ thị số 29/CT-TTg ngày 02 tháng 12 năm 2019 của Thủ tướng Chính phủ.',
    'Kế hoạch này thay thế Kế hoạch số 371/KH-UBND ngày 31/7/2023 của Ủy ban nhân dân tỉnh.',
    // how a council the act sets up works: its seal, its end, its funds, what its conclusions are
    'Chủ tịch Hội đồng sử dụng con dấu của Ủy ban nhân dân tỉnh trong quá trình hoạt động.',
    'Hội đồng tự giải thể sau khi hoàn thành nhiệm vụ.',
    'Kinh phí hoạt động của Hội đồng thẩm định: Thực hiện theo quy định hiện hành của pháp luật.',
    'Kết luận của Hội đồng thẩm định là một trong những cơ sở để cơ quan thẩm định tổng hợp, trình cấp có thẩm quyền.',
    // how it works and what it is
    'Ban Chỉ đạo làm việc theo nguyên tắc tập trung dân chủ, đề cao trách nhiệm của người đứng đầu.',
    'Các thành viên của Ban Chỉ đạo hoạt động theo chế độ kiêm nhiệm.',
    'Ủy ban Quốc gia làm việc theo chế độ đề cao trách nhiệm cá nhân của Chủ tịch.',
    'Ủy ban Quốc gia về người cao tuổi Việt Nam (sau đây gọi tắt là Ủy ban Quốc gia) là tổ chức phối hợp liên ngành, có chức năng giúp Thủ tướng Chính phủ.',
    // what an insurance fund pays and an insured person is owed
    'Quỹ BHYT thanh toán theo mức hưởng quy định tại khoản 3 Điều 22 Luật BHYT đối với các chi phí điều trị nội trú.',
    'Quỹ BHYT không thanh toán các chi phí của đợt khám chữa bệnh ngoại trú đối với trường hợp này.',
    'Được hưởng chế độ không cùng chi trả chi phí khám chữa bệnh theo quy định.',
    // what those a programme helps may get
    'Ngoài nguồn vốn hỗ trợ của Thành phố, quận huyện, hộ nghèo có nhu cầu được vay tín dụng từ Ngân hàng Chính sách xã hội để xây dựng nhà ở, mức vay tối đa 8 triệu đồng/hộ.',
    'Người lao động bị mất việc làm được hỗ trợ một lần 3 triệu đồng.',
  ])('%s', (s) => {
    expect(isStandingRule(s)).toBe(true)
    expect(isDirective(s)).toBe(false)
  })
  it('a duty that names whom it helps is still work', () => {
    expect(isStandingRule('Rà soát, bảo đảm hộ nghèo được vay vốn đúng đối tượng.')).toBe(false)
    expect(isStandingRule('Hộ gia đình được hỗ trợ có trách nhiệm hoàn thành xây dựng nhà ở trước ngày 30/9.')).toBe(false)
  })
  it('a duty joined to how a council works is still work: "… làm việc theo chế độ tập thể và chịu trách nhiệm thẩm định …"', () => {
    const s = 'Hội đồng thẩm định làm việc theo chế độ tập thể và chịu trách nhiệm thẩm định đồ án quy hoạch.'
    expect(isStandingRule(s)).toBe(false)
    expect(isStandingRule('Phát triển thị trường các-bon theo mô hình tập trung, hoạt động theo nguyên tắc thị trường.')).toBe(false)
  })
  it('a duty before "…; X tự giải thể …" is still work', () => {
    const s = 'Hội đồng thẩm định có trách nhiệm tham mưu giúp Bộ trưởng về tính khả thi của đề án; Hội đồng thẩm định tự giải thể khi phân hiệu được thành lập.'
    expect(isDirective(s)).toBe(true)
  })
  it('the insurance agency asked to pay is still at work: "Bảo hiểm xã hội tỉnh có trách nhiệm thanh toán …"', () => {
    expect(isDirective('Bảo hiểm xã hội tỉnh có trách nhiệm thanh toán kịp thời chi phí khám chữa bệnh cho các cơ sở.')).toBe(true)
    expect(isDirective('Đề nghị Bảo hiểm xã hội Việt Nam chỉ đạo quỹ BHYT chi trả đúng hạn.')).toBe(true)
  })
  it('rules on using seals are still work: "Tiếp tục chấp hành tốt các quy định về sử dụng con dấu, sổ theo dõi …"', () => {
    const s = 'Tiếp tục chấp hành tốt các quy định về sử dụng con dấu, sổ theo dõi bí mật nhà nước.'
    expect(isStandingRule(s)).toBe(false)
    expect(isDirective(s)).toBe(true)
  })
  it('a deadline counted from this very document is still a task', () => {
    const s = 'Trong thời hạn 10 ngày kể từ ngày nhận được văn bản này, Sở Tài chính có trách nhiệm báo cáo Ủy ban nhân dân tỉnh.'
    expect(isStandingRule(s)).toBe(false)
    expect(isDirective(s)).toBe(true)
    const plan = 'Trong thời hạn 15 ngày kể từ ngày nhận được Kế hoạch này, Ủy ban nhân dân các huyện xây dựng kế hoạch thực hiện.'
    expect(isStandingRule(plan)).toBe(false)
  })
  it('an item of "Tổ chức thi hành" that exempts is no task', () => {
    const doc = parseDocument(['NGHỊ QUYẾT', 'Điều 4. Tổ chức thi hành', '1. Bộ Tư pháp chịu trách nhiệm theo dõi, đôn đốc việc thực hiện Nghị quyết này.', '2. Người đứng đầu các cơ quan, đơn vị tham gia xây dựng Nghị quyết này được xem xét loại trừ, miễn hoặc giảm trách nhiệm.'].join('\n'), { file: 'inline.txt' })
    expect(doc.tasks.map((t) => words(t))).toEqual(['Bộ Tư pháp chịu trách nhiệm theo dõi, đôn đốc việc thực hiện Nghị quyết này.'])
  })
})

describe('opensAsReport: an item that funds or thanks is no task, even in a task section', () => {
  it.each(['Kinh phí thực hiện Kế hoạch này bao gồm: Ngân sách nhà nước và các nguồn hợp pháp khác.', 'Xin trân trọng cảm ơn các đồng chí!', 'Xin trân trọng cảm ơn các đồng chí./.'])('%s', (s) => expect(opensAsReport(s)).toBe(true))
  it('a forecast reports: "Theo dự báo của Trung tâm …, bão số 11 sẽ tiếp tục mạnh thêm"', () => {
    expect(opensAsReport('Theo dự báo của Trung tâm dự báo khí tượng thủy văn quốc gia, bão số 11 sẽ tiếp tục mạnh thêm lên cấp 12-13.')).toBe(true)
  })
  it('an item that assigns funding is still a task', () => expect(opensAsReport('Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.')).toBe(false))
})

describe('"đã" that tells which act, not what was done', () => {
  it('an item that opens with its action keeps it: "Nghiêm túc thực hiện … theo Quy chế đã ban hành"', () => {
    const item = 'Nghiêm túc thực hiện chế độ báo cáo theo Quy chế đã ban hành tại Quyết định số 3123/QĐ-BVHTTDL.'
    expect(opensAsReport(item)).toBe(false)
    expect(isNarrative(item)).toBe(false)
    expect(isNarrative('Triển khai các nhiệm vụ đã được giao đúng tiến độ.')).toBe(false)
  })
  it('"các chỉ tiêu, nhiệm vụ được Chính phủ … giao" names tasks by who set them; "Bộ X được giao chủ trì …" reports', () => {
    expect(opensAsReport('Bộ Khoa học và Công nghệ: (1) xây dựng Bộ công cụ giám sát các chỉ tiêu, nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao trước ngày 10 tháng 12 năm 2025.')).toBe(false)
    expect(opensAsReport('Bộ Tài chính được Chính phủ giao chủ trì xây dựng đề án.')).toBe(true)
  })
  it('"đã" in a clause "mà" opens tells which thing, wherever the sentence starts', () => {
    expect(isNarrative('Các cấp ủy cần rà soát trách nhiệm của nhân sự trong các vụ việc mà các cơ quan chức năng đã xem xét, kết luận.')).toBe(false)
    expect(isNarrative('Các cấp ủy đã rà soát trách nhiệm của nhân sự.')).toBe(true)
    // (a subject of several words inside the clause: "… mà đại biểu Hội đồng nhân dân tỉnh đã chất vấn, …")
    expect(isNarrative('Đối với 04 dự án chậm triển khai mà đại biểu Hội đồng nhân dân tỉnh đã chất vấn, Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh tổ chức thực hiện các giải pháp.')).toBe(false)
  })
  it('"như đã", as was said or promised, tells which thing too: "… theo lộ trình như đã cam kết trong báo cáo …"', () => {
    expect(isNarrative('Ủy ban nhân dân tỉnh tổ chức thực hiện các giải pháp theo lộ trình như đã cam kết với cử tri.')).toBe(false)
    expect(isNarrative('Như đã báo cáo, Ủy ban nhân dân tỉnh đã tổ chức thực hiện các giải pháp.')).toBe(true)
  })
  it('what was signed or agreed is which act too: "Thực hiện đúng các nội dung cam kết đã ký kết"', () => {
    expect(opensAsReport('Thực hiện đúng, đầy đủ các nội dung cam kết đã ký kết; chủ động xây dựng Quy chế phối hợp.')).toBe(false)
    expect(opensAsReport('Triển khai các nội dung đã thống nhất tại buổi làm việc.')).toBe(false)
    expect(opensAsReport('Các xã đã ký kết cam kết bảo vệ khoáng sản.')).toBe(true)
  })
  it('a participle with no object closing a noun phrase, whatever the noun: "trên đất đã giao.", "các dự án đã phê duyệt;"', () => {
    expect(isNarrative('Hướng dẫn việc cấp phép xây dựng trên đất đã giao.')).toBe(false)
    expect(opensAsReport('Rà soát các dự án đã phê duyệt; đề xuất điều chỉnh.')).toBe(false)
    expect(isNarrative('Kiểm tra tiến độ các công trình đã bố trí trong năm 2026.')).toBe(false)
    // with its object it reports, as when the text opens with no action
    expect(isNarrative('Tổ chức hội nghị; Sở đã giao chỉ tiêu cho các huyện.')).toBe(true)
    expect(isNarrative('Các huyện đã giao.')).toBe(true)
  })
  it('a sentence that opens by giving its subject a duty reads such a participle as which act: "… của các Bộ đã ban hành, gửi …"', () => {
    const duty = 'Sở quản lý ngành, lĩnh vực có trách nhiệm rà soát danh sách tổ chức, đảm bảo không thuộc danh sách kê khai giá của các Bộ, cơ quan ngang Bộ đã ban hành, gửi Sở Tài chính trước ngày 25 tháng 01 hằng năm.'
    expect(isNarrative(duty)).toBe(false)
    expect(isDirective(duty)).toBe(true)
    // (a "đã" before the duty still reports; one who answers for a declaration is given no duty)
    expect(isNarrative('Sở Tài chính đã có trách nhiệm rà soát danh sách đã ban hành, gửi Ủy ban nhân dân tỉnh.')).toBe(true)
    expect(isNarrative('Tôi cam đoan những nội dung đã kê khai, là đúng sự thật và chịu trách nhiệm trước pháp luật.')).toBe(true)
  })
  it('so does one whose subject is told to go on with its work: "X tiếp tục … theo kế hoạch … đã phê duyệt."', () => {
    const goOn = 'Làng Văn hóa - Du lịch các dân tộc Việt Nam tiếp tục sử dụng kinh phí và triển khai nhiệm vụ theo kế hoạch ngân sách nhà nước đã phê duyệt.'
    expect(isNarrative(goOn)).toBe(false)
    // (what a body went on to do and has done is still told: "đã" with its object, or before "tiếp tục")
    expect(isNarrative('Sở Y tế tiếp tục triển khai và đã hoàn thành kế hoạch tiêm chủng năm 2025.')).toBe(true)
    expect(isNarrative('Sở Y tế đã tiếp tục triển khai kế hoạch tiêm chủng đã phê duyệt.')).toBe(true)
  })
  it('any verb can be such a participle: "trữ lượng khoáng sản đã khai thác, …", "đã khai thác nhưng chưa sử dụng"', () => {
    expect(isNarrative('Thống kê trữ lượng khoáng sản đã khai thác, gửi Sở trước ngày 15/02/2027.')).toBe(false)
    expect(opensAsReport('Quản lý, bảo vệ khoáng sản đã khai thác nhưng chưa sử dụng.')).toBe(false)
    // (a verb with its object still reports)
    expect(isNarrative('Thống kê trữ lượng; công ty đã khai thác đá vôi trái phép.')).toBe(true)
  })
  it('a passive participle before a place ("đã được tích hợp trên VNeID") tells which thing, in a text that opens with work', () => {
    expect(isNarrative('Chủ trì rà soát thủ tục đã được tích hợp trên VNeID thay thế giấy tờ vật lý.')).toBe(false)
    // (an active verb before "trên" still reports: "Sở đã triển khai trên địa bàn …")
    expect(isNarrative('Sở Y tế đã triển khai trên địa bàn 12 xã.')).toBe(true)
  })
  it('"đã" in a clause of time or condition ("khi công dân đã xuất trình …") is what the asked work waits on', () => {
    expect(isNarrative('Đề nghị các tổ chức không yêu cầu công dân nộp bản sao khi công dân đã xuất trình thông tin trên VNeID.')).toBe(false)
    expect(isNarrative('Khi công dân đã xuất trình thông tin, cán bộ tiếp nhận hồ sơ.')).toBe(true)
  })
  it('a text that opens otherwise still reports: "Các sở đã ban hành kế hoạch", "Quy chế đã ban hành …"', () => {
    expect(isNarrative('Các sở đã ban hành kế hoạch thực hiện.')).toBe(true)
    expect(opensAsReport('Quy chế đã ban hành tại Quyết định số 12/QĐ-UBND được thực hiện nghiêm.')).toBe(true)
    expect(isNarrative('Thực hiện tốt các nhiệm vụ, tỉnh đã hoàn thành kế hoạch năm.')).toBe(true)
  })
})

describe('a line that only dates the items above it', () => {
  it('"Thời hạn hoàn thành chậm nhất ngày …", "Thời hạn ban hành: trước ngày …" as "Thời gian …" is', () => {
    expect(isTimeLine('Thời hạn hoàn thành chậm nhất ngày 25/12/2025.')).toBe(true)
    expect(isTimeLine('Thời hạn ban hành: trước ngày 01 tháng 01 năm 2026.')).toBe(true)
    expect(isTimeLine('Thời hạnh phúc')).toBe(false)
  })
})

describe('"đã được … phê duyệt/giao" in a text that opens with its action', () => {
  it('is a relative clause, not a report', () => {
    expect(isNarrative('Khẩn trương hoàn thành thực thi phương án cắt giảm, đơn giản hóa TTHC đã được phê duyệt tại Quyết định số 498/QĐ-TTg.')).toBe(false)
    expect(opensAsReport('Khẩn trương phối hợp với Văn phòng Bộ công bố quy trình đối với 59 TTHC đã được Chính phủ giao tại Nghị quyết số 66/NQ-CP.')).toBe(false)
  })
  it('so is one in a text that opens by assigning ("Giao …", "Đề nghị …")', () => {
    const s = 'Giao Bộ Xây dựng chủ trì triển khai Dự án với quy mô phù hợp với chủ trương đầu tư đã được Quốc hội phê duyệt tại Nghị quyết số 94/2015/QH13.'
    expect(isNarrative(s)).toBe(false)
    expect(isDirective(s)).toBe(true)
  })
  it('"dự toán được … giao" names a budget, as "nhiệm vụ được … giao" names tasks', () => {
    expect(isNarrative('Đối với các chi phí vượt dự toán được Thủ tướng Chính phủ giao giai đoạn 2018-2022, giao Bảo hiểm xã hội Việt Nam thanh toán.')).toBe(false)
    expect(isNarrative('Bảo hiểm xã hội Việt Nam được Thủ tướng Chính phủ giao dự toán năm 2022.')).toBe(true)
  })
  it('a text that opens with its subject still reports', () => {
    expect(isNarrative('Phương án cắt giảm TTHC đã được phê duyệt tại Quyết định số 498/QĐ-TTg.')).toBe(true)
    expect(opensAsReport('Các chỉ tiêu đã được Hội đồng nhân dân tỉnh giao.')).toBe(true)
  })
})

describe('a letter\'s thanks', () => {
  it('close it, whoever gives them, and direct no one', () => {
    expect(isDirective('Bộ Nông nghiệp và Môi trường trân trọng cảm ơn sự phối hợp chặt chẽ của Quý Ủy ban./.')).toBe(false)
  })
})

describe('"Đảm bảo hoàn thành trong …" alone', () => {
  it('only dates the item before it', () => {
    expect(isTimeLine('Đảm bảo hoàn thành thực thi trong năm 2026.')).toBe(true)
    expect(isTimeLine('Bảo đảm hoàn thành trước ngày 15/12/2025.')).toBe(true)
    expect(isTimeLine('Đảm bảo an toàn cho người dân trong mùa mưa lũ.')).toBe(false)
  })
})

describe('"cơ quan chủ trì", "đơn vị phối hợp"', () => {
  it('name a role and ask nothing; the verbs still direct', () => {
    expect(isDirective('Cơ quan chủ quản Chương trình, cơ quan chủ trì dự án thành phần, chủ đầu tư.')).toBe(false)
    expect(isDirective('Đơn vị phối hợp được lựa chọn cách thức gửi hồ sơ.')).toBe(false)
    expect(isDirective('Sở Tài chính chủ trì thẩm định dự toán.')).toBe(true)
  })
})

describe('"được X giao" after the sentence has asked', () => {
  it('tells which bodies are asked ("… các Hội được Đảng, Nhà nước giao nhiệm vụ …: tổ chức …"); on its own it reports', () => {
    expect(isDirective('Đề nghị các cơ quan chuyên môn; các Hội được Đảng, Nhà nước giao nhiệm vụ trên địa bàn Thành phố: tổ chức triển khai công tác đánh giá.')).toBe(true)
    expect(isNarrative('Sở Tài chính được Ủy ban nhân dân tỉnh giao chủ trì xây dựng đề án.')).toBe(true)
  })
})

describe('a letter\'s closing call to carry it out', () => {
  it('names nothing to do: "X đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./.", "Yêu cầu … triển khai thực hiện nghiêm túc."', () => {
    expect(closingCall('Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./.')).toBe(true)
    expect(closingCall('Yêu cầu các sở, ban, ngành triển khai thực hiện nghiêm túc Công văn này./.')).toBe(true)
    expect(closingCall('Đề nghị các cơ quan, đơn vị khẩn trương triển khai thực hiện.')).toBe(true)
  })
  it('a request with work in it is no closing call', () => {
    expect(closingCall('Yêu cầu các sở xây dựng kế hoạch thực hiện.')).toBe(false)
    expect(closingCall('Đề nghị các đơn vị nghiêm túc thực hiện chế độ báo cáo định kỳ hằng tháng.')).toBe(false)
  })
})

describe('what an act does as it is signed, and funding as a label\'s value', () => {
  it('"Ban hành kèm theo Quyết định này Kế hoạch …", "Bãi bỏ Quyết định số …", "Thay thế Quyết định số …" are standing rules', () => {
    expect(isStandingRule('Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện Đề án.')).toBe(true)
    expect(isStandingRule('Bãi bỏ Quyết định số 04/2025/QĐ-UBND ngày 13 tháng 2 năm 2025 của Ủy ban nhân dân tỉnh.')).toBe(true)
    expect(isStandingRule('Thay thế Quyết định số 3089/QĐ-UBND ngày 24 tháng 8 năm 2021.')).toBe(true)
    // (work that repeals is still work: a plan that asks a body to propose the repeal)
    expect(isStandingRule('Bãi bỏ các quy định không còn phù hợp trong lĩnh vực đất đai.')).toBe(false)
  })
  it('"Kinh phí thực hiện Kế hoạch này: Do ngân sách nhà nước đảm bảo …" says how the work is funded', () => {
    expect(opensAsReport('Kinh phí thực hiện Kế hoạch này: Do ngân sách nhà nước đảm bảo theo phân cấp quản lý ngân sách.')).toBe(true)
    expect(isDirective('Kinh phí thực hiện Kế hoạch này: Do ngân sách nhà nước đảm bảo theo phân cấp quản lý ngân sách.')).toBe(false)
  })
})

describe('a pointer to text set out elsewhere is no task', () => {
  it.each([
    'Xem chi tiết tại Kết luận 219-KL/TW năm 2025.',
    'Xem thêm Công điện 230/CĐ-TTg ban hành ngày 26/11/2025.',
    'Theo tiểu mục 2 Mục II Nghị quyết 23-NQ/TW năm 2008 quy định về quan điểm chỉ đạo xây dựng và phát triển văn học, nghệ thuật trong thời kỳ mới như sau:',
  ])('%s', (s) => {
    expect(isDirective(s)).toBe(false)
    expect(opensAsReport(s)).toBe(true)
  })
  it('work to consider ("Xem xét …") is not such a pointer', () => expect(opensAsReport('Xem xét, giải quyết dứt điểm các kiến nghị của doanh nghiệp trong tháng 12/2026.')).toBe(false))
})

describe('grounds that come before a duty', () => {
  it('"Căn cứ …; trên cơ sở … đã được … phê duyệt …; X có trách nhiệm …" asks: what was approved tells which act', () => {
    const s = 'Lưu ý: Căn cứ Quy định 377 của Bộ Chính trị; đồng thời, trên cơ sở nguồn nhân sự quy hoạch đã được cấp có thẩm quyền phê duyệt; các cấp ủy có trách nhiệm lãnh đạo, chỉ đạo thực hiện việc đánh giá nguồn nhân sự.'
    expect(isNarrative(s)).toBe(false)
    expect(isDirective(s)).toBe(true)
  })
  it('grounds with no duty after them still report what was done', () => {
    expect(isNarrative('Trên cơ sở nguồn nhân sự đã được phê duyệt, các cấp ủy đã hoàn thành việc rà soát.')).toBe(true)
  })
})

describe('"được bàn giao", "được chuyển giao": handed over, not assigned', () => {
  it('an item that asks for what is to be handed over is no report; "được X giao" still is', () => {
    expect(isNarrative('Xác định ranh giới khu vực khai thác. Báo cáo cơ quan có thẩm quyền để được bàn giao thực địa mốc giới.')).toBe(false)
    expect(isNarrative('Tổ chức rà soát việc cắm mốc giới và được cơ quan có thẩm quyền bàn giao mốc tại thực địa.')).toBe(false)
    expect(isNarrative('Tiếp nhận công nghệ được chuyển giao từ doanh nghiệp.')).toBe(false)
    expect(isNarrative('Sở đã được UBND tỉnh giao nhiệm vụ kiểm tra.')).toBe(true)
    expect(isNarrative('Sở Xây dựng được Ủy ban nhân dân tỉnh giao chủ trì thẩm định dự án.')).toBe(true)
  })
})

describe('which things and which case: "đã" that reports nothing', () => {
  it('"các dự án đã thực hiện …" after a request tells which projects; the request still asks', () => {
    expect(isDirective('Đề nghị Chủ đầu tư tổ chức khảo sát khối lượng đồng thời tham khảo các dự án đã thực hiện công tác bồi thường.')).toBe(true)
    // (a sentence that opens with its plural subject and "đã" reports)
    expect(isNarrative('Các dự án đã thực hiện công tác bồi thường trên địa bàn.')).toBe(true)
  })
  it('"các tồn tại, hạn chế đã chỉ ra …": two nouns parted by a comma before "đã" tell which things too; the action still asks', () => {
    expect(isNarrative('Tổ chức khắc phục có hiệu quả các tồn tại, hạn chế đã chỉ ra qua kết quả khảo sát.')).toBe(false)
    expect(isNarrative('Khắc phục các tồn tại, hạn chế đã được chỉ ra qua kiểm tra.')).toBe(false)
    // (a sentence that opens with such a list and "đã" still reports)
    expect(isNarrative('Các tồn tại, hạn chế đã được khắc phục kịp thời.')).toBe(true)
  })
  it('"Đối với X đã …:" names the case; what follows the colon is what is said', () => {
    expect(opensAsReport('Đối với NNT đã nộp và đầy đủ hồ sơ: Cơ quan thuế địa phương kịp thời hướng dẫn, giải quyết cho NNT.')).toBe(false)
    expect(opensAsReport('Đối với hồ sơ: Cơ quan thuế địa phương đã giải quyết 120 hồ sơ.')).toBe(true)
  })
})

describe('isDirective: a past a body is asked to explain', () => {
  it('"… yêu cầu lãnh đạo huyện phải làm rõ, vì sao đã có chỉ đạo …" asks; the past is what it asks about', () => {
    expect(isDirective('Chủ tịch UBND tỉnh yêu cầu lãnh đạo huyện phải làm rõ, vì sao đã có chỉ đạo hồi đầu năm nhưng đến nay việc kiểm tra vẫn chưa hoàn thành.')).toBe(true)
  })
  it('not a question of its own, nor a report that gives its reasons', () => {
    expect(isDirective('Vì sao đã có chỉ đạo mà huyện chưa làm?')).toBe(false)
    expect(isNarrative('Sở đã hoàn thành kế hoạch, lý do là đã có chỉ đạo sớm.')).toBe(true)
  })
})


describe('opensWithRole: an item opened by a role, then an action', () => {
  it('a role, perhaps qualified by a few words, then an action (lexicon/roles.tsv)', () => {
    expect(opensWithRole('Khoa gửi hướng dẫn, các biểu mẫu kèm theo bản mềm cho các thành viên Hội đồng;')).toBe(true)
    expect(opensWithRole('Sinh viên nộp 02 bản cứng và bản mềm cho chương trình đào tạo;')).toBe(true)
    expect(opensWithRole('Công chức giám sát thực hiện hủy thông tin xác nhận container.')).toBe(true)
    expect(opensWithRole('Các đơn vị giám định lập hồ sơ đề nghị thanh toán.')).toBe(true)
  })
  it('not a role that is described, allowed or bound ("là", "được", "phải", a clause before the verb), nor a body\'s name', () => {
    expect(opensWithRole('Sinh viên chỉ được bảo vệ sau khi nhận được Quyết định.')).toBe(false)
    expect(opensWithRole('Sinh viên không bị kỉ luật từ mức đình chỉ học tập.')).toBe(false)
    expect(opensWithRole('Khoa Kinh tế, Luật tổ chức hội thảo.')).toBe(false)
    expect(opensWithRole('Sở Y tế tổ chức kiểm tra.')).toBe(false)
  })
})

describe('isDirective: a measure in an enumeration by ordinal words', () => {
  it('"Thứ hai, tổ chức …", "*Thứ tư* là quyết liệt thực hiện …" direct as items do', () => {
    expect(isDirective('Thứ hai, tổ chức phòng, chống buôn lậu ngay trong lực lượng chức năng.')).toBe(true)
    expect(isDirective('*Thứ tư* là quyết liệt thực hiện cải cách hành chính, trọng tâm là cải cách thủ tục hành chính.')).toBe(true)
    expect(opensWithWork('Thứ năm, đẩy mạnh phong trào toàn dân tham gia phòng, chống tội phạm.')).toBe(true)
  })
  it('and by counting words: "*Một là*, thực hiện nghiêm túc …", "Bốn là: làm tốt công tác tuyên truyền …"', () => {
    expect(isDirective('Một là, thực hiện nghiêm túc, có hiệu quả các nội dung chỉ đạo của Chính phủ.')).toBe(true)
    expect(isDirective('*Năm là*, nghiên cứu giải pháp thúc đẩy nhanh các chương trình, dự án phát triển kinh tế.')).toBe(true)
    expect(isDirective('Bốn là: làm tốt công tác tuyên truyền, phổ biến pháp luật đến các tầng lớp nhân dân.')).toBe(true)
    expect(isDirective('Hai là, năm 2026 là năm cuối của kế hoạch 5 năm.')).toBe(false)
  })
  it('not an ordinal that opens a finding or an account ("Thứ nhất, vùng lõi nghèo hiện nay …", "Thứ hai, Cục … đã có văn bản …")', () => {
    expect(isDirective('Thứ nhất, vùng lõi nghèo hiện nay chủ yếu là vùng đồng bào dân tộc thiểu số.')).toBe(false)
    expect(isDirective('Thứ hai, Cục Đăng kiểm Việt Nam đã có Văn bản số 6686/ĐKVN-VAQ gửi các đơn vị.')).toBe(false)
  })
})

describe('isDirective: a figure after its label', () => {
  it('"Nguồn vốn ngân sách tập trung: 3.609.811 triệu đồng." gives a figure, not work, whatever words its label holds', () => {
    expect(isDirective('Nguồn vốn ngân sách tập trung: 3.609.811 triệu đồng.')).toBe(false)
    expect(isDirective('Ngân sách tập trung cho các dự án trọng điểm trước ngày 30/6/2027.')).toBe(true)
  })
})

describe('isDirective: the text amended as it is carried out', () => {
  it('"Trong quá trình thực hiện, Kế hoạch này được tiếp tục điều chỉnh, bổ sung …" asks nothing; a request to report so that it is amended does', () => {
    expect(isDirective('Trong quá trình thực hiện, Kế hoạch này được tiếp tục điều chỉnh, bổ sung để phù hợp với tình hình thực tế.')).toBe(false)
    expect(isDirective('Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị báo cáo về Sở Nội vụ để Kế hoạch này được điều chỉnh.')).toBe(true)
  })
})

describe('a conclusion\'s verdicts, with the body that speaks, and its words of confidence', () => {
  it('"Hội nghị cơ bản nhất trí thông qua …", "Bộ Chính trị, Ban Bí thư cơ bản nhất trí với …" assess, as the verdict alone does', () => {
    expect(opensAsReport('Hội nghị cơ bản nhất trí thông qua Chương trình hành động thực hiện Nghị quyết Đại hội.')).toBe(true)
    expect(opensAsReport('Hội nghịcơ bản nhất trí thông qua Chương trình hành động.')).toBe(true)
    expect(opensAsReport('Bộ Chính trị, Ban Bí thư cơ bản nhất trí với Tờ trình của Đảng uỷ Chính phủ.')).toBe(true)
    expect(isDirective('Hội đồng nhân dân tỉnh đánh giá cao tinh thần trách nhiệm của các đại biểu, phải tiếp tục phát huy.')).toBe(false)
    // (unless it goes on to ask: "…, giao …")
    expect(opensAsReport('Ủy ban nhân dân tỉnh thống nhất với đề xuất của Sở Tài chính, giao Sở Tài chính hoàn thiện hồ sơ.')).toBe(false)
    // (another body that agrees is not the speaker: it tells what was agreed)
    expect(opensAsReport('Sở Tài chính thống nhất với Sở Xây dựng về phương án, sẽ trình trong tháng 3/2026.')).toBe(false)
  })
  it('"… tin tưởng rằng Ban Chấp hành … sẽ phát huy …" hopes, and asks nothing', () => {
    expect(isDirective('Với tinh thần đoàn kết, dân chủ, kỷ cương, tin tưởng rằng Ban Chấp hành Đảng bộ xã sẽ phát huy tốt vai trò lãnh đạo.')).toBe(false)
    expect(isDirective('Ban Thường vụ tin tưởng rằng các cấp ủy sẽ hoàn thành, đề nghị các cấp ủy khẩn trương triển khai.')).toBe(true)
  })
  it('a cue a PDF ran into the next word still directs: "Đồng thời, đềnghịbổsung …"', () => {
    expect(isDirective('Đồng thời, đềnghịbổsung Nghị quyết về xây dựng xã không ma tuý.')).toBe(true)
    expect(isDirective('Đồng thời, về sau bổ sung Nghị quyết.')).toBe(false)
    // (run into the word before it too: "… báo cáo kết quảtriển khai thực hiện …")
    expect(isDirective('Định kỳ hàng quý báo cáo kết quảtriển khai thực hiện vềThường trực Đảng uỷ.')).toBe(true)
  })
})

describe('sentences that set no one work: a sanction, a storm\'s position', () => {
  it('"Những người có hành vi … sẽ bị xử lý kỷ luật …", "Mọi hành vi vi phạm … sẽ bị xem xét, xử lý …" say what befalls offenders', () => {
    expect(isDirective('Những người có hành vi làm sai lệch hoặc giả mạo hồ sơ để hưởng chế độ thì tùy theo tính chất và mức độ vi phạm sẽ bị xử lý kỷ luật.')).toBe(false)
    expect(opensAsReport('Mọi hành vi vi phạm các điều, khoản trong Quy định này, tùy theo mức độ sẽ bị xem xét, xử lý theo quy định.')).toBe(true)
    // (a duty before the sanction keeps the sentence a task)
    expect(isDirective('Các cơ quan, tổ chức, doanh nghiệp có trách nhiệm thực hiện nghiêm túc các quy định, nếu có vi phạm sẽ bị xử lý theo quy định.')).toBe(true)
  })
  it('"Hồi 16h ngày 26/11/2025, vị trí tâm bão …" reports the hour\'s state', () => {
    expect(opensAsReport('Hồi 16h ngày 26/11/2025, vị trí tâm bão số 15 vào khoảng 12,5 độ vĩ bắc, trong 24h tới bão sẽ di chuyển nhanh.')).toBe(true)
  })
})

describe('reports and noun phrases that ask nothing', () => {
  it('"Theo báo cáo của Bộ Tài chính, …" reports', () => {
    expect(opensAsReport('Theo báo cáo của Bộ Tài chính, tính đến hết ngày 17/11/2025, Hệ thống 751 chỉ ghi nhận kết quả rà soát của 25 địa phương.')).toBe(true)
  })
  it('"đã được" and a participle after a request, a connective before it or not, tells which thing ("… danh mục đã được điều chỉnh để …")', () => {
    expect(isDirective('Vì vậy, đề nghị địa phương căn cứ địa giới hành chính mới đã được điều chỉnh để xác định địa điểm.')).toBe(true)
    expect(isDirective('Do đó, đề nghị Sở thực hiện theo quy chế đã được sửa đổi tại Quyết định số 12/QĐ-UBND.')).toBe(true)
    expect(isDirective('Vì vậy, Sở đã đề nghị các địa phương căn cứ địa giới hành chính mới.')).toBe(false)
  })
  it('"nội dung đề nghị" names what is asked for; "đề nghị" as a verb still asks', () => {
    expect(isDirective('Nội dung đề nghị cấp phép hoạt động: Chế bản, in, gia công sau in xuất bản phẩm.')).toBe(false)
    expect(isDirective('Thống nhất nội dung, đề nghị Sở Tư pháp thẩm định.')).toBe(true)
  })
})

describe('isStandingRule: how a case is classed', () => {
  it('"Trường hợp … thì … vẫn là …" reads the rule, no one\'s work', () => {
    expect(isStandingRule('Trường hợp người được hẹn khám lại sau khi đi khám không đúng tuyến thì lần khám đó vẫn là khám trái tuyến.')).toBe(true)
    expect(isStandingRule('Trường hợp hồ sơ nộp sau ngày 15 thì được tính là hồ sơ của kỳ sau.')).toBe(true)
  })
  it('not a case that is then given a duty, nor a time that comes before the duty', () => {
    expect(isStandingRule('Trường hợp hồ sơ chưa đầy đủ thì cơ quan tiếp nhận phải hướng dẫn, người nộp là người chịu trách nhiệm bổ sung.')).toBe(false)
    expect(isStandingRule('Trường hợp doanh nghiệp chấm dứt hoạt động thì chậm nhất là 03 ngày làm việc trước ngày chấm dứt gửi văn bản thông báo.')).toBe(false)
  })
})

describe('isNarrative: an act a news page says was just signed', () => {
  it('"… vừa ký Quyết định …", "… vừa ban hành Nghị định …" tell what was done, whatever the act does', () => {
    expect(isNarrative('Thủ tướng Chính phủ vừa ký Quyết định số 2110/QĐ-TTg bổ nhiệm đồng chí Lê Văn An giữ chức Phó Tổng Tham mưu trưởng.')).toBe(true)
    expect(isNarrative('Chính phủ vừa ban hành Nghị định số 91/2022/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 126/2020/NĐ-CP.')).toBe(true)
  })
  it('not "vừa … vừa …" (both … and …)', () => {
    expect(isNarrative('Ủy ban nhân dân các xã vừa phát triển kinh tế vừa bảo đảm an toàn cho người dân.')).toBe(false)
  })
  it('an item in a task section that opens with an act just issued reports it ("X vừa ban hành Kế hoạch … năm 2026.")', () => {
    expect(opensAsReport('UBND thành phố Hải Phòng vừa ban hành Kế hoạch 209/KH-UBND quy định tuyển chọn và gọi công dân nhập ngũ năm 2026.')).toBe(true)
    expect(opensAsReport('Ủy ban nhân dân các xã vừa phát triển kinh tế vừa bảo đảm an toàn cho người dân.')).toBe(false)
  })
})

describe('a summing-up ("Trên đây là …")', () => {
  it('asks nothing alone, or when it goes on to a closing call', () => {
    expect(isDirective('Trên đây là báo cáo của Sở Xây dựng về tình hình phát triển nhà ở năm 2026./.')).toBe(false)
    expect(isDirective('Trên đây là Kế hoạch kiểm tra năm 2027, yêu cầu Trưởng các phòng, đơn vị thuộc Sở nghiêm túc triển khai thực hiện./.')).toBe(false)
  })
  it('asks, from its request on, when the request names work', () => {
    const s = 'Trên đây là ý kiến của Cục An toàn môi trường, đề nghị Sở Công Thương tỉnh Lào Cai nghiên cứu, hướng dẫn chủ đập thực hiện đúng quy định.'
    expect(isDirective(s)).toBe(true)
    expect(s.slice(summedUpAsk(s))).toMatch(/^đề nghị Sở Công Thương/u)
    const polite = 'Trên đây là báo cáo công tác năm 2025, trân trọng đề nghị Bộ Xây dựng xem xét, tổng hợp.'
    expect(polite.slice(summedUpAsk(polite))).toMatch(/^trân trọng đề nghị Bộ Xây dựng/u)
    expect(summedUpAsk('Sở Xây dựng đề nghị Sở Tài chính tổng hợp.')).toBe(-1)
  })
})
