import {createHash} from 'node:crypto'
import path from 'node:path'
import type {InputFile} from './inputs.js'
import type {Format, Job, JobResult, JobSettings} from './job.js'
import {type Manifest, outputsPresent, recordMatches} from './manifest.js'
import {seminarSchemaVersion} from '../types.js'

/** What an incremental run needs to know of the output folder. */
export interface IncrementalContext {
  readonly manifest: Manifest
  /** The hash of the settings and tool version (`hashSettings`). */
  readonly settingsKey: string
  readonly outDir: string
}

/**
 * One job per file, in input order. Nothing is read here but standard input:
 * whoever converts a file (a worker process, or this one for small batches)
 * reads it, and with `compareWith` it also gets the manifest's record of the
 * file, to find it up to date without converting it (`isUpToDate`). So this
 * process never holds the inputs' bytes, nor reads an archive before the
 * first conversion starts.
 */
export async function planJobs(
  files: readonly InputFile[],
  compareWith: Manifest | undefined,
  readStdin: () => Promise<Uint8Array>,
): Promise<Job[]> {
  const jobs: Job[] = []
  for (const file of files) {
    if (file.path === '-') {
      jobs.push({...file, bytes: await readStdin()})
      continue
    }
    const record = compareWith?.records[file.display]
    // The catalogue entry stays here: the comparison does not need it.
    jobs.push(record ? {...file, record: {input: record.input, settings: record.settings, outputs: record.outputs}} : file)
  }
  return jobs
}

/**
 * Whether a job's reports are up to date: its record was made from the same
 * input bytes, with the same settings and tool version (`settingsKey`), lists
 * the reports this run writes, and every one of them is still there. The
 * cheap comparisons come first; the bytes are hashed only when they pass.
 */
export async function isUpToDate(job: Job, bytes: Uint8Array, settings: JobSettings): Promise<boolean> {
  const {record} = job
  if (!record || settings.settingsKey === undefined || !settings.outDir) return false
  const outputs = settings.formats.map((format) => `${job.outputBase}.${format}`)
  if (!recordMatches(record, settings.settingsKey, outputs)) return false
  if (record.input !== createHash('sha256').update(bytes).digest('hex')) return false
  return outputsPresent(settings.outDir, outputs)
}

/**
 * Records what a finished job wrote; a failed file is forgotten, so the next
 * run tries it again; an up-to-date file keeps its record.
 */
export function recordResult(incremental: IncrementalContext, file: InputFile, result: JobResult): void {
  const {manifest, settingsKey, outDir} = incremental
  if (file.path === '-' || result.upToDate) return
  if (result.error || !result.sha256) {
    delete manifest.records[file.display]
    return
  }
  manifest.records[file.display] = {
    input: result.sha256,
    settings: settingsKey,
    outputs: result.written.map((written) => path.relative(outDir, written).split(path.sep).join('/')),
    ...(result.entry ? {entry: result.entry} : {}),
  }
}

/** The part of the incremental key that is not the input: everything that shapes the reports. */
export function hashSettings(settings: JobSettings, version: string): string {
  const hash = createHash('sha256')
  const {formats, lang, redact, timestamp, tocPageNumbers} = settings
  // The report's shape too: reports and catalogue entries of an older shape are made again.
  hash.update(JSON.stringify({version, schemaVersion: seminarSchemaVersion, formats, lang, redact, timestamp, tocPageNumbers}))
  hash.update(settings.template ?? '')
  hash.update(settings.referenceDocx ?? new Uint8Array())
  return hash.digest('hex')
}
