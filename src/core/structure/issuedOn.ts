// Stage 5, metadata: the day a text is issued on: its place and date line (also one a scan damaged), a news or post stamp, the act it goes with, its adoption.
import { warmAll } from '../contract/regex.js'

/** The place a date line opens with: up to four capitalised words ("Hà Nội", "Thành phố Hồ Chí Minh"). */
export const PLACE = String.raw`\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3}`

// (the comma after the place may be read as a period by OCR: "Hà Nội. ngày 09 tháng 11 năm 2023")
// (a two-digit day or month a scan split at its leading zero is still one: "ngày 26 tháng 0 6 năm 2018"; read with twoDigits)
export const PLACE_DATE = new RegExp(String.raw`(?:^|\s)(${PLACE})[,.]\s*ngày\s*(0\s[1-9]|\d{1,2})\s*(?:tháng\s*|[/.-])(0\s[1-9]|\d{1,2})\s*(?:năm\s*|[/.-])(\d{4})`, 'u')
/** A day or a month as PLACE_DATE reads it, the space a scan put inside it dropped. */
export const twoDigits = (s: string): number => Number(s.replace(/\s+/g, ''))
/** A date line whose words lost their marks to OCR, each read from its first and last letters: "Lao Cai, ngdy 02 thdng 10 nam 2026". */
export const BARE_DATE = new RegExp(String.raw`(?:^|\s)(${PLACE}),\s*ng\S{1,2}y\s*(\d{1,2})\s*th\S{1,2}ng\s*(\d{1,2})\s*n\S{1,2}m\s*((?:19|20)\d\d)(?!\d)`, 'u')
export const NEWS_STAMP = /\b\d{1,2}:\d{2}\s+(\d{1,2})\/(\d{1,2})\/(\d{4})\b|\bngày (\d{1,2})\/(\d{1,2})\/(\d{4})\s*[-–]\s*\d{1,2}:\d{2}\b/
/** The act a text is issued with, and that act's day: "(Ban hành kèm theo Quyết định số 3556/QĐ-UBND ngày 30 tháng 9 năm 2026 …)". */
export const ISSUED_WITH = /\(\s*ban hành kèm theo (?:quyết định|nghị quyết|thông tư|chỉ thị|kế hoạch)\s+(?:số\s*)?\d[^\s,]*,?\s+ngày\s+(\d{1,2})\s*(?:tháng\s*|[/.-])\s*(\d{1,2})\s*(?:năm\s*|[/.-])\s*(\d{4})/iu
/** A website's front matter: the page template a post is laid out by, and when it was posted (UTC, ISO 8601). */
export const POST_LAYOUT = /(?:^|[\s,{])"?layout"?\s*:\s*"?[\w-]+\.html\b/u
export const POST_DATE = /(?:^|[\s,{])"?date"?\s*:\s*"?(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/u

export function ymd(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d))
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** The sentence that closes a resolution or a law: "… này (đã) được … thông qua ngày 19 tháng 02 năm 2025". */
export const ADOPTED_ON = /(?<!\p{L})này\s+(?:đã\s+)?được\s[^.;]{0,200}?\sthông qua\s+(?:vào\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)/u

/** A date line whose year is read and whose day or month may not be: "Hà Nội, ngày 06 tháng 40 năm 2025". */
const DAMAGED_DATE = new RegExp(String.raw`(?:^|\s)${PLACE}[,.]\s*ngày\s*(\S{0,4}?)\s*(?:tháng|thang)\s*(\S{0,4}?)\s*(?:năm|nam)\s*((?:19|20)\d\d)(?!\d)`, 'u')
/** The government's portal, which signs the texts it republishes: "CHINHPHU.VN", "Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ". */
const PORTAL = /CH[IÍ]NH\s*PH[UỦ]\s*\.?\s*VN|C[ỔÔO]NG\s+TH[ÔO]NG\s+TIN\s+Đ[IỆ]/iu
/** The stamp a digital signature leaves on a scan, its words often damaged: "Thời gian ký: 06.10.2025 10:34:46 +07:00". */
const SIGNED_AT = /gian\s*k[ýyỳ][^\d\n]{0,6}(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d)/u

export function repairedDate(headText: string[]): string | null {
  const line = headText.map((t) => (t.includes('ngày') ? DAMAGED_DATE.exec(t) : null)).find(Boolean)
  const stamp = line ? headText.map((t) => SIGNED_AT.exec(t)).find(Boolean) : null
  if (!line || !stamp || line[3] !== stamp[3]) return null
  const num = (s: string, max: number) => (/^\d{1,2}$/u.test(s) && +s >= 1 && +s <= max ? +s : null)
  // (the day is the line's own: a text is signed on the day it is dated or after it; the month is the stamp's when the
  // line's day is not past the stamp's, a text signed in the month it is dated)
  const day = num(line[1], 31)
  // (a day lost in a month the line and the stamp share is the stamp's day when the issuer signed it: "ngày AF-thang 3 năm
  // 2022" signed by Tổng cục Thuế on 17.03.2022; not the stamp of the government's portal that republished the text, often
  // days later: "ngày OTftháng10" of a telegram of the 7th, stamped by CHINHPHU.VN on the 10th)
  if (day === null) return num(line[2], 12) === +stamp[2] && !headText.some((t) => PORTAL.test(t)) ? ymd(+stamp[3], +stamp[2], +stamp[1]) : null
  if (num(line[2], 12) !== null || day > +stamp[1]) return null
  return ymd(+line[3], +stamp[2], day)
}

// the first match of these costs most in the bytecode interpreter (see contract/regex.ts)
warmAll(PLACE_DATE)
