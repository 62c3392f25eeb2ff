// `plan report`: one self-contained HTML file (styles, script and charts inline; no font, image or script to fetch), so it
// opens from a USB stick on an office PC: a summary, workload per lead body, deadlines over time, the task table with
// search and filters, and one section per document.
import { CATEGORIES, CATEGORY_VI, NO_LEAD, type Category } from '../../query/overdue.js'
import { LABELS, STATUS_WORDS, type Lang } from '../labels.js'
import { isMachineName } from '../views.js'
import { legend, STACK, timelineChart, workloadChart, type CategoryNames } from './charts.js'
import { CLIENT } from './client.js'
import { escapeHtml as h, scriptJson } from './escape.js'
import type { ReportModel } from './model.js'
import { STYLE } from './style.js'

export { reportModel, reportModelBuilder, type ReportModel } from './model.js'

const WORDS = {
  vi: {
    title: 'Báo cáo theo dõi thực hiện nhiệm vụ',
    asOf: (d: string, docs: number, tasks: number) => `Tính đến ngày ${d} · ${docs} văn bản · ${tasks} nhiệm vụ`,
    summary: 'Tổng hợp',
    total: 'Tổng số nhiệm vụ',
    workload: 'Nhiệm vụ theo cơ quan chủ trì',
    workloadNote: (shown: number, all: number) => `${shown} trong ${all} cơ quan có nhiều nhiệm vụ quá hạn nhất; bảng dưới đây có đủ các cơ quan. Bấm vào một cơ quan để lọc bảng nhiệm vụ.`,
    noLeadNote: (label: string, n: number) => `${label}: ${n} nhiệm vụ, không vẽ trong biểu đồ.`,
    timeline: 'Thời hạn theo thời gian',
    asOfMark: 'Ngày tính',
    tasks: 'Danh sách nhiệm vụ',
    documents: 'Văn bản',
    search: 'Tìm kiếm',
    searchHint: 'nội dung, cơ quan, văn bản…',
    body: 'Cơ quan chủ trì',
    category: 'Tình trạng',
    document: 'Văn bản',
    from: 'Thời hạn từ',
    to: 'đến',
    all: 'Tất cả',
    reset: 'Bỏ lọc',
    daysOverdue: 'Số ngày quá hạn',
    coordinatesLate: 'Phối hợp quá hạn',
    noDated: 'Không có nhiệm vụ nào có thời hạn.',
    client: {
      shown: '{n} / {m} nhiệm vụ', more: 'Hiện thêm {n} (còn {m})', tasks: '{n} nhiệm vụ', late: '{n} quá hạn', file: 'Tệp', number: 'Số ký hiệu', kind: 'Loại', title: 'Trích yếu',
      issuedOn: 'Ngày ban hành', issuer: 'Cơ quan ban hành', signer: 'Người ký', line: 'dòng',
    },
  },
  en: {
    title: 'Task follow-up report',
    asOf: (d: string, docs: number, tasks: number) => `As of ${d} · ${docs} documents · ${tasks} tasks`,
    summary: 'Summary',
    total: 'Tasks',
    workload: 'Tasks by lead body',
    workloadNote: (shown: number, all: number) => `The ${shown} of ${all} bodies with the most overdue tasks; the table below has them all. Click a body to filter the task table.`,
    noLeadNote: (label: string, n: number) => `${label}: ${n} tasks, not in the chart.`,
    timeline: 'Deadlines over time',
    asOfMark: 'As of',
    tasks: 'Tasks',
    documents: 'Documents',
    search: 'Search',
    searchHint: 'text, body, document…',
    body: 'Lead body',
    category: 'Status',
    document: 'Document',
    from: 'Due from',
    to: 'to',
    all: 'All',
    reset: 'Clear filters',
    daysOverdue: 'Days overdue',
    coordinatesLate: 'Coordinating, overdue',
    noDated: 'No task has a deadline.',
    client: {
      shown: '{n} / {m} tasks', more: 'Show {n} more ({m} left)', tasks: '{n} tasks', late: '{n} overdue', file: 'File', number: 'Number', kind: 'Kind', title: 'Title',
      issuedOn: 'Issued on', issuer: 'Issuer', signer: 'Signed by', line: 'line',
    },
  },
}

