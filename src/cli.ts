import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {Command, CommanderError, Option} from 'commander'
import {reporter} from 'vfile-reporter'
import {VFile} from 'vfile'
import {InputError} from './errors.js'
import {parseMinutes} from './parse-minutes.js'
import {renderJson} from './render/json.js'
import type {Seminar} from './types.js'
import {writeFileAtomic} from './write.js'

/** The world the CLI talks to; `main` touches nothing else, so tests run it in-process. */
export interface CliContext {
  readonly argv: readonly string[]
  readonly cwd: string
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream
  readonly stdin?: NodeJS.ReadableStream
  readonly env?: Readonly<Record<string, string | undefined>>
  /** The package version printed by `--version`. */
  readonly version: string
}

/** Exit codes, as documented in the README. */
export const exitCodes = {ok: 0, failed: 1, usage: 2} as const

type Format = 'json' | 'html' | 'docx'
const allFormats: readonly Format[] = ['json', 'html', 'docx']

interface Options {
  json?: boolean
  html?: boolean
  docx?: boolean
  outDir?: string
  stdout?: boolean
  check?: boolean
  strict?: boolean
  quiet?: boolean
  redact?: boolean
  lang?: string
  template?: string
  referenceDocx?: string
  debug?: boolean
}

const examples = `
Examples:
  $ seminar-report minutes.md --docx            write minutes.docx beside minutes.md
  $ seminar-report minutes.md                   write minutes.json, minutes.html and minutes.docx
  $ seminar-report minutes.md --json --stdout   print the understood minutes as JSON
  $ seminar-report notes/*.md -o reports        write every report under reports/
  $ seminar-report minutes.md --check --strict  report problems, write nothing, fail on warnings

Exit codes: 0 all good; 1 a file failed (or warned, with --strict); 2 usage error.`

/** Runs the command line; resolves to the exit code instead of exiting. */
export async function main(context: CliContext): Promise<number> {
  const program = new Command('seminar-report')
    .description('Turn the Markdown minutes of seminars and workshops into JSON, HTML and DOCX reports.')
    .argument('<inputs...>', 'minutes files (Markdown); - reads standard input')
    .option('--json', 'write the JSON report (.json)')
    .option('--html', 'write the standalone HTML report (.html)')
    .option('--docx', 'write the Word report (.docx); with no format option, all three are written')
    .option('-o, --out-dir <dir>', 'write reports into this folder instead of beside each input')
    .option('--stdout', 'print the one report asked for to standard output instead of a file')
    .option('--check', 'read and report problems only; write nothing')
    .option('--strict', 'exit with 1 when any warning is reported')
    .option('-q, --quiet', 'print only warnings and errors, not information')
    .option('--redact', "leave participants' personal names out of every report")
    .addOption(new Option('--lang <tag>', 'language of the minutes and labels (default: detected), e.g. fr, en'))
    .option('--template <file>', 'HTML page template to use instead of the built-in one')
    .option('--reference-docx <file>', 'take the styles of this Word document (like pandoc --reference-doc)')
    .option('--debug', 'show the stack trace of internal errors')
    .version(context.version, '-V, --version')
    .addHelpText('after', examples)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
      outputError: (text, write) => write(`seminar-report: ${text.replace(/^error: /, '')}`),
    })

  try {
    program.parse([...context.argv], {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage
    throw error
  }

  const options = program.opts<Options>()
  const inputs = program.args
  const requested = allFormats.filter((format) => options[format])
  const formats = requested.length > 0 ? requested : allFormats
  const usage = usageProblem(inputs, formats, options)
  if (usage) {
    context.stderr.write(`seminar-report: ${usage}\n`)
    return exitCodes.usage
  }

  let failed = 0
  let warned = 0
  for (const input of inputs) {
    try {
      const warnings = await convertOne(input, formats, options, context)
      if (warnings > 0) warned++
    } catch (error) {
      failed++
      context.stderr.write(`${describeFailure(input, error, options.debug)}\n`)
    }
  }
  if (failed > 0 || (options.strict && warned > 0)) return exitCodes.failed
  return exitCodes.ok
}

function usageProblem(inputs: string[], formats: readonly Format[], options: Options): string | undefined {
  if (options.stdout && formats.length !== 1) return '--stdout needs exactly one of --json, --html, --docx'
  if (options.stdout && inputs.length !== 1) return '--stdout takes a single input'
  if (options.stdout && options.outDir) return '--stdout and --out-dir cannot be used together'
  if (inputs.includes('-') && !options.stdout && !options.outDir && !options.check) {
    return 'standard input (-) needs --stdout or --out-dir'
  }
  if (options.lang !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(options.lang)) {
    return `--lang expects a language tag such as fr or en, not "${options.lang}"`
  }
  return undefined
}

/** Converts one input; returns how many warnings it had. Throws on failure. */
async function convertOne(input: string, formats: readonly Format[], options: Options, context: CliContext): Promise<number> {
  const fromStdin = input === '-'
  const inputPath = fromStdin ? undefined : path.resolve(context.cwd, input)
  const bytes = fromStdin ? await readStream(context.stdin) : await readInput(inputPath!)
  const name = fromStdin ? 'stdin.md' : input
  const {seminar, file} = parseMinutes(bytes, {
    name,
    ...(options.lang ? {lang: options.lang} : {}),
    ...(options.redact ? {redact: true} : {}),
  })
  report(file, options, context)
  const warnings = file.messages.filter((message) => message.fatal !== undefined && message.fatal !== null).length
  if (options.check) return warnings

  const rendered: {format: Format; data: string | Uint8Array}[] = []
  for (const format of formats) rendered.push({format, data: await render(format, seminar, options, context)})
  if (options.stdout) {
    context.stdout.write(rendered[0]!.data)
    return warnings
  }
  const base = fromStdin ? 'stdin' : path.basename(inputPath!).replace(/\.(md|markdown|txt)$/i, '')
  const folder = options.outDir ? path.resolve(context.cwd, options.outDir) : path.dirname(inputPath!)
  for (const {format, data} of rendered) await writeFileAtomic(path.join(folder, `${base}.${format}`), data)
  return warnings
}

/** Renders one format; the HTML and DOCX renderers load only when asked for, to keep start-up short. */
async function render(format: Format, seminar: Seminar, options: Options, context: CliContext): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return renderJson(seminar)
    case 'html': {
      const {renderHtml} = await import('./render/html/index.js')
      const template = options.template ? await readOption(context, options.template, '--template', 'utf8') : undefined
      return renderHtml(seminar, template === undefined ? {} : {template})
    }
    case 'docx': {
      const {renderDocx} = await import('./render/docx/index.js')
      const referenceDocx = options.referenceDocx
        ? await readOption(context, options.referenceDocx, '--reference-docx')
        : undefined
      const epoch = context.env?.SOURCE_DATE_EPOCH
      const timestamp = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined
      return renderDocx(seminar, {
        ...(referenceDocx ? {referenceDocx} : {}),
        ...(timestamp ? {timestamp} : {}),
      })
    }
  }
}

