// --format ics: an RFC 5545 calendar read back with ical.js, the parser Thunderbird's calendar is built on.
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import type { TaskRow } from '../../src/query/rows.js'
import { alarmDuration, escapeText, foldLine, renderIcs } from '../../src/report/ics.js'
import { run } from '../cli/queries-io.js'

const row = (over: Partial<TaskRow>): TaskRow => ({
  file: 'kh.txt', line: 12, column: 1, id: 't1', text: 'Rà soát, sắp xếp tổ chức bộ máy; báo cáo kết quả', lead: ['Ban Tổ chức Tỉnh ủy'],
  coordinators: ['Văn phòng Tỉnh ủy'], deadline: '2013-12-31', deadlineText: 'trước ngày 31/12/2013', recurrence: null, kind: 'ke-hoach', document: '21-KH/TU', ...over,
})

const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')

describe('renderIcs', () => {
  it('one all-day event per dated task on deadline.end, summary starting with the lead, the task and its source in the description', () => {
    const text = renderIcs([row({}), row({ id: 't2', deadline: null })], { stamp: '2013-12-01' })
    const [ev, ...more] = events(text)
    expect(more).toHaveLength(0)
    const e = new ICAL.Event(ev)
    expect(e.uid).toBe('t1@plan-vn')
    expect(e.startDate.isDate).toBe(true)
    expect(e.startDate.toString()).toBe('2013-12-31')
    expect(e.endDate.toString()).toBe('2014-01-01')
    expect(e.summary.startsWith('Ban Tổ chức Tỉnh ủy: Rà soát, sắp xếp')).toBe(true)
    expect(e.description).toContain('Rà soát, sắp xếp tổ chức bộ máy; báo cáo kết quả')
    expect(e.description).toContain('kh.txt:12:1 (21-KH/TU)')
  })

  it('CRLF line ends, no line over 75 octets, and folding never splits a Vietnamese letter', () => {
    const long = 'Ủy ban nhân dân tỉnh chủ trì, phối hợp với các sở, ban, ngành xây dựng đề án '.repeat(6)
    const text = renderIcs([row({ text: long })], { stamp: '2013-12-01' })
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    expect(text).not.toContain('\uFFFD')
    expect(new ICAL.Event(events(text)[0]).description.startsWith(long.trim())).toBe(true)
  })

  it('folds at 75 octets exactly, continuation lines after one space', () => {
    const folded = foldLine('X'.repeat(74) + 'ế' + 'Y'.repeat(10))
    const [first, second] = folded.split('\r\n')
    expect(Buffer.byteLength(first)).toBe(74)
    expect(second).toBe(' ế' + 'Y'.repeat(10))
    expect(foldLine('short')).toBe('short')
  })

  it('escapes the characters TEXT reserves', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
  })

  it('a stable UID from the task id: the same input gives the same calendar; the same words twice get a second UID', () => {
    const a = renderIcs([row({}), row({ file: 'copy.txt' })], { stamp: '2013-12-01' })
    expect(renderIcs([row({}), row({ file: 'copy.txt' })], { stamp: '2013-12-01' })).toBe(a)
    expect(events(a).map((e) => e.getFirstPropertyValue('uid'))).toEqual(['t1@plan-vn', 't1-2@plan-vn'])
  })

  it('--alarm adds a display reminder before the day', () => {
    expect(alarmDuration('7d')).toBe('P7D')
    expect(alarmDuration('2w')).toBe('P2W')
    expect(alarmDuration('12h')).toBe('PT12H')
    expect(alarmDuration('soon')).toBeNull()
    const ev = events(renderIcs([row({})], { stamp: '2013-12-01', alarm: 'P7D' }))[0]
    const alarm = ev.getFirstSubcomponent('valarm')!
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY')
    expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-7 * 86400)
  })
})

describe('plan tasks / overdue --format ics', () => {
  it('tasks: a calendar of the dated tasks; the undated ones are counted on standard error', async () => {
    const r = await run(['tasks', 'ke-hoach-a.json', '--format', 'ics', '--alarm', '7d'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('plan: 2 tasks without a deadline left out of the calendar\n')
    const evs = events(r.stdout)
    expect(evs).toHaveLength(4)
    expect(evs.every((e) => e.getFirstSubcomponent('valarm'))).toBe(true)
    expect(r.stdout).toContain('DTSTAMP:20131231T000000Z')
  })

  it('overdue: the listed tasks, each with its category', async () => {
    const r = await run(['overdue', 'ke-hoach-a.json', '--as-of', '2013-12-31', '--format', 'ics'])
    expect(r.code).toBe(0)
    const cats = events(r.stdout).map((e) => e.getFirstPropertyValue('categories'))
    expect(cats).toEqual(['quá hạn', 'chưa đến hạn', 'chưa đến hạn'])
  })

  it('agencies has no calendar; --alarm needs ics; a bad --alarm is a usage error', async () => {
    expect((await run(['agencies', 'ke-hoach-a.json', '--format', 'ics'])).stderr).toMatch(/unknown --format "ics"/)
    expect((await run(['tasks', 'ke-hoach-a.json', '--alarm', '7d'])).stderr).toBe('plan: --alarm applies to --format ics\n')
    const bad = await run(['tasks', 'ke-hoach-a.json', '--format', 'ics', '--alarm', 'soon'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--alarm "soon": expected/)
  })
})
