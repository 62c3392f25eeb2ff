// A row of a flattened task table, its cells one or more lines each: which lines are which cell, read by what each
// column holds (a body's name, a time, a task's text) when the row's lines are more or fewer than its cells.
import { canonicalAgency, findAgencies } from '../agencies/index.js'
import { tableHeader } from './tables.js'
import { BODY_START, carries, OPEN_END } from './cellLines.js'

/** A lead-first row's task cells after the cells before the task (the body's) of the row that names it. */
export const withBody = (row: string[], task: string[], cols: NonNullable<ReturnType<typeof tableHeader>>) => [...row.slice(0, cols.text - 1), ...task.slice(cols.text - 1)]

/** The most tasks one row of a lead-first table is read as. */
const MAX_SUB_ROWS = 8

/**
 * A lead-first table's row ("Đơn vị | Nhiệm vụ chủ trì | Đơn vị phối hợp | Thời gian hoàn thành") whose body Word merged
 * over several tasks: the cells before the task's (when `head`), then one run of the task's cells or more, each laid out
 * by what its columns hold. Each task's cells (those before the task's empty when not `head`) and the index of its
 * first line; null when no layout fits.
 */
export function subRows(lines: string[], want: number, cols: NonNullable<ReturnType<typeof tableHeader>>, head: boolean): { cells: string[]; at: number }[] | null {
  if (!lines.length || lines.length > 120) return null
  const roles = rolesOf(want, cols)
  const before = roles.slice(0, cols.text - 1)
  const task = roles.slice(cols.text - 1)
  let best: { runs: [number, number][]; score: number; k: number } | null = null
  for (let k = 1; k <= MAX_SUB_ROWS && k <= lines.length; k++) {
    const laid = layRuns(lines, [...(head ? before : []), ...Array.from({ length: k }, () => task).flat()])
    if (laid && (!best || laid.score > best.score)) best = { ...laid, k }
  }
  if (!best) return null
  const text = ([i, k]: [number, number]) => lines.slice(i, k).join(' ')
  const h = head ? before.length : 0
  const first = head ? best.runs.slice(0, h).map(text) : before.map(() => '')
  return Array.from({ length: best.k }, (_, b) => {
    const runs = best.runs.slice(h + b * task.length, h + (b + 1) * task.length)
    return { cells: [...first, ...runs.map(text)], at: runs[0][0] }
  })
}

type Role = 'text' | 'lead' | 'partners' | 'time' | 'other'
/** A cell that says when, in a time column: "Tháng 3/2026", "Quý IV/2026", "2026 - 2030", "Thường xuyên", "Hằng năm". */
const TIME_LIKE = /^(?:(?:trước|trong|từ|đến|hết|cuối|đầu|năm|quý|tháng|giai đoạn|ngày)(?!\p{L})[^\n]{0,36}\d[^\n]{0,12}|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?|\d{1,2}\/\d{1,2}\/(?:19|20)\d\d|thường xuyên|hằng năm|hàng năm|định kỳ[^\n]{0,20}|theo (?:yêu cầu|tiến độ|kế hoạch)[^\n]{0,30})[.;]?$/iu
const SEPARATORS = /[\s,;.:()\-–/]+/gu
/** bodyCover's last answers (a line is asked for again as a cell of its own). */
const COVERS = new Map<string, number>()
/** How much of a cell the bodies it names cover, from 0 to 1 ("Bộ Nội vụ, Bộ Tư pháp" 1; "Đề án trình Thủ tướng Chính phủ" less). */
function bodyCover(cell: string): number {
  let v = COVERS.get(cell)
  if (v === undefined) {
    if (COVERS.size > 4096) COVERS.clear()
    COVERS.set(cell, (v = coverOf(cell)))
  }
  return v
}
function coverOf(cell: string): number {
  let rest = cell
  // (a collective counts half: "Cấp có thẩm quyền" may stand in any column)
  let half = 0
  for (const m of findAgencies(cell).sort((a, b) => b.index - a.index)) {
    if (m.generic) half += m.text.replace(SEPARATORS, '').length / 2
    rest = rest.slice(0, m.index) + rest.slice(m.index + m.length)
  }
  rest = rest.replace(/(?<!\p{L})(?:và|các|có liên quan|liên quan|khác)(?!\p{L})/gu, '').replace(SEPARATORS, '')
  const all = cell.replace(SEPARATORS, '').length
  return all ? 1 - (rest.length + half) / all : 0
}
/** A cell that opens with when, however long: "Theo yêu cầu của cấp có thẩm quyền, bảo đảm …", "Trước ngày 15/12/2025 …". */
const TIME_START = /^(?:hoàn thành|hoàn tất|trước|trong|từ|đến|hết|cuối|đầu|năm|quý|tháng|giai đoạn|ngày|thường xuyên|hằng|hàng|định kỳ|theo (?:yêu cầu|tiến độ|kế hoạch|lộ trình)|sau khi|ngay sau|(?:19|20)\d\d|\d{1,2}\/)(?!\p{L})/iu
/** How well a cell fits a column of the role (higher is better); an empty cell is ''. */
function fitOf(role: Role, cell: string, cover: (cell: string) => number = bodyCover): number {
  // (a numbered list of bodies, "(1) Bộ Tư pháp (2) Bộ Nội vụ", is no task's text, nor does the text run into one)
  // (asked of every run of lines the search tries: the regex only where the list's mark stands)
  if (role === 'text') return !cell ? -Infinity : cell.includes('(1)') && LISTED_BODIES.test(cell) ? -3 : 0
  if (!cell) return role === 'lead' || role === 'time' ? -1 : -0.3
  const time = cell.length <= 48 && TIME_LIKE.test(cell) ? 2.5 : cell.length <= 160 && TIME_START.test(cell) ? 1.5 : 0
  if (role === 'time') return time || -1.5
  // (a name the width cut, "Bộ Khoa học và" / page break, still opens as a body's)
  if (role === 'lead' || role === 'partners') return time ? -2 : 4 * Math.max(cover(cell), BODY_START.test(cell) && OPEN_END.test(cell) && cell.split(/\s+/u).length <= 4 ? 0.6 : 0) - 1.5
  return time ? -1 : 0
}

