// plan.config.json: found by walking up, validated by zod, every error one line `message (at a.b.c)`.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, findConfig, loadConfig } from '../../src/config/load.js'
import { parseConfig } from '../../src/config/validate.js'

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
  it('says what agencies may be when it is neither a list nor a file name', () => {
    expect(bad('{"agencies":3}')).toBe('plan.config.json: expected a list of bodies, or the path of a .tsv file of them (at agencies)')
    expect(bad('{"agencies":" "}')).toBe('plan.config.json: the path of the agencies file is empty (at agencies)')
  })
  it('ignores a byte-order mark', () => {
    expect(parseConfig('\uFEFF{}', 'x')).toEqual({})
  })
})

describe('the registry as a TSV file', () => {
  const bodies = '# the bodies we follow\nid\tname\tkind\taliases\nvptu\tVăn phòng Tỉnh ủy\tparty\tVPTU|VP Tỉnh ủy\nsnv\tSở Nội vụ\tlocal\n'

  it('reads "agencies": "<file>" relative to the config, in the format of lexicon/bodies.tsv', async () => {
    const dir = tree({ 'plan.config.json': '{"agencies":"conf/bodies.tsv"}', 'conf/bodies.tsv': bodies, 'docs/a.txt': 'x' })
    const loaded = await loadConfig(path.join(dir, 'docs'))
    expect(loaded?.config.agencies).toEqual([
      { name: 'Văn phòng Tỉnh ủy', aliases: ['VPTU', 'VP Tỉnh ủy'] },
      { name: 'Sở Nội vụ', aliases: [] },
    ])
  })

  it('takes any of the columns, in any order, as long as there is a name', async () => {
    const dir = tree({ 'plan.config.json': '{"agencies":"b.tsv"}', 'b.tsv': 'aliases\tname\nSNV\tSở Nội vụ\n' })
    expect((await loadConfig(dir))?.config.agencies).toEqual([{ name: 'Sở Nội vụ', aliases: ['SNV'] }])
  })

  it.each([
    ['id\tname\tkind\n# c\nx\tSở Nội vụ\tlocl\n', 'b.tsv:3: unknown kind "locl" (expected party, committee, state, ministry, local, front or generic)'],
    ['id\tname\nx\tA\tB\n', 'b.tsv:2: 3 columns, but the header has 2 (id, name): is a tab where a space or | belongs?'],
    ['id\tten\n', 'b.tsv:1: unknown column "ten" (a list of bodies has name, and may have id, kind, aliases)'],
    ['id\taliases\n', 'b.tsv:1: no name column (the header names id, aliases)'],
  ])('a row that does not fit is a config error naming the file and line: %j', async (text, message) => {
    const dir = tree({ 'plan.config.json': '{"agencies":"b.tsv"}', 'b.tsv': text })
    const e = await loadConfig(dir).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(ConfigError)
    expect((e as Error).message).toBe(message)
  })

  it('a missing file is a config error', async () => {
    const dir = tree({ 'plan.config.json': '{"agencies":"none.tsv"}' })
    await expect(loadConfig(dir)).rejects.toThrow('plan.config.json: agencies "none.tsv": no such file (at agencies)')
  })

  it('lexicon/bodies.tsv itself is a registry', async () => {
    const lexicon = path.join(import.meta.dirname, '..', '..', 'lexicon', 'bodies.tsv')
    const dir = tree({ 'plan.config.json': JSON.stringify({ agencies: lexicon }) })
    const entries = (await loadConfig(dir))?.config.agencies ?? []
    expect(entries.length).toBeGreaterThan(50)
    expect(entries[0]).toEqual({ name: 'Bộ Chính trị', aliases: ['BCT', 'Bộ Chính trị Ban Chấp hành Trung ương Đảng'] })
  })
})
