// The I/O of the query commands: read the inputs one document at a time, check the options, call the pure queries, render, write; returns the exit code.
import type { PlanDocument } from '../../core/contract/schema.js'
// from each module, not the query/index.js barrel: the status file's reader (and its decoders) loads only with --status
import { agencyTally } from '../../query/agencies.js'
import { parseUserDate } from '../../query/dates.js'
import { namesBodies, taskMatcher, unknownAmong, type TaskFilter } from '../../query/filter.js'
import { CATEGORY_VI, classify, isListed, summaryTally, type OverdueRow } from '../../query/overdue.js'
import { taskRow } from '../../query/rows.js'
import type { StatusEntry } from '../../query/status.js'
import type { Lang } from '../../report/labels.js'
import type { TaskRow } from '../../query/rows.js'
import { isStreamed } from '../../report/stream.js'
import { agenciesReport, overdueReport, summaryReport, tasksReport, type ViewOptions } from '../../report/views.js'
import { corpusInputs, readCorpus, type Corpus } from '../corpus.js'
import { EXIT, UserError, type Io } from '../io.js'
import { safeText } from '../../shared/sanitize.js'
import { emit, outputFormat, recordOutput, type Extras } from './emit.js'
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
  const inputs = await corpusInputs(operands, io, opts)
  const filter = await taskFilter(opts, io)
  const matches = taskMatcher(filter)
  // written as read when the format allows and nothing can fail later (a body name can only be checked at the end);
  // otherwise only the rows that pass the filter are kept
  const out = isStreamed(format) && !namesBodies(filter) ? recordOutput(format, tasksReport([], { lang }).columns, opts, io) : null
  const rows: TaskRow[] = []
  return guarded(out, async () => {
    const corpus = await readCorpus(inputs, io, async (d) => {
      for (const t of d.tasks) {
        const r = taskRow(d, t)
        if (!matches(r)) continue
        if (out) await out.add(r)
        else rows.push(r)
      }
    })
    // nothing read: nothing on standard output (no empty table, no "0 tasks"), the errors are on stderr
    if (!corpus.documents && corpus.failed) return abandon(out)
    checkBodies(filter, corpus, io)
    if (out) await out.finish()
    else {
      const report = tasksReport(rows, viewOptions(corpus, opts, lang))
      await emit(report, format, opts, io, {
        sheets: () => [{ name: lang === 'vi' ? 'Nhiệm vụ' : 'Tasks', report: report }],
        ics: { rows: () => rows, options: icsOptions(corpus, io, lang) },
      })
    }
    return corpus.failed ? EXIT.failure : EXIT.ok
  })
}

