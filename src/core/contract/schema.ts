// The single source of the JSON shape: zod schemas, their TypeScript types, and (via `plan schema`) JSON Schema.
import { z } from 'zod'
import { isIsoDate } from './dates.js'

/** 1-based position in the decoded, NFC-normalised text (mdast style). */
export const Point = z.object({ line: z.number().int().min(1), column: z.number().int().min(1) })
export const Span = z.object({ start: Point, end: Point })

export { isIsoDate }

/** A date as the contract writes it; a saved file with "abc" or 2024-02-30 here is refused, not counted as not yet due. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD').refine(isIsoDate, 'not a day of the calendar')

export const DOC_KINDS = [
  'ke-hoach',
  'ket-luan',
  'nghi-quyet',
  'chi-thi',
  'quyet-dinh',
  'thong-bao',
  'huong-dan',
  'bao-cao',
  'cong-van',
  'cong-dien',
  'chuong-trinh',
  'tin-bai',
  'khac',
] as const
export const DocKind = z.enum(DOC_KINDS)

/** A body as it appears in one place: its canonical name and the words actually written. */
export const AgencyRef = z.object({
  id: z.string().describe('stable slug of the canonical name'),
  name: z.string().describe('canonical name: NFC, modern tone placement, abbreviations expanded'),
  text: z.string().describe('the form written in the document'),
  generic: z.boolean().describe('a plural collective such as "các cơ quan liên quan"'),
  span: Span.nullable(),
})

export const RECURRENCES = ['daily', 'weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly', 'periodic', 'ongoing'] as const
export const Recurrence = z.enum(RECURRENCES)

export const Deadline = z.object({
  text: z.string().describe('the time phrase as written'),
  start: IsoDate.nullable().describe('first day of the period named (YYYY-MM-DD), null for a bare limit'),
  end: IsoDate.nullable().describe('last day, inclusive (YYYY-MM-DD), null when there is none'),
  span: Span.nullable(),
  notes: z
    .array(z.object({ code: z.string().describe('year-inferred, date-repaired, holidays-skipped, year-mismatch, no-document-date, deadline-unreadable, annex-deadline'), message: z.string() }))
    .optional()
    .describe('what the reading assumed: the year of a date written without one, a mended OCR date, working days counted'),
})

export const SECTION_ROLES = ['purpose', 'situation', 'arrangements', 'tasks', 'organisation', 'other'] as const
export const SectionRole = z.enum(SECTION_ROLES)

export const Section = z.object({
  id: z.string(),
  number: z.string().nullable().describe('the number as written, e.g. "II", "2.1", "a"'),
  title: z.string(),
  level: z.number().int().min(1),
  role: SectionRole,
  parent: z.string().nullable(),
  agency: AgencyRef.nullable().describe('the body the heading names, the implicit lead of the items under it'),
  span: Span,
})

export const TASK_SOURCES = ['item', 'paragraph', 'sentence', 'table-row', 'field'] as const

export const Task = z.object({
  id: z.string().describe('stable across re-parses and edits elsewhere in the document'),
  text: z.string().describe('the task as written; one that opens a numbered item starts with its number ("2.1.", "a)")'),
  lead: z.array(AgencyRef),
  coordinators: z.array(AgencyRef),
  reportsTo: z.array(AgencyRef).describe('the body the task is submitted or reported to'),
  deadline: Deadline.nullable(),
  recurrence: Recurrence.nullable(),
  section: z.string().nullable().describe('id of the section the task sits in'),
  source: z.enum(TASK_SOURCES),
  span: Span,
})

export const AGENCY_ROLES = ['lead', 'coordinator', 'reportsTo', 'issuer', 'recipient', 'heading', 'mention'] as const
export const AgencyRole = z.enum(AGENCY_ROLES)

export const Agency = z.object({
  id: z.string(),
  name: z.string(),
  generic: z.boolean(),
  forms: z.array(z.string()).describe('every distinct way it was written'),
  roles: z.array(AgencyRole),
  mentions: z.array(z.object({ text: z.string(), role: AgencyRole, span: Span.nullable() })),
})

export const Reference = z.object({
  kind: DocKind.nullable(),
  number: z.string().nullable(),
  date: z.string().nullable(),
  text: z.string(),
  span: Span.nullable(),
})

export const Signer = z.object({ name: z.string().nullable(), capacity: z.string().nullable(), span: Span.nullable() })

export const Meta = z.object({
  kind: DocKind,
  number: z.string().nullable(),
  issuer: AgencyRef.nullable(),
  place: z.string().nullable(),
  issuedOn: z.string().nullable(),
  title: z.string().nullable(),
  signer: Signer.nullable(),
  recipients: z.array(z.string()),
  references: z.array(Reference),
})

export const SEVERITIES = ['error', 'warning', 'info'] as const
export const Diagnostic = z.object({
  code: z.string().describe('stable machine code, e.g. "deadline-unreadable"'),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
})

export const PlanDocument = z.object({
  schemaVersion: z.literal(1),
  file: z.string().nullable(),
  meta: Meta,
  sections: z.array(Section),
  tasks: z.array(Task),
  agencies: z.array(Agency),
  diagnostics: z.array(Diagnostic),
  format: z
    .enum(['text', 'markdown', 'docx', 'doc', 'pdf', 'html'])
    .optional()
    .describe(
      'the format read. Every `line` counts lines of the text the reader rendered: for text and markdown, the line of the file; for .docx, .doc and .html, the paragraph or table row, in body order (empty paragraphs count); for .pdf, the line rebuilt from positions, on the page that `pages` gives',
    ),
  pages: z.array(z.number().int().min(1)).optional().describe('PDF only: the first line of each page (page N starts at pages[N-1])'),
})

export type Point = z.infer<typeof Point>
export type Span = z.infer<typeof Span>
export type DocKind = z.infer<typeof DocKind>
export type AgencyRef = z.infer<typeof AgencyRef>
export type Recurrence = z.infer<typeof Recurrence>
export type Deadline = z.infer<typeof Deadline>
export type SectionRole = z.infer<typeof SectionRole>
export type Section = z.infer<typeof Section>
export type Task = z.infer<typeof Task>
export type AgencyRole = z.infer<typeof AgencyRole>
export type Agency = z.infer<typeof Agency>
export type Reference = z.infer<typeof Reference>
export type Signer = z.infer<typeof Signer>
export type Meta = z.infer<typeof Meta>
export type Diagnostic = z.infer<typeof Diagnostic>
export type PlanDocument = z.infer<typeof PlanDocument>
