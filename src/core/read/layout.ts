// A letterhead or signature block laid out as a small Word/HTML table ("ỦY BAN NHÂN DÂN / TỈNH X / Số: …" beside
// "CỘNG HÒA … / Độc lập … / X, ngày …") comes out of the readers as one row whose cells hold several paragraphs.
// The structure stage reads such blocks line by line, left column beside right, as text files lay them out: unfold them.

const SEP = ' / '
/** A layout table has two or three columns; a task table has more, or sits among rows like it. */
const MAX_CELLS = 3

export function unfoldLayoutRows(lines: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const cells = lines[i].split('\t')
    const lone = !isRow(lines[i - 1]) && !isRow(lines[i + 1])
    if (cells.length < 2 || cells.length > MAX_CELLS || !lone || !cells.some((c) => c.includes(SEP))) {
      out.push(lines[i])
      continue
    }
    const columns = cells.map((c) => c.split(SEP).map((p) => p.trim()))
    const depth = Math.max(...columns.map((c) => c.length))
    for (let k = 0; k < depth; k++) out.push(columns.map((c) => c[k] ?? '').join('\t').replace(/\t+$/, ''))
  }
  return out
}

function isRow(line: string | undefined): boolean {
  return !!line && line.includes('\t')
}