export async function runOverdue(operands: string[], opts: OverdueOpts, io: Io): Promise<number> {
  const format = outputFormat(opts, ['ics', 'xlsx'])
  const lang = langOption(opts.lang)
  if (opts.by !== undefined && opts.by !== 'agency' && opts.by !== 'file') throw new UserError(`unknown --by "${opts.by}" (agency or file)`)
  const by = opts.by as 'agency' | 'file' | undefined
  const asOf = asOfDate(opts.asOf, io)
  const inputs = await corpusInputs(operands, io, opts)
  const filter = await taskFilter(opts, io)
  const matches = taskMatcher(filter)
  const status = opts.initStatus ? null : await statusFile(opts.status, io)
  const listing = !opts.initStatus && !by
  const out = listing && status?.ok !== false && isStreamed(format) && !namesBodies(filter) ? recordOutput(format, overdueReport([], asOf, { lang }).columns, opts, io) : null
  // kept: the filtered rows for --init-status; every classified row for --by's workbook; the listed rows otherwise
  const starter: TaskRow[] = []
  const all: OverdueRow[] = []
  const listed: OverdueRow[] = []
  const keepAll = by !== undefined && format === 'xlsx'
  const summary = by ? summaryTally(by) : null
  let anyOverdue = false
  return guarded(out, async () => {
    const corpus = await readCorpus(inputs, io, async (d) => {
      status?.see(d)
      for (const t of d.tasks) {
        const row = taskRow(d, t)
        if (!matches(row)) continue
        if (opts.initStatus) {
          starter.push(row)
          continue
        }
        if (status?.ok === false) continue
        const r = classify(row, asOf, status?.entries?.get(row.id))
        if (r.status === 'overdue') anyOverdue = true
        summary?.add(r)
        if (keepAll) all.push(r)
        if (!opts.all && !isListed(r)) continue
        if (out) await out.add(r)
        else if (!by || format === 'ics') listed.push(r)
      }
    })
    if (!corpus.documents && corpus.failed) return abandon(out)
    checkBodies(filter, corpus, io)
    if (opts.initStatus) {
      await initStatus(opts.initStatus, starter, io)
      return corpus.failed ? EXIT.failure : EXIT.ok
    }
    status?.check(io)
    const view = viewOptions(corpus, opts, lang)
    const ics: Extras['ics'] = { rows: () => listed, options: { ...icsOptions(corpus, io, lang), category: (r) => categoryOf(r as OverdueRowLike, lang) } }
    if (out) await out.finish()
    else if (summary) {
      // grouped by the one key `plan agencies` uses, and named as it names them
      const report = summaryReport(summary.rows(by === 'agency' ? corpus.bodies.list() : []), by!, asOf, view)
      // the workbook: the summary, then every task with its category (the overdue ones highlighted)
      const sheets = () => [
        { name: lang === 'vi' ? 'Tổng hợp' : 'Summary', report },
        { name: lang === 'vi' ? 'Nhiệm vụ' : 'Tasks', report: overdueReport(all, asOf, view) },
      ]
      await emit(report, format, opts, io, { sheets, ics })
    } else {
      const report = overdueReport(listed, asOf, view)
      await emit(report, format, opts, io, { sheets: () => [{ name: lang === 'vi' ? 'Quá hạn' : 'Overdue', report: report }], ics })
    }
    if (corpus.failed) return EXIT.failure
    return opts.failOnOverdue && anyOverdue ? EXIT.findings : EXIT.ok
  })
}

export async function runAgencies(operands: string[], opts: AgenciesOpts, io: Io): Promise<number> {
  const format = outputFormat(opts, ['xlsx'])
  const lang = langOption(opts.lang)
  const asOf = asOfDate(opts.asOf, io)
  const inputs = await corpusInputs(operands, io, opts)
  const status = await statusFile(opts.status, io)
  // counts per body, task by task
  const tally = agencyTally()
  const corpus = await readCorpus(inputs, io, (d) => {
    status?.see(d)
    if (status?.ok !== false) for (const t of d.tasks) tally.add(classify(taskRow(d, t), asOf, status?.entries?.get(t.id)))
  })
  if (!corpus.documents && corpus.failed) return EXIT.failure
  status?.check(io)
  const report = agenciesReport(tally.rows(corpus.bodies.list()), asOf, viewOptions(corpus, {}, lang))
  await emit(report, format, opts, io, { sheets: () => [{ name: lang === 'vi' ? 'Cơ quan' : 'Bodies', report: report }] })
  return corpus.failed ? EXIT.failure : EXIT.ok
}

/** Runs `body`; a run that throws leaves the streamed output, if any, unfinished and not in place. */
async function guarded<R>(out: { abort(): Promise<void> } | null, body: () => Promise<R>): Promise<R> {
  try {
    return await body()
  } catch (e) {
    await out?.abort()
    throw e
  }
}

async function abandon(out: { abort(): Promise<void> } | null): Promise<number> {
  await out?.abort()
  return EXIT.failure
}

