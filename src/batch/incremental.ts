import {createHash} from 'node:crypto'
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import type {InputFile} from './inputs.js'
import type {Format, Job, JobResult, JobSettings} from './job.js'
import {type Manifest, isUpToDate} from './manifest.js'

/** A file to convert, with the job sent to a worker for it. */
export interface PlannedJob {
  readonly file: InputFile
  readonly job: Job
}

/** What an incremental run needs to know of the output folder. */
export interface IncrementalContext {
  readonly manifest: Manifest
  /** The hash of the settings and tool version (`hashSettings`). */
  readonly settingsKey: string
  readonly outDir: string
  readonly formats: readonly Format[]
}

/**
 * Splits the inputs into jobs to run and files whose reports are up to date:
 * same input bytes, same settings and tool version, every report still
 * there. Bytes read for the check travel with the job, so no file is read
 * twice. Without an incremental context (no output folder, `--force`,
 * `--check`), every file is a job.
 */
export async function planJobs(
  files: readonly InputFile[],
  maxBytes: number,
  incremental: IncrementalContext | undefined,
  readStdin: () => Promise<Uint8Array>,
): Promise<{jobs: PlannedJob[]; upToDate: InputFile[]}> {
  const jobs: PlannedJob[] = []
  const upToDate: InputFile[] = []
  for (const file of files) {
    if (file.path === '-') {
      jobs.push({file, job: {...file, bytes: await readStdin()}})
      continue
    }
    // Unreadable or too large (known before reading it): the job itself reports why, in one line.
    const size = incremental ? (await stat(file.path).catch(() => undefined))?.size : undefined
    const bytes = size !== undefined && size <= maxBytes ? await readFile(file.path).catch(() => undefined) : undefined
    if (!bytes || bytes.byteLength > maxBytes) {
      jobs.push({file, job: file})
      continue
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    const outputs = incremental!.formats.map((format) => `${file.outputBase}.${format}`)
    if (await isUpToDate(incremental!.manifest.records[file.display], sha256, incremental!.settingsKey, incremental!.outDir, outputs)) {
      upToDate.push(file)
    } else {
      jobs.push({file, job: {...file, bytes}})
    }
  }
  return {jobs, upToDate}
}

/** Records what each finished job wrote; a failed file is forgotten, so the next run tries it again. */
export function recordResults(
  incremental: IncrementalContext,
  jobs: readonly PlannedJob[],
  results: readonly (JobResult | undefined)[],
): void {
  const {manifest, settingsKey, outDir} = incremental
  for (const [index, result] of results.entries()) {
    const file = jobs[index]!.file
    if (!result || file.path === '-') continue
    if (result.error || !result.sha256) {
      delete manifest.records[file.display]
      continue
    }
    manifest.records[file.display] = {
      input: result.sha256,
      settings: settingsKey,
      outputs: result.written.map((written) => path.relative(outDir, written).split(path.sep).join('/')),
      ...(result.entry ? {entry: result.entry} : {}),
    }
  }
}

/** The part of the incremental key that is not the input: everything that shapes the reports. */
export function hashSettings(settings: JobSettings, version: string): string {
  const hash = createHash('sha256')
  const {formats, lang, redact, timestamp, tocPageNumbers} = settings
  hash.update(JSON.stringify({version, formats, lang, redact, timestamp, tocPageNumbers}))
  hash.update(settings.template ?? '')
  hash.update(settings.referenceDocx ?? new Uint8Array())
  return hash.digest('hex')
}
