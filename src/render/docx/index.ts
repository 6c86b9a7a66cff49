/**
 * The DOCX writer: the report's layout as a Word document, the way pandoc
 * writes one. The package skeleton (styles, settings, theme) comes from
 * docx's public API or the user's reference document, made once per set of
 * options (skeleton.ts); the body of word/document.xml, the numbering,
 * relationships, properties, running head and foot are written straight
 * from the layout by a small typed WordprocessingML writer (wml.ts), with
 * ids and bookmarks numbered in document order. Nothing of docx is patched
 * or reached into, and no XML it writes is searched or spliced.
 */
import type {Seminar} from '../../types.js'
import {layout, type Report} from '../../layout/index.js'
import {writeBody} from './body.js'
import {wordLanguage} from './language.js'
import {withPageNumbers} from './page-numbers.js'
import {
  contentTypesPart, corePropertiesPart, documentEnd, documentRelationshipsPart, documentStart, extendedPropertiesPart, footerPart,
  headerParts, numberingPart, packageRelationshipsPart,
} from './parts.js'
import {Bookmarks, Lists, Relationships} from './registry.js'
import {skeleton, skeletonParts} from './skeleton.js'
import {styleSheet} from './styles.js'
import {XmlText} from './xml.js'
import {PackageZip, type Deflated} from './zip.js'

export {ReferenceDocxError} from './reference.js'

/** Options of the DOCX renderer. */
export interface DocxOptions {
  /** The bytes of a user's .docx whose styles replace ours (like pandoc's --reference-doc). */
  readonly referenceDocx?: Uint8Array
  /** The time stamped in the document properties and zip entries; defaults to the seminar date. */
  readonly timestamp?: Date
  /**
   * Whether to lay the pages out to write the table of contents' page
   * numbers (docx/layout, see page-numbers.ts). Default false: the layout
   * costs 1–2 s a document, so the entries are there, linked to their
   * headings, and Word fills the numbers in when the field is updated.
   */
  readonly pageNumbers?: boolean
}

/** Renders a seminar as a Word document. Same seminar and options ⇒ same bytes. */
export async function renderDocx(seminar: Seminar, options: DocxOptions = {}): Promise<Uint8Array> {
  return writeDocx(layout(seminar), {...options, timestamp: timestampOf(seminar, options)})
}

const encoder = new TextEncoder()

/** Writes a report's layout as a Word document. */
export async function writeDocx(report: Report, options: DocxOptions & {readonly timestamp: Date}): Promise<Uint8Array> {
  const sheet = styleSheet()
  const language = wordLanguage(report.lang)
  const base = skeletonParts(await skeleton(language, options.referenceDocx))
  const relationships = new Relationships()
  const lists = new Lists()
  const pageNumbers = options.pageNumbers ?? false
  const zip = new PackageZip(options.timestamp)
  const order: string[] = []
  const add = (name: string, data: Uint8Array | Deflated) => {
    order.push(name)
    zip.add(name, data)
  }
  add('[Content_Types].xml', encoder.encode(contentTypesPart()))
  add('_rels/.rels', encoder.encode(packageRelationshipsPart()))
  add('docProps/app.xml', encoder.encode(extendedPropertiesPart()))
  add('docProps/core.xml', encoder.encode(corePropertiesPart(report.properties, options.timestamp)))
  // The body is deflated as it is written: a large document never stands whole in memory.
  order.push('word/document.xml')
  const document = new XmlText(zip.stream('word/document.xml'))
  document.push(documentStart())
  writeBody(report.body, {sheet, relationships, bookmarks: new Bookmarks(), lists, pageNumbers}, document)
  document.push(documentEnd(sheet))
  document.end()
  const headers = headerParts(report.chrome)
  const footer = encoder.encode(footerPart(report.chrome))
  add('word/_rels/document.xml.rels', encoder.encode(documentRelationshipsPart(relationships)))
  add('word/footer1.xml', footer)
  add('word/footer2.xml', footer)
  add('word/header1.xml', encoder.encode(headers.default))
  add('word/header2.xml', encoder.encode(headers.first))
  add('word/numbering.xml', encoder.encode(numberingPart(lists, sheet.lists)))
  add('word/settings.xml', base.settings)
  add('word/styles.xml', base.styles)
  add('word/theme/theme1.xml', base.theme)
  const bytes = zip.finish()
  return pageNumbers ? withPageNumbers(bytes, order, options.timestamp) : bytes
}

/** options.timestamp, else midnight UTC of the seminar's date, else 1980-01-01 (the zip epoch). */
function timestampOf(seminar: Seminar, options: DocxOptions): Date {
  if (options.timestamp && !Number.isNaN(options.timestamp.getTime())) return options.timestamp
  if (seminar.date && /^\d{4}-\d{2}-\d{2}$/.test(seminar.date)) {
    const date = new Date(`${seminar.date}T00:00:00Z`)
    if (!Number.isNaN(date.getTime())) return date
  }
  return new Date(Date.UTC(1980, 0, 1))
}
