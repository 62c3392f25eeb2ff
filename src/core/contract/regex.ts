// V8 runs a regex's first match in its bytecode interpreter and compiles it to machine code only for the second. The
// grammar's regexes read large Unicode classes (\p{L}, \p{N}) and case-folded Vietnamese alternations, which the
// interpreter reads slowly: a first match on a line of text costs milliseconds (the test for a cited document before
// a date, 25–35 ms), and a one-file run pays it for each of some sixty regexes. One match of the empty string costs
// little to interpret and makes the first real match run compiled code. V8 shares a regex's compiled forms by source
// and flags, so a warmed regex also warms every other RegExp with the same text. What matches is unchanged.

/** `re`, matched once against the empty string (its lastIndex left at 0). */
export function warm<R extends RegExp>(re: R): R {
  re.test('')
  re.lastIndex = 0
  return re
}

/** Each of `res`, warmed. */
export function warmAll(...res: RegExp[]): void {
  for (const re of res) warm(re)
}

/** An hour as a pattern's source: "07h45", "8 giờ 40 phút", "11h00'" (the hour, then its minutes if any). */
export const HOUR = String.raw`\d{1,2}\s*(?:giờ|[hg](?!\p{L}))\s*(?:\d{1,2}\s*(?:phút|p(?!\p{L})|['’′])?)?`
