import { describe, expect, it } from 'vitest'
import { findAgencies } from '../../src/core/agencies/index.js'
import { assign } from '../../src/core/grammar/assign.js'
import { mergeUnits, unitMentions } from '../../src/core/grammar/units.js'

function read(text: string) {
  const a = assign(text, findAgencies(text))
  const names = (l: { name: string; generic: boolean }[]) => l.filter((x) => !x.generic).map((x) => x.name)
  return { lead: names(a.lead), coordinators: names(a.coordinators), reportsTo: names(a.reportsTo) }
}

describe('assign', () => {
  it('after a step\'s label ("Bước 1:"), a body then any verb of the lexicon is the subject: "Bước 1: Cục CSQLHC về TTXH trích xuất …"', () => {
    expect(read('Bước 1: Cục CSQLHC về TTXH trích xuất danh sách công dân.').lead).toEqual(['Cục Cảnh sát quản lý hành chính về trật tự xã hội'])
    // (not after another label: "Ghi chú: Cục Thuế trích xuất …" is left as it was)
    expect(read('Căn cứ: Cục Thuế trích xuất danh sách.').lead).toEqual([])
  })
  it('a list of partners goes on past a bare collective and its level ("tổ chức chính trị - xã hội cấp trung ương") to the chamber by its name since 2025', () => {
    const s = 'Bộ Công an chủ trì, phối hợp với các bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp tỉnh, tổ chức chính trị - xã hội cấp trung ương, Liên đoàn Thương mại và Công nghiệp Việt Nam, tập đoàn, tổng công ty tổ chức thực hiện Quyết định này.'
    expect(read(s)).toEqual({ lead: ['Bộ Công an'], coordinators: ['Liên đoàn Thương mại và Công nghiệp Việt Nam'], reportsTo: [] })
    const generic = assign(s, findAgencies(s)).coordinators.filter((a) => a.generic).map((a) => a.name)
    expect(generic).toContain('tổ chức chính trị - xã hội cấp trung ương')
  })
  it('"yêu cầu X, …": a named body required to act leads, however long the list; a list going on from a genitive does not', () => {
    expect(read('Để hoàn thành công trình theo đúng chỉ đạo của Đồng chí Tổng Bí thư Tô Lâm, Chính phủ, Thủ tướng Chính phủ và phấn đấu tổ chức khánh thành, yêu cầu Bộ Y tế, Ban Quản lý dự án, các nhà thầu và các bộ, cơ quan liên quan theo chức năng, nhiệm vụ, thẩm quyền tiếp tục quyết tâm, nỗ lực.').lead).toEqual(['Bộ Y tế'])
    // "yêu cầu các tổ chức, cá nhân …" names no one who acts
    expect(assign('Rà soát, đôn đốc, yêu cầu các tổ chức, cá nhân không sử dụng tàu cuốc để khai thác cát.', findAgencies('Rà soát, đôn đốc, yêu cầu các tổ chức, cá nhân không sử dụng tàu cuốc để khai thác cát.')).lead).toEqual([])
  })

  it('"X kết hợp với Y …", "phối kết hợp với": Y coordinates, as after "phối hợp với"', () => {
    expect(read('Sở Tư pháp kết hợp với Công an tỉnh và Sở Y tế thực hiện Công văn số 3571/BTP-TTLLTPQG.')).toMatchObject({ lead: ['Sở Tư pháp'], coordinators: ['Công an tỉnh', 'Sở Y tế'] })
    expect(read('Sở Y tế phối kết hợp với Sở Xây dựng kiểm tra an toàn thực phẩm.').coordinators).toEqual(['Sở Xây dựng'])
  })

  it('"X chủ trì, Y và Z phối hợp …": those who "phối hợp" after the lead, with no partner named, are its partners', () => {
    expect(read('Sở Nội vụ chủ trì, Sở Tài chính và Văn phòng Ủy ban nhân dân tỉnh phối hợp, đẩy nhanh tiến độ sắp xếp bộ máy.')).toMatchObject({ lead: ['Sở Nội vụ'], coordinators: ['Sở Tài chính', 'Văn phòng Ủy ban nhân dân tỉnh'] })
    expect(read('Sở Nội vụ chủ trì, Sở Tư pháp phối hợp thực hiện.')).toMatchObject({ lead: ['Sở Nội vụ'], coordinators: ['Sở Tư pháp'] })
    // (with no lead before it, "Y phối hợp với Z …" still has Y lead)
    expect(read('Sở Y tế phối hợp với Sở Tư pháp kiểm tra an toàn thực phẩm.')).toMatchObject({ lead: ['Sở Y tế'], coordinators: ['Sở Tư pháp'] })
  })

  it('"… phối hợp với Bộ X chủ trì, …": the partner named before "chủ trì" leads', () => {
    expect(read('Thủ tướng Chính phủ yêu cầu các Bộ, ngành, địa phương phối hợp với Bộ Kế hoạch và Đầu tư chủ trì, nghiên cứu tổng kết thực hiện Chiến lược.')).toMatchObject({ lead: ['Bộ Kế hoạch và Đầu tư'], coordinators: [] })
    // ("Bộ Y tế chủ trì, phối hợp với Bộ Tài chính …" is unchanged: the partner after the lead's "chủ trì")
    expect(read('Bộ Y tế chủ trì, phối hợp với Bộ Tài chính xây dựng đề án.')).toMatchObject({ lead: ['Bộ Y tế'], coordinators: ['Bộ Tài chính'] })
  })

  it('a scan that lost the mark of "chủ trì" ("Vụ Kê khai chủ tri, …") still names who leads; "chủ trị" (to treat) does not', () => {
    expect(read('Vụ Kê khai và Kế toán thuế chủ tri, Cục Công nghệ thông tin phối hợp, đẩy nhanh tiến độ.')).toMatchObject({ lead: ['Vụ Kê khai và Kế toán thuế'], coordinators: ['Cục Công nghệ thông tin'] })
    expect(read('Sở Y tế phối hợp với Công an tỉnh chủ trị các ca nghiện ma túy nặng.')).toMatchObject({ lead: ['Sở Y tế'], coordinators: ['Công an tỉnh'] })
  })

  it('"phối hợp chặt chẽ lực lượng Công an tỉnh": the body whose forces are named coordinates', () => {
    expect(read('Sở Y tế phối hợp chặt chẽ lực lượng Công an tỉnh kiểm tra an toàn thực phẩm.')).toMatchObject({ lead: ['Sở Y tế'], coordinators: ['Công an tỉnh'] })
  })

  it('"các nhiệm vụ do Thủ tướng Chính phủ giao cho X": work given to X, told in a relative clause, does not make X lead', () => {
    expect(read('Bộ Tài chính có trách nhiệm phân bổ kinh phí thực hiện các nhiệm vụ do Thủ tướng Chính phủ giao cho Bộ Y tế, Bộ Xây dựng.').lead).toEqual(['Bộ Tài chính'])
    // the text's own "giao" still gives the work
    expect(read('Giao cho Bộ Y tế chủ động bố trí kinh phí thực hiện.').lead).toEqual(['Bộ Y tế'])
  })

  it('"Về đề nghị các bộ, ngành …: X cần …": the matter answered names who asked, the body after the colon leads', () => {
    expect(read('Về đề nghị các bộ, ngành sớm ban hành văn bản hướng dẫn; hoàn thiện quy trình pháp lý về đất đai: Ủy ban nhân dân thành phố Đà Nẵng cần tiếp tục rà soát các nội dung về phân cấp.').lead).toEqual(['Ủy ban nhân dân thành phố Đà Nẵng'])
    // with no body after the colon, the matter's bodies are read as before
    expect(read('Về đề nghị Bộ Nội vụ tham mưu ban hành cơ chế tiền lương: đồng ý.').lead).toEqual(['Bộ Nội vụ'])
  })

  it('"Khuyến khích X, Y xây dựng …" opening the item: the bodies encouraged lead, as those asked do', () => {
    expect(read('Khuyến khích Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh xây dựng kế hoạch hành động.').lead).toEqual(['Liên đoàn Lao động tỉnh', 'Hội Nông dân tỉnh'])
    expect(read('Các doanh nghiệp được khuyến khích phối hợp với Sở Công Thương.').lead).toEqual([])
  })

  it('"X, trên cơ sở đề xuất của Y, chủ trì …": X leads; Y, whose proposal it is, neither leads nor coordinates', () => {
    expect(read('Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, địa phương, chủ trì tổng hợp trình cấp có thẩm quyền bố trí kinh phí.')).toMatchObject({ lead: ['Sở Tài chính'], coordinators: [] })
    expect(read('Sở Tài chính, trên cơ sở đề xuất của Sở Y tế, chủ trì tổng hợp dự toán kinh phí.').lead).toEqual(['Sở Tài chính'])
    expect(read('Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, Bộ Tài chính khẩn trương rà soát, bố trí kinh phí.').lead).toEqual(['Bộ Tài chính'])
  })

  it('"Phối hợp và tạo điều kiện để Y …", "Phối hợp, hỗ trợ Y …": Y coordinates', () => {
    expect(read('Phối hợp và tạo điều kiện để Bộ Công Thương, Bộ Xây dựng triển khai các hoạt động nghiên cứu khoa học.').coordinators).toEqual(['Bộ Công Thương', 'Bộ Xây dựng'])
    expect(read('Phối hợp, hỗ trợ Bộ Khoa học và Công nghệ tổ chức các diễn đàn.').coordinators).toEqual(['Bộ Khoa học và Công nghệ'])
    expect(read('Phối hợp, tạo điều kiện cho Bộ Xây dựng triển khai dự án.').coordinators).toEqual(['Bộ Xây dựng'])
  })

  it('X chủ trì, phối hợp với Y … tham mưu Z', () => {
    expect(read('Ban Tổ chức Trung ương chủ trì phối hợp với Ủy ban Kiểm tra Trung ương, Ban cán sự đảng Bộ Nội vụ và các cơ quan liên quan tham mưu Bộ Chính trị thực hiện việc kiểm tra.')).toEqual({
      lead: ['Ban Tổ chức Trung ương'],
      coordinators: ['Ủy ban Kiểm tra Trung ương', 'Ban cán sự đảng Bộ Nội vụ'],
      reportsTo: ['Bộ Chính trị'],
    })
  })

  it('an item that opens with its own "Chủ trì": "do X chủ trì" later only says who runs the thing named', () => {
    expect(read('Chủ trì xây dựng hệ thống học liệu mở trên nền tảng Bình dân học vụ số do Bộ Công an chủ trì.').lead).toEqual([])
    expect(read('Các nhiệm vụ do Bộ Công an chủ trì, phối hợp với Bộ Quốc phòng thực hiện.').lead).toEqual(['Bộ Công an'])
  })
  it('giao X chủ trì: the assigner is not the lead', () => {
    const r = read('Thực hiện Nghị quyết, Bộ Chính trị giao Ban Tổ chức Trung ương chủ trì, phối hợp với Văn phòng Trung ương và các cơ quan liên quan chuẩn bị nội dung.')
    expect(r.lead).toEqual(['Ban Tổ chức Trung ương'])
    expect(r.coordinators).toEqual(['Văn phòng Trung ương Đảng'])
  })

  it('X phối hợp với Y with no chủ trì: X leads', () => {
    const r = read('Sau khi Bộ Chính trị tổng kết, Ban Tổ chức Trung ương sẽ phối hợp với Ủy ban Kiểm tra Trung ương tham mưu thực hiện.')
    expect(r.lead).toEqual(['Ban Tổ chức Trung ương'])
    expect(r.coordinators).toEqual(['Ủy ban Kiểm tra Trung ương'])
  })

  it('the bodies directed (chỉ đạo X) are not coordinators', () => {
    const r = read('Thường trực Tỉnh ủy chủ trì, chỉ đạo Ủy ban Kiểm tra Tỉnh ủy, Văn phòng Tỉnh ủy tổ chức lấy ý kiến.')
    expect(r).toEqual({ lead: ['Thường trực Tỉnh ủy'], coordinators: [], reportsTo: [] })
  })

  it('the subject after a label and its inline number leads: "Dự án thượng nguồn: (i) PVN tập trung …"', () => {
    expect(read('Dự án thượng nguồn: (i) Bộ Công Thương tập trung triển khai các công việc của chiến dịch lắp đặt.').lead).toEqual(['Bộ Công Thương'])
    expect(read('(ii) Bộ Tài chính phối hợp cùng Bộ Xây dựng khẩn trương hoàn thành đàm phán.').lead).toEqual(['Bộ Tài chính'])
  })

  it('an item with no subject leaves the lead to its heading', () => {
    expect(read('Chủ trì phối hợp với Ban cán sự đảng Chính phủ, Đảng đoàn Quốc hội tham mưu Bộ Chính trị ban hành quy định.')).toEqual({
      lead: [],
      coordinators: ['Ban cán sự đảng Chính phủ', 'Đảng đoàn Quốc hội'],
      reportsTo: ['Bộ Chính trị'],
    })
    expect(read('Tham mưu Chính phủ rà soát các quy định của Bộ Nội vụ.').lead).toEqual([])
  })

  it('a list of bodies opening the item leads it together', () => {
    expect(read('Ban Thường vụ Tỉnh ủy, Thường trực Tỉnh ủy trực tiếp chỉ đạo tổ chức Hội nghị.').lead).toEqual(['Ban Thường vụ Tỉnh ủy', 'Thường trực Tỉnh ủy'])
  })
})

