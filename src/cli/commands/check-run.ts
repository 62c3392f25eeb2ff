// `plan check` and `plan check --init` as functions of (operands, options, io): config → files → engine → report → exit code.
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { colorLevel } from '../../shared/color.js'
import { expandOperands, type InputError } from '../inputs.js'
import { EXIT, UserError, type Io } from '../io.js'
import { writeAtomic } from '../write.js'
import { openAtomic, Spool, streamSink, type Sink } from '../output.js'
import { reportTargets, type ReportArg } from './check-reports.js'
import { CONFIG_NAME } from '../../config/load.js'
import { configsInForce, printedConfig, settingsFor, type ConfigFor, type InForce } from './check-config.js'
import { DuplicateNumbers } from '../../check/rules/duplicate-number.js'
import { knownFilter, makeBaseline, parseBaseline, type Baseline } from '../../check/baseline.js'
import { readRegularFile } from '../../shared/files.js'
import { FIXABLE, fixText, utf8Text } from '../../check/fix.js'
import { LIMITS } from '../../core/read/types.js'
import { safeText } from '../../shared/sanitize.js'
import { validateConfig } from '../../config/validate.js'
import { globProblem, matchesList, selected } from '../../config/glob.js'
import { addSeen, starterConfig, type SeenAgencies } from '../../config/init.js'
import { parseUserDate } from '../../query/dates.js'
import { checkFiles } from '../../check/engine.js'
import { createProgress } from '../../check/progress.js'
import { STREAMS, FORMATS } from '../../check/reporters/index.js'
import { defaultSettings } from '../../check/rules/index.js'
import type { FileResult, Finding, RuleId, Settings } from '../../check/types.js'

export interface CheckFlags {
  /** --format and -o as given, in order (./check-reports.ts); none: pretty on standard output */
  reports?: ReportArg[]
  config?: string
  asOf?: string
  maxWarnings?: string
  quiet?: boolean
  /** print the configuration in force for this file, and check nothing */
  printConfig?: string
  /** mend the findings of the mechanical rules in the files themselves */
  fix?: boolean
  /** findings recorded in this file are not reported: only new ones fail */
  baseline?: string
  /** write the baseline file from this run's findings (all of them are then known) */
  updateBaseline?: boolean
  /** --ignore-pattern, each time given */
  ignorePattern?: string[]
  init?: boolean
  force?: boolean
  color?: boolean
  threads?: string
}

export interface CheckRun {
  output: string
  exitCode: number
}

