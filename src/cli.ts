import {access, constants, mkdir, readFile, stat} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import {type InputFile, expandInputs} from './batch/inputs.js'
import {type Format, allFormats} from './formats.js'
import type {JobSettings} from './batch/job.js'
import {outputPath} from './batch/output-path.js'
import {fileErrorText} from './fs-errors.js'
import {type IncrementalContext, hashSettings, planJobs, recordResult} from './batch/incremental.js'
import {readManifest, writeManifest} from './batch/manifest.js'
import {runJobs} from './batch/pool.js'
import {Progress} from './batch/progress.js'
import {parseShard, takeShard} from './batch/shard.js'
import {itemsFromManifest, writeIndex} from './batch/write-index.js'
import {findConfig} from './config.js'
import {InputError} from './errors.js'
import {InOrderReporter} from './report/in-order.js'
import {Tally} from './report/tally.js'
import type {ReporterName} from './report/reporters.js'
import {actionsJson, actionsTable, listActions} from './report/actions.js'
import type {CatalogueEntry} from './types.js'

/** The world the CLI talks to; `main` touches nothing else, so tests run it in-process. */
export interface CliContext {
  readonly argv: readonly string[]
  readonly cwd: string
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream
  readonly stdin?: NodeJS.ReadableStream
  readonly env?: Readonly<Record<string, string | undefined>>
  /** The package version printed by `--version`, also part of the incremental key. */
  readonly version: string
  /** Aborted on SIGINT/SIGTERM: no new file starts, files under way finish. */
  readonly signal?: AbortSignal
  /** The script of a conversion worker process (bin/worker.js); without it every file is converted in this process. */
  readonly workerScript?: string
}

/**
 * The conversion worker processes run this same bundle (one code cache, one
 * copy of the pipeline): bin/worker.js calls this. The pipeline loads only
 * here, not with the CLI, which never converts when it has workers. Messages
 * that arrive meanwhile wait: Node holds them until a 'message' listener is
 * added.
 */
export async function serveJobs(): Promise<void> {
  const worker = await import('./batch/worker.js')
  worker.serveJobs()
}

/** Exit codes, as documented in the README. */
export const exitCodes = {ok: 0, failed: 1, usage: 2, interrupted: 130} as const

/** The options after the configuration file and the command line are merged. */
interface Options {
  json?: boolean
  html?: boolean
  docx?: boolean
  outDir?: string
  stdout?: boolean
  check?: boolean
  strict?: boolean
  reporter?: ReporterName
  quiet?: boolean
  jobs?: number
  force?: boolean
  shard?: string
  index?: boolean
  indexOnly?: boolean
  maxBytes?: number
  redact?: boolean
  lang?: string
  template?: string
  referenceDocx?: string
  tocPageNumbers?: boolean
  config?: boolean
  debug?: boolean
  followSymlinks?: boolean
  actions?: boolean
  owner?: string
}

const defaultMaxBytes = 16 * 1024 * 1024

const examples = `
Examples:
  One file, for a person:
    $ seminar-report minutes.md --docx              write minutes.docx beside minutes.md
    $ seminar-report minutes.md                     write minutes.json, .html and .docx
    $ seminar-report minutes.md --json --stdout     print the understood minutes as JSON

  A notes repository, in CI:
    $ seminar-report notes --check --strict         report problems, write nothing, fail on warnings
    $ seminar-report notes -o site --reporter github
    $ seminar-report notes --actions --owner marie     the open actions of Marie, as a table

  An archive, for an archivist:
    $ seminar-report archive -o catalogue --index   convert every .md below archive/, write index.html
    $ seminar-report 'archive/**/*.md' -o out --shard 2/4 --jobs 8
    $ seminar-report out --index-only -o out         the catalogue of the shards' reports gathered in out/

Exit codes: 0 all good; 1 a file failed (or warned, with --strict); 2 usage error; 130 interrupted.
Options can also be set in seminar-report.config.json (or a "seminar-report" key of package.json).`

