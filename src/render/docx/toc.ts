import {Paragraph, TableOfContents, type FileChild} from 'docx'
import type {DocxContext} from './context.js'
import {runs} from './inlines.js'

/**
 * The table of contents of chapters (Heading 1) and sections (Heading 2).
 * A bare TOC field stays empty until Word updates it, and LibreOffice never
 * does; docx 9.15 writes an entry per heading, linked to a bookmark on it, as
 * the field's cached result, and `pageNumbers` in index.ts fills the pages in.
 * Without laid-out page numbers the field says so (`\n`, TOC field switch of
 * ECMA-376 §17.16.5.68): entries then have no dot leader running to an empty
 * number, and Word keeps them that way when the field is updated.
 */
export function tableOfContents(context: DocxContext, pageNumbers: boolean): FileChild[] {
  return [
    new Paragraph({style: 'ContentsHeading', children: runs(context.labels.contents)}),
    new TableOfContents(context.labels.contents, {
      hyperlink: true,
      headingStyleRange: '1-2',
      ...(pageNumbers ? {} : {pageNumbersEntryLevelsRange: '1-2'}),
    }),
  ]
}
