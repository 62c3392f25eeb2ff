// The grammar of assignment in running prose: which sentences direct someone to act, and which narrate what was done.
import { readTsv } from '../agencies/data.js'
import { spacesPutBack } from '../agencies/syllables.js'
import { fold, modernTone } from '../contract/text.js'
import { warm, warmAll } from '../contract/regex.js'

/** Sentences of a paragraph with their offsets. Splits after . ! ? … before a capital, an opening quote or bracket. */
export function sentences(text: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = []
  const re = /(?<=[.!?…]|\.\.\.)["”»]?\s+(?=["“(]?[\p{Lu}\d])/gu
  let last = 0
  for (const m of text.matchAll(re)) {
    const end = m.index!
    const piece = text.slice(last, end)
    // "TP. Hồ Chí Minh", "Q. Chủ tịch": a short capitalised token before the stop is an abbreviation
    if (/(^|\s)(TP|Q|TS|ThS|PGS|GS|St|Tp|ĐC|đ\/c)\.$/u.test(piece)) continue
    if (piece.trim()) out.push({ text: piece.trim(), offset: last + (piece.length - piece.trimStart().length) })
    last = end + m[0].length
  }
  const tail = text.slice(last)
  if (tail.trim()) out.push({ text: tail.trim(), offset: last + (tail.length - tail.trimStart().length) })
  return out
}

// A directive names who acts or what must be done: future, obligation, assignment, or the verbs of leading and coordinating.
// ("cần" is no obligation in the city of Cần Thơ; "cơ quan chủ trì", "đơn vị phối hợp" name a role, and ask nothing;
// "Nội dung đề nghị cấp phép: …" in a form names what is asked for)
const DIRECTIVE =
  /(^|[\s,;:(])(sẽ|cần(?! thơ(?!\p{L}))|(?<!không |là )phải(?! là)|yêu cầu|(?<!(?:công văn|văn bản|tờ trình|đơn|hồ sơ|giấy|nội dung) )đề nghị|(?<!(?:bàn|chuyển) )giao(?! (?:quyền|dịch|thông|ban|lưu|tiếp|nộp|đất|nhận|kết|hàng|diện))(?: cho)?|(?<!(?:cơ quan|đơn vị|bộ phận|tổ chức) )(?:chủ trì|phối hợp)|tham mưu|chịu trách nhiệm|có trách nhiệm|(?<!về )tiếp tục|tập trung|khẩn trương|đang|triển khai thực hiện|tổ chức thực hiện)(?=$|[\s,;:.)])/iu

// Narration of the past or of facts: done, being assessed, hoped for.
// ("… Trưởng Ban Chỉ đạo chủ trì Phiên họp.": who chaired the meeting a report tells of, the meeting named and no more)
/** What a relative "được … giao" names, set by someone, before it: tasks, targets, a budget ("nhiệm vụ được Chính phủ giao"). */
const SET_BEFORE = String.raw`(?<!(?:nhiệm vụ|chỉ tiêu|mục tiêu|công việc|nội dung|phần việc|dự toán|kế hoạch vốn)\s+)`
/** "được X giao": given by someone; not "được bàn giao" (handed over) nor "được chuyển giao" (transferred), other verbs. */
const GIVEN = String.raw`được\s+[^.;]{0,60}?(?<!\s(?:bàn|chuyển))\sgiao(?=\s)`
// ("Ngày 5/12/2025, Phó Thủ tướng Mai Văn Chính ký Quyết định 2640/QĐ-TTg … ban hành Kế hoạch …": a page tells of an act
// signed on a day it names, without "đã")
const SIGNED_ON_DAY = String.raw`^ngày \d{1,2}(?:\/| tháng )\d{1,2}(?:\/| năm )\d{4}\s*,\s[^.;:]{0,100}?\s(?:đã\s+)?(?:ký(?: ban hành)?|ban hành)\s+(?:quyết định|nghị quyết|nghị định|chỉ thị|công điện|công văn|kế hoạch|thông báo|kết luận|thông tư|quy định)(?!\p{L})`
/** An act just signed or issued: "… vừa ký Quyết định …", "… vừa ban hành Kế hoạch …" (not "vừa … vừa …", both … and …). */
const JUST_ISSUED = String.raw`vừa (?:ký|ban hành|có (?:văn bản|công văn)|phê duyệt|công bố)`
const NARRATIVE = new RegExp(String.raw`(^|[\s,(])(đã|vừa qua|${JUST_ISSUED}|mong|nhìn chung|bước đầu|trước đây|năm qua|thời gian qua)(?=$|[\s,;:.)])|${SET_BEFORE}${GIVEN}|chủ trì (?:phiên họp|hội nghị|cuộc họp|buổi làm việc)\s*\.?$|${SIGNED_ON_DAY}`, 'iu')

// A sentence that opens by assessing rather than directing.
const ASSESSMENT_OPENING =
  /^(căn cứ [^.]*[;,]$|chúng tôi (?:đề nghị|cam kết|xin)\s|lý do [^.]*:$|theo đề nghị của|xét đề nghị của|trên cơ sở kết quả biểu quyết|tuy nhiên|qua |kết quả|nguyên nhân(?: chủ yếu| chính| cơ bản)?(?: của [^.]{0,60}?)? là\s|đây là|điều quan trọng|trong đó|nhìn chung|bên cạnh đó|ngoài ra, (?:vẫn|còn)|hiện nay,|(?:trong )?thời gian qua|tham dự (?:cuộc |buổi )?họp|tham dự có |theo (?:dự báo|nhận định|báo cáo)(?: của)?\s|hồi \d{1,2}\s*(?:h|giờ)(?!\p{L})|việc [^.;:]{3,80}? có ý nghĩa (?:hết sức |rất |đặc biệt |cực kỳ )?quan trọng)/iu

