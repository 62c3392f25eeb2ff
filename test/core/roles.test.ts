// A heading's role from its words, also when OCR damaged their marks.
import { describe, expect, it } from 'vitest'
import { introRole, roleOf } from '../../src/core/structure/roles.js'

describe('roleOf', () => {
  it('a heading that is only the activities ("Các hoạt động chính", "Hoạt động 1") heads work; not how a body works', () => {
    expect(roleOf('Các hoạt động chính')).toBe('tasks')
    expect(roleOf('Hoạt động 1')).toBe('tasks')
    expect(roleOf('Hoạt động của Ban Chỉ đạo')).toBeNull()
  })
  it('a summary ("Tóm tắt nội dung chỉ đạo", "TÓM TẮT") restates what the text says: a report, as an assessment is', () => {
    expect(roleOf('Tóm tắt nội dung chỉ đạo')).toBe('situation')
    expect(roleOf('TÓM TẮT')).toBe('situation')
  })
  it('reads the role from the heading’s first words', () => {
    expect(roleOf('TỔ CHỨC THỰC HIỆN')).toBe('organisation')
    expect(roleOf('Tổ chức thi hành')).toBe('organisation')
    expect(roleOf('NHIỆM VỤ, GIẢI PHÁP')).toBe('tasks')
    // (a part's letter left in the title: "B. NHIỆM VỤ VÀ GIẢI PHÁP", "A- MỤC TIÊU", "C. KẾT QUẢ ĐÁNH GIÁ")
    expect(roleOf('B. NHIỆM VỤ VÀ GIẢI PHÁP')).toBe('tasks')
    expect(roleOf('A- MỤC TIÊU')).toBe('purpose')
    expect(roleOf('C. KẾT QUẢ ĐÁNH GIÁ')).toBe('situation')
    expect(roleOf('Mục tiêu cụ thể')).toBe('purpose')
    expect(roleOf('Bộ Xây dựng')).toBeNull()
    // targets are aims ("6. Chỉ tiêu chủ yếu đến năm 2030"); a part that also holds tasks is not
    expect(roleOf('Chỉ tiêu chủ yếu đến năm 2030')).toBe('purpose')
    expect(roleOf('CHỈ TIÊU, NHIỆM VỤ')).toBeNull()
    // "nhóm" counts like "các", "một số": a group of tasks
    expect(roleOf('CÁC NHÓM NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU')).toBe('tasks')
    // aims and the work that serves them: not aims only (its own "a) Mục tiêu" holds the aims)
    expect(roleOf('MỤC TIÊU, NHIỆM VỤ')).toBeNull()
    expect(roleOf('Mục tiêu và giải pháp')).toBeNull()
    expect(roleOf('MỤC ĐÍCH, YÊU CẦU')).toBe('purpose')
  })
  it('"Quyền hạn, trách nhiệm của …" organises the work, as "Trách nhiệm của …" does', () => {
    expect(roleOf('QUYỀN HẠN, TRÁCH NHIỆM CỦA CÁC NGÀNH VÀ CÁC CẤP NGÂN SÁCH')).toBe('organisation')
    expect(roleOf('Chức năng và trách nhiệm của Ban Chỉ đạo')).toBe('organisation')
  })
  it('whom a plan helps, "Đối tượng được hỗ trợ", is said as its aims are; not what a campaign tells whom', () => {
    expect(roleOf('Đối tượng được hỗ trợ:')).toBe('purpose')
    expect(roleOf('Phạm vi, đối tượng áp dụng')).toBe('purpose')
    expect(roleOf('Đối tượng thụ hưởng')).toBe('purpose')
    expect(roleOf('ĐỐI TƯỢNG, NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN')).not.toBe('purpose')
  })
  it('the powers a body is given ("Quyền hạn của Ban Chỉ đạo") are said, not asked; its duties are', () => {
    expect(roleOf('Quyền hạn của Ban Chỉ đạo')).toBe('purpose')
    expect(roleOf('Quyền hạn')).toBe('purpose')
    expect(roleOf('Nhiệm vụ và quyền hạn của Ban Chỉ đạo')).not.toBe('purpose')
  })
  it('a legal text\'s chapter of general provisions is said, as aims are', () => {
    expect(roleOf('QUY ĐỊNH CHUNG')).toBe('purpose')
    expect(roleOf('Những quy định chung')).toBe('purpose')
    expect(roleOf('Quy định chung về quản lý thẻ')).not.toBe('purpose')
  })
  it('the conditions a licence, a card or a trade asks of those who apply are said, as aims are; not the means a plan secures', () => {
    expect(roleOf('Điều kiện được xem xét cấp thẻ ABTC')).toBe('purpose')
    expect(roleOf('Điều kiện đối với doanh nghiệp nơi doanh nhân đang làm việc:')).toBe('purpose')
    expect(roleOf('Điều kiện, tiêu chí đối với sản phẩm, dịch vụ thử nghiệm')).toBe('purpose')
    expect(roleOf('ĐIỀU KIỆN BẢO ĐẢM THỰC HIỆN')).not.toBe('purpose')
    expect(roleOf('Điều kiện làm khóa luận và nghĩa vụ của sinh viên')).not.toBe('purpose')
  })
  it('a lead-in to requirements to carry out heads work; one to shortcomings heads a report', () => {
    expect(introRole('Tổng cục Thuế đề nghị Cục Thuế các tỉnh khẩn trương, nghiêm túc thực hiện các yêu cầu cụ thể như sau:')).toBe('tasks')
    expect(introRole('Kế hoạch phải bảo đảm các yêu cầu sau:')).toBe('purpose')
    // (the requirements a body's work must meet are what is still to do: the items are tasks)
    expect(introRole('Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan tiếp tục rà soát hoàn thiện dự án Luật bảo đảm yêu cầu sau:')).toBe('tasks')
    expect(introRole('Công tác báo cáo còn phát sinh một số tồn tại làm giảm hiệu quả công tác tổng hợp, cụ thể:')).toBe('situation')
    expect(introRole('Để khắc phục những hạn chế trên, đề nghị các đơn vị thực hiện các nhiệm vụ sau:')).toBe('tasks')
  })
  it('an emulation plan\'s criteria and awards state what is measured and given, as aims do', () => {
    expect(roleOf('TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG')).toBe('purpose')
    expect(roleOf('Hình thức và tiêu chuẩn khen thưởng')).toBe('purpose')
    expect(roleOf('Hình thức khen thưởng')).toBe('purpose')
    // (not a standard that work is held to, nor a form of work)
    expect(roleOf('Tiêu chuẩn, điều kiện quy hoạch')).toBeNull()
    expect(roleOf('Hình thức tuyên truyền')).toBe('tasks')
  })
  it('"Đánh giá trước khi …", "Đánh giá chi phí …" say what to assess, an action; "Đánh giá tình hình …" looks back', () => {
    expect(roleOf('Đánh giá trước khi thực hiện số hoá')).toBeNull()
    expect(roleOf('Đánh giá chi phí và lợi ích')).toBeNull()
    expect(roleOf('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN')).toBe('situation')
    expect(roleOf('ĐÁNH GIÁ NGUY CƠ SAU LỤT BÃO')).toBe('situation')
  })
  it('"Khó khăn, vướng mắc" reports, as "Tình hình" does; not when the heading also proposes or asks to clear them', () => {
    expect(roleOf('Khó khăn, vướng mắc')).toBe('situation')
    expect(roleOf('Những vướng mắc trong thực tiễn')).toBe('situation')
    expect(roleOf('Khó khăn, vướng mắc, kiến nghị')).toBeNull()
    expect(roleOf('Khó khăn, vướng mắc và đề xuất giải pháp')).toBeNull()
    expect(roleOf('Tháo gỡ khó khăn, vướng mắc cho doanh nghiệp')).toBeNull()
  })
  it('headings whose diacritics OCR damaged keep their role', () => {
    expect(roleOf('TỎ CHỨC THỰC HIỆN')).toBe('organisation')
    expect(roleOf('NHIEM VU VA GIAI PHAP')).toBe('tasks')
    expect(roleOf('Mục tiêu cụ thé giai đoạn 2025 - 2030')).toBe('purpose')
  })
  it('a meeting’s arrangements (who attends, when, where, what is discussed) hold no tasks; a schedule of tasks does', () => {
    expect(roleOf('THỜI GIAN, THÀNH PHẦN')).toBe('arrangements')
    expect(roleOf('Thành phần')).toBe('arrangements')
    expect(roleOf('Thời gian và địa điểm')).toBe('arrangements')
    expect(roleOf('NỘI DUNG LÀM VIỆC')).toBe('arrangements')
    expect(roleOf('Phương pháp làm việc')).toBe('arrangements')
    expect(roleOf('Thời gian thực hiện')).toBe('tasks')
    expect(roleOf('Nội dung thực hiện')).toBe('tasks')
    expect(roleOf('Thành phần hồ sơ')).toBeNull()
  })
  it('a vision ("2. Tầm nhìn đến năm 2050") is an aim, as a goal is', () => {
    expect(roleOf('Tầm nhìn đến năm 2050')).toBe('purpose')
    expect(roleOf('Giai đoạn thực hiện')).toBe('tasks')
  })
  it('a plan\'s time and scope ("THỜI GIAN VÀ PHẠM VI") hold no tasks either', () => {
    expect(roleOf('THỜI GIAN VÀ PHẠM VI')).toBe('arrangements')
    expect(roleOf('Phạm vi và thời gian')).toBe('arrangements')
    expect(roleOf('Thời gian thực hiện')).toBe('tasks')
  })
})

