// The human view of one parsed document: metadata, the section tree, and each task with its lead and deadline.
import { Chalk } from 'chalk'
import type { PlanDocument } from '../core/contract/schema.js'
import { LABELS, recurrenceLabel, SAY, type Lang } from '../report/labels.js'
import type { ColorLevel } from '../shared/color.js'
import { terminalText as t_ } from '../shared/sanitize.js'

const ROLE_VI: Record<string, string> = { purpose: 'mục đích', situation: 'tình hình', arrangements: 'thành phần, thời gian, địa điểm', tasks: 'nhiệm vụ', organisation: 'tổ chức thực hiện' }
const SEVERITY_VI: Record<string, string> = { error: 'lỗi', warning: 'cảnh báo', info: 'ghi chú' }

export function renderOutline(doc: PlanDocument, level: ColorLevel, lang: Lang = 'vi'): string {
  const vi = lang === 'vi'
  const c = new Chalk({ level })
  // every piece of the document is shown without its escapes and controls: it may come from anyone's file
  const file = t_(doc.file ?? '<stdin>')
  const m = doc.meta
  const lines: string[] = []
  lines.push(c.bold(`${file}`) + `  ${m.kind}${m.number ? ' ' + t_(m.number) : ''}${m.issuedOn ? ' · ' + t_(m.issuedOn) : ''}${m.issuer ? ' · ' + t_(m.issuer.name) : ''}`)
  if (m.title) lines.push(`  ${t_(m.title)}`)
  const bySection = new Map<string | null, PlanDocument['tasks']>()
  for (const t of doc.tasks) {
    const list = bySection.get(t.section) ?? []
    list.push(t)
    bySection.set(t.section, list)
  }
  const printTasks = (id: string | null, indent: string) => {
    for (const t of bySection.get(id) ?? []) {
      const where = c.dim(`${file}:${t.span.start.line}:${t.span.start.column}`)
      const lead = t.lead.length ? c.cyan(t_(t.lead.map((a) => a.name).join('; '))) : c.yellow(LABELS[lang].noLead)
      const due = t.deadline?.end ? c.magenta(` → ${t_(t.deadline.end)}`) : t.recurrence ? c.magenta(` ↻ ${t_(recurrenceLabel(t.recurrence, lang))}`) : ''
      const whole = t_(t.text)
      const text = whole.length > 110 ? whole.slice(0, 107) + '…' : whole
      lines.push(`${indent}• ${text}`)
      lines.push(`${indent}  ${lead}${due}  ${where}`)
    }
  }
  printTasks(null, '  ')
  for (const s of doc.sections) {
    const indent = '  '.repeat(s.level)
    const role = s.role === 'other' ? '' : c.dim(` [${vi ? (ROLE_VI[s.role] ?? s.role) : s.role}]`)
    lines.push(`${indent}${c.bold(t_((s.number ? s.number + '. ' : '') + s.title))}${role} ${c.dim(`${file}:${s.span.start.line}:${s.span.start.column}`)}`)
    printTasks(s.id, indent + '  ')
  }
  for (const d of doc.diagnostics) lines.push(`  ${c.yellow(vi ? (SEVERITY_VI[d.severity] ?? d.severity) : d.severity)} ${file}:${d.line}:${d.column} ${t_(d.message)} ${c.dim(d.code)}`)
  lines.push(c.dim(`  ${SAY[lang].outline(doc.tasks.length, doc.sections.length, doc.agencies.length)}`))
  return lines.join('\n') + '\n'
}
