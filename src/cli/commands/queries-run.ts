// The I/O of the query commands: load the inputs, check the options, call the pure queries, render, write; returns the exit code.
import type { PlanDocument } from '../../core/contract/schema.js'
import { agencySummary, bodiesOf, classifyAll, dropRepeatedTasks, fileOf, filterTasks, isListed, parseStatus, parseUserDate, statusFormatOf, summarize, taskRows, unknownAgencies, type StatusEntry, type TaskFilter } from '../../query/index.js'
import type { Lang } from '../../report/labels.js'
import { CATEGORY_VI } from '../../query/overdue.js'
import type { TaskRow } from '../../query/rows.js'
import { agenciesReport, overdueReport, summaryReport, tasksReport, type ViewOptions } from '../../report/views.js'
import { encodingOption, expandOperands } from '../inputs.js'
import { EXIT, UserError, type Io } from '../io.js'
import { writeAtomic } from '../write.js'
import { initStatusFile, readStatusText } from '../status-file.js'
import { safeText } from '../../shared/sanitize.js'
import { emit, outputFormat, type Extras } from './emit.js'
import { langOption } from './options.js'

export { outputWidth } from './emit.js'

interface OutputOpts {
  encoding?: string
  format?: string
  output?: string
  force?: boolean
  color?: boolean
  lang?: string
  delimiter?: string
  alarm?: string
  strict?: boolean
  jobs?: string
}

interface FilterOpts {
  chuTri?: string[]
  lead?: string[]
  phoiHop?: string[]
  coordinator?: string[]
  agency?: string[]
  dueBefore?: string
  dueAfter?: string
  /** false when --no-deadline was given */
  deadline?: boolean
  kind?: string[]
  grep?: string[]
}

interface OverdueOpts extends OutputOpts, FilterOpts {
  asOf?: string
  status?: string
  initStatus?: string
  by?: string
  all?: boolean
  failOnOverdue?: boolean
}

interface AgenciesOpts extends OutputOpts {
  asOf?: string
  status?: string
}

export async function runTasks(operands: string[], opts: OutputOpts & FilterOpts, io: Io): Promise<number> {
  const format = outputFormat(opts, ['ics', 'xlsx'])
  const lang = langOption(opts.lang)
  const { docs, failed } = await loadAll(operands, io, opts)
  // nothing read: nothing on standard output (no empty table, no "0 tasks"), the errors are on stderr
  if (!docs.length && failed) return EXIT.failure
  const rows = filterTasks(taskRows(docs), await taskFilter(docs, opts, io))
  const report = tasksReport(rows, viewOptions(docs, opts, lang))
  await emit(report, format, opts, io, {
    sheets: () => [{ name: lang === 'vi' ? 'Nhiệm vụ' : 'Tasks', report: report }],
    ics: { rows: () => rows, options: icsOptions(docs, io, lang) },
  })
  return failed ? EXIT.failure : EXIT.ok
}

export async function runOverdue(operands: string[], opts: OverdueOpts, io: Io): Promise<number> {
  const format = outputFormat(opts, ['ics', 'xlsx'])
  const lang = langOption(opts.lang)
  if (opts.by !== undefined && opts.by !== 'agency' && opts.by !== 'file') throw new UserError(`unknown --by "${opts.by}" (agency or file)`)
  const asOf = asOfDate(opts.asOf, io)
  const { docs, failed } = await loadAll(operands, io, opts)
  if (!docs.length && failed) return EXIT.failure
  const rows = filterTasks(taskRows(docs), await taskFilter(docs, opts, io))
  if (opts.initStatus) {
    await initStatus(opts.initStatus, rows, io)
    return failed ? EXIT.failure : EXIT.ok
  }
  const classified = classifyAll(rows, asOf, await readStatus(opts.status, docs, io))
  const by = opts.by as 'agency' | 'file' | undefined
  // grouped by the one key `plan agencies` uses, and named as it names them
  const view = viewOptions(docs, opts, lang)
  const listed = opts.all ? classified : classified.filter(isListed)
  const ics: Extras['ics'] = { rows: () => listed, options: { ...icsOptions(docs, io, lang), category: (r) => categoryOf(r as OverdueRowLike, lang) } }
  if (by) {
    const summary = summaryReport(summarize(classified, by, by === 'agency' ? bodiesOf(docs) : []), by, asOf, view)
    // the workbook: the summary, then every task with its category (the overdue ones highlighted)
    const sheets = () => [
      { name: lang === 'vi' ? 'Tổng hợp' : 'Summary', report: summary },
      { name: lang === 'vi' ? 'Nhiệm vụ' : 'Tasks', report: overdueReport(classified, asOf, view) },
    ]
    await emit(summary, format, opts, io, { sheets, ics })
  } else {
    const report = overdueReport(listed, asOf, view)
    await emit(report, format, opts, io, { sheets: () => [{ name: lang === 'vi' ? 'Quá hạn' : 'Overdue', report: report }], ics })
  }
  if (failed) return EXIT.failure
  return opts.failOnOverdue && classified.some((r) => r.status === 'overdue') ? EXIT.findings : EXIT.ok
}

