import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/index.js'
import { fakeIo as base, type FakeIo } from '../fake-io.js'

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures')

function fakeIo(stdin = ''): FakeIo {
  return base({ stdin, cwd: '/tmp', today: '2017-02-02' })
}

describe('plan deadline', () => {
  it('prints one line per phrase', async () => {
    const io = fakeIo()
    const code = await main(['deadline', 'quý IV-2013', 'trước 15/12/2013', 'hằng năm', 'ngày 31/4/2024', 'xin chào'], io)
    expect(code).toBe(0)
    const lines = io.out().trimEnd().split('\n')
    expect(lines).toHaveLength(5)
    expect(lines[0]).toMatch(/^quý IV-2013\s+→ {2}2013-10-01 … 2013-12-31 {2}\(period\)$/)
    expect(lines[1]).toMatch(/→ {2}… 2013-12-14 {2}\(limit\)$/)
    expect(lines[2]).toMatch(/no end date {2}\(recurring, yearly\)$/)
    expect(lines[3]).toMatch(/→ {2}no date: 31\/4\/2024 does not exist/)
    expect(lines[4]).toMatch(/not a time phrase/)
  })

  it('prints a single day once', async () => {
    const io = fakeIo()
    await main(['deadline', 'ngày 3/3/2017'], io)
    expect(io.out()).toBe('ngày 3/3/2017  →  2017-03-03  (date)\n')
  })

  it('reads phrases from standard input as JSON, against io.today() by default', async () => {
    const io = fakeIo('quý này\n\nnăm ngoái\r\n6 tháng và hằng năm\n')
    expect(await main(['deadline', '--format', 'json'], io)).toBe(0)
    const got = JSON.parse(io.out())
    expect(got).toEqual([
      { text: 'quý này', start: '2017-01-01', end: '2017-03-31', kind: 'relative', recurrence: null },
      { text: 'năm ngoái', start: '2016-01-01', end: '2016-12-31', kind: 'relative', recurrence: null },
      { text: '6 tháng và hằng năm', start: null, end: null, kind: 'recurring', recurrence: 'half-yearly' },
    ])
  })

  it('uses --today for relative phrases and includes invalid in JSON', async () => {
    const io = fakeIo()
    expect(await main(['deadline', 'tháng sau', 'ngày 31/4/2024', '--today', '2024-12-10', '--format', 'json'], io)).toBe(0)
    const [next, bad] = JSON.parse(io.out())
    expect(next).toMatchObject({ start: '2025-01-01', end: '2025-01-31' })
    expect(bad).toMatchObject({ end: null, invalid: expect.stringContaining('31/4/2024') })
  })

  it.each([
    [['--today', '2024-02-30']],
    [['--today', 'yesterday']],
    [['--format', 'xml']],
  ])('refuses bad options %j with exit 2', async (opts) => {
    const io = fakeIo()
    expect(await main(['deadline', 'quý II', ...opts], io)).toBe(2)
    expect(io.err()).toMatch(/^plan: --(today|format)/)
    expect(io.out()).toBe('')
  })

  it('--today takes DD/MM/YYYY like every other command', async () => {
    for (const today of ['01/06/2013', '2013-06-01', '1/6/2013']) {
      const io = fakeIo()
      expect(await main(['deadline', 'quý này', '--today', today, '--format', 'json'], io), today).toBe(0)
      expect(JSON.parse(io.out())[0]).toMatchObject({ start: '2013-04-01', end: '2013-06-30' })
    }
    const bad = fakeIo()
    expect(await main(['deadline', 'quý này', '--today', '31/02/2013'], bad)).toBe(2)
    expect(bad.err()).toBe('plan: --today must be a calendar date, YYYY-MM-DD or DD/MM/YYYY, not "31/02/2013"\n')
  })

  it('a first time then every year shows its start and recurrence; a first time then the years after is open', async () => {
    const io = fakeIo()
    expect(await main(['deadline', 'Tháng 12/2025 và hằng năm', 'từ năm 2026 và các năm tiếp theo', '--today', '2025-11-24', '--format', 'json'], io)).toBe(0)
    expect(JSON.parse(io.out())).toEqual([
      { text: 'Tháng 12/2025 và hằng năm', start: '2025-12-01', end: null, kind: 'recurring', recurrence: 'yearly' },
      { text: 'từ năm 2026 và các năm tiếp theo', start: '2026-01-01', end: null, kind: 'open-start', recurrence: null },
    ])
  })

  it('plan tasks and plan parse keep the recurrence and the start of "Tháng 12/2025 và hằng năm"', async () => {
    const text = readFileSync(path.join(FIXTURES, 'recurring-and-open-ends.txt'), 'utf8')
    const tasks = fakeIo(text)
    expect(await main(['tasks', '-', '--format', 'json'], tasks)).toBe(0)
    const row = JSON.parse(tasks.out()).find((r: { text: string }) => r.text.includes('sinh viên tốt nghiệp'))
    expect(row).toMatchObject({ deadline: null, deadlineText: 'Tháng 12/2025 và hằng năm', recurrence: 'yearly' })
    const parsed = fakeIo(text)
    expect(await main(['parse', '-', '--format', 'json'], parsed)).toBe(0)
    const task = JSON.parse(parsed.out()).tasks.find((t: { text: string }) => t.text.includes('sinh viên tốt nghiệp'))
    expect(task).toMatchObject({ recurrence: 'yearly', deadline: { start: '2025-12-01', end: null } })
  })

  it('with no phrase and standard input a terminal, prints the usage on stderr instead of waiting', async () => {
    const io = { ...fakeIo(), stdinIsTTY: true, readStdin: () => new Promise<Buffer>(() => {}) }
    expect(await main(['deadline'], io)).toBe(2)
    expect(io.out()).toBe('')
    expect(io.err()).toMatch(/^Usage: plan deadline \[options\] \[phrases\.\.\.\]/)
  })
})