describe('bodies in brackets after a report\'s verb', () => {
  it('are who is reported to, even when they lead something in the brackets', () => {
    const text = 'Tổng hợp, tham mưu báo cáo cấp thẩm quyền (UBND thành phố, Bộ Nông nghiệp và Môi trường và các Bộ, cơ quan trung ương chủ trì dự án thành phần) việc thực hiện Chương trình.'
    const a = assign(text, findAgencies(text))
    expect(a.lead).toEqual([])
    expect(a.reportsTo.map((m) => m.name)).toContain('Bộ Nông nghiệp và Môi trường')
  })
  it('a lead in brackets after an action still leads', () => {
    const text = 'Xây dựng kế hoạch kiểm tra liên ngành (Sở Nội vụ chủ trì, phối hợp với Sở Tài chính).'
    expect(assign(text, findAgencies(text)).lead.map((m) => m.name)).toEqual(['Sở Nội vụ'])
  })
})

describe('an assignment in brackets after the item', () => {
  it('"(Giao Công an tỉnh tham mưu)", "(Giao Công an tỉnh thực hiện)": the body given the work leads', () => {
    expect(read('Thành lập Đoàn kiểm tra việc chấp hành các quy định về bảo vệ bí mật nhà nước (Giao Công an tỉnh tham mưu).').lead).toEqual(['Công an tỉnh'])
    expect(read('Tổ chức tập huấn công tác bảo vệ bí mật nhà nước (Giao Công an tỉnh thực hiện).').lead).toEqual(['Công an tỉnh'])
  })
})