export async function runAgencies(operands: string[], opts: AgenciesOpts, io: Io): Promise<number> {
  const format = outputFormat(opts, ['xlsx'])
  const lang = langOption(opts.lang)
  const asOf = asOfDate(opts.asOf, io)
  const { docs, failed } = await loadAll(operands, io, opts)
  if (!docs.length && failed) return EXIT.failure
  const classified = classifyAll(taskRows(docs), asOf, await readStatus(opts.status, docs, io))
  const report = agenciesReport(agencySummary(docs, classified), asOf, viewOptions(docs, {}, lang))
  await emit(report, format, opts, io, { sheets: () => [{ name: lang === 'vi' ? 'Cơ quan' : 'Bodies', report: report }] })
  return failed ? EXIT.failure : EXIT.ok
}

/**
 * Every operand's documents; a file that cannot be used is reported on stderr and the others still answer. No document
 * at all (an empty folder) is an error; a task read twice (same id, same source file) is kept once, with a warning.
 */
export async function loadAll(operands: string[], io: Io, opts: { encoding?: string; strict?: boolean; jobs?: string }): Promise<{ docs: PlanDocument[]; failed: boolean }> {
  const encoding = encodingOption(opts.encoding)
  const { files, errors } = await expandOperands(operands, io)
  if (!files.length && !errors.length) throw new UserError(`no documents found in ${operands.join(' ')}`)
  const read: PlanDocument[] = []
  const { loadFiles, jobsOption } = await import('../load.js')
  for await (const o of loadFiles(files, io, { encoding, strict: opts.strict, saved: true, jobs: jobsOption(opts.jobs) })) {
    if ('error' in o) errors.push(o.error)
    else if ('doc' in o) read.push(o.doc)
  }
  for (const e of errors) io.stderr.write(`plan: ${e.file}: ${e.message}\n`)
  const { docs, repeats } = dropRepeatedTasks(read)
  for (const r of repeats) {
    const n = r.count === 1 ? '1 task' : `${r.count} tasks`
    io.stderr.write(`plan: ${safeText(r.file)}: ${n} read twice (the file named twice, or with saved JSON of it), counted once\n`)
  }
  return { docs, failed: errors.length > 0 }
}

/** What the human formats need besides the rows: the language, the document numbers, the body filters given. */
export function viewOptions(docs: PlanDocument[], opts: FilterOpts, lang: Lang): ViewOptions {
  const numbers = new Map(docs.map((d) => [fileOf(d), d.meta.number]))
  return {
    lang,
    documentOf: (file) => numbers.get(file) ?? null,
    filtered: { lead: !!(opts.chuTri?.length || opts.lead?.length), coordinators: !!(opts.phoiHop?.length || opts.coordinator?.length) },
  }
}