// A conclusion's verdicts ("Cơ bản thống nhất với Báo cáo …", "Ghi nhận …", "Tại phiên họp …, sau khi nghe …") assess,
// unless the sentence goes on to ask for something ("Nhất trí với …, đồng chí X yêu cầu …"); so do they with the body
// that speaks as their subject ("Bộ Chính trị, Ban Bí thư cơ bản nhất trí với Tờ trình …", "Hội nghị cơ bản nhất trí
// thông qua …", "Hội đồng nhân dân tỉnh đánh giá cao …"; a PDF may lose the space after a marked letter, "Hội nghịcơ bản")
const VERDICT_SPEAKER = String.raw`(?:hội\s*nghị|bộ chính trị(?:,?\s+(?:và\s+)?ban bí thư)?|ban bí thư|chính phủ|thủ tướng(?: chính phủ)?|(?:ban thường vụ|ban chấp hành|thường trực|hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân|tập thể)(?:\s+[^\s,.;:]+){0,4}?)\s*(?:đã\s+)?`
const VERDICT = new RegExp(String.raw`^(?:thay mặt [^,.;]{3,60}, )?(?:${VERDICT_SPEAKER})?((?:cơ bản |về cơ bản )?(?:thống nhất|đồng ý|nhất trí|tán thành) (?:với|về|cao|thông qua|sự cần thiết|(?:các )?nội dung|chủ trương)|ghi nhận|đánh giá cao|hoan nghênh|tại (?:phiên |cuộc |buổi )?họp[^.]{0,80}sau khi nghe)`, 'iu')
// (not the nouns: "đáp ứng yêu cầu thực tiễn", "theo đề nghị của …", "sự chỉ đạo")
const ASKS = /(?:^|\s)(?<!(?:đáp ứng|các|những|theo|sự)\s)(?:yêu cầu|đề nghị|giao|chỉ đạo)\s/iu
const isVerdict = (s: string) => VERDICT.test(s) && !ASKS.test(s)

/** A sentence that carries on the one before it ("Đồng thời, …", "Ngoài ra, …") shares its mood. */
export function continuesPrevious(s: string): boolean {
  return /^(đồng thời|ngoài ra|bên cạnh đó|cùng với đó|cùng với|sau đó|tiếp đó)(?![\p{L}\p{N}])/iu.test(s)
}

/** "X đã xây dựng chương trình ngay trong năm 2012 tiến hành kiểm tra …": a plan drawn up for a coming period announces work. */
const PLANNED = /đã\s+(?:xây dựng|ban hành|đề ra|lập)\s+(?:chương trình|kế hoạch|lộ trình)[^.;]{0,30}?(?:ngay\s+)?(?:trong|từ|đến)\s+(?:năm|quý|tháng)\s/iu

/**
 * The closing formula of a notice: "… thông báo để các cấp ủy, tổ chức đảng … biết, thực hiện."; of a law or a
 * resolution, its adoption: "Nghị quyết này được Quốc hội khóa XV, kỳ họp thứ 10 thông qua ngày 11 tháng 12 năm 2026.";
 * of a decision, its copies: "Quyết định này được lập thành 03 (ba) bản chính: 01 bản cấp cho …".
 */
