import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readDoc } from '../../src/core/read/doc.js'
import { ReadError } from '../../src/core/read/types.js'
import { makeDocx, p } from './make-docx.js'

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

async function readError(bytes: Uint8Array): Promise<ReadError> {
  try {
    await readDoc(bytes)
  } catch (e) {
    if (e instanceof ReadError) return e
    throw e
  }
  throw new Error('no error thrown')
}

describe('readDoc: errors', () => {
  it('bytes that are not an OLE compound file are corrupt', async () => {
    expect((await readError(new TextEncoder().encode('just text, not a Word file'))).code).toBe('corrupt')
    expect((await readError(makeDocx({ body: p('x') }))).code).toBe('corrupt')
  })

  it('an OLE header followed by garbage is corrupt', async () => {
    const bytes = Uint8Array.from([...OLE, ...Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)])
    expect((await readError(bytes)).code).toBe('corrupt')
  })

  it('a password-protected .docx saved under .doc (OLE with an EncryptedPackage stream) is encrypted', async () => {
    const bytes = Uint8Array.from([...OLE, ...new Uint8Array(100), ...Buffer.from('EncryptedPackage', 'utf16le')])
    expect((await readError(bytes)).code).toBe('encrypted')
  })
})

const originals = new URL('../../../shared/corpus/originals/', import.meta.url)
const hasOriginals = existsSync(originals)
const original = (name: string): Buffer => readFileSync(new URL(name, originals))

/** The WordDocument stream starts a sector with the FIB's magic number 0xA5EC. */
function fibOffset(bytes: Uint8Array): number {
  for (let i = 512; i + 12 < bytes.length; i += 512) if (bytes[i] === 0xec && bytes[i + 1] === 0xa5) return i
  return -1
}

describe.skipIf(!hasOriginals)(`readDoc: real originals${hasOriginals ? '' : ' (skipped: ../shared/corpus/originals is not there)'}`, () => {
  const files = hasOriginals ? readdirSync(originals).filter((f) => f.endsWith('.doc')) : []
  it('there are .doc originals', () => expect(files.length).toBeGreaterThan(0))
  for (const f of files) {
    it(`${f} reads into lines`, async () => {
      const doc = await readDoc(original(f))
      expect(doc.format).toBe('doc')
      expect(doc.lines.filter((l) => l.trim() !== '').length).toBeGreaterThan(10)
      // no Word control characters and none of our markers are left
      expect(doc.lines.join('\n')).not.toMatch(/[\x00-\x08\x0b-\x1f\uE000-\uE002]/)
    })
  }

  it('vbai-bf8161b30b98.doc: the letterhead table is one row of two cells, each cell its paragraphs joined by " / "', async () => {
    const { lines } = await readDoc(original('vbai-bf8161b30b98.doc'))
    const [left, right] = lines[0].split('\t')
    expect(lines[0].split('\t')).toHaveLength(2)
    expect(left).toMatch(/^ỦY BAN NHÂN DÂN \/ TỈNH BÌNH THUẬN \/ Số: +\/UBND-NCKSTTHC \/ V\/v triển khai Công điện số 131/)
    expect(right).toMatch(/^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \/ Độc lập - Tự do - Hạnh phúc \/ Bình Thuận, ngày +tháng 12 năm 2024$/)
    expect(lines).toContain('1. Giao Sở Tư pháp:')
    expect(lines.some((l) => /^Nơi nhận: \/ - Như trên; \/ .*\tCHỦ TỊCH \/ Đoàn Anh Dũng$/.test(l))).toBe(true)
  })

  it('a .doc whose FIB says it is encrypted is encrypted', async () => {
    const bytes = Uint8Array.from(original('vbai-bf8161b30b98.doc'))
    const fib = fibOffset(bytes)
    expect(fib).toBeGreaterThan(0)
    bytes[fib + 0xb] |= 0x01 // fEncrypted, bit 8 of the flags word at 0xA
    expect((await readError(bytes)).code).toBe('encrypted')
  })

  it('a truncated .doc fails as a ReadError, never hangs', async () => {
    const bytes = original('vbai-f6dd20392f8f.doc')
    for (const size of [600, 4096, Math.floor(bytes.length / 2)]) {
      const result = await readDoc(bytes.subarray(0, size)).then(
        () => 'read',
        (e: unknown) => (e instanceof ReadError ? e.code : 'other error'),
      )
      expect(['read', 'corrupt']).toContain(result)
    }
  })
})
