import {readFile, stat} from 'node:fs/promises'
import {InputError} from '../errors.js'
import {parseMinutes} from '../parse-minutes.js'
import {renderJsonBytes} from '../render/json.js'
import type {Seminar} from '../types.js'
import {writeFileAtomic} from '../write.js'
import {fileErrorText} from '../fs-errors.js'
import type {Format} from '../formats.js'
import {outputPath} from './output-path.js'
import type {CatalogueEntry} from '../types.js'
import {catalogueEntry} from './catalogue-entry.js'
import {isUpToDate} from './incremental.js'
import type {RecordedOutputs} from './manifest.js'

export type {Format} from '../formats.js'

/** How to convert: the same for every file of a batch, and cheap to send to a worker. */
export interface JobSettings {
  readonly formats: readonly Format[]
  /** Read and report only. */
  readonly check: boolean
  /** With `check`: return the catalogue entry all the same (`--actions` lists its open actions). */
  readonly entryWhenChecking?: boolean
  /** Print the single report instead of writing it. */
  readonly toStdout: boolean
  readonly outDir?: string
  readonly lang?: string
  readonly redact: boolean
  readonly template?: string
  readonly referenceDocx?: Uint8Array
  /** Lay the DOCX out to print its contents' page numbers. */
  readonly tocPageNumbers: boolean
  /** Seconds since the epoch stamped in the DOCX (SOURCE_DATE_EPOCH). */
  readonly timestamp?: number
  /** Inputs larger than this are refused before they are parsed. */
  readonly maxBytes: number
  /**
   * On incremental runs (an output folder, no `--force`): the key of these
   * settings and the tool version (`hashSettings`). A job whose manifest
   * record matches it, its input bytes and this run's outputs is reported
   * up to date instead of converted.
   */
  readonly settingsKey?: string
}

/** One file to convert. */
export interface Job {
  readonly path: string
  readonly display: string
  readonly outputBase: string
  /** The bytes of standard input; files are read by whoever converts them. */
  readonly bytes?: Uint8Array
  /** What the manifest recorded of this input on an earlier run, to compare against before converting. */
  readonly record?: RecordedOutputs
}

/** A diagnostic as plain data, to cross a worker boundary and rebuild a vfile message. */
export interface JobMessage {
  readonly reason: string
  readonly ruleId?: string
  readonly source?: string
  readonly fatal?: boolean
  readonly start?: {line: number; column: number}
  readonly end?: {line: number; column: number}
}

/** What converting one file gave. */
export interface JobResult {
  readonly display: string
  readonly messages: readonly JobMessage[]
  /** One line saying why the file could not be converted. */
  readonly error?: string
  /** Written report paths, absolute. */
  readonly written: readonly string[]
  /** The report itself, with `toStdout`. */
  readonly output?: string | Uint8Array
  /** SHA-256 of the input bytes, for the incremental manifest. */
  readonly sha256?: string
  readonly entry?: CatalogueEntry
  /** The reports were up to date: nothing was converted or written, the manifest record stands. */
  readonly upToDate?: true
}

/**
 * Reads, understands, renders and writes one file. Never throws: every
 * failure becomes `error`, so that one bad file never stops a batch. A bug
 * (anything not an `InputError` or a file-system error) says so.
 */