// (OCR writes "để" as "dé" or "đê", and the text may close with "./.")
const CLOSING_FORMULA = /(?:thông báo|sao gửi|gửi)\s+(?:để|đê|dé|tới|đến)\s[^.]{0,120}(?:biết|thực hiện|xem xét)\s*\.?(?:\/\.?)?[\s,~]*$|^\(?kèm theo\s|^trân trọng(?:\s+(?:cảm ơn|đề nghị))?[\s./]*$|^(?:xin )?(?:trân trọng )?cảm ơn (?:các|quý|đồng chí)[^.]{0,60}[.!]?(?:\/\.?)?$|^(?:[^.;:]{0,80}\s)?(?:xin\s)?trân trọng cảm ơn\s[^.;]{0,120}[.!]?(?:\/\.?)?$|có hiệu lực (?:thi hành )?(?:k\S{1,2} )?(?:từ )?ngày|(?:xin )?thông báo [^.]{0,120}như sau\s*:?$|^(?:luật|bộ luật|pháp lệnh|nghị quyết|quy chế|điều lệ) này (?:đã )?được\s[^.;]{0,200}?thông qua(?:\s[^.;]{0,80}?)?\sngày\s+\d|^(?:\d{1,2}\.\s*)?(?:quyết định|văn bản|kế hoạch|nghị quyết|hợp đồng|biên bản|thỏa thuận|thoả thuận) này (?:được )?(?:lập|làm) thành \d/iu

/**
 * A pointer to text set out elsewhere, saying nothing to do: a page's "Xem chi tiết tại Kết luận 219-KL/TW năm 2025."
 * and the line that quotes a provision: "Theo tiểu mục 2 Mục II Nghị quyết 23-NQ/TW năm 2008 quy định về … như sau:".
 */
const POINTER = /^xem (?:chi tiết|toàn văn|thêm|đầy đủ)(?!\p{L})|^(?:căn cứ|theo) (?:quy định tại )?(?:khoản|điều|điểm|tiểu mục|mục|phần|chương) [^:]{0,200}?quy định[^:]{0,200}như sau\s*:?$/iu
/** The sentence that sends the reader to the table of tasks: "Các nhiệm vụ cụ thể được phân công tại Danh mục kèm theo.". */
const TABLE_POINTER = /^(?:(?:các|những)\s+)?(?:nhiệm vụ|nội dung|công việc|phân công(?: nhiệm vụ)?)(?:\s+(?:cụ thể|chi tiết|khác|trọng tâm)){0,2}(?:\s+(?:của|cho)\s+[^.;:]{1,60}?)?\s+(?:(?:được|đã được)\s+)?(?:(?:phân công|giao|nêu|thể hiện|quy định)\s+)?(?:(?:cụ thể|chi tiết)\s+)?(?:tại|theo|trong)\s+(?:các\s+)?(?:danh mục|phụ lục|bảng|biểu)(?!\p{L})[^.;:]{0,80}[.;]?$/iu

/**
 * A letter's closing call to carry it out, naming nothing to do: "Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị
 * nghiêm túc thực hiện./.", "Yêu cầu các cơ quan, đơn vị triển khai thực hiện nghiêm túc./." (short, and ending there).
 */
const CLOSING_CALL = /(?:^|\s)(?:đề nghị|yêu cầu)\s+[^.;:]{0,90}?(?:(?:nghiêm túc|khẩn trương)\s+(?:triển khai\s+|tổ chức\s+)?thực hiện|(?:triển khai\s+)?thực hiện\s+nghiêm túc(?:\s+(?:nội dung|văn bản|công văn|chỉ thị|kế hoạch) này)?)[\s./]*$/iu
/**
 * The words that open grounds, a condition or the matter in hand before the clause that directs: "Trên cơ sở …,",
 * "Trường hợp …,", "Khi …,", "Đối với các chi phí … vượt dự toán …, giao Bảo hiểm xã hội Việt Nam tổ chức thực hiện …".
 */
export const CONDITION_WORDS = String.raw`trên cơ sở|đối với|(?:trong\s+)?(?:trường hợp|nếu|khi)`

export const closingCall = (s: string): boolean => s.length < 180 && CLOSING_CALL.test(s)

/**
 * A letter's summing-up: "Trên đây là báo cáo … của Ban Thường vụ …." asks nothing; nor does one that goes on to a closing
 * call ("…, yêu cầu Thủ trưởng các sở, ban, ngành nghiêm túc triển khai thực hiện./."). One that goes on to ask for work
 * does ("Trên đây là ý kiến của Cục …, đề nghị Sở Công Thương tỉnh nghiên cứu, hướng dẫn chủ đập …"), from its request on.
 */
const SUMMING_UP = /^trên đây là\s/iu
const SUMMED_UP_ASKS = /^(trên đây là\s[^.;]*?(?:,|\s)\s*)((?:kính\s+|trân trọng\s+)?(?:đề\s*nghị|yêu\s*cầu)(?!\p{L}|\s+(?:công nhận|của|tại|số)\s).*)$/isu
/** Where the request of a summing-up that asks for work starts (SUMMING_UP), or -1. */
export function summedUpAsk(s: string): number {
  const ask = SUMMING_UP.test(s) ? SUMMED_UP_ASKS.exec(s) : null
  return ask && !closingCall(ask[2]) ? ask[1].length : -1
}
const summingUp = (s: string): boolean => SUMMING_UP.test(s) && summedUpAsk(s) < 0

/**
 * How the work is funded, in the passive: "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách …", or as a label's
 * value: "Kinh phí thực hiện Kế hoạch này: Do ngân sách nhà nước đảm bảo …"; or a source
 * of funds listed under a funding heading: "3. Nguồn vốn hỗ trợ, tài trợ từ các tổ chức quốc tế."; or the sum a budget
 * gives: "Ngân sách Thành phố hỗ trợ 15 triệu đồng/hộ …", and a spending norm: "Mức chi tối đa là 6.000.000 đồng/mộ.",
 * "Hỗ trợ tiền bồi dưỡng bằng 0,2 lần mức lương cơ sở/người/ngày".
 */
const FUNDING =
  /^kinh phí(?!\p{L})[^.;:]{0,80}:\s*(?:do|từ)\s+(?:nguồn\s+)?(?:ngân sách|vốn|kinh phí)(?!\p{L})|^kinh phí(?!\p{L})[^.;:]{0,120}?\s(?:được (?:bố trí|bảo đảm|đảm bảo|cân đối|sử dụng|thực hiện|chi|cấp)|từ nguồn|(?:thực hiện |)theo quy định|(?:bao )?gồm(?!\p{L}))|^(?:các\s+)?nguồn\s+(?:vốn|kinh phí|ngân sách|quỹ|tài trợ|viện trợ|hợp pháp)(?!\p{L})[^.;:]{0,100}[.;]?$|^(?:do|từ)\s+(?:nguồn\s+)?(?:ngân sách|vốn|kinh phí)(?!\p{L})[^.;:]{0,100}[.;]?$|^(?:ngân sách|kinh phí|nguồn vốn)(?!\p{L})[^.;:]{0,60}?\s(?:hỗ trợ|cấp|chi)\s+(?:tối đa\s+|không quá\s+|mức\s+)?\d[\d.,]*\s*(?:triệu|tỷ|nghìn|ngàn)?\s*đồng|^mức (?:chi|hỗ trợ|thù lao|bồi dưỡng)(?: tối đa| tối thiểu)?(?: là| bằng)?\s+\d[\d.,]*\s*(?:triệu |nghìn |ngàn )?(?:đồng|lần)|^hỗ trợ tiền \p{L}+(?: \p{L}+)?(?: thêm)? (?:mức|bằng)\s+\d[\d.,]*\s*(?:triệu |nghìn |ngàn )?(?:đồng|lần mức lương cơ sở)\s*\//iu

/**
 * The standing rules of a legal text, which bind whoever meets them and assign no one work: who is exempt ("được xem
 * xét loại trừ, miễn, giảm trách nhiệm"), when the text takes or loses effect, what happens to files already lodged
 * ("… trước ngày Nghị quyết này có hiệu lực thì thực hiện theo …"), how long a licence lasts ("có thời hạn 06 tháng"),
 * what the text covers ("Nghị quyết này quy định …"), and the steps of a procedure counted from a filing ("trong thời
 * hạn 03 ngày làm việc kể từ ngày nhận được hồ sơ"), and how a council the act sets up works and what it is.
 */
const STANDING_RULE = new RegExp(
  [
    String.raw`được xem xét (?:loại trừ|miễn|giảm)`,
    String.raw`(?:có|hết) hiệu lực(?: thi hành)?(?: (?:sau|trong) \d+ ngày)? (?:kể )?từ (?:ngày|thời điểm)`,
    String.raw`trước (?:ngày|thời điểm) (?:nghị quyết|quyết định|nghị định|thông tư|luật) này có hiệu lực`,
    // (an act that stays in force while another is suspended: "… và các văn bản quy định, hướng dẫn thi hành tiếp tục có
    // hiệu lực.")
    String.raw`(?:tiếp tục|vẫn|vẫn còn) có hiệu lực(?: thi hành)?\s*[.;]?$`,
    String.raw`(?:^|\s)thì (?:tiếp tục )?(?:được )?(?:thực hiện|giải quyết|áp dụng) theo (?:quy định|nghị quyết|quyết định)`,
    String.raw`(?:có|với) thời hạn(?: sử dụng| hiệu lực)?(?: là| không quá| tối đa)? \d+ (?:năm|tháng|ngày)`,
    String.raw`có giá trị(?: sử dụng)?(?: không quá| trong| tối đa)? \d+ (?:năm|tháng|ngày)`,
    String.raw`^(?:nghị quyết|quyết định|nghị định|thông tư|quy chế|quy định|luật) này quy định`,
    // (the text itself, amended as it is carried out: "Trong quá trình thực hiện, Kế hoạch này được tiếp tục điều chỉnh,
    // bổ sung để phù hợp với tình hình thực tế.")
    String.raw`^(?:trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện,\s*)?(?:kế hoạch|chương trình|quyết định|quy chế|quy định|hướng dẫn|đề án) này (?:sẽ |có thể )?được (?:tiếp tục )?(?:điều chỉnh|sửa đổi|bổ sung|cập nhật)`,
    String.raw`kể từ ngày (?:nhận|tiếp nhận)[^.;]{0,40}?(?:hồ sơ|đơn)(?!\p{L})`,
    // (a step counted from whatever the one before it sends, an opinion, a request, a letter: "Trong thời hạn 07 ngày,
    // kể từ ngày nhận được ý kiến của Bộ Công an …, Bộ Quốc phòng chủ trì … thẩm định và cấp Giấy chứng nhận …"; not the
    // time a plan gives from its own arrival: "Trong thời hạn 15 ngày kể từ ngày nhận được Kế hoạch này, UBND các huyện …")
    String.raw`^trong (?:thời hạn|vòng) (?:tối đa |không quá )?\d+ ngày(?: làm việc)?,?\s+(?:kể\s+)?từ (?:ngày|khi|thời điểm) (?:nhận|tiếp nhận)(?:\s+(?:được|đủ|đầy đủ))*\s(?![^.;,]{0,80}?\snày(?!\p{L}))`,
    // how a council or a board set up by the act works: whose seal it uses, when it dissolves, what funds it, what its
    // conclusions are ("Chủ tịch Hội đồng sử dụng con dấu của …", "Hội đồng tự giải thể sau khi hoàn thành nhiệm vụ",
    // "Kinh phí hoạt động của Hội đồng: Thực hiện theo quy định", "Kết luận của Hội đồng là một trong những cơ sở …")
    // (the subject's own clause: "…; Hội đồng thẩm định tự giải thể khi …" after a duty leaves the duty a task)
    String.raw`^[^.;:,]{0,100}?\s(?<!(?:về|việc)\s)(?:được\s+)?sử dụng con dấu(?:,[^.;:]{1,80}?)?\s+của\s|^[^.;:,]{0,100}?\stự giải thể(?!\p{L})`,
    String.raw`^kinh phí hoạt động của [^:;.]{1,120}?:?\s*(?:được\s+)?(?:thực hiện|bảo đảm|đảm bảo|bố trí)\s+theo quy định`,
    String.raw`(?:^|\s)là một trong những (?:cơ sở|căn cứ)(?!\p{L})`,
    // how a case is classed ("Trường hợp người được hẹn khám lại … thì lần khám … vẫn là KCB trái tuyến"): a reading of
    // the rule, no one's work (not "… thì cơ quan … phải …", which directs)
    // (nor "… thì chậm nhất là 03 ngày … phải gửi văn bản": a time, then a duty)
    String.raw`^trường hợp\s(?![^.;]*(?:\sphải\s|có trách nhiệm|\scần\s))[^.;]{0,300}?\sthì\s[^.;]{0,150}?\s(?<!(?:nhất|đa|thiểu|quá)\s)(?:vẫn\s+|cũng\s+|đều\s+)?(?:được\s+(?:xác định|coi|tính)\s+)?là\s`,
    // a sanction, what befalls those who break the rule ("Những người có hành vi … giả mạo hồ sơ … thì tùy theo tính chất
    // … sẽ bị xử lý kỷ luật …", "Mọi hành vi vi phạm các điều, khoản trong Quy định này, tùy theo mức độ sẽ bị xem xét,
    // xử lý …"): no one's work (not a duty before it: "Các cơ quan … có trách nhiệm thực hiện nghiêm túc …, nếu có vi phạm …
    // sẽ bị xử lý …")
    String.raw`^(?:mọi|những|các)?\s*(?:người|tổ chức|cá nhân|cơ quan|hành vi|trường hợp)(?!\p{L})(?:(?!(?:có|chịu) trách nhiệm|phải\s|cần\s|có nhiệm vụ)[^.;]){0,200}?\s(?:sẽ\s+|thì\s+)?bị\s+(?:xem xét,?\s*)?(?:xử lý|xử phạt|truy cứu|kỷ luật)(?!\p{L})`,
    // how it works and what it is: "Ban Chỉ đạo làm việc theo nguyên tắc tập trung dân chủ", "Các thành viên … hoạt động
    // theo chế độ kiêm nhiệm", "Ủy ban Quốc gia … là tổ chức phối hợp liên ngành, có chức năng giúp Thủ tướng …" (not a
    // duty joined to it: "… làm việc theo chế độ tập thể và chịu trách nhiệm thẩm định …")
    String.raw`^[^.;:,]{0,100}?\s(?:làm việc|hoạt động) theo (?:nguyên tắc|chế độ)(?!\p{L})(?![^.;]*\s(?:chịu|có) trách nhiệm\s+(?!cá nhân))`,
    String.raw`^[^.;:]{0,160}?\slà (?:một )?tổ chức (?:phối hợp liên ngành|tư vấn)(?!\p{L})`,
    // what an insurance fund pays, and what an insured person is owed: benefit rules, no one's work ("Quỹ BHYT thanh
    // toán theo mức hưởng …", "được Quỹ BHYT chi trả …", "Được hưởng chế độ không cùng chi trả …")
    String.raw`(?:^|[:,]\s*)(?:được\s+)?quỹ (?:bhyt|bhxh|bảo hiểm (?:y tế|xã hội|thất nghiệp))\s+(?:không\s+)?(?:thanh toán|chi trả)(?!\p{L})|^được hưởng (?:chế độ|quyền lợi|mức hưởng)(?!\p{L})`,
    // (and what those a programme helps may get: "…, hộ nghèo có nhu cầu được vay tín dụng từ Ngân hàng Chính sách xã
    // hội …, mức vay tối đa 8 triệu đồng/hộ", "Người lao động được hỗ trợ …": no one's work, unless a duty is set)
    String.raw`(?:^|[:,;]\s*)(?:các\s+|những\s+|mỗi\s+)?(?:hộ|người|đối tượng|gia đình|học sinh|sinh viên|thân nhân)(?!\p{L})(?:(?!(?:có|chịu) trách nhiệm|phải\s|cần\s)[^.;:]){0,80}?\s(?:nếu\s+)?(?:có nhu cầu\s+)?(?:thì\s+)?(?:sẽ\s+)?được\s+(?:vay|hưởng|miễn|giảm|hỗ trợ|trợ cấp)(?!\p{L})(?![^.;]*\s(?:có|chịu) trách nhiệm\s)`,
    // what the act itself does as it is signed: it issues what it carries ("Ban hành kèm theo Quyết định này Kế hoạch …")
    // and repeals or replaces an act it names ("Bãi bỏ Quyết định số 04/2025/QĐ-UBND …", "Thay thế Quyết định số …")
    String.raw`^ban hành kèm theo (?:nghị quyết|quyết định|nghị định|thông tư|chỉ thị) này(?!\p{L})`,
    String.raw`^(?:bãi bỏ|thay thế)(?: toàn bộ)? (?:nghị quyết|quyết định|nghị định|thông tư|chỉ thị|quy định|kế hoạch) số \S+`,
    // ("Chỉ thị này thay thế Chỉ thị số 29/CT-TTg …", "Kế hoạch này thay thế Kế hoạch số 371/KH-UBND …")
    String.raw`^(?:nghị quyết|quyết định|nghị định|thông tư|chỉ thị|quy định|quy chế|kế hoạch|thông báo|công văn) này (?:bãi bỏ|thay thế)(?: toàn bộ)? (?:nghị quyết|quyết định|nghị định|thông tư|chỉ thị|quy định|quy chế|kế hoạch|thông báo|công văn) số \S+`,
  ].join('|'),
  'iu',
)

export function isStandingRule(s: string): boolean {
  return STANDING_RULE.test(s)
}

/**
 * A requirement on how the work is done, whose subject is the work itself ("Việc triển khai Kế hoạch này phải được
 * thực hiện bằng nhiều hình thức phù hợp", "Việc triển khai các nhiệm vụ phải có trọng tâm, trọng điểm"): a principle,
 * not a task. Not one that sets the work a limit ("Việc … phải hoàn thành trước ngày …").
 */
const MANNER_OF_WORK = /(?:^|:\s*)việc\s[^.;:]{3,120}?\s(?:phải|cần)\s(?:được\s)?(?:có|bảo đảm|đảm bảo|thực hiện bằng|thực hiện (?:đúng|nghiêm|thống nhất|đồng bộ|công khai)|gắn|tuân thủ|công khai|thống nhất|đồng bộ|tránh)(?!\p{L})/iu

/**
 * "đã" inside a noun phrase, telling which act or means: "theo Quy chế đã ban hành", "kinh phí đã được phân bổ". It
 * reports nothing done when the sentence opens with the action it asks for ("Nghiêm túc thực hiện chế độ báo cáo theo
 * Quy chế đã ban hành …"); a sentence that opens with anything else keeps "đã" as a report.
 */
const WHICH_ACT =
  /(?<![\p{L}])(?:quy chế|quy định|kế hoạch|quyết định|văn bản|nghị quyết|chỉ thị|kết luận|chương trình|đề án|nhiệm vụ|chỉ tiêu|kinh phí|nguồn vốn|vốn|dự toán|lộ trình|phương án|giải pháp|nội dung|cam kết|thỏa thuận|hợp đồng|ý kiến)(?:\s+(?:số\s+)?[\p{L}\p{N}/.-]+){0,2}?\s+đã\s+(?:được\s+)?(?:ban hành|giao|phê duyệt|phân bổ|bố trí|đề ra|xác định|thông qua|cam kết|ký kết|ký|thống nhất|chỉ đạo|kết luận)(?![\p{L}])/giu

/**
 * "đã được" and a participle of approval, whatever noun it follows ("phương án cắt giảm, đơn giản hóa TTHC đã được phê
 * duyệt tại Quyết định …"): in a text that opens with the action it asks for, a relative clause, not a report.
 */
// ("… căn cứ danh mục nhiệm vụ đã được điều chỉnh để …": an act amended, as one approved)
const PASSIVE_ACT = /(?<![\p{L}])đã\s+được\s+(?:[^.;,]{0,40}?\s)??(?:ban hành|giao|phê duyệt|phân bổ|bố trí|đề ra|xác định|thông qua|điều chỉnh|sửa đổi|bổ sung)(?![\p{L}])/giu

/**
 * "đã" and a participle with no object after it, closing a noun phrase: "trên đất đã giao.", "các dự án đã phê duyệt;",
 * "… theo danh mục đã thống nhất tại Hội nghị", "trữ lượng khoáng sản đã khai thác, …", "đã khai thác nhưng chưa sử
 * dụng", "các thủ tục đã được tích hợp trên VNeID", "Hiệp định … đã ký năm 1995". The act it names is which thing,
 * not a report of work done, in a text that opens with the action it asks for. ("đã ban hành Kế hoạch số …", with its
 * object, still reports.)
 */
const BARE_PARTICIPLE = /(?<=\p{L}\s+)đã\s+(?:được\s+)?\p{Ll}+(?:\s\p{Ll}+)?(?=\s*(?:[.;,)]|$)|\s+(?:tại|theo|trước|trong|từ|cho|đối với|nhưng)\s|\s+(?:năm|ngày)\s+\d)|(?<=\p{L}\s+)đã\s+được\s+\p{Ll}+(?:\s\p{Ll}+)?(?=\s+(?:trên|vào|ở|lên)\s)/giu