/**
 * A row's lines laid out in `want` cells, each a run of lines (or empty: a PDF drops empty cells), so that each column
 * holds what it says it holds (bodies under "Cơ quan chủ trì", a time under "Thời gian hoàn thành") and the lines that
 * carry on one another stay together. For rows whose lines the plain reading does not make into the table's cells:
 * "Bộ Tư pháp" / "Các bộ," / "cơ quan" / "ngang bộ" / "Đề án trình" / "Thủ tướng" / "Chính phủ" / "Tháng" / "3/2026".
 */
export function byColumns(lines: string[], want: number, cols: NonNullable<ReturnType<typeof tableHeader>>, before?: string[]): string[] | null {
  if (!lines.length || lines.length > 120 || cols.text !== 1) return null
  // (a document's text is read more than once, and a row laid out once is laid out the same again)
  const key = `${want} ${cols.lead} ${cols.coordinators} ${cols.deadline}\u0000${before?.join('\u0001') ?? ''}\u0000${lines.join('\u0001')}`
  let laid = LAYOUTS.get(key)
  if (laid === undefined) {
    if (LAYOUTS.size > 256) LAYOUTS.clear()
    LAYOUTS.set(key, (laid = layOut(lines, want, cols, before)))
  }
  return laid && [...laid]
}
/** byColumns' last answers. */
const LAYOUTS = new Map<string, string[] | null>()
function layOut(lines: string[], want: number, cols: NonNullable<ReturnType<typeof tableHeader>>, before?: string[]): string[] | null {
  const laid = layRuns(lines, rolesOf(want, cols), before)
  return laid && laid.runs.map(([i, k]) => lines.slice(i, k).join(' '))
}

/**
 * The rest of a row after a page break that holds, after the words each column carries on, a sub-row of its own under a
 * task cell that spans both: the row's lead again, its partners, a second result and its time ("… giải pháp lớn để thể
 * chế hóa các chủ" / page break / "trương, định hướng … pháp luật" / "Bộ Tài chính" / "Các bộ," / … / "Báo cáo kết quả
 * …" / "Tháng" / "11/2026"). The row's cells, each carried on, with the sub-row's cell added after it ("Tháng 5/2026;
 * Tháng 11/2026": the row's last milestone is its end); null when no line opens with the row's lead again, or the sub-row's
 * lines do not lay out with a time.
 */