describe('assign: a body named as the text opens, and a collective asked in a later sentence', () => {
  it('the body leads; a collective asked in the same sentence by the body is not outranked', () => {
    const a = (t: string) => assign(t, findAgencies(t)).lead.map((m) => m.name)
    expect(a('Bộ Dân tộc và Tôn giáo chịu trách nhiệm hướng dẫn tổ chức thực hiện. Yêu cầu các Bộ, cơ quan đổi mới phương thức.')).toEqual(['Bộ Dân tộc và Tôn giáo'])
    expect(a('Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành triển khai thực hiện.')).not.toContain('Ủy ban nhân dân tỉnh')
  })
})

describe('assign: a body directed by an authority does the work', () => {
  const a = (t: string) => {
    const r = assign(t, findAgencies(t))
    return { lead: r.lead.map((m) => m.name), directed: r.directed.map((m) => m.name) }
  }
  it('"Đề nghị UBND tỉnh chỉ đạo X <verb>": X leads, the authority asked to direct does not', () => {
    expect(a('Đề nghị UBND tỉnh chỉ đạo Bộ Chỉ huy Quân sự tỉnh phối hợp với Sở Tài chính xây dựng phương án bồi thường.').lead).toEqual(['Bộ Chỉ huy Quân sự tỉnh'])
  })
  it('a ministry directing a unit of its own answers for it; a speaker named as the object of another verb directs no one', () => {
    expect(a('Bộ Tài chính chỉ đạo Kho bạc Nhà nước thực hiện chi trả.').lead).toEqual(['Bộ Tài chính'])
    expect(a('Giao Đảng ủy Chính phủ tiếp thu ý kiến Bộ Chính trị, chỉ đạo Bộ Nội vụ hoàn thiện Đề án.').lead).toEqual(['Đảng ủy Chính phủ'])
    // "giao X chỉ đạo Y": the work is given to X, as "giao X chủ trì" gives it
    expect(a('Giao Ban Thường vụ Thị ủy chỉ đạo Ủy ban nhân dân thị xã rà soát, điều chỉnh Quy hoạch chung đô thị.').lead).toEqual(['Ban Thường vụ Thị ủy'])
  })
  it('"Chỉ đạo X: …" opening the text: X is the body directed, left for the heading above to settle', () => {
    expect(a('Chỉ đạo Sở Tài nguyên và Môi trường: Thường xuyên kiểm tra, đôn đốc các huyện.')).toEqual({ lead: [], directed: ['Sở Tài nguyên và Môi trường'] })
    // with no verb or colon after the body, it is not told to do anything
    expect(a('Chỉ đạo Sở Tài nguyên và Môi trường.').directed).toEqual([])
  })
  it('"Chỉ đạo hệ thống Thương vụ, Văn phòng Xúc tiến thương mại …": a body listed after the verb, behind a name the lexicon lacks, is directed, not a subject; a clause of its own after a verb still has one', () => {
    expect(a('Chỉ đạo hệ thống Thương vụ, Tổng cục Hải quan tăng cường kết nối doanh nghiệp.').lead).toEqual([])
    expect(a('Tiếp tục chỉ đạo lực lượng Hải đoàn 28, Tổng cục Hải quan tăng cường tuần tra.').lead).toEqual([])
    expect(a('Chỉ đạo các sở rà soát, Sở Tài chính tổng hợp báo cáo.').lead).toEqual(['Sở Tài chính'])
  })
})

