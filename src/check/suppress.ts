// Inline suppression in markdown documents: HTML comments that turn rules off for a stretch of lines, as markdownlint's
// do. `<!-- plan-disable [rule…] -->` … `<!-- plan-enable [rule…] -->`, `plan-disable-line`, `plan-disable-next-line`
// and `plan-disable-file`; no rule named means every rule. Plain data, so it crosses back from a worker.

/** Lines `from`..`to` (1-based, inclusive) where `rules` (null: all) are off. */
export interface Suppression {
  rules: string[] | null
  from: number
  to: number
}

const COMMENT = /<!--\s*plan-(disable-next-line|disable-line|disable-file|disable|enable)\b((?:\s+[a-z][a-z0-9-]*)*)\s*-->/g
const END = Number.MAX_SAFE_INTEGER

export function suppressions(lines: readonly string[]): Suppression[] {
  const out: Suppression[] = []
  /** rule (or '*' for all) → the line it was disabled from */
  const open = new Map<string, number>()
  const close = (rule: string, line: number) => {
    const from = open.get(rule)
    if (from === undefined) return
    open.delete(rule)
    out.push({ rules: rule === '*' ? null : [rule], from, to: line })
  }
  lines.forEach((text, i) => {
    if (!text.includes('plan-')) return
    const line = i + 1
    for (const m of text.matchAll(COMMENT)) {
      const named = m[2].trim().split(/\s+/).filter(Boolean)
      const rules = named.length ? named : null
      switch (m[1]) {
        case 'disable-line':
          out.push({ rules, from: line, to: line })
          break
        case 'disable-next-line':
          out.push({ rules, from: line + 1, to: line + 1 })
          break
        case 'disable-file':
          out.push({ rules, from: 1, to: END })
          break
        case 'disable':
          for (const r of rules ?? ['*']) if (!open.has(r)) open.set(r, line)
          break
        case 'enable':
          // enabling every rule ends every stretch; enabling one ends its own (a rule under a plain disable stays off)
          for (const r of rules ?? [...open.keys()]) close(r, line)
          break
      }
    }
  })
  for (const r of [...open.keys()]) close(r, END)
  return out
}

/**
 * The line without its plan- comments, so the parser does not read a comment as text of the document (a comment on
 * a line of its own would otherwise be a paragraph, or a task with no lead). Line numbers do not change.
 */
export function withoutDirectives(line: string): string {
  if (!line.includes('plan-')) return line
  const rest = line.replace(COMMENT, '')
  return rest.trim() ? rest : ''
}

export function isSuppressed(f: { ruleId: string; line: number }, list: readonly Suppression[]): boolean {
  return list.some((s) => f.line >= s.from && f.line <= s.to && (s.rules === null || s.rules.includes(f.ruleId)))
}