export function withSubRow(lines: string[], want: number, cols: NonNullable<ReturnType<typeof tableHeader>>, before: string[]): string[] | null {
  if (!lines.length || lines.length > 120 || cols.text !== 1 || cols.lead < 2 || cols.deadline < 0) return null
  const lead = before[cols.lead - 1]?.trim()
  if (!lead || !before[cols.deadline - 1]) return null
  // (the lead's name may wrap over lines as it did above: "Bộ Giáo dục và" / "Đào tạo")
  // (or on the first line: the page broke between the sub-rows)
  const s = lines.findIndex((l, i) => lead.startsWith(l) && [1, 2, 3].some((k) => lines.slice(i, i + k).join(' ') === lead))
  if (s < 0) return null
  const carried = s > 0 ? layRuns(lines.slice(0, s), rolesOf(want, cols), before) : { runs: before.map((): [number, number] => [0, 0]) }
  const sub = layRuns(lines.slice(s), rolesOf(want, cols).slice(1))
  if (!carried || !sub) return null
  const text = (from: number) => ([i, k]: [number, number]) => lines.slice(from + i, from + k).join(' ')
  const more = sub.runs.map(text(s))
  if (!TIME_LIKE.test(more[cols.deadline - 2])) return null
  return before.map((b, c) => {
    const cell = [b, text(0)(carried.runs[c])].filter(Boolean).join(' ')
    // (the lead or partners the sub-row names again are not named twice)
    const added = c > 0 && more[c - 1] !== b ? more[c - 1] : ''
    return !added ? cell : !cell ? added : `${cell}; ${added}`
  })
}

/** The role of each of a row's `want` cells (the row's number left out), by the table's header. */
function rolesOf(want: number, cols: NonNullable<ReturnType<typeof tableHeader>>): Role[] {
  return Array.from({ length: want }, (_, c) => (c + 1 === cols.text ? 'text' : c + 1 === cols.lead ? 'lead' : c + 1 === cols.coordinators ? 'partners' : c + 1 === cols.deadline ? 'time' : 'other'))
}

/** layOut's search over cells of the given roles: each cell's run of lines [from, to), and how well they fit. */
function layRuns(lines: string[], roles: Role[], before?: string[]): { runs: [number, number][]; score: number } | null {
  const n = lines.length
  const want = roles.length
  // splitting where a line carries on the one before it costs; so does joining lines that do not, in a narrow column
  const carry = lines.map((l, i) => i > 0 && carries(lines[i - 1], l, true))
  // (a line that only names bodies, joined to the task's text, is most likely the lead's cell: "… năm 2025" / "Bộ Nội vụ")
  const bodies = lines.map((l) => l.length < 60 && bodyCover(l) > 0.8)
  // a list of bodies broken after a comma ("Bộ NN&MT," / "Bộ Khoa học và" / "Công nghệ") is one cell, all the more
  const listed = lines.map((l, i) => i > 0 && /,\s*$/u.test(lines[i - 1]) && bodyCover(lines[i - 1]) > 0.5 && (bodyCover(l) > 0.5 || (i + 1 < n && bodyCover(`${l} ${lines[i + 1]}`) > 0.7)))
  // (a line in lower case is the weaker sign)
  const splitCost = lines.map((l, i) => (!carry[i] ? 0 : listed[i] ? 4 : /^\p{Ll}/u.test(l) && !OPEN_END.test(lines[i - 1]) ? 1 : 2))
  // (`hope`: the most the cell could score, its bodies taken to cover it whole without looking for them)
  // (each run of lines is asked of every column and twice of a body's, hoping then in earnest: its text is joined once,
  // and a string met again is found again at once in bodyCover's answers)
  const joined: string[] = []
  const runOf = (i: number, k: number) => (joined[i * (n + 1) + k] ??= lines.slice(i, k).join(' '))
  const cellCost = (c: number, i: number, k: number, hope = false) => {
    const role = roles[c]
    let joins = 0
    for (let j = i + 1; j < k; j++) if (!carry[j]) joins += role !== 'text' ? 0.4 : bodies[j] ? 1 : 0.1
    const cell = runOf(i, k)
    // (the rest of a row after a page break: each column's words go on its cell above, and a column may have none)
    // (words that carry on a cell left open above, "Các bộ," / "Bộ Tài chính (đối …", belong to it all the more; a
    // line in lower case most likely to the text, which wraps the most; a time is whole already)
    if (before) return (cell ? fitOf(role, `${before[c]} ${cell}`.trim(), hope ? () => 1 : bodyCover) - Math.max(fitOf(role, before[c]), -2) + (!before[c] ? 0 : OPEN_END.test(before[c]) ? 1 : role === 'text' ? (/^\p{Ll}/u.test(lines[i]) ? 1.5 : -0.5) : role === 'time' ? -1 : 0) : 0) - joins
    return fitOf(role, cell, hope ? () => 1 : bodyCover) - joins
  }
  // best[c][i]: the best layout of the first c cells over the first i lines; the earliest i wins a tie. Finding bodies
  // in every run of lines under a body's column is most of the work (a row of n lines has n²/2 runs), so the runs are
  // tried from the most hopeful, and the search stops when no run left could do better: the same layout, found sooner
  const best: number[][] = Array.from({ length: want + 1 }, () => Array<number>(n + 1).fill(-Infinity))
  const from: number[][] = Array.from({ length: want + 1 }, () => Array<number>(n + 1).fill(-1))
  best[0][0] = 0
  const split = (i: number, k: number) => (k > i && i > 0 ? splitCost[i] : 0)
  for (let c = 0; c < want; c++) {
    const costly = roles[c] === 'lead' || roles[c] === 'partners'
    for (let k = 0; k <= n; k++) {
      const tries: [number, number][] = []
      for (let i = 0; i <= k; i++) if (best[c][i] !== -Infinity) tries.push([costly ? best[c][i] + cellCost(c, i, k, true) - split(i, k) : 0, i])
      if (costly) tries.sort((a, b) => b[0] - a[0] || a[1] - b[1])
      for (const [hope, i] of tries) {
        if (costly && hope < best[c + 1][k]) break
        const v = best[c][i] + cellCost(c, i, k) - split(i, k)
        if (v > best[c + 1][k] || (v === best[c + 1][k] && i < from[c + 1][k])) (best[c + 1][k] = v), (from[c + 1][k] = i)
      }
    }
  }
  if (best[want][n] === -Infinity) return null
  const runs: [number, number][] = []
  for (let c = want, k = n; c > 0; c--) {
    const i = from[c][k]
    runs.unshift([i, k])
    k = i
  }
  return { runs, score: best[want][n] }
}