/**
 * "đã" in a clause that "mà" opens tells which thing ("các vụ việc mà các cơ quan chức năng đã xem xét, kết luận"),
 * wherever the sentence starts: it reports nothing done. So does "như đã", as was said or promised ("… tổ chức thực
 * hiện các giải pháp theo lộ trình thời gian như đã cam kết trong báo cáo …", "như đã nêu").
 */
const WHICH_CLAUSE = /(?<![\p{L}])(?:mà\s+(?:[^\s.,;:]+\s+){0,8}?|như\s+)đã(?![\p{L}])/giu

/**
 * "đã" in a clause of time or condition, "… không yêu cầu công dân nộp bản chính khi công dân đã xuất trình thông tin
 * tương ứng", "nếu đơn vị đã hoàn thành …": the state the work waits on, in a text that opens with the action it asks
 * for or asks it, not a report of what was done.
 */
const WHEN_DONE = /(?<![\p{L}])(?:khi|nếu|sau khi|trường hợp)\s+(?:[^\s.,;:]+\s+){0,6}?đã(?![\p{L}])/giu

/**
 * "đã" after a plural noun, "các dự án đã thực hiện công tác bồi thường", "những hạn chế đã diễn ra": which things, in a
 * text that opens with the action it asks for ("Đề nghị Chủ đầu tư … tham khảo các dự án đã thực hiện …").
 */
