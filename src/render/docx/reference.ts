import {strFromU8, unzipSync} from 'fflate'
import {InputError} from '../../errors.js'

/** A `--reference-docx` file that cannot lend its styles: an expected failure, reported in one line. */
export class ReferenceDocxError extends InputError {
  constructor(message: string) {
    super('bad-reference-docx', message)
    this.name = 'ReferenceDocxError'
  }
}

/** The styles part of a user's document and the style ids it defines. */
export interface ReferenceStyles {
  readonly xml: string
  readonly ids: ReadonlySet<string>
}

/**
 * Takes word/styles.xml from a user's .docx, as pandoc's `--reference-doc`
 * does: the report then looks like the department's own documents. Only the
 * styles are taken; the text never comes from the reference.
 */
export function referenceStyles(bytes: Uint8Array): ReferenceStyles {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {filter: (file) => file.name === 'word/styles.xml'})
  } catch (error) {
    throw new ReferenceDocxError(`the reference document is not a .docx (zip) file: ${(error as Error).message}`)
  }
  const part = files['word/styles.xml']
  if (!part) throw new ReferenceDocxError('the reference document has no word/styles.xml')
  const xml = strFromU8(part).replace(/^\uFEFF/, '')
  if (!/<w:styles[\s>]/.test(xml)) throw new ReferenceDocxError('the reference document\'s word/styles.xml holds no <w:styles>')
  const ids = new Set([...xml.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"/g)].map((match) => match[1]!))
  return {xml, ids}
}
