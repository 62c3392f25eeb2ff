// plan.config.json: found by walking up, validated by zod, every error one line `message (at a.b.c)`.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, findConfig, loadConfig, parseConfig } from '../../src/config/load.js'

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-config-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const bad = (text: string) => {
  try {
    parseConfig(text, 'plan.config.json')
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError)
    expect((e as ConfigError).exitCode).toBe(2)
    return (e as Error).message
  }
  throw new Error('accepted')
}

describe('finding the config', () => {
  it('walks up from the working folder to the nearest plan.config.json', async () => {
    const dir = tree({ 'plan.config.json': '{"asOf":"2024-01-01"}', 'docs/sub/x.txt': 'x', 'docs/plan.config.json': '{"asOf":"2025-01-01"}' })
    expect(await findConfig(path.join(dir, 'docs/sub'))).toBe(path.join(dir, 'docs/plan.config.json'))
    const loaded = await loadConfig(path.join(dir, 'docs/sub'))
    expect(loaded?.config.asOf).toBe('2025-01-01')
    expect(loaded?.dir).toBe(path.join(dir, 'docs'))
  })
  it('takes --config relative to the working folder, and fails when it is missing', async () => {
    const dir = tree({ 'conf/mine.json': '{"rules":{"task-no-lead":"error"}}' })
    expect((await loadConfig(dir, 'conf/mine.json'))?.config.rules).toEqual({ 'task-no-lead': 'error' })
    await expect(loadConfig(dir, 'conf/none.json')).rejects.toThrow('conf/none.json: no such config file')
  })
  it('returns null when there is none', async () => {
    const dir = tree({ 'a.txt': 'x' })
    // a temp folder has no plan.config.json above it, unless the machine put one in /tmp or /
    if ((await findConfig(path.dirname(dir))) === null) expect(await loadConfig(dir)).toBeNull()
  })
})

describe('validation', () => {
  it('accepts a full config', () => {
    const c = parseConfig(
      JSON.stringify({
        rules: { 'task-no-deadline': 'warn', 'agency-unknown': 'error', 'legacy-tone': 'off' },
        agencies: [{ name: 'Văn phòng Tỉnh ủy', aliases: ['VPTU'] }, { name: 'Sở Nội vụ' }],
        include: ['docs/**/*.txt'],
        exclude: ['drafts/'],
        asOf: '2024-02-29',
      }),
      'x',
    )
    expect(c.agencies).toHaveLength(2)
  })
  it('names the key of a bad value', () => {
    expect(bad('{"rules":{"task-no-lead":"warning"}}')).toMatch(/^plan\.config\.json: .*"warn".* \(at rules\.task-no-lead\)$/)
    expect(bad('{"agencies":[{"name":"A"},{"aliases":["x"]}]}')).toMatch(/\(at agencies\.1\.name\)$/)
    expect(bad('{"agencies":[{"name":"A","aliases":[""]}]}')).toBe('plan.config.json: an alias cannot be empty (at agencies.0.aliases.0)')
    expect(bad('{"asOf":"2024-02-30"}')).toBe('plan.config.json: not a date that exists (at asOf)')
    expect(bad('{"asOf":"30/4/2024"}')).toBe('plan.config.json: expected a date written YYYY-MM-DD (at asOf)')
    expect(bad('{"include":"*.txt"}')).toMatch(/\(at include\)$/)
  })
  it('names an unknown key, rule ids included', () => {
    expect(bad('{"rules":{"task-no-leed":"off"}}')).toBe('plan.config.json: unknown key "task-no-leed" (at rules.task-no-leed)')
    expect(bad('{"agences":[]}')).toBe('plan.config.json: unknown key "agences" (at agences)')
  })
  it('reports JSON syntax errors and a root that is not an object', () => {
    expect(bad('{"rules":')).toMatch(/^plan\.config\.json: not valid JSON: /)
    expect(bad('[]')).toMatch(/\(at \(root\)\)$/)
  })
  it('ignores a byte-order mark', () => {
    expect(parseConfig('\uFEFF{}', 'x')).toEqual({})
  })
})
