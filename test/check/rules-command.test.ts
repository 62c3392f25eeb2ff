// `plan rules`, and the rule documentation it and SARIF point to: the README's table agrees with the code.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/index.js'
import { RULES, RULES_HELP_URI, defaultSettings } from '../../src/check/rules/index.js'
import { sarif } from '../../src/check/reporters/sarif.js'
import { RULE_IDS } from '../../src/check/types.js'
import { fakeIo } from './io.js'

const README = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8')

async function rules(args: string[] = []) {
  const io = fakeIo(process.cwd())
  const code = await main(['rules', ...args], io)
  return { code, out: io.out(), err: io.err() }
}

describe('plan rules', () => {
  it('lists every rule in report order with its default and description', async () => {
    const r = await rules()
    expect(r.code).toBe(0)
    const lines = r.out.split('\n')
    expect(lines[0]).toMatch(/^rule +default +reports$/)
    RULE_IDS.forEach((id, i) => {
      expect(lines[i + 1]).toMatch(new RegExp(`^${id} +${RULES[id].defaultSetting} +`))
      expect(lines[i + 1].endsWith(RULES[id].description)).toBe(true)
    })
    expect(r.out).toContain(RULES_HELP_URI)
  })
  it('--format json: id, defaultSetting, description, helpUri', async () => {
    const r = await rules(['--format', 'json'])
    const data = JSON.parse(r.out)
    expect(data.map((x: { id: string }) => x.id)).toEqual([...RULE_IDS])
    expect(data[0]).toEqual({ id: 'unreadable', defaultSetting: 'error', description: RULES.unreadable.description, helpUri: RULES_HELP_URI })
    const bad = await rules(['--format', 'xml'])
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/^plan: unknown --format "xml"/)
  })
})

describe('the documentation the rules point to', () => {
  it('the README has a "Rules" section whose table gives every rule with the code\'s default', () => {
    expect(RULES_HELP_URI).toMatch(/^https:\/\/[^#]+#rules$/)
    expect(README).toMatch(/^#### Rules$/m)
    const defaults = defaultSettings()
    for (const id of RULE_IDS) {
      const row = README.match(new RegExp(`^\\| \`${id}\` \\| (\\w+) \\|`, 'm'))
      expect(row, id).not.toBeNull()
      expect(row![1], id).toBe(defaults[id])
    }
  })
  it('SARIF gives each rule a helpUri', () => {
    const log = JSON.parse(sarif({ results: [], files: [], summary: { files: 0, errors: 0, warnings: 0 } }, { color: 0, version: '1' }))
    for (const r of log.runs[0].tool.driver.rules) expect(r.helpUri).toBe(RULES_HELP_URI)
  })
})
