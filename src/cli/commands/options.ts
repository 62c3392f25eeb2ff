// Option values shared by several commands, checked the same way everywhere.
import { isLang, LANGS, type Lang } from '../../report/labels.js'
import { UserError } from '../io.js'
import { safeText } from '../../shared/sanitize.js'

/** --lang: vi (the default) or en; a region (vi-VN, en_US) is accepted and dropped. */
export function langOption(v: string | undefined): Lang {
  if (v === undefined) return 'vi'
  const l = v.toLowerCase().split(/[-_]/)[0]
  if (!isLang(l)) throw new UserError(`unknown --lang "${v}" (one of ${LANGS.join(', ')})`)
  return l
}

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }

/** --max-size: bytes, or a number with K, M or G (KiB, MiB, GiB: 64M, 1.5G, 200MiB); more than zero. */
export function sizeOption(v: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$/i.exec(v)
  const bytes = m ? Math.floor(Number(m[1]) * UNITS[m[2].toLowerCase()]) : NaN
  if (!(bytes > 0) || !Number.isSafeInteger(bytes)) throw new UserError(`--max-size "${safeText(v)}": expected a size such as 64M, 500K or 2G`)
  return bytes
}
