import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {writeFileAtomic} from '../write.js'
import type {CatalogueEntry} from '../types.js'

/** What was made from one input, to tell later whether it is up to date. */
export interface ManifestRecord {
  /** SHA-256 of the input bytes. */
  readonly input: string
  /** Hash of the options and tool version that shaped the outputs. */
  readonly settings: string
  /** Output paths relative to the output folder. */
  readonly outputs: readonly string[]
  readonly entry?: CatalogueEntry
}

/** What a worker needs of a record to tell whether its reports are up to date (the entry stays home). */
export type RecordedOutputs = Omit<ManifestRecord, 'entry'>

/** The manifest of an output folder: one record per input, by display path. */
export interface Manifest {
  readonly version: 1
  readonly records: Record<string, ManifestRecord>
}

/** The file name of the manifest in an output folder (a dot file, so folder scans skip it). */
export const manifestName = '.seminar-report-manifest.json'

/** Reads an output folder's manifest; a missing or damaged one is an empty one, so the batch rebuilds. */
export async function readManifest(outDir: string): Promise<Manifest> {
  try {
    const value = JSON.parse(await readFile(path.join(outDir, manifestName), 'utf8')) as Manifest
    if (value?.version === 1 && value.records && typeof value.records === 'object') return value
  } catch {
    // Missing or unreadable: start afresh.
  }
  return {version: 1, records: {}}
}

/** Writes the manifest atomically, keys sorted so that it is itself reproducible. */
export async function writeManifest(outDir: string, manifest: Manifest): Promise<void> {
  const records = Object.fromEntries(Object.entries(manifest.records).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  await writeFileAtomic(path.join(outDir, manifestName), `${JSON.stringify({version: 1, records}, null, 2)}\n`)
}

/**
 * Whether a record was made with these settings (`hashSettings`) and lists
 * exactly the reports this run would write (`outputs`, relative to the
 * output folder). The same file named through another argument mirrors to
 * other paths, whose reports may not exist.
 */
export function recordMatches(record: RecordedOutputs, settings: string, outputs: readonly string[]): boolean {
  if (record.settings !== settings || record.outputs.length !== outputs.length) return false
  return record.outputs.every((output, index) => output === outputs[index])
}

/** Whether every report (relative to the output folder) is still there, as a file. */
export async function outputsPresent(outDir: string, outputs: readonly string[]): Promise<boolean> {
  for (const output of outputs) {
    const info = await stat(path.join(outDir, output)).catch(() => undefined)
    if (!info?.isFile()) return false
  }
  return true
}
