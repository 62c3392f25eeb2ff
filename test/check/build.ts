// Hand-built documents for rule tests: the rules are pure, so they can be checked without the parser.
import type { Agency, AgencyRef, AgencyRole, Diagnostic, PlanDocument, Task } from '../../src/core/contract/schema.js'
import { slug } from '../../src/core/contract/text.js'

export function ref(name: string, generic = false): AgencyRef {
  return { id: slug(name), name, text: name, generic, span: null }
}

export function task(over: Partial<Task> & { line?: number } = {}): Task {
  const line = over.line ?? 10
  const { line: _l, ...rest } = over
  return {
    id: `t${line}`,
    text: 'Tổ chức quán triệt kế hoạch',
    lead: [ref('Ban Tổ chức Tỉnh ủy')],
    coordinators: [],
    reportsTo: [],
    deadline: null,
    recurrence: null,
    section: null,
    source: 'item',
    span: { start: { line, column: 1 }, end: { line, column: 40 } },
    ...rest,
  }
}

export function deadline(end: string, text = end, line = 10): Task['deadline'] {
  return { text, start: null, end, span: { start: { line, column: 20 }, end: { line, column: 20 + text.length } } }
}

export function agency(name: string, line = 5, generic = false, forms: string[] = [name], role: AgencyRole = 'lead'): Agency {
  return {
    id: slug(name),
    name,
    generic,
    forms,
    roles: [role],
    mentions: [{ text: forms[0], role, span: { start: { line, column: 3 }, end: { line, column: 3 + name.length } } }],
  }
}

export function diag(code: string, line: number, column: number, message = code): Diagnostic {
  return { code, severity: 'warning', message, line, column }
}

export function doc(over: { meta?: Partial<PlanDocument['meta']> } & Partial<Omit<PlanDocument, 'meta'>> = {}): PlanDocument {
  const { meta, ...rest } = over
  return {
    schemaVersion: 1,
    file: 'a.txt',
    meta: {
      kind: 'ke-hoach',
      number: '15-KH/TU',
      issuer: ref('Tỉnh ủy Trà Vinh'),
      place: 'Trà Vinh',
      issuedOn: '2024-04-04',
      title: null,
      signer: null,
      recipients: [],
      references: [],
      ...meta,
    },
    sections: [],
    tasks: [task()],
    agencies: [],
    diagnostics: [],
    ...rest,
  }
}
