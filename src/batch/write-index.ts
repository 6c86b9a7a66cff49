import path from 'node:path'
import type {CatalogueItem} from '../render/catalogue.js'
import {writeFileAtomic} from '../write.js'
import type {InputFile} from './inputs.js'
import type {Manifest} from './manifest.js'

/**
 * The catalogue items of a batch, from the entries its manifest holds (those
 * of this run's files, converted now or earlier). Sources are named by their
 * path below the output folder's mirror, never by absolute paths of the
 * machine that built it.
 */
export function itemsFromManifest(files: readonly InputFile[], manifest: Manifest): CatalogueItem[] {
  const items: CatalogueItem[] = []
  for (const file of files) {
    const entry = manifest.records[file.display]?.entry
    if (entry) items.push({...entry, input: sourceName(file.outputBase, file.path)})
  }
  return items
}

/** How the catalogue names a source: its report's path without extension, and the source's own extension. */
export function sourceName(outputBase: string, source: string): string {
  return `${outputBase}${path.extname(source)}`
}

/** Writes `index.json` and `index.html` into the output folder. */
export async function writeIndex(outDir: string, items: readonly CatalogueItem[], lang: string | undefined): Promise<void> {
  const {buildCatalogue, renderCatalogueHtml, renderCatalogueJson} = await import('../render/catalogue.js')
  const catalogue = buildCatalogue(items)
  await writeFileAtomic(path.join(outDir, 'index.json'), renderCatalogueJson(catalogue))
  await writeFileAtomic(path.join(outDir, 'index.html'), renderCatalogueHtml(catalogue, lang ? {lang} : {}))
}
