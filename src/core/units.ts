// Units the lexicon cannot know by name — a department's own offices, a school, a centre — found by their shape:
// a unit head ("Phòng", "Trung tâm", "Trường"…) and a capitalised name, up to the verb that follows it.
import type { AgencyMention } from './agencies/index.js'
import { modernTone } from './text.js'

const HEAD = /(?<![\p{L}])(Phòng|Vụ|Cục|Chi cục|Trung tâm|Trường|Viện|Đài|Tổ|Văn phòng)\s+(?=\p{Lu})/gu
/** Lower-case words that end a name: the verbs of assignment and the words that join a name to its sentence. */
const STOP_WORDS = new Set('và với của cho về tại trong theo các những là được để sẽ đã đang cần phải có chịu mở đưa cử trình'.split(' '))
const STOP_PAIRS = new Set(
  [
    'chủ trì', 'phối hợp', 'tổ chức', 'hướng dẫn', 'tham mưu', 'xây dựng', 'thực hiện', 'chỉ đạo', 'theo dõi', 'triển khai',
    'rà soát', 'kiểm tra', 'báo cáo', 'tổng hợp', 'nghiên cứu', 'đề xuất', 'bảo đảm', 'phấn đấu', 'hoàn thành', 'tiếp tục',
    'tập trung', 'khẩn trương', 'chuẩn bị', 'ban hành', 'biên soạn', 'tăng cường', 'đẩy mạnh', 'phát hành', 'lãnh đạo',
  ],
)
const MAX_WORDS = 9

export function unitMentions(text: string, known: AgencyMention[]): AgencyMention[] {
  const out: AgencyMention[] = []
  for (const m of text.matchAll(HEAD)) {
    const start = m.index!
    if (known.some((k) => start >= k.index && start < k.index + k.length)) continue
    let end = start + m[0].length
    let words = 0
    const word = /\s*(-\s*)?([\p{L}\p{N}&]+)/uy
    for (;;) {
      word.lastIndex = end
      const w = word.exec(text)
      if (!w) break
      const token = w[2]
      const lower = token === token.toLowerCase()
      // "và" inside a name only before a capital: "Phòng Khảo thí và Quản lý chất lượng"
      if (token === 'và' && /^\s*\p{Lu}/u.test(text.slice(word.lastIndex))) {
        end = word.lastIndex
        continue
      }
      const next = /^\s*([\p{L}]+)/u.exec(text.slice(word.lastIndex))?.[1] ?? ''
      if (lower && (STOP_WORDS.has(token) || STOP_PAIRS.has(`${token} ${next}`))) break
      end = word.lastIndex
      if (++words >= MAX_WORDS) break
    }
    const raw = text.slice(start, end).trim()
    if (words < 1 || known.some((k) => k.index < end && start < k.index + k.length)) continue
    out.push({ name: modernTone(raw.normalize('NFC')).replace(/\s+/g, ' '), text: raw, index: start, length: raw.length, generic: false })
  }
  return out
}
