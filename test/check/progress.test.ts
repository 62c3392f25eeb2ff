// The progress bar: nothing off a terminal, nothing during the first second, then a bar that is erased at the end.
import { describe, expect, it } from 'vitest'
import { createProgress } from '../../src/check/progress.js'

function stream(isTTY: boolean) {
  let text = ''
  return { write: (s: string) => (text += s), isTTY, columns: 80, text: () => text }
}

describe('progress', () => {
  it('writes nothing when standard error is not a terminal', () => {
    const s = stream(false)
    let t = 0
    const p = createProgress(s, () => t)
    t = 5000
    p.update(5, 10)
    p.done()
    expect(s.text()).toBe('')
  })
  it('waits a second, then draws the count, and erases the bar when done', () => {
    const s = stream(true)
    let t = 0
    const p = createProgress(s, () => t)
    t = 500
    p.update(1, 10)
    expect(s.text()).toBe('')
    t = 1500
    p.update(5, 10)
    expect(s.text()).toContain('5/10 documents')
    t = 1550
    p.update(6, 10)
    expect(s.text()).not.toContain('6/10')
    p.update(10, 10)
    expect(s.text()).toContain('10/10')
    p.done()
    expect(s.text().endsWith('\r\x1b[2K')).toBe(true)
  })
  it('leaves no trace when the run was short', () => {
    const s = stream(true)
    const p = createProgress(s, () => 0)
    p.update(10, 10)
    p.done()
    expect(s.text()).toBe('')
  })
  it('takes a label, and erases the bar when the run is interrupted', () => {
    const s = stream(true)
    let t = 0
    let interrupt: (() => void) | null = null
    const p = createProgress(s, () => t, 1000, { label: 'reading', onInterrupt: (erase) => ((interrupt = erase), () => (interrupt = null)) })
    t = 2000
    p.update(3, 10)
    expect(s.text()).toContain('reading [')
    interrupt!()
    expect(s.text().endsWith('\r\x1b[2K')).toBe(true)
    p.done()
    expect(interrupt).toBeNull()
  })
})
