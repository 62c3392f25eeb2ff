// Stage 4, sections: the letter's furniture: motto and number, addressees, a telegram's sender, the signature, the recipients.
import { warmAll } from '../contract/regex.js'

/** The national motto of a letterhead, also OCR'd without marks; and a document's number ("Số: 12/KH-UBND"). */
export const MOTTO = /(?:CỘNG|CONG) (?:HÒA|HOÀ|HOA) (?:XÃ|XA) (?:HỘI|HOI)/u
export const NUMBER_LINE = /^Số\s*:?\s*\S*\d/u

/** "Kính gửi: …": a letter's addressees follow. */
export const ADDRESSED = /^kính gửi\s*:?/iu
/** "THỦ TƯỚNG CHÍNH PHỦ điện:" over a công điện's addressees (not "b) Về các dự án lưới điện:"): its sender in capitals. */
const SENDS_CABLE = /(?<![\p{L}\p{N}])(\p{Lu}[^\p{Ll}]*\p{Lu})\s+điện\s*:\s*$/u
/** SENDS_CABLE, tried only on a line that ends with a colon: most do not, and the regex starts at every capital. */
export const sendsCable = (text: string) => text.trimEnd().endsWith(':') && SENDS_CABLE.test(text)
/** The sender a telegram's line names ("THỦ TƯỚNG CHÍNH PHỦ"), or null. */
export const cableSender = (text: string): string | null => (sendsCable(text) ? (SENDS_CABLE.exec(text)?.[1] ?? null) : null)
/** A signature line: "TM. CHÍNH PHỦ", "KT. BỘ TRƯỞNG", "T/L CHỦ TỊCH". */
export const SIGNS_FOR = /^(?:t\/m|tm\.|k\/t|kt\.|t\/l|tl\.)/iu
/** The signer's name under the signature ("Phạm Thị Thanh Trà", OCR noise before it): two to five capitalised words. */
export const SIGNER_NAME = /^[^\p{L}]{0,3}\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$/u
/** The recipients' list that closes the text: "Nơi nhận:" (also "Noi nhận:", "Nơi nhân:", where OCR drops a mark). */
export const RECIPIENTS = /^n[ơo]i nh[ậâa]n/iu
/** What closes the text: the recipients, a signature line, "(đã ký)". */
export const CLOSING = /^(t\/m|tm\.|k\/t|kt\.|t\/l|tl\.|q\.\s|\(đã ký\))/iu

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(RECIPIENTS, CLOSING, SENDS_CABLE, MOTTO, NUMBER_LINE, ADDRESSED)
