// The status file as bytes: read with the documents' decoder, new rows inserted into the file's own bytes in its own
// encoding, and a file that cannot be read for certain refused (issue 12, data loss).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeStatus, encodeCp1258, encodeStatus, mergeStarter, mergeStatusBytes, parseStatus, StatusFileError, type StatusEncoding } from '../../src/query/status.js'
import { taskRows, type TaskRow } from '../../src/query/rows.js'
import { decodeLegacy } from '../../src/core/read/legacy.js'
import { fixtureDocs } from './docs.js'

const rows = taskRows(fixtureDocs())
const NOTE = 'đã xong; có "trích dẫn"'
const RECORDED = `id,done,note\r\nkh-a-1,2013-11-20,"${NOTE.replace(/"/g, '""')}"\r\nkh-a-2,,Đã báo cáo Thường trực Tỉnh ủy\r\n`

const ids = (text: string) => [...parseStatus(text, 'csv').entries.keys()]
const prefixed = (whole: Uint8Array, start: Uint8Array) => Buffer.from(whole.subarray(0, start.length)).equals(Buffer.from(start))

describe('decodeStatus', () => {
  it('reads a Windows-1258 CSV (as Excel may save it) as the Vietnamese it holds', () => {
    const bytes = encodeCp1258(RECORDED)
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    expect(decodeStatus(bytes, 'csv')).toEqual({ text: RECORDED, encoding: 'cp1258' })
    expect(parseStatus(decodeStatus(bytes, 'csv').text, 'csv').entries.get('kh-a-1')?.note).toBe(NOTE)
  })

  it('writes every Vietnamese letter in Windows-1258, the ones with a dot below and a circumflex or breve too', () => {
    // canonical decomposition puts the dot below before the circumflex (ộ = o U+0323 U+0302): the tone is not the last mark
    const letters = 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY'.split('').flatMap((b) => ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'].map((t) => (b + t).normalize('NFC')))
    const text = `${letters.join('')} đĐ nội bộ, Sở Truyền thông, Tặng thưởng`
    const bytes = encodeCp1258(text)
    expect(bytes).not.toContain(0x3f)
    expect(decodeLegacy(bytes, 'cp1258')!.text).toBe(text)
  })

  it('reads UTF-16 with either BOM, and UTF-8 with or without one', () => {
    for (const enc of ['utf16le', 'utf16be', 'utf8-bom', 'utf8'] as const) expect(decodeStatus(encodeStatus(RECORDED, enc), 'csv')).toEqual({ text: RECORDED, encoding: enc })
  })

  it('refuses, naming why, what it cannot read for certain: UTF-32, UTF-16 without a BOM, bytes in no known encoding, JSON not in UTF-8', () => {
    const refused = (b: Uint8Array, f: 'csv' | 'json' = 'csv') => {
      try {
        decodeStatus(b, f)
      } catch (e) {
        expect(e).toBeInstanceOf(StatusFileError)
        return (e as Error).message
      }
      throw new Error('not refused')
    }
    expect(refused(Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('i\0\0\0d\0\0\0')]))).toMatch(/UTF-32/)
    expect(refused(Buffer.from(RECORDED, 'utf16le'))).toMatch(/NUL bytes \(UTF-16 without a BOM\?\)/)
    expect(refused(Buffer.from([0x69, 0x64, 0x0a, 0xc3, 0x28, 0xa0, 0xa1, 0x0a]))).toMatch(/not valid UTF-8 \(line 2\)/)
    expect(refused(encodeCp1258(`[{"id":"kh-a-1","note":"${'đã xong '.repeat(4)}"}]`), 'json')).toMatch(/JSON must be UTF-8/)
  })
})

