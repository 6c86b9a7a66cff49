import {Document, Packer, Paragraph, type FileChild, type ISectionOptions} from 'docx'
import type {Seminar} from '../../types.js'
import {annex} from './annex.js'
import {atelierChapter} from './atelier.js'
import {renderBlocks, topScope} from './blocks.js'
import {createContext, type DocxContext} from './context.js'
import {useFastPrepForXmlByDefault} from './fast-prep.js'
import {firstPageHeader, pageFooter, pageHeader} from './header-footer.js'
import {runs} from './inlines.js'
import {wordLanguage} from './language.js'
import {pinParts} from './packaging.js'
import {compileTablesInto, setTablesAside, type Parts} from './table-batches.js'
import {attendanceBlocks} from './participants-table.js'
import {coreProperties} from './properties.js'
import {referenceStyles} from './reference.js'
import {sectionBlocks} from './section.js'
import {bulletLevels, documentStyles, styleSheet} from './styles.js'
import {summaryTable} from './summary-table.js'
import {titleBlock} from './title-block.js'
import {tableOfContents} from './toc.js'

export {ReferenceDocxError} from './reference.js'

/** Options of the DOCX renderer. */
export interface DocxOptions {
  /** The bytes of a user's .docx whose styles replace ours (like pandoc's --reference-doc). */
  readonly referenceDocx?: Uint8Array
  /** The time stamped in the document properties and zip entries; defaults to the seminar date. */
  readonly timestamp?: Date
  /**
   * Whether to lay the pages out to write the table of contents' page
   * numbers (docx/layout). Default false: the layout costs about ten times
   * the rest of the rendering (1–2 s on the seed), so the entries are there,
   * linked to their headings, and Word fills the numbers in when the field
   * is updated.
   */
  readonly pageNumbers?: boolean
}

/**
 * Tables compiled together when a document has more: see table-batches.ts.
 * The benchmark's 10 MB file (about 1,600 tables; the 1 MB one has 158), DOCX alone in one
 * process: peak RSS 2.9 GB in one piece, 2.0 GB in batches of 50 (1.4 GB
 * with a 1.2 GiB heap limit, which it fails in one piece); the seed and the
 * corpus files have far fewer tables and compile in one piece.
 */
const tablesPerBatch = 50

/** Renders a seminar as a Word document. Same seminar and options ⇒ same bytes. */
export async function renderDocx(seminar: Seminar, options: DocxOptions = {}): Promise<Uint8Array> {
  return renderDocxInBatches(seminar, options, tablesPerBatch)
}

/** renderDocx with the number of tables compiled at a time given: for the tests. */
export async function renderDocxInBatches(seminar: Seminar, options: DocxOptions, tablesAtATime: number): Promise<Uint8Array> {
  // Same XML as docx's own serialization preparation, in less than half the time.
  useFastPrepForXmlByDefault()
  const context = createContext(seminar, styleSheet())
  const reference = options.referenceDocx ? referenceStyles(options.referenceDocx) : undefined
  // docx/layout is 1.7 MB of code: loaded only when page numbers are asked for.
  const layout = options.pageNumbers ? await import('docx/layout') : undefined
  const documentOf = (children: FileChild[], pageNumbers: boolean) => new Document({
    ...coreProperties(context),
    ...(reference ? {externalStyles: reference.xml} : {}),
    styles: documentStyles(context.sheet, reference?.ids),
    numbering: {config: [{reference: 'bullet', levels: bulletLevels(context.sheet.lists)}]},
    ...(pageNumbers && layout ? {pageNumbers: layout.estimatePageNumbers} : {}),
    sections: [{...pageSetup(context), children}],
  })
  const parts = compile((pageNumbers) => bodyChildren(context, pageNumbers), documentOf, layout !== undefined, tablesAtATime)
  return pinParts(parts, {timestamp: timestampOf(seminar, options), language: wordLanguage(seminar.lang)})
}

/**
 * docx's compiler, which `Packer.pack` runs and then zips. Its typings mark
 * it private, so it is reached through this one narrow cast: zipping here
 * instead saves deflating every part and inflating it again to pin it
 * (`pinParts`). docx is pinned to an exact version, and the packaging tests
 * fail if this changes.
 */
const compiler = (Packer as unknown as {compiler: {compile(file: Document): Parts}}).compiler

/**
 * Laying pages out is a heuristic of docx's; should it ever fail on some
 * content, the report is still written, with blank page numbers in the TOC.
 * Without page numbers, a document with many tables compiles them apart
 * (page numbers need the whole document laid out at once).
 */
function compile(
  children: (pageNumbers: boolean) => FileChild[],
  documentOf: (children: FileChild[], pageNumbers: boolean) => Document,
  pageNumbers: boolean,
  tablesAtATime: number,
): Parts {
  if (pageNumbers) {
    try {
      return compiler.compile(documentOf(children(true), true))
    } catch {
      // fall through to a document without computed page numbers
    }
  }
  const aside = setTablesAside(children(false), tablesAtATime)
  const parts = compiler.compile(documentOf(aside.children, false))
  compileTablesInto(parts, aside, tablesAtATime, (batch) => documentOf(batch, false), (document) => compiler.compile(document))
  return parts
}

/** The one page setup, with the running head and foot. */
function pageSetup(context: DocxContext): Omit<ISectionOptions, 'children'> {
  const {sheet} = context
  return {
    properties: {
      titlePage: true,
      page: {size: sheet.page.size, margin: sheet.page.margin},
    },
    headers: {default: pageHeader(context), first: firstPageHeader()},
    footers: {default: pageFooter(context), first: pageFooter(context)},
  }
}

/** The body, in reading order. */
function bodyChildren(context: DocxContext, pageNumbers: boolean): FileChild[] {
  const {seminar, labels} = context
  // What stands directly under the seminar: chapters of their own, the
  // first starting on a new page after the table of contents.
  const chapters: ((newPage: boolean) => FileChild[])[] = []
  if (seminar.intro.length > 0) {
    chapters.push((newPage) => [
      new Paragraph({style: 'Heading1', pageBreakBefore: newPage, children: runs(labels.introduction)}),
      ...renderBlocks(seminar.intro, context, topScope(1)),
    ])
  }
  if (seminar.attendance.length > 0) chapters.push((newPage) => attendanceBlocks(seminar.attendance, context, 1, newPage))
  for (const section of seminar.sections) chapters.push((newPage) => sectionBlocks(section, context, 1, newPage))
  return [
    ...titleBlock(context),
    ...(seminar.ateliers.length > 0 ? [summaryTable(context)] : []),
    ...tableOfContents(context, pageNumbers),
    ...chapters.flatMap((chapter, index) => chapter(index === 0)),
    ...seminar.ateliers.flatMap((atelier) => atelierChapter(atelier, context)),
    ...annex(context),
  ]
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