function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number above 0')
  return Number(value)
}

function byteSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(k|m|g)?i?b?$/i.exec(value.trim())
  if (!match) throw new InvalidArgumentError('expected a size such as 500000, 800k or 16M')
  const unit = {k: 1024, m: 1024 ** 2, g: 1024 ** 3}[(match[2] ?? '').toLowerCase() as 'k' | 'm' | 'g'] ?? 1
  return Math.round(Number(match[1]) * unit)
}

function buildProgram(context: CliContext): Command {
  return new Command('seminar-report')
    .description('Turn the Markdown minutes of seminars and workshops into JSON, HTML and DOCX reports.')
    .argument('<inputs...>', 'minutes files, folders (searched for *.md, *.markdown), glob patterns; - reads standard input')
    .option('--json', 'write the JSON report (.json)')
    .option('--html', 'write the standalone HTML report (.html)')
    .option('--docx', 'write the Word report (.docx); with no format option, all three are written')
    .option('-o, --out-dir <dir>', "write reports into this folder, mirroring the inputs' paths, instead of beside each input")
    .option('--stdout', 'print the one report asked for to standard output instead of a file')
    .option('--check', 'read and report problems only; write nothing')
    .option('--strict', 'exit with 1 when any warning is reported')
    .addOption(new Option('--reporter <name>', 'how to print diagnostics (default: github when GITHUB_ACTIONS=true, else pretty)').choices(['pretty', 'json', 'github']))
    .option('-q, --quiet', 'no progress bar, no summary line, no information: only warnings and errors')
    .option('-j, --jobs <n>', 'files converted at once, by worker processes (default: the number of cores)', positiveInteger)
    .option('--force', 'convert even the files whose reports are up to date')
    .option('--shard <i/n>', 'convert only the i-th of n slices of the sorted inputs (for CI matrices)')
    .option('--index', 'also write index.html and index.json, a catalogue of the batch, in the output folder')
    .option('--actions', 'print the open actions of every input as a table (JSON with --reporter json); write nothing')
    .option('--owner <name>', 'with --actions: only the actions of this owner (a name, one of its words, or a handle)')
    .option('--index-only', 'convert nothing: write the catalogue of the JSON reports found in the input folders (e.g. the shards of a CI matrix) in the output folder')
    .option('--max-bytes <size>', `refuse inputs larger than this (default: ${defaultMaxBytes / 1024 / 1024}M)`, byteSize)
    .option('--redact', "leave participants' personal names out of every report")
    .option('--lang <tag>', 'language of the minutes and labels (default: front matter, else detected), e.g. fr, en')
    .option('--template <file>', 'HTML page template to use instead of the built-in one')
    .option('--reference-docx <file>', 'take the styles of this Word document (like pandoc --reference-doc)')
    .option('--toc-page-numbers', 'lay the DOCX out to print page numbers in its table of contents (1–2 s more per file)')
    .option('--follow-symlinks', 'follow symbolic links found in folders and globs even when they lead outside the folder named')
    .option('--no-config', 'ignore seminar-report.config.json and package.json settings')
    .option('--debug', 'show the stack trace of internal errors')
    .version(context.version, '-V, --version')
    .addHelpText('after', examples)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
      outputError: (text, write) => write(`seminar-report: ${text.replace(/^error: /, '')}`),
    })
}