describe('assign: the authors of an act cited inside a clause that gives the work', () => {
  it('"Giao Quân ủy Trung ương căn cứ Kết luận số 126-KL/TW của Bộ Chính trị, Ban Bí thư chủ trì, …": the body given the work leads', () => {
    expect(read('Giao Quân ủy Trung ương căn cứ Kết luận số 126-KL/TW của Bộ Chính trị, Ban Bí thư chủ trì, phối hợp với các cơ quan có liên quan nghiên cứu, xây dựng kế hoạch.').lead).toEqual(['Quân ủy Trung ương'])
    // (with no work given before, the body after the comma is the subject, as before)
    expect(read('Thực hiện Kết luận số 126-KL/TW của Bộ Chính trị, Ban Tổ chức Trung ương chủ trì nghiên cứu đề án.').lead).toEqual(['Ban Tổ chức Trung ương'])
  })
})

describe('assign: partners named through their functional bodies', () => {
  it('"phối hợp với cơ quan chức năng của Bộ X", "… cơ quan chuyên môn thuộc Bộ Y": the ministry coordinates', () => {
    expect(read('Văn phòng Chính phủ phối hợp với cơ quan chức năng của Bộ Nông nghiệp và Môi trường theo dõi diễn biến tình hình.').coordinators).toEqual(['Bộ Nông nghiệp và Môi trường'])
    expect(read('Cục Biến đổi khí hậu phối hợp với cơ quan chuyên môn thuộc Bộ Tài chính hoàn thiện dự thảo Đề án.').coordinators).toEqual(['Bộ Tài chính'])
    // (the units of a body, in general, are not read so: readers differ there)
    expect(read('Sở Xây dựng phối hợp với các đơn vị của Bộ Nông nghiệp và Môi trường sử dụng hệ thống theo dõi.').coordinators).toEqual([])
  })
})

