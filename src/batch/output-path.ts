import path from 'node:path'
import type {Format} from '../formats.js'

/**
 * Where one format of an input's report goes: mirrored under the output
 * folder, or beside the input. Kept apart from the job so the CLI can check
 * for collisions without loading the conversion pipeline.
 */
export function outputPath(input: {readonly path: string; readonly outputBase: string}, format: Format, settings: {readonly outDir?: string}): string {
  if (settings.outDir) return path.join(settings.outDir, `${input.outputBase}.${format}`)
  return path.join(path.dirname(input.path), `${path.basename(input.outputBase)}.${format}`)
}
