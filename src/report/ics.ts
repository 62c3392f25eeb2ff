// --format ics: an RFC 5545 calendar of the dated tasks, one all-day event on each deadline, for Outlook, Google Calendar
// and Thunderbird. The UID comes from the task id, so importing the file again updates the events instead of doubling them.
import type { TaskRow } from '../query/rows.js'
import { LABELS, type Lang } from './labels.js'

export interface IcsOptions {
  /** YYYY-MM-DD: the day the calendar is written (DTSTAMP), from Io.today() so the output is reproducible */
  stamp: string
  /** a reminder this long before the day (an RFC 5545 duration: P7D, PT12H), or none */
  alarm?: string | null
  /** the calendar's name, shown by the programs that import it */
  name?: string
  lang?: Lang
  /** a category per task (overdue rows: their status, in words) */
  category?: (r: TaskRow) => string | null
  /** the document number of a file, for the description */
  documentOf?: (file: string) => string | null
}

const CRLF = '\r\n'
const ONE_DAY = 86_400_000

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * A content line folded so that no line is longer than 75 octets (RFC 5545 3.1): continuation lines start with one
 * space. Folds fall between characters, never inside a UTF-8 sequence (Vietnamese letters take 2 or 3 octets).
 */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8')
    // the first line holds 75 octets; a continuation 74 after its leading space
    const limit = out.length ? 74 : 75
    if (octets + n > limit) {
      out.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += n
  }
  out.push(current)
  return out.join(CRLF + ' ')
}

/** `7d`, `2w`, `12h` (also `7`, days) → an RFC 5545 duration (`P7D`, `P2W`, `PT12H`); null when it is none of these. */
export function alarmDuration(s: string): string | null {
  const m = /^\s*(\d{1,3})\s*([dwh]?)\s*$/i.exec(s)
  if (!m || +m[1] === 0) return null
  const n = +m[1]
  const unit = (m[2] || 'd').toLowerCase()
  return unit === 'h' ? `PT${n}H` : unit === 'w' ? `P${n}W` : `P${n}D`
}

const compact = (iso: string) => iso.replace(/-/g, '')

function nextDay(iso: string): string {
  return new Date(Date.parse(iso + 'T00:00:00Z') + ONE_DAY).toISOString().slice(0, 10)
}

/** Shortened at a word boundary, for a summary a calendar shows in one line. */
function shorten(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim()
  if (t.length <= max) return t
  const cut = t.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…'
}

/** The calendar: one VEVENT per row with a deadline; rows without one are left out (the caller says how many). */
export function renderIcs(rows: TaskRow[], opts: IcsOptions): string {
  const L = LABELS[opts.lang ?? 'vi']
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//plan-vn//plan//VI', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']
  if (opts.name) lines.push(`X-WR-CALNAME:${escapeText(opts.name)}`)
  const uids = new Map<string, number>()
  for (const r of rows) {
    if (!r.deadline) continue
    // the same words in two documents give the same id: the second event gets a suffix, still stable from run to run
    const seen = uids.get(r.id) ?? 0
    uids.set(r.id, seen + 1)
    const uid = `${r.id}${seen ? `-${seen + 1}` : ''}@plan-vn`
    const lead = r.lead.length ? r.lead.join(', ') : L.noLead
    const document = r.document ?? opts.documentOf?.(r.file) ?? null
    const source = `${r.file}:${r.line}:${r.column}${document ? ` (${document})` : ''}`
    const description = [r.text.replace(/\s+/g, ' ').trim(), '', `${L.lead}: ${lead}`]
    if (r.coordinators.length) description.push(`${L.coordinators}: ${r.coordinators.join('; ')}`)
    if (r.deadlineText) description.push(`${L.deadline}: ${r.deadlineText}`)
    description.push(`${L.where}: ${source}`)
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${compact(opts.stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(r.deadline)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(r.deadline))}`,
      `SUMMARY:${escapeText(`${lead}: ${shorten(r.text, 120)}`)}`,
      `DESCRIPTION:${escapeText(description.join('\n'))}`,
      'TRANSP:TRANSPARENT',
    )
    const category = opts.category?.(r)
    if (category) lines.push(`CATEGORIES:${escapeText(category)}`)
    if (opts.alarm) lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-${opts.alarm}`, `DESCRIPTION:${escapeText(`${lead}: ${shorten(r.text, 120)}`)}`, 'END:VALARM')
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join(CRLF) + CRLF
}
