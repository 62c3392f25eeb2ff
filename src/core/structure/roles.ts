// What a heading says about the text under it: purpose, assessment and arrangement sections hold no tasks; task and
// organisation sections do. (An emulation plan's criteria and its awards, "Tiêu chí thi đua", "Hình thức khen thưởng",
// state what is measured and given, as aims do; so does whom a plan helps, "Đối tượng được hỗ trợ:", and the powers a
// body is given, "Quyền hạn của Ban Chỉ đạo" — not its duties, "Nhiệm vụ và quyền hạn" — and who is competent for what,
// "Điều 10. Thẩm quyền xem xét cho phép sử dụng thẻ" — not with the steps to take, "Thẩm quyền, trình tự …"; and the
// conditions a licence, a card or a trade asks those who apply to meet, "Điều kiện được xem xét cấp thẻ", "Điều kiện
// đối với doanh nghiệp …:" — not the means a plan secures, "Điều kiện bảo đảm thực hiện", nor conditions joined to
// duties, "… và nghĩa vụ của sinh viên"; and a legal text's general provisions, "Chương I. QUY ĐỊNH CHUNG", whatever
// its articles' titles say: sections.ts. The powers an article hands a body, "Phân cấp cho Sở Y tế thực hiện một số
// nhiệm vụ, quyền hạn sau", are its work: DELEGATES.)
import type { SectionRole } from '../contract/schema.js'
import { withoutMarks } from '../contract/text.js'

/** The words of a legal text's chapter of general provisions: its scope, its terms, what the act is and who it binds. */
const GENERAL_WORDS = String.raw`(?:những\s+)?quy định chung\s*:?$`
/** That chapter's heading, its number before it or not: "Chương I. QUY ĐỊNH CHUNG", "Những quy định chung". */
export const GENERAL_PROVISIONS = new RegExp(String.raw`^(?:chương\s+[ivxlc\d]+[.:]?\s*)?${GENERAL_WORDS}`, 'iu')

const ROLE_WORDS: Array<[SectionRole, RegExp]> = [
  ['purpose', new RegExp(String.raw`^(mục (đích|tiêu)(?![^.]*(?:nhiệm vụ|giải pháp))|(?:các )?chỉ tiêu(?![^.]*(?:nhiệm vụ|giải pháp|hoạt động))|yêu cầu|phương châm|quan điểm|tư tưởng chỉ đạo|ý nghĩa|nguyên tắc|tầm nhìn|(?:tiêu chí|tiêu chuẩn) (?:thi đua|khen thưởng|xét khen thưởng)|(?:hình thức|cơ cấu|đối tượng)(?:,? (?:và )?(?:tiêu chuẩn|hình thức|đối tượng))? khen thưởng|(?:phạm vi(?:,| và) )?đối tượng (?:được )?(?:hỗ trợ|áp dụng|thụ hưởng)\s*:?$|quyền hạn(?: của [^,.;:]+)?\s*:?$|thẩm quyền(?![^.]*(?:trình tự|thủ tục|thời gian|trách nhiệm|nhiệm vụ))|điều kiện(?! (?:bảo đảm|đảm bảo|cần thiết))(?![^.]*(?:nhiệm vụ|nghĩa vụ|trách nhiệm|giải pháp))|${GENERAL_WORDS})`, 'u')],
  // (an inspection's findings look back too: "4. Những nội dung vi phạm được phát hiện qua hoạt động thanh tra, …")
  // ("Đánh giá trước khi thực hiện số hoá", "Đánh giá chi phí, lợi ích …": what is to be assessed, an action; "Đánh giá
  // tình hình", "Đánh giá kết quả …", "Đánh giá nguy cơ sau lụt bão" look back; so do "Khó khăn, vướng mắc", unless the
  // heading also proposes: "Khó khăn, vướng mắc, kiến nghị")
  ['situation', /^(tình hình|tóm tắt|kết quả|đánh giá(?!\s+(?:trước khi|chi phí|lợi ích)(?!\p{L}))|hạn chế|(những )?tồn tại|nguyên nhân|(bài học )?kinh nghiệm|bối cảnh|thực trạng|ưu điểm|khuyết điểm|căn cứ|(?:nội dung )?(?:vi phạm|sai phạm)(?!\p{L})|(?:khó khăn|vướng mắc)(?![^.]*(?:kiến nghị|đề xuất|đề nghị|giải pháp|nhiệm vụ|tháo gỡ)))/u],
  // a meeting's or an event's arrangements: who attends, when and where, what is discussed and how the visit runs
  // ("II. THỜI GIAN, THÀNH PHẦN", "II. THỜI GIAN VÀ PHẠM VI", "2. Thành phần", "I. NỘI DUNG LÀM VIỆC", "3. Phương pháp
  // làm việc"); before "thời gian" alone, which heads a schedule of tasks
  ['arrangements', /^(thành phần(?! hồ sơ)|địa điểm|thời gian(,| và) (địa điểm|thành phần|phạm vi)|phạm vi(,| và) thời gian|nội dung (buổi |cuộc )?(làm việc|hội nghị|hội thảo|tọa đàm)|(phương pháp|cách thức|hình thức) (làm việc|tổ chức hội nghị))/u],
  ['organisation', /^(tổ chức (?:thực hiện|thi hành)|chỉ đạo|kiểm tra|đôn đốc|theo dõi|phân công|(?:(?:quyền hạn|chức năng)(?:,| và) )?trách nhiệm|chế độ báo cáo|điều khoản thi hành|hiệu lực)/u],
  ['tasks', /^(nhiệm vụ|giải pháp|nội dung(?! chính)|phương pháp|thời gian|lộ trình|chương trình|tiến độ|hoạt động(?:\s+(?:chính|chủ yếu|trọng tâm|cụ thể|\d{1,2}))?\s*:?$|danh mục|kế hoạch thực hiện|biện pháp|triển khai|hình thức|phương thức|thực hiện (các )?(nhiệm vụ|giải pháp)|giai đoạn (thực hiện|triển khai)|trọng tâm\s*:?$)/u],
]