// (two nouns of two words at most, parted by a comma, too, when "đã" makes a passive or a participle before where it
// was done: "các tồn tại, hạn chế đã chỉ ra qua kết quả khảo sát", "… đã được chỉ ra"; not a clause of its own after the
// comma, "Thực hiện tốt các nhiệm vụ, tỉnh đã hoàn thành kế hoạch năm")
const PLURAL_WHICH = /(?<![\p{L}])(?:các|những)\s+(?:(?:\p{Ll}+\s+){1,3}?|\p{Ll}+(?:\s+\p{Ll}+)?,\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?=đã\s+(?:được\s|\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:qua|tại|theo|trong|trên|ở)\s)))đã(?![\p{L}])/giu

/**
 * The case a text opens with, up to its colon: "Đối với NNT đã nộp và đầy đủ hồ sơ đề nghị gia hạn, miễn giảm thuế: Cơ
 * quan thuế địa phương … kịp thời hướng dẫn …". Its "đã" tells which case; what follows the colon is what is said.
 */
const CASE_FRAME = /^\s*đối với\s[^:;.]{1,200}:/iu

/**
 * "Đề nghị …; các Hội được Đảng, Nhà nước giao nhiệm vụ …: tổ chức triển khai …": a passive "được X giao" after the
 * sentence has asked is a relative clause that tells which bodies are asked, not a report that someone was assigned.
 */