function report(file: VFile, options: Options, context: CliContext): void {
  // vfile-reporter's own `quiet` hides files, not messages: information
  // (`fatal: undefined`) is filtered here instead.
  const messages = options.quiet ? file.messages.filter((message) => typeof message.fatal === 'boolean') : file.messages
  if (messages.length === 0) return
  const shown = new VFile({path: file.path})
  shown.messages = messages
  const color = Boolean((context.stderr as {isTTY?: boolean}).isTTY) && !context.env?.NO_COLOR
  context.stderr.write(`${reporter([shown], {color})}\n`)
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file)
  } catch (error) {
    throw new InputError('unreadable-input', readErrorText(error))
  }
}

async function readOption(context: CliContext, file: string, option: string, encoding: 'utf8'): Promise<string>
async function readOption(context: CliContext, file: string, option: string): Promise<Uint8Array>
async function readOption(context: CliContext, file: string, option: string, encoding?: 'utf8'): Promise<string | Uint8Array> {
  try {
    const data = await readFile(path.resolve(context.cwd, file))
    return encoding ? data.toString(encoding) : data
  } catch (error) {
    throw new InputError('unreadable-option', `${option} ${file}: ${readErrorText(error)}`)
  }
}

function readErrorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'is a folder, not a file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return (error as Error).message
}

async function readStream(stream: NodeJS.ReadableStream | undefined): Promise<Uint8Array> {
  if (!stream) return new Uint8Array()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}

/** One line for a failed input: the expected failures say what is wrong, bugs say they are bugs. */
function describeFailure(input: string, error: unknown, debug: boolean | undefined): string {
  if (error instanceof InputError) return `seminar-report: ${input}: ${error.message}`
  const writeError = (error as NodeJS.ErrnoException).code
  if (writeError && typeof writeError === 'string' && /^E[A-Z]+$/.test(writeError)) {
    return `seminar-report: ${input}: cannot write the report (${readErrorText(error)})`
  }
  const detail = debug && error instanceof Error ? `\n${error.stack}` : ' (run again with --debug for details)'
  return `seminar-report: ${input}: internal error: ${(error as Error).message ?? String(error)}${detail}`
}
