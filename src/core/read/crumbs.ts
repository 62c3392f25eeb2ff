// A document a crawler stored in chunks keeps each chunk's path before its first line: "Quyết định 435/QĐ-UBND năm
// 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG HOẠT ĐỘNG". The path is not the text: past the first time each step
// of it is written, it is blanked (with spaces, so that every column holds), and the heading it hid begins its line.

/** A step of such a path: an act's name with its number ("Quyết định 435/QĐ-UBND năm 2020"), or a title in capitals. */
// (a title in capitals opens with a capital: "       1. Sở Công Thương", an item indented by its spaces, is no path)
const STEP = /^(?:\p{Lu}[\p{L} ]{1,30}? \d{1,5}\/[\p{L}\p{N}/&-]+(?: năm \d{4})?|\p{Lu}[\p{Lu}\d ,–-]{7,119}?)\. (?=\S)/u

/** How many lines must open with the same step before it is taken for a path. */
const AT_LEAST = 3

export function withoutCrumbs(lines: string[]): string[] {
  let out: string[] | null = null
  // where each line's text begins once the steps found so far are blanked
  const from = new Map<number, number>()
  for (let level = 0; level < 3; level++) {
    const seen = new Map<string, number[]>()
    ;(out ?? lines).forEach((l, i) => {
      const m = STEP.exec(l.slice(from.get(i) ?? 0))
      // (a step of capitals is no numbered heading's own title: "II. NỘI DUNG" is the heading, not a path)
      if (m && !/^[IVXLC\d]{1,6}\.\s$/u.test(m[0])) seen.set(m[0], [...(seen.get(m[0]) ?? []), i])
    })
    const paths = [...seen].filter(([, at]) => at.length >= AT_LEAST)
    if (!paths.length) break
    out ??= lines.slice()
    for (const [step, at] of paths)
      for (const i of at.slice(1)) {
        const start = from.get(i) ?? 0
        out[i] = out[i].slice(0, start) + ' '.repeat(step.length) + out[i].slice(start + step.length)
        from.set(i, start + step.length)
      }
    // (the first line that carries a step keeps it: it is where the document or its attachment begins)
    for (const [step, at] of paths) from.set(at[0], (from.get(at[0]) ?? 0) + step.length)
  }
  return out ?? lines
}
