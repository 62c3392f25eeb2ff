// Stage 4, sections: the role a heading's own words give it (a letter's requests, a supervision programme, coordination's terms).
import { NUMBERED } from './headings.js'
import { introRole, roleOf, shortLeadInRole } from './roles.js'
import type { Block } from '../read/segment.js'
import type { SectionRole } from '../contract/schema.js'

/** A letter's heading over its requests: "Yêu cầu chung", "Yêu cầu cụ thể", "Các yêu cầu". */
const LETTER_REQUESTS = /^(?:(?:một số|các)\s+)?yêu cầu(?:\s+(?:chung|cụ thể))?$/iu

/** The role a heading's own words give it; null: its parent's. */
export function ownRole(b: Block, title: string, letter: boolean): SectionRole | null {
  // (in a letter, "1. Yêu cầu chung:" heads what the letter asks, not the aims a plan states under "Mục đích, yêu cầu")
  if (letter && LETTER_REQUESTS.test(title)) return 'tasks'
  // a regulation's article on what coordination covers and the forms it takes ("Điều 3. Nội dung phối hợp", "Điều 4.
  // Hình thức phối hợp") describes them, as its principles do; the bodies' duties come in the articles after
  if (b.marker?.type === 'article' && COORDINATION_TERMS.test(title)) return 'purpose'
  // a council's supervision programme laid out under the article that adopts it ("Điều 1. Ban hành Chương trình giám
  // sát năm 2018 của Hội đồng nhân dân tỉnh … Cụ thể như sau:"): what is supervised, a report or a matter named by a
  // noun ("- Báo cáo công tác 06 tháng đầu năm …", "a) Việc tuân theo Hiến pháp …"), is the council's work
  if (SUPERVISION_PROGRAMME.test(title)) return 'tasks'
  // a heading's own words set its role when it is a real heading, not a sentence that introduces a list
  if (!(b.mdDepth || b.caps || (b.marker && NUMBERED.has(b.marker.type)) || title.length < 60)) return introRole(title)
  // (a short unmarked lead-in whose subject asks, "Theo đó, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:", says what follows
  // is asked, as a long one does)
  return roleOf(title) ?? (!b.mdDepth && !b.caps && !b.marker ? shortLeadInRole(b.text) : null)
}

/** A supervision or inspection programme that lists its items next: "… Chương trình giám sát năm 2018 của … Cụ thể như sau:". */
const SUPERVISION_PROGRAMME = /(?<!\p{L})chương trình\s+(?:giám sát|kiểm tra(?:,? giám sát)?)(?!\p{L})[^]*?(?:như sau|sau đây)\s*:?\s*$/iu

/** The title of an article on coordination's content or forms, nothing after: "Nội dung phối hợp", "Hình thức, phương thức phối hợp". */
const COORDINATION_TERMS = /^(?:(?:nội dung|hình thức|phương thức|cách thức)(?:,\s*|\s+và\s+|\s+))+phối hợp\s*[.:]?$/iu
