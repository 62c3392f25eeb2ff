// The shapes of a deadline reading: the public API types and the parser's internal node.
import type { Ymd } from './calendar.js'

export type DeadlineKind = 'date' | 'limit' | 'period' | 'range' | 'open-start' | 'recurring' | 'conditional' | 'relative' | 'none'
export type DeadlineRecurrence = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'half-yearly' | 'yearly' | 'periodic' | 'ongoing'

export interface DeadlineReading {
  /** the phrase as given / as found */
  text: string
  /** YYYY-MM-DD, first day of the period named; null for a bare limit */
  start: string | null
  /** YYYY-MM-DD, last day inclusive; null when none */
  end: string | null
  kind: DeadlineKind
  recurrence: DeadlineRecurrence | null
  /** set when a date is impossible (31/4/2024): end is null and this says why */
  invalid?: string
  /** what the reading assumed: a repaired OCR date, a count of working days, an unreadable date… */
  notes?: DeadlineNote[]
}

/** A remark on one reading: `code` is stable, `message` is for a person. */
export interface DeadlineNote {
  code: 'date-repaired' | 'deadline-unreadable' | 'holidays-skipped' | 'year-mismatch' | 'no-document-date' | 'year-inferred'
  message: string
}

export interface DeadlineContext {
  /** YYYY-MM-DD: what "năm nay", "quý này", "tháng sau"… are read against */
  today?: string
  /** the year for a day, month or quarter written without one */
  year?: number
  /** where `year` comes from ("the section heading …", "the document's date"): given, a phrase that takes it says so in a note */
  yearFrom?: string
  /** YYYY-MM-DD: the day the document takes effect, when it says so ("… kể từ ngày Nghị quyết này có hiệu lực" counts from it) */
  effective?: string
  /**
   * The days the acts the document names take effect, by their number in lower case ("178/2026/nđ-cp" → "2026-07-06",
   * from "Nghị định số 178/2026/NĐ-CP …, có hiệu lực thi hành từ ngày 06/7/2026"): "… kể từ ngày Nghị định số
   * 178/2026/NĐ-CP có hiệu lực" counts from it
   */
  actsInForce?: Readonly<Record<string, string>>
  /** YYYY-MM-DD: the latest date of an act the text cites, when its own date is unknown (it was written no earlier) */
  since?: string
}

export interface DeadlineMatch extends DeadlineReading {
  /** offset in the given text (UTF-16 units) */
  index: number
  length: number
}

/** What a node is resolved against: the year for its yearless parts, and today for relative ones. */
export interface Env {
  year: number | null
  today: Ymd | null
  /** the day the document takes effect, when known */
  effective?: Ymd | null
  /** the days the acts the document names take effect: DeadlineContext.actsInForce */
  actsInForce?: Readonly<Record<string, string>>
}

export interface Out {
  start: string | null
  end: string | null
  invalid?: string
  notes?: DeadlineNote[]
}

/** The size of the period an atom names: the modifiers đầu/giữa/cuối cut it in three. */
export type Unit = 'day' | 'month' | 'quarter' | 'year' | 'span'

/** One time phrase read at offsets [i, j) of the normalised text. */
export interface Node {
  i: number
  j: number
  kind: DeadlineKind
  unit: Unit
  recurrence: DeadlineRecurrence | null
  /** the explicit year it names (its last one), lent to yearless phrases nearby */
  year: number | null
  /** some part has no year and takes Env.year */
  needsYear: boolean
  /** introduced by a word (trước, đến, từ, trong…): never a reference's date */
  prefixed: boolean
  resolve(env: Env): Out
}