export async function runCheck(operands: string[], flags: CheckFlags, io: Io, version: string): Promise<CheckRun> {
  if (flags.init) return runInit(operands, flags, io)
  const targets = reportTargets(flags.reports ?? [], FORMATS)
  // a report file that would be refused at the end is refused before the corpus is read
  for (const t of targets) if (t.file !== null && !flags.force && (await exists(path.resolve(io.cwd, t.file)))) throw new UserError(`${t.file}: already exists (pass --force to replace it)`)
  // -1, as in eslint, is no limit: a CI script can pass the flag always and set the number per branch
  const maxWarnings = flags.maxWarnings === undefined || flags.maxWarnings === '-1' ? -1 : count(flags.maxWarnings, '--max-warnings')
  const configFor = configsInForce(io, flags.config)
  const asOfFlag = flags.asOf === undefined ? undefined : flags.asOf === 'today' ? io.today() : isoDate(flags.asOf)
  // --ignore-pattern, and an operand `!glob` (one that is not a path): relative to the working folder, after the config
  const split = await ignoreOperands(operands, io)
  operands = split.operands
  const ignore = [...(flags.ignorePattern ?? []), ...split.ignore]
  for (const g of ignore) {
    const why = globProblem(g)
    if (why) throw new UserError(`--ignore-pattern "${g}": ${why}`)
  }
  const keep = (f: string, c: InForce) => selected(rel(io.cwd, c.base, f), c.config.include, c.config.exclude) && !matchesList(rel(io.cwd, io.cwd, f), ignore)
  const isChecked = async (f: string) => keep(f, await configFor(f))
  if (flags.printConfig !== undefined) {
    const f = flags.printConfig
    return { output: printedConfig(await configFor(f), io, f, await isChecked(f)), exitCode: EXIT.ok }
  }
  if (flags.updateBaseline && flags.baseline === undefined) throw new UserError('--update-baseline needs --baseline FILE: the file to write')
  // the baseline is read before the corpus, so a bad one stops the run at once; --update-baseline replaces it
  const baseline = flags.baseline === undefined ? null : { file: flags.baseline, known: flags.updateBaseline ? null : await readBaseline(flags.baseline, io) }
  const input = await inputFiles(operands, io)
  // the files to check, grouped by the config in force for them and the rules its overrides give (in the order first met)
  const groups = new Map<string, { c: InForce; settings: Settings; files: string[] }>()
  const configIds = new Map<InForce, number>()
  for (const f of input.files) {
    const c = await configFor(f)
    if (!keep(f, c)) continue
    const settings = settingsFor(c, f, io.cwd)
    if (!configIds.has(c)) configIds.set(c, configIds.size)
    const k = `${configIds.get(c)} ${JSON.stringify(settings)}`
    const g = groups.get(k)
    g ? g.files.push(f) : groups.set(k, { c, settings, files: [f] })
  }
  const files = [...groups.values()].flatMap((g) => g.files)
  if (!files.length) {
    for (const e of input.errors.slice(0, -1)) io.stderr.write(`plan: ${e.file}: ${e.message}\n`)
    const last = input.errors.at(-1)
    throw new UserError(last ? `${last.file}: ${last.message}` : `no documents to check in ${operands.join(' ') || '.'}${input.files.length ? ' (after include/exclude)' : ''}`)
  }

  // an operand or folder that could not be read is a finding of rule `unreadable` (or, with the rule off, a line on
  // stderr), and the other files are still checked
  const unread = await unreadableInputs(input.errors, configFor, io)
  const progress = createProgress(io.stderr)
  // a document number is a duplicate across the whole run, whichever config each file is under
  const numbers = new DuplicateNumbers()
  const summary = { files: 0, errors: 0, warnings: 0 }
  // each report is written as the files are checked, file by file, into a spool (memory, then a temporary file when it
  // grows): the run keeps counts, never every finding, and a report goes out only once the run has ended
  const outs = targets.map((t) => ({
    t,
    stream: STREAMS[t.format]({ color: t.file === null ? colorLevel(io, flags.color) : flags.color ? 1 : 0, version }),
    body: new Spool(),
  }))
  // a finding is named in the baseline by its path from the baseline's folder, wherever the run starts
  const baseDir = baseline && path.dirname(path.resolve(io.cwd, baseline.file))
  const relToBaseline = (f: string) => path.relative(baseDir!, path.resolve(io.cwd, f)).split(path.sep).join('/')
  const known = baseline?.known ? knownFilter(baseline.known, relToBaseline) : null
  // --update-baseline: every finding becomes known, so the files with findings are kept to write it
  const toBaseline: FileResult[] = []
  const knownCounts = { errors: 0, warnings: 0 }
  const fixed: { file: string; rules: string[] }[] = []
  // one file's findings through --fix, the baseline and --quiet, then into every report
  const emit = async (r: FileResult) => {
    if (flags.fix && r.findings.length) {
      const f = await fixFile(r, io, summary)
      if (f.rules) fixed.push({ file: r.file, rules: f.rules })
      r = f.result
    }
    let findings = r.findings
    if (baseline && findings.length) {
      const isKnown = known ? known(r) : () => true
      if (!known) toBaseline.push(r)
      findings = findings.filter((f) => {
        if (!isKnown(f)) return true
        f.severity === 'error' ? knownCounts.errors++ : knownCounts.warnings++
        return false
      })
    }
    if (flags.quiet) findings = findings.filter((f) => f.severity === 'error')
    for (const o of outs) o.body.write(o.stream.file({ file: r.file, findings }))
  }
  try {
    for (const r of unread.results) await emit(r)
    for (const { c, settings, files: group } of groups.values()) {
      const done = summary.files
      const s = await checkFiles(
        group,
        {
          cwd: io.cwd,
          settings,
          asOf: asOfFlag ?? c.config.asOf ?? null,
          agencies: c.config.agencies ?? null,
          threads: threads(flags.threads),
          onProgress: (n) => progress.update(done + n, files.length),
          maxBytes: io.maxBytes,
          numbers,
        },
        (r) => {
          // the counts first: --fix takes back what it mends
          for (const f of r.findings) f.severity === 'error' ? summary.errors++ : summary.warnings++
          return emit(r)
        },
      )
      summary.files += s.files
    }
    progress.done()
    summary.files += unread.results.length
    summary.errors += unread.errors
    summary.warnings += unread.warnings
    for (const f of fixed) io.stderr.write(`plan: ${safeText(f.file)}: fixed ${f.rules.join(', ')}\n`)
    if (baseline && !baseline.known) {
      const made = makeBaseline(toBaseline, relToBaseline)
      await writeAtomic(baseline.file, JSON.stringify(made, null, 2) + '\n', io, { force: true })
      const n = made.findings.reduce((a, e) => a + e.count, 0)
      io.stderr.write(`plan: ${safeText(baseline.file)}: wrote the baseline, ${n} ${n === 1 ? 'finding' : 'findings'}\n`)
    }
    summary.errors -= knownCounts.errors
    summary.warnings -= knownCounts.warnings
    const reported = flags.quiet ? { ...summary, warnings: 0 } : summary
    // every report is built from the one check; files are written before anything goes to standard output
    const ends = outs.map((o) => o.stream.end(reported))
    for (const [i, o] of outs.entries()) if (o.t.file !== null) await writeReport(await openAtomic(o.t.file, io, { force: !!flags.force }), ends[i], o.body)
    for (const [i, o] of outs.entries()) if (o.t.file === null) await writeReport(streamSink(io.stdout), ends[i], o.body)
  } finally {
    progress.done()
    for (const o of outs) o.body.drop()
  }
  const tooMany = maxWarnings >= 0 && summary.warnings > maxWarnings
  if (tooMany && !summary.errors) io.stderr.write(`plan: ${summary.warnings} warnings, more than --max-warnings ${maxWarnings}\n`)
  return { output: '', exitCode: summary.errors || tooMany ? EXIT.findings : EXIT.ok }
}