/** A row's cells to the table's width: the task text wraps the most, so surplus cells go back into it; missing ones are empty. */
export function fit(cells: string[], want: number): string[] {
  const out = cells.length > want ? [cells.slice(0, cells.length - want + 1).join(' '), ...cells.slice(cells.length - want + 1)] : cells.slice()
  while (out.length < want) out.push('')
  return out
}

/** Cells that go on a numbered list ("1. …", then "2. …") are that list's one cell. */
export function mergeNumbered(cells: string[]): string[] {
  const out: string[] = []
  let n = 0
  for (const c of cells) {
    const m = /^(\d{1,2})[.)]\s/u.exec(c)
    if (m && n > 0 && Number(m[1]) === n + 1 && out.length > 1) {
      out[out.length - 1] = `${out[out.length - 1]} ${c}`
      n++
      continue
    }
    n = m && Number(m[1]) === 1 ? 1 : 0
    out.push(c)
  }
  return out
}

/** A numbered list of bodies opening: "(1) Bộ Tư pháp", "… Đề án (1) Các bộ, ngành". */
const LISTED_BODIES = new RegExp(`(?:^|\\s)\\(1\\)\\s+${BODY_START.source.slice(1)}`, 'u')

/** A cell that names bodies: one the lexicon knows, or a collective ("Cơ quan, tổ chức…", "Các bộ, ngành…"). */
export function namesBodies(cell: string): boolean {
  return BODY_START.test(cell) || canonicalAgency(cell) !== null
}

/** A collective that closes a list of bodies: "Cơ quan, tổ chức và doanh nghiệp liên quan", "Các bộ, ngành". */
function isCollective(cell: string): boolean {
  return /^(?:Các|Cơ quan|Đơn vị|Tổ chức|Địa phương)(?:\s|,)/u.test(cell) || canonicalAgency(cell)?.generic === true
}

/** Surplus cells: a body followed by a collective after the task text is one column's list ("Bộ X" / "Cơ quan … liên quan"). */
export function mergeBodies(cells: string[], want: number): string[] {
  const out = cells.slice()
  for (let k = 1; out.length > want && k < out.length - 1; ) {
    if (namesBodies(out[k]) && isCollective(out[k + 1])) {
      out.splice(k, 2, `${out[k]}, ${out[k + 1]}`)
    } else k++
  }
  return out
}