/** "Điều 4. Phân cấp cho Sở Y tế thực hiện một số nhiệm vụ, quyền hạn sau": powers handed to a body (group 1), listed next. */
export const DELEGATES = /^(?:phân cấp|ủy quyền|uỷ quyền)\s+cho\s+(.+?)\s+(?:thực hiện|đảm nhiệm)\s+(?:một số\s+|các\s+|những\s+)?(?:nhiệm vụ|quyền hạn)(?!\p{L})/iu

/**
 * A heading that ends by giving its subject duties: "Điều 4. Sở Lao động - Thương binh và Xã hội có nhiệm vụ", "2. Kho
 * bạc Nhà nước tỉnh có trách nhiệm sau:". When the subject is a body, the items under it are its work (sections.ts).
 */
export const DUTY_END = /\s+(?:có|chịu)\s+(?:trách nhiệm|nhiệm vụ)(?:(?:,|\s+và)\s+(?:quyền hạn|trách nhiệm|nhiệm vụ))?(?:\s+(?:sau đây|sau|như sau|chủ yếu|cụ thể))?\s*[:.]?\s*$/iu

/** The same words with no diacritics, for headings whose marks OCR damaged ("TỎ CHỨC THỰC HIỆN", "NHIỆM VU"). */
const FOLDED_WORDS: Array<[SectionRole, RegExp]> = ROLE_WORDS.map(([role, re]) => [role, new RegExp(withoutMarks(re.source), 'u')])


