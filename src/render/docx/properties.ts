import type {IPropertiesOptions} from 'docx'
import {formatDate} from '../labels.js'
import {atelierHeading} from '../labels.js'
import type {DocxContext} from './context.js'
import {xmlSafe} from './text.js'

type CoreProperties = Pick<IPropertiesOptions, 'title' | 'subject' | 'creator' | 'keywords' | 'description' | 'lastModifiedBy' | 'revision'>

/** The document's core properties (docProps/core.xml), which file browsers and Word's Info pane show. */
export function coreProperties(context: DocxContext): CoreProperties {
  const {seminar, labels, lang} = context
  const date = seminar.date ? formatDate(seminar.date, lang) : seminar.dateText
  const where = [date, seminar.place?.raw].filter(Boolean).join(', ')
  const figures = `${seminar.ateliers.length} ${labels.ateliers.toLowerCase()}, ${seminar.summary.participants} ${labels.participants.toLowerCase()}`
  const keywords = [
    ...seminar.ateliers.map((atelier) => atelier.topic ?? atelierHeading(atelier, lang)),
    seminar.place?.city,
    seminar.date?.slice(0, 4),
  ].filter((word): word is string => Boolean(word))
  return {
    title: xmlSafe(seminar.title),
    subject: xmlSafe([where, figures].filter(Boolean).join(' — ')),
    creator: 'seminar-report',
    lastModifiedBy: 'seminar-report',
    revision: 1,
    keywords: xmlSafe([...new Set(keywords)].join(', ')),
    description: xmlSafe(`${labels.generatedBy}${seminar.source.name ? ` (${seminar.source.name}, sha256 ${seminar.source.sha256})` : ''}`),
  }
}