// (after a connective that draws the request from what was said: "Vì vậy, đề nghị địa phương căn cứ địa giới hành chính
// mới đã được điều chỉnh để …", "Do đó, đề nghị …")
const ASKED_FIRST = /^(?:(?:vì vậy|vì thế|do đó|do vậy|bởi vậy|theo đó|trên cơ sở đó|từ đó)\s*,?\s*)?(?:đề nghị|yêu cầu|giao)\s/iu
const PASSIVE_GIVEN = new RegExp(String.raw`(?<![\p{L}])${GIVEN}`, 'giu')
function askedRelative(s: string): string {
  if (!ASKED_FIRST.test(s) || !s.includes('được')) return s
  return s.replace(PASSIVE_GIVEN, (m) => ' '.repeat(m.length))
}

/**
 * A sentence that opens by giving its subject a duty, before any "đã": "Sở quản lý ngành, lĩnh vực có trách nhiệm rà
 * soát …, đảm bảo không thuộc danh sách của các Bộ đã ban hành, gửi …". Like one that opens with the action, it asks.
 */
// (not one who answers for what they declare: "Tôi cam đoan … và chịu trách nhiệm trước pháp luật")
// (nor only a duty: a subject told to go on with its work asks as well, "Làng Văn hóa … tiếp tục sử dụng kinh phí và
// triển khai nhiệm vụ theo kế hoạch ngân sách nhà nước đã phê duyệt")
const DUTY_FIRST = /^[^.;:]{0,100}?\s(?:có trách nhiệm|chịu trách nhiệm(?! trước)|chủ trì|tiếp tục)(?!\p{L})/iu
const dutyFirst = (t: string) => {
  const m = DUTY_FIRST.exec(t)
  return !!m && !/(?:^|\s)đã(?!\p{L})/u.test(m[0])
}

/**
 * A sentence whose grounds come first and whose duty follows them: "Lưu ý: Căn cứ Quy định 377 …; đồng thời, trên cơ
 * sở nguồn nhân sự quy hoạch … đã được cấp có thẩm quyền phê duyệt …; các cấp ủy … có trách nhiệm lãnh đạo, chỉ đạo
 * …". What the grounds say was approved tells which act; the duty asks.
 */
const GROUNDS_THEN_DUTY = /^(?:[^\s:]+(?:\s[^\s:]+)?:\s*)?(?:căn cứ|trên cơ sở)\s[^.]*?[;,]\s*[^.;:]{0,100}?\s(?:có trách nhiệm|chịu trách nhiệm(?! trước))(?!\p{L})/iu

/**
 * The text as NARRATIVE reads it: a which-act "đã" blanked when the text opens with an action or asks ("Giao Bộ Xây
 * dựng … triển khai Dự án … với quy mô phù hợp với chủ trương đầu tư đã được Quốc hội phê duyệt …"); a which-clause's,
 * always.
 */
const forNarrative = (s: string) => {
  s = blankWhyAsked(askedRelative(s).replace(CASE_FRAME, (m) => ' '.repeat(m.length)))
  if (!s.includes('đã')) return s
  const t = s.replace(WHICH_CLAUSE, (m) => ' '.repeat(m.length))
  return opensWithWork(t) || ASKED_FIRST.test(t) || dutyFirst(t) || GROUNDS_THEN_DUTY.test(t) ? t.replace(WHICH_ACT, (m) => ' '.repeat(m.length)).replace(PASSIVE_ACT, (m) => ' '.repeat(m.length)).replace(BARE_PARTICIPLE, (m) => ' '.repeat(m.length)).replace(PLURAL_WHICH, (m) => ' '.repeat(m.length)).replace(WHEN_DONE, (m) => ' '.repeat(m.length)) : t
}

/**
 * What a body is asked to explain: "… yêu cầu lãnh đạo huyện phải làm rõ, vì sao đã có chỉ đạo hồi đầu năm nhưng …".
 * The past it asks about is not what the text tells.
 */
const WHY_ASKED = /((?:làm rõ|giải trình|báo cáo|trả lời|giải thích)[^.;?]{0,20}?)((?:vì sao|tại sao|lý do)\s[^.;?]*)/giu
const blankWhyAsked = (s: string) => (/vì sao|tại sao|lý do/iu.test(s) ? s.replace(WHY_ASKED, (_, verb: string, why: string) => verb + ' '.repeat(why.length)) : s)

/** A line that gives a figure after its label: "Nguồn vốn ngân sách tập trung: 3.609.811 triệu đồng.", "Tổng số: 125 hộ;". */
const FIGURE = /^[^:;.]{3,160}:\s*\d[\d.,]*\s*(?:triệu|tỷ|nghìn|ngàn)?\s*(?:đồng|USD|ha|km|người|hộ|%|m2|m²)?\s*[.;]?$/iu

/**
 * A conclusion's closing words of confidence: "Với tinh thần đoàn kết, …, tin tưởng rằng Ban Chấp hành Đảng bộ xã sẽ phát
 * huy tốt vai trò lãnh đạo …" hopes, and asks no one for anything (unless it goes on to: ASKS).
 */
const CONFIDENCE = /(?:^|[\s,])tin tưởng\s+(?:rằng|chắc chắn)\s/iu
const confides = (s: string) => CONFIDENCE.test(s) && !ASKS.test(s)

/**
 * A document named by its kind and number, as a meeting's agenda lists what was submitted to it ("- Tờ trình số 32-TTr/ĐU
 * ngày 18/12/2025 của Đảng ủy UBND xã về bổ sung kế hoạch …", "- Văn bản hợp nhất số 49/VBHN-BNNMT ngày 21/4/2026 về …"):
 * a paper, not work; "Báo cáo số liệu …" (the figures) still is work.
 */
const CITED_PAPER = /^(?:tờ\s*trình|văn bản hợp nhất|báo cáo)\s+số\s*\d{1,5}\s*[-/]/iu

