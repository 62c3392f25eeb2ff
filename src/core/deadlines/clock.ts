// Times of day before a date ("trước 11h00' ngày 15/10/2025", "Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23/01"):
// read so the date after them is found, and set aside: a deadline is a day.
import { HOUR } from '../contract/regex.js'
import { Cursor, sticky } from './lexicon.js'

const TIME = `${HOUR}(?:\\s*(?:sáng|trưa|chiều|tối|đêm)(?!\\p{L}))?`
/** Between the two times of a span: "20 giờ - 21 giờ", "8h00 đến 11h00". */
const TO = `\\s*(?:-|–|đến|tới)\\s*`
const RE_TIME = sticky(`${TIME}(?:${TO}${TIME})?\\s*,?\\s*(?:(?:của|vào)\\s+)?(?=ngày|hôm|mồng|mùng|thứ|chủ|\\d)`)
const RE_SPAN = sticky(`${TIME}${TO}${TIME}`)

/** Is a span of two times of day at the cursor ("20 giờ - 21 giờ ngày 23/1": the work is on that day)? */
export const seesTimeSpan = (c: Cursor): boolean => c.sees(RE_SPAN)

/** Is a time of day, then a day, at the cursor? */
export const seesTimeOfDay = (c: Cursor): boolean => c.sees(RE_TIME)

/** Steps over a time of day (or a span of two) that a day follows; false, and the cursor unmoved, when there is none. */
export const eatTimeOfDay = (c: Cursor): boolean => c.eat(RE_TIME) !== null
