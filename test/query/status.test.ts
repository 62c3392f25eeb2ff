import { describe, expect, it } from 'vitest'
import { readCsv } from '../../src/query/csv-read.js'
import { mergeStarter, parseStatus, STATUS_COLUMNS } from '../../src/query/status.js'
import { taskRows } from '../../src/query/rows.js'
import { fixtureDocs } from './docs.js'

const rows = taskRows(fixtureDocs())

describe('parseStatus (CSV)', () => {
  it('reads id, done date (either date form) and note; an empty done date is not done', () => {
    const { entries, problems } = parseStatus('\uFEFFid,done,note\r\nkh-a-1,2013-11-20,xong\r\nkh-a-2,,"đang làm, chờ ý kiến"\r\nct-b-1,05/03/2014,\r\n', 'csv')
    expect(problems).toEqual([])
    expect(entries.get('kh-a-1')).toEqual({ id: 'kh-a-1', done: '2013-11-20', note: 'xong' })
    expect(entries.get('kh-a-2')).toEqual({ id: 'kh-a-2', done: null, note: 'đang làm, chờ ý kiến' })
    expect(entries.get('ct-b-1')?.done).toBe('2014-03-05')
  })
  it('accepts semicolons (Excel in a Vietnamese locale), columns in any order, Vietnamese headers', () => {
    const { entries } = parseStatus('Ghi chú;Mã;Ngày hoàn thành\nđã báo cáo;kh-a-1;30/11/2013\n', 'csv')
    expect(entries.get('kh-a-1')).toEqual({ id: 'kh-a-1', done: '2013-11-30', note: 'đã báo cáo' })
  })
  it('reports a bad date and a repeated id with their lines', () => {
    const { problems } = parseStatus('id,done\nkh-a-1,yesterday\nkh-a-2,\nkh-a-2,2013-12-01\n', 'csv')
    expect(problems).toEqual([
      { line: 2, message: expect.stringContaining('"yesterday"') },
      { line: 4, message: expect.stringContaining('already listed on 3') },
    ])
  })
  it('needs a header naming id and done', () => {
    expect(parseStatus('kh-a-1,2013-11-20\n', 'csv').problems[0].line).toBe(1)
  })
})

describe('parseStatus (JSON)', () => {
  it('reads an array, {tasks: [...]} and an object keyed by id', () => {
    for (const text of [
      '[{"id":"kh-a-1","done":"2013-11-20","note":"xong"}]',
      '{"tasks":[{"id":"kh-a-1","done":"20/11/2013","note":"xong"}]}',
      '{"kh-a-1":{"done":"2013-11-20","note":"xong"}}',
    ]) {
      const { entries, problems } = parseStatus(text, 'json')
      expect(problems, text).toEqual([])
      expect(entries.get('kh-a-1'), text).toEqual({ id: 'kh-a-1', done: '2013-11-20', note: 'xong' })
    }
  })
  it('a null done date is not done; invalid JSON is a problem', () => {
    expect(parseStatus('[{"id":"a","done":null}]', 'json').entries.get('a')?.done).toBeNull()
    expect(parseStatus('[{', 'json').problems).toHaveLength(1)
  })
})

