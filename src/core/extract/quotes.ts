// Stage 8, tasks: a page or an article that quotes a law or another act, whose quoted text assigns nothing.

/**
 * A passage that says what a law or another act provides: "được quy định (cụ thể) tại Điều 30 Luật …", "Căn cứ theo
 * quy định tại khoản 2 Điều 10 …", "Tại Điều 4 Quyết định …", "… quy định như sau:"; not work to be done as a law
 * says ("Đề nghị các doanh nghiệp … xây dựng phương án thưởng … theo quy định tại Điều 104 Bộ luật Lao động 2019"),
 * nor a ground named inside a sentence ("… xác định là hàng giả căn cứ quy định tại điểm b khoản 7 Điều 3 Nghị định …").
 */
export const QUOTES_LAW = /(?:^|\s)(?<!(?:theo|căn cứ)\s)(?:được\s+)?quy định\s+(?:cụ thể\s+)?(?:tại|ở)\s+(?:(?:điểm|khoản)\s+\S+\s+)*Điều\s+\d+|^(?:Căn cứ(?:\s+theo)?|Theo|(?:Cụ thể\s+)?[Tt]ại)\s+(?:quy định\s+)?(?:tại\s+)?(?:(?:điểm|khoản)\s+\S+\s+)*Điều\s+\d+|(?:^|\s)quy định\s+(?:[^.:;]{0,80}\s)?(?:như sau|sau đây|gồm|bao gồm)\s*:\s*$/iu

/** The kinds of act that give work when a page quotes them. */
const WORK_KINDS = 'Công điện|Chỉ thị|Kế hoạch|Kết luận|Thông báo|Công văn'

/**
 * An answer that opens by citing a decision or a resolution by its number: "Tại điểm 3 Mục III Quyết định 2371/QĐ-TTg
 * …" (the first act it names: "Căn cứ Mục 2 Phần IV Kế hoạch ban hành kèm theo Quyết định 3352/QĐ-CT …" quotes a plan,
 * which gives work).
 */
const CITES_ACT = new RegExp(`^(?:Tại|Theo|Căn cứ(?:\\s+theo)?)\\s+(?:(?!${WORK_KINDS}|Chương trình|Hướng dẫn|Quyết định|Nghị quyết)[^.:;]){0,60}?(?<!\\p{L})(?:Quyết định|Nghị quyết)\\s+(?:số\\s+)?(\\d+)(?!\\d)`, 'u')

/** The text opens by citing a decision other than the one numbered `number` (the same act is the same number, however written). */
export function citesOtherAct(text: string, number: string): boolean {
  const m = CITES_ACT.exec(text)
  return !!m && m[1] !== /^\d+/u.exec(number)?.[0]
}

/** A lead-in that asks someone for the items after it: "… đề nghị các đơn vị thực hiện các nội dung sau:". */
export const ASKS_ITEMS = /(?<!\p{L})(?:đề nghị|yêu cầu|giao)\s+(?:các\s|\p{Lu})[^.;:]{0,600}:\s*$/u

/** How a legal site's answer opens when it says again, in its own words, what the act it quoted provides. */
export const RESTATES = /^(?:Như vậy|Theo đó|Ngoài ra|Bên cạnh đó|Tóm lại)\s*,/u

/** An act that gives work, by its kind and number ("Công điện 71/CĐ-TTg", "Chỉ thị số 24/CT-TTg"); no law's provision. */
const WORK_ACT = new RegExp(`(?<!\\p{L})(?:${WORK_KINDS})\\s+(?:số\\s+)?\\d`, 'u')
const LAW_ACT = /(?<!\p{L})(?:Luật|Bộ luật|Nghị định|Thông tư|Pháp lệnh|Điều\s+\d)(?!\p{L})/u
export const quotesWork = (text: string): boolean => WORK_ACT.test(text) && !LAW_ACT.test(text)

/**
 * A law's provision quoted word for word, or said to provide: "Khoản 2 Điều 14 Nghị định số 26/2026/NĐ-CP của Chính phủ
 * quy định: “Tổ chức, cá nhân … phải có Giấy phép …”", "Căn cứ mục 2.2, Nghị quyết số 173/2024/QH15 … của Quốc hội quy
 * định: “…; giao Chính phủ tổ chức thực hiện cụ thể”;", "Khoản 2 và khoản 6 Điều 21 Nghị định số 26/2026/NĐ-CP quy định
 * các trường hợp miễn cấp …". What the law says assigns nothing of the document that quotes it. (Not a provision
 * given after a colon with no quotation marks, "Khoản 1 Điều 59 Nghị định … quy định: Tổ chức, cá nhân khai thác … có
 * trách nhiệm …": a letter that reminds its readers of their duties so sets them work.)
 */
const PROVISION_QUOTED = /^(?:(?:căn cứ|theo|tại)\s+)?[^“"”:.;]{0,240}?(?<!\p{L})(?:Luật|Bộ luật|Nghị định|Thông tư|Pháp lệnh|Nghị quyết số \d+\/\d{4}\/QH\d+)(?!\p{L})[^“"”:;]{0,200}?\squy định\s*:\s*[“"]/iu
const PROVISION_SAYS = /^(?:(?:điểm|khoản|điều|mục)\s+[\p{L}\d.]+(?:\s*(?:,|và)\s*(?:điểm|khoản|điều|mục)\s+[\p{L}\d.]+)*\s+)+(?:của\s+)?(?:Luật|Bộ luật|Nghị định|Thông tư|Pháp lệnh)(?!\p{L})[^.;:“"]{0,160}?\squy định(?!\p{L})(?!\s*:)/iu
const SAYS = /quy\s+định/iu
// (tried on every block: the words "quy định" first, cheaply)
export const quotesProvision = (text: string): boolean => SAYS.test(text) && (PROVISION_QUOTED.test(text) || PROVISION_SAYS.test(text))

/** Whether a block leaves a quotation open: more opening marks than closing ones (a straight quote opens or closes). */
export function leavesQuoteOpen(text: string, open: boolean): boolean {
  for (const c of text) {
    if (c === '“') open = true
    else if (c === '”') open = false
    else if (c === '"') open = !open
  }
  return open
}

/** A block that opens a quotation (its first mark), after a lead-in whose colon cites a law: "… theo quy định tại Điều 56, 57 … Luật Quản lý ngoại thương, cụ thể như sau:" / "\"Điều 56. …". */
export const opensQuote = (text: string, above: string | undefined): boolean =>
  /^[“"]/u.test(text.trim()) && !!above && /:\s*$/u.test(above) && LAW_ACT.test(above) && !quotesWork(above)

/**
 * The last block of the quotation that opens at block i: the block that closes it, if one does within QUOTE_REACH
 * blocks; else i alone (a mark lost or never closed does not make the rest of the document a quotation).
 */
export function quoteEnd(placed: ReadonlyArray<{ block: { text: string } }>, i: number): number {
  let open = leavesQuoteOpen(placed[i].block.text, false)
  for (let j = i + 1; open && j < placed.length && j <= i + QUOTE_REACH; j++) {
    open = leavesQuoteOpen(placed[j].block.text, open)
    if (!open) return j
  }
  return i
}
const QUOTE_REACH = 30
