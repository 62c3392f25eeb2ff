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