describe('mergeStarter', () => {
  it('a new CSV starter has a BOM, our header and one row per task with an empty done date', () => {
    const { text, added, kept } = mergeStarter(null, 'csv', rows)
    expect(text.startsWith('\uFEFFid,done,note,')).toBe(true)
    expect([added, kept]).toEqual([8, 0])
    const csv = readCsv(text)
    expect(csv.header).toEqual([...STATUS_COLUMNS])
    expect(csv.rows.map((r) => r.cells[0])).toEqual(rows.map((r) => r.id))
    expect(csv.rows.every((r) => r.cells[1] === '')).toBe(true)
    // the task text that starts with "+" or "@" is guarded, and reads back as it was
    expect(text).toContain("'+ Hướng dẫn")
    expect(csv.rows[2].cells[7]).toBe(rows[2].text)
  })

  it('round trip: what a person recorded survives a re-run byte for byte, and only new ids are appended', () => {
    const first = mergeStarter(null, 'csv', rows.slice(0, 3)).text
    // a person fills in two rows
    const edited = first.replace('kh-a-1,,', 'kh-a-1,2013-11-20,"xong, đã báo cáo"').replace('kh-a-2,,', 'kh-a-2,,-chưa xong')
    const { text, added, kept } = mergeStarter(edited, 'csv', rows)
    expect([added, kept]).toEqual([5, 3])
    expect(text.startsWith(edited)).toBe(true)
    const { entries, problems } = parseStatus(text, 'csv')
    expect(problems).toEqual([])
    expect(entries.get('kh-a-1')).toEqual({ id: 'kh-a-1', done: '2013-11-20', note: 'xong, đã báo cáo' })
    expect(entries.get('kh-a-2')?.note).toBe('-chưa xong')
    expect(entries.size).toBe(8)
    expect(mergeStarter(text, 'csv', rows)).toMatchObject({ text, added: 0, kept: 8 })
  })

  it('appends in the existing file’s own columns, delimiter and line ends', () => {
    const existing = 'note;id;done\nxong;kh-a-1;2013-11-20\n'
    const { text } = mergeStarter(existing, 'csv', rows.slice(0, 2))
    expect(text).toBe(existing + ';kh-a-2;\n')
  })

  it('refuses to touch a file it cannot read as a status file', () => {
    expect(() => mergeStarter('hello world\n', 'csv', rows)).toThrow(/id/)
    expect(() => mergeStarter('[{', 'json', rows)).toThrow()
  })

  it('JSON keeps every existing entry and appends the missing ids, in the file’s own shape', () => {
    const arr = mergeStarter('[{"id":"kh-a-1","done":"2013-11-20","note":"xong","extra":1}]', 'json', rows)
    const list = JSON.parse(arr.text)
    expect(list[0]).toEqual({ id: 'kh-a-1', done: '2013-11-20', note: 'xong', extra: 1 })
    expect(list).toHaveLength(8)
    expect(list[1]).toMatchObject({ id: 'kh-a-2', done: null, note: '' })
    const map = JSON.parse(mergeStarter('{"kh-a-1":{"done":"2013-11-20"}}', 'json', rows).text)
    expect(map['kh-a-1']).toEqual({ done: '2013-11-20' })
    expect(Object.keys(map)).toHaveLength(8)
    expect(parseStatus(arr.text, 'json').entries.get('kh-a-1')?.done).toBe('2013-11-20')
  })
})

describe('parseStatus: what csv-parse and the calendar tell (issue 12)', () => {
  it('a stray quote is an error with the line it is on, not rows silently swallowed', () => {
    expect(parseStatus('id,done,note\nkh-a-1,,"not closed\nkh-a-2,2013-11-20,x\n', 'csv').problems).toEqual([{ line: 2, message: expect.stringContaining('never closed') }])
    expect(parseStatus('id,done,note\nkh-a-1,,x\nkh-a-2,,"closed"then text\n', 'csv').problems).toEqual([{ line: 3, message: expect.stringContaining('after the closing quote') }])
    expect(parseStatus('id,done,note\nkh-a-1,,nói "xong"\n', 'csv').problems).toEqual([{ line: 2, message: expect.stringContaining('put the whole cell in quotes') }])
  })
  it('a date in the right form that names no day says it does not exist', () => {
    const { problems } = parseStatus('id,done\nkh-a-1,31/02/2013\nkh-a-2,2013-13-01\nkh-a-3,29/02/2012\n', 'csv')
    expect(problems).toEqual([
      { line: 2, message: 'done date "31/02/2013" does not exist: 02/2013 has 28 days' },
      { line: 3, message: 'done date "2013-13-01" does not exist: there is no month 13' },
    ])
  })
  it('mergeStarter refuses a file with a stray quote instead of appending to a misread file', () => {
    expect(() => mergeStarter('id,done,note\nkh-a-1,,"oops\n', 'csv', rows)).toThrow(/line 2/)
  })
})