async function taskFilter(docs: PlanDocument[], o: FilterOpts, io: Io): Promise<TaskFilter> {
  // the agency registry of plan.config.json (nearest above the working folder) names bodies by their aliases too
  const aka = await registryNames(io)
  const f: TaskFilter = {
    lead: aka([...(o.chuTri ?? []), ...(o.lead ?? [])]),
    coordinator: aka([...(o.phoiHop ?? []), ...(o.coordinator ?? [])]),
    agency: o.agency && aka(o.agency),
    dueBefore: o.dueBefore === undefined ? undefined : userDate('--due-before', o.dueBefore),
    dueAfter: o.dueAfter === undefined ? undefined : userDate('--due-after', o.dueAfter),
    noDeadline: o.deadline === false,
    kind: o.kind,
    grep: o.grep,
  }
  if (o.kind?.length) {
    const { DOC_KINDS } = await import('../../core/contract/schema.js')
    const bad = o.kind.find((k) => !(DOC_KINDS as readonly string[]).includes(k))
    if (bad) throw new UserError(`unknown --kind "${bad}" (one of ${DOC_KINDS.join(', ')})`)
  }
  const unknown = unknownAgencies(docs, f)
  if (unknown.length) {
    const none = bodiesCount(docs) ? '; `plan agencies` lists the bodies in the input' : ' (the input names no bodies)'
    const say = (u: (typeof unknown)[number]) => `no body matches "${u.query}"` + (u.suggestions.length ? `; did you mean: ${u.suggestions.join(', ')}?` : none)
    for (const u of unknown.slice(0, -1)) io.stderr.write(`plan: ${safeText(say(u))}\n`)
    throw new UserError(say(unknown[unknown.length - 1]))
  }
  return f
}

/** Maps each query through the configured registry's aliases (a name it does not know is kept as given). */
async function registryNames(io: Io): Promise<(names: string[]) => string[]> {
  // the loader alone: zod and the registry are loaded only when there is a config, and one with bodies
  const { loadConfig } = await import('../../config/load.js')
  const loaded = await loadConfig(io.cwd)
  const entries = loaded?.config.agencies
  if (!entries?.length) return (names) => names
  const reg = (await import('../../config/registry.js')).buildRegistry(entries)
  return (names) => names.map((n) => reg.canonical(n) ?? n)
}

/** --as-of: a date, or today in Vietnam (from Io, so tests fix it) when absent or "today". */
export function asOfDate(value: string | undefined, io: Io): string {
  return value === undefined || value === 'today' ? io.today() : userDate('--as-of', value)
}

function userDate(flag: string, value: string): string {
  const d = parseUserDate(value)
  if (!d) throw new UserError(`${flag} "${value}": expected a date as YYYY-MM-DD or DD/MM/YYYY`)
  return d
}

export async function readStatus(file: string | undefined, docs: PlanDocument[], io: Io): Promise<Map<string, StatusEntry> | undefined> {
  if (!file) return undefined
  // decoded as documents are (UTF-8, UTF-16 with a BOM, Windows-1258); a file that cannot be read for certain is refused
  const text = await readStatusText(file, io)
  const shown = safeText(file)
  const { entries, problems } = parseStatus(text, statusFormatOf(file))
  if (problems.length) {
    for (const p of problems.slice(1)) io.stderr.write(`plan: ${shown}:${p.line}: ${safeText(p.message)}\n`)
    throw new UserError(`${shown}:${problems[0].line}: ${safeText(problems[0].message)}`)
  }
  const ids = new Set(docs.flatMap((d) => d.tasks.map((t) => t.id)))
  const stray = [...entries.keys()].filter((id) => !ids.has(id)).length
  if (stray) io.stderr.write(`plan: ${shown}: ${stray} task id${stray === 1 ? '' : 's'} not in the input (ignored)\n`)
  return entries
}

/**
 * Always merges, into the file's own bytes and encoding, under a lock: the rows already in the file are kept as they
 * are, so it may replace the file without --force.
 */
async function initStatus(file: string, rows: ReturnType<typeof taskRows>, io: Io): Promise<void> {
  const merged = await initStatusFile(file, rows, io)
  io.stderr.write(`plan: ${safeText(file)}: ${merged.added} task${merged.added === 1 ? '' : 's'} added, ${merged.kept} kept\n`)
}

type OverdueRowLike = TaskRow & { status?: keyof typeof CATEGORY_VI }

/** A calendar event's category: where the task stands, in words. */
function categoryOf(r: OverdueRowLike, lang: Lang): string | null {
  if (!r.status) return null
  return lang === 'vi' ? CATEGORY_VI[r.status] : r.status
}

/** The calendar's stamp (today) and name, and the document numbers for the events' descriptions. */
function icsOptions(docs: PlanDocument[], io: Io, lang: Lang) {
  const numbers = new Map(docs.map((d) => [fileOf(d), d.meta.number]))
  return { stamp: io.today(), lang, name: lang === 'vi' ? 'Thời hạn nhiệm vụ' : 'Task deadlines', documentOf: (f: string) => numbers.get(f) ?? null }
}

function bodiesCount(docs: PlanDocument[]): number {
  return bodiesOf(docs).length
}
