import { describe, expect, it } from 'vitest'
import { classify, classifyAll, isListed, NO_LEAD, summarize, TOTAL } from '../../src/query/overdue.js'
import { taskRows, type TaskRow } from '../../src/query/rows.js'
import { fixtureDocs } from './docs.js'

const row = (deadline: string | null, lead: string[] = ['Sở Nội vụ']): TaskRow => ({
  file: 'x.txt', line: 3, column: 1, id: `t-${deadline}`, text: 'Kiểm tra', lead, coordinators: [], deadline, deadlineText: null, recurrence: null, kind: 'ke-hoach', document: null,
})

describe('classify', () => {
  it('a deadline is inclusive: due on the day is not yet overdue, the next day is', () => {
    expect(classify(row('2013-12-31'), '2013-12-31')).toMatchObject({ status: 'not-yet-due', daysLeft: 0, daysOverdue: 0 })
    expect(classify(row('2013-12-31'), '2014-01-01')).toMatchObject({ status: 'overdue', daysOverdue: 1, daysLeft: null })
  })
  it('counts days overdue and days left', () => {
    expect(classify(row('2013-11-30'), '2013-12-31')).toMatchObject({ status: 'overdue', daysOverdue: 31 })
    expect(classify(row('2014-09-30'), '2013-12-31')).toMatchObject({ status: 'not-yet-due', daysLeft: 273 })
  })
  it('without a status entry every task is not done; no deadline is its own category', () => {
    expect(classify(row(null), '2013-12-31').status).toBe('no-deadline')
  })
  it('a done date on or before the deadline is on time, after it is late by so many days', () => {
    expect(classify(row('2013-11-30'), '2013-12-31', { id: 'x', done: '2013-11-30', note: '' }).status).toBe('done-on-time')
    expect(classify(row('2013-11-30'), '2013-12-31', { id: 'x', done: '2013-12-05', note: 'trễ' })).toMatchObject({ status: 'done-late', daysOverdue: 5, note: 'trễ', done: '2013-12-05' })
    expect(classify(row(null), '2013-12-31', { id: 'x', done: '2013-06-01', note: '' }).status).toBe('done-on-time')
  })
  it('a done date after the as-of date is not known yet on that date', () => {
    expect(classify(row('2013-11-30'), '2013-12-31', { id: 'x', done: '2014-01-10', note: '' })).toMatchObject({ status: 'overdue', done: null })
    expect(classify(row('2013-11-30'), '2014-02-01', { id: 'x', done: '2014-01-10', note: '' }).status).toBe('done-late')
  })
  it('a status entry with no done date leaves the task not done', () => {
    expect(classify(row('2013-11-30'), '2013-12-31', { id: 'x', done: null, note: 'đang làm' })).toMatchObject({ status: 'overdue', note: 'đang làm' })
  })
})

describe('isListed', () => {
  it('lists overdue and due-that-day tasks, not later ones nor done ones', () => {
    const rs = classifyAll([row('2013-11-30'), row('2013-12-31'), row('2014-09-30'), row(null)], '2013-12-31')
    expect(rs.filter(isListed).map((r) => r.deadline)).toEqual(['2013-11-30', '2013-12-31'])
  })
})

describe('summarize', () => {
  const classified = classifyAll(taskRows(fixtureDocs()), '2013-12-31', new Map([['kh-a-1', { id: 'kh-a-1', done: '2013-12-02', note: '' }]]))

  it('per lead body, most overdue first, then a total that counts each task once', () => {
    const s = summarize(classified, 'agency')
    expect(s[0]).toEqual({ group: 'Sở Nội vụ', total: 1, doneOnTime: 0, doneLate: 0, notYetDue: 0, overdue: 1, noDeadline: 0 })
    const btc = s.find((r) => r.group === 'Ban Tổ chức Tỉnh ủy')
    expect(btc).toEqual({ group: 'Ban Tổ chức Tỉnh ủy', total: 3, doneOnTime: 0, doneLate: 1, notYetDue: 2, overdue: 0, noDeadline: 0 })
    const total = s[s.length - 1]
    expect(total.group).toBe(TOTAL)
    expect(total.total).toBe(classified.length)
    expect(total.doneLate + total.doneOnTime + total.notYetDue + total.overdue + total.noDeadline).toBe(total.total)
  })

  it('a task with no lead is counted under (no lead); a task with two leads under each', () => {
    const rs = classifyAll([row('2013-11-30', []), row('2013-11-30', ['A', 'B'])], '2013-12-31')
    const s = summarize(rs, 'agency')
    expect(s.map((r) => [r.group, r.overdue])).toEqual([['A', 1], ['B', 1], [NO_LEAD, 1], [TOTAL, 2]])
  })

  it('per file', () => {
    const s = summarize(classified, 'file')
    expect(s.map((r) => [r.group, r.total])).toEqual([['chi-thi-b.txt', 2], ['ke-hoach-a.txt', 6], [TOTAL, 8]])
  })
})