/** A report: its head, the files' text kept aside, its tail; a file target takes its place only when all is written. */
async function writeReport(sink: Sink, end: { head: string; tail: string }, body: Spool): Promise<void> {
  try {
    await sink.write(end.head)
    for (const piece of body.read()) await sink.write(piece)
    await sink.write(end.tail)
    await sink.close()
  } catch (e) {
    await sink.abort()
    throw e
  }
}

/** Scans the corpus with the defaults and writes a config that passes on it: bodies seen as the registry, erroring rules lowered to warn. */
async function runInit(operands: string[], flags: CheckFlags, io: Io): Promise<CheckRun> {
  const target = flags.config ?? CONFIG_NAME
  const { files, errors } = await inputFiles(operands, io)
  // what could not be read is said, and the starter is built from the rest
  for (const e of errors) io.stderr.write(`plan: ${e.file}: ${e.message}\n`)
  if (!files.length) throw new UserError(`no documents found in ${operands.join(' ') || '.'} to build a starter config from`)
  const defaults = defaultSettings()
  const seen: SeenAgencies = new Map()
  const erroring = new Map<RuleId, number>()
  await checkFiles(files, { cwd: io.cwd, settings: defaults, asOf: null, agencies: null, collectAgencies: true, threads: threads(flags.threads), maxBytes: io.maxBytes }, (r, o) => {
    for (const f of r.findings) if (f.severity === 'error') erroring.set(f.ruleId, (erroring.get(f.ruleId) ?? 0) + 1)
    for (const a of o.agencies ?? []) addSeen(seen, a.name, a.forms)
  })
  const starter = validateConfig(starterConfig(defaults, new Set(erroring.keys()), seen), target)
  await writeAtomic(target, JSON.stringify(starter, null, 2) + '\n', io, { force: !!flags.force })
  const lines = [`wrote ${target}: ${starter.agencies?.length ?? 0} agencies seen in ${files.length} documents, rule defaults`]
  for (const [id, n] of erroring) lines.push(`  ${id}: lowered to "warn" (${n} ${n === 1 ? 'error' : 'errors'} in these documents; fix them, then set it back to "error")`)
  return { output: lines.join('\n') + '\n', exitCode: EXIT.ok }
}

/** The files to check, and every operand or folder that could not be read (each one error, the rest still found). */
async function inputFiles(operands: string[], io: Io): Promise<{ files: string[]; errors: InputError[] }> {
  if (operands.includes('-')) throw new UserError('plan check reads files and folders, not standard input')
  return expandOperands(operands.length ? operands : ['.'], io)
}

