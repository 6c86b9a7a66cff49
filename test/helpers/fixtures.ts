import {readdirSync, readFileSync, existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The project's root folder. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** One fixture folder: `fixtures/<name>/input.md` and its expected outputs. */
export interface Fixture {
  readonly name: string
  readonly folder: string
  readonly input: Buffer
}

/** Every fixture, sorted by name. */
export function fixtures(): Fixture[] {
  const base = path.join(root, 'fixtures')
  return readdirSync(base)
    .filter((name) => existsSync(path.join(base, name, 'input.md')))
    .sort()
    .map((name) => ({name, folder: path.join(base, name), input: readFileSync(path.join(base, name, 'input.md'))}))
}