/** Runs the command line; resolves to the exit code instead of exiting. */
export async function main(context: CliContext): Promise<number> {
  const program = buildProgram(context)
  try {
    program.parse([...context.argv], {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage
    throw error
  }
  try {
    return await run(program, context)
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr.write(`seminar-report: ${error.message}\n`)
      return exitCodes.usage
    }
    if (error instanceof InputError) {
      context.stderr.write(`seminar-report: ${error.message}\n`)
      // A configuration file that cannot be read is a usage error, as the README says.
      return error.code === 'bad-config' ? exitCodes.usage : exitCodes.failed
    }
    const debug = program.opts<Options>().debug
    const detail = debug && error instanceof Error ? `\n${error.stack}` : ' (run again with --debug for details)'
    context.stderr.write(`seminar-report: internal error: ${(error as Error)?.message ?? String(error)}${detail}\n`)
    return exitCodes.failed
  }
}

/** A command line that does not make sense: exit code 2. */
class UsageError extends Error {}

async function run(program: Command, context: CliContext): Promise<number> {
  const options = await mergedOptions(program, context)
  if (options.indexOnly) return indexOnly(program.args, options, context)
  const requested = allFormats.filter((format) => options[format])
  const formats = requested.length > 0 ? requested : allFormats
  checkUsage(program.args, formats, options)
  const shard = options.shard === undefined ? undefined : parseShard(options.shard)
  if (options.shard !== undefined && !shard) {
    throw new UsageError(`--shard expects i/n with 1 ≤ i ≤ n, such as 2/4, not "${options.shard}"`)
  }

  const reporterName: ReporterName = options.reporter ?? (context.env?.GITHUB_ACTIONS === 'true' ? 'github' : 'pretty')
  // --actions writes nothing: an output folder (from a configuration file, say) plays no part.
  const outDir = options.outDir && !options.actions ? path.resolve(context.cwd, options.outDir) : undefined
  const outDirExists = outDir ? await checkOutDir(options.outDir!, outDir) : false
  const {files: expanded, problems, skipped} = await expandInputs(program.args, context.cwd, {followSymlinks: options.followSymlinks ?? false})
  const sharded = shard ? takeShard(expanded, shard) : expanded
  if (options.stdout && sharded.length !== 1) throw new UsageError(`--stdout takes a single input, not ${sharded.length}`)
  // Two inputs whose reports would land on one path: the first is converted, the others fail in one line each.
  const writes = !options.check && !options.actions && !options.stdout
  const {files, collisions} = writes ? withoutCollisions(sharded, formats, outDir) : {files: sharded, collisions: []}
  problems.push(...collisions)
  if (outDir && !options.check) await makeOutDir(options.outDir!, outDir, outDirExists)

  const timestamp = sourceDateEpoch(context)
  const heapLimit = workerHeapLimit(context)
  const settings: JobSettings = {
    formats,
    check: (options.check ?? false) || (options.actions ?? false),
    ...(options.actions ? {entryWhenChecking: true} : {}),
    toStdout: options.stdout ?? false,
    ...(outDir ? {outDir} : {}),
    ...(options.lang ? {lang: options.lang} : {}),
    redact: options.redact ?? false,
    ...(options.template ? {template: await readOptionFile(context, options.template, '--template', 'utf8')} : {}),
    ...(options.referenceDocx
      ? {referenceDocx: await readOptionFile(context, options.referenceDocx, '--reference-docx')}
      : {}),
    ...(timestamp === undefined ? {} : {timestamp}),
    tocPageNumbers: options.tocPageNumbers ?? false,
    maxBytes: options.maxBytes ?? defaultMaxBytes,
  }

  // Incremental: with an output folder, files whose bytes, options and tool
  // version match the manifest are not converted again. Whoever converts a
  // file compares it with its record (src/batch/incremental.ts).
  const incremental: IncrementalContext | undefined =
    outDir && !settings.check && !settings.toStdout
      ? {manifest: await readManifest(outDir), settingsKey: hashSettings(settings, context.version), outDir}
      : undefined
  const compare = incremental && !options.force ? incremental : undefined
  const jobs = await planJobs(files, compare?.manifest, () => readStream(context.stdin, settings.maxBytes))

  const isTerminal = Boolean((context.stderr as {isTTY?: boolean}).isTTY)
  const progress = new Progress(context.stderr, jobs.length, isTerminal && !options.quiet && jobs.length > 1)
  const reporter = new InOrderReporter(
    jobs.length,
    reporterName,
    {quiet: options.quiet ?? false, color: isTerminal && !context.env?.NO_COLOR},
    {
      diagnostics: reporterName === 'pretty' || settings.toStdout ? context.stderr : context.stdout,
      errors: context.stderr,
      output: context.stdout,
    },
    () => progress.clear(),
  )
  const tally = new Tally()
  // --actions: the open actions of each file, kept by input index until all are in; no diagnostics.
  const listed: ({file: string; entry: CatalogueEntry} | undefined)[] | undefined = options.actions ? [] : undefined
  for (const problem of [...problems, ...skipped]) context.stderr.write(`seminar-report: ${problem.input}: ${problem.reason}\n`)
  await runJobs(
    jobs,
    compare ? {...settings, settingsKey: compare.settingsKey} : settings,
    {
      parallelism: options.jobs ?? availableParallelism(),
      ...(context.workerScript ? {workerScript: context.workerScript} : {}),
      ...(context.signal ? {signal: context.signal} : {}),
      ...heapLimit,
    },
    (index, result) => {
      progress.tick(result.display)
      if (incremental) recordResult(incremental, files[index]!, result)
      tally.add(result)
      if (!listed) reporter.add(index, result)
      else if (result.error) context.stderr.write(`seminar-report: ${result.display}: ${result.error}\n`)
      else if (result.entry) listed[index] = {file: result.display, entry: result.entry}
    },
  )
  progress.clear()
  if (!listed) reporter.finish()
  else {
    const actions = listActions(listed.filter((entry) => entry !== undefined), options.owner)
    context.stdout.write(reporterName === 'json' ? actionsJson(actions) : actionsTable(actions))
  }

  const failWith = (what: string) => (error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === undefined) throw error
    problems.push({input: outDir!, reason: `cannot write the ${what} (${fileErrorText(error)})`})
    context.stderr.write(`seminar-report: ${outDir}: cannot write the ${what} (${fileErrorText(error)})\n`)
  }
  if (incremental) await writeManifest(incremental.outDir, incremental.manifest).catch(failWith('manifest'))
  if (options.index && incremental) {
    await writeIndex(incremental.outDir, itemsFromManifest(files, incremental.manifest), options.lang).catch(failWith('catalogue'))
  }

  const interrupted = context.signal?.aborted ?? false
  const summary = tally.summaryLine(settings.check ? 'checked' : 'converted', problems.length, jobs.length - tally.received, skipped.length)
  if (!options.quiet && !options.actions && (files.length + problems.length > 1 || interrupted)) context.stderr.write(`${summary}\n`)
  if (interrupted) return exitCodes.interrupted
  if (tally.failed + problems.length > 0 || (options.strict && !options.actions && (tally.warned > 0 || skipped.length > 0))) return exitCodes.failed
  return exitCodes.ok
}

