// Option values shared by several commands, checked the same way everywhere.
import { isLang, LANGS, type Lang } from '../../report/labels.js'
import { UserError } from '../io.js'

/** --lang: vi (the default) or en; a region (vi-VN, en_US) is accepted and dropped. */
export function langOption(v: string | undefined): Lang {
  if (v === undefined) return 'vi'
  const l = v.toLowerCase().split(/[-_]/)[0]
  if (!isLang(l)) throw new UserError(`unknown --lang "${v}" (one of ${LANGS.join(', ')})`)
  return l
}