/** Input errors as findings of rule `unreadable` at the path, with its severity; with the rule off, lines on stderr. */
async function unreadableInputs(errors: InputError[], configFor: ConfigFor, io: Io): Promise<{ results: FileResult[]; errors: number; warnings: number }> {
  const out = { results: [] as FileResult[], errors: 0, warnings: 0 }
  for (const e of errors) {
    const setting = settingsFor(await configFor(e.file), e.file, io.cwd).unreadable
    if (setting === 'off') {
      io.stderr.write(`plan: ${e.file}: ${e.message}\n`)
      continue
    }
    const severity = setting === 'error' ? 'error' : 'warning'
    out.results.push({ file: e.file, findings: [{ ruleId: 'unreadable', severity, line: 1, column: 1, message: e.message } satisfies Finding] })
    severity === 'error' ? out.errors++ : out.warnings++
  }
  return out
}

/** A file's path relative to the folder the globs belong to, with forward slashes. */
function rel(cwd: string, base: string, file: string): string {
  return path.relative(base, path.resolve(cwd, file)).split(path.sep).join('/')
}

/** Operands `!glob` that name no path are patterns to ignore (the glob after the `!`); the rest are paths. */
async function ignoreOperands(operands: string[], io: Io): Promise<{ operands: string[]; ignore: string[] }> {
  const out = { operands: [] as string[], ignore: [] as string[] }
  for (const op of operands) {
    if (op.startsWith('!') && op.length > 1 && !(await exists(path.resolve(io.cwd, op)))) out.ignore.push(op.slice(1))
    else out.operands.push(op)
  }
  return out
}

/**
 * --fix: a text file (UTF-8 .txt or markdown) with findings of a fixable rule is mended and written atomically, and
 * those findings leave the report and the counts. A file with no such finding is not touched, nor are other formats.
 */
async function fixFile(r: FileResult, io: Io, summary: { errors: number; warnings: number }): Promise<{ result: FileResult; rules?: string[] }> {
  const rules = new Set(r.findings.map((f) => f.ruleId).filter((id) => FIXABLE.has(id)))
  const text = rules.size && /\.(txt|md|markdown)$/i.test(r.file) ? utf8Text(await readRegularFile(path.resolve(io.cwd, r.file), io.maxBytes ?? LIMITS.maxFileBytes).catch(() => new Uint8Array([0xff]))) : null
  if (text === null) return { result: r }
  const mended = fixText(text, rules)
  // a rule is fixed when mending again would change nothing (a decomposed line with unicode-normalised off keeps its old tones)
  const done = new Set([...rules].filter((id) => fixText(mended, new Set([id])) === mended))
  if (mended === text || !done.size) return { result: r }
  await writeAtomic(r.file, mended, io, { force: true })
  for (const f of r.findings) if (done.has(f.ruleId)) f.severity === 'error' ? summary.errors-- : summary.warnings--
  return { result: { file: r.file, findings: r.findings.filter((f) => !done.has(f.ruleId)) }, rules: [...done] }
}

/** --baseline FILE: must exist (--update-baseline writes it) and be one. */
async function readBaseline(file: string, io: Io): Promise<Baseline> {
  let text: string
  try {
    text = (await readRegularFile(path.resolve(io.cwd, file), 256 * 1024 * 1024)).toString('utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new UserError(`${file}: ${code === 'ENOENT' ? 'no such baseline (write it with --update-baseline)' : `cannot read the baseline (${code ?? (e as Error).message})`}`)
  }
  return parseBaseline(text, file)
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  )
}

function count(s: string, flag: string): number {
  if (!/^\d+$/.test(s)) throw new UserError(`${flag} expects a whole number${flag === '--max-warnings' ? ' (or -1 for no limit)' : ''}, not "${s}"`)
  return Number(s)
}

function threads(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Math.max(1, count(s, '--threads'))
}

/** --as-of: YYYY-MM-DD or DD/MM/YYYY, as every command takes a date. */
function isoDate(s: string): string {
  const d = parseUserDate(s)
  if (!d) throw new UserError(`--as-of expects a date YYYY-MM-DD or DD/MM/YYYY, or "today", not "${s}"`)
  return d
}