/**
 * `--index-only`: the catalogue of JSON reports written earlier (the shards
 * of a CI matrix gathered into the output folder, say), made as a run over
 * all their inputs would make it, converting nothing.
 */
async function indexOnly(inputs: readonly string[], options: Options, context: CliContext): Promise<number> {
  if (!options.outDir) throw new UsageError('--index-only needs --out-dir, where the catalogue is written')
  if (options.stdout || options.check) throw new UsageError('--index-only converts nothing: it cannot be used with --stdout or --check')
  if (inputs.includes('-')) throw new UsageError('--index-only reads reports from folders, not from standard input')
  checkUsage(inputs, allFormats, options)
  const outDir = path.resolve(context.cwd, options.outDir)
  const folders = inputs.map((input) => path.resolve(context.cwd, input))
  for (const [index, folder] of folders.entries()) {
    const relative = path.relative(outDir, folder)
    if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
      throw new UsageError(`--index-only: ${inputs[index]} is not inside ${options.outDir}, from where the catalogue links to the reports`)
    }
  }
  // Loaded here: the layout it reads reports with has no place in every start of the CLI.
  const {itemsFromReports} = await import('./batch/index-from-reports.js')
  const {items, problems} = await itemsFromReports(folders, outDir)
  const shown = (file: string) => (path.relative(context.cwd, file).startsWith('..') ? file : path.relative(context.cwd, file))
  for (const problem of problems) context.stderr.write(`seminar-report: ${shown(problem.file)}: ${problem.reason}\n`)
  let failed = problems.length
  await writeIndex(outDir, items, options.lang).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === undefined) throw error
    failed++
    context.stderr.write(`seminar-report: ${outDir}: cannot write the catalogue (${fileErrorText(error)})\n`)
  })
  if (!options.quiet) context.stderr.write(`${items.length} catalogued, ${failed} failed\n`)
  return failed > 0 ? exitCodes.failed : exitCodes.ok
}