describe('a heading that names the focus of the work', () => {
  it('"*Trọng tâm:*" lists what is to be done; a focus inside a sentence names no section', () => {
    expect(roleOf('Trọng tâm:')).toBe('tasks')
    expect(roleOf('Trọng tâm')).toBe('tasks')
    expect(roleOf('Trọng tâm là phát triển doanh nghiệp số')).toBeNull()
  })
})

describe('a heading on who is competent for what', () => {
  it('"Thẩm quyền xem xét cho phép sử dụng thẻ ABTC" states competences, as powers do; not with the steps to take', () => {
    expect(roleOf('Thẩm quyền xem xét cho phép sử dụng thẻ ABTC')).toBe('purpose')
    expect(roleOf('Thẩm quyền cấp giấy phép hoạt động in xuất bản phẩm')).toBe('purpose')
    expect(roleOf('Thẩm quyền, trình tự, thời gian đánh giá, xếp loại')).toBeNull()
    expect(roleOf('Thẩm quyền và trách nhiệm của Sở Tài chính')).not.toBe('purpose')
  })
})

describe('roleOf: an inspection\'s findings', () => {
  it('"Những nội dung vi phạm được phát hiện qua hoạt động thanh tra, …", "Sai phạm …" look back, as an assessment does', () => {
    expect(roleOf('Những nội dung vi phạm được phát hiện qua hoạt động thanh tra, nguyên nhân, trách nhiệm và kết quả kiến nghị xử lý:')).toBe('situation')
    expect(roleOf('Vi phạm phát hiện qua kiểm tra')).toBe('situation')
    expect(roleOf('Sai phạm trong công tác cấp phép')).toBe('situation')
  })
  it('not dealing with them: "Xử lý vi phạm", nor another "nội dung …"', () => {
    expect(roleOf('Xử lý vi phạm')).not.toBe('situation')
    expect(roleOf('Nội dung thực hiện')).toBe('tasks')
  })
})