export async function runJob(job: Job, settings: JobSettings): Promise<JobResult> {
  const messages: JobMessage[] = []
  try {
    const bytes = job.bytes ?? (await readInput(job.path, settings.maxBytes))
    if (bytes.byteLength > settings.maxBytes) throw tooLarge(job.bytes ? undefined : bytes.byteLength, settings.maxBytes)
    if (await isUpToDate(job, bytes, settings)) return {display: job.display, messages, written: [], upToDate: true}
    const {seminar, file} = parseMinutes(bytes, {
      name: job.path === '-' ? 'stdin.md' : job.display,
      ...(settings.lang ? {lang: settings.lang} : {}),
      redact: settings.redact,
    })
    // parseMinutes hashed the bytes already, for source.sha256.
    const sha256 = seminar.source.sha256
    for (const message of file.messages) {
      messages.push({
        reason: message.reason,
        ...(message.ruleId ? {ruleId: message.ruleId} : {}),
        ...(message.source ? {source: message.source} : {}),
        ...(typeof message.fatal === 'boolean' ? {fatal: message.fatal} : {}),
        ...(message.place && 'start' in message.place
          ? {start: message.place.start, end: message.place.end}
          : message.place
            ? {start: message.place}
            : {}),
      })
    }
    if (settings.check) {
      return {display: job.display, messages, written: [], sha256, ...(settings.entryWhenChecking ? {entry: catalogueEntry(seminar, job.outputBase, [])} : {})}
    }

    // The DOCX first: it needs the most memory, and the other reports are
    // not held yet while it is made.
    const data = new Map<Format, string | Uint8Array>()
    for (const format of [...settings.formats].sort(byMemoryNeeded)) data.set(format, await render(format, seminar, settings))
    const rendered = settings.formats.map((format) => ({format, data: data.get(format)!}))
    if (settings.toStdout) return {display: job.display, messages, written: [], output: rendered[0]!.data, sha256}

    const outputs = rendered.map(({format, data}) => ({target: outputPath(job, format, settings), data}))
    const written: string[] = []
    for (const {target, data} of outputs) {
      await writeFileAtomic(target, data)
      written.push(target)
    }
    const entry = catalogueEntry(seminar, job.outputBase, settings.formats)
    return {display: job.display, messages, written, sha256, entry}
  } catch (error) {
    return {display: job.display, messages, written: [], error: describeFailure(error)}
  }
}

function byMemoryNeeded(a: Format, b: Format): number {
  return Number(b === 'docx') - Number(a === 'docx')
}

/** Renders one format; HTML and DOCX renderers load only when asked for, to keep start-up short. */
async function render(format: Format, seminar: Seminar, settings: JobSettings): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      // As bytes, never one string: a 10 MB input makes 130 MB of JSON.
      return renderJsonBytes(seminar)
    case 'html': {
      const {renderHtml} = await import('../render/html/index.js')
      return renderHtml(seminar, settings.template === undefined ? {} : {template: settings.template})
    }
    case 'docx': {
      const {renderDocx} = await import('../render/docx/index.js')
      return renderDocx(seminar, {
        ...(settings.referenceDocx ? {referenceDocx: settings.referenceDocx} : {}),
        pageNumbers: settings.tocPageNumbers,
        ...(settings.timestamp === undefined ? {} : {timestamp: new Date(settings.timestamp * 1000)}),
      })
    }
  }
}

async function readInput(file: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(file)
    if (info.isDirectory()) throw new InputError('unreadable-input', 'is a folder, not a file')
    // A pipe or a device would block the read or never end (`/dev/zero`); minutes are files.
    if (!info.isFile()) throw new InputError('unreadable-input', 'is not a regular file (a pipe, socket or device); pipe minutes through standard input with `-`')
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes)
    return await readFile(file)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError('unreadable-input', fileErrorText(error))
  }
}

/** The size is unknown for standard input, which is read no further than the limit. */
function tooLarge(size: number | undefined, maxBytes: number): InputError {
  return new InputError(
    'input-too-large',
    `${size === undefined ? 'is' : `is ${formatBytes(size)},`} over the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`,
  )
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${bytes} bytes`
}

function describeFailure(error: unknown): string {
  if (error instanceof InputError) return error.message
  const code = (error as NodeJS.ErrnoException).code
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return `cannot write the report (${fileErrorText(error)})`
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return 'the document nests too deeply to be read (maximum call stack size exceeded)'
  }
  return `internal error: ${(error as Error)?.message ?? String(error)} (please report it; run with --debug for details)`
}