describe('mergeStatusBytes', () => {
  it('a Windows-1258 file keeps every byte, and the new rows follow in Windows-1258 (issue: 5,142 characters became �)', () => {
    const before = encodeCp1258(RECORDED)
    const { bytes, added, kept, encoding } = mergeStatusBytes(before, 'csv', rows)
    expect([added, kept, encoding]).toEqual([6, 2, 'cp1258'])
    expect(prefixed(bytes, before)).toBe(true)
    const text = decodeLegacy(bytes, 'cp1258')!.text
    expect(text).not.toContain('\uFFFD')
    expect(text.startsWith(RECORDED)).toBe(true)
    expect(ids(text)).toEqual(rows.map((r) => r.id))
    // Vietnamese task text of new rows is written in Windows-1258 too, when the file has a text column
    const withText = mergeStatusBytes(encodeCp1258('id;done;text\r\nkh-a-1;;đã xong\r\n'), 'csv', rows).bytes
    expect(decodeLegacy(withText, 'cp1258')!.text).toContain(";'+ Hướng dẫn tuyên truyền =SUM(A1)")
  })

  it('a UTF-16 file with a BOM gets UTF-16 rows and no duplicates (issue: mojibake with duplicate rows)', () => {
    for (const enc of ['utf16le', 'utf16be'] as const) {
      const before = encodeStatus(RECORDED, enc)
      const { bytes, added } = mergeStatusBytes(before, 'csv', rows)
      expect(added).toBe(6)
      expect(prefixed(bytes, before)).toBe(true)
      const back = decodeStatus(bytes, 'csv')
      expect(back.encoding).toBe(enc)
      expect(ids(back.text)).toEqual(rows.map((r) => r.id))
      expect(mergeStatusBytes(bytes, 'csv', rows)).toMatchObject({ added: 0, kept: 8 })
    }
  })

  it('a file read with the wrong decoder (U+FFFD in it) is never written back', () => {
    const damaged = new TextDecoder().decode(encodeCp1258(RECORDED))
    expect(damaged).toContain('\uFFFD')
    expect(() => mergeStarter(damaged, 'csv', rows)).toThrow(StatusFileError)
  })

  it('JSON: entries are kept as written, numbers beyond a double included (issue: 12345678901234567890 became …7000)', () => {
    const before = '{\n  "tasks": [\n    { "id": "kh-a-1", "done": "2013-11-20", "ref": 12345678901234567890, "ratio": 1.10 }\n  ],\n  "owner": "Văn phòng"\n}\n'
    const { bytes, added } = mergeStatusBytes(Buffer.from(before), 'json', rows)
    const text = Buffer.from(bytes).toString('utf8')
    expect(added).toBe(7)
    expect(text).toContain('"ref": 12345678901234567890, "ratio": 1.10 }')
    expect(text.startsWith(before.slice(0, before.indexOf('}') + 1))).toBe(true)
    expect(text.endsWith('  ],\n  "owner": "Văn phòng"\n}\n')).toBe(true)
    const data = JSON.parse(text)
    expect(data.tasks.map((t: { id: string }) => t.id)).toEqual(rows.map((r) => r.id))
    expect(data.tasks[1]).toMatchObject({ id: 'kh-a-2', done: null, note: '' })
    // the new entries line up with the old ones
    expect(text).toContain('\n    {\n      "id": "kh-a-2",')
  })

  it('JSON in all three shapes, compact or pretty, empty or not, takes every missing id once', () => {
    for (const before of ['[]', '[\n]\n', '{}', '[{"id":"kh-a-1"}]', '{"kh-a-1":{"done":"2013-11-20","big":98765432109876543210}}', '{\r\n  "kh-a-1": {}\r\n}\r\n', '{"tasks":[],"tasks":[{"id":"kh-a-1"}]}']) {
      const text = Buffer.from(mergeStatusBytes(Buffer.from(before), 'json', rows).bytes).toString('utf8')
      const { entries, problems } = parseStatus(text, 'json')
      expect(problems, before).toEqual([])
      expect([...entries.keys()].sort(), before).toEqual(rows.map((r) => r.id).sort())
      if (before.includes('98765432109876543210')) expect(text).toContain('98765432109876543210')
      if (before.includes('\r\n')) expect(text.replace(/\r\n/g, '')).not.toContain('\n')
    }
  })
})