/** Command-line flags win; the configuration file fills in what they leave unset. */
async function mergedOptions(program: Command, context: CliContext): Promise<Options> {
  const options = program.opts<Options>()
  if (options.config === false) return options
  const found = await findConfig(context.cwd)
  if (!found) return options
  const known = new Map(program.options.map((option) => [option.attributeName(), option]))
  const merged: Record<string, unknown> = {...options}
  for (const [key, value] of Object.entries(found.values)) {
    const option = known.get(key)
    if (!option || key === 'config' || key === 'version') {
      throw new UsageError(`${found.file}: unknown option "${key}"`)
    }
    if (program.getOptionValueSource(key) === 'cli') continue
    merged[key] = configValue(found.file, key, option, value)
  }
  return merged as Options
}

/**
 * A configuration value, checked as the same option on the command line is:
 * through the option's own parser (so `"jobs": 0` is refused like `-j 0`,
 * and `"maxBytes": "16M"` works like `--max-bytes 16M`) and its choices.
 */
function configValue(file: string, key: string, option: Option, value: unknown): unknown {
  if (option.isBoolean() || option.negate) {
    if (typeof value !== 'boolean') throw new UsageError(`${file}: "${key}" should be a boolean`)
    return value
  }
  const parser = option.parseArg
  if (typeof value !== 'string' && !(parser && typeof value === 'number')) {
    throw new UsageError(`${file}: "${key}" should be a ${parser ? 'number or a string' : 'string'}`)
  }
  if (option.argChoices && !option.argChoices.includes(String(value))) {
    throw new UsageError(`${file}: "${key}" should be one of ${option.argChoices.join(', ')}`)
  }
  if (parser) {
    try {
      return parser(String(value), undefined)
    } catch (error) {
      throw new UsageError(`${file}: "${key}": ${(error as Error).message}`)
    }
  }
  // Paths in a configuration file are relative to the file, not to where the command runs.
  const relativeToFile = key === 'outDir' || key === 'template' || key === 'referenceDocx'
  return relativeToFile ? path.resolve(path.dirname(file), value as string) : value
}

function checkUsage(inputs: readonly string[], formats: readonly Format[], options: Options): void {
  if (options.owner !== undefined && !options.actions) throw new UsageError('--owner chooses among the open actions: use it with --actions')
  if (options.actions && (options.stdout || options.index || options.indexOnly)) {
    throw new UsageError('--actions prints the open actions and writes nothing: it cannot be used with --stdout, --index or --index-only')
  }
  if (options.actions && options.reporter === 'github') throw new UsageError('--actions prints a table, or JSON with --reporter json; not --reporter github')
  if (options.stdout && formats.length !== 1) throw new UsageError('--stdout needs exactly one of --json, --html, --docx')
  if (options.stdout && options.outDir) throw new UsageError('--stdout and --out-dir cannot be used together')
  if (options.stdout && options.check) throw new UsageError('--stdout and --check cannot be used together')
  if (options.stdout && options.reporter === 'json') {
    throw new UsageError('--reporter json prints to standard output: it cannot share it with --stdout')
  }
  if (inputs.includes('-') && !options.stdout && !options.outDir && !options.check && !options.actions) {
    throw new UsageError('standard input (-) needs --stdout or --out-dir')
  }
  if (options.index && !options.outDir) throw new UsageError('--index needs --out-dir, where the catalogue is written')
  if (options.lang !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(options.lang)) {
    throw new UsageError(`--lang expects a language tag such as fr or en, not "${options.lang}"`)
  }
}