/** What the human formats need besides the rows: the language, the document numbers, the body filters given. */
export function viewOptions(corpus: Pick<Corpus, 'numbers'>, opts: FilterOpts, lang: Lang): ViewOptions {
  const numbers = corpus.numbers
  return {
    lang,
    documentOf: (file) => numbers.get(file) ?? null,
    filtered: { lead: !!(opts.chuTri?.length || opts.lead?.length), coordinators: !!(opts.phoiHop?.length || opts.coordinator?.length) },
  }
}

async function taskFilter(o: FilterOpts, io: Io): Promise<TaskFilter> {
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
  return f
}

/** Every body the filter names must be in the input: otherwise one line per name (with the closest names), and exit 2. */
function checkBodies(f: TaskFilter, corpus: Corpus, io: Io): void {
  if (!namesBodies(f)) return
  const bodies = corpus.bodies.list()
  const unknown = unknownAmong(bodies, f)
  if (!unknown.length) return
  const none = bodies.length ? '; `plan agencies` lists the bodies in the input' : ' (the input names no bodies)'
  const say = (u: (typeof unknown)[number]) => `no body matches "${u.query}"` + (u.suggestions.length ? `; did you mean: ${u.suggestions.join(', ')}?` : none)
  for (const u of unknown.slice(0, -1)) io.stderr.write(`plan: ${safeText(say(u))}\n`)
  throw new UserError(say(unknown[unknown.length - 1]))
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

/**
 * The --status file, read before the documents so that each task is classified as it is read. A file that cannot be
 * used fails the run only once the documents are read (check), as when it was read after them; the ids it names that are
 * not in the input are counted on the way (see) and said then.
 */
export interface StatusFile {
  ok: boolean
  entries: Map<string, StatusEntry> | null
  /** a document read: its task ids are in the input */
  see(doc: PlanDocument): void
  /** throws the file's problem, or says how many of its ids the input does not have */
  check(io: Io): void
}

export async function statusFile(file: string | undefined, io: Io): Promise<StatusFile | null> {
  if (!file) return null
  const shown = safeText(file)
  let failure: () => never
  try {
    // decoded as documents are (UTF-8, UTF-16 with a BOM, Windows-1258); a file that cannot be read for certain is refused
    const [{ readStatusText }, { parseStatus, statusFormatOf }] = await Promise.all([import('../status-file.js'), import('../../query/status.js')])
    const text = await readStatusText(file, io)
    const { entries, problems } = parseStatus(text, statusFormatOf(file))
    if (!problems.length) {
      const found = new Set<string>()
      return {
        ok: true,
        entries,
        see: (doc) => {
          for (const t of doc.tasks) if (entries.has(t.id)) found.add(t.id)
        },
        check: (io) => {
          const stray = entries.size - found.size
          if (stray) io.stderr.write(`plan: ${shown}: ${stray} task id${stray === 1 ? '' : 's'} not in the input (ignored)\n`)
        },
      }
    }
    failure = () => {
      for (const p of problems.slice(1)) io.stderr.write(`plan: ${shown}:${p.line}: ${safeText(p.message)}\n`)
      throw new UserError(`${shown}:${problems[0].line}: ${safeText(problems[0].message)}`)
    }
  } catch (e) {
    failure = () => {
      throw e
    }
  }
  return { ok: false, entries: null, see: () => {}, check: () => failure() }
}

/**
 * Always merges, into the file's own bytes and encoding, under a lock: the rows already in the file are kept as they
 * are, so it may replace the file without --force.
 */
async function initStatus(file: string, rows: TaskRow[], io: Io): Promise<void> {
  const { initStatusFile } = await import('../status-file.js')
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
function icsOptions(corpus: Pick<Corpus, 'numbers'>, io: Io, lang: Lang) {
  const numbers = corpus.numbers
  return { stamp: io.today(), lang, name: lang === 'vi' ? 'Thời hạn nhiệm vụ' : 'Task deadlines', documentOf: (f: string) => numbers.get(f) ?? null }
}