describe('mergeStarter never loses a row (property)', () => {
  const cell = fc.string({ unit: fc.constantFrom('a', 'đ', 'ã', ' ', ',', ';', '"', '\n', '\r\n', "'", '=', '-', 'x', '1') })
  const id = fc.stringMatching(/^[a-z]{1,3}-[0-9]{1,2}$/)
  it('whatever a person wrote in the cells, every recorded row survives byte for byte and every task gets exactly one row', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ id, done: fc.constantFrom('', '2013-11-20', '20/11/2013'), note: cell }), { selector: (r) => r.id, maxLength: 8 }), fc.constantFrom(',', ';'), fc.constantFrom('\n', '\r\n'), fc.constantFrom<StatusEncoding[]>('utf8', 'utf8-bom', 'utf16le', 'utf16be', 'cp1258'), (recorded, sep, eol, enc) => {
        const q = (c: string) => (/[",;\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)
        const text = ['id', 'done', 'note'].join(sep) + eol + recorded.map((r) => [r.id, r.done, q(r.note)].join(sep) + eol).join('')
        const before = enc === 'cp1258' ? encodeCp1258(text) : encodeStatus(text, enc)
        let merged
        try {
          merged = mergeStatusBytes(before, 'csv', rows)
        } catch (e) {
          // refusing is allowed (a Windows-1258 guess that does not hold); losing is not
          expect(e).toBeInstanceOf(StatusFileError)
          return
        }
        expect(prefixed(merged.bytes, before)).toBe(true)
        const after = enc === 'cp1258' ? decodeLegacy(merged.bytes, 'cp1258')!.text : decodeStatus(merged.bytes, 'csv').text
        const { entries } = parseStatus(after, 'csv')
        const was = parseStatus(text, 'csv').entries
        for (const r of recorded) expect(entries.get(r.id)).toEqual(was.get(r.id))
        const all = new Set([...recorded.map((r) => r.id), ...rows.map((r) => r.id)])
        expect(entries.size).toBe(all.size)
      }),
      { numRuns: 150 },
    )
  })

  it('JSON: every recorded entry survives with its values as written', () => {
    const value = fc.oneof(fc.string(), fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map((b) => ({ raw: b.toString() })), fc.constant(null), fc.boolean())
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ id, extra: value }), { selector: (r) => r.id, maxLength: 6 }), fc.constantFrom(0, 2, '\t'), (recorded, indent) => {
        const json = (v: unknown) => (v && typeof v === 'object' && 'raw' in v ? (v as { raw: string }).raw : JSON.stringify(v))
        const nl = indent === 0 ? '' : '\n'
        const pad = indent === 0 ? '' : typeof indent === 'string' ? indent : ' '.repeat(indent)
        const before = `[${nl}${recorded.map((r) => `${pad}{"id": ${JSON.stringify(r.id)}, "extra": ${json(r.extra)}}`).join(',' + nl)}${nl}]`
        const { bytes } = mergeStatusBytes(Buffer.from(before), 'json', rows as TaskRow[])
        const after = Buffer.from(bytes).toString('utf8')
        for (const r of recorded) expect(after).toContain(`{"id": ${JSON.stringify(r.id)}, "extra": ${json(r.extra)}}`)
        const list = JSON.parse(after) as Array<{ id: string }>
        expect(new Set(list.map((e) => e.id)).size).toBe(list.length)
        expect(list.length).toBe(new Set([...recorded.map((r) => r.id), ...rows.map((r) => r.id)]).size)
      }),
      { numRuns: 150 },
    )
  })
})

describe('hostile status files are refused, never written', () => {
  it('JSON nested deeper than the stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000)
    expect(() => mergeStatusBytes(Buffer.from(deep), 'json', rows)).toThrow(StatusFileError)
  })
})
