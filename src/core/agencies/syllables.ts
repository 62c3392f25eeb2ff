// Words a PDF ran together. Some PDFs lose the space after a letter that carries a mark ("Ban Thường vụĐảng uỷ",
// "kỹthuật", "chủtrì"): their font gives such a letter a width that swallows the gap. A Vietnamese word is one
// syllable — an onset, a vowel nucleus with at most one tone, a coda — so a run of letters that is no syllable, and
// reads as syllables when cut right after marked letters, is several words. The text keeps its letters as written (a
// task's text is verbatim); only the finder's tokens are cut, and a name read across a cut is written with a space.

/** The initial consonants, longest first. */
const ONSET = '(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])'
/** The vowels, bare and with each tone. */
const VOWEL = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ'
/** One syllable, lower case: an optional onset, one to three vowels, an optional final consonant. */
const SYLLABLE = new RegExp(`^${ONSET}?[${VOWEL}]{1,3}(?:ch|ng|nh|[cmnpt])?$`)
/** A vowel with a tone mark: a syllable has one at most. */
const TONED = /[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/g
/** The small letters with a mark of any kind (the space after one is the one some PDFs lose). */
export const MARKED_LETTERS = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ'
const MARKED = new RegExp(`[${MARKED_LETTERS}]`)
const MARKED_ANYWHERE = new RegExp(MARKED.source, 'i')
const LOWER = /\p{Ll}/u
/** Letters only, all capitals: an abbreviation ("UBND") that a lost space joined to the word before it. */
const CAPS = /^\p{Lu}+$/u

function isSyllable(low: string): boolean {
  if (!SYLLABLE.test(low)) return false
  TONED.lastIndex = 0
  let tones = 0
  while (TONED.exec(low)) if (++tones > 1) return false
  return true
}

/**
 * Where a word that a lost space joined to the next one falls apart: the offsets, inside `word`, at which each piece
 * after the first starts, or null when the word is one syllable (or is not Vietnamese: no marked letter, or no cut
 * leaves syllables). A cut comes only right after a marked letter; among cuts, the earliest that lets the rest read
 * as syllables is taken ("bịnội" is "bị nội", not "bịn ội"). An abbreviation in capitals right after a marked small
 * letter is a piece of its own ("uỷUBND").
 */
export function joinedCuts(word: string): number[] | null {
  if (word.length < 3 || !MARKED_ANYWHERE.test(word)) return null
  const low = word.toLowerCase()
  if (low.length !== word.length || isSyllable(low)) return null
  const n = word.length
  const cuts: number[] = []
  const memo = new Map<number, boolean>()
  // the pieces from `i` on, appended to cuts; false (cuts unchanged) when they do not read as syllables
  const from = (i: number): boolean => {
    const known = memo.get(i)
    if (known === false) return false
    let ok = false
    if (isSyllable(low.slice(i)) || (i > 0 && CAPS.test(word.slice(i)) && LOWER.test(word[i - 1]))) ok = true
    else
      for (let j = i + 1; j < n && !ok; j++) {
        if (!MARKED.test(low[j - 1]) || !isSyllable(low.slice(i, j))) continue
        cuts.push(j)
        if (from(j)) ok = true
        else cuts.pop()
      }
    memo.set(i, ok)
    return ok
  }
  return from(0) && cuts.length ? cuts : null
}

const SPACE_AFTER_MARKED = new RegExp(`(${MARKED.source})(?: |\\\\s\\+)`, 'g')

/**
 * A pattern's source in which a space right after a marked letter may be missing, as in a PDF that lost it:
 * `withLostSpaces('chủ trì')` matches "chủ trì" and "chủtrì". (For the few fixed phrases that label a field; running
 * text is read through the finder's tokens, which cut such words apart.)
 */
export function withLostSpaces(source: string): string {
  return source.replace(SPACE_AFTER_MARKED, '$1\\s*')
}

const WORD = /\p{L}{3,}/gu

/** Where, in `text`, a PDF lost a space after a marked letter: the offsets of the letters a space should precede. */
export function lostSpaces(text: string): number[] {
  const at: number[] = []
  for (const m of text.matchAll(WORD)) {
    const cuts = joinedCuts(m[0])
    if (cuts) for (const c of cuts) at.push(m.index + c)
  }
  return at
}

/**
 * The text with a space put back wherever a PDF lost one after a marked letter ("Đồng thời, đềnghịbổsung Nghị quyết …"
 * reads "đề nghị bổ sung"), for a grammar's cue to be seen; the same text when no word ran into the next.
 */
export function spacesPutBack(text: string): string {
  const at = lostSpaces(text)
  if (!at.length) return text
  let out = ''
  let from = 0
  for (const a of at) {
    out += text.slice(from, a) + ' '
    from = a
  }
  return out + text.slice(from)
}
