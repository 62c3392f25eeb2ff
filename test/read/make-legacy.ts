// Writes fixtures/read/legacy-{tcvn3,vni,cp1258}.txt: fixtures/read/legacy.expected.txt encoded with the tables of
// lexicon/encodings, the way a legacy Vietnamese editor saved it. test/read/legacy.test.ts checks that the files are
// what this gives; to write them again: PLAN_WRITE_LEGACY=1 npx vitest run test/read/legacy.test.ts
import { readFileSync, writeFileSync } from 'node:fs'
import { tableRows, type LegacyEncoding } from '../../src/core/read/legacy.js'

export const FIXTURES = new URL('../../fixtures/read/', import.meta.url)
export const LEGACY_ENCODINGS: LegacyEncoding[] = ['tcvn3', 'vni', 'cp1258']

function inverse(enc: LegacyEncoding): Map<string, number[]> {
  const map = new Map<string, number[]>()
  for (const r of tableRows(enc)) if (!map.has(r.unicode)) map.set(r.unicode, r.bytes)
  return map
}

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/

/**
 * One character's bytes. TCVN3 has no toned capitals: their lower-case codes, as the .VnTimeH fonts draw them;
 * Windows-1258 writes a toned letter without a code of its own as the base letter and a combining tone mark.
 */
function encodeChar(c: string, inv: Map<string, number[]>, enc: LegacyEncoding): number[] {
  if (c.charCodeAt(0) < 0x80) return [c.charCodeAt(0)]
  const direct = inv.get(c) ?? (enc === 'tcvn3' ? inv.get(c.toLowerCase()) : undefined)
  if (direct) return direct
  const d = c.normalize('NFD')
  const tone = TONE.exec(d)?.[0]
  if (enc === 'cp1258' && tone) return [...encodeChar(d.replace(TONE, '').normalize('NFC'), inv, enc), ...encodeChar(tone, inv, enc)]
  throw new Error(`no ${enc} code for ${c}`)
}

export function encodeLegacy(text: string, enc: LegacyEncoding): Uint8Array {
  const inv = inverse(enc)
  return Uint8Array.from([...text.normalize('NFC')].flatMap((c) => encodeChar(c, inv, enc)))
}

export function expectedText(): string {
  return readFileSync(new URL('legacy.expected.txt', FIXTURES), 'utf8')
}

export function legacyFixtureBytes(): Record<LegacyEncoding, Uint8Array> {
  const text = expectedText()
  return { tcvn3: encodeLegacy(text, 'tcvn3'), vni: encodeLegacy(text, 'vni'), cp1258: encodeLegacy(text, 'cp1258') }
}

export function writeLegacyFixtures(): void {
  for (const [enc, bytes] of Object.entries(legacyFixtureBytes())) writeFileSync(new URL(`legacy-${enc}.txt`, FIXTURES), bytes)
}
