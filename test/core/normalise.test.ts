import { describe, expect, it } from 'vitest'
import { normalise } from '../../src/core/read/normalise.js'

describe('normalise', () => {
  it('reports the lines written decomposed: how many, and the first', () => {
    const nfd = 'Hoàn thành'.normalize('NFD')
    const n = normalise(`Kế hoạch\n${nfd}\nxong\n${nfd} trước`)
    expect(n.lines).toEqual(['Kế hoạch', 'Hoàn thành', 'xong', 'Hoàn thành trước'])
    expect(n.diagnostics).toMatchObject([{ code: 'unicode-normalised', line: 2, message: 'decomposed Unicode normalised to NFC (2 lines, first at line 2)' }])
  })

  it('says nothing of a text already composed', () => {
    expect(normalise('Kế hoạch\r\nHoàn thành').diagnostics).toEqual([])
  })
})

describe('normalise: a page\'s paragraphs copied with their HTML escapes', () => {
  it('"<p>C&ocirc;ng văn n&ecirc;u r&otilde; …": the characters the references stand for, without the inline tags, each line in its place', () => {
    const n = normalise('Tiêu đề\n<p><span style="font-family:&quot;Times New Roman&quot;">C&ocirc;ng văn n&ecirc;u r&otilde;, đ&atilde; c&#243; &#x1EA1;</span></p>\nDòng ba')
    expect(n.lines).toEqual(['Tiêu đề', ' Công văn nêu rõ, đã có ạ ', 'Dòng ba'])
  })
  it('a letter given by its reference with its tone mark after it ("y&ecirc;u c&acirc;\u0300u") is one letter: the words read composed', () => {
    const n = normalise('<p>Sở N&ocirc;ng nghi&ecirc;\u0323p y&ecirc;u c&acirc;\u0300u ti&ecirc;\u0301p tục</p>')
    expect(n.lines).toEqual([' Sở Nông nghiệp yêu cầu tiếp tục '])
    expect(n.lines[0]).toBe(n.lines[0].normalize('NFC'))
  })
  it('not a lone reference ("Sở KH&amp;ĐT"), nor tags with no reference ("… 2021-2025. <br>"), nor an unknown name', () => {
    expect(normalise('Sở KH&amp;ĐT chủ trì').lines).toEqual(['Sở KH&amp;ĐT chủ trì'])
    expect(normalise('- Giải pháp phát triển. <br>').lines).toEqual(['- Giải pháp phát triển. <br>'])
    expect(normalise('a &notaname; b &ocirc; c &agrave;').lines).toEqual(['a &notaname; b ô c à'])
  })
})

describe('normalise: a font that maps ư to ƣ', () => {
  it('reads ƣ and Ƣ as ư and Ư in Vietnamese text, at the same columns, and notes it once', () => {
    const n = normalise('Sở Công Thƣơng\nƢu tiên trƣớc ngày 30/6/2027')
    expect(n.text).toBe('Sở Công Thương\nƯu tiên trước ngày 30/6/2027')
    expect(n.diagnostics).toEqual([expect.objectContaining({ code: 'reader-note', line: 1, column: 11 })])
  })
  it('leaves ƣ alone in a text with no letter only Vietnamese writes', () => {
    expect(normalise('ƣ and Ƣ').text).toBe('ƣ and Ƣ')
  })
})

describe('normalise: Cyrillic letters that look like Latin ones', () => {
  it('reads them as Latin inside a word with Latin letters, a number\'s slashes and hyphens included, at the same columns', () => {
    const n = normalise('Nghị định số 40/2026/NĐ-СР ngày 02/02/2026 củа Chính phủ')
    expect(n.text).toBe('Nghị định số 40/2026/NĐ-CP ngày 02/02/2026 của Chính phủ')
    expect(n.diagnostics).toEqual([expect.objectContaining({ code: 'reader-note', line: 1, column: 14 })])
  })
  it('leaves a word all in Cyrillic as it is', () => {
    expect(normalise('Москва và Hà Nội').text).toBe('Москва và Hà Nội')
    expect(normalise('Москва và Hà Nội').diagnostics).toEqual([])
  })
})

