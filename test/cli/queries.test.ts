import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/report/width.js'
import { FIXTURES, run } from './queries-io.js'

const FILES = ['ke-hoach-a.json', 'chi-thi-b.json']
const jsonOut = async (argv: string[]) => {
  const r = await run(argv)
  expect(r.stderr).toBe('')
  return JSON.parse(r.stdout) as Array<Record<string, unknown>>
}
const tmp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-queries-'))
  for (const f of FILES) copyFileSync(path.join(FIXTURES, f), path.join(dir, f))
  return dir
}

describe('plan tasks', () => {
  it('--chu-tri finds the tasks that body leads, in any spelling, with file, line and column', async () => {
    for (const q of ['Ban Tổ chức Tỉnh ủy', 'ban to chuc tinh uy', 'BTC Tỉnh uỷ']) {
      const rows = await jsonOut(['tasks', ...FILES, '--chu-tri', q, '--format', 'json'])
      expect(rows.map((r) => r.id), q).toEqual(['kh-a-1', 'kh-a-2', 'ct-b-1'])
      expect(rows[0]).toMatchObject({ file: 'ke-hoach-a.txt', line: 14, column: 1, lead: ['Ban Tổ chức Tỉnh ủy'], deadline: '2013-11-30' })
    }
  })

  it('English aliases and repeated filters: --lead A --lead B is either; --coordinator with --due-before is both', async () => {
    expect((await jsonOut(['tasks', ...FILES, '--lead', 'Sở Nội vụ', '--lead', 'Ban Tuyên giáo Tỉnh ủy', '-f', 'json'])).map((r) => r.id)).toEqual(['kh-a-3', 'ct-b-2'])
    expect((await jsonOut(['tasks', ...FILES, '--phoi-hop', 'Ủy ban Kiểm tra Tỉnh ủy', '--due-before', '31/10/2013', '-f', 'json'])).map((r) => r.id)).toEqual(['ct-b-2'])
    expect((await jsonOut(['tasks', ...FILES, '--coordinator', 'ubkt tinh uy', '-f', 'json'])).map((r) => r.id)).toEqual(['kh-a-2', 'ct-b-2'])
  })

  it('--agency, --due-after, --no-deadline, --kind and --grep', async () => {
    const ids = async (...a: string[]) => (await jsonOut(['tasks', ...FILES, '-f', 'json', ...a])).map((r) => r.id)
    expect(await ids('--agency', 'Sở Nội vụ')).toEqual(['kh-a-1', 'ct-b-2'])
    expect(await ids('--due-after', '2014-01-01')).toEqual(['kh-a-3', 'ct-b-1'])
    expect(await ids('--no-deadline')).toEqual(['kh-a-4', 'kh-a-6'])
    expect(await ids('--kind', 'chi-thi')).toEqual(['ct-b-1', 'ct-b-2'])
    expect(await ids('--grep', 'quy hoach')).toEqual(['ct-b-1'])
  })

  it('a name that matches no body exits 2 and suggests the closest', async () => {
    const r = await run(['tasks', ...FILES, '--chu-tri', 'Ban To chuc'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.startsWith('plan: no body matches "Ban To chuc"; did you mean: Ban Tổ chức Tỉnh ủy')).toBe(true)
    expect(r.stderr.endsWith('?\n')).toBe(true)
    expect(r.stderr.split('\n')).toHaveLength(2)
  })

  it('bad dates and kinds exit 2 with one line', async () => {
    expect(await run(['tasks', ...FILES, '--due-before', '31/4/2024'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--due-before "31/4/2024"') })
    expect(await run(['tasks', ...FILES, '--kind', 'memo'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown --kind "memo"') })
    expect(await run(['tasks', ...FILES, '--format', 'xml'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown --format "xml"') })
  })

  it('csv on standard output has the BOM, quoting and the formula guard', async () => {
    const r = await run(['tasks', ...FILES, '--format', 'csv'])
    expect(r.stdout.startsWith('\uFEFFfile,line,column,id,')).toBe(true)
    expect(r.stdout).toContain(`"Tổ chức hội nghị ""sơ kết"", báo cáo kết quả`)
    expect(r.stdout).toContain(`,"'- Tham mưu sơ kết`)
    expect(r.stdout).toContain(`,"'+ Hướng dẫn tuyên truyền =SUM(A1)`)
    expect(r.stdout).toContain(`,"'@các cấp ủy`)
    expect(r.stdout).not.toMatch(/,[-+=@]/)
  })

  it('md and jsonl', async () => {
    const md = await run(['tasks', ...FILES, '--format', 'md', '--agency', 'Sở Nội vụ'])
    expect(md.stdout).toMatch(/^\| Vị trí \| Chủ trì \| Phối hợp \| Thời hạn \| Nhiệm vụ \|\n/)
    expect(md.stdout).toContain('| chi-thi-b.txt:15:1 | Sở Nội vụ | Ủy ban Kiểm tra Tỉnh ủy | 2013-10-15 |')
    const en = await run(['tasks', ...FILES, '--format', 'md', '--agency', 'Sở Nội vụ', '--lang', 'en'])
    expect(en.stdout).toMatch(/^\| where \| lead \| coordinators \| deadline \| task \|\n/)
    const jl = await run(['tasks', ...FILES, '--format', 'jsonl'])
    expect(jl.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toHaveLength(8)
  })

  it('the table fits the terminal width and is coloured only on a colour terminal without NO_COLOR', async () => {
    const TERM = 'xterm-256color'
    const narrow = await run(['tasks', ...FILES], { columns: 90, tty: true, env: { TERM, NO_COLOR: '1' } })
    for (const l of narrow.stdout.split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(90)
    expect(narrow.stdout).not.toMatch(/\u001b\[/)
    // a pipe or a file gets whole lines, whatever the terminal would have been
    const piped = await run(['tasks', ...FILES], { columns: 90 })
    expect(piped.stdout.split('\n').some((l) => displayWidth(l) > 90)).toBe(true)
    expect((await run(['tasks', ...FILES], { tty: true, env: { TERM } })).stdout).toMatch(/\u001b\[/)
    expect((await run(['tasks', ...FILES], { tty: true, env: { TERM, NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/)
    expect((await run(['tasks', ...FILES], { tty: true, env: { TERM: 'dumb' } })).stdout).not.toMatch(/\u001b\[/)
    expect((await run(['tasks', ...FILES, '--color'], { env: { NO_COLOR: '1' } })).stdout).toMatch(/\u001b\[/)
    expect((await run(['tasks', ...FILES], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\u001b\[/)
  })

  it('COLUMNS is honoured when piped, and wins over the terminal', async () => {
    const piped = await run(['tasks', ...FILES], { env: { COLUMNS: '80' } })
    const lines = piped.stdout.split('\n')
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(80)
    expect(lines.some((l) => displayWidth(l) > 70)).toBe(true)
    const tty = await run(['tasks', ...FILES], { tty: true, columns: 200, env: { COLUMNS: '100' } })
    for (const l of tty.stdout.split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(100)
    // to a file: whole lines, COLUMNS or not
    const dir = tmp()
    await run(['tasks', ...FILES, '-o', 'all.txt'], { cwd: dir, env: { COLUMNS: '60' } })
    expect(readFileSync(path.join(dir, 'all.txt'), 'utf8').split('\n').some((l) => displayWidth(l) > 60)).toBe(true)
  })

  it('--output writes atomically, infers the format from the name, and refuses to replace without --force', async () => {
    const dir = tmp()
    const r = await run(['tasks', ...FILES, '--agency', 'ban to chuc tinh uy', '--output', 'btc.csv'], { cwd: dir })
    expect(r).toMatchObject({ code: 0, stdout: '' })
    const csv = readFileSync(path.join(dir, 'btc.csv'), 'utf8')
    expect(csv.startsWith('\uFEFFfile,')).toBe(true)
    expect(csv.trimEnd().split('\r\n')).toHaveLength(6)
    expect(await run(['tasks', ...FILES, '-o', 'btc.csv'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('--force') })
    expect(await run(['tasks', ...FILES, '-o', 'btc.csv', '--force'], { cwd: dir })).toMatchObject({ code: 0 })
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('reads globs, folders of saved JSON given as files, and JSON on standard input', async () => {
    expect((await jsonOut(['tasks', '*-b.json', '-f', 'json'])).map((r) => r.id)).toEqual(['ct-b-1', 'ct-b-2'])
    const stdin = readFileSync(path.join(FIXTURES, 'chi-thi-b.json'), 'utf8')
    const r = await run(['tasks', '-', '-f', 'json'], { stdin })
    expect(JSON.parse(r.stdout).map((x: { id: string }) => x.id)).toEqual(['ct-b-1', 'ct-b-2'])
  })

  it('reads an array of documents and JSON Lines, as `plan parse` saves them', async () => {
    const dir = tmp()
    const docs = FILES.map((f) => JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')))
    writeFileSync(path.join(dir, 'corpus.json'), JSON.stringify(docs))
    writeFileSync(path.join(dir, 'corpus.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n')
    for (const f of ['corpus.json', 'corpus.jsonl']) {
      const r = await run(['tasks', f, '-f', 'json'], { cwd: dir })
      expect(JSON.parse(r.stdout), f).toHaveLength(8)
    }
  })

  it('a missing file or a pattern matching nothing is reported, the rest still answered, exit 2', async () => {
    const r = await run(['tasks', 'ke-hoach-a.json', 'nope.json', 'zz*.txt', '-f', 'json'])
    expect(r.code).toBe(2)
    expect(JSON.parse(r.stdout)).toHaveLength(6)
    expect(r.stderr).toContain('plan: nope.json: no such file or folder')
    expect(r.stderr).toContain('plan: zz*.txt: no document matches this pattern')
  })
})

describe('plan overdue', () => {
  it('as of a date: overdue with days, due that day listed, later ones not', async () => {
    const rows = await jsonOut(['overdue', ...FILES, '--as-of', '2013-12-31', '-f', 'json'])
    const by = Object.fromEntries(rows.map((r) => [r.id, r]))
    expect(by['kh-a-1']).toMatchObject({ status: 'overdue', daysOverdue: 31, deadline: '2013-11-30' })
    expect(by['kh-a-2']).toMatchObject({ status: 'not-yet-due', daysLeft: 0 })
    expect(by['kh-a-3']).toBeUndefined()
    expect(Object.keys(by).sort()).toEqual(['ct-b-2', 'kh-a-1', 'kh-a-2', 'kh-a-5'])
  })

  it('--as-of defaults to today (from Io) and accepts DD/MM/YYYY; --all lists every task', async () => {
    const a = await run(['overdue', ...FILES, '-f', 'json'], { today: '2014-01-01' })
    expect(JSON.parse(a.stdout).filter((r: { status: string }) => r.status === 'overdue')).toHaveLength(4)
    const b = await jsonOut(['overdue', ...FILES, '--as-of', '01/01/2014', '-f', 'json', '--all'])
    expect(b).toHaveLength(8)
  })

  it('the table says quá hạn N ngày and đến hạn hôm nay (overdue N d and due today with --lang en)', async () => {
    const r = await run(['overdue', ...FILES, '--as-of', '2013-12-31'])
    expect(r.stdout).toMatch(/ke-hoach-a\.txt:14:1\s+quá hạn 31 ngày\s+2013-11-30/)
    expect(r.stdout).toMatch(/ke-hoach-a\.txt:15:1\s+đến hạn hôm nay\s+2013-12-31/)
    expect(r.stdout).toContain('2 nhiệm vụ quá hạn tính đến ngày 2013-12-31')
    const en = await run(['overdue', ...FILES, '--as-of', '2013-12-31', '--lang', 'en'])
    expect(en.stdout).toMatch(/ke-hoach-a\.txt:14:1\s+overdue 31 d\s+2013-11-30/)
    expect(en.stdout).toMatch(/ke-hoach-a\.txt:15:1\s+due today\s+2013-12-31/)
    expect(en.stdout).toContain('2 overdue as of 2013-12-31')
  })

  it('--fail-on-overdue exits 1 when anything is overdue, 0 when nothing is', async () => {
    expect((await run(['overdue', ...FILES, '--as-of', '2013-12-31', '--fail-on-overdue'])).code).toBe(1)
    expect((await run(['overdue', ...FILES, '--as-of', '2013-10-01', '--fail-on-overdue'])).code).toBe(0)
  })

  it('--by agency prints the four categories per lead body and a total', async () => {
    const rows = await jsonOut(['overdue', ...FILES, '--as-of', '2013-12-31', '--by', 'agency', '-f', 'json'])
    expect(rows.find((r) => r.group === 'Ban Tổ chức Tỉnh ủy')).toEqual({ group: 'Ban Tổ chức Tỉnh ủy', total: 3, doneOnTime: 0, doneLate: 0, notYetDue: 2, overdue: 1, noDeadline: 0 })
    expect(rows[rows.length - 1]).toMatchObject({ group: 'total', total: 8, overdue: 2 })
    const table = await run(['overdue', ...FILES, '--as-of', '2013-12-31', '--by', 'agency', '--lang', 'en'])
    expect(table.stdout.split('\n')[0]).toMatch(/^lead\s+tasks\s+done on time\s+done late\s+not yet due\s+overdue\s+no deadline$/)
    expect(table.stdout).toMatch(/\ntotal\s+8\s+0\s+0\s+4\s+2\s+2\n/)
    const vi = await run(['overdue', ...FILES, '--as-of', '2013-12-31', '--by', 'agency'])
    expect(vi.stdout.split('\n')[0]).toMatch(/^Chủ trì\s+Tổng số\s+Hoàn thành đúng hạn\s+Hoàn thành quá hạn\s+Chưa đến hạn\s+Quá hạn\s+Không có thời hạn$/)
    expect(vi.stdout).toMatch(/\nTổng cộng\s+8\s+0\s+0\s+4\s+2\s+2\n/)
    expect((await run(['overdue', ...FILES, '--by', 'month'])).code).toBe(2)
  })

  it('status file round trip: --init-status writes a starter, the person fills it in, --status reads it, a re-run keeps it', async () => {
    const dir = tmp()
    const init = await run(['overdue', ...FILES, '--init-status', 'progress.csv'], { cwd: dir })
    expect(init).toMatchObject({ code: 0, stdout: '', stderr: 'plan: progress.csv: 8 tasks added, 0 kept\n' })
    const file = path.join(dir, 'progress.csv')
    const starter = readFileSync(file, 'utf8')
    expect(starter.startsWith('\uFEFFid,done,note,deadline,lead,file,line,text\r\n')).toBe(true)
    // done late (kh-a-1, 2 days), done on time (ct-b-2)
    const filled = starter.replace(/^kh-a-1,,/m, 'kh-a-1,02/12/2013,"xong, trễ"').replace(/^ct-b-2,,/m, 'ct-b-2,2013-10-15,')
    writeFileSync(file, filled)
    const rows = await jsonOut(['overdue', ...FILES, '--as-of', '2013-12-31', '--status', path.join(dir, 'progress.csv'), '--all', '-f', 'json'])
    const by = Object.fromEntries(rows.map((r) => [r.id, r]))
    expect(by['kh-a-1']).toMatchObject({ status: 'done-late', daysOverdue: 2, done: '2013-12-02', note: 'xong, trễ' })
    expect(by['ct-b-2']).toMatchObject({ status: 'done-on-time', done: '2013-10-15' })
    // a re-run over more documents keeps what was recorded, byte for byte
    const again = await run(['overdue', ...FILES, '--init-status', 'progress.csv'], { cwd: dir })
    expect(again.stderr).toBe('plan: progress.csv: 0 tasks added, 8 kept\n')
    expect(readFileSync(file, 'utf8')).toBe(filled)
  })

  it('a status file with a bad date exits 2 naming the line; a missing one says how to start it', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'p.csv'), 'id,done\nkh-a-1,hôm qua\n')
    expect(await run(['overdue', ...FILES, '--status', 'p.csv'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('p.csv:2: done date "hôm qua"') })
    expect(await run(['overdue', ...FILES, '--status', 'none.csv'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('--init-status none.csv') })
    expect(existsSync(path.join(dir, 'none.csv'))).toBe(false)
  })

  it('ids in the status file that no task has are reported on stderr and ignored', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'p.csv'), 'id,done,note\nkh-a-1,2013-11-01,\ngone-1,2013-11-01,\n')
    const r = await run(['overdue', ...FILES, '--status', 'p.csv', '--as-of', '2013-12-31', '-f', 'json'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('plan: p.csv: 1 task id not in the input (ignored)\n')
    expect(JSON.parse(r.stdout).map((x: { id: string }) => x.id)).not.toContain('kh-a-1')
  })

  it('--help documents the status file', async () => {
    const r = await run(['overdue', '--help'])
    expect(r.stdout).toContain('Status file')
    expect(r.stdout).toContain('--init-status')
  })

  it('a JSON status file works the same way', async () => {
    const dir = tmp()
    await run(['overdue', ...FILES, '--init-status', 'progress.json'], { cwd: dir })
    const list = JSON.parse(readFileSync(path.join(dir, 'progress.json'), 'utf8'))
    list.find((e: { id: string }) => e.id === 'kh-a-1').done = '2013-11-29'
    writeFileSync(path.join(dir, 'progress.json'), JSON.stringify(list))
    const rows = await run(['overdue', ...FILES, '--as-of', '2013-12-31', '--status', 'progress.json', '--all', '-f', 'json'], { cwd: dir })
    expect(JSON.parse(rows.stdout).find((r: { id: string }) => r.id === 'kh-a-1').status).toBe('done-on-time')
  })
})

describe('plan agencies', () => {
  it('lists each body with its forms, tasks led and coordinated, and overdue counts as of a date', async () => {
    const rows = await jsonOut(['agencies', ...FILES, '--as-of', '2013-12-31', '-f', 'json'])
    const btc = rows.find((r) => r.name === 'Ban Tổ chức Tỉnh ủy')
    expect(btc).toMatchObject({ leads: 3, coordinates: 2, overdueLeads: 1, overdueCoordinates: 0 })
    expect((btc!.forms as string[]).sort()).toEqual(['BTC Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức Tỉnh uỷ'].sort())
    const later = await jsonOut(['agencies', ...FILES, '--as-of', '2014-10-01', '-f', 'json'])
    expect(later.find((r) => r.name === 'Ban Tổ chức Tỉnh ủy')).toMatchObject({ overdueLeads: 3, overdueCoordinates: 1 })
  })

  it('the table says where each body was first seen', async () => {
    const r = await run(['agencies', ...FILES, '--as-of', '2013-12-31'], { columns: 140 })
    expect(r.stdout).toMatch(/Sở Tài chính\s+0\s+1\s+0\s+0\s+ke-hoach-a\.txt:22:3/)
  })
})

describe('plan tasks and the configured agency registry', () => {
  it('a query names a body by an alias from plan.config.json', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-registry-'))
    copyFileSync(path.join(FIXTURES, '..', 'party-plan-numbering.txt'), path.join(dir, 'plan.txt'))
    writeFileSync(path.join(dir, 'plan.config.json'), JSON.stringify({ agencies: [{ name: 'Văn phòng Huyện ủy', aliases: ['Văn phòng cấp ủy huyện'] }] }))
    const r = await run(['tasks', 'plan.txt', '--phoi-hop', 'Văn phòng cấp ủy huyện', '--format', 'json'], { cwd: dir })
    expect(r.code).toBe(0)
    const rows = JSON.parse(r.stdout)
    expect(rows).toHaveLength(1)
    expect(rows[0].coordinators).toContain('Văn phòng Huyện ủy')
  })
})
