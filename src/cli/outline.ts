// The human view of one parsed document: metadata, the section tree, and each task with its lead and deadline.
import { Chalk } from 'chalk'
import type { PlanDocument } from '../core/schema.js'
import type { ColorLevel } from './color.js'

export function renderOutline(doc: PlanDocument, level: ColorLevel): string {
  const c = new Chalk({ level })
  const file = doc.file ?? '<stdin>'
  const m = doc.meta
  const lines: string[] = []
  lines.push(c.bold(`${file}`) + `  ${m.kind}${m.number ? ' ' + m.number : ''}${m.issuedOn ? ' · ' + m.issuedOn : ''}${m.issuer ? ' · ' + m.issuer.name : ''}`)
  if (m.title) lines.push(`  ${m.title}`)
  const bySection = new Map<string | null, PlanDocument['tasks']>()
  for (const t of doc.tasks) {
    const list = bySection.get(t.section) ?? []
    list.push(t)
    bySection.set(t.section, list)
  }
  const printTasks = (id: string | null, indent: string) => {
    for (const t of bySection.get(id) ?? []) {
      const where = c.dim(`${file}:${t.span.start.line}:${t.span.start.column}`)
      const lead = t.lead.length ? c.cyan(t.lead.map((a) => a.name).join('; ')) : c.yellow('(no lead)')
      const due = t.deadline?.end ? c.magenta(` → ${t.deadline.end}`) : t.recurrence ? c.magenta(` ↻ ${t.recurrence}`) : ''
      const text = t.text.length > 110 ? t.text.slice(0, 107) + '…' : t.text
      lines.push(`${indent}• ${text}`)
      lines.push(`${indent}  ${lead}${due}  ${where}`)
    }
  }
  printTasks(null, '  ')
  for (const s of doc.sections) {
    const indent = '  '.repeat(s.level)
    const role = s.role === 'other' ? '' : c.dim(` [${s.role}]`)
    lines.push(`${indent}${c.bold((s.number ? s.number + '. ' : '') + s.title)}${role} ${c.dim(`${file}:${s.span.start.line}:${s.span.start.column}`)}`)
    printTasks(s.id, indent + '  ')
  }
  for (const d of doc.diagnostics) lines.push(`  ${c.yellow(d.severity)} ${file}:${d.line}:${d.column} ${d.message} ${c.dim(d.code)}`)
  lines.push(c.dim(`  ${doc.tasks.length} tasks, ${doc.sections.length} sections, ${doc.agencies.length} agencies`))
  return lines.join('\n') + '\n'
}