/**
 * A bad output folder is one usage error before any work, not one failure
 * per input: `-o notes.md` where notes.md is a file, or a folder that
 * cannot be made or written. Says whether it exists.
 */
async function checkOutDir(given: string, outDir: string): Promise<boolean> {
  const info = await stat(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw new UsageError(`-o ${given}: cannot create the folder (${fileErrorText(error)})`)
  })
  if (info && !info.isDirectory()) throw new UsageError(`-o ${given}: is a file, not a folder`)
  return info !== undefined
}

/** Makes the output folder once the inputs are known to be convertible, so that every later write finds it. */
async function makeOutDir(given: string, outDir: string, exists: boolean): Promise<void> {
  try {
    if (!exists) await mkdir(outDir, {recursive: true})
    await access(outDir, constants.W_OK)
  } catch (error) {
    throw new UsageError(`-o ${given}: ${exists ? 'cannot write in the folder' : 'cannot create the folder'} (${fileErrorText(error)})`)
  }
}

/**
 * The inputs whose reports have a path of their own; each later input whose
 * reports would overwrite an earlier one's ("x.md" and "x.markdown", or
 * standard input and "stdin.md") is left out, with the reason.
 */
function withoutCollisions(files: readonly InputFile[], formats: readonly Format[], outDir: string | undefined): {files: InputFile[]; collisions: {input: string; reason: string}[]} {
  const seen = new Map<string, string>()
  const kept: InputFile[] = []
  const collisions: {input: string; reason: string}[] = []
  for (const file of files) {
    const key = outputPath(file, formats[0]!, outDir ? {outDir} : {})
    const other = seen.get(key)
    if (other) {
      collisions.push({input: file.display, reason: `not converted: its reports would overwrite those of ${other} (${path.basename(key)}); convert it separately`})
      continue
    }
    seen.set(key, file.display)
    kept.push(file)
  }
  return {files: kept, collisions}
}

/**
 * SEMINAR_REPORT_WORKER_HEAP_MIB: the old-generation limit of each worker
 * process, for machines with little memory (a file that runs out of it is
 * converted again without a limit).
 */
function workerHeapLimit(context: CliContext): {heapLimitMiB?: number} {
  const value = context.env?.SEMINAR_REPORT_WORKER_HEAP_MIB
  if (value === undefined || value === '') return {}
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`SEMINAR_REPORT_WORKER_HEAP_MIB expects a whole number of MiB above 0, not "${value}"`)
  return {heapLimitMiB: Number(value)}
}

function sourceDateEpoch(context: CliContext): number | undefined {
  const epoch = context.env?.SOURCE_DATE_EPOCH
  return epoch && /^\d+$/.test(epoch) ? Number(epoch) : undefined
}

async function readOptionFile(context: CliContext, file: string, option: string, encoding: 'utf8'): Promise<string>
async function readOptionFile(context: CliContext, file: string, option: string): Promise<Uint8Array>
async function readOptionFile(context: CliContext, file: string, option: string, encoding?: 'utf8'): Promise<string | Uint8Array> {
  try {
    const absolute = path.resolve(context.cwd, file)
    if (!(await stat(absolute)).isFile()) throw new InputError('unreadable-option', `${option} ${file}: is not a regular file`)
    const data = await readFile(absolute)
    return encoding ? data.toString(encoding) : data
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError('unreadable-option', `${option} ${file}: ${fileErrorText(error)}`)
  }
}

/**
 * Standard input's bytes, read no further than one byte past the limit: an
 * endless stream (`cat /dev/urandom |`) fails as too large instead of
 * filling the memory.
 */
async function readStream(stream: NodeJS.ReadableStream | undefined, maxBytes: number): Promise<Uint8Array> {
  if (!stream) return new Uint8Array()
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    chunks.push(bytes)
    total += bytes.byteLength
    if (total > maxBytes) break
  }
  return Buffer.concat(chunks)
}