const CATEGORY_EN: CategoryNames = { 'done-on-time': 'done on time', 'done-late': 'done late', 'not-yet-due': 'not yet due', overdue: 'overdue', 'no-deadline': 'no deadline' }

export function renderReport(model: ReportModel, opts: { lang?: Lang } = {}): string {
  const lang = opts.lang ?? 'vi'
  const w = WORDS[lang]
  const L = LABELS[lang]
  const names: CategoryNames = lang === 'vi' ? CATEGORY_VI : CATEGORY_EN
  const label = (d: ReportModel['documents'][number]) => (d.number && isMachineName(d.file) ? d.number : d.file)
  const cards = [
    `<div class="card" style="--c:#1c2833" data-count="total"><b>${model.total.total}</b><span>${h(w.total)}</span></div>`,
    // the four official categories in their usual order, then the tasks with no deadline
    ...CATEGORIES.map((c) => STACK.find((s) => s.category === c)!).map((s) => `<div class="card" style="--c:${s.color}" data-count="${s.category}"><b>${model.total[s.field]}</b><span>${h(names[s.category])}</span></div>`),
  ]
  const limit = 60
  // the tasks no body leads are not a body's workload, and in real documents they can be most of them: their bar would
  // shrink every other to a sliver, so they are told in a line under the chart (and counted in the table)
  const charted = model.byLead.filter((r) => r.group !== NO_LEAD)
  const noLead = model.byLead.find((r) => r.group === NO_LEAD)
  const lateCoord = new Map(model.agencies.map((a) => [a.name, a]))
  const byLeadRows = model.byLead
    .map((r) => {
      const a = lateCoord.get(r.group)
      const cells = [r.total, r.overdue, r.notYetDue, r.doneLate, r.doneOnTime, r.noDeadline, a?.coordinates ?? '', a?.overdueCoordinates ?? '']
      return `<tr${r.overdue ? ' class="overdue"' : ''}><td>${h(r.group === NO_LEAD ? L.noLead : r.group)}</td>${cells.map((c) => `<td class="n">${c}</td>`).join('')}</tr>`
    })
    .join('')
  const timeline = timelineChart(model.tasks, model.asOf, names, { title: w.timeline, asOfLabel: w.asOfMark })
  const data = {
    asOf: model.asOf,
    words: { ...w.client, ...STATUS_TEMPLATES[lang] },
    categories: CATEGORIES,
    categoryNames: CATEGORIES.map((c) => names[c]),
    ...compact(model, label),
    // the numbers as `plan overdue --by agency` and `plan agencies` give them
    summary: [...model.byLead, model.total],
    agencies: model.agencies.map((a) => ({ name: a.name, leads: a.leads, coordinates: a.coordinates, overdueLeads: a.overdueLeads, overdueCoordinates: a.overdueCoordinates })),
  }
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${h(w.title)} — ${model.asOf}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${h(w.title)}</h1>
<p class="sub">${h(w.asOf(model.asOf, model.documents.length, model.tasks.length))}</p>
</header>
<section id="summary"><h2>${h(w.summary)}</h2><div class="cards">${cards.join('')}</div></section>
<section id="workload"><h2>${h(w.workload)}</h2>
${legend(names)}
<div class="chart-box">${workloadChart(charted, names, { limit, title: w.workload, noLead: L.noLead })}</div>
${charted.length > limit ? `<p class="more">${h(w.workloadNote(limit, charted.length))}</p>` : ''}
${noLead ? `<p class="more">${h(w.noLeadNote(L.noLead, noLead.total))}</p>` : ''}
<details class="noprint-closed"><summary>${h(L.lead)}: ${model.byLead.length}</summary>
<table class="by-lead"><thead><tr><th>${h(L.lead)}</th><th class="n">${h(L.total)}</th><th class="n">${h(L.overdue)}</th><th class="n">${h(L.notYetDue)}</th><th class="n">${h(L.doneLate)}</th><th class="n">${h(L.doneOnTime)}</th><th class="n">${h(L.noDeadline)}</th><th class="n">${h(L.coordinates)}</th><th class="n">${h(w.coordinatesLate)}</th></tr></thead><tbody>${byLeadRows}</tbody></table>
</details>
</section>
<section id="timeline"><h2>${h(w.timeline)}</h2>
${timeline ? `${legend(names)}<div class="chart-box">${timeline}</div>` : `<p>${h(w.noDated)}</p>`}
</section>
<section id="task-table"><h2>${h(w.tasks)}</h2>
<div class="filters">
<label>${h(w.search)}<input id="q" type="search" placeholder="${h(w.searchHint)}"></label>
<label>${h(w.body)}<select id="f-body"><option value="">${h(w.all)}</option></select></label>
<label>${h(w.category)}<select id="f-cat"><option value="">${h(w.all)}</option></select></label>
<label>${h(w.document)}<select id="f-doc"><option value="">${h(w.all)}</option></select></label>
<label>${h(w.from)}<input id="f-from" type="date"></label>
<label>${h(w.to)}<input id="f-to" type="date"></label>
<button id="f-reset" type="button">${h(w.reset)}</button>
<span id="count"></span>
</div>
<table id="tasks"><colgroup><col class="where"><col class="who"><col class="who"><col class="date"><col class="status"><col class="days"><col></colgroup><thead><tr><th>${h(L.where)}</th><th>${h(L.lead)}</th><th>${h(L.coordinators)}</th><th>${h(L.deadline)}</th><th>${h(L.status)}</th><th class="n">${h(w.daysOverdue)}</th><th>${h(L.task)}</th></tr></thead><tbody></tbody></table>
<button id="more" type="button" class="noprint" hidden></button>
</section>
<section id="documents" class="docs"><h2>${h(w.documents)}</h2><div id="docs"></div></section>
<script type="application/json" id="plan-data">${scriptJson(data)}</script>
<script>${CLIENT}</script>
</body>
</html>
`
}

/** "quá hạn {n} ngày"…: the status words with a place for the number, for the script. */
const STATUS_TEMPLATES: Record<Lang, { overdue: string; dueToday: string; dueIn: string; doneLate: string }> = Object.fromEntries(
  (['vi', 'en'] as const).map((l) => {
    const s = STATUS_WORDS[l]
    const t = (f: (n: number) => string) => f(987654321).replace('987654321', '{n}')
    return [l, { overdue: t(s.overdue), dueToday: s.dueToday, dueIn: t(s.dueIn), doneLate: t(s.doneLate) }]
  }),
) as Record<Lang, { overdue: string; dueToday: string; dueIn: string; doneLate: string }>

/**
 * The tasks as arrays, bodies and documents by index: a large report is mostly this data, and repeating each body's name
 * and each file's path on every task would double it. Index by index, see the script (client.ts).
 */
function compact(model: ReportModel, label: (d: ReportModel['documents'][number]) => string) {
  const bodies: string[] = []
  const bodyIx = new Map<string, number>()
  const body = (n: string) => {
    let i = bodyIx.get(n)
    if (i === undefined) bodyIx.set(n, (i = bodies.push(n) - 1))
    return i
  }
  const catIx = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]))
  const tasks = model.tasks.map((t, i) => [
    model.docOf[i],
    t.line,
    t.column,
    t.lead.map(body),
    t.coordinators.map(body),
    t.deadline,
    catIx.get(t.status)!,
    t.daysOverdue,
    t.daysLeft,
    t.text.replace(/\s+/g, ' ').trim(),
    model.section[i],
    t.deadlineText,
  ])
  const docs = model.documents.map((d) => [label(d), d.file, d.number, d.kind, d.title, d.issuedOn, d.issuer, d.signer, d.sections.map((s) => [s.id, s.number, s.title, s.level])])
  return { bodies, docs, tasks }
}
