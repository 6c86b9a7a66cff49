/**
 * The package skeleton: styles, settings and theme, as docx's public API
 * writes them for our style sheet (templates/docx-styles.json, in docx's own
 * vocabulary) and the document's language, or merged with a user's
 * reference document. Made once per set of options and kept for the
 * process; the build writes the skeletons of the report's own languages
 * into dist/docx-skeleton.json, so that a conversion does not load docx
 * at all (its 2 MB of code and the packing cost about 0.15 s of a cold start).
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {packageRoot} from '../../package-root.js'
import {mergeReferenceStyles, readReferenceStyles} from './reference.js'
import {documentStyles, styleSheet, styleSheetText} from './styles.js'
import {deflated, type Deflated} from './zip.js'

/** The parts a document takes from its skeleton, as XML text. */
export interface Skeleton {
  readonly styles: string
  readonly settings: string
  readonly theme: string
}

/** The skeleton's parts deflated once, as every document of the batch zips them. */
export interface SkeletonParts {
  readonly styles: Deflated
  readonly settings: Deflated
  readonly theme: Deflated
}

const zipped = new WeakMap<Skeleton, SkeletonParts>()

/** A skeleton's parts, deflated (once per skeleton). */
export function skeletonParts(base: Skeleton): SkeletonParts {
  let parts = zipped.get(base)
  if (!parts) {
    const encoder = new TextEncoder()
    parts = {styles: deflated(encoder.encode(base.styles)), settings: deflated(encoder.encode(base.settings)), theme: deflated(encoder.encode(base.theme))}
    zipped.set(base, parts)
  }
  return parts
}

const made = new Map<string, Promise<Skeleton>>()

/** The skeleton for a document language (`fr-FR`) and an optional reference document. */
export function skeleton(language: string, reference?: Uint8Array): Promise<Skeleton> {
  const key = `${language}\u0000${reference ? createHash('sha256').update(reference).digest('hex') : ''}`
  let found = made.get(key)
  if (!found) {
    found = reference ? withReference(language, reference) : ownSkeleton(language)
    made.set(key, found)
    // A failure (a bad reference document) is not kept: the next call tries again.
    found.catch(() => made.delete(key))
  }
  return found
}

async function withReference(language: string, reference: Uint8Array): Promise<Skeleton> {
  const theirs = readReferenceStyles(reference)
  const ours = await ownSkeleton(language)
  return {...ours, styles: await mergeReferenceStyles(theirs, ours.styles, language)}
}

async function ownSkeleton(language: string): Promise<Skeleton> {
  return prebuilt()?.languages[language] ?? buildSkeleton(language)
}

/** What dist/docx-skeleton.json holds: skeletons by language, for the style sheet and docx version of `key`. */
export interface PrebuiltSkeletons {
  readonly key: string
  readonly languages: Readonly<Record<string, Skeleton>>
}

/** The languages whose skeletons the build makes: those the report has labels for. */
export const prebuiltLanguages = ['fr-FR', 'en-US'] as const

/** What a skeleton depends on: the style sheet's text and the docx version. */
export function skeletonKey(): string {
  const manifest = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as {dependencies?: Record<string, string>}
  return createHash('sha256').update(styleSheetText()).update(`\u0000docx ${manifest.dependencies?.docx ?? ''}`).digest('hex')
}

export const prebuiltFile = () => path.join(packageRoot(), 'dist', 'docx-skeleton.json')

let loaded: PrebuiltSkeletons | null | undefined

/** The build's skeletons when they were made for this style sheet and docx, else nothing. */
function prebuilt(): PrebuiltSkeletons | undefined {
  if (loaded === undefined) {
    loaded = null
    try {
      const file = prebuiltFile()
      if (existsSync(file)) {
        const data = JSON.parse(readFileSync(file, 'utf8')) as PrebuiltSkeletons
        if (data.key === skeletonKey()) loaded = data
      }
    } catch {
      loaded = null
    }
  }
  return loaded ?? undefined
}

/** Makes the skeleton with docx: an empty document with our styles, packed, and the parts taken from the package. */
export async function buildSkeleton(language: string): Promise<Skeleton> {
  const [{Document, Packer}, {strFromU8, unzipSync}] = await Promise.all([import('docx'), import('fflate')])
  const document = new Document({styles: documentStyles(styleSheet(), language), sections: [{children: []}]})
  const parts = unzipSync(new Uint8Array(await Packer.toBuffer(document)))
  const part = (name: string) => {
    const data = parts[name]
    if (!data) throw new Error(`docx wrote no ${name}`)
    return strFromU8(data)
  }
  return {styles: part('word/styles.xml'), settings: part('word/settings.xml'), theme: part('word/theme/theme1.xml')}
}
