// --format xlsx: workbooks read back with ExcelJS: a frozen, filterable header, date cells, widths, overdue rows highlighted.
import ExcelJS from 'exceljs'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES, run } from '../cli/queries-io.js'

async function book(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer)
  return wb
}

const fill = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb
const scratch = () => mkdtempSync(path.join(tmpdir(), 'plan-xlsx-'))

describe('plan … -o FILE.xlsx', () => {
  it('overdue: the format from the extension; frozen filterable header, deadlines as dates, overdue rows highlighted', async () => {
    const out = path.join(scratch(), 'late.xlsx')
    const r = await run(['overdue', 'ke-hoach-a.json', 'chi-thi-b.json', '--as-of', '2013-12-31', '--all', '-o', out], { cwd: FIXTURES })
    expect(r).toMatchObject({ code: 0, stdout: '' })
    const ws = (await book(out)).worksheets[0]
    expect(ws.name).toBe('Quá hạn')
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(ws.autoFilter).toBeTruthy()
    const header = (ws.getRow(1).values as unknown[]).slice(1)
    expect(header).toContain('Thời hạn')
    const col = (name: string) => header.indexOf(name) + 1
    const json = JSON.parse((await run(['overdue', 'ke-hoach-a.json', 'chi-thi-b.json', '--as-of', '2013-12-31', '--all', '--format', 'json'], { cwd: FIXTURES })).stdout)
    expect(ws.rowCount).toBe(json.length + 1)
    json.forEach((t: { deadline: string | null; status: string; text: string }, i: number) => {
      const row = ws.getRow(i + 2)
      const deadline = row.getCell(col('Thời hạn')).value
      if (t.deadline) expect((deadline as Date).toISOString().slice(0, 10)).toBe(t.deadline)
      else expect(deadline).toBeNull()
      expect(fill(row.getCell(col('Nhiệm vụ'))) === 'FFFAD4D4').toBe(t.status === 'overdue')
    })
    expect(json.some((t: { status: string }) => t.status === 'overdue')).toBe(true)
    expect(ws.getColumn(col('Nhiệm vụ')).width).toBeGreaterThan(ws.getColumn(col('Dòng')).width!)
  })

  it('overdue --by agency: a summary sheet, then the tasks', async () => {
    const out = path.join(scratch(), 'by.xlsx')
    expect((await run(['overdue', 'ke-hoach-a.json', '--as-of', '2013-12-31', '--by', 'agency', '-o', out], { cwd: FIXTURES })).code).toBe(0)
    const wb = await book(out)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Nhiệm vụ'])
    const json = JSON.parse((await run(['overdue', 'ke-hoach-a.json', '--as-of', '2013-12-31', '--by', 'agency', '--format', 'json'], { cwd: FIXTURES })).stdout)
    const ws = wb.worksheets[0]
    const rows = json.map((_: unknown, i: number) => (ws.getRow(i + 2).values as unknown[]).slice(1))
    expect(rows.map((r: unknown[]) => r.slice(1))).toEqual(json.map((s: Record<string, number>) => [s.total, s.doneOnTime, s.doneLate, s.notYetDue, s.overdue, s.noDeadline]))
    expect(rows[rows.length - 1][0]).toBe('Tổng cộng')
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
  })

  it('tasks and agencies write workbooks too; xlsx without -o is a usage error', async () => {
    const dir = scratch()
    for (const cmd of ['tasks', 'agencies']) {
      const out = path.join(dir, `${cmd}.xlsx`)
      expect((await run([cmd, 'ke-hoach-a.json', '--format', 'xlsx', '-o', out], { cwd: FIXTURES })).code).toBe(0)
      expect((await book(out)).worksheets[0].rowCount).toBeGreaterThan(1)
    }
    const r = await run(['tasks', 'ke-hoach-a.json', '--format', 'xlsx'], { cwd: FIXTURES })
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'plan: --format xlsx writes a workbook: give the file with -o FILE.xlsx\n' })
  })
})

describe('--delimiter for csv', () => {
  it('";" separates the fields (Excel in a Vietnamese locale) and quotes cells that hold one', async () => {
    const r = await run(['tasks', 'ke-hoach-a.json', '--format', 'csv', '--delimiter', ';'], { cwd: FIXTURES })
    expect(r.code).toBe(0)
    const [header] = r.stdout.replace(/^\uFEFF/, '').split('\r\n')
    expect(header).toBe('file;line;column;id;kind;document;lead;coordinators;deadline;deadlineText;recurrence;text')
    expect(r.stdout).toMatch(/"[^"]*;[^"]*"/)
  })

  it('applies to csv only, and takes one character', async () => {
    expect((await run(['tasks', 'ke-hoach-a.json', '--delimiter', ';'], { cwd: FIXTURES })).stderr).toBe('plan: --delimiter applies to --format csv\n')
    expect((await run(['tasks', 'ke-hoach-a.json', '--format', 'csv', '--delimiter', ';;'], { cwd: FIXTURES })).stderr).toMatch(/expected one character/)
  })
})