describe('assign: the partners of the one a task is sent to', () => {
  it('"… gửi Sở Tư pháp trước ngày … để phối hợp với Sở Nội vụ tham mưu …": Sở Nội vụ is the recipient\'s partner, not the task\'s', () => {
    const r = read('Ban Chủ nhiệm Đoàn Luật sư tỉnh hoàn thiện hồ sơ gửi Sở Tư pháp trước ngày 25/11/2025 để phối hợp với Sở Nội vụ tham mưu trình Ủy ban nhân dân tỉnh.')
    expect(r.coordinators).toEqual([])
    // (a task's own partner, before what it sends, still is)
    expect(read('Sở Tư pháp phối hợp với Sở Nội vụ hoàn thiện hồ sơ để gửi Ủy ban nhân dân tỉnh.').coordinators).toEqual(['Sở Nội vụ'])
  })
})

describe('assign: a collective of a body\'s units inside a list', () => {
  it('"phối hợp với các cơ quan của Quốc hội, Đoàn Đại biểu Quốc hội tỉnh": the list goes on past the collective\'s owner, who is no partner', () => {
    expect(read('Phối hợp với các cơ quan của Quốc hội, Đoàn Đại biểu Quốc hội tỉnh giám sát các lĩnh vực có liên quan.').coordinators).toEqual(['Đoàn đại biểu Quốc hội tỉnh'])
    expect(read('Sở Y tế phối hợp với các đơn vị thuộc Bộ Y tế kiểm tra an toàn thực phẩm.').coordinators).toEqual([])
  })
  it('one body\'s functional agencies still name it: "phối hợp với cơ quan chức năng của Bộ Nông nghiệp và Môi trường"', () => {
    expect(read('Văn phòng Ban Chỉ đạo phối hợp với cơ quan chức năng của Bộ Nông nghiệp và Môi trường theo dõi diễn biến.').coordinators).toEqual(['Bộ Nông nghiệp và Môi trường'])
  })
})