/** The role a heading's own words give it, or null (then it inherits its parent's). */
export function roleOf(title: string): SectionRole | null {
  const t = title
    .toLowerCase()
    .replace(/^[\s"“*_]+/, '')
    // (a part's letter the marker reader leaves in the title: "B. NHIỆM VỤ VÀ GIẢI PHÁP", "A- MỤC TIÊU")
    .replace(/^(về |một số |những |các |nhóm |i+\.?\s*|[a-h]\s?[.-]\s+)+/u, '')
  for (const [role, re] of ROLE_WORDS) if (re.test(t)) return role
  if (DELEGATES.test(t)) return 'tasks'
  const f = withoutMarks(t)
  for (const [role, re] of FOLDED_WORDS) if (re.test(f)) return role
  return null
}

const WORK_THEN_WHAT_FOR = /(?<!\p{L})(?:các|những|một số|\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:nhóm\s+)?(?:nhiệm vụ|giải pháp|công việc)(?:(?!mục tiêu|mục đích|yêu cầu|quan điểm|chỉ tiêu|kết quả)[^.;:]){0,160}(?:như sau|sau đây)\s*:?$/iu

/** "Nguồn kinh phí thực hiện các nhiệm vụ của Kế hoạch được quy định cụ thể như sau:": the money is what follows. */
const MONEY_FIRST = /^(?:\S+\s+){0,2}?(?:nguồn\s+)?(?:kinh phí|vốn|ngân sách)(?!\p{L})/iu

/** "… yêu cầu các cấp ủy thực hiện tốt các nhiệm vụ sau:" introduces tasks; "… các mục tiêu sau đây:" introduces aims. */
export function introRole(title: string): SectionRole | null {
  // "… thực hiện tốt các nhiệm vụ sau:" — the noun just before "sau:" says what follows, whatever the clause before it
  if (/(nhiệm vụ|giải pháp|công việc|nội dung(?! chính)|việc)[^,.;:]{0,30}(sau|như sau|sau đây)\s*:?$/iu.test(title)) return 'tasks'
  // ("… còn phát sinh một số tồn tại làm giảm hiệu quả công tác tổng hợp, cụ thể:": the shortcomings a report lists)
  if (/(?<!\p{L})(?:tồn tại|hạn chế|yếu kém|khuyết điểm|thiếu sót|bất cập)(?![^.;:]*(?:giải pháp|khắc phục|nhiệm vụ))[^.;:]{0,100}(?:cụ th\p{L}|như sau|sau đây)\s*:?$/iu.test(title)) return 'situation'
  // ("… đề nghị Cục Thuế các tỉnh khẩn trương, nghiêm túc thực hiện các yêu cầu cụ thể như sau:": requirements to carry
  // out are work)
  if (/(?<!\p{L})(thực hiện|triển khai|chấp hành|làm tốt)\s+(?:\p{L}+\s+){0,2}(?:các |một số |những )?yêu cầu[^,.;:]{0,30}(sau|như sau|sau đây)\s*:?$/iu.test(title)) return 'tasks'
  // (so are those that a body's work must meet: "Bộ Tài chính chủ trì, … tiếp tục rà soát hoàn thiện dự án Luật bảo
  // đảm yêu cầu sau:" over what is still to do to it; "Kế hoạch phải bảo đảm các yêu cầu sau:" states aims)
  if (/(?<!\p{L})chủ trì(?!\p{L})/iu.test(title) && /(?<!\p{L}|phải\s)(bảo đảm|đảm bảo)\s+(?:các |một số |những )?yêu cầu[^,.;:]{0,30}(sau|như sau|sau đây)\s*:?$/iu.test(title)) return 'tasks'
  if (/(mục tiêu|mục đích|yêu cầu|quan điểm)[^,.;:]{0,30}(sau|như sau|sau đây)\s*:?$/iu.test(title)) return 'purpose'
  // "… quy định 7 giải pháp chủ yếu khi xây dựng và phát triển văn học, nghệ thuật trong thời kỳ mới như sau:": the work
  // counted or listed ("7 giải pháp", "một số nhiệm vụ"), then what it serves, commas and all; not when aims are named
  // after it ("… các nhiệm vụ nhằm đạt các mục tiêu sau:"), nor work that only qualifies another noun ("… 5 quan điểm
  // chỉ đạo chung đối với nhiệm vụ xây dựng nền văn hoá … như sau:")
  if (WORK_THEN_WHAT_FOR.test(title) && !MONEY_FIRST.test(title)) return 'tasks'
  // "Thủ tướng Chính phủ yêu cầu:", "Ban Thường vụ Tỉnh ủy đề nghị:": what follows is what is asked
  if (/(?<!\p{L})(yêu cầu|đề nghị|chỉ thị|quyết nghị|kết luận|giao)\s*:?$/iu.test(title)) return 'tasks'
  return null
}

/** A subject, then "yêu cầu:" or "đề nghị:" closing the line: "Thủ tướng Chính phủ yêu cầu:", "Theo đó, Chủ tịch UBND tỉnh đề nghị:". */
const SUBJECT_ASKS = /^\S[^.;:]{8,}\s(?:yêu cầu|đề nghị)\s*:\s*$/u

/** A short unmarked lead-in whose subject asks says what follows is asked, as a long one does (introRole). */
export function shortLeadInRole(text: string): SectionRole | null {
  return SUBJECT_ASKS.test(text) ? 'tasks' : null
}
