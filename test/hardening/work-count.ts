// Work measured by counting, never by a clock: shared by the linear-time tests. Every regular-expression match run
// while a function runs is counted by the characters it scanned, so the count of the same call is the same on a quiet
// machine and on a loaded CI runner, and work that reads the text so far again for each line grows as the square of it.

/** Characters one exec() scanned: up to the end of its match, or to the end of the text when it found none. */
function scanned(re: RegExp, text: string, from: number, found: RegExpExecArray | null): number {
  if (found) return found.index + found[0].length - from + 1
  // a sticky expression, or one anchored at the start of the text, that fails tries one place only
  return re.sticky || (re.source.startsWith('^') && !re.multiline) ? 1 : text.length - from + 1
}

/**
 * The characters every regular expression scanned while `f` ran. RegExp.prototype.exec is wrapped for the call (test,
 * match, matchAll, replace, split and search all run through it once it is not the built-in), and restored after.
 */
export function regexWork(f: () => void): number {
  const exec = RegExp.prototype.exec
  let count = 0
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    const s = String(text)
    const from = this.global || this.sticky ? Math.min(this.lastIndex, s.length) : 0
    const found = exec.call(this, s)
    count += scanned(this, s, from, found)
    return found
  }
  try {
    f()
  } finally {
    RegExp.prototype.exec = exec
  }
  return count
}

/** How many times the work of `small` the work of `large` is. */
export const workRatio = (small: () => void, large: () => void): number => regexWork(large) / Math.max(regexWork(small), 1)