/** A closing formula, a pointer elsewhere, funding, a figure, a standing rule, the manner of the work or confidence: words that set no one work. */
const asksNothing = (s: string): boolean => CLOSING_FORMULA.test(s) || summingUp(s) || POINTER.test(s) || TABLE_POINTER.test(s) || CITED_PAPER.test(s) || FUNDING.test(s) || FIGURE.test(s) || STANDING_RULE.test(s) || MANNER_OF_WORK.test(s) || confides(s)

/** A cue of DIRECTIVE run into a word beside it, or its own space lost: only then is the text read with its spaces put back. */
const GLUED_CUE = new RegExp(
  String.raw`[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ](?:sẽ|cần|phải|yêu|đề|giao|chủ|phối|tham|chịu|có|tiếp|tập|khẩn|đang|triển|tổ)|` +
    String.raw`(?:đề\s*nghị|yêu\s*cầu|chủ\s*trì|phối\s*hợp|tham\s*mưu|trách\s*nhiệm|tiếp\s*tục|tập\s*trung|khẩn\s*trương|sẽ|phải|triển\s*khai|tổ\s*chức|thực\s*hiện)\p{L}|` +
    String.raw`đềnghị|yêucầu|chủtrì|phốihợp|thammưu|tráchnhiệm|tiếptục|tậptrung|khẩntrương|triểnkhai|tổchức|thựchiện`,
  'iu',
)

/**
 * "Giao Ban Dân tộc tỉnh tổ chức khảo sát …": work given to a board named with its capital. DIRECTIVE, which reads case
 * alone, leaves "giao ban" out for the briefing ("họp giao ban định kỳ"); the capital of the board's name tells them apart.
 */