describe('assign: a named unit, then the body it belongs to', () => {
  it('"Kho bạc Nhà nước thuộc Bộ Tài chính có trách nhiệm …": the unit leads, its owner is no second lead', () => {
    expect(read('Kho bạc Nhà nước thuộc Bộ Tài chính có trách nhiệm hạch toán các khoản thu.').lead).toEqual(['Kho bạc Nhà nước'])
    expect(read('Kho bạc Nhà nước trực thuộc Bộ Tài chính có trách nhiệm hạch toán các khoản thu.').lead).toEqual(['Kho bạc Nhà nước'])
    // (two bodies listed stay two)
    expect(read('Kho bạc Nhà nước, Bộ Tài chính có trách nhiệm hạch toán các khoản thu.').lead).toEqual(['Kho bạc Nhà nước', 'Bộ Tài chính'])
  })
})

describe('assign: a clause that gives the item its limit, or a figure', () => {
  it('"…, Thành phố Hồ Chí Minh, hoàn thành trong năm 2025": the place before ", hoàn thành trong …" is no subject', () => {
    // (the city is read by its shape, as the parser reads it: grammar/units.ts)
    const s = 'Chủ trì triển khai xác thực sinh trắc học tại các nhà ga trên địa bàn thành phố Hà Nội, Thành phố Hồ Chí Minh, hoàn thành trong năm 2025.'
    const found = findAgencies(s)
    const ms = mergeUnits(found, unitMentions(s, found))
    expect(ms.map((m) => m.name)).toContain('Thành phố Hồ Chí Minh')
    expect(assign(s, ms).lead).toEqual([])
    // ("Thành phố Hồ Chí Minh có tối thiểu 500 công trình xây dựng xanh": a city that has a figure is what a target counts)
    const t = 'Tăng cường giám sát các công trường; đảm bảo mục tiêu: Hà Nội có tối thiểu 200 công trình, Thành phố Hồ Chí Minh có tối thiểu 500 công trình xây dựng xanh vào năm 2030.'
    const tf = findAgencies(t)
    expect(assign(t, mergeUnits(tf, unitMentions(t, tf))).lead).toEqual([])
    // (a body whose own verb follows it still acts)
    expect(read('Trên cơ sở đề xuất của các địa phương, Bộ Xây dựng hoàn thành việc thẩm định trong năm 2025.').lead).toEqual(['Bộ Xây dựng'])
  })
})

