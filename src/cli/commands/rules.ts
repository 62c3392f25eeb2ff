// `plan rules`: the rules of `plan check`, with their default setting and what each reports.
import type { Register } from '../index.js'
import { UserError } from '../io.js'

export const registerRules: Register = (program, io) => {
  program
    .command('rules')
    .description('list the rules of `plan check`: id, default setting and what each reports')
    .option('-f, --format <format>', 'text or json', 'text')
    .action(async (flags: { format: string }) => {
      const { ruleTable, RULES_HELP_URI } = await import('../../check/rules/index.js')
      const rules = ruleTable()
      if (flags.format === 'json') {
        io.stdout.write(JSON.stringify(rules.map((r) => ({ ...r, helpUri: RULES_HELP_URI })), null, 2) + '\n')
        return
      }
      if (flags.format !== 'text') throw new UserError(`unknown --format "${flags.format}" (one of text, json)`)
      io.stdout.write(rulesText(rules, RULES_HELP_URI))
    })
}

/** One line per rule, `id  default  description`, in columns; the documentation's address last. */
export function rulesText(rules: { id: string; defaultSetting: string; description: string }[], help: string): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length), 'rule'.length)
  const setWidth = Math.max(...rules.map((r) => r.defaultSetting.length), 'default'.length)
  const row = (a: string, b: string, c: string) => `${a.padEnd(idWidth)}  ${b.padEnd(setWidth)}  ${c}`
  const lines = [row('rule', 'default', 'reports'), ...rules.map((r) => row(r.id, r.defaultSetting, r.description))]
  lines.push('', `Set them in plan.config.json ("rules": { "id": "error" | "warn" | "off" }); more at ${help}`)
  return lines.join('\n') + '\n'
}
