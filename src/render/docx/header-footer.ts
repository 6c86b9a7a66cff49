import {Footer, Header, PageNumber, Paragraph, TextRun} from 'docx'
import type {DocxContext} from './context.js'
import {runs} from './inlines.js'
import {xmlSafe} from './text.js'

/** The running head: the seminar's title, on every page but the title page. */
export function pageHeader(context: DocxContext): Header {
  return new Header({children: [new Paragraph({style: 'Header', children: runs(context.seminar.title)})]})
}

/** The title page carries the title already; its header stays empty. */
export function firstPageHeader(): Header {
  return new Header({children: [new Paragraph({style: 'Header', children: []})]})
}

/** "page 3 / 12" from Word's PAGE and NUMPAGES fields. */
export function pageFooter(context: DocxContext): Footer {
  const {page, of} = context.labels
  return new Footer({
    children: [new Paragraph({
      style: 'Footer',
      children: [new TextRun({children: [xmlSafe(`${page} `), PageNumber.CURRENT, xmlSafe(` ${of} `), PageNumber.TOTAL_PAGES]})],
    })],
  })
}
