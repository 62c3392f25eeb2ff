// Vietnamese labels by default in the human formats, English with --lang en; the machine formats never change.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { run as runIn } from '../fake-io.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const FILES = ['ke-hoach-a.json', 'chi-thi-b.json']
const run = (argv: string[]) => runIn(argv, { cwd: path.join(ROOT, 'fixtures/query'), today: '2013-12-31' })

describe('--lang', () => {
  it('table headers and status words are Vietnamese by default', async () => {
    const tasks = await run(['tasks', ...FILES])
    expect(tasks.stdout.split('\n')[0]).toMatch(/^Vị trí\s+Chủ trì\s+Phối hợp\s+Thời hạn\s+Nhiệm vụ$/)
    expect(tasks.stdout.trimEnd().endsWith('8 nhiệm vụ')).toBe(true)
    const all = await run(['overdue', ...FILES, '--all'])
    expect(all.stdout.split('\n')[0]).toMatch(/^Vị trí\s+Tình trạng\s+Thời hạn\s+Chủ trì\s+Nhiệm vụ$/)
    for (const word of ['quá hạn 31 ngày', 'đến hạn hôm nay', 'còn 90 ngày', 'không có thời hạn']) expect(all.stdout).toContain(word)
    const agencies = await run(['agencies', ...FILES, '--format', 'md'])
    expect(agencies.stdout.split('\n')[0]).toBe('| Cơ quan | Chủ trì | Phối hợp | Chủ trì quá hạn | Phối hợp quá hạn | Vị trí | Cách viết |')
  })

  it('--lang en gives the English labels', async () => {
    const tasks = await run(['tasks', ...FILES, '--lang', 'en'])
    expect(tasks.stdout.split('\n')[0]).toMatch(/^where\s+lead\s+coordinators\s+deadline\s+task$/)
    expect(tasks.stdout).toContain('ongoing')
    expect(tasks.stdout.trimEnd().endsWith('8 tasks')).toBe(true)
    const all = await run(['overdue', ...FILES, '--all', '--lang', 'en'])
    for (const word of ['overdue 31 d', 'due today', 'due in 90 d', 'no deadline']) expect(all.stdout).toContain(word)
    expect((await run(['agencies', ...FILES, '--lang', 'EN'])).stdout.split('\n')[0]).toMatch(/^name\s+leads\s+coord\.\s+late lead\s+late coord\.\s+where\s+written as$/)
  })

  it('JSON, JSON Lines and CSV are the same whatever the language', async () => {
    for (const format of ['json', 'jsonl', 'csv']) {
      for (const cmd of [['tasks'], ['overdue', '--all'], ['overdue', '--by', 'agency'], ['agencies']]) {
        const vi = await run([...cmd, ...FILES, '--format', format])
        const en = await run([...cmd, ...FILES, '--format', format, '--lang', 'en'])
        expect(vi.stdout, `${cmd.join(' ')} ${format}`).toBe(en.stdout)
      }
    }
    const json = JSON.parse((await run(['overdue', ...FILES, '--by', 'agency', '--format', 'json'])).stdout)
    expect(Object.keys(json[0])).toEqual(['group', 'total', 'doneOnTime', 'doneLate', 'notYetDue', 'overdue', 'noDeadline'])
    expect(json[json.length - 1].group).toBe('total')
  })

  it('the outline of plan parse too; an unknown language exits 2', async () => {
    const vi = await runIn(['parse', 'fixtures/party-plan-numbering.txt'], { cwd: ROOT })
    expect(vi.stdout).toMatch(/\d+ nhiệm vụ, \d+ mục, \d+ cơ quan/)
    const en = await runIn(['parse', 'fixtures/party-plan-numbering.txt', '--lang', 'en'], { cwd: ROOT })
    expect(en.stdout).toMatch(/\d+ tasks, \d+ sections, \d+ agencies/)
    expect(await run(['tasks', ...FILES, '--lang', 'fr'])).toEqual({ code: 2, stdout: '', stderr: 'plan: unknown --lang "fr" (one of vi, en)\n' })
  })
})
