// The words people read in the human formats (table, md, the outline): Vietnamese by default, English with --lang en.
// JSON keys, CSV headers and every value in the machine formats stay English and stable.
import type { Recurrence } from '../core/contract/schema.js'

export const LANGS = ['vi', 'en'] as const
export type Lang = (typeof LANGS)[number]

export function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s)
}

const VI = {
  where: 'Vị trí',
  lead: 'Chủ trì',
  coordinators: 'Phối hợp',
  deadline: 'Thời hạn',
  task: 'Nhiệm vụ',
  status: 'Tình trạng',
  file: 'Văn bản',
  name: 'Cơ quan',
  leads: 'Chủ trì',
  coordinates: 'Phối hợp',
  overdueLeads: 'Chủ trì quá hạn',
  overdueCoordinates: 'Phối hợp quá hạn',
  forms: 'Cách viết',
  total: 'Tổng số',
  doneOnTime: 'Hoàn thành đúng hạn',
  doneLate: 'Hoàn thành quá hạn',
  notYetDue: 'Chưa đến hạn',
  overdue: 'Quá hạn',
  noDeadline: 'Không có thời hạn',
  totalRow: 'Tổng cộng',
  noLead: '(không rõ chủ trì)',
}

const EN: typeof VI = {
  where: 'where',
  lead: 'lead',
  coordinators: 'coordinators',
  deadline: 'deadline',
  task: 'task',
  status: 'status',
  file: 'file',
  name: 'name',
  leads: 'leads',
  coordinates: 'coord.',
  overdueLeads: 'late lead',
  overdueCoordinates: 'late coord.',
  forms: 'written as',
  total: 'tasks',
  doneOnTime: 'done on time',
  doneLate: 'done late',
  notYetDue: 'not yet due',
  overdue: 'overdue',
  noDeadline: 'no deadline',
  totalRow: 'total',
  noLead: '(no lead)',
}

export type Labels = typeof VI
export const LABELS: Record<Lang, Labels> = { vi: VI, en: EN }

const RECURRENCE_VI: Record<Recurrence, string> = {
  daily: 'hằng ngày',
  weekly: 'hằng tuần',
  monthly: 'hằng tháng',
  quarterly: 'hằng quý',
  'half-yearly': '6 tháng một lần',
  yearly: 'hằng năm',
  periodic: 'định kỳ',
  ongoing: 'thường xuyên',
}

/** A recurrence as a reader says it ("hằng năm"); the English is the JSON value. */
export function recurrenceLabel(r: Recurrence, lang: Lang): string {
  return lang === 'vi' ? RECURRENCE_VI[r] : r
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** The footers and the sentences of the human formats. */
export const SAY = {
  vi: {
    tasks: (n: number) => `${n} nhiệm vụ`,
    overdue: (overdue: number, listed: number, asOf: string) => `${overdue} nhiệm vụ quá hạn tính đến ngày ${asOf}; liệt kê ${listed}`,
    summary: (asOf: string) => `Tính đến ngày ${asOf}; nhiệm vụ có nhiều đơn vị chủ trì được tính cho từng đơn vị, dòng Tổng cộng tính mỗi nhiệm vụ một lần`,
    bodies: (n: number, asOf: string) => `${n} cơ quan; quá hạn tính đến ngày ${asOf}`,
    filtered: (label: string, value: string) => `${label.toLowerCase()}: ${value}`,
    outline: (tasks: number, sections: number, agencies: number) => `${tasks} nhiệm vụ, ${sections} mục, ${agencies} cơ quan`,
  },
  en: {
    tasks: (n: number) => plural(n, 'task', 'tasks'),
    overdue: (overdue: number, listed: number, asOf: string) => `${overdue} overdue as of ${asOf}, ${listed} listed`,
    summary: (asOf: string) => `as of ${asOf}; a task with several leads counts for each, the total counts it once`,
    bodies: (n: number, asOf: string) => `${n} bodies; overdue as of ${asOf}`,
    filtered: (label: string, value: string) => `${label}: ${value}`,
    outline: (tasks: number, sections: number, agencies: number) => `${tasks} tasks, ${sections} sections, ${agencies} agencies`,
  },
} satisfies Record<Lang, Record<string, (...a: never[]) => string>>

/** Where a task stands, in words: "quá hạn 31 ngày" / "overdue 31 d". */
export interface StatusWords {
  overdue(days: number): string
  dueToday: string
  dueIn(days: number): string
  doneLate(days: number): string
  doneOnTime: string
  noDeadline: string
}

export const STATUS_WORDS: Record<Lang, StatusWords> = {
  vi: {
    overdue: (d) => `quá hạn ${d} ngày`,
    dueToday: 'đến hạn hôm nay',
    dueIn: (d) => `còn ${d} ngày`,
    doneLate: (d) => `hoàn thành trễ ${d} ngày`,
    doneOnTime: 'hoàn thành đúng hạn',
    noDeadline: 'không có thời hạn',
  },
  en: {
    overdue: (d) => `overdue ${d} d`,
    dueToday: 'due today',
    dueIn: (d) => `due in ${d} d`,
    doneLate: (d) => `done late ${d} d`,
    doneOnTime: 'done on time',
    noDeadline: 'no deadline',
  },
}

/** The headers of the full data columns in the human file formats (xlsx), keyed by the JSON key; csv keeps the keys. */
export const FIELD_LABELS: Record<Lang, Record<string, string>> = {
  vi: {
    file: 'Tệp', line: 'Dòng', column: 'Cột', id: 'Mã nhiệm vụ', kind: 'Loại văn bản', document: 'Số ký hiệu', lead: 'Chủ trì',
    coordinators: 'Phối hợp', deadline: 'Thời hạn', deadlineText: 'Thời hạn (nguyên văn)', recurrence: 'Lặp lại', text: 'Nhiệm vụ',
    status: 'Tình trạng', daysOverdue: 'Số ngày quá hạn', daysLeft: 'Số ngày còn lại', done: 'Ngày hoàn thành', note: 'Ghi chú',
    name: 'Cơ quan', generic: 'Tập hợp chung', forms: 'Cách viết', leads: 'Chủ trì', coordinates: 'Phối hợp',
    overdueLeads: 'Chủ trì quá hạn', overdueCoordinates: 'Phối hợp quá hạn',
  },
  en: {
    file: 'file', line: 'line', column: 'column', id: 'task id', kind: 'kind', document: 'document number', lead: 'lead',
    coordinators: 'coordinators', deadline: 'deadline', deadlineText: 'deadline as written', recurrence: 'recurrence', text: 'task',
    status: 'status', daysOverdue: 'days overdue', daysLeft: 'days left', done: 'done on', note: 'note',
    name: 'body', generic: 'collective', forms: 'written as', leads: 'leads', coordinates: 'coordinates',
    overdueLeads: 'late (lead)', overdueCoordinates: 'late (coordinating)',
  },
}
