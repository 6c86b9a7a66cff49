/**
 * What the report says about itself (DOCX core properties, HTML meta
 * elements) and the words formats add around its body.
 */
import type {Chrome, Properties} from './types.js'
import type {LayoutContext} from './context.js'
import {atelierHeading, formatDate} from './labels.js'
import {cleanText} from './runs.js'

export function properties(context: LayoutContext): Properties {
  const {seminar, labels, lang} = context
  const date = seminar.date ? formatDate(seminar.date, lang) : seminar.dateText
  const description = [date, seminar.place?.raw].filter(Boolean).join(', ')
  const figures = `${seminar.ateliers.length} ${labels.ateliers.toLowerCase()}, ${seminar.summary.participants} ${labels.participants.toLowerCase()}`
  const keywords = [
    ...seminar.ateliers.map((atelier) => atelier.topic ?? atelierHeading(atelier, lang)),
    seminar.place?.city,
    seminar.date?.slice(0, 4),
  ].filter((word): word is string => Boolean(word))
  const source = seminar.source.name ? ` (${seminar.source.name}, sha256 ${seminar.source.sha256})` : ''
  return {
    title: cleanText(seminar.title),
    ...(seminar.date ? {date: seminar.date} : {}),
    description: cleanText(description),
    subject: cleanText([description, figures].filter(Boolean).join(' — ')),
    keywords: [...new Set(keywords.map(cleanText))],
    comments: cleanText(`${labels.generatedBy}${source}`),
  }
}

export function chrome(context: LayoutContext): Chrome {
  const {labels} = context
  return {runningHead: cleanText(context.seminar.title), page: labels.page, of: labels.of, generatedBy: labels.generatedBy}
}