const TO_BOARD = /(?:^|[\s,;:(])[Gg]iao\s+(?:cho\s+)?Ban\s+(?=\p{Lu})/u

export function isDirective(s: string): boolean {
  if (asksNothing(s)) return false
  if (PLANNED.test(s)) return true
  // (a measure in an enumeration by ordinal words directs as an item does: "Thứ hai, tổ chức phòng, chống buôn lậu …")
  // (and a cue a PDF ran into the next word is still one: "Đồng thời, đềnghịbổsung Nghị quyết …")
  const cued = DIRECTIVE.test(s) || TO_BOARD.test(s) || (ORDINAL.test(s) && opensWithWork(s)) || (GLUED_CUE.test(s) && DIRECTIVE.test(spacesPutBack(s)))
  return cued && !NARRATIVE.test(forNarrative(s)) && !ASSESSMENT_OPENING.test(s) && !isVerdict(s)
}

export function isNarrative(s: string): boolean {
  return NARRATIVE.test(forNarrative(s)) && !PLANNED.test(s)
}

/**
 * "Bộ Tài chính được giao chủ trì …", "Sở đã được UBND tỉnh giao …": the subject was assigned, as a report tells. Not
 * the tasks a relative clause names by who set them ("các chỉ tiêu, nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao"), nor
 * a budget ("các chi phí … vượt dự toán được Thủ tướng Chính phủ giao").
 */
const PASSIVE_ASSIGNED = new RegExp(String.raw`${SET_BEFORE}${GIVEN}`, 'iu')
// ("UBND thành phố Hải Phòng vừa ban hành Kế hoạch 209/KH-UBND …": an act just issued, as NARRATIVE reads it)
const PAST = new RegExp(String.raw`(?:^|[\s,])(?:đã|vừa qua|${JUST_ISSUED})(?=\s)`, 'iu')

/**
 * For an item in a task section the bar is higher: "đã" deep in a relative clause ("những hạn chế đã diễn ra",
 * "cán bộ đã nghỉ hưu") does not make a directive a report; "đã" as the main verb near the start does.
 */
export function opensAsReport(s: string): boolean {
  if (PLANNED.test(s)) return false
  if (PASSIVE_ASSIGNED.test(forNarrative(s)) || ASSESSMENT_OPENING.test(s) || isVerdict(s) || asksNothing(s)) return true
  const past = PAST.exec(forNarrative(s))
  if (!past || past.index > 60) return false
  const cue = DIRECTIVE.exec(s)
  return !cue || cue.index > past.index
}

// A sentence that dates all the work above it: "Các nội dung trình Thường trực Đảng uỷ trước ngày 01/10/2025.", "Các
// nhiệm vụ trên hoàn thành trong quý III/2026."
const GROUP_TIME = String.raw`(?:các|những) (?:nội dung|nhiệm vụ|công việc|việc)(?: (?:nêu )?trên)? (?:phải |cần )?(?:hoàn thành|trình|gửi|báo cáo|xong)(?=[^.;:]*?(?:trước|trong|chậm nhất|xong))`
const GROUP_TIME_LINE = new RegExp(`^${GROUP_TIME}(?![\\p{L}\\p{N}])`, 'iu')

export function isGroupTimeLine(s: string): boolean {
  return GROUP_TIME_LINE.test(s) && s.length < 90
}

// A line that only says when the items above it are done: "Thời gian: quý II/2024", "Thời hạn hoàn thành chậm nhất ngày
// 25/12/2025.", "Thực hiện trong tháng 7 và tháng 8/2012."
const TIME_LINE = new RegExp(String.raw`^(thời (?:gian|hạn)(?: thực hiện| hoàn thành)?|thực hiện (?:trong|từ|trước|xong|chậm nhất)|(?:(?:đảm bảo|bảo đảm) )?hoàn thành(?: thực thi| nhiệm vụ)? (?:trong|trước)|tiến độ|${GROUP_TIME})(?![\p{L}\p{N}])`, 'iu')

warmAll(GLUED_CUE, TO_BOARD, CONFIDENCE, CASE_FRAME, PLURAL_WHICH, DUTY_FIRST, DIRECTIVE, NARRATIVE, ASSESSMENT_OPENING, VERDICT, ASKS, PLANNED, CLOSING_FORMULA, POINTER, TABLE_POINTER, FUNDING, FIGURE, STANDING_RULE, PASSIVE_ASSIGNED, PAST, TIME_LINE, ASKED_FIRST, PASSIVE_GIVEN, BARE_PARTICIPLE, CLOSING_CALL)

export function isTimeLine(s: string): boolean {
  return TIME_LINE.test(s) && s.length < 90
}

// The verbs an assignment opens with when its subject is the heading above: lexicon/action-verbs.tsv.
let actionOpening: RegExp | null = null
/** The verbs of two words or more without their marks, for text whose marks OCR damaged ("Đây nhanh tiến độ …", "Chi đạo …"). */
let foldedOpening: RegExp | null = null

/** Phrases of the lexicon as alternatives of a pattern, the longest first, any run of spaces between their words. */
const alternatives = (vs: string[]) => vs.sort((a, b) => b.length - a.length).map((v) => v.replace(/\s+/g, '\\s+'))

function actionVerbs(): RegExp {
  if (actionOpening) return actionOpening
  const verbs = [...new Set(readTsv('action-verbs.tsv').map((r) => modernTone(r.verb.normalize('NFC'))))]
  // (a verb of one word has namesakes once its marks are gone, "lập" / "lắp", "chi" / "chỉ"; two words together have none)
  const folded = [...new Set(verbs.filter((v) => /\s/u.test(v)).map((v) => fold(v).toLowerCase()))]
  foldedOpening = warm(new RegExp(`^(?:${alternatives(folded).join('|')})(?![\\p{L}])`, 'iu'))
  return (actionOpening = warm(new RegExp(`^(?:${alternatives(verbs).join('|')})(?![\\p{L}])`, 'iu')))
}

// The roles an item may open with: lexicon/roles.tsv, the longest first.
let roleOpening: RegExp | null = null

function roles(): RegExp {
  if (roleOpening) return roleOpening
  const names = [...new Set(readTsv('roles.tsv').map((r) => r.role.normalize('NFC')))]
  return (roleOpening = warm(new RegExp(`^(?:các\\s+)?(?:${alternatives(names).join('|')})(?![\\p{L}])`, 'iu')))
}

/**
 * An item opened by a role (lexicon/roles.tsv: "Khoa", "Sinh viên", "Công chức giám sát", "Các đơn vị giám định"), up to
 * three words that qualify it, then an action: "Khoa gửi hướng dẫn, các biểu mẫu …", "Sinh viên nộp 02 bản cứng …".
 */
export function opensWithRole(s: string): boolean {
  const t = s.trimStart()
  const m = roles().exec(t)
  if (!m) return false
  const rest = t.slice(m[0].length)
  const words = [...rest.matchAll(/\s+(?=\S)/gu)].slice(0, 4)
  // (the words that qualify the role are words, not a clause: no comma, no "là", "có", "được", "phải", "không")
  return words.some((w) => !/[,;:]|(?<!\p{L})(?:là|có|được|phải|không)(?!\p{L})/u.test(rest.slice(0, w.index)) && opensWithAction(rest.slice(w.index + w[0].length), false))
}

/**
 * `damaged`: also a verb of two words whose marks OCR damaged, as a clause opens ("Đây nhanh tiến độ …"); not where a
 * name may go on ("Trường Cao đẳng Kỹ thuật …" folds to "đăng ký").
 */
export function opensWithAction(s: string, damaged = true): boolean {
  const t = modernTone(s.trimStart())
  const m = actionVerbs().exec(t)
  // ("Tổ chức được phép gửi giải trình …", "Đánh giá phải bảo đảm …": a verb that is also a noun, before a passive or a
  // modal, is the sentence's subject)
  if (m) return !SUBJECT_AFTER.test(t.slice(m[0].length))
  if (!damaged) return false
  // (OCR: the first words folded, and what follows them read folded too)
  const f = fold(t.slice(0, 60))
  const d = foldedOpening!.exec(f)
  return !!d && !SUBJECT_AFTER_FOLDED.test(f.slice(d[0].length))
}

/**
 * A body that decides on the action: "quyết định tổ chức …", "ra quyết định công nhận …". (Not the matter it has the
 * power to decide: "Chánh Văn phòng … quyết định việc mang tài liệu …" is a power, as a regulation's powers are said.)
 */
export const DECIDES = /^(?:ra\s+)?quyết\s+định\s+(?!số\s|này|của|về\s|việc\s)\p{L}/u

/**
 * The mandate a body acts by, set apart between the body and its action: "theo chức năng, nhiệm vụ, quyền hạn được
 * giao, ", "theo chức năng, nhiệm vụ của mình, ", "căn cứ chức năng, nhiệm vụ được giao, ", "trong phạm vi thẩm quyền, ".
 */
export const MANDATE_ASIDE = /^(?:theo|căn cứ(?:\s+vào)?|trong phạm vi)\s+(?:chức năng|nhiệm vụ|quyền hạn|thẩm quyền)(?:\s*,\s*|\s+và\s+|\s+)?(?:(?:chức năng|nhiệm vụ|quyền hạn|thẩm quyền|lĩnh vực)(?:\s*,\s*|\s+và\s+|\s+)?)*(?:(?:được giao|của mình|của đơn vị|quản lý)\s*,?|,)\s*/iu

/** A sentence whose subject is the work just named: "Nội dung này báo cáo Bộ Chính trị …", "Việc này hoàn thành …". */
export const THIS_WORK = /^(?:(?:các|những)\s+)?(?:nội dung|việc|công việc|nhiệm vụ)\s+(?:này|trên|nêu trên)(?!\p{L})/iu

const SUBJECT_AFTER = /^\s+(?:được|bị|phải|đã)(?!\p{L})/u
const SUBJECT_AFTER_FOLDED = /^\s+(?:duoc|bi|phai|da)(?!\p{L})/u

/**
 * An adverb of manner, time or frequency before the action: "Thường xuyên kiểm tra, giám sát …", "Định kỳ rà soát …",
 * "Sớm có văn bản …", "Hằng tháng tổng hợp, báo cáo …", "Trước ngày 25 hằng tháng báo cáo …".
 */
const ADVERB = /^\s*(?:thường xuyên|kịp thời|nghiêm túc|quyết liệt|sớm|định kỳ(?:\s+(?:hằng|hàng)\s+(?:tuần|tháng|quý|năm))?|(?:hằng|hàng)\s+(?:tuần|tháng|quý|năm)|trước ngày\s+\d{1,2}(?:\s+(?:hằng|hàng)\s+(?:tháng|quý)|\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?))\s*,?\s+/iu

/**
 * An item's text that opens with an action, perhaps after an adverb. (Not for where a body's name ends: "Trung tâm
 * Giáo dục thường xuyên" keeps its adverb.)
 */
export function opensWithWork(s: string): boolean {
  return opensWithAction(s.replace(ORDINAL, '').replace(ADVERB, ''))
}

/**
 * An enumeration by ordinal words before the item's action: "Thứ hai, tổ chức phòng, chống …", "*Thứ nhất* là chuẩn bị …",
 * and by counting words: "*Một là*, thực hiện nghiêm túc …", "Bốn là: làm tốt công tác tuyên truyền …".
 */
const ORDINAL = /^\s*[*_]*(?:thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)[*_]*\s*(?:[,:]|là(?!\p{L}))|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+là[*_]*\s*[,:])[*_]*\s*/iu
