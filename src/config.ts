import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {InputError} from './errors.js'

/** Options a configuration file may set: the CLI's long option names, camel-cased. */
export type ConfigValues = Readonly<Record<string, unknown>>

/** A configuration found on disk, with where it came from (for error messages). */
export interface FoundConfig {
  readonly values: ConfigValues
  readonly file: string
}

export const configName = 'seminar-report.config.json'

/**
 * Finds the configuration: `seminar-report.config.json`, or the
 * `"seminar-report"` key of a package.json, in the working folder or the
 * nearest folder above it that has either.
 */
export async function findConfig(cwd: string): Promise<FoundConfig | undefined> {
  let folder = path.resolve(cwd)
  for (;;) {
    const own = path.join(folder, configName)
    const text = await readRegularFile(own)
    if (text !== undefined) return {values: parseObject(text, own), file: own}
    const manifest = path.join(folder, 'package.json')
    const packageText = await readRegularFile(manifest)
    if (packageText !== undefined) {
      // A package.json that is not JSON belongs to someone else's tooling: skip it.
      let parsed: unknown
      try {
        parsed = JSON.parse(packageText)
      } catch {
        parsed = undefined
      }
      const values = isObject(parsed) ? parsed['seminar-report'] : undefined
      if (values !== undefined) {
        if (!isObject(values)) throw new InputError('bad-config', `${manifest}: "seminar-report" should be an object`)
        return {values, file: manifest}
      }
    }
    const parent = path.dirname(folder)
    if (parent === folder) return undefined
    folder = parent
  }
}

function parseObject(text: string, file: string): ConfigValues {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new InputError('bad-config', `${file}: not valid JSON (${(error as Error).message})`)
  }
  if (!isObject(value)) throw new InputError('bad-config', `${file}: should hold a JSON object`)
  return value
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A file's text, or undefined when there is none; a pipe or device by that name is none, as reading it could block. */
async function readRegularFile(file: string): Promise<string | undefined> {
  const info = await stat(file).catch(() => undefined)
  return info?.isFile() ? readFile(file, 'utf8').catch(() => undefined) : undefined
}
