import {readFile, readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {type Format, allFormats} from '../formats.js'
import {fileErrorText} from '../fs-errors.js'
import type {CatalogueItem} from '../render/catalogue.js'
import {type Seminar, seminarSchemaVersion} from '../types.js'
import {catalogueEntry} from './catalogue-entry.js'
import {sourceName} from './write-index.js'
import {compareCodePoints} from '../text/compare.js'

/** A file or folder that could not go into the catalogue, and why. */
export interface ReportProblem {
  readonly file: string
  readonly reason: string
}

/**
 * The catalogue items of JSON reports written earlier (`--index-only`), such
 * as the shards of a CI matrix gathered into one folder. Each `*.json` below
 * the folders that holds a seminar becomes the item a conversion makes of it:
 * `catalogueEntry` on its `Seminar` tree, so the catalogue is the one a
 * single run over all the inputs writes. A report's path below its folder is
 * its source's path below the mirror; its links go from `outDir`, where the
 * catalogue is written, to each format found beside it. Dot files and
 * folders, `node_modules` and symbolic links are skipped (nothing is read
 * through a link), and so are catalogues (`index.json`).
 */
export async function itemsFromReports(folders: readonly string[], outDir: string): Promise<{items: CatalogueItem[]; problems: ReportProblem[]}> {
  const items: CatalogueItem[] = []
  const problems: ReportProblem[] = []
  for (const folder of folders) {
    const reports = await jsonFiles(folder).catch((error: unknown) => {
      problems.push({file: folder, reason: (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'is not a folder of reports' : fileErrorText(error)})
      return []
    })
    for (const report of reports) {
      const file = path.join(folder, report)
      const read = await readReport(file)
      if (typeof read === 'string') {
        problems.push({file, reason: read})
        continue
      }
      if (!read) continue
      const base = report.slice(0, -'.json'.length)
      const formats: Format[] = []
      for (const format of allFormats) {
        const info = await stat(path.join(folder, `${base}.${format}`)).catch(() => undefined)
        if (info?.isFile()) formats.push(format)
      }
      const fromOutDir = path.relative(outDir, path.join(folder, base)).split(path.sep).join('/')
      try {
        items.push({...catalogueEntry(read, fromOutDir, formats), input: sourceName(base, read.source?.name ?? '')})
      } catch {
        problems.push({file, reason: notAReport})
      }
    }
  }
  return {items, problems}
}

const notAReport = `not a JSON report of seminar-report (schema version ${seminarSchemaVersion})`

/** The `.json` files below a folder, relative to it with `/`, sorted by code points. */
async function jsonFiles(folder: string): Promise<string[]> {
  const found: string[] = []
  const visit = async (relative: string) => {
    for (const entry of await readdir(path.join(folder, relative), {withFileTypes: true})) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const child = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) await visit(child)
      else if (entry.isFile() && entry.name.endsWith('.json')) found.push(child)
    }
  }
  await visit('')
  return found.sort(compareCodePoints)
}

/** The seminar of a JSON report; undefined for a catalogue; the reason for anything else. */
async function readReport(file: string): Promise<Seminar | undefined | string> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    return fileErrorText(error)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return 'not valid JSON'
  }
  const {type, schemaVersion} = (value ?? {}) as {type?: unknown; schemaVersion?: unknown}
  if (type === 'catalogue') return undefined
  return type === 'seminar' && schemaVersion === seminarSchemaVersion ? (value as Seminar) : notAReport
}
