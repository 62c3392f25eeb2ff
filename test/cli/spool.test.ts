// The spool `plan check` keeps its reports in: what is written is read back whole and in order, from memory or a file.
import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import { Spool } from '../../src/cli/output.js'

const ours = () => readdirSync(tmpdir()).filter((f) => f.startsWith(`plan-${process.pid}-`))

describe('Spool', () => {
  it('keeps small text in memory', () => {
    const s = new Spool()
    for (const p of ['a', '', 'bệ', 'c\n']) s.write(p)
    expect([...s.read()].join('')).toBe('abệc\n')
    s.drop()
  })
  it('moves to a file past its limit and reads it back, a character split between two reads made whole', () => {
    const s = new Spool(10)
    const pieces: string[] = []
    // three-byte characters past the 1 MiB read size: one of them straddles the boundary
    for (let i = 0; i < 40; i++) pieces.push(`${i}:` + 'ệ'.repeat(12_000) + '\n')
    for (const p of pieces) s.write(p)
    const back = [...s.read()]
    expect(back.length).toBeGreaterThan(1)
    expect(back.join('')).toBe(pieces.join(''))
    // read again: the same
    expect([...s.read()].join('')).toBe(pieces.join(''))
    s.drop()
    expect(ours()).toEqual([])
  })
})