describe('assign: a collective and the body whose units it names', () => {
  it('"các đơn vị trực thuộc Bộ Tài chính gửi …": the body after "trực thuộc" owns the units, it does not act', () => {
    expect(read('Các đơn vị trực thuộc Bộ Tài chính gửi văn bản đề xuất nội dung về Văn phòng Bộ.').lead).toEqual([])
    expect(read('Thường trực HĐND xã, các chi, Đảng bộ trực thuộc Đảng uỷ xã gửi văn bản đề xuất nội dung.').lead).toEqual(['Thường trực Hội đồng nhân dân xã'])
  })
  it('a named body after a collective without such a modifier still acts with it', () => {
    expect(read('Các sở, ngành và Ủy ban nhân dân tỉnh triển khai thực hiện.').lead).toEqual(['Ủy ban nhân dân tỉnh'])
  })
})

describe('assign: "chủ trì" as a scan reads it', () => {
  it('"chủ tri" and "chi trì" after a body make it the lead; the body that "phối hợp" partners', () => {
    expect(read('Ban Quản lý rủi ro chi trì, Vụ Kê khai và Kế toán thuế phối hợp rà soát quy trình.')).toEqual({ lead: ['Ban Quản lý rủi ro'], coordinators: ['Vụ Kê khai và Kế toán thuế'], reportsTo: [] })
    expect(read('Vụ Kê khai và Kế toán thuế chủ tri, Văn phòng phối hợp rà soát.').lead).toEqual(['Vụ Kê khai và Kế toán thuế'])
  })
})

describe('assign: a sentence that opens on a body with "Đối với"', () => {
  it('the body set apart by a comma before its work leads; a matter or a collective so set apart does not', () => {
    expect(read('Đối với Ban Xây dựng Đảng, tham mưu Ban Thường vụ Đảng ủy thống kê, báo cáo tình hình.').lead).toEqual(['Ban Xây dựng Đảng'])
    expect(read('Đối với các chi bộ chưa hoàn thành chỉ tiêu, Ủy ban Kiểm tra Đảng ủy kiểm tra, đôn đốc.').lead).toEqual(['Ủy ban Kiểm tra Đảng ủy'])
    expect(read('Đối với dự án do Sở Xây dựng quản lý, tiếp tục rà soát hồ sơ.').lead).toEqual([])
  })
})

describe('assign: a genitive in the grounds of the work given', () => {
  it('"Giao X căn cứ … hướng dẫn của Y chủ trì": X leads; Y, whose guidance the grounds name, does not', () => {
    expect(read('Giao Văn phòng Đảng ủy căn cứ chức năng, nhiệm vụ và các văn bản hướng dẫn của Tỉnh ủy chủ trì, phối hợp với các cơ quan rà soát.').lead).toEqual(['Văn phòng Đảng ủy'])
    // (outside such grounds, a body before "chủ trì" leads: "Sở Nội vụ chủ trì")
    expect(read('Sở Nội vụ chủ trì, phối hợp với các cơ quan rà soát.').lead).toEqual(['Sở Nội vụ'])
  })
})
