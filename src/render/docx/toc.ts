import {Paragraph, TableOfContents, type FileChild} from 'docx'
import type {DocxContext} from './context.js'
import {runs} from './inlines.js'

/**
 * The table of contents of chapters (Heading 1) and sections (Heading 2).
 * A bare TOC field stays empty until Word updates it, and LibreOffice never
 * does; docx 9.15 writes an entry per heading, linked to a bookmark on it, as
 * the field's cached result, and `pageNumbers` in index.ts fills the pages in.
 */
export function tableOfContents(context: DocxContext): FileChild[] {
  return [
    new Paragraph({style: 'ContentsHeading', children: runs(context.labels.contents)}),
    new TableOfContents(context.labels.contents, {hyperlink: true, headingStyleRange: '1-2'}),
  ]
}
